#pragma once

// The DNS records and certificates a plan needs, derived from the same
// topology as the firewall tables, by the catalog's `names`, `dns` and
// `certificates` sections; and their exports (CSV, BIND zone files, OpenSSL
// request configurations).

#include "checks/Checks.h"
#include "base/DnsName.h" // isFqdn: the one rule for DNS names
#include "plan/Topology.h"

#include <string>
#include <vector>

namespace edgeplan {

// --- names ------------------------------------------------------------------

// The SIP domains in force: the project's own, or, while it lists none, the
// `sipDomain` property of the components that publish DNS names (plans from
// before the project kept domains), each once, in component order.
std::vector<SipDomain> effectiveSipDomains(const Topology& topology);
std::string defaultSipDomain(const Topology& topology);  // "" when there is none
std::string internalDomain(const Topology& topology);    // the project's, else the default SIP domain

// A component's name as a DNS label: lower case, letters, digits and hyphens.
std::string dnsLabel(const std::string& name);

// The value of a catalog name for a component (for "interface" and
// "component" names; the pool's, for a pool member), and whether the plan
// set it or it is the catalog's default.
struct NameValue
{
    const NameDef* def = nullptr;
    ComponentId component; // invalid for "project" names
    std::string value;
    std::string defaultValue;
    bool isDefault = true;
};
NameValue resolveName(const Topology& topology, const NameDef& def, const Component* component);

// Every name of the plan: the project's, then per component in id order (a
// pool's members share the pool's and are not listed).
std::vector<NameValue> planNames(const Topology& topology);

// --- DNS --------------------------------------------------------------------

struct DnsRecord
{
    const DnsRecordDef* def = nullptr;
    DnsLocation location = DnsLocation::External;
    std::string type;  // "A", "AAAA" or "SRV"
    std::string name;  // without a trailing dot
    std::string value; // A/AAAA: the address ("" when the plan has none yet); SRV: the target
    int port = 0;      // SRV
    int priority = 0;
    int weight = 0;
    ComponentId component; // A: whose address it is
    std::string domain;    // the SIP domain it repeats for, if it does
    bool operator==(const DnsRecord&) const = default;
};

// Every record the plan needs, in the catalog's order, each repeated per SIP
// domain and per bound component. External records carry the public (NAT)
// address when there is one.
std::vector<DnsRecord> deriveDnsRecords(const Topology& topology);

// The records that concern a component (its addresses, or SRV records that
// point at its names).
std::vector<DnsRecord> recordsOf(const Topology& topology, const std::vector<DnsRecord>& records,
                                 ComponentId component);

const char* dnsLocationId(DnsLocation location); // "external", "internal"
std::string dnsLocationName(DnsLocation location, Lang lang);

// --- certificates -----------------------------------------------------------

struct CertificateEntry
{
    const CertificateDef* def = nullptr;
    ComponentId component;            // the server or pool it is for
    std::vector<ComponentId> holders; // the servers that carry it: a pool's members, else the component
    std::string subject;
    std::vector<std::string> alternativeNames; // each once, in the catalog's order
    bool operator==(const CertificateEntry&) const = default;
};

std::vector<CertificateEntry> deriveCertificates(const Topology& topology);

std::string authorityName(const std::string& authorityId, Lang lang); // "Public CA", ...

// --- checks -----------------------------------------------------------------

// dns.srv-target-missing, dns.domain-record-missing, dns.private-external,
// name.not-fqdn (see Naming.cpp); runChecks includes them.
std::vector<Finding> namingFindings(const Topology& topology);

// --- exports ----------------------------------------------------------------

// One file of an export that writes several (a zone per domain, a request
// configuration per certificate): its name inside the output folder.
struct ExportFile
{
    std::string name;
    std::string content;
};

// The reports as tables of text in one language, as every export writes
// them (CSV, the workbook, the handoff report).
struct TextTable
{
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};
TextTable dnsTable(const Topology& topology, Lang lang);
TextTable certificateTable(const Topology& topology, Lang lang);

// RFC 4180 CSV with a byte-order mark, as the rule tables.
std::string exportDnsCsv(const Topology& topology, Lang lang);
std::string exportCertificatesCsv(const Topology& topology, Lang lang);

// A BIND zone file per DNS zone ("external-contoso.com.zone",
// "internal-contoso.net.zone"), each standing alone with placeholder SOA and
// NS records. Throws ExportError when a name is no DNS name.
std::vector<ExportFile> exportDnsZones(const Topology& topology);
// An OpenSSL request configuration per certificate ("edge-external-edge01.cnf"),
// from which `openssl req -new -config FILE` makes a CSR with the SANs.
// Throws ExportError when a name is no DNS name.
std::vector<ExportFile> exportOpensslConfigs(const Topology& topology);

class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// "JJ618373, <table> E6": where a catalog row of names, DNS records or
// certificates comes from, for the exports and the window's tool tips.
std::string referenceText(const Reference& reference, Lang lang);

} // namespace edgeplan
