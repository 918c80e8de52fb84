#pragma once

#include "Diagnostic.h"
#include "XmlTree.h"

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
    std::vector<std::string> siteNames;
};

// Reads a parsed Topology Builder file (root TopologyBuilder) or published
// topology (root Topology), checking every reference, GUID and value; each
// problem is a diagnostic naming its element.
TopologyFile readTopologyFile(const XmlElement& root, Diagnostics& diagnostics);

} // namespace edgeplan::lync
