#pragma once

// The reader of a topology file (lync/TopologyFile), in one class for both
// layouts: the attributes, elements and GUIDs both share (TopologyReader.cpp),
// Get-CsTopology's published layout (PublishedTopology.cpp), Topology
// Builder's (BuilderTopology.cpp), and the references checked once either
// is read.

#include "lync/TopologyFile.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace edgeplan::lync {

// Microsoft's topology namespaces, or none.
bool microsoftNamespace(const std::string& ns);

class TopologyReader
{
public:
    TopologyReader(TopologyFile& file, Diagnostics& diagnostics) : m_file(file), m_diagnostics(diagnostics) {}

    void read(const XmlElement& root);

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {});
    void warn(const XmlElement& at, const std::string& code, const std::string& message,
              std::vector<std::string> args = {});

    // A version number: 0, with a warning, when it is not one.
    int version(const XmlElement& element, const char* name);
    const std::string* required(const XmlElement& element, const char* name);
    std::string optional(const XmlElement& element, const char* name);

    // A whole number in [low, high]; `fallback` when the attribute is absent.
    int integer(const XmlElement& element, const char* name, int low, int high, int fallback);

    // A literal address; the any-address (0.0.0.0, ::) counts as none.
    std::string address(const XmlElement& element, const char* name);

    // A DNS name, or nothing. A name of one label (a machine added by its
    // NetBIOS name) is a DNS name: the importer warns about it on the
    // component it makes.
    std::string fqdn(const XmlElement& element, const char* name);
    void claimGuid(const std::string& guid, const XmlElement& element);
    NetIf readNetIf(const XmlElement& element);
    void readNetIfs(const XmlElement& parent, Machine& machine);
    Machine readMachine(const XmlElement& element, const Cluster& cluster, std::set<std::string>& names);

    // A cluster's SQL Server instances: a Topology Builder file gives each
    // a UniqueId that store services are InstalledOn.
    void readSqlInstances(const XmlElement& element, Cluster& cluster);

    // AlwaysOn and mirroring, which the plan does not model: one line each.
    void noteSqlExtras(const XmlElement& instance, const std::string& cluster, const std::string& name);
    void readClusterBody(const XmlElement& element, Cluster& cluster);
    void addCluster(Cluster cluster);
    void addService(ServiceDef service);
    void readPorts(const XmlElement& element, ServiceDef& service);
    void readDomains(const XmlElement& parent);

    // A site's name, location and kind, kept in the file's order.
    Site& addSite(const XmlElement& element, std::string key, bool central, std::string centralKey);

    // <SimpleUrlConfiguration><SimpleUrl Component Domain ActiveUrl>, in
    // either layout.
    void readSimpleUrls(const XmlElement& parent);
    void readVersions(const XmlElement& element, ServiceDef& service);

    // Get-CsTopology -AsXml: flat Sites, Clusters and Services that refer to
    // each other by SiteId/Number and SiteId/RoleName/Instance.
    void readPublished(const XmlElement& root);

    // A Topology Builder site: its clusters and services, and the branch
    // sites it holds.
    void readBuilderSite(const XmlElement& element, bool central, const std::string& centralKey);

    // A Topology Builder file: NewTopology/PartialTopology with central sites
    // that hold clusters and services referring to each other by GUID.
    void readBuilder(const XmlElement& root);

    // Every reference resolved: a store on a SQL Server instance moves to
    // the instance's cluster. A modelled service on a cluster the file lacks
    // or an edge depending on a service it lacks is an error; any other
    // missing reference a warning, and the reference is dropped.
    void checkReferences();

    TopologyFile& m_file;
    Diagnostics& m_diagnostics;
    std::map<std::string, const XmlElement*> m_guids;        // lower-cased UniqueId -> where first
    std::map<std::string, size_t> m_siteIndex;                              // by key
    std::map<std::string, std::pair<std::string, std::string>> m_sqlInstances; // lower-cased UniqueId -> (cluster, name)
    std::vector<const XmlElement*> m_serviceLists;                          // Topology Builder <Services>
};

} // namespace edgeplan::lync
