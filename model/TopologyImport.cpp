#include "TopologyImport.h"

#include "AsciiText.h"
#include "Generator.h"
#include "TopologyFile.h"
#include "XmlTree.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace edgeplan {

namespace {

constexpr double kTop = 120;
constexpr double kRowHeight = 120;
constexpr double kMemberHeight = 100;
constexpr double kPoolGap = 140;
constexpr double kGrid = 20;

// The edge's external services, by the component that owns their ports.
struct EdgeService
{
    const char* owner;
    const char* interfaceId;
    const char* label;
};
constexpr EdgeService kEdgeServices[] = {
    {"urn:component:AccessEdge", "access-edge", "Access Edge"},
    {"urn:component:DataEdge", "webconf-edge", "Web Conferencing Edge"},
    {"urn:component:MediaRelayEdge", "av-edge", "A/V Edge"},
};

// The services a front-end pool runs besides its Registrar and UserServices:
// part of the pool, nothing the plan needs to say.
const std::set<std::string> kFrontEndServices = {"Registrar", "UserServices", "WebServices", "ConferencingServer",
                                                  "ApplicationServer", "CentralManagement", "MediaServer"};
const std::set<std::string> kDirectorServices = {"Registrar", "WebServices"};

std::string firstLabel(const std::string& fqdn)
{
    return fqdn.substr(0, fqdn.find('.'));
}

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

using lync::Cluster;
using lync::Dependency;
using lync::Machine;
using lync::NetIf;
using lync::PortDef;
using lync::ServiceDef;

// What a cluster became in the plan.
struct Placed
{
    std::vector<ComponentId> tops; // the pool or the servers that stand alone
    std::vector<ComponentId> members;
};

class Importer
{
public:
    Importer(ImportResult& result, std::shared_ptr<const Catalog> catalog)
        : m_result(result), m_catalog(std::move(catalog)), m_topology(std::make_unique<Topology>(m_catalog))
    {
    }

    void run(const std::string& bytes)
    {
        const auto root = parseXml(bytes, m_result.diagnostics);
        if (!root)
            return;
        m_rootElement = root.get();
        const lync::TopologyFile file = lync::readTopologyFile(*root, m_result.diagnostics);
        if (!m_result.diagnostics.empty())
            return;
        m_file = &file;
        for (const ServiceDef& service : file.services)
            m_servicesByCluster[service.cluster].push_back(&service);
        build();
        m_file = nullptr;
        if (m_result.diagnostics.empty())
            m_result.topology = std::move(m_topology);
    }

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {})
    {
        m_result.diagnostics.push_back({code, at.where(), std::move(args), message});
    }

    void note(const std::string& code, std::vector<std::string> args, const std::string& english)
    {
        m_result.report.push_back({code, {}, std::move(args), english});
    }

    template <typename F>
    bool apply(const XmlElement& at, F&& edit)
    {
        try {
            edit();
            return true;
        } catch (const EditError& e) {
            error(at, e.code(), e.what(), e.args());
            return false;
        }
    }

    ComponentId insert(Component component, const XmlElement& at)
    {
        component.id = m_topology->nextComponentId();
        component.name = uniqueName(component.name);
        const RoleDef* role = m_catalog->role(component.role);
        if (!role) {
            error(at, "component.unknown-role", "unknown role \"" + component.role + "\"", {component.role});
            return {};
        }
        component.zone = role->defaultZone;
        if (!apply(at, [&] { m_topology->insertComponent(component); }))
            return {};
        return component.id;
    }

    // Topology::uniqueName looks at every component; a topology may hold
    // thousands, so the names taken are kept here.
    std::string uniqueName(const std::string& base)
    {
        if (m_names.insert(base).second)
            return base;
        for (int n = 2;; ++n)
            if (std::string candidate = base + " " + std::to_string(n); m_names.insert(candidate).second)
                return candidate;
    }

    std::vector<const ServiceDef*> servicesOn(const Cluster& cluster) const
    {
        const auto it = m_servicesByCluster.find(cluster.key);
        return it == m_servicesByCluster.end() ? std::vector<const ServiceDef*>() : it->second;
    }

    static bool runs(const std::vector<const ServiceDef*>& services, const std::string& role)
    {
        return std::any_of(services.begin(), services.end(), [&](const ServiceDef* s) { return s->role == role; });
    }

    std::string describe(const Cluster& cluster) const
    {
        return cluster.fqdn.empty() ? cluster.key : cluster.fqdn;
    }

