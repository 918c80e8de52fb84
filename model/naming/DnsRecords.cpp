#include "naming/DnsRecords.h"

#include "base/Address.h"
#include "rules/RuleEngine.h"
#include "text/AsciiText.h"

#include <algorithm>
#include <unordered_set>

namespace edgeplan {

using namespace naming;

namespace {

std::string publicAddress(const Component& component, const std::string& interfaceId, DnsLocation location)
{
    const auto it = component.interfaces.find(interfaceId);
    if (it == component.interfaces.end())
        return {};
    if (location == DnsLocation::External && !it->second.natAddress.empty())
        return it->second.natAddress;
    return it->second.address;
}

} // namespace

namespace naming {

std::string recordKey(const DnsRecord& record)
{
    std::string key = record.location == DnsLocation::External ? "e" : "i";
    for (const std::string* part : {&record.type, &record.name, &record.value}) {
        key += '\0';
        key += part == &record.name ? asciiLower(*part) : *part;
    }
    key += '\0';
    key += std::to_string(record.port);
    return key;
}

void RecordSet::add(DnsRecord record)
{
    if (m_seen.insert(recordKey(record)).second)
        m_records.push_back(std::move(record));
}

bool recordApplies(const Topology& topology, const DnsRecordDef& def)
{
    return scenariosOn(topology, def.scenarios) && planHolds(topology, def.planHas);
}

std::vector<std::string> recordRoles(const Topology& topology, const DnsRecordDef& def)
{
    if (!def.at.firstRoleOnly)
        return def.at.roles;
    for (const std::string& role : def.at.roles)
        if (firstOwnerOf(topology, {role}))
            return {role};
    return {};
}

std::vector<DnsRecord> srvRecords(const Topology& topology, const DnsRecordDef& def)
{
    std::vector<DnsRecord> records;
    int port = def.port;
    if (!def.portFrom.empty())
        for (const auto& [id, component] : topology.components()) {
            const auto it = component.interfaces.find(def.portFrom);
            if (it != component.interfaces.end() && it->second.port != 0) {
                port = it->second.port;
                break;
            }
        }
    for (const SipDomain& domain : effectiveSipDomains(topology)) {
        if (!domainHasFlag(domain, def.domainFlag))
            continue;
        DnsRecord record;
        record.def = &def;
        record.location = def.location;
        record.type = "SRV";
        record.name = def.service + "." + domain.name;
        bool missing = false;
        record.value = withoutTrailingDot(expand(def.target, Expansion{topology, nullptr, domain.name, 0, &missing}));
        if (missing)
            continue;
        record.port = port;
        record.priority = def.priority;
        record.weight = def.weight;
        record.domain = domain.name;
        records.push_back(std::move(record));
    }
    return records;
}

std::vector<DnsRecord> ownerRecords(const Topology& topology, const DnsRecordDef& def, const Component& owner)
{
    std::vector<DnsRecord> records;
    std::vector<std::pair<std::string, std::string>> names;
    for (const std::string& text : def.names)
        for (auto& entry : expandPerDomain(topology, text, &owner, def.domainFlag))
            if (std::none_of(names.begin(), names.end(),
                             [&](const auto& n) { return sameDnsName(n.first, entry.first); }))
                names.push_back(std::move(entry));
    for (const ComponentId holderId : boundComponents(topology, owner, def.at.pool)) {
        const Component* holder = topology.component(holderId);
        const std::string address = publicAddress(*holder, def.at.interfaceId, def.location);
        for (const auto& [name, domain] : names) {
            DnsRecord record;
            record.def = &def;
            record.location = def.location;
            record.type = addressKind(address) == AddressKind::IPv6 ? "AAAA" : "A";
            record.name = withoutTrailingDot(name);
            record.value = address;
            record.component = holderId;
            record.domain = domain;
            records.push_back(std::move(record));
        }
    }
    return records;
}

} // namespace naming

std::vector<DnsRecord> deriveDnsRecords(const Topology& topology)
{
    const DomainScope scope(topology);
    RecordSet records;
    for (const DnsRecordDef& def : topology.catalog().dnsRecords) {
        if (!recordApplies(topology, def))
            continue;
        if (def.type == "SRV") {
            for (DnsRecord& record : srvRecords(topology, def))
                records.add(std::move(record));
            continue;
        }
        for (const Component* owner : ownersOf(topology, recordRoles(topology, def)))
            for (DnsRecord& record : ownerRecords(topology, def, *owner))
                records.add(std::move(record));
    }
    return records.take();
}

std::vector<DnsRecord> recordsOf(const Topology& topology, const std::vector<DnsRecord>& records,
                                 ComponentId component)
{
    std::vector<DnsRecord> result;
    std::vector<std::string> names;
    for (const DnsRecord& r : records) {
        const Component* holder = topology.component(r.component);
        if (r.type != "SRV" && holder && (r.component == component || holder->pool == component)) {
            result.push_back(r);
            addName(names, r.name);
        }
    }
    for (const DnsRecord& r : records)
        if (r.type == "SRV" && std::any_of(names.begin(), names.end(),
                                           [&](const std::string& n) { return sameDnsName(n, r.value); }))
            result.push_back(r);
    return result;
}

const char* dnsLocationId(DnsLocation location)
{
    return location == DnsLocation::External ? "external" : "internal";
}

std::string dnsLocationName(DnsLocation location, Lang lang)
{
    if (location == DnsLocation::External)
        return lang == Lang::Ja ? "外部" : "External";
    return lang == Lang::Ja ? "内部" : "Internal";
}

} // namespace edgeplan
