#include "import/TopologyFile.h"

#include "base/Address.h"
#include "base/DnsName.h"
#include "text/AsciiText.h"

#include <set>

namespace edgeplan::lync {

namespace {

constexpr char kBuilderNamespace[] = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
constexpr char kNamespacePrefix[] = "urn:schema:Microsoft.Rtc.Management.";
constexpr char kSchemaInstance[] = "http://www.w3.org/2001/XMLSchema-instance";

// The roles the importer builds components from (TopologyImport).
const std::set<std::string> kModelledRoles = {"EdgeServer", "UserServices", "Registrar", "WacServer", "WacService"};

bool microsoftNamespace(const std::string& ns)
{
    return ns.empty() || ns.rfind(kNamespacePrefix, 0) == 0;
}

// Takes every element and attribute of another namespace out of the tree,
// counting them by name and namespace for one warning each.
void setAsideForeign(XmlElement& root, Diagnostics& warnings)
{
    struct Seen
    {
        int count = 0;
        std::string where;
    };
    std::map<std::pair<std::string, std::string>, Seen> elements;   // (ns, name)
    std::map<std::pair<std::string, std::string>, Seen> attributes; // (ns, name)
    std::vector<XmlElement*> open{&root};
    while (!open.empty()) {
        XmlElement* element = open.back();
        open.pop_back();
        auto& attrs = element->attributes;
        for (auto it = attrs.begin(); it != attrs.end();) {
            const std::string& key = it->first;
            const size_t close = key.find('}');
            if (key.empty() || key.front() != '{' || close == std::string::npos) {
                ++it;
                continue;
            }
            const std::string ns = key.substr(1, close - 1);
            if (ns != kSchemaInstance && !microsoftNamespace(ns)) {
                Seen& seen = attributes[{ns, key.substr(close + 1)}];
                if (seen.count++ == 0)
                    seen.where = element->where();
            }
            it = attrs.erase(it);
        }
        auto& children = element->children;
        for (auto it = children.begin(); it != children.end();) {
            if (microsoftNamespace((*it)->ns)) {
                open.push_back(it->get());
                ++it;
                continue;
            }
            Seen& seen = elements[{(*it)->ns, (*it)->name}];
            if (seen.count++ == 0)
                seen.where = (*it)->where();
            it = children.erase(it);
        }
    }
    for (const auto& [key, seen] : elements)
        warnings.push_back({"import.foreign-element", seen.where, {key.second, key.first, std::to_string(seen.count)},
                            "set aside " + std::to_string(seen.count) + " <" + key.second + "> element" +
                                (seen.count == 1 ? "" : "s") + " of the namespace " + key.first +
                                ", which this importer does not know"});
    for (const auto& [key, seen] : attributes)
        warnings.push_back({"import.foreign-attribute", seen.where,
                            {key.second, key.first, std::to_string(seen.count)},
                            "set aside " + std::to_string(seen.count) + " " + key.second + " attribute" +
                                (seen.count == 1 ? "" : "s") + " of the namespace " + key.first +
                                ", which this importer does not know"});
}

class TopologyReader
{
public:
    TopologyReader(TopologyFile& file, Diagnostics& diagnostics) : m_file(file), m_diagnostics(diagnostics) {}

    void read(const XmlElement& root)
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

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {})
    {
        m_diagnostics.push_back({code, at.where(), std::move(args), message});
    }

    void warn(const XmlElement& at, const std::string& code, const std::string& message,
              std::vector<std::string> args = {})
    {
        m_file.warnings.push_back({code, at.where(), std::move(args), message});
    }

    // A version number: 0, with a warning, when it is not one.
    int version(const XmlElement& element, const char* name)
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

