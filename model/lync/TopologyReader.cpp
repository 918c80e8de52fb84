#include "lync/TopologyReader.h"

#include "base/Address.h"
#include "base/DnsName.h"
#include "text/AsciiText.h"

namespace edgeplan::lync {

void TopologyReader::read(const XmlElement& root)
{
    const bool ours = microsoftNamespace(root.ns);
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

void TopologyReader::error(const XmlElement& at, const std::string& code, const std::string& message,
                           std::vector<std::string> args)
{
    m_diagnostics.push_back({code, at.where(), std::move(args), message});
}

void TopologyReader::warn(const XmlElement& at, const std::string& code, const std::string& message,
                          std::vector<std::string> args)
{
    m_file.warnings.push_back({code, at.where(), std::move(args), message});
}

int TopologyReader::version(const XmlElement& element, const char* name)
{
    const std::string* value = element.attribute(name);
    if (!value)
        return 0;
    int number = 0;
    bool ok = !value->empty() && value->size() <= 4;
    for (const char c : *value) {
        ok = ok && c >= '0' && c <= '9';
        number = number * 10 + (c - '0');
    }
    if (!ok) {
        warn(element, "import.version-unreadable",
             std::string(name) + " \"" + *value + "\" is not a number: the version is taken as unknown",
             {name, *value});
        return 0;
    }
    return number;
}

const std::string* TopologyReader::required(const XmlElement& element, const char* name)
{
    const std::string* value = element.attribute(name);
    if (!value || value->empty()) {
        error(element, "import.missing-attribute",
              "<" + element.name + "> has no " + name + " attribute", {element.name, name});
        return nullptr;
    }
    return value;
}

std::string TopologyReader::optional(const XmlElement& element, const char* name)
{
    const std::string* value = element.attribute(name);
    return value ? *value : std::string();
}

int TopologyReader::integer(const XmlElement& element, const char* name, int low, int high, int fallback)
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

std::string TopologyReader::address(const XmlElement& element, const char* name)
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

std::string TopologyReader::fqdn(const XmlElement& element, const char* name)
{
    const std::string value = optional(element, name);
    if (!value.empty() && !isDnsName(value)) {
        error(element, "import.fqdn", std::string(name) + " \"" + value + "\" is not a DNS name", {name, value});
        return {};
    }
    return value;
}

void TopologyReader::claimGuid(const std::string& guid, const XmlElement& element)
{
    const auto [it, added] = m_guids.emplace(asciiLower(guid), &element);
    if (!added)
        error(element, "import.duplicate-guid",
              "the UniqueId " + guid + " is used twice (first at line " + std::to_string(it->second->line) + ")",
              {guid, std::to_string(it->second->line)});
}

NetIf TopologyReader::readNetIf(const XmlElement& element)
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

void TopologyReader::readNetIfs(const XmlElement& parent, Machine& machine)
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

Machine TopologyReader::readMachine(const XmlElement& element, const Cluster& cluster, std::set<std::string>& names)
{
    Machine machine;
    machine.element = &element;
    machine.fqdn = fqdn(element, "Fqdn");
    if (machine.fqdn.empty())
        machine.fqdn = cluster.fqdn;
    // The same machine may stand in two clusters (a file store or a SQL
    // Server instance on a front end); twice in one cluster is an error.
    if (!machine.fqdn.empty() && !names.insert(asciiLower(machine.fqdn)).second)
        error(element, "import.duplicate-machine", "the machine " + machine.fqdn + " is listed twice in its cluster",
              {machine.fqdn});
    readNetIfs(element, machine);
    return machine;
}

void TopologyReader::readSqlInstances(const XmlElement& element, Cluster& cluster)
{
    std::vector<const XmlElement*> instances = element.childrenNamed("SqlInstance");
    for (const XmlElement* list : element.childrenNamed("SqlInstances"))
        for (const XmlElement* instance : list->childrenNamed("SqlInstance"))
            instances.push_back(instance);
    for (const XmlElement* instance : instances) {
        std::string name = optional(*instance, "Name");
        if (const XmlElement* id = instance->child("SqlInstanceId"); id && name.empty())
            name = optional(*id, "Name");
        cluster.sqlInstances.push_back(name);
        noteSqlExtras(*instance, cluster.fqdn, name);
        if (const std::string* guid = instance->attribute("UniqueId")) {
            claimGuid(*guid, *instance);
            m_sqlInstances[asciiLower(*guid)] = {cluster.key, name};
        }
    }
}

void TopologyReader::noteSqlExtras(const XmlElement& instance, const std::string& cluster, const std::string& name)
{
    const std::string label = cluster + (name.empty() ? std::string() : "\\" + name);
    if (const std::string primary = optional(instance, "AlwaysOnPrimaryNodeFqdn"); !primary.empty())
        m_file.sqlNotes.push_back({"import.sql-always-on", instance.where(), {label, primary},
                                   "not modelled: the SQL Server instance " + label +
                                       " is an AlwaysOn availability group with the primary node " + primary});
    for (const auto& [attribute, value] : instance.attributes)
        if (attribute.rfind("Mirror", 0) == 0 && !value.empty())
            m_file.sqlNotes.push_back({"import.sql-mirror", instance.where(), {label, value},
                                       "not modelled: the SQL Server instance " + label + " is mirrored (" +
                                           value + ")"});
}

void TopologyReader::readClusterBody(const XmlElement& element, Cluster& cluster)
{
    cluster.element = &element;
    cluster.fqdn = fqdn(element, "Fqdn");
    cluster.hardwareLoadBalanced = equalNoCase(optional(element, "IsHardwareLoadBalanced"), "true");
    readNetIfs(element, cluster.vips);
    std::vector<const XmlElement*> machines = element.childrenNamed("Machine");
    if (const XmlElement* list = element.child("Machines"))
        for (const XmlElement* machine : list->childrenNamed("Machine"))
            machines.push_back(machine);
    std::set<std::string> names;
    for (const XmlElement* machine : machines) {
        if (const std::string* guid = machine->attribute("UniqueId"))
            claimGuid(*guid, *machine);
        cluster.machines.push_back(readMachine(*machine, cluster, names));
    }
    readSqlInstances(element, cluster);
}

void TopologyReader::addCluster(Cluster cluster)
{
    const auto [it, added] = m_file.clusterIndex.emplace(cluster.key, m_file.clusters.size());
    if (!added) {
        error(*cluster.element, "import.duplicate-cluster", "the cluster " + cluster.key + " is listed twice",
              {cluster.key});
        return;
    }
    m_file.clusters.push_back(std::move(cluster));
}

void TopologyReader::addService(ServiceDef service)
{
    const auto [it, added] = m_file.serviceIndex.emplace(service.key, m_file.services.size());
    if (!added) {
        error(*service.element, "import.duplicate-service", "the service " + service.key + " is listed twice",
              {service.key});
        return;
    }
    m_file.services.push_back(std::move(service));
}

void TopologyReader::readPorts(const XmlElement& element, ServiceDef& service)
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

void TopologyReader::readDomains(const XmlElement& parent)
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

Site& TopologyReader::addSite(const XmlElement& element, std::string key, bool central, std::string centralKey)
{
    Site site;
    site.key = std::move(key);
    site.central = central;
    site.centralKey = std::move(centralKey);
    site.element = &element;
    const XmlElement* name = element.child("Name");
    site.name = name && !name->text.empty() ? name->text : site.key;
    if (const XmlElement* location = element.child("Location")) {
        for (const char* part : {"City", "State", "CountryCode"}) {
            const std::string value = optional(*location, part);
            if (!value.empty())
                site.location += (site.location.empty() ? "" : ", ") + value;
        }
    }
    m_siteIndex[site.key] = m_file.sites.size();
    m_file.sites.push_back(std::move(site));
    return m_file.sites.back();
}

void TopologyReader::readSimpleUrls(const XmlElement& parent)
{
    const XmlElement* configuration = parent.child("SimpleUrlConfiguration");
    if (!configuration)
        return;
    for (const XmlElement* url : configuration->childrenNamed("SimpleUrl")) {
        SimpleUrl simple;
        simple.component = optional(*url, "Component");
        simple.domain = optional(*url, "Domain");
        simple.url = optional(*url, "ActiveUrl");
        simple.element = url;
        if (simple.url.empty())
            if (const XmlElement* entry = url->child("SimpleUrlEntry"))
                simple.url = optional(*entry, "Url");
        if (!simple.component.empty() && !simple.url.empty())
            m_file.simpleUrls.push_back(std::move(simple));
    }
}

void TopologyReader::readVersions(const XmlElement& element, ServiceDef& service)
{
    service.serviceVersion = version(element, "ServiceVersion");
    service.roleVersion = version(element, "RoleVersion");
}

void TopologyReader::checkReferences()
{
    for (ServiceDef& service : m_file.services) {
        if (!service.cluster.empty() && !m_file.clusterIndex.count(service.cluster)) {
            if (const auto it = m_sqlInstances.find(service.cluster); it != m_sqlInstances.end()) {
                service.cluster = it->second.first;
                service.onSqlInstance = true;
                service.sqlInstance = it->second.second;
            } else if (isModelledRole(service.role)) {
                error(*service.clusterElement, "import.missing-cluster",
                      "the " + service.role + " service is installed on " + service.cluster +
                          ", which is not a cluster of the topology",
                      {service.role, service.cluster});
            } else {
                warn(*service.clusterElement, "import.missing-cluster-skipped",
                     "the " + service.role + " service is installed on " + service.cluster +
                         ", which is not a cluster of the topology: it is left out",
                     {service.role, service.cluster});
                service.cluster.clear();
            }
        }
        auto& dependsOn = service.dependsOn;
        for (auto it = dependsOn.begin(); it != dependsOn.end();) {
            if (m_file.serviceIndex.count(it->key)) {
                ++it;
                continue;
            }
            if (service.role == "EdgeServer") {
                error(*it->element, "import.missing-service",
                      "the " + service.role + " service depends on " + it->key +
                          ", which is not a service of the topology",
                      {service.role, it->key});
                ++it;
                continue;
            }
            warn(*it->element, "import.missing-service-skipped",
                 "the " + service.role + " service depends on " + it->key +
                     ", which is not a service of the topology: no link is drawn for it",
                 {service.role, it->key});
            it = dependsOn.erase(it);
        }
    }
}

} // namespace edgeplan::lync
