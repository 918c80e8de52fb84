#pragma once

#include "plan/Topology.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace edgeplan {

// A catalog rule bound to two components of the plan, in the rule's direction.
struct RuleBinding
{
    const Rule* rule = nullptr;
    ComponentId source;
    ComponentId destination;
    LinkId link;
    // The rule's ports, or the listening port the plan chose for that end's
    // service (web conferencing on 444 behind one shared address).
    PortRange ports;

    bool operator==(const RuleBinding&) const = default;
};

// Traffic direction through a firewall: outbound leaves its inner zone.
enum class Direction { Outbound, Inbound };

struct TableRow
{
    RuleBinding binding;
    Direction direction = Direction::Outbound;
    // The two ends are more than one zone apart: the traffic crosses every
    // firewall between them, which usually means a component is missing.
    bool crossesSeveral = false;

    bool operator==(const TableRow&) const = default;
};

struct FirewallTable
{
    const Firewall* firewall = nullptr;
    std::vector<TableRow> rows;
};

struct RuleTables
{
    std::vector<FirewallTable> firewalls; // one per catalog firewall, in catalog order
    std::vector<RuleBinding> unfiltered;  // both ends in one zone: no firewall sees it

    size_t ruleCount() const;
};

// Whether the component can stand at that end of the rule: its role is one
// the end names, and it holds the property values the end requires.
bool endpointMatches(const Topology& topology, const RuleEndpoint& end, const Component& component);

// Whether the rule applies to the plan at all: its scenario is on, it holds
// for the plan's deployment variant, and the plan holds what it asks for
// (an OCS 2007 partner).
bool ruleActive(const Topology& topology, const Rule& rule);

// The components a rule's end binds for a component of the link: itself, or
// for a pool its members, its virtual address or both, by the end's binding
// and whether the pool has a VIP in the plan's variant.
std::vector<ComponentId> boundComponents(const Topology& topology, const Component& component,
                                         PoolBinding binding);

// The rules a link carries, both ways, in catalog order; a pool's rules are
// bound per member where the rule says so.
std::vector<RuleBinding> linkRules(const Topology& topology, LinkId link);

// One line of a link's label: a port of a protocol, and which ways it goes
// between the link's ends (a to b, b to a, or both).
struct LinkLabelLine
{
    std::string transport;
    std::string ports;
    std::string protocol;
    bool aToB = false;
    bool bToA = false;

    bool operator==(const LinkLabelLine&) const = default;
};

// The lines of a link's label: one per rule, the two directions of the same
// transport, port and protocol merged into one line, in catalog order.
std::vector<LinkLabelLine> linkLabel(const Topology& topology, LinkId link);

// Every link's rules, sorted into the firewalls they cross, ordered by
// firewall, scenario, the document's row order, then the ends' names. The
// same rule between the same two components appears once.
RuleTables deriveTables(const Topology& topology);

// The tables of deriveTables, kept current edit by edit: each row is indexed
// in table order and by the links that carry it, so that an edit re-derives
// only the links it touches (O(rules of those links × log rows)) instead of
// the whole plan. The topology must outlive the index and be told of every
// change through update() or rebuild().
class TableIndex
{
public:
    explicit TableIndex(const Topology& topology);

    // These links were added, removed or changed, and these components
    // changed (name, zone, role, properties): their links are derived again.
    // Returns the links whose rows differ now (a row more or less, another
    // port, direction or firewall), in id order, or nullopt when every link
    // was derived again (the plan's contents switched a rule on or off). A
    // rename returns none: the rows keep their contents, only their order
    // and the names shown differ.
    std::optional<std::vector<LinkId>> update(const std::vector<LinkId>& links,
                                              const std::vector<ComponentId>& components = {});
    // Everything again: a scenario, the variant or the catalog changed.
    void rebuild();

    // Equal to deriveTables() of the topology as it is now; built from the
    // index on the first call after a change.
    const RuleTables& tables() const;
    size_t ruleCount() const;
    // The links that carry no row, in id order.
    std::vector<LinkId> bareLinks() const;

private:
    struct Key
    {
        long firewall; // index in the catalog; -1: unfiltered
        int scenario;
        long rule;
        std::string source;
        std::string destination;
        ComponentId sourceId;
        ComponentId destinationId;
        auto operator<=>(const Key&) const = default;
    };
    struct Entry
    {
        TableRow row;
        std::set<LinkId> links; // the links that carry this row (usually one)
    };

    // What a link's rows are, apart from the names they sort by: compared
    // before and after an update to tell which links' rows changed.
    struct RowFacts
    {
        long firewall;
        long rule;
        ComponentId source;
        ComponentId destination;
        PortRange ports;
        Direction direction;
        bool crossesSeveral;
        bool operator==(const RowFacts&) const = default;
    };
    std::vector<RowFacts> rowFacts(LinkId link) const;
    void addLink(LinkId link);
    void removeLink(LinkId link);
    std::vector<bool> planConditions() const;

    const Topology& m_topology;
    std::vector<int> m_scenarioOfRule;
    std::map<Key, Entry> m_rows;
    std::unordered_map<LinkId, std::vector<Key>> m_byLink;
    // For each component, the links whose rows it stands at an end of, with
    // how many: a row can hang on a link that does not end at its component
    // (a pool's link, a rule bound through another role), and an edit of
    // that component must derive those links again too.
    std::unordered_map<ComponentId, std::map<LinkId, int>> m_linksByEnd;
    std::vector<bool> m_planConditions; // each planHas rule's condition, as derived
    mutable std::optional<RuleTables> m_tables;
};

// What a table shows for one end of a binding: the interface's address, or
// "Any" when the plan gives none.
std::string endpointAddress(const Topology& topology, ComponentId component,
                            const std::string& interfaceId);

} // namespace edgeplan
