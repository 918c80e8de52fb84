#include "import/TopologyImport.h"

#include "base/DnsName.h"
#include "import/TopologyFile.h"
#include "io/ProjectFile.h"
#include "io/XmlTree.h"
#include "plan/Generator.h"
#include "text/AsciiText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace edgeplan {

namespace {

constexpr double kTop = 120;
constexpr double kRowHeight = 120;
constexpr double kMemberHeight = 100;
constexpr double kPoolGap = 140;
constexpr double kSiteGap = 100; // between two sites' bands
constexpr double kGrid = 20;

// The edge's external services, by the component that owns their ports.
// Each listens for clients on one external port (443 unless moved, as a
// single-address edge does): the one of its protocol.
struct EdgeService
{
    const char* owner;
    const char* interfaceId;
    const char* label;
    const char* clientProtocol;
};
constexpr EdgeService kEdgeServices[] = {
    {"urn:component:AccessEdge", "access-edge", "Access Edge", "Tls"},
    {"urn:component:DataEdge", "webconf-edge", "Web Conferencing Edge", "Tls"},
    {"urn:component:MediaRelayEdge", "av-edge", "A/V Edge", "Tcp"},
};

// The services a front-end pool runs besides its Registrar and UserServices:
// part of the pool, nothing the plan needs to say.
const std::set<std::string> kFrontEndServices = {"Registrar",         "UserServices",      "WebServices",
                                                  "ConfServices",      "ConferencingServer", "ApplicationServer",
                                                  "CentralMgmt",       "CentralManagement", "MediaServer",
                                                  "ManagementServices"};
// The services every edge runs besides EdgeServer (the replication of the
// Central Management store).
const std::set<std::string> kEdgeServicesKnown = {"EdgeServer", "ManagementServices"};
const std::set<std::string> kDirectorServices = {"Registrar", "WebServices"};
const std::set<std::string> kBranchServices = {"Registrar", "MediationServer", "PstnGateway"};

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
constexpr ProductVersion kProductVersions[] = {
    {6, "Lync Server 2013", "lync2013-edge"},
    {7, "Skype for Business Server 2015", "sfb2015-edge"},
    {8, "Skype for Business Server 2019", "sfb2019-edge"},
};

const ProductVersion* productOf(int serviceVersion)
{
    for (const ProductVersion& version : kProductVersions)
        if (version.serviceVersion == serviceVersion)
            return &version;
    return nullptr;
}

std::string firstLabel(const std::string& fqdn)
{
    return fqdn.substr(0, fqdn.find('.'));
}

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

using lync::Cluster;
using lync::Dependency;
using lync::Machine;
using lync::NetIf;
using lync::PortDef;
using lync::ServiceDef;

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

    void run(const std::string& bytes)
    {
        const auto root = parseXml(bytes, m_result.diagnostics);
        if (!root)
            return;
        m_rootElement = root.get();
        const lync::TopologyFile file = lync::readTopologyFile(*root, m_result.diagnostics);
        if (!m_result.diagnostics.empty())
            return;
        m_result.report.insert(m_result.report.end(), file.warnings.begin(), file.warnings.end());
        m_result.report.insert(m_result.report.end(), file.sqlNotes.begin(), file.sqlNotes.end());
        m_file = &file;
        chooseCatalog();
        m_topology = std::make_unique<Topology>(m_catalog);
        for (const ServiceDef& service : file.services)
            if (!service.cluster.empty())
                m_servicesByCluster[service.cluster].push_back(&service);
        build();
        m_file = nullptr;
        if (m_result.diagnostics.empty())
            m_result.topology = std::move(m_topology);
    }

private:
    void error(const XmlElement& at, const std::string& code, const std::string& message,
               std::vector<std::string> args = {})
    {
        m_result.diagnostics.push_back({code, at.where(), std::move(args), message});
    }

