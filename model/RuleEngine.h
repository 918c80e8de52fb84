#pragma once

#include "Topology.h"

#include <vector>

namespace edgeplan {

// A catalog rule bound to two components of the plan, in the rule's direction.
struct RuleBinding
{
    const Rule* rule = nullptr;
    ComponentId source;
    ComponentId destination;
    LinkId link;

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

// Whether the rule applies to the plan at all: its scenario is on and it
// holds for the plan's deployment variant.
bool ruleActive(const Topology& topology, const Rule& rule);

// The rules a link carries, both ways, in catalog order.
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

// What a table shows for one end of a binding: the interface's address, or
// "Any" when the plan gives none.
std::string endpointAddress(const Topology& topology, ComponentId component,
                            const std::string& interfaceId);

} // namespace edgeplan
