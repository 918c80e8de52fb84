#pragma once

// The DNS records and certificates kept current edit by edit, as TableIndex
// keeps the tables: what each definition gives for each owner is kept, and
// an edit derives again only the owners it can have changed (the edited
// components, their pools and their members). Anything plan-wide that the
// derivation reads (the catalog, the SIP domains, the project's names, the
// scenarios, what the plan holds, the first owner a name fell back to)
// derives everything again when it differs from the last time.
//
// The kept records stay where they are in the list, moved, not copied, as
// the list is put together again; the list drops a record that another
// gave first only while some record's key is given twice.

#include "naming/Certificates.h"
#include "naming/DnsRecords.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace edgeplan {

class NamingIndex
{
public:
    // Everything from scratch.
    void rebuild(const Topology& topology);
    // After an edit: `components` were changed, added or removed (with the
    // pools that members left); the topology is as it is after the edit.
    void update(const Topology& topology, const std::vector<ComponentId>& components);

    // Equal to deriveDnsRecords() and deriveCertificates() of the plan now.
    const std::vector<DnsRecord>& records() const { return m_duplicateKeys ? m_unique : m_records; }
    const std::vector<CertificateEntry>& certificates() const { return m_certificates; }
    // How many owners' records and certificates the last call derived again
    // (tests, the bench): what an edit costs.
    size_t lastDerived() const { return m_lastDerived; }

private:
    // What every owner's records read besides the owner, its pool and its
    // members.
    struct PlanInputs
    {
        const Catalog* catalog = nullptr;
        std::vector<SipDomain> domains;
        ProjectNaming naming;
        std::vector<bool> recordsApply;              // per DNS definition
        std::vector<std::vector<std::string>> roles; // per DNS definition
        std::vector<bool> namesApply;                // per certificate name, in definition order
        bool operator==(const PlanInputs&) const = default;
    };
    // Where one owner's records of one definition stand in m_records, and
    // the key of each (RecordSet's), which says whether another gives it too.
    struct Kept
    {
        size_t at = 0;
        std::vector<std::string> keys;
        bool seen = false; // by the assembly under way
    };
    static PlanInputs planInputs(const Topology& topology);
    // Whether a name fell back to a component in `touched`, or another
    // component is the first owner of its roles now.
    bool fallbackMoved(const Topology& topology, const std::unordered_set<ComponentId>& touched) const;
    void forget(Kept& kept);
    // The lists in the derivation's order: the kept owners' records moved,
    // the others derived.
    void assemble(const Topology& topology);

    PlanInputs m_inputs;
    std::vector<std::unordered_map<ComponentId, Kept>> m_kept;    // per DNS definition; SRV under no owner
    std::vector<std::unordered_map<ComponentId, size_t>> m_owners; // per certificate definition: where it stands
    std::vector<std::pair<std::vector<std::string>, ComponentId>> m_fallbacks;
    std::unordered_map<std::string, int> m_keyCounts;
    size_t m_duplicateKeys = 0; // keys given more than once
    std::vector<DnsRecord> m_records; // every owner's, each key as often as it is given
    std::vector<DnsRecord> m_unique;  // while m_duplicateKeys: each key once
    std::vector<CertificateEntry> m_certificates;
    size_t m_lastDerived = 0;
};

} // namespace edgeplan