    void build()
    {
        if (!m_file->domains.empty()) {
            ProjectNaming naming;
            for (const std::string& domain : m_file->domains)
                naming.sipDomains.push_back(SipDomain{domain});
            apply(*m_rootElement, [&] { m_topology->setNaming(naming); });
        }
        std::string sites;
        for (const std::string& site : m_file->siteNames)
            sites += (sites.empty() ? "" : ", ") + site;
        apply(*m_rootElement, [&] { m_topology->setName(sites.empty() ? "Imported topology" : "Imported topology (" + sites + ")"); });
        for (const Cluster& cluster : m_file->clusters) {
            const auto services = servicesOn(cluster);
            if (runs(services, "EdgeServer"))
                buildEdge(cluster, services);
            else if (runs(services, "UserServices"))
                buildFrontEnd(cluster, services);
            else if (runs(services, "Registrar"))
                buildServers(cluster, services, "director", kDirectorServices, "director");
            else if (runs(services, "WacServer") || runs(services, "WacService"))
                buildServers(cluster, services, "office-web-apps", {"WacServer", "WacService"},
                             "Office Web Apps server");
            else
                reportUnmodelled(cluster, services);
        }
        if (!m_result.diagnostics.empty())
            return;
        linkDependencies();
        addEdgeNeighbours();
        setScenarios();
        layOut();
    }

