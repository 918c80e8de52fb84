#pragma once

// The importer of a topology file (lync/TopologyFile) into a plan, in one
// class: the plan's catalog, components, links and scenarios
// (TopologyImport.cpp), the machines, ports and pools that become components
// (ImportedServers.cpp), the report of what was made and what was left
// (ImportReport.cpp), and where the components stand (ImportLayout.cpp).

#include "catalog/CatalogRegistry.h"
#include "io/XmlTree.h"
#include "lync/TopologyFile.h"
#include "lync/TopologyImport.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace edgeplan::lync {

// The services a front-end pool runs besides its Registrar and UserServices:
// part of the pool, nothing the plan needs to say.
inline const std::set<std::string> kFrontEndServices = {"Registrar",         "UserServices",      "WebServices",
                                                         "ConfServices",      "ConferencingServer", "ApplicationServer",
                                                         "CentralMgmt",       "CentralManagement", "MediaServer",
                                                         "ManagementServices"};

// The products a service's ServiceVersion names, as Topology Builder and
// Get-CsTopology write it: 6 in Lync Server 2013 files, 7 in Skype for
// Business Server 2015 files, 8 in 2019 files (public lab topologies of each
// product; no Microsoft page lists the numbers). No Lync Server 2010 file was
// found, so 5 is not taken for it: any number not listed is reported as
// unknown, not guessed.
struct ProductVersion
{
    int serviceVersion;
    const char* product;
    const char* catalog; // the catalog drawn for it; lync2013-edge until a later one exists
};
inline constexpr ProductVersion kProductVersions[] = {
    {6, "Lync Server 2013", "lync2013-edge"},
    {7, "Skype for Business Server 2015", "sfb2015-edge"},
    {8, "Skype for Business Server 2019", "sfb2019-edge"},
};

inline const ProductVersion* productOf(int serviceVersion)
{
    for (const ProductVersion& version : kProductVersions)
        if (version.serviceVersion == serviceVersion)
            return &version;
    return nullptr;
}

// What a cluster became in the plan.
struct Placed
{
    std::vector<ComponentId> tops; // the pool or the servers that stand alone
    std::vector<ComponentId> members;
};

class Importer
{
public:
    Importer(ImportResult& result, std::shared_ptr<const Catalog> catalog, const CatalogRegistry* choices)
        : m_result(result), m_catalog(std::move(catalog)), m_choices(choices)
    {
    }

    void run(const std::string& bytes);

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {});
    void note(const std::string& code, std::vector<std::string> args, const std::string& english);

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

    ComponentId insert(Component component, const XmlElement& at);

    // Topology::uniqueName looks at every component; a topology may hold
    // thousands, so the names taken are kept here.
    std::string uniqueName(const std::string& base);
    std::vector<const ServiceDef*> servicesOn(const Cluster& cluster) const;
    static bool runs(const std::vector<const ServiceDef*>& services, const std::string& role);
    std::string describe(const Cluster& cluster) const;
    void build();

    // The product of the edges (else of the front ends), the newest when
    // they differ: its catalog when there is one to choose.
    void chooseCatalog();
    const lync::Site* siteOf(const std::string& key) const;
    std::string siteLabel(const std::string& key) const;
    bool inBranch(const Cluster& cluster) const;

    // A cluster the plan is drawn from needs a machine, and every machine a name.
    bool checkMachines(const Cluster& cluster);
    static std::string urlHost(const std::string& url);

    // The meeting and dial-in simple URLs become the project's meet and
    // dialin names: the default domain's, else the one for every domain.
    void simpleUrls(ProjectNaming& naming);

    // Which product the cluster's services run, by ServiceVersion.
    void reportVersion(const Cluster& cluster, const std::vector<const ServiceDef*>& services);

    // Clusters of no modelled role, counted by the roles they run.
    void countUnmodelled(const Cluster& cluster, const std::vector<const ServiceDef*>& services);
    void reportUnmodelled();
    void reportSites();

    // The cluster, or its SQL Server instance for a store (sql01.contoso.com\rtc).
    std::string placeOf(const Cluster& cluster, const ServiceDef& service) const;

    // Services of a modelled cluster that the plan has no place for: a note
    // on the component, kept in the file, and a line of the report.
    void keepNotes(Component& component, const Cluster& cluster, const std::vector<const ServiceDef*>& services,
                   const std::set<std::string>& known);
    void addressFrom(InterfaceAddress& target, const NetIf& netIf);

    // The external ports of the edge service `owner`.
    static std::vector<const PortDef*> externalPorts(const ServiceDef& service, const char* owner);
    void buildEdge(const Cluster& cluster, const std::vector<const ServiceDef*>& services);
    std::string primaryAddress(const Machine& machine);
    void buildFrontEnd(const Cluster& cluster, const std::vector<const ServiceDef*>& services);

    // One component per machine (directors, Office Web Apps servers).
    void buildServers(const Cluster& cluster, const std::vector<const ServiceDef*>& services, const char* role,
                      const std::set<std::string>& known, const char* label);
    void link(ComponentId a, ComponentId b);
    void linkDependencies();
    void addEdgeNeighbours();
    void setScenarios();

    // Each zone a column down its band: a pool with its members below it,
    // then the next component, never overlapping. A plan of several sites
    // stacks them: the Internet hosts and clients first, then one band per
    // site (in the file's order) across the zone columns, each starting below
    // the last one's lowest component.
    void layOut();

    ImportResult& m_result;
    std::shared_ptr<const Catalog> m_catalog;
    const CatalogRegistry* m_choices = nullptr;
    std::unique_ptr<Topology> m_topology;
    // The parsed file and what it says: both live while run() does.
    const XmlElement* m_rootElement = nullptr;
    const lync::TopologyFile* m_file = nullptr;
    std::map<std::string, Placed> m_placed;                   // by cluster key
    std::map<std::string, std::vector<const ServiceDef*>> m_servicesByCluster; // while run() does
    std::set<std::string> m_names;                            // of the components inserted
    std::vector<ComponentId> m_edges;
    std::vector<ComponentId> m_neighbours;
    std::map<std::string, std::vector<std::string>> m_unmodelled; // role -> where
    std::set<std::string> m_otherCatalog;                           // products drawn with this catalog's rules
    std::string m_site;                                             // of the components being made
    bool m_severalSites = false;
    std::string m_variant;
    bool m_nat = false;
    bool m_sipFederation = false;
    bool m_xmpp = false;
};

} // namespace edgeplan::lync
