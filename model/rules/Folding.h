#pragma once

// Rule folding: the rows of a firewall's table that ask for the same opening
// (OpeningKey, rules/RuleEngine.h) are one row, and a row from Any covers
// the rows from named sources to the same destination, transport and ports
// (a row to Any those from the same source to named destinations).

#include "rules/RuleEngine.h"

#include <vector>

namespace edgeplan {

// The address cell of an end the plan gives no address.
inline constexpr const char* kAnyAddress = "Any";

// The opening a row of the firewall (its index in the catalog) asks for.
OpeningKey openingKey(const Topology& topology, long firewall, const TableRow& row);

// Whether two openings have the same firewall, direction, transport and
// ports: the openings among which one from or to Any may cover another.
bool samePorts(const OpeningKey& a, const OpeningKey& b);

// The openings that would cover this one, the first that exists covering
// it: from Any to its destination, then from its source to Any. None for an
// opening with Any at an end, so an opening that covers is never covered.
std::vector<OpeningKey> coveringKeys(const OpeningKey& key);

// A firewall's rows (in table order) folded from scratch, as TableIndex keeps
// them edit by edit: one FoldedRow per opening in the order of its first row,
// the covered ones included with their coveredBy.
std::vector<FoldedRow> foldRows(const Topology& topology, long firewall, const std::vector<TableRow>& rows);

} // namespace edgeplan
