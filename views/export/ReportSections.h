#pragma once

#include "checks/Checks.h"

#include <vector>

namespace edgeplan {

class ReportPages;
class Topology;

// The handoff report's sections about the plan beside its rule tables, each
// a section of the contents when it has anything to say: the components and
// their addresses, the DNS records and the certificates (as the DNS and
// Certificates tabs show them), the design checks' findings, the source
// document's notes, the trainer's flows.
void reportComponents(ReportPages& pages, const Topology& topology);
void reportNaming(ReportPages& pages, const Topology& topology);
void reportFindings(ReportPages& pages, const Topology& topology, const std::vector<Finding>& findings);
void reportDocumentNotes(ReportPages& pages, const Topology& topology);
void reportFlows(ReportPages& pages, const Topology& topology);

} // namespace edgeplan
