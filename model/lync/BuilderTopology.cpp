#include "lync/TopologyReader.h"

#include "text/AsciiText.h"

namespace edgeplan::lync {

namespace {

constexpr char kBuilderNamespace[] = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";

} // namespace

void TopologyReader::readBuilderSite(const XmlElement& element, bool central, const std::string& centralKey)
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

void TopologyReader::readBuilder(const XmlElement& root)
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

} // namespace edgeplan::lync
