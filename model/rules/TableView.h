#pragma once

#include "base/Localized.h"
#include "rules/RuleEngine.h"

#include <string>
#include <vector>

namespace edgeplan {

// One end of a row, as every table shows it.
struct EndpointView
{
    std::string component; // the component's name
    std::string role;      // role id
    std::string roleName;
    std::string interfaceId;
    std::string address; // the address, or "Any"
    std::string natAddress; // the public address the outside sees, when NAT'd
    // What a table shows: "131.107.155.10 → 10.45.16.10" (public, then the
    // private address it is translated to) for a NAT'd interface, else the address.
    std::string addressCell;
    ComponentId id;
};

// A firewall table row spelled out in one language, shared by the text,
// CSV, Markdown and JSON exports and by the window's rule table.
struct RowView
{
    std::string firewallId;
    std::string firewallName;
    std::string direction; // localized "Inbound"/"Outbound"
    std::string directionId; // "inbound"/"outbound"
    std::string scenarioId;
    std::string scenario;
    std::string scenarioShort; // the scenario's short name, for a narrow column
    std::string ruleId;
    std::string service;
    std::string protocol;
    std::string transport;
    std::string ports;
    EndpointView source;
    EndpointView destination;
    std::string note;
    std::string reference; // "JJ618373 · <table> · row N"
    std::string referenceKey; // "Gg398739 E7": the cited page and the row's key
    bool crossesSeveral = false;
    LinkId link;
    // The table rows this row stands for: the rows folded into it (one per
    // rule and pair of components asking for the opening, those it covers
    // included) and those merged into it by mergeRows (1 for a plain row).
    int count = 1;
    std::vector<std::string> ruleIds; // every rule the row cites, first the shown one
    // The row's number in its firewall's table, as every output shows it
    // (1, 2, …; renumbered by mergeRows).
    int number = 0;
    // Only when covered rows are kept: the number of the row from Any that
    // covers this one ("covered by row N"), else 0.
    int coveredBy = 0;
    // For a row from Any: the named sources it covers ("name (address)").
    std::vector<std::string> covers;
};

// "Any" in the language of a table: what an end without an address shows.
inline const char* anyAddressText(Lang lang) { return lang == Lang::Ja ? "\u4efb\u610f" : "Any"; }

// One row of a firewall's table, spelled out.
RowView rowView(const Topology& topology, const Firewall& firewall, const TableRow& row, Lang lang);
// A folded row (one opening) spelled out: its first row, with the rules,
// references and notes of the rows folded into it, the other names they
// come from and the sources it covers in its note; not numbered.
RowView rowView(const Topology& topology, const Firewall& firewall, const FoldedRow& row, Lang lang);

// Whether an output keeps the rows from named sources that a row from Any
// covers (each marked "covered by row N") or leaves them out (the default).
enum class CoveredRows { Fold, Keep };

// The numbered rows of every firewall's folded table (or of one), as every
// output and the window show them: one per opening, numbered from 1 in each
// firewall's table.
std::vector<RowView> rowViews(const Topology& topology, const RuleTables& tables, Lang lang,
                              const std::string& firewallId = {}, CoveredRows covered = CoveredRows::Fold);

// The number each of a firewall's folded rows takes in the outputs (from 1,
// in order), 0 for a covered row left out.
std::vector<int> rowNumbers(const FirewallTable& table, CoveredRows covered);
// The table's folded row `index` spelled out with its number (rowNumbers)
// and, for a covered row, "covered by row N" in its note.
RowView numberedRowView(const Topology& topology, const FirewallTable& table, size_t index,
                        const std::vector<int>& numbers, Lang lang);

// The note's addition for the rows a folded row stands for, in one language.
std::string foldNote(const std::vector<std::string>& alsoFrom, const std::vector<std::string>& covers,
                     int coveredBy, Lang lang);

// The column headers of the exported tables, in order.
struct Headers
{
    std::string firewall, direction, scenario, service, protocol, transport, ports, source,
        sourceAddress, destination, destinationAddress, note, reference;
};
Headers headers(Lang lang);
// The header of the merged view's count column.
std::string countHeader(Lang lang);

// Rows with the same firewall, direction, source, destination, transport
// and protocol merged into one, whose ports list them all, in first-seen
// order, numbered again from 1 in each firewall's table.
std::vector<RowView> mergeRows(const std::vector<RowView>& rows);

std::string directionName(Direction direction, Lang lang);

// Columns a terminal cell takes: two for East Asian wide characters.
size_t displayWidth(const std::string& utf8);

} // namespace edgeplan
