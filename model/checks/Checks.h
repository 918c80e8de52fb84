#pragma once

#include "naming/Certificates.h"
#include "naming/DnsRecords.h"
#include "rules/RuleEngine.h"

#include <string>
#include <vector>

namespace edgeplan {

// In order of weight: an error makes `edgeplan validate` fail.
enum class Severity { Error, Warning, Information };

const char* severityId(Severity severity); // "error", "warning", "information"
std::string severityName(Severity severity, Lang lang);

// A mistake, or something worth knowing, in a plan: a stable code
// ("component.wrong-zone"), the components and links it concerns, the
// language-neutral values it is about, and the message in both languages.
struct Finding
{
    Severity severity = Severity::Warning;
    std::string code;
    std::vector<ComponentId> components;
    std::vector<LinkId> links;
    std::vector<std::string> args;
    LocalizedText message;

    bool operator==(const Finding&) const = default;
};

// What the checks read of the plan's rules: every carried rule once per
// direction and pair of components, and the links that carry none.
struct CarriedRules
{
    std::vector<RuleBinding> bindings;
    std::vector<LinkId> bare; // in id order: the checker looks a link up by binary search
};
// Derived from the plan, link by link.
CarriedRules carriedRules(const Topology& topology);
// Read from the tables an index keeps: no derivation (the window's edits).
CarriedRules carriedRules(const TableIndex& index);

// Every design check on the plan, sorted by severity, then code, then the
// components concerned; the same plan always gives the same list.
std::vector<Finding> runChecks(const Topology& topology);
// The same, on rules the caller has (equal to carriedRules(topology)), and
// optionally on the DNS records and certificates it derived already (the
// window derives them once per edit, for its panels and for these checks).
std::vector<Finding> runChecks(const Topology& topology, const CarriedRules& rules);
std::vector<Finding> runChecks(const Topology& topology, const CarriedRules& rules,
                               const std::vector<DnsRecord>& records,
                               const std::vector<CertificateEntry>& certificates);

bool hasErrors(const std::vector<Finding>& findings);

// `edgeplan validate` output: one line per finding ("error
// component.wrong-zone (edge01): message", names and message through
// terminalText), or the findings as JSON
// ({"format": "edgeplan-findings", "version": 1, "findings": [...]}).
std::string findingsText(const Topology& topology, const std::vector<Finding>& findings, Lang lang);
std::string findingsJson(const Topology& topology, const std::vector<Finding>& findings, Lang lang);

} // namespace edgeplan
