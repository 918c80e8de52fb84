#include "checks/Checks.h"

#include "checks/Checker.h"
#include "text/TerminalText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

namespace edgeplan {

const char* severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Information:
        return "information";
    }
    return "";
}

std::string severityName(Severity severity, Lang lang)
{
    switch (severity) {
    case Severity::Error:
        return lang == Lang::Ja ? "エラー" : "Error";
    case Severity::Warning:
        return lang == Lang::Ja ? "警告" : "Warning";
    case Severity::Information:
        return lang == Lang::Ja ? "情報" : "Information";
    }
    return {};
}

CarriedRules carriedRules(const Topology& topology)
{
    // The window's way, on an index of its own: the same plan gives the same
    // bindings in the same order, whichever way the checks are run.
    return carriedRules(TableIndex(topology));
}

CarriedRules carriedRules(const TableIndex& index)
{
    CarriedRules rules;
    // A row that crosses several firewalls stands in each of their tables,
    // any other in one (the index keeps a row once per firewall, whichever
    // links carry it): only those are looked up.
    std::set<std::tuple<const Rule*, ComponentId, ComponentId>> seen;
    const RuleTables& tables = index.tables();
    for (const FirewallTable& table : tables.firewalls)
        for (const TableRow& row : table.rows)
            if (!row.crossesSeveral ||
                seen.insert({row.binding.rule, row.binding.source, row.binding.destination}).second)
                rules.bindings.push_back(row.binding);
    rules.bindings.insert(rules.bindings.end(), tables.unfiltered.begin(), tables.unfiltered.end());
    rules.bare = index.bareLinks();
    return rules;
}

std::vector<Finding> runChecks(const Topology& topology)
{
    return runChecks(topology, carriedRules(topology));
}

std::vector<Finding> runChecks(const Topology& topology, const CarriedRules& rules)
{
    return runChecks(topology, rules, deriveDnsRecords(topology), deriveCertificates(topology));
}

std::vector<Finding> runChecks(const Topology& topology, const CarriedRules& rules,
                               const std::vector<DnsRecord>& records,
                               const std::vector<CertificateEntry>& certificates)
{
    return checks::Checker(topology, rules, records, certificates).run();
}

bool hasErrors(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

namespace {

std::vector<std::string> componentNames(const Topology& topology, const Finding& finding)
{
    std::vector<std::string> names;
    for (ComponentId id : finding.components)
        if (const Component* c = topology.component(id))
            names.push_back(c->name);
    return names;
}

} // namespace

std::string findingsText(const Topology& topology, const std::vector<Finding>& findings, Lang lang)
{
    std::string out;
    for (const Finding& f : findings) {
        out += std::string(severityId(f.severity)) + " " + f.code;
        const auto names = componentNames(topology, f);
        for (size_t i = 0; i < names.size(); ++i)
            out += (i == 0 ? " (" : ", ") + terminalText(names[i]);
        out += (names.empty() ? ": " : "): ") + terminalText(f.message.text(lang)) + "\n";
    }
    return out;
}

std::string findingsJson(const Topology& topology, const std::vector<Finding>& findings, Lang lang)
{
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const Finding& f : findings) {
        Json links = Json::array();
        for (LinkId id : f.links)
            links.push_back(id.value);
        list.push_back({{"severity", severityId(f.severity)},
                        {"code", f.code},
                        {"components", componentNames(topology, f)},
                        {"links", links},
                        {"message", f.message.text(lang)}});
    }
    const Json doc = {{"format", "edgeplan-findings"},
                                {"version", 1},
                                {"language", langCode(lang)},
                                {"findings", list}};
    return doc.dump(2) + "\n";
}

} // namespace edgeplan
