#include "lync/TopologyImport.h"

#include "base/DnsName.h"
#include "lync/Importer.h"
#include "text/AsciiText.h"

#include <algorithm>

namespace edgeplan::lync {

namespace {

const std::set<std::string> kDirectorServices = {"Registrar", "WebServices"};
const std::set<std::string> kBranchServices = {"Registrar", "MediationServer", "PstnGateway"};

} // namespace

void Importer::run(const std::string& bytes)
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

void Importer::error(const XmlElement& at, const std::string& code, const std::string& message,
                     std::vector<std::string> args)
{
    m_result.diagnostics.push_back({code, at.where(), std::move(args), message});
}

void Importer::note(const std::string& code, std::vector<std::string> args, const std::string& english)
{
    m_result.report.push_back({code, {}, std::move(args), english});
}

ComponentId Importer::insert(Component component, const XmlElement& at)
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

std::string Importer::uniqueName(const std::string& base)
{
    if (m_names.insert(base).second)
        return base;
    for (int n = 2;; ++n)
        if (std::string candidate = base + " " + std::to_string(n); m_names.insert(candidate).second)
            return candidate;
}

std::vector<const ServiceDef*> Importer::servicesOn(const Cluster& cluster) const
{
    const auto it = m_servicesByCluster.find(cluster.key);
    return it == m_servicesByCluster.end() ? std::vector<const ServiceDef*>() : it->second;
}

bool Importer::runs(const std::vector<const ServiceDef*>& services, const std::string& role)
{
    return std::any_of(services.begin(), services.end(), [&](const ServiceDef* s) { return s->role == role; });
}

std::string Importer::describe(const Cluster& cluster) const
{
    return cluster.fqdn.empty() ? cluster.key : cluster.fqdn;
}

void Importer::build()
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

void Importer::chooseCatalog()
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

const lync::Site* Importer::siteOf(const std::string& key) const
{
    for (const lync::Site& site : m_file->sites)
        if (site.key == key)
            return &site;
    return nullptr;
}

std::string Importer::siteLabel(const std::string& key) const
{
    const lync::Site* site = siteOf(key);
    return site ? site->name : key;
}

bool Importer::inBranch(const Cluster& cluster) const
{
    const lync::Site* site = siteOf(cluster.siteKey);
    return site && !site->central;
}

bool Importer::checkMachines(const Cluster& cluster)
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

std::string Importer::urlHost(const std::string& url)
{
    size_t begin = url.find("://");
    begin = begin == std::string::npos ? 0 : begin + 3;
    const size_t end = url.find_first_of(":/?#", begin);
    return url.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

void Importer::simpleUrls(ProjectNaming& naming)
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

void Importer::link(ComponentId a, ComponentId b)
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

void Importer::linkDependencies()
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

void Importer::addEdgeNeighbours()
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

void Importer::setScenarios()
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

} // namespace edgeplan::lync

namespace edgeplan {

ImportResult importTopology(const std::string& bytes, std::shared_ptr<const Catalog> catalog,
                            const CatalogRegistry* choices)
{
    ImportResult result;
    if (!catalog) {
        result.diagnostics.push_back({"import.catalog", "", {}, "no catalog to import into"});
        return result;
    }
    lync::Importer(result, std::move(catalog), choices).run(bytes);
    if (!result.diagnostics.empty()) {
        result.topology.reset();
        result.report.clear();
    }
    return result;
}

} // namespace edgeplan