    void note(const std::string& code, std::vector<std::string> args, const std::string& english)
    {
        m_result.report.push_back({code, {}, std::move(args), english});
    }

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
        component.name = uniqueName(component.name);
        const RoleDef* role = m_catalog->role(component.role);
        if (!role) {
            error(at, "component.unknown-role", "unknown role \"" + component.role + "\"", {component.role});
            return {};
        }
        component.zone = role->defaultZone;
        component.site = m_site;
        if (!apply(at, [&] { m_topology->insertComponent(component); }))
            return {};
        if (!component.fqdn.empty() && component.fqdn.find('.') == std::string::npos)
            m_result.report.push_back(
                {"import.single-label", at.where(), {component.name, component.fqdn},
                 "the " + role->name.en + " " + component.name + " is named " + component.fqdn +
                     ", a name of one label: its DNS records and certificates need the full name"});
        return component.id;
    }

    // Topology::uniqueName looks at every component; a topology may hold
    // thousands, so the names taken are kept here.
    std::string uniqueName(const std::string& base)
    {
        if (m_names.insert(base).second)
            return base;
        for (int n = 2;; ++n)
            if (std::string candidate = base + " " + std::to_string(n); m_names.insert(candidate).second)
                return candidate;
    }

    std::vector<const ServiceDef*> servicesOn(const Cluster& cluster) const
    {
        const auto it = m_servicesByCluster.find(cluster.key);
        return it == m_servicesByCluster.end() ? std::vector<const ServiceDef*>() : it->second;
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
        if (!m_file->domains.empty()) {
            ProjectNaming naming;
            for (const std::string& domain : m_file->domains)
                naming.sipDomains.push_back(SipDomain{domain});
            simpleUrls(naming);
            apply(*m_rootElement, [&] { m_topology->setNaming(naming); });
        }
        std::string sites;
        for (const lync::Site& site : m_file->sites)
            if (site.central)
                sites += (sites.empty() ? "" : ", ") + site.name;
        apply(*m_rootElement,
              [&] { m_topology->setName(sites.empty() ? "Imported topology" : "Imported topology (" + sites + ")"); });
        // A plan of several sites says on each component which one it is of.
        std::set<std::string> siteKeys;
        for (const Cluster& cluster : m_file->clusters)
            if (!servicesOn(cluster).empty())
                siteKeys.insert(cluster.siteKey);
        m_severalSites = siteKeys.size() > 1;
        for (const Cluster& cluster : m_file->clusters) {
            const auto services = servicesOn(cluster);
            m_site = m_severalSites ? siteLabel(cluster.siteKey) : std::string();
            const bool modelled = std::any_of(services.begin(), services.end(),
                                              [](const ServiceDef* s) { return lync::isModelledRole(s->role); });
            if (modelled && !checkMachines(cluster))
                continue;
            if (runs(services, "EdgeServer"))
                buildEdge(cluster, services);
            else if (runs(services, "UserServices"))
                buildFrontEnd(cluster, services);
            else if (runs(services, "Registrar") && inBranch(cluster))
                buildServers(cluster, services, "branch-appliance", kBranchServices, "branch appliance");
            else if (runs(services, "Registrar"))
                buildServers(cluster, services, "director", kDirectorServices, "director");
            else if (runs(services, "WacServer") || runs(services, "WacService"))
                buildServers(cluster, services, "office-web-apps", {"WacServer", "WacService"},
                             "Office Web Apps server");
            else
                countUnmodelled(cluster, services);
            reportVersion(cluster, services);
        }
        m_site.clear();
        if (!m_result.diagnostics.empty())
            return;
        reportUnmodelled();
        reportSites();
        linkDependencies();
        addEdgeNeighbours();
        setScenarios();
        layOut();
    }

    // The product of the edges (else of the front ends), the newest when
    // they differ: its catalog when there is one to choose.
    void chooseCatalog()
    {
        const ProductVersion* newest = nullptr;
        int newestVersion = 0;
        for (const char* role : {"EdgeServer", "UserServices"}) {
            for (const ServiceDef& service : m_file->services)
                if (service.role == role)
                    if (const ProductVersion* product = productOf(service.serviceVersion);
                        product && (!newest || product->serviceVersion > newest->serviceVersion)) {
                        newest = product;
                        newestVersion = service.serviceVersion;
                    }
            if (newest)
                break;
        }
        if (!newest || newest->catalog == m_catalog->id || !m_choices)
            return;
        if (std::shared_ptr<const Catalog> chosen = m_choices->find(newest->catalog)) {
            note("import.catalog-chosen", {chosen->id, newest->product, std::to_string(newestVersion)},
                 "drawn with the catalog " + chosen->id + ": the topology runs " + newest->product +
                     " (ServiceVersion " + std::to_string(newestVersion) + ")");
            m_catalog = std::move(chosen);
        }
    }

    const lync::Site* siteOf(const std::string& key) const
    {
        for (const lync::Site& site : m_file->sites)
            if (site.key == key)
                return &site;
        return nullptr;
    }

    std::string siteLabel(const std::string& key) const
    {
        const lync::Site* site = siteOf(key);
        return site ? site->name : key;
    }

    bool inBranch(const Cluster& cluster) const
    {
        const lync::Site* site = siteOf(cluster.siteKey);
        return site && !site->central;
    }

    // A cluster the plan is drawn from needs a machine, and every machine a name.
    bool checkMachines(const Cluster& cluster)
    {
        if (cluster.machines.empty()) {
            error(*cluster.element, "import.empty-cluster", "the cluster " + describe(cluster) + " has no machine",
                  {describe(cluster)});
            return false;
        }
        for (const Machine& machine : cluster.machines)
            if (machine.fqdn.empty()) {
                error(*machine.element, "import.missing-attribute", "<Machine> has no Fqdn, nor has its cluster",
                      {"Machine", "Fqdn"});
                return false;
            }
        return true;
    }

    static std::string urlHost(const std::string& url)
    {
        size_t begin = url.find("://");
        begin = begin == std::string::npos ? 0 : begin + 3;
        const size_t end = url.find_first_of(":/?#", begin);
        return url.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    }

    // The meeting and dial-in simple URLs become the project's meet and
    // dialin names: the default domain's, else the one for every domain.
    void simpleUrls(ProjectNaming& naming)
    {
        const std::string defaultDomain = m_file->domains.front();
        for (const auto& [component, nameId] : {std::pair{"Meet", "meet"}, std::pair{"Dialin", "dialin"}}) {
            const lync::SimpleUrl* chosen = nullptr;
            int kept = 0;
            for (const lync::SimpleUrl& url : m_file->simpleUrls) {
                if (!equalNoCase(url.component, component))
                    continue;
                ++kept;
                if (!chosen || equalNoCase(url.domain, defaultDomain))
                    chosen = &url;
            }
            if (!chosen)
                continue;
            const std::string host = urlHost(chosen->url);
            if (host.empty() || !isDnsName(host)) {
                m_result.report.push_back({"import.simple-url-unreadable", chosen->element->where(), {chosen->url},
                                           "the simple URL " + chosen->url + " names no host: it is left out"});
                continue;
            }
            naming.names[nameId] = host;
            note("import.simple-url", {component, host, chosen->url},
                 "the " + std::string(component) + " simple URL " + chosen->url + " gives the name " + host);
            if (kept > 1)
                note("import.simple-url-others", {component, std::to_string(kept - 1)},
                     "kept the " + std::string(component) + " simple URL of the default domain; " +
                         std::to_string(kept - 1) + " more are not modelled");
        }
    }

    // Which product the cluster's services run, by ServiceVersion.
    void reportVersion(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
    {
        const auto placed = m_placed.find(cluster.key);
        if (placed == m_placed.end() || placed->second.tops.empty())
            return;
        std::set<int> versions;
        for (const ServiceDef* service : services)
            if (lync::isModelledRole(service->role) || kFrontEndServices.count(service->role))
                versions.insert(service->serviceVersion);
        const std::string name = m_topology->component(placed->second.tops.front())->name;
        for (const int version : versions) {
            const ProductVersion* product = productOf(version);
            if (version == 0) {
                note("import.version-none", {name},
                     "the version of " + name + " is not given: it is drawn with the Lync Server 2013 rules");
            } else if (!product) {
                note("import.version-unknown", {name, std::to_string(version)},
                     name + " has ServiceVersion " + std::to_string(version) +
                         ", which this importer does not know: its product is unknown, and it is drawn with the "
                         "Lync Server 2013 rules");
            } else {
                note("import.version", {name, product->product, std::to_string(version)},
                     name + " runs " + product->product + " (ServiceVersion " + std::to_string(version) + ")");
                if (std::string(product->catalog) != m_catalog->id)
                    m_otherCatalog.insert(product->product);
            }
        }
    }

    // Clusters of no modelled role, counted by the roles they run.
    void countUnmodelled(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
    {
        if (services.empty()) {
            m_unmodelled[""].push_back(describe(cluster));
            return;
        }
        std::set<std::string> seen;
        for (const ServiceDef* service : services) {
            const std::string where = placeOf(cluster, *service);
            if (seen.insert(service->role + "\n" + where).second)
                m_unmodelled[service->role].push_back(where);
        }
    }

    void reportUnmodelled()
    {
        for (const auto& [role, places] : m_unmodelled) {
            std::string list;
            for (const std::string& place : places)
                list += (list.empty() ? "" : ", ") + place;
            const std::string count = std::to_string(places.size());
            if (role.empty())
                note("import.not-modelled-idle", {count, list},
                     "not modelled: " + count + (places.size() == 1 ? " cluster" : " clusters") +
                         " that run no service: " + list);
            else
                note("import.not-modelled-role", {role, count, list},
                     "not modelled: " + role + " on " + count + (places.size() == 1 ? " cluster: " : " clusters: ") +
                         list);
        }
        for (const std::string& product : m_otherCatalog)
            note("import.catalog-fallback", {product, m_catalog->id},
                 "no catalog for " + product + " yet: its pools are drawn with the rules of " + m_catalog->id);
    }

    void reportSites()
    {
        for (const lync::Site& site : m_file->sites) {
            const std::string kind = site.central ? "central site" : "branch site";
            if (site.location.empty())
                note(site.central ? "import.site-central" : "import.site-branch", {site.name},
                     "the " + kind + " " + site.name);
            else
                note(site.central ? "import.site-central-location" : "import.site-branch-location",
                     {site.name, site.location}, "the " + kind + " " + site.name + " (" + site.location + ")");
        }
    }

    // The cluster, or its SQL Server instance for a store (sql01.contoso.com\rtc).
    std::string placeOf(const Cluster& cluster, const ServiceDef& service) const
    {
        if (!service.onSqlInstance)
            return describe(cluster);
        return describe(cluster) + (service.sqlInstance.empty() ? " (default SQL Server instance)" : "\\" + service.sqlInstance);
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
            const std::string place = placeOf(cluster, *service);
            notes.push_back(service->role + " service on " + place + " (not modelled)");
            note("import.kept-note", {component.name, service->role, place},
                 "kept as a note on " + component.name + ": the " + service->role + " service on " + place +
                     " (not modelled)");
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
                note("import.no-external-port", {describe(cluster), def.label, def.interfaceId},
                     "the edge " + describe(cluster) + " has no external " + def.label + " port: its " +
                         def.interfaceId + " interface is left without an address");
                continue;
            }
            Binding binding{def.interfaceId, "External", ports.front()->number, {}, 0, ports.front()->element};
            const PortDef* client = nullptr;
            for (const PortDef* port : ports) {
                if (binding.fqdn.empty())
                    binding.fqdn = port->configuredFqdn;
                if (!client && equalNoCase(port->protocol, def.clientProtocol))
                    client = port;
            }
            // The port clients reach: ConfiguredPort where Topology Builder
            // wrote one, else Port.
            const int listening = client ? (client->configuredPort != 0 ? client->configuredPort : client->port) : 0;
            if (listening != 0 && listening != 443) {
                binding.port = listening;
                note("import.moved-port", {def.label, describe(cluster), std::to_string(listening)},
                     "the " + std::string(def.label) + " service of " + describe(cluster) + " listens on port " +
                         std::to_string(listening) + " instead of 443");
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
            // A machine listening on every address (0.0.0.0) behind NAT: the
            // topology gives the public address and not the private one.
            std::vector<std::string> unaddressed;
            for (const Binding& binding : bindings) {
                const NetIf* netIf = machine.find(binding.side, binding.number);
                if (!netIf) {
                    error(*machine.element, "import.missing-interface",
                          "the machine " + machine.fqdn + " has no " + binding.side + " interface " +
                              std::to_string(binding.number) + ", which the edge's port at line " +
                              std::to_string(binding.element->line) + " uses",
                          {machine.fqdn, binding.side, std::to_string(binding.number),
                           std::to_string(binding.element->line)});
                    continue;
                }
                addressFrom(component.interfaces[binding.interfaceId], *netIf);
                component.interfaces[binding.interfaceId].port = binding.port;
                if (netIf->address.empty() && !netIf->configured.empty() &&
                    std::find(unaddressed.begin(), unaddressed.end(), binding.interfaceId) == unaddressed.end())
                    unaddressed.push_back(binding.interfaceId);
            }
            if (!unaddressed.empty()) {
                std::string list;
                for (const std::string& id : unaddressed)
                    list += (list.empty() ? "" : ", ") + id;
                m_result.report.push_back(
                    {"import.nat-no-address", machine.element->where(), {firstLabel(machine.fqdn), list},
                     "the edge " + firstLabel(machine.fqdn) + " listens on every address (0.0.0.0) behind NAT on " +
                         list + ": the topology has its public address only, so give its private address in the "
                         "inspector"});
            }
        };

        const bool pool = cluster.machines.size() > 1;
        const bool hlb = cluster.hardwareLoadBalanced || !cluster.vips.interfaces.empty();
        const std::string variant = pool ? (hlb ? "scaled-hlb" : "scaled-dns") : "single";
        if (m_variant.empty())
            m_variant = variant;
        else if (m_variant != variant)
            note("import.variant-kept", {describe(cluster), variant, m_variant},
                 "the edge " + describe(cluster) + " is deployed as " + variant + "; the plan keeps " + m_variant);

        Component top;
        top.role = pool ? "edge-pool" : "edge-server";
        const Machine& first = cluster.machines.front();
        top.fqdn = pool ? cluster.fqdn : first.fqdn;
        top.name = firstLabel(top.fqdn);
        if (!m_file->domains.empty())
            top.properties[kSipDomainProperty] = m_file->domains.front();
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
        keepNotes(top, cluster, services, kEdgeServicesKnown);
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
            const std::string count = std::to_string(cluster.machines.size());
            note("import.created-edge-pool", {top.name, top.fqdn, count, names},
                 "created the edge pool " + top.name + " (" + top.fqdn + ") of " + count + " edge servers: " + names);
        } else {
            note("import.created-edge-server", {top.name, top.fqdn},
                 "created the edge server " + top.name + " (" + top.fqdn + ")");
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
        pool.properties["cms"] =
            runs(services, "CentralMgmt") || runs(services, "CentralManagement") ? "true" : "false";
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
        const std::string count = std::to_string(cluster.machines.size());
        const std::string english = "created the front-end pool " + pool.name + " (" + pool.fqdn + ")" +
                                    (several ? " of " + count + " front-end servers: " + names : "");
        if (several)
            note("import.created-front-end-pool", {pool.name, pool.fqdn, count, names}, english);
        else
            note("import.created-front-end-pool", {pool.name, pool.fqdn}, english);
        if (xmppGateway)
            note("import.xmpp-gateway", {pool.name}, "the front-end pool " + pool.name + " has the XMPP gateway");
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
            // A code per role, so that the Japanese report names the role in Japanese.
            note("import.created-" + std::string(role), {m_topology->component(id)->name, machine.fqdn},
                 "created the " + std::string(label) + " " + m_topology->component(id)->name + " (" +
                     machine.fqdn + ")");
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
        for (const ServiceDef& service : m_file->services) {
            const auto from = m_placed.find(service.cluster);
            if (from == m_placed.end())
                continue;
            for (const Dependency& dependency : service.dependsOn) {
                const auto to = m_placed.find(m_file->services[m_file->serviceIndex.at(dependency.key)].cluster);
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
            if (std::string(role) == "any-host")
                note("import.added-any-host", {}, "added an \"Any\" Internet host, linked to the edge");
            else
                note("import.added-internal-clients", {}, "added the internal clients, linked to the edge");
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
        if (list.empty())
            note("import.no-scenarios", {}, "scenarios: none");
        else
            note("import.scenarios", {list}, "scenarios: " + list);
        if (!m_variant.empty())
            note("import.variant", {m_variant}, "variant: " + m_variant);
        if (m_nat)
            note("import.nat", {}, "NAT: the public addresses are the ConfiguredIPAddress values");
    }

    // Each zone a column down its band: a pool with its members below it,
    // then the next component, never overlapping. A plan of several sites
    // stacks them: the Internet hosts and clients first, then one band per
    // site (in the file's order) across the zone columns, each starting below
    // the last one's lowest component.
    void layOut()
    {
        std::vector<double> centres;
        for (const ZoneBand& band : zoneBands(*m_catalog))
            centres.push_back(snap(band.centre()));
        auto stack = [&](const std::vector<ComponentId>& order, double top) {
            std::map<int, double> cursor;
            double bottom = top;
            for (ComponentId id : order) {
                const Component* component = m_topology->component(id);
                const int zone = std::max(0, m_catalog->zoneIndex(component->zone));
                double& y = cursor.emplace(zone, top).first->second;
                m_topology->setComponentPosition(id, {centres[size_t(zone)], snap(y)});
                const auto members = m_topology->members(id);
                double below = y;
                for (ComponentId member : members) {
                    below += kMemberHeight;
                    m_topology->setComponentPosition(member, {centres[size_t(zone)], snap(below)});
                }
                bottom = std::max(bottom, below);
                y = members.empty() ? y + kRowHeight : below + kPoolGap;
            }
            return bottom;
        };
        auto topsOf = [&](const Cluster& cluster, std::vector<ComponentId>& order) {
            if (const auto it = m_placed.find(cluster.key); it != m_placed.end())
                order.insert(order.end(), it->second.tops.begin(), it->second.tops.end());
        };
        if (!m_severalSites) {
            std::vector<ComponentId> order;
            for (const Cluster& cluster : m_file->clusters)
                topsOf(cluster, order);
            order.insert(order.end(), m_neighbours.begin(), m_neighbours.end());
            stack(order, kTop);
            return;
        }
        double y = m_neighbours.empty() ? kTop - kSiteGap : stack(m_neighbours, kTop);
        for (const lync::Site& site : m_file->sites) {
            std::vector<ComponentId> order;
            for (const Cluster& cluster : m_file->clusters)
                if (cluster.siteKey == site.key)
                    topsOf(cluster, order);
            if (!order.empty())
                y = stack(order, y + kSiteGap + kRowHeight / 2);
        }
    }

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

} // namespace

ImportResult importTopology(const std::string& bytes, std::shared_ptr<const Catalog> catalog,
                            const CatalogRegistry* choices)
{
    ImportResult result;
    if (!catalog) {
        result.diagnostics.push_back({"import.catalog", "", {}, "no catalog to import into"});
        return result;
    }
    Importer(result, std::move(catalog), choices).run(bytes);
    if (!result.diagnostics.empty()) {
        result.topology.reset();
        result.report.clear();
    }
    return result;
}

} // namespace edgeplan
