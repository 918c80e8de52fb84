#pragma once

#include "base/Diagnostic.h"
#include "plan/Topology.h"

#include <memory>
#include <string>
#include <vector>

namespace edgeplan {

class CatalogRegistry;

// What an import made: the plan (null when diagnostics is not empty: nothing
// is imported from input with any problem), and the report of what was
// created, what was kept as a note and what the catalog does not model.
// Report entries are diagnostics too (a code, its args and the English
// text), so that they read in Japanese through diagnosticMessage; their
// `where` is the input's name once importInputs has them.
struct ImportResult
{
    std::unique_ptr<Topology> topology;
    Diagnostics report;
    Diagnostics diagnostics;
};

// The catalog topology imports draw their plans in.
constexpr char kImportCatalogId[] = "lync2013-edge";

// Reads a Lync Server 2013 topology, in either layout Microsoft's tools
// write (a Topology Builder .tbxml, root TopologyBuilder, or a published
// topology from Get-CsTopology -AsXml, root Topology), into a new plan
// against `catalog` (the whole-edge catalog):
// - an edge cluster of several machines becomes an edge pool of edge
//   servers, of one machine an edge server; a cluster with UserServices a
//   front-end pool (with a front-end server per machine when there are
//   several); one with a Registrar and no UserServices a director per
//   machine; a WacServer (or WacService) cluster an Office Web Apps server;
// - the edge's addresses come from each machine's NetInterface that its
//   service's ports name (InterfaceSide and InterfaceNumber), the NAT
//   address from ConfiguredIPAddress, the external names from ConfiguredFqdn
//   and a moved port (444) from ConfiguredPort on the 443 ports;
// - the variant: scaled-hlb when the edge Cluster has
//   IsHardwareLoadBalanced="true" or NetInterface elements of its own (its
//   VIPs), else scaled-dns for several machines, else single;
// - scenarios: edge with an edge, sip-federation when the Access Edge
//   listens for MTLS on 5061 outside, xmpp-federation with an
//   XmppFederationProxy port;
// - an "Any" host and the internal clients are linked to the edge, so that
//   its tables hold the rows of remote users;
// - 0.0.0.0 and :: (any address) are taken as no address.
// With `choices`, a topology whose edge (else whose front ends) runs a
// product of its own catalog (ServiceVersion 7: sfb2015-edge, 8:
// sfb2019-edge) is drawn with that catalog when `choices` holds it, and the
// report says which and why; otherwise with `catalog`, and the report says
// that too.
ImportResult importTopology(const std::string& bytes, std::shared_ptr<const Catalog> catalog,
                            const CatalogRegistry* choices = nullptr);

} // namespace edgeplan
