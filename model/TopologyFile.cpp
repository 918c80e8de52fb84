#include "TopologyFile.h"

#include "AsciiText.h"
#include "Address.h"
#include "Naming.h"

#include <set>

namespace edgeplan::lync {

namespace {

constexpr char kBuilderNamespace[] = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
constexpr char kNamespacePrefix[] = "urn:schema:Microsoft.Rtc.Management.Deploy.";

class TopologyReader
{
public:
    TopologyReader(TopologyFile& file, Diagnostics& diagnostics) : m_file(file), m_diagnostics(diagnostics) {}

    void read(const XmlElement& root)
    {
        const bool ours = root.ns.empty() || root.ns.rfind(kNamespacePrefix, 0) == 0;
        if (ours && root.name == "TopologyBuilder")
            readBuilder(root);
        else if (ours && root.name == "Topology")
            readPublished(root);
        else
            error(root, "import.not-topology",
                  "this is not a Lync topology: the root element is <" + root.name +
                      ">, not <TopologyBuilder> or <Topology>",
                  {root.name});
        if (m_diagnostics.empty())
            checkReferences();
    }

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {})
    {
        m_diagnostics.push_back({code, at.where(), std::move(args), message});
    }

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
                  {name, *value, std::to_string(low), std::to_string(high)});
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
        const auto [it, added] = m_guids.emplace(asciiLower(guid), &element);
        if (!added)
            error(element, "import.duplicate-guid",
                  "the UniqueId " + guid + " is used twice (first at line " + std::to_string(it->second->line) + ")",
                  {guid, std::to_string(it->second->line)});
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
        // A set, not Machine::find, so that a machine of many interfaces costs
        // no more than their number.
        std::set<std::pair<std::string, int>> seen;
        for (const NetIf& netIf : machine.interfaces)
            seen.emplace(asciiLower(netIf.side), netIf.number);
        for (const XmlElement* netIf : parent.childrenNamed("NetInterface")) {
            NetIf read = readNetIf(*netIf);
            if (!seen.emplace(asciiLower(read.side), read.number).second)
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
            const auto [it, added] = m_machineNames.emplace(asciiLower(machine.fqdn), &element);
            if (!added)
                error(element, "import.duplicate-machine",
                      "the machine " + machine.fqdn + " is listed twice (first at line " +
                          std::to_string(it->second->line) + ")",
                      {machine.fqdn, std::to_string(it->second->line)});
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
        const auto [it, added] = m_file.clusterIndex.emplace(cluster.key, m_file.clusters.size());
        if (!added) {
            error(*cluster.element, "import.duplicate-cluster", "the cluster " + cluster.key + " is listed twice",
                  {cluster.key});
            return;
        }
        m_file.clusters.push_back(std::move(cluster));
    }

    void addService(ServiceDef service)
    {
        const auto [it, added] = m_file.serviceIndex.emplace(service.key, m_file.services.size());
        if (!added) {
            error(*service.element, "import.duplicate-service", "the service " + service.key + " is listed twice",
                  {service.key});
            return;
        }
        m_file.services.push_back(std::move(service));
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
        std::set<std::string> seen; // lower-cased
        for (const std::string& domain : m_file.domains)
            seen.insert(asciiLower(domain));
        const std::string defaultDomain = optional(*domains, "DefaultDomain");
        if (!defaultDomain.empty() && seen.insert(asciiLower(defaultDomain)).second)
            m_file.domains.push_back(defaultDomain);
        for (const XmlElement* domain : domains->childrenNamed("InternalDomain"))
            if (const std::string* name = required(*domain, "Name"))
                if (seen.insert(asciiLower(*name)).second)
                    m_file.domains.push_back(*name);
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
                        m_file.siteNames.push_back(name->text);
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
            error(root, "import.namespace", "<TopologyBuilder> of an unknown namespace " + root.ns, {root.ns});
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
                    m_file.siteNames.push_back(siteName);
                if (const XmlElement* clusters = site->child("Clusters")) {
                    for (const XmlElement* element : clusters->childrenNamed("Cluster")) {
                        const std::string* guid = required(*element, "UniqueId");
                        if (!guid)
                            continue;
                        claimGuid(*guid, *element);
                        Cluster cluster;
                        cluster.key = asciiLower(*guid);
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
                service.key = asciiLower(*guid);
                service.role = *role;
                service.cluster = asciiLower(*installed);
                service.clusterElement = element;
                if (const XmlElement* depends = element->child("DependsOn"))
                    for (const XmlElement* dependency : depends->childrenNamed("Dependency"))
                        if (const std::string* target = required(*dependency, "ServiceUniqueId"))
                            service.dependsOn.push_back({asciiLower(*target), dependency});
                readPorts(*element, service);
                addService(std::move(service));
            }
        }
    }

    void checkReferences()
    {
        for (const ServiceDef& service : m_file.services) {
            if (!m_file.clusterIndex.count(service.cluster))
                error(*service.clusterElement, "import.missing-cluster",
                      "the " + service.role + " service is installed on " + service.cluster +
                          ", which is not a cluster of the topology",
                      {service.role, service.cluster});
            for (const Dependency& dependency : service.dependsOn)
                if (!m_file.serviceIndex.count(dependency.key))
                    error(*dependency.element, "import.missing-service",
                          "the " + service.role + " service depends on " + dependency.key +
                              ", which is not a service of the topology",
                          {service.role, dependency.key});
        }
    }

    TopologyFile& m_file;
    Diagnostics& m_diagnostics;
    std::map<std::string, const XmlElement*> m_guids;        // lower-cased UniqueId -> where first
    std::map<std::string, const XmlElement*> m_machineNames; // lower-cased FQDN -> where first
};

} // namespace

const NetIf* Machine::find(const std::string& side, int number) const
{
    for (const NetIf& netIf : interfaces)
        if (equalNoCase(netIf.side, side) && netIf.number == number)
            return &netIf;
    return nullptr;
}

TopologyFile readTopologyFile(const XmlElement& root, Diagnostics& diagnostics)
{
    TopologyFile file;
    TopologyReader(file, diagnostics).read(root);
    return file;
}

} // namespace edgeplan::lync
