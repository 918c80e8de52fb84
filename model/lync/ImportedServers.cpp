#include "lync/Importer.h"

#include "base/DnsName.h"
#include "text/AsciiText.h"

#include <algorithm>

namespace edgeplan::lync {

namespace {

// The edge's external services, by the component that owns their ports.
// Each listens for clients on one external port (443 unless moved, as a
// single-address edge does): the one of its protocol.
struct EdgeService
{
    const char* owner;
    const char* interfaceId;
    const char* label;
    const char* clientProtocol;
};
constexpr EdgeService kEdgeServices[] = {
    {"urn:component:AccessEdge", "access-edge", "Access Edge", "Tls"},
    {"urn:component:DataEdge", "webconf-edge", "Web Conferencing Edge", "Tls"},
    {"urn:component:MediaRelayEdge", "av-edge", "A/V Edge", "Tcp"},
};

// The services every edge runs besides EdgeServer (the replication of the
// Central Management store).
const std::set<std::string> kEdgeServicesKnown = {"EdgeServer", "ManagementServices"};

std::string firstLabel(const std::string& fqdn)
{
    return fqdn.substr(0, fqdn.find('.'));
}

// A machine of a pool as a member of it, named by its first label.
Component poolMember(const Machine& machine, const char* role, ComponentId pool)
{
    Component member;
    member.role = role;
    member.fqdn = machine.fqdn;
    member.name = firstLabel(machine.fqdn);
    member.pool = pool;
    return member;
}

} // namespace

void Importer::addressFrom(InterfaceAddress& target, const NetIf& netIf)
{
    target.address = netIf.address;
    if (!netIf.configured.empty() && netIf.configured != netIf.address) {
        target.natAddress = netIf.configured;
        m_nat = true;
    }
}

std::vector<const PortDef*> Importer::externalPorts(const ServiceDef& service, const char* owner)
{
    std::vector<const PortDef*> result;
    for (const PortDef& port : service.ports)
        if (port.owner == owner && equalNoCase(port.side, "External"))
            result.push_back(&port);
    return result;
}

void Importer::buildEdge(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
{
    const ServiceDef& edge =
        **std::find_if(services.begin(), services.end(), [](const ServiceDef* s) { return s->role == "EdgeServer"; });
    // Per interface: which machine interface it sits on, its name and its moved port.
    struct Binding
    {
        std::string interfaceId;
        std::string side;
        int number = 1;
        std::string fqdn;
        int port = 0;
        const XmlElement* element = nullptr;
    };
    std::vector<Binding> bindings;
    for (const EdgeService& def : kEdgeServices) {
        const auto ports = externalPorts(edge, def.owner);
        if (ports.empty()) {
            note("import.no-external-port", {describe(cluster), def.label, def.interfaceId},
                 "the edge " + describe(cluster) + " has no external " + def.label + " port: its " +
                     def.interfaceId + " interface is left without an address");
            continue;
        }
        Binding binding{def.interfaceId, "External", ports.front()->number, {}, 0, ports.front()->element};
        const PortDef* client = nullptr;
        for (const PortDef* port : ports) {
            if (binding.fqdn.empty())
                binding.fqdn = port->configuredFqdn;
            if (!client && equalNoCase(port->protocol, def.clientProtocol))
                client = port;
        }
        // The port clients reach: ConfiguredPort where Topology Builder
        // wrote one, else Port.
        const int listening = client ? (client->configuredPort != 0 ? client->configuredPort : client->port) : 0;
        if (listening != 0 && listening != 443) {
            binding.port = listening;
            note("import.moved-port", {def.label, describe(cluster), std::to_string(listening)},
                 "the " + std::string(def.label) + " service of " + describe(cluster) + " listens on port " +
                     std::to_string(listening) + " instead of 443");
        }
        bindings.push_back(binding);
    }
    Binding internal{"internal", "Internal", 1, {}, 0, edge.element};
    for (const PortDef& port : edge.ports)
        if (equalNoCase(port.side, "Internal")) {
            internal.number = port.number;
            internal.element = port.element;
            break;
        }
    bindings.push_back(internal);
    for (const PortDef& port : edge.ports) {
        if (port.owner == "urn:component:AccessEdge" && equalNoCase(port.side, "External") && port.port == 5061 &&
            equalNoCase(port.protocol, "Mtls"))
            m_sipFederation = true;
        if (port.owner == "urn:component:XmppFederationProxy")
            m_xmpp = true;
    }

    auto machineInterfaces = [&](const Machine& machine, Component& component) {
        // A machine listening on every address (0.0.0.0) behind NAT: the
        // topology gives the public address and not the private one.
        std::vector<std::string> unaddressed;
        for (const Binding& binding : bindings) {
            const NetIf* netIf = machine.find(binding.side, binding.number);
            if (!netIf) {
                error(*machine.element, "import.missing-interface",
                      "the machine " + machine.fqdn + " has no " + binding.side + " interface " +
                          std::to_string(binding.number) + ", which the edge's port at line " +
                          std::to_string(binding.element->line) + " uses",
                      {machine.fqdn, binding.side, std::to_string(binding.number),
                       std::to_string(binding.element->line)});
                continue;
            }
            addressFrom(component.interfaces[binding.interfaceId], *netIf);
            component.interfaces[binding.interfaceId].port = binding.port;
            if (netIf->address.empty() && !netIf->configured.empty() &&
                std::find(unaddressed.begin(), unaddressed.end(), binding.interfaceId) == unaddressed.end())
                unaddressed.push_back(binding.interfaceId);
        }
        if (!unaddressed.empty()) {
            std::string list;
            for (const std::string& id : unaddressed)
                list += (list.empty() ? "" : ", ") + id;
            m_result.report.push_back(
                {"import.nat-no-address", machine.element->where(), {firstLabel(machine.fqdn), list},
                 "the edge " + firstLabel(machine.fqdn) + " listens on every address (0.0.0.0) behind NAT on " +
                     list + ": the topology has its public address only, so give its private address in the "
                     "inspector"});
        }
    };

    const bool pool = cluster.machines.size() > 1;
    const bool hlb = cluster.hardwareLoadBalanced || !cluster.vips.interfaces.empty();
    const std::string variant = pool ? (hlb ? "scaled-hlb" : "scaled-dns") : "single";
    if (m_variant.empty())
        m_variant = variant;
    else if (m_variant != variant)
        note("import.variant-kept", {describe(cluster), variant, m_variant},
             "the edge " + describe(cluster) + " is deployed as " + variant + "; the plan keeps " + m_variant);

    Component top;
    top.role = pool ? "edge-pool" : "edge-server";
    const Machine& first = cluster.machines.front();
    top.fqdn = pool ? cluster.fqdn : first.fqdn;
    top.name = firstLabel(top.fqdn);
    if (!m_file->domains.empty())
        top.properties[kSipDomainProperty] = m_file->domains.front();
    if (pool) {
        for (const Binding& binding : bindings) {
            InterfaceAddress& addresses = top.interfaces[binding.interfaceId];
            if (const NetIf* vip = cluster.vips.find(binding.side, binding.number))
                addressFrom(addresses, *vip);
        }
    } else {
        machineInterfaces(first, top);
    }
    for (const Binding& binding : bindings) {
        top.interfaces[binding.interfaceId].fqdn = binding.fqdn;
        top.interfaces[binding.interfaceId].port = binding.port;
        if (top.interfaces[binding.interfaceId].empty())
            top.interfaces.erase(binding.interfaceId);
    }
    keepNotes(top, cluster, services, kEdgeServicesKnown);
    if (!m_result.diagnostics.empty())
        return;
    const ComponentId topId = insert(top, *cluster.element);
    if (!topId.isValid())
        return;
    Placed& placed = m_placed[cluster.key];
    placed.tops.push_back(topId);
    m_edges.push_back(topId);
    std::string names;
    if (pool) {
        for (const Machine& machine : cluster.machines) {
            Component member = poolMember(machine, "edge-server", topId);
            member.properties = top.properties;
            machineInterfaces(machine, member);
            if (!m_result.diagnostics.empty())
                return;
            const ComponentId id = insert(member, *machine.element);
            placed.members.push_back(id);
            names += (names.empty() ? "" : ", ") + m_topology->component(id)->name;
        }
        const std::string count = std::to_string(cluster.machines.size());
        note("import.created-edge-pool", {top.name, top.fqdn, count, names},
             "created the edge pool " + top.name + " (" + top.fqdn + ") of " + count + " edge servers: " + names);
    } else {
        note("import.created-edge-server", {top.name, top.fqdn},
             "created the edge server " + top.name + " (" + top.fqdn + ")");
    }
}

std::string Importer::primaryAddress(const Machine& machine)
{
    for (const char* side : {"Primary", "Internal"})
        if (const NetIf* netIf = machine.find(side, 1))
            return netIf->address;
    return {};
}

void Importer::buildFrontEnd(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
{
    Component pool;
    pool.role = "front-end-pool";
    pool.fqdn = cluster.fqdn.empty() ? cluster.machines.front().fqdn : cluster.fqdn;
    pool.name = firstLabel(pool.fqdn);
    bool xmppGateway = false;
    for (const ServiceDef* service : services)
        for (const PortDef& port : service->ports)
            xmppGateway = xmppGateway || port.owner == "urn:component:XmppFederation";
    pool.properties["xmppGateway"] = xmppGateway ? "true" : "false";
    pool.properties["cms"] =
        runs(services, "CentralMgmt") || runs(services, "CentralManagement") ? "true" : "false";
    const bool several = cluster.machines.size() > 1;
    const std::string address =
        several ? primaryAddress(cluster.vips) : primaryAddress(cluster.machines.front());
    if (!address.empty())
        pool.interfaces["internal"].address = address;
    keepNotes(pool, cluster, services, kFrontEndServices);
    const ComponentId poolId = insert(pool, *cluster.element);
    if (!poolId.isValid())
        return;
    Placed& placed = m_placed[cluster.key];
    placed.tops.push_back(poolId);
    std::string names;
    if (several) {
        for (const Machine& machine : cluster.machines) {
            Component member = poolMember(machine, "front-end-server", poolId);
            if (const std::string a = primaryAddress(machine); !a.empty())
                member.interfaces["internal"].address = a;
            const ComponentId id = insert(member, *machine.element);
            placed.members.push_back(id);
            if (id.isValid())
                names += (names.empty() ? "" : ", ") + m_topology->component(id)->name;
        }
    }
    const std::string count = std::to_string(cluster.machines.size());
    const std::string english = "created the front-end pool " + pool.name + " (" + pool.fqdn + ")" +
                                (several ? " of " + count + " front-end servers: " + names : "");
    if (several)
        note("import.created-front-end-pool", {pool.name, pool.fqdn, count, names}, english);
    else
        note("import.created-front-end-pool", {pool.name, pool.fqdn}, english);
    if (xmppGateway)
        note("import.xmpp-gateway", {pool.name}, "the front-end pool " + pool.name + " has the XMPP gateway");
}

void Importer::buildServers(const Cluster& cluster, const std::vector<const ServiceDef*>& services, const char* role,
                            const std::set<std::string>& known, const char* label)
{
    Placed& placed = m_placed[cluster.key];
    for (const Machine& machine : cluster.machines) {
        Component server;
        server.role = role;
        server.fqdn = machine.fqdn;
        server.name = firstLabel(machine.fqdn);
        if (const std::string a = primaryAddress(machine); !a.empty())
            server.interfaces["internal"].address = a;
        if (&machine == &cluster.machines.front())
            keepNotes(server, cluster, services, known);
        const ComponentId id = insert(server, *machine.element);
        if (!id.isValid())
            return;
        placed.tops.push_back(id);
        // A code per role, so that the Japanese report names the role in Japanese.
        note("import.created-" + std::string(role), {m_topology->component(id)->name, machine.fqdn},
             "created the " + std::string(label) + " " + m_topology->component(id)->name + " (" +
                 machine.fqdn + ")");
    }
}

} // namespace edgeplan::lync
