#include "naming/NamingIndex.h"

#include <algorithm>
#include <iterator>

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
    m_kept.assign(topology.catalog().dnsRecords.size(), {});
    m_owners.assign(topology.catalog().certificates.size(), {});
    m_fallbacks.clear();
    m_keyCounts.clear();
    m_duplicateKeys = 0;
    m_records.clear();
    m_certificates.clear();
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
    for (auto& kept : m_kept)
        for (const ComponentId id : touched)
            if (const auto it = kept.find(id); it != kept.end()) {
                forget(it->second);
                kept.erase(it);
            }
    for (auto& owners : m_owners)
        for (const ComponentId id : touched)
            owners.erase(id);
    assemble(topology);
}

void NamingIndex::forget(Kept& kept)
{
    for (const std::string& key : kept.keys) {
        const auto it = m_keyCounts.find(key);
        if (it->second-- == 2)
            --m_duplicateKeys;
        if (it->second == 0)
            m_keyCounts.erase(it);
    }
}

void NamingIndex::assemble(const Topology& topology)
{
    const Catalog& catalog = topology.catalog();
    std::unordered_set<ComponentId> derived;
    std::vector<DnsRecord> was = std::move(m_records);
    m_records.clear();
    m_records.reserve(was.size());
    // Moves a kept owner's records from where they stood, or derives them.
    auto place = [&](std::unordered_map<ComponentId, Kept>& kept, ComponentId owner, auto derive) {
        auto [it, missing] = kept.try_emplace(owner);
        Kept& entry = it->second;
        entry.seen = true;
        if (!missing) {
            const size_t from = entry.at;
            entry.at = m_records.size();
            std::move(was.begin() + std::ptrdiff_t(from), was.begin() + std::ptrdiff_t(from + entry.keys.size()),
                      std::back_inserter(m_records));
            return;
        }
        entry.at = m_records.size();
        for (DnsRecord& record : derive()) {
            entry.keys.push_back(recordKey(record));
            if (++m_keyCounts[entry.keys.back()] == 2)
                ++m_duplicateKeys;
            m_records.push_back(std::move(record));
        }
        derived.insert(owner);
    };
    // The SRV records read the whole plan (a port, a target that may fall
    // back): derived each time, under no owner, before the recorder starts.
    std::vector<std::vector<DnsRecord>> srv(catalog.dnsRecords.size());
    for (size_t i = 0; i < catalog.dnsRecords.size(); ++i) {
        if (const auto it = m_kept[i].find(ComponentId()); it != m_kept[i].end()) {
            forget(it->second);
            m_kept[i].erase(it);
        }
        if (m_inputs.recordsApply[i] && catalog.dnsRecords[i].type == "SRV")
            srv[i] = srvRecords(topology, catalog.dnsRecords[i]);
    }
    {
        const FallbackRecorder recorder;
        for (size_t i = 0; i < catalog.dnsRecords.size(); ++i) {
            const DnsRecordDef& def = catalog.dnsRecords[i];
            if (!m_inputs.recordsApply[i])
                continue;
            if (def.type == "SRV") {
                place(m_kept[i], ComponentId(), [&] { return std::move(srv[i]); });
                derived.erase(ComponentId());
                continue;
            }
            for (const Component* owner : ownersOf(topology, m_inputs.roles[i]))
                place(m_kept[i], owner->id, [&] { return ownerRecords(topology, def, *owner); });
        }
        for (const auto& used : recorder.used())
            if (std::find(m_fallbacks.begin(), m_fallbacks.end(), used) == m_fallbacks.end())
                m_fallbacks.push_back(used);
    }
    // What no longer has records here (a definition off, an owner gone).
    for (auto& kept : m_kept)
        for (auto it = kept.begin(); it != kept.end();) {
            if (!it->second.seen) {
                forget(it->second);
                it = kept.erase(it);
            } else {
                it->second.seen = false;
                ++it;
            }
        }
    m_unique.clear();
    if (m_duplicateKeys) {
        RecordSet unique;
        for (const DnsRecord& record : m_records)
            unique.add(record);
        m_unique = unique.take();
    }

    std::vector<CertificateEntry> certificates = std::move(m_certificates);
    m_certificates.clear();
    m_certificates.reserve(certificates.size());
    {
        const FallbackRecorder recorder;
        for (size_t i = 0; i < catalog.certificates.size(); ++i) {
            const CertificateDef& def = catalog.certificates[i];
            const size_t first = m_certificates.size();
            for (const Component* owner : ownersOf(topology, def.roles)) {
                auto [it, missing] = m_owners[i].try_emplace(owner->id, 0);
                if (!missing) {
                    m_certificates.push_back(std::move(certificates[it->second]));
                } else {
                    m_certificates.push_back(certificateFor(topology, def, *owner));
                    derived.insert(owner->id);
                }
                it->second = m_certificates.size() - 1;
            }
            // An owner no longer one: only those an edit touched, which are gone already.
            if (m_owners[i].size() != m_certificates.size() - first) {
                m_owners[i].clear();
                for (size_t at = first; at < m_certificates.size(); ++at)
                    m_owners[i].emplace(m_certificates[at].component, at);
            }
        }
        for (const auto& used : recorder.used())
            if (std::find(m_fallbacks.begin(), m_fallbacks.end(), used) == m_fallbacks.end())
                m_fallbacks.push_back(used);
    }
    m_lastDerived = derived.size();
}

} // namespace edgeplan
