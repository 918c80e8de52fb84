#include "lync/TopologyReader.h"

#include "text/AsciiText.h"

namespace edgeplan::lync {

void TopologyReader::readPublished(const XmlElement& root)
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

} // namespace edgeplan::lync