    // A DNS name, or nothing. A name of one label (a machine added by its
    // NetBIOS name) is a DNS name: the importer warns about it on the
    // component it makes.
    std::string fqdn(const XmlElement& element, const char* name)
    {
        const std::string value = optional(element, name);
        if (!value.empty() && !isDnsName(value)) {
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

    Machine readMachine(const XmlElement& element, const Cluster& cluster, std::set<std::string>& names)
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

    // A cluster's SQL Server instances: a Topology Builder file gives each
    // a UniqueId that store services are InstalledOn.
    void readSqlInstances(const XmlElement& element, Cluster& cluster)
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

    // AlwaysOn and mirroring, which the plan does not model: one line each.
    void noteSqlExtras(const XmlElement& instance, const std::string& cluster, const std::string& name)
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
        std::set<std::string> names;
        for (const XmlElement* machine : machines) {
            if (const std::string* guid = machine->attribute("UniqueId"))
                claimGuid(*guid, *machine);
            cluster.machines.push_back(readMachine(*machine, cluster, names));
        }
        readSqlInstances(element, cluster);
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

    // A site's name, location and kind, kept in the file's order.
    Site& addSite(const XmlElement& element, std::string key, bool central, std::string centralKey)
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

    // <SimpleUrlConfiguration><SimpleUrl Component Domain ActiveUrl>, in
    // either layout.
    void readSimpleUrls(const XmlElement& parent)
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

    void readVersions(const XmlElement& element, ServiceDef& service)
    {
        service.serviceVersion = version(element, "ServiceVersion");
        service.roleVersion = version(element, "RoleVersion");
    }

    // Get-CsTopology -AsXml: flat Sites, Clusters and Services that refer to
    // each other by SiteId/Number and SiteId/RoleName/Instance.
    void readPublished(const XmlElement& root)
    {
        readDomains(root);
        readSimpleUrls(root);
        if (const XmlElement* list = root.child("Sites"))
            for (const auto& site : list->children)
                if (const std::string* id = required(*site, "SiteId")) {
                    if (m_siteIndex.count(*id)) {
                        error(*site, "import.duplicate-site", "the site " + *id + " is listed twice", {*id});
                        continue;
                    }
                    // A branch site names its central site by a child
                    // <CentralSiteId SiteId> or an attribute.
                    std::string central = optional(*site, "CentralSiteId");
                    if (const XmlElement* parent = site->child("CentralSiteId"); parent && central.empty())
                        central = optional(*parent, "SiteId");
                    if (const XmlElement* parent = site->child("CentralSite"); parent && central.empty())
                        central = optional(*parent, "SiteId");
                    addSite(*site, *id, site->name != "BranchSite", central);
                }
        auto siteOf = [&](const XmlElement& id) -> const Site* {
            const std::string* site = required(id, "SiteId");
            if (!site)
                return nullptr;
            const auto it = m_siteIndex.find(*site);
            if (it == m_siteIndex.end()) {
                error(id, "import.missing-site", "the site " + *site + " is not among the Sites", {*site});
                return nullptr;
            }
            return &m_file.sites[it->second];
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
                if (const Site* site = siteOf(*id)) {
                    cluster.site = site->name;
                    cluster.siteKey = site->key;
                }
                readClusterBody(*element, cluster);
                if (!cluster.key.empty())
                    addCluster(std::move(cluster));
            }
        }
        // <SqlInstances><SqlInstance><SqlInstanceId Name><ClusterId/></SqlInstanceId></SqlInstance>
        if (const XmlElement* list = root.child("SqlInstances"))
            for (const XmlElement* instance : list->childrenNamed("SqlInstance")) {
                const XmlElement* id = instance->child("SqlInstanceId");
                const XmlElement* on = id ? id->child("ClusterId") : nullptr;
                if (!on)
                    continue;
                const auto it = m_file.clusterIndex.find(clusterKey(*on));
                const std::string name = optional(*id, "Name");
                if (it == m_file.clusterIndex.end()) {
                    warn(*on, "import.sql-no-cluster",
                         "the SQL Server instance " + name + " stands on a cluster the topology lacks", {name});
                    continue;
                }
                Cluster& cluster = m_file.clusters[it->second];
                cluster.sqlInstances.push_back(name);
                noteSqlExtras(*instance, cluster.fqdn, name);
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
                readVersions(*element, service);
                // <InstalledOn><ClusterId/></InstalledOn>, or for a store
                // <InstalledOn><SqlInstanceId Name><ClusterId/></SqlInstanceId></InstalledOn>.
                const XmlElement* installed = element->child("InstalledOn");
                const XmlElement* on = installed ? installed->child("ClusterId") : nullptr;
                if (const XmlElement* instance = installed ? installed->child("SqlInstanceId") : nullptr; instance && !on) {
                    on = instance->child("ClusterId");
                    service.onSqlInstance = true;
                    service.sqlInstance = optional(*instance, "Name");
                }
                if (!on) {
                    if (isModelledRole(service.role)) {
                        error(*element, "import.missing-element", "<Service> has no <InstalledOn><ClusterId>",
                              {"Service", "InstalledOn"});
                        continue;
                    }
                    warn(installed ? *installed : *element, "import.not-installed",
                         "the " + service.role + " service names no cluster it is installed on: it is left out",
                         {service.role});
                    service.clusterElement = installed ? installed : element;
                } else {
                    service.cluster = clusterKey(*on);
                    service.clusterElement = on;
                }
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

    // A Topology Builder site: its clusters and services, and the branch
    // sites it holds.
    void readBuilderSite(const XmlElement& element, bool central, const std::string& centralKey)
    {
        const std::string* guid = element.attribute("UniqueId");
        if (guid)
            claimGuid(*guid, element);
        std::string key = optional(element, "SiteId");
        if (key.empty() && guid)
            key = asciiLower(*guid);
        if (key.empty())
            key = element.where();
        if (m_siteIndex.count(key)) {
            error(element, "import.duplicate-site", "the site " + key + " is listed twice", {key});
            return;
        }
        const Site& site = addSite(element, key, central, centralKey);
        const std::string siteName = site.name;
        if (const XmlElement* clusters = element.child("Clusters")) {
            for (const XmlElement* cluster : clusters->childrenNamed("Cluster")) {
                const std::string* id = required(*cluster, "UniqueId");
                if (!id)
                    continue;
                claimGuid(*id, *cluster);
                Cluster read;
                read.key = asciiLower(*id);
                read.site = siteName;
                read.siteKey = key;
                readClusterBody(*cluster, read);
                addCluster(std::move(read));
            }
        }
        if (const XmlElement* services = element.child("Services"))
            m_serviceLists.push_back(services);
        // Branch sites stand in the central site they belong to.
        for (const char* container : {"BranchSites", "RemoteSites"})
            for (const XmlElement* list : element.childrenNamed(container))
                for (const auto& branch : list->children)
                    readBuilderSite(*branch, false, key);
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
        if (const XmlElement* original = root.child("OriginalTopology"))
            warn(*original, "import.original-topology",
                 "the file also holds the topology as it was last published (<OriginalTopology>): the new one is "
                 "imported");
        readDomains(*partial);
        readSimpleUrls(*partial);
        if (const XmlElement* sites = partial->child("CentralSites"))
            for (const XmlElement* site : sites->childrenNamed("CentralSite"))
                readBuilderSite(*site, true, {});
        if (const XmlElement* sites = partial->child("BranchSites"))
            for (const XmlElement* site : sites->childrenNamed("BranchSite"))
                readBuilderSite(*site, false, optional(*site, "CentralSiteId"));
        if (const XmlElement* services = partial->child("Services"))
            m_serviceLists.push_back(services);
        for (const XmlElement* list : m_serviceLists) {
            for (const XmlElement* element : list->childrenNamed("Service")) {
                const std::string* guid = required(*element, "UniqueId");
                const std::string* role = required(*element, "RoleName");
                if (!guid || !role)
                    continue;
                claimGuid(*guid, *element);
                ServiceDef service;
                service.element = element;
                service.key = asciiLower(*guid);
                service.role = *role;
                readVersions(*element, service);
                service.clusterElement = element;
                if (const std::string* installed = element->attribute("InstalledOn"); installed && !installed->empty())
                    service.cluster = asciiLower(*installed);
                else if (isModelledRole(*role))
                    required(*element, "InstalledOn");
                else
                    warn(*element, "import.not-installed",
                         "the " + *role + " service names no cluster it is installed on: it is left out", {*role});
                if (const XmlElement* depends = element->child("DependsOn"))
                    for (const XmlElement* dependency : depends->childrenNamed("Dependency"))
                        if (const std::string* target = required(*dependency, "ServiceUniqueId"))
                            service.dependsOn.push_back({asciiLower(*target), dependency});
                readPorts(*element, service);
                addService(std::move(service));
            }
        }
    }

    // Every reference resolved: a store on a SQL Server instance moves to
    // the instance's cluster. A modelled service on a cluster the file lacks
    // or an edge depending on a service it lacks is an error; any other
    // missing reference a warning, and the reference is dropped.
    void checkReferences()
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

    TopologyFile& m_file;
    Diagnostics& m_diagnostics;
    std::map<std::string, const XmlElement*> m_guids;        // lower-cased UniqueId -> where first
    std::map<std::string, size_t> m_siteIndex;                              // by key
    std::map<std::string, std::pair<std::string, std::string>> m_sqlInstances; // lower-cased UniqueId -> (cluster, name)
    std::vector<const XmlElement*> m_serviceLists;                          // Topology Builder <Services>
};

} // namespace

const NetIf* Machine::find(const std::string& side, int number) const
{
    for (const NetIf& netIf : interfaces)
        if (equalNoCase(netIf.side, side) && netIf.number == number)
            return &netIf;
    return nullptr;
}

bool isModelledRole(const std::string& role)
{
    return kModelledRoles.count(role) > 0;
}

TopologyFile readTopologyFile(XmlElement& root, Diagnostics& diagnostics)
{
    TopologyFile file;
    setAsideForeign(root, file.warnings);
    TopologyReader(file, diagnostics).read(root);
    return file;
}

} // namespace edgeplan::lync
