#include "TopologyImport.h"

#include "Address.h"
#include "Naming.h"
#include "XmlTree.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace edgeplan {

namespace {

constexpr char kBuilderNamespace[] = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
constexpr char kNamespacePrefix[] = "urn:schema:Microsoft.Rtc.Management.Deploy.";

// The zone bands as the generator lays them out (model/Generator.cpp).
constexpr double kBandWidth = 400;
constexpr double kOuterBandWidth = 600;
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

std::string lower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

bool equalNoCase(const std::string& a, const std::string& b)
{
    return lower(a) == lower(b);
}

std::string firstLabel(const std::string& fqdn)
{
    return fqdn.substr(0, fqdn.find('.'));
}

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

struct NetIf
{
    std::string side;
    int number = 1;
    std::string address;
    std::string configured;
    const XmlElement* element = nullptr;
};

struct Machine
{
    std::string fqdn;
    std::vector<NetIf> interfaces;
    const XmlElement* element = nullptr;

    const NetIf* find(const std::string& side, int number) const
    {
        for (const NetIf& netIf : interfaces)
            if (equalNoCase(netIf.side, side) && netIf.number == number)
                return &netIf;
        return nullptr;
    }
};

struct Cluster
{
    std::string key;
    std::string fqdn;
    std::string site;
    bool hardwareLoadBalanced = false;
    Machine vips; // the cluster's own NetInterface elements
    std::vector<Machine> machines;
    const XmlElement* element = nullptr;
};

struct PortDef
{
    std::string owner;
    std::string usage;
    std::string side;
    std::string protocol;
    std::string configuredFqdn;
    int number = 1;
    int port = 0;
    int configuredPort = 0;
    const XmlElement* element = nullptr;
};

struct Dependency
{
    std::string key;
    const XmlElement* element = nullptr;
};

struct ServiceDef
{
    std::string key;
    std::string role;
    std::string cluster;
    const XmlElement* clusterElement = nullptr; // where InstalledOn is written
    std::vector<Dependency> dependsOn;
    std::vector<PortDef> ports;
    const XmlElement* element = nullptr;
};

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
        const bool ours = root->ns.empty() || root->ns.rfind(kNamespacePrefix, 0) == 0;
        if (ours && root->name == "TopologyBuilder")
            readBuilder(*root);
        else if (ours && root->name == "Topology")
            readPublished(*root);
        else
            error(*root, "import.not-topology",
                  "this is not a Lync topology: the root element is <" + root->name +
                      ">, not <TopologyBuilder> or <Topology>",
                  {root->name});
        if (!m_result.diagnostics.empty())
            return;
        checkReferences();
        if (!m_result.diagnostics.empty())
            return;
        build();
        if (m_result.diagnostics.empty())
            m_result.topology = std::move(m_topology);
    }

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {})
    {
        m_result.diagnostics.push_back({code, at.where(), std::move(args), message});
    }

    void note(const std::string& line) { m_result.report.push_back(line); }

    const std::string* required(const XmlElement& element, const char* name)
    {
        const std::string* value = element.attribute(name);
        if (!value || value->empty()) {
            error(element, "import.missing-attribute",
                  "<" + element.name + "> has no " + name + " attribute", {element.name, name});
            return nullptr;
        }
        return value;
    }

    std::string optional(const XmlElement& element, const char* name)
    {
        const std::string* value = element.attribute(name);
        return value ? *value : std::string();
    }

    // A whole number in [low, high]; `fallback` when the attribute is absent.
    int integer(const XmlElement& element, const char* name, int low, int high, int fallback)
    {
        const std::string* value = element.attribute(name);
        if (!value)
            return fallback;
        long long number = 0;
        bool ok = !value->empty() && value->size() <= 9;
        for (const char c : *value) {
            ok = ok && c >= '0' && c <= '9';
            number = number * 10 + (c - '0');
        }
        if (!ok || number < low || number > high) {
            error(element, "import.number",
                  std::string(name) + " \"" + *value + "\" is not a number from " + std::to_string(low) + " to " +
                      std::to_string(high),
                  {name, *value});
            return fallback;
        }
        return int(number);
    }

    // A literal address; the any-address (0.0.0.0, ::) counts as none.
    std::string address(const XmlElement& element, const char* name)
    {
        const std::string value = optional(element, name);
        if (value.empty())
            return {};
        if (!isValidAddress(value)) {
            error(element, "address.invalid",
                  std::string(name) + " \"" + value + "\" is not an IPv4 or IPv6 address", {value});
            return {};
        }
        if (value == "0.0.0.0" || value == "::")
            return {};
        return value;
    }

    // A DNS name, or nothing.
    std::string fqdn(const XmlElement& element, const char* name)
    {
        const std::string value = optional(element, name);
        if (!value.empty() && !isFqdn(value)) {
            error(element, "import.fqdn", std::string(name) + " \"" + value + "\" is not a DNS name", {name, value});
            return {};
        }
        return value;
    }

    void claimGuid(const std::string& guid, const XmlElement& element)
    {
        const auto [it, added] = m_guids.emplace(lower(guid), &element);
        if (!added)
            error(element, "import.duplicate-guid",
                  "the UniqueId " + guid + " is used twice (first at line " + std::to_string(it->second->line) + ")",
                  {guid});
    }

    NetIf readNetIf(const XmlElement& element)
    {
        NetIf netIf;
        netIf.element = &element;
        if (const std::string* side = required(element, "InterfaceSide"))
            netIf.side = *side;
        netIf.number = integer(element, "InterfaceNumber", 1, 99, 1);
        netIf.address = address(element, "IPAddress");
        netIf.configured = address(element, "ConfiguredIPAddress");
        return netIf;
    }

    void readNetIfs(const XmlElement& parent, Machine& machine)
    {
        for (const XmlElement* netIf : parent.childrenNamed("NetInterface")) {
            NetIf read = readNetIf(*netIf);
            if (machine.find(read.side, read.number))
                error(*netIf, "import.duplicate-interface",
                      "the " + read.side + " interface " + std::to_string(read.number) + " is listed twice",
                      {read.side, std::to_string(read.number)});
            machine.interfaces.push_back(std::move(read));
        }
    }

    Machine readMachine(const XmlElement& element, const Cluster& cluster)
    {
        Machine machine;
        machine.element = &element;
        machine.fqdn = fqdn(element, "Fqdn");
        if (machine.fqdn.empty())
            machine.fqdn = cluster.fqdn;
        if (machine.fqdn.empty())
            error(element, "import.missing-attribute", "<Machine> has no Fqdn, nor has its cluster",
                  {"Machine", "Fqdn"});
        if (!machine.fqdn.empty()) {
            const auto [it, added] = m_machineNames.emplace(lower(machine.fqdn), &element);
            if (!added)
                error(element, "import.duplicate-machine",
                      "the machine " + machine.fqdn + " is listed twice (first at line " +
                          std::to_string(it->second->line) + ")",
                      {machine.fqdn});
        }
        readNetIfs(element, machine);
        return machine;
    }

    void readClusterBody(const XmlElement& element, Cluster& cluster)
    {
        cluster.element = &element;
        cluster.fqdn = fqdn(element, "Fqdn");
        cluster.hardwareLoadBalanced = equalNoCase(optional(element, "IsHardwareLoadBalanced"), "true");
        readNetIfs(element, cluster.vips);
        std::vector<const XmlElement*> machines = element.childrenNamed("Machine");
        if (const XmlElement* list = element.child("Machines"))
            for (const XmlElement* machine : list->childrenNamed("Machine"))
                machines.push_back(machine);
        for (const XmlElement* machine : machines) {
            if (const std::string* guid = machine->attribute("UniqueId"))
                claimGuid(*guid, *machine);
            cluster.machines.push_back(readMachine(*machine, cluster));
        }
        if (cluster.machines.empty())
            error(element, "import.empty-cluster", "the cluster " + cluster.fqdn + " has no machine", {cluster.fqdn});
    }

    void addCluster(Cluster cluster)
    {
        const auto [it, added] = m_clusterIndex.emplace(cluster.key, m_clusters.size());
        if (!added) {
            error(*cluster.element, "import.duplicate-cluster", "the cluster " + cluster.key + " is listed twice",
                  {cluster.key});
            return;
        }
        m_clusters.push_back(std::move(cluster));
    }

    void addService(ServiceDef service)
    {
        const auto [it, added] = m_serviceIndex.emplace(service.key, m_services.size());
        if (!added) {
            error(*service.element, "import.duplicate-service", "the service " + service.key + " is listed twice",
                  {service.key});
            return;
        }
        m_services.push_back(std::move(service));
    }

    void readPorts(const XmlElement& element, ServiceDef& service)
    {
        const XmlElement* ports = element.child("Ports");
        if (!ports)
            return;
        for (const XmlElement* item : ports->childrenNamed("Port")) {
            PortDef port;
            port.element = item;
            port.owner = optional(*item, "Owner");
            port.usage = optional(*item, "Usage");
            port.side = optional(*item, "InterfaceSide");
            port.protocol = optional(*item, "Protocol");
            port.configuredFqdn = fqdn(*item, "ConfiguredFqdn");
            port.number = integer(*item, "InterfaceNumber", 1, 99, 1);
            port.port = integer(*item, "Port", 0, 65535, 0);
            port.configuredPort = integer(*item, "ConfiguredPort", 1, 65535, 0);
            integer(*item, "Range", 1, 65535, 1);
            service.ports.push_back(std::move(port));
        }
    }

    void readDomains(const XmlElement& parent)
    {
        const XmlElement* domains = parent.child("InternalDomains");
        if (!domains)
            return;
        const std::string defaultDomain = optional(*domains, "DefaultDomain");
        if (!defaultDomain.empty())
            m_domains.push_back(defaultDomain);
        for (const XmlElement* domain : domains->childrenNamed("InternalDomain"))
            if (const std::string* name = required(*domain, "Name"))
                if (std::none_of(m_domains.begin(), m_domains.end(),
                                 [&](const std::string& d) { return equalNoCase(d, *name); }))
                    m_domains.push_back(*name);
    }

    // Get-CsTopology -AsXml: flat Sites, Clusters and Services that refer to
    // each other by SiteId/Number and SiteId/RoleName/Instance.
    void readPublished(const XmlElement& root)
    {
        readDomains(root);
        std::map<std::string, std::string> sites;
        if (const XmlElement* list = root.child("Sites"))
            for (const auto& site : list->children)
                if (const std::string* id = required(*site, "SiteId")) {
                    const XmlElement* name = site->child("Name");
                    if (!sites.emplace(*id, name ? name->text : *id).second)
                        error(*site, "import.duplicate-site", "the site " + *id + " is listed twice", {*id});
                    else if (name && !name->text.empty())
                        m_siteNames.push_back(name->text);
                }
        auto siteOf = [&](const XmlElement& id) -> std::string {
            const std::string* site = required(id, "SiteId");
            if (!site)
                return {};
            const auto it = sites.find(*site);
            if (it == sites.end()) {
                error(id, "import.missing-site", "the site " + *site + " is not among the Sites", {*site});
                return {};
            }
            return it->second;
        };
        auto clusterKey = [&](const XmlElement& id) -> std::string {
            const std::string* site = required(id, "SiteId");
            const std::string* number = required(id, "Number");
            return site && number ? "site " + *site + ", cluster " + *number : std::string();
        };
        auto serviceKey = [&](const XmlElement& id) -> std::string {
            const std::string* site = required(id, "SiteId");
            const std::string* role = required(id, "RoleName");
            const std::string* instance = required(id, "Instance");
            return site && role && instance ? *site + "-" + *role + "-" + *instance : std::string();
        };
        if (const XmlElement* list = root.child("Clusters")) {
            for (const XmlElement* element : list->childrenNamed("Cluster")) {
                const XmlElement* id = element->child("ClusterId");
                if (!id) {
                    error(*element, "import.missing-element", "<Cluster> has no <ClusterId>", {"Cluster", "ClusterId"});
                    continue;
                }
                Cluster cluster;
                cluster.key = clusterKey(*id);
                cluster.site = siteOf(*id);
                readClusterBody(*element, cluster);
                if (!cluster.key.empty())
                    addCluster(std::move(cluster));
            }
        }
        if (const XmlElement* list = root.child("Services")) {
            for (const XmlElement* element : list->childrenNamed("Service")) {
                const XmlElement* id = element->child("ServiceId");
                if (!id) {
                    error(*element, "import.missing-element", "<Service> has no <ServiceId>", {"Service", "ServiceId"});
                    continue;
                }
                ServiceDef service;
                service.element = element;
                service.key = serviceKey(*id);
                service.role = optional(*id, "RoleName");
                const XmlElement* installed = element->child("InstalledOn");
                const XmlElement* on = installed ? installed->child("ClusterId") : nullptr;
                if (!on) {
                    error(*element, "import.missing-element", "<Service> has no <InstalledOn><ClusterId>",
                          {"Service", "InstalledOn"});
                    continue;
                }
                service.cluster = clusterKey(*on);
                service.clusterElement = on;
                if (const XmlElement* depends = element->child("DependsOn"))
                    for (const XmlElement* dependency : depends->childrenNamed("Dependency"))
                        if (const XmlElement* target = dependency->child("ServiceId"))
                            service.dependsOn.push_back({serviceKey(*target), target});
                readPorts(*element, service);
                if (!service.key.empty())
                    addService(std::move(service));
            }
        }
    }

    // A Topology Builder file: NewTopology/PartialTopology with central sites
    // that hold clusters and services referring to each other by GUID.
    void readBuilder(const XmlElement& root)
    {
        if (!root.ns.empty() && root.ns != kBuilderNamespace) {
            error(root, "import.not-topology", "<TopologyBuilder> of an unknown namespace " + root.ns, {root.ns});
            return;
        }
        const XmlElement* fresh = root.child("NewTopology");
        const XmlElement* partial = fresh ? fresh->child("PartialTopology") : nullptr;
        if (!partial) {
            error(root, "import.missing-element", "<TopologyBuilder> has no <NewTopology><PartialTopology>",
                  {"TopologyBuilder", "NewTopology"});
            return;
        }
        readDomains(*partial);
        std::vector<std::pair<const XmlElement*, std::string>> serviceLists; // with their site's name
        if (const XmlElement* sites = partial->child("CentralSites")) {
            for (const XmlElement* site : sites->childrenNamed("CentralSite")) {
                if (const std::string* guid = site->attribute("UniqueId"))
                    claimGuid(*guid, *site);
                const XmlElement* nameElement = site->child("Name");
                const std::string siteName = nameElement ? nameElement->text : std::string();
                if (!siteName.empty())
                    m_siteNames.push_back(siteName);
                if (const XmlElement* clusters = site->child("Clusters")) {
                    for (const XmlElement* element : clusters->childrenNamed("Cluster")) {
                        const std::string* guid = required(*element, "UniqueId");
                        if (!guid)
                            continue;
                        claimGuid(*guid, *element);
                        Cluster cluster;
                        cluster.key = lower(*guid);
                        cluster.site = siteName;
                        readClusterBody(*element, cluster);
                        addCluster(std::move(cluster));
                    }
                }
                if (const XmlElement* services = site->child("Services"))
                    serviceLists.emplace_back(services, siteName);
            }
        }
        if (const XmlElement* services = partial->child("Services"))
            serviceLists.emplace_back(services, std::string());
        for (const auto& entry : serviceLists) {
            for (const XmlElement* element : entry.first->childrenNamed("Service")) {
                const std::string* guid = required(*element, "UniqueId");
                const std::string* role = required(*element, "RoleName");
                const std::string* installed = required(*element, "InstalledOn");
                if (!guid || !role || !installed)
                    continue;
                claimGuid(*guid, *element);
                ServiceDef service;
                service.element = element;
                service.key = lower(*guid);
                service.role = *role;
                service.cluster = lower(*installed);
                service.clusterElement = element;
                if (const XmlElement* depends = element->child("DependsOn"))
                    for (const XmlElement* dependency : depends->childrenNamed("Dependency"))
                        if (const std::string* target = required(*dependency, "ServiceUniqueId"))
                            service.dependsOn.push_back({lower(*target), dependency});
                readPorts(*element, service);
                addService(std::move(service));
            }
        }
    }

    void checkReferences()
    {
        for (const ServiceDef& service : m_services) {
            if (!m_clusterIndex.count(service.cluster))
                error(*service.clusterElement, "import.missing-cluster",
                      "the " + service.role + " service is installed on " + service.cluster +
                          ", which is not a cluster of the topology",
                      {service.role, service.cluster});
            for (const Dependency& dependency : service.dependsOn)
                if (!m_serviceIndex.count(dependency.key))
                    error(*dependency.element, "import.missing-service",
                          "the " + service.role + " service depends on " + dependency.key +
                              ", which is not a service of the topology",
                          {service.role, dependency.key});
        }
    }

    // --- building the plan ---

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
        component.name = m_topology->uniqueName(component.name);
        const RoleDef* role = m_catalog->role(component.role);
        if (!role) {
            error(at, "component.unknown-role", "the catalog has no role \"" + component.role + "\"", {component.role});
            return {};
        }
        component.zone = role->defaultZone;
        if (!apply(at, [&] { m_topology->insertComponent(component); }))
            return {};
        return component.id;
    }

    std::vector<const ServiceDef*> servicesOn(const Cluster& cluster) const
    {
        std::vector<const ServiceDef*> result;
        for (const ServiceDef& service : m_services)
            if (service.cluster == cluster.key)
                result.push_back(&service);
        return result;
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
        if (!m_domains.empty()) {
            ProjectNaming naming;
            for (const std::string& domain : m_domains)
                naming.sipDomains.push_back(SipDomain{domain});
            apply(*m_rootElement, [&] { m_topology->setNaming(naming); });
        }
        std::string sites;
        for (const std::string& site : m_siteNames)
            sites += (sites.empty() ? "" : ", ") + site;
        apply(*m_rootElement, [&] { m_topology->setName(sites.empty() ? "Imported topology" : "Imported topology (" + sites + ")"); });
        for (const Cluster& cluster : m_clusters) {
            const auto services = servicesOn(cluster);
            if (runs(services, "EdgeServer"))
                buildEdge(cluster, services);
            else if (runs(services, "UserServices"))
                buildFrontEnd(cluster, services);
            else if (runs(services, "Registrar"))
                buildServers(cluster, services, "director", kDirectorServices, "director");
            else if (runs(services, "WacServer"))
                buildServers(cluster, services, "office-web-apps", {"WacServer"}, "Office Web Apps server");
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
        note("not modelled: the cluster " + describe(cluster) + " (" + std::to_string(cluster.machines.size()) +
             (cluster.machines.size() == 1 ? " machine" : " machines") + ")" +
             (roles.empty() ? std::string(", which runs no service") : ", which runs " + roles));
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
            note("kept as a note on " + component.name + ": the " + service->role + " service on " +
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
                note("the edge " + describe(cluster) + " has no external " + def.label + " port: its " +
                     def.interfaceId + " interface is left without an address");
                continue;
            }
            Binding binding{def.interfaceId, "External", ports.front()->number, {}, 0, ports.front()->element};
            for (const PortDef* port : ports) {
                if (binding.fqdn.empty())
                    binding.fqdn = port->configuredFqdn;
                if (port->port == 443 && port->configuredPort != 0 && port->configuredPort != 443) {
                    binding.port = port->configuredPort;
                    note("the " + std::string(def.label) + " service of " + describe(cluster) + " listens on port " +
                         std::to_string(port->configuredPort) + " instead of 443");
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
                          {machine.fqdn, binding.side, std::to_string(binding.number)});
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
            note("the edge " + describe(cluster) + " is deployed as " + variant + "; the plan keeps " + m_variant);

        Component top;
        top.role = pool ? "edge-pool" : "edge-server";
        const Machine& first = cluster.machines.front();
        top.fqdn = pool ? cluster.fqdn : first.fqdn;
        top.name = firstLabel(top.fqdn);
        if (!m_domains.empty())
            top.properties["sipDomain"] = m_domains.front();
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
            note("created the edge pool " + top.name + " (" + top.fqdn + ") of " +
                 std::to_string(cluster.machines.size()) + " edge servers: " + names);
        } else {
            note("created the edge server " + top.name + " (" + top.fqdn + ")");
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
        note("created the front-end pool " + pool.name + " (" + pool.fqdn + ")" +
             (several ? " of " + std::to_string(cluster.machines.size()) + " front-end servers: " + names : "") +
             (xmppGateway ? ", with the XMPP gateway" : ""));
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
            note("created the " + std::string(label) + " " + m_topology->component(id)->name + " (" + machine.fqdn +
                 ")");
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
        for (const ServiceDef& service : m_services) {
            const auto from = m_placed.find(service.cluster);
            if (from == m_placed.end())
                continue;
            for (const Dependency& dependency : service.dependsOn) {
                const auto to = m_placed.find(m_services[m_serviceIndex.at(dependency.key)].cluster);
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
            note(std::string("added ") + (std::string(role) == "any-host" ? "an \"Any\" Internet host"
                                                                          : "the internal clients") +
                 ", linked to the edge");
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
        note("scenarios: " + (list.empty() ? std::string("none") : list) +
             (m_variant.empty() ? std::string() : "; variant: " + m_variant) +
             (m_nat ? "; NAT: the public addresses are the ConfiguredIPAddress values" : ""));
    }

    // Each zone a column down its band: a pool with its members below it,
    // then the next component, never overlapping.
    void layOut()
    {
        std::vector<double> centres;
        double left = 0;
        for (size_t i = 0; i < m_catalog->zones.size(); ++i) {
            const double width = i + 1 == m_catalog->zones.size() && i > 0 ? kOuterBandWidth : kBandWidth;
            centres.push_back(snap(left + width / 2));
            left += width;
        }
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
        for (const Cluster& cluster : m_clusters)
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
    const XmlElement* m_rootElement = nullptr; // lives while run() does
    std::vector<Cluster> m_clusters;
    std::map<std::string, size_t> m_clusterIndex;
    std::vector<ServiceDef> m_services;
    std::map<std::string, size_t> m_serviceIndex;
    std::map<std::string, const XmlElement*> m_guids;        // lower-cased UniqueId -> where first
    std::map<std::string, const XmlElement*> m_machineNames; // lower-cased FQDN -> where first
    std::vector<std::string> m_domains;                       // the default first
    std::vector<std::string> m_siteNames;
    std::map<std::string, Placed> m_placed;                   // by cluster key
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
