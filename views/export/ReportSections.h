#pragma once

#include "checks/Checks.h"
#include "rules/TableView.h"

#include <QString>

#include <vector>

namespace edgeplan {

class ReportPages;
class Topology;

// The handoff report's sections about the plan beside its rule tables, each
// a section of the contents when it has anything to say: the components and
// their addresses, the DNS records and the certificates (as the DNS and
// Certificates tabs show them), the design checks' findings, the source
// document's notes, the trainer's flows.
// A firewall table's end cell: the name, and under it the address, or for a
// NAT'd interface its public address marked with kTranslatedMark (the
// private one is in the translations list above the table), so that the
// end takes two lines in a column of a portrait page.
QString reportEndCell(const EndpointView& end);
inline constexpr char16_t kTranslatedMark = u'\u2020'; // †
// Above a firewall's table: the NAT'd interfaces its rows name, each once
// (component, interface, public and private address); nothing when none.
// Whether it printed anything.
bool reportTranslations(ReportPages& pages, const Topology& topology, const std::vector<const RowView*>& rows);

void reportComponents(ReportPages& pages, const Topology& topology);
void reportNaming(ReportPages& pages, const Topology& topology);
void reportFindings(ReportPages& pages, const Topology& topology, const std::vector<Finding>& findings);
void reportDocumentNotes(ReportPages& pages, const Topology& topology);
void reportFlows(ReportPages& pages, const Topology& topology);

} // namespace edgeplan
