#include "naming/NamingIndex.h"

#include <algorithm>

namespace edgeplan {

using namespace naming;

NamingIndex::PlanInputs NamingIndex::planInputs(const Topology& topology)
{
    PlanInputs inputs;
    const Catalog& catalog = topology.catalog();
    inputs.catalog = &catalog;
    inputs.domains = effectiveSipDomains(topology);
    inputs.naming = topology.naming();
    for (const DnsRecordDef& def : catalog.dnsRecords) {
        inputs.recordsApply.push_back(recordApplies(topology, def));
        inputs.roles.push_back(def.type == "SRV" ? std::vector<std::string>{} : recordRoles(topology, def));
    }
    for (const CertificateDef& def : catalog.certificates)
        for (const CertificateNameDef& san : def.alternativeNames)
            inputs.namesApply.push_back(scenariosOn(topology, san.scenarios) && planHolds(topology, san.planHas));
    return inputs;
}

bool NamingIndex::fallbackMoved(const Topology& topology, const std::unordered_set<ComponentId>& touched) const
{
    return std::any_of(m_fallbacks.begin(), m_fallbacks.end(), [&](const auto& fallback) {
        const Component* owner = firstOwnerOf(topology, fallback.first);
        return (owner ? owner->id : ComponentId()) != fallback.second || touched.count(fallback.second);
    });
}

void NamingIndex::rebuild(const Topology& topology)
{
    const DomainScope scope(topology);
    m_inputs = planInputs(topology);
    m_owned.assign(topology.catalog().dnsRecords.size(), {});
    m_owners.assign(topology.catalog().certificates.size(), {});
    m_fallbacks.clear();
    assemble(topology);
}

void NamingIndex::update(const Topology& topology, const std::vector<ComponentId>& components)
{
    const DomainScope scope(topology);
    // The edited components, their pools and their members: whose names,
    // addresses or holders an edit of one of them reaches.
    std::unordered_set<ComponentId> touched;
    for (const ComponentId id : components) {
        touched.insert(id);
        if (const Component* c = topology.component(id)) {
            if (c->pool.isValid())
                touched.insert(c->pool);
            for (const ComponentId member : topology.members(id))
                touched.insert(member);
        }
    }
    if (!(planInputs(topology) == m_inputs) || fallbackMoved(topology, touched)) {
        rebuild(topology);
        return;
    }
    for (auto& owned : m_owned)
        for (const ComponentId id : touched)
            owned.erase(id);
    for (auto& owners : m_owners)
        for (const ComponentId id : touched)
            owners.erase(id);
    assemble(topology);
}

void NamingIndex::assemble(const Topology& topology)
{
    const Catalog& catalog = topology.catalog();
    // The SRV records: a few per domain, and they read the whole plan
    // (a port, a target that may fall back), so derived each time.
    std::vector<std::vector<DnsRecord>> srv(catalog.dnsRecords.size());
    for (size_t i = 0; i < catalog.dnsRecords.size(); ++i)
        if (m_inputs.recordsApply[i] && catalog.dnsRecords[i].type == "SRV")
            srv[i] = srvRecords(topology, catalog.dnsRecords[i]);

    std::unordered_set<ComponentId> derived;
    const FallbackRecorder recorder;
    RecordSet records;
    for (size_t i = 0; i < catalog.dnsRecords.size(); ++i) {
        const DnsRecordDef& def = catalog.dnsRecords[i];
        if (!m_inputs.recordsApply[i])
            continue;
        if (def.type == "SRV") {
            for (DnsRecord& record : srv[i])
                records.add(std::move(record));
            continue;
        }
        for (const Component* owner : ownersOf(topology, m_inputs.roles[i])) {
            auto [it, missing] = m_owned[i].try_emplace(owner->id);
            if (missing) {
                it->second = ownerRecords(topology, def, *owner);
                derived.insert(owner->id);
            }
            for (const DnsRecord& record : it->second)
                records.add(record);
        }
    }
    m_records = records.take();

    m_certificates.clear();
    for (size_t i = 0; i < catalog.certificates.size(); ++i) {
        const CertificateDef& def = catalog.certificates[i];
        for (const Component* owner : ownersOf(topology, def.roles)) {
            auto [it, missing] = m_owners[i].try_emplace(owner->id);
            if (missing) {
                it->second = certificateFor(topology, def, *owner);
                derived.insert(owner->id);
            }
            m_certificates.push_back(it->second);
        }
    }
    m_lastDerived = derived.size();
    for (const auto& used : recorder.used())
        if (std::find(m_fallbacks.begin(), m_fallbacks.end(), used) == m_fallbacks.end())
            m_fallbacks.push_back(used);
}

} // namespace edgeplan
