#pragma once

// The design checks kept current edit by edit, as TableIndex keeps the
// tables: each finding hangs on one component, one link or the plan as a
// whole (checks/Checker.h), and an edit checks again only the components and
// links it can have changed the findings of, with the plan-wide checks.

#include "checks/Checks.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace edgeplan {

class FindingsIndex
{
public:
    // Every finding from scratch: a new plan, a scenario, the variant, NAT,
    // the naming, or a table index derived again for every link.
    // True when the findings differ from before.
    bool rebuild(const Topology& topology, const CarriedRules& rules, const std::vector<DnsRecord>& records,
                 const std::vector<CertificateEntry>& certificates);
    // After an edit: `components` were changed (other than moved), added or
    // removed, and `links` were added or removed or carry other rows now
    // (what TableIndex::update returned). The topology and the rules are
    // as they are after the edit. True when the findings differ from before.
    bool update(const Topology& topology, const CarriedRules& rules, const std::vector<DnsRecord>& records,
                const std::vector<CertificateEntry>& certificates, const std::vector<ComponentId>& components,
                const std::vector<LinkId>& links);

    // Equal to runChecks() of the plan as it is now.
    const std::vector<Finding>& findings() const { return m_all; }
    // How many components and links the last update checked again (tests,
    // the bench): what an edit costs.
    std::pair<size_t, size_t> lastChecked() const { return m_lastChecked; }

private:
    // The components whose findings `components` and `links` may change:
    // those, their pools and members, and the components at the other end
    // of their links and their pools' links (whose rows they sort among).
    std::unordered_set<ComponentId> touched(const Topology& topology, const std::vector<ComponentId>& components,
                                            const std::vector<LinkId>& links) const;
    // Remembers what the plan is made of for the next update: who is whose
    // pool, which components each link joins.
    void remember(const Topology& topology, const std::unordered_set<ComponentId>* components,
                  const std::vector<LinkId>* links);

    std::unordered_map<ComponentId, std::vector<Finding>> m_byComponent;
    std::unordered_map<LinkId, std::vector<Finding>> m_byLink;
    std::vector<Finding> m_plan;
    std::vector<Finding> m_all; // every finding, sorted as runChecks sorts them
    // As the plan was after the last update: removed items are gone from it.
    std::unordered_map<ComponentId, ComponentId> m_poolOf;
    std::unordered_map<LinkId, std::pair<ComponentId, ComponentId>> m_ends;
    std::pair<size_t, size_t> m_lastChecked;
};

} // namespace edgeplan
