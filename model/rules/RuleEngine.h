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

// One opening of a firewall as a firewall team configures it: the rows that
// ask for the same opening folded into one (see rules/Folding.h for the key).
struct FoldedRow
{
    TableRow row;               // the opening's first row in table order: what is shown
    std::vector<TableRow> also; // the other rows that ask for the same opening, in table order
    // For a row from or to Any: the rows it covers (from named sources to the
    // same destination, or from the same source to named destinations, with
    // the same transport and ports; see coveringKeys), opening by opening in
    // table order.
    std::vector<TableRow> covers;
    // For a covered row: the index in `folded` of the row from or to Any that
    // covers it. Shown only when covered rows are kept.
    std::optional<size_t> coveredBy;

    bool operator==(const FoldedRow&) const = default;
};

struct FirewallTable
{
    const Firewall* firewall = nullptr;
    std::vector<TableRow> rows; // one per rule and pair of components, in table order
    // The openings, in the order of their first rows; the covered ones among
    // them (coveredBy) are left out unless covered rows are kept.
    std::vector<FoldedRow> folded;

    // How many rows the folded table shows: the openings not covered.
    size_t openingCount() const;
};

struct RuleTables
{
    std::vector<FirewallTable> firewalls; // one per catalog firewall, in catalog order
    std::vector<RuleBinding> unfiltered;  // both ends in one zone: no firewall sees it

    size_t ruleCount() const;
    // The rows of every firewall's folded table (FirewallTable::openingCount).
    size_t openingCount() const;
};

// What makes two rows of a firewall's table the same opening, as the tables
// show it: the firewall, the direction, the transport, the port range and
// both address cells (endpointAddressCell: the address, "Any" when the plan
// gives none, "public → private" for a NAT'd interface). Not the components'
// names nor the catalog rule: two ends without an address are both "Any",
// and the same address asked for by two rules is one opening. The ports come
// before the addresses, so that the openings a row from or to Any may cover
// (the same firewall, direction, transport and ports) stand side by side in
// a sorted map.
struct OpeningKey
{
    long firewall = -1; // index in the catalog
    Direction direction = Direction::Outbound;
    Transport transport = Transport::Tcp;
    int firstPort = 0;
    int lastPort = 0;
    std::string destination;
    std::string source;

    auto operator<=>(const OpeningKey&) const = default;
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
// same rule between the same two components appears once. Each table's
// rows are also folded into openings (FirewallTable::folded, foldRows).
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

    // Equal to deriveTables() of the topology as it is now, folded rows
    // included; built from the index on the first call after a change.
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
    struct Opening;
    struct Entry
    {
        TableRow row;
        std::set<LinkId> links; // the links that carry this row (usually one)
        Opening* opening = nullptr; // null for an unfiltered row
    };
    struct KeyLess
    {
        bool operator()(const Key* a, const Key* b) const { return *a < *b; }
    };
    // The rows that ask for one opening (rules/Folding.h), kept as rows come
    // and go, with the opening from or to Any that covers it.
    struct Opening
    {
        const OpeningKey* key = nullptr; // its key in m_openings
        std::map<const Key*, const Entry*, KeyLess> members; // in table order
        Opening* coveredBy = nullptr;
        size_t coveringCount = 0; // for an opening from or to Any: the openings it covers
        bool withAny = false;     // from or to Any: it may cover others
        mutable size_t foldedIndex = 0; // set by tables()
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
        // How the row folds: the rows of its opening, whether a row from Any
        // covers it, and how many openings it covers.
        size_t sameOpening;
        bool covered;
        size_t covering;
        bool operator==(const RowFacts&) const = default;
    };
    std::vector<RowFacts> rowFacts(LinkId link) const;
    void addLink(LinkId link);
    void removeLink(LinkId link);
    // The openings of the same firewall, direction, transport and ports as
    // this one: those an opening from or to Any may cover.
    template <typename F>
    void forEachOfPorts(const OpeningKey& key, F&& f);
    // The opening's coverer again (coveringKeys), counts and notes kept.
    void recover(Opening& opening);
    void joinOpening(const Key& key, Entry& entry);
    void leaveOpening(const Key& key, Entry& entry);
    // Before an opening changes, the facts of the links of its rows are kept
    // (once per update) to tell afterwards which links' rows changed.
    void noteLinksOf(const Opening& opening);
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
    std::map<OpeningKey, Opening> m_openings;
    std::map<LinkId, std::vector<RowFacts>> m_before; // during update(): the facts before
    bool m_noting = false; // in update(), not in rebuild(): keep the facts before
    std::vector<bool> m_planConditions; // each planHas rule's condition, as derived
    mutable std::optional<RuleTables> m_tables;
};

// What a table shows for one end of a binding: the interface's address, or
// "Any" when the plan gives none.
std::string endpointAddress(const Topology& topology, ComponentId component,
                            const std::string& interfaceId);
// The address cell of that end: "131.107.155.10 → 10.45.16.10" (the
// public address, then the private one it is translated to) for a NAT'd
// interface, else endpointAddress.
std::string endpointAddressCell(const Topology& topology, ComponentId component,
                                const std::string& interfaceId);

} // namespace edgeplan
