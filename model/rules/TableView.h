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
    // Rules merged into this row by mergeRows (1 for a plain row).
    int count = 1;
    std::vector<std::string> ruleIds;
};

// One row of a firewall's table, spelled out.
RowView rowView(const Topology& topology, const Firewall& firewall, const TableRow& row, Lang lang);
std::vector<RowView> rowViews(const Topology& topology, const RuleTables& tables, Lang lang,
                              const std::string& firewallId = {});

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
// and protocol merged into one, whose ports list them all, in first-seen order.
std::vector<RowView> mergeRows(const std::vector<RowView>& rows);

std::string directionName(Direction direction, Lang lang);

// Columns a terminal cell takes: two for East Asian wide characters.
size_t displayWidth(const std::string& utf8);

} // namespace edgeplan
