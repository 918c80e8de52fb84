#pragma once

// What the table derivation and the table index share: where a binding goes.

#include "rules/RuleEngine.h"

#include <vector>

namespace edgeplan {

// Where a binding goes: the firewalls it crosses (none: unfiltered) and its
// direction.
struct Placement
{
    std::vector<const Firewall*> crossed;
    Direction direction = Direction::Outbound;
};

Placement placementOf(const Topology& topology, const RuleBinding& binding);

// The index of each rule's scenario in the catalog, by rule index: the
// first key of the tables' order, looked up once.
std::vector<int> scenarioIndexByRule(const Catalog& catalog);

} // namespace edgeplan