    void reportUnmodelled(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
    {
        std::string roles;
        for (const ServiceDef* service : services)
            roles += (roles.empty() ? "" : ", ") + service->role;
        const std::string count = std::to_string(cluster.machines.size());
        const std::string english = "not modelled: the cluster " + describe(cluster) + " (" + count +
                                    (cluster.machines.size() == 1 ? " machine" : " machines") + ")";
        if (roles.empty())
            note("import.not-modelled", {describe(cluster), count}, english + ", which runs no service");
        else
            note("import.not-modelled", {describe(cluster), count, roles}, english + ", which runs " + roles);
    }

    // Services of a modelled cluster that the plan has no place for: a note
    // on the component, kept in the file, and a line of the report.
    void keepNotes(Component& component, const Cluster& cluster, const std::vector<const ServiceDef*>& services,
                   const std::set<std::string>& known)
    {
        nlohmann::json notes = nlohmann::json::array();
        for (const ServiceDef* service : services) {
            if (known.count(service->role))
                continue;
            notes.push_back(service->role + " service (not modelled)");
            note("import.kept-note", {component.name, service->role, describe(cluster)},
                 "kept as a note on " + component.name + ": the " + service->role + " service on " +
                     describe(cluster) + " (not modelled)");
        }
        if (!notes.empty())
            component.extraFields["notes"] = notes.dump();
    }

    void addressFrom(InterfaceAddress& target, const NetIf& netIf)
    {
        target.address = netIf.address;
        if (!netIf.configured.empty() && netIf.configured != netIf.address) {
            target.natAddress = netIf.configured;
            m_nat = true;
        }
    }

    // The external ports of the edge service `owner`.
    static std::vector<const PortDef*> externalPorts(const ServiceDef& service, const char* owner)
    {
        std::vector<const PortDef*> result;
        for (const PortDef& port : service.ports)
            if (port.owner == owner && equalNoCase(port.side, "External"))
                result.push_back(&port);
        return result;
    }

    void buildEdge(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
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
            for (const PortDef* port : ports) {
                if (binding.fqdn.empty())
                    binding.fqdn = port->configuredFqdn;
                if (port->port == 443 && port->configuredPort != 0 && port->configuredPort != 443) {
                    binding.port = port->configuredPort;
                    note("import.moved-port", {def.label, describe(cluster), std::to_string(port->configuredPort)},
                         "the " + std::string(def.label) + " service of " + describe(cluster) +
                             " listens on port " + std::to_string(port->configuredPort) + " instead of 443");
                }
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
            top.properties["sipDomain"] = m_file->domains.front();
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
        keepNotes(top, cluster, services, {"EdgeServer"});
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
                Component member;
                member.role = "edge-server";
                member.fqdn = machine.fqdn;
                member.name = firstLabel(machine.fqdn);
                member.pool = topId;
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

    std::string primaryAddress(const Machine& machine)
    {
        for (const char* side : {"Primary", "Internal"})
            if (const NetIf* netIf = machine.find(side, 1))
                return netIf->address;
        return {};
    }

    void buildFrontEnd(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
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
        pool.properties["cms"] = runs(services, "CentralManagement") ? "true" : "false";
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
                Component member;
                member.role = "front-end-server";
                member.fqdn = machine.fqdn;
                member.name = firstLabel(machine.fqdn);
                member.pool = poolId;
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

    // One component per machine (directors, Office Web Apps servers).
    void buildServers(const Cluster& cluster, const std::vector<const ServiceDef*>& services, const char* role,
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
            note("import.created-server", {label, m_topology->component(id)->name, machine.fqdn},
                 "created the " + std::string(label) + " " + m_topology->component(id)->name + " (" +
                     machine.fqdn + ")");
        }
    }

    void link(ComponentId a, ComponentId b)
    {
        const Component* ca = m_topology->component(a);
        const Component* cb = m_topology->component(b);
        if (!ca || !cb || a == b || m_topology->linkBetween(a, b).isValid() ||
            !m_catalog->rolesCanLink(ca->role, cb->role))
            return;
        // The inner end first, as the samples draw their links.
        if (m_catalog->zoneIndex(ca->zone) > m_catalog->zoneIndex(cb->zone))
            std::swap(a, b);
        m_topology->addLink(a, b);
    }

    void linkDependencies()
    {
        for (const ServiceDef& service : m_file->services) {
            const auto from = m_placed.find(service.cluster);
            if (from == m_placed.end())
                continue;
            for (const Dependency& dependency : service.dependsOn) {
                const auto to = m_placed.find(m_file->services[m_file->serviceIndex.at(dependency.key)].cluster);
                if (to == m_placed.end() || to == from)
                    continue;
                for (ComponentId a : from->second.tops)
                    for (ComponentId b : to->second.tops)
                        link(a, b);
            }
        }
    }

    void addEdgeNeighbours()
    {
        if (m_edges.empty())
            return;
        for (const auto& [role, name] : {std::pair{"any-host", "Any"}, std::pair{"internal-client", "Internal clients"}}) {
            if (!m_catalog->role(role))
                continue;
            Component component;
            component.role = role;
            component.name = name;
            const ComponentId id = insert(component, *m_rootElement);
            if (!id.isValid())
                return;
            m_neighbours.push_back(id);
            for (ComponentId edge : m_edges)
                link(id, edge);
            if (std::string(role) == "any-host")
                note("import.added-any-host", {}, "added an \"Any\" Internet host, linked to the edge");
            else
                note("import.added-internal-clients", {}, "added the internal clients, linked to the edge");
        }
    }

    void setScenarios()
    {
        std::vector<std::string> on;
        if (!m_edges.empty())
            on.push_back("edge");
        if (m_sipFederation)
            on.push_back("sip-federation");
        if (m_xmpp)
            on.push_back("xmpp-federation");
        for (const std::string& scenario : on)
            if (m_catalog->scenario(scenario))
                m_topology->setScenarioEnabled(scenario, true);
        if (!m_variant.empty() && m_catalog->variant(m_variant))
            m_topology->setVariant(m_variant);
        m_topology->setNat(m_nat);
        std::string list;
        for (const std::string& scenario : m_topology->enabledScenarios())
            list += (list.empty() ? "" : ", ") + scenario;
        if (list.empty())
            note("import.no-scenarios", {}, "scenarios: none");
        else
            note("import.scenarios", {list}, "scenarios: " + list);
        if (!m_variant.empty())
            note("import.variant", {m_variant}, "variant: " + m_variant);
        if (m_nat)
            note("import.nat", {}, "NAT: the public addresses are the ConfiguredIPAddress values");
    }

    // Each zone a column down its band: a pool with its members below it,
    // then the next component, never overlapping.
    void layOut()
    {
        std::vector<double> centres;
        for (const ZoneBand& band : zoneBands(*m_catalog))
            centres.push_back(snap(band.centre()));
        std::map<int, double> cursor;
        auto place = [&](ComponentId id, int zone, double y) {
            m_topology->setComponentPosition(id, {centres[size_t(zone)], snap(y)});
        };
        auto next = [&](const std::string& zoneId) -> std::pair<int, double&> {
            const int zone = std::max(0, m_catalog->zoneIndex(zoneId));
            auto it = cursor.emplace(zone, kTop).first;
            return {zone, it->second};
        };
        std::vector<ComponentId> order;
        for (const Cluster& cluster : m_file->clusters)
            if (const auto it = m_placed.find(cluster.key); it != m_placed.end())
                order.insert(order.end(), it->second.tops.begin(), it->second.tops.end());
        order.insert(order.end(), m_neighbours.begin(), m_neighbours.end());
        for (ComponentId id : order) {
            const Component* component = m_topology->component(id);
            auto [zone, y] = next(component->zone);
            place(id, zone, y);
            const auto members = m_topology->members(id);
            if (members.empty()) {
                y += kRowHeight;
                continue;
            }
            double below = y;
            for (ComponentId member : members) {
                below += kMemberHeight;
                place(member, zone, below);
            }
            y = below + kPoolGap;
        }
    }

    ImportResult& m_result;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<Topology> m_topology;
    // The parsed file and what it says: both live while run() does.
    const XmlElement* m_rootElement = nullptr;
    const lync::TopologyFile* m_file = nullptr;
    std::map<std::string, Placed> m_placed;                   // by cluster key
    std::map<std::string, std::vector<const ServiceDef*>> m_servicesByCluster; // while run() does
    std::set<std::string> m_names;                            // of the components inserted
    std::vector<ComponentId> m_edges;
    std::vector<ComponentId> m_neighbours;
    std::string m_variant;
    bool m_nat = false;
    bool m_sipFederation = false;
    bool m_xmpp = false;
};

} // namespace

ImportResult importTopology(const std::string& bytes, std::shared_ptr<const Catalog> catalog)
{
    ImportResult result;
    if (!catalog) {
        result.diagnostics.push_back({"import.catalog", "", {}, "no catalog to import into"});
        return result;
    }
    Importer(result, std::move(catalog)).run(bytes);
    if (!result.diagnostics.empty()) {
        result.topology.reset();
        result.report.clear();
    }
    return result;
}

} // namespace edgeplan
