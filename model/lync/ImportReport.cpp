#include "lync/Importer.h"

#include "text/AsciiText.h"

#include <nlohmann/json.hpp>

namespace edgeplan::lync {

void Importer::reportVersion(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
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

void Importer::countUnmodelled(const Cluster& cluster, const std::vector<const ServiceDef*>& services)
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

void Importer::reportUnmodelled()
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

void Importer::reportSites()
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

std::string Importer::placeOf(const Cluster& cluster, const ServiceDef& service) const
{
    if (!service.onSqlInstance)
        return describe(cluster);
    return describe(cluster) + (service.sqlInstance.empty() ? " (default SQL Server instance)" : "\\" + service.sqlInstance);
}

void Importer::keepNotes(Component& component, const Cluster& cluster, const std::vector<const ServiceDef*>& services,
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

} // namespace edgeplan::lync
