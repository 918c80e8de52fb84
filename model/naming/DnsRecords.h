#pragma once

// The DNS records a plan needs, by the catalog's `dns` section.

#include "naming/Names.h"

#include <string>
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

const char* dnsLocationId(DnsLocation location); // "external", "internal"
std::string dnsLocationName(DnsLocation location, Lang lang);

} // namespace edgeplan
