#pragma once

// The DNS records a plan needs, by the catalog's `dns` section.

#include "naming/Names.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace edgeplan {

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

namespace naming {

// What deriveDnsRecords is made of, which NamingIndex keeps per owner.
// Each record once, whichever definition or domain gives it first: by its
// location, type, name (in any case), value and port, its key.
std::string recordKey(const DnsRecord& record);
class RecordSet
{
public:
    void add(DnsRecord record);
    std::vector<DnsRecord> take() { return std::move(m_records); }

private:
    std::vector<DnsRecord> m_records;
    std::unordered_set<std::string> m_seen;
};
// Whether the definition's scenarios are on and the plan holds what it needs.
bool recordApplies(const Topology& topology, const DnsRecordDef& def);
// The roles whose components the definition gives records for (the first
// role that has any, for `firstRoleOnly`).
std::vector<std::string> recordRoles(const Topology& topology, const DnsRecordDef& def);
// An SRV definition's records, one per SIP domain with its flag.
std::vector<DnsRecord> srvRecords(const Topology& topology, const DnsRecordDef& def);
// An A definition's records for one owner: each name for each server it binds.
std::vector<DnsRecord> ownerRecords(const Topology& topology, const DnsRecordDef& def, const Component& owner);

} // namespace naming

const char* dnsLocationId(DnsLocation location); // "external", "internal"
std::string dnsLocationName(DnsLocation location, Lang lang);

} // namespace edgeplan
