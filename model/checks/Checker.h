#pragma once

// The design checks (checks/Checks) in one class: what every check shares,
// its rules carried once each and the findings it adds, with the message
// helpers (Checker.cpp); the checks of each component (ComponentChecks.cpp)
// and of links and the plan as a whole (PlanChecks.cpp). Each finding hangs
// on one component, one link or the plan, so that FindingsIndex can bring
// the findings of what an edit touched up to date and keep the rest.

#include "checks/Checks.h"
#include "rules/RuleEngine.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace edgeplan::checks {

inline LocalizedText same(const std::string& text) { return {text, text}; }

// Joins texts with a separator per language: ", " and "、", " or " and "または".
LocalizedText join(const std::vector<LocalizedText>& items, const LocalizedText& separator);

inline const LocalizedText kComma{", ", "、"};

// "a, b and c" in English, "a、b と c" in Japanese.
LocalizedText listing(std::vector<LocalizedText> items);
inline const LocalizedText kOr{" or ", "または"};

// The catalog entries' names for a message, their ids appended to `args`.
template <typename T>
LocalizedText namesOf(const std::vector<const T*>& items, std::vector<std::string>& args)
{
    std::vector<LocalizedText> names;
    for (const T* item : items) {
        args.push_back(item->id);
        names.push_back(item->name);
    }
    return join(names, kComma);
}

// Whether the rule's end names the role.
bool names(const RuleEndpoint& end, const std::string& roleId);

// The order of runChecks' findings: severity, code, the components concerned.
bool findingLess(const Finding& x, const Finding& y);

class Checker
{
public:
    // `only`, when given, are the components whose findings will be asked
    // for: the bindings are indexed for them alone.
    Checker(const Topology& topology, const CarriedRules& rules, const std::vector<DnsRecord>& records,
            const std::vector<CertificateEntry>& certificates,
            const std::unordered_set<ComponentId>* only = nullptr)
        : m_topology(topology), m_catalog(topology.catalog()), m_bindings(rules.bindings), m_bare(rules.bare),
          m_records(records), m_certificates(certificates)
    {
        for (const RuleBinding& binding : m_bindings) {
            if (!only || only->count(binding.source))
                m_byEnd[binding.source].push_back(&binding);
            if (binding.destination != binding.source && (!only || only->count(binding.destination)))
                m_byEnd[binding.destination].push_back(&binding);
        }
    }

    // Every finding, sorted by findingLess.
    std::vector<Finding> run();

    // The findings that hang on one component (each concerns it, or the
    // pool it is, alone), on one link, and on the plan as a whole, unsorted:
    // together they are run()'s. Each call returns its own findings alone.
    std::vector<Finding> componentFindings(const Component& c);
    std::vector<Finding> linkFindings(LinkId id, const Link& link);
    std::vector<Finding> planFindings();

private:
    void checkComponent(const Component& c);
    void checkLink(LinkId id, const Link& link);
    void checkPlan();
    void add(Severity severity, std::string code, std::vector<ComponentId> components,
             std::vector<LinkId> links, std::vector<std::string> args, const LocalizedText& pattern,
             const std::vector<LocalizedText>& values);
    LocalizedText name(ComponentId id) const { return same(m_topology.component(id)->name); }
    LocalizedText roleName(const Component& c) const { return m_catalog.role(c.role)->name; }
    LocalizedText zoneName(const std::string& zone) const { return m_catalog.zone(zone)->name; }

    LocalizedText interfaceName(const Component& c, const std::string& interfaceId) const;

    // “a”, “b” in English, 「a」、「b」 in Japanese.
    LocalizedText quotedNames(const std::vector<ComponentId>& ids) const;
    void checkZone(const Component& c, const RoleDef& role);

    // The scenarios whose rules can bind a component of the role, derived
    // once per role.
    const std::vector<const Scenario*>& scenariosOf(const std::string& roleId);
    void checkScenarioOff(const Component& c, const RoleDef& role);
    void checkLinkedTo(const Component& c, const RoleDef& role);

    // Interfaces that face the Internet from behind a firewall must be
    // reachable: a private address needs a public NAT address in front of it.
    void checkPrivateAddresses(const Component& c, const RoleDef& role);
    void checkRetired(const Component& c, const RoleDef& role);

    // The edge topology the plan says it is: NAT where the documents forbid
    // it (the plan), and services behind NAT without the public address the
    // outside needs (each component).
    void checkNatForbidden();
    void checkNatMissing(const Component& c, const RoleDef& role);

    // NAT only on the external interfaces, and the internal interface on a
    // network of its own.
    void checkInterfaces(const Component& c, const RoleDef& role);

    // A pool's members run the same services: the same interfaces in use.
    void checkPool(const Component& c, const RoleDef& role);
    void checkLinkCrossing(LinkId linkId, const Link& link);
    // A link that carries no rule says why: the scenario that would give it
    // rules is off, its rules hold in another deployment variant or under
    // conditions the plan does not meet, or the catalog has none for the roles.
    void checkBareLink(LinkId linkId, const Link& link);

    template <typename Matches>
    bool carried(Matches matches) const
    {
        return std::any_of(m_bindings.begin(), m_bindings.end(),
                           [&](const RuleBinding& b) { return matches(*b.rule); });
    }

    // A scenario switched on that opens no port is a mistake either way; when
    // it is used, the rules it cannot do without must be carried too. An
    // unused scenario does not also report its missing rules: one finding
    // says it all.
    void checkScenario(const Scenario& scenario);

    // For roles whose addresses the tables need (the edge server), every
    // interface that a carried rule uses must have an address.
    void checkMissingAddresses(const Component& c, const RoleDef& role);
    // The values (addresses, FQDN keys) that more than one component uses.
    void reportShared(std::vector<std::pair<std::string_view, ComponentId>> users, Severity severity,
                      const std::string& code, const LocalizedText& pattern);
    void checkDuplicates();

    // Information, not a warning: clients reach the edge on TCP 443 (inbound,
    // from a zone further out), and the interface they reach, or another
    // interface of the same component with the same address, also carries
    // rules of another service (A/V, XMPP, later Web Conferencing). Such
    // services cannot take 443 on that address as well: 443 is shared.
    void checkSharedPort(const Component& c);

    // The services other than `service` whose carried rules use the
    // component's interface or another interface with the same address.
    std::vector<const Service*> otherServices(const Component& c, const std::string& interfaceId,
                                              const std::string& service) const;

    // Traffic the documents send to each server (8057, 23456, 4443) that
    // lands on a pool's virtual address: the pool has no members in the
    // plan, so its load balancer would balance what must not be balanced.
    void checkBalancedPerServerRules(const Component& c, const RoleDef& role);

    // The carried rules with the component at one end or both, in the order
    // of m_bindings.
    const std::vector<const RuleBinding*>& bindingsOf(ComponentId id) const;

    const Topology& m_topology;
    const Catalog& m_catalog;
    const std::vector<RuleBinding>& m_bindings; // every carried rule, once per direction and pair
    const std::vector<LinkId>& m_bare;          // the links that carry no rule
    const std::vector<DnsRecord>& m_records;
    const std::vector<CertificateEntry>& m_certificates;
    // The bindings with the component at one end or both: a check of one
    // component reads its own, not every binding of the plan.
    std::unordered_map<ComponentId, std::vector<const RuleBinding*>> m_byEnd;
    std::unordered_map<std::string, std::vector<const Scenario*>> m_scenariosOf;
    std::vector<Finding> m_findings;
};

} // namespace edgeplan::checks
