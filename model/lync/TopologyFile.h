#pragma once

#include "base/Diagnostic.h"
#include "io/XmlTree.h"

#include <map>
#include <string>
#include <vector>

// A Lync Server topology as its file says it, in either layout Microsoft's
// tools write, before it becomes a plan (TopologyImport builds that). The
// elements it points to belong to the parsed file, which must outlive it.
namespace edgeplan::lync {

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

    // The interface of the side (compared without case) and number, or null.
    const NetIf* find(const std::string& side, int number) const;
};

struct Cluster
{
    std::string key;
    std::string fqdn;
    std::string site;    // the site's name (its id when it has none)
    std::string siteKey; // the site's key in TopologyFile::sites
    bool hardwareLoadBalanced = false;
    Machine vips; // the cluster's own NetInterface elements
    std::vector<Machine> machines;
    std::vector<std::string> sqlInstances; // the names of its SQL Server instances ("" for the default)
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
    std::string cluster;                         // empty when the file lacks it (a warning says so)
    bool onSqlInstance = false;                  // installed on a SQL Server instance of the cluster
    std::string sqlInstance;                     // that instance's name ("" for the default)
    int serviceVersion = 0;                      // ServiceVersion; 0 when absent or unreadable
    int roleVersion = 0;                         // RoleVersion; 0 when absent or unreadable
    const XmlElement* clusterElement = nullptr; // where InstalledOn is written
    std::vector<Dependency> dependsOn;
    std::vector<PortDef> ports;
    const XmlElement* element = nullptr;
};

struct Site
{
    std::string key;  // SiteId or UniqueId
    std::string name; // its Name, else its key
    bool central = true;
    std::string centralKey; // a branch site's central site
    std::string location;   // "City, State, CountryCode" from <Location>, when given
    const XmlElement* element = nullptr;
};

// A simple URL of the topology (<SimpleUrlConfiguration>): its component
// (Meet, Dialin, Cscp), its domain ("*" for every domain) and its URL.
struct SimpleUrl
{
    std::string component;
    std::string domain;
    std::string url;
    const XmlElement* element = nullptr;
};

// Clusters and services by key: a Topology Builder file's lower-cased
// UniqueId, or a published topology's "site S, cluster N" and
// "S-RoleName-Instance".
struct TopologyFile
{
    std::vector<Cluster> clusters;
    std::map<std::string, size_t> clusterIndex;
    std::vector<ServiceDef> services;
    std::map<std::string, size_t> serviceIndex;
    std::vector<std::string> domains; // the SIP domains, the default first
    std::vector<Site> sites;          // in the file's order, central sites and branch sites
    std::vector<SimpleUrl> simpleUrls;
    // What the file holds that is unusual but makes no wrong plan: elements
    // and attributes of other namespaces set aside, a service on a cluster
    // the file lacks, a dependency on a service it lacks, an unreadable
    // version. Each names its element.
    Diagnostics warnings;
    // What the SQL Server instances do that the plan does not model
    // (AlwaysOn, mirroring): report lines.
    Diagnostics sqlNotes;
};

// The roles a plan is drawn from: a service of one of these on a cluster the
// file lacks, or an edge depending on a service it lacks, is an error; any
// other service's missing reference is a warning.
bool isModelledRole(const std::string& role);

// Reads a parsed Topology Builder file (root TopologyBuilder) or published
// topology (root Topology), checking every reference, GUID and value; each
// problem that would make a wrong plan is a diagnostic naming its element,
// each that would not a warning in TopologyFile::warnings. Elements and
// attributes in a namespace other than Microsoft's topology namespaces are
// taken out of the tree first (one warning per name and namespace).
TopologyFile readTopologyFile(XmlElement& root, Diagnostics& diagnostics);

} // namespace edgeplan::lync
