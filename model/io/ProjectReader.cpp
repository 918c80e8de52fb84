#include "io/ProjectFile.h"

#include "base/Address.h"
#include "io/JsonReader.h"
#include "plan/DnsNameFields.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>

namespace edgeplan {

using nlohmann::json;

namespace {

constexpr double kMaxCoordinate = 1e8;
const std::string kMaxCoordinateText = "100000000";

class ProjectParser
{
public:
    ProjectParser(ProjectLoadResult& result, const CatalogRegistry& catalogs,
                  const ProjectLoadOptions& options)
        : m_result(result), m_reader(result.diagnostics), m_catalogs(catalogs), m_options(options)
    {
    }

    std::unique_ptr<Topology> parse(const std::string& bytes)
    {
        auto doc = m_reader.parse(bytes);
        if (!doc || !m_reader.expectObject(*doc, "/"))
            return nullptr;
        const json& root = *doc;
        const auto format = m_reader.string(root, "format", "");
        if (format && *format != "edgeplan") {
            m_reader.error("project.format", "/format",
                           "this is not an Edgeplan project (format \"" + *format + "\")", {*format});
            return nullptr;
        }
        const auto version = m_reader.integer(root, "version", "");
        if (version)
            m_result.version = int(std::clamp<long long>(*version, -1, 1 << 20));
        if (version && *version > kProjectFormatVersion && m_options.acceptNewerVersion) {
            m_result.newerVersion = true;
        } else if (version && (*version > kProjectFormatVersion || *version < 1)) {
            m_reader.error("project.version", "/version",
                           "the file has version " + std::to_string(*version) +
                               "; this build of Edgeplan reads version " +
                               std::to_string(kProjectFormatVersion) +
                               (*version > kProjectFormatVersion ? " (the file is newer)" : ""),
                           {std::to_string(*version), std::to_string(kProjectFormatVersion)});
            return nullptr;
        }
        const auto catalogId = m_reader.string(root, "catalog", "");
        if (!catalogId || !format || !version)
            return nullptr;
        const auto catalog = m_catalogs.find(*catalogId);
        if (!catalog) {
            m_reader.error("project.unknown-catalog", "/catalog",
                           "unknown catalog \"" + *catalogId + "\"", {*catalogId});
            return nullptr;
        }
        auto topology = std::make_unique<Topology>(catalog);
        apply("/name", [&] { topology->setName(m_reader.string(root, "name", "").value_or("")); });
        if (const auto author = m_reader.string(root, "author", "", false))
            apply("/author", [&] { topology->setAuthor(*author); });
        readSignOff(*topology, root);
        if (const json* scenarios = m_reader.array(root, "scenarios", "")) {
            const JsonPath scenariosPath("/scenarios");
            for (size_t i = 0; i < scenarios->size(); ++i) {
                const JsonPath where(scenariosPath, i);
                const json& item = (*scenarios)[i];
                if (!item.is_string()) {
                    m_reader.error("json.type", where, "expected a scenario id (a string)", {"a string"});
                    continue;
                }
                apply(where, [&] { topology->setScenarioEnabled(item.get<std::string>(), true); });
            }
        }
        if (const auto variant = m_reader.string(root, "variant", "", false))
            apply("/variant", [&] { topology->setVariant(*variant); });
        if (const auto nat = m_reader.boolean(root, "nat", "", false))
            topology->setNat(*nat);
        if (root.contains("naming"))
            readNaming(*topology, root["naming"]);
        const json* components = m_reader.array(root, "components", "");
        const json* links = m_reader.array(root, "links", "");
        const JsonPath componentsPath("/components");
        const JsonPath linksPath("/links");
        // Each item's JSON is freed as soon as it is read, while it is still
        // in the cache: freeing the whole tree afterwards costs almost as much
        // as parsing it.
        if (components) {
            json& list = (*doc)["components"];
            for (size_t i = 0; i < list.size(); ++i) {
                readComponent(*topology, list[i], JsonPath(componentsPath, i));
                list[i] = nullptr;
            }
        }
        // Pool membership once every component exists: a member may come
        // before its pool in the file.
        for (const auto& [member, pool] : m_pools) {
            if (!topology->component(member.first))
                continue;
            if (!topology->component(ComponentId{pool})) {
                if (!m_declaredComponents.count(pool))
                    m_reader.error("pool.missing", member.second,
                                   "the pool " + std::to_string(pool) + " does not exist",
                                   {std::to_string(pool)});
                continue;
            }
            // Named copies: clang does not let a lambda capture structured bindings.
            const ComponentId memberId = member.first;
            const ComponentId poolId{pool};
            apply(member.second, [&] { topology->setComponentPool(memberId, poolId); });
        }
        if (links) {
            json& list = (*doc)["links"];
            for (size_t i = 0; i < list.size(); ++i) {
                readLink(*topology, list[i], JsonPath(linksPath, i));
                list[i] = nullptr;
            }
        }
        topology->setExtraFields(extraFields(root, {"format", "version", "name", "author", "customer",
                                                    "revision", "changeNote", "catalog",
                                                    "scenarios", "variant", "nat", "naming", "components",
                                                    "links"}));
        return topology;
    }

private:
    // "customer", "revision", "changeNote": optional strings, empty when absent.
    void readSignOff(Topology& topology, const json& root)
    {
        const std::pair<const char*, std::string SignOff::*> fields[] = {
            {"customer", &SignOff::customer}, {"revision", &SignOff::revision}, {"changeNote", &SignOff::changeNote}};
        for (const auto& field : fields) {
            const char* key = field.first;
            std::string SignOff::*member = field.second;
            const auto text = m_reader.string(root, key, "", false);
            if (!text)
                continue;
            apply(std::string("/") + key, [&] {
                SignOff signOff = topology.signOff();
                signOff.*member = *text;
                topology.setSignOff(signOff);
            });
        }
    }

    // {"sipDomains": [{"name": "contoso.com", "federation": true, "xmpp": true}],
    //  "internalDomain": "contoso.net", "names": {"meet": "meet.contoso.com"}}
    void readNaming(Topology& topology, const json& value)
    {
        const JsonPath where("/naming");
        if (!m_reader.expectObject(value, where))
            return;
        ProjectNaming naming;
        bool ok = true;
        if (const json* domains = m_reader.array(value, "sipDomains", where, false)) {
            const JsonPath domainsPath(where, "sipDomains");
            for (size_t i = 0; i < domains->size(); ++i) {
                const JsonPath item(domainsPath, i);
                const json& entry = (*domains)[i];
                if (!m_reader.expectObject(entry, item)) {
                    ok = false;
                    continue;
                }
                SipDomain domain;
                const auto name = m_reader.string(entry, "name", item);
                ok = ok && name.has_value();
                domain.name = name.value_or("");
                domain.federation = m_reader.boolean(entry, "federation", item, false).value_or(true);
                domain.xmpp = m_reader.boolean(entry, "xmpp", item, false).value_or(true);
                naming.sipDomains.push_back(std::move(domain));
            }
        } else if (value.contains("sipDomains")) {
            ok = false;
        }
        if (const auto internal = m_reader.string(value, "internalDomain", where, false))
            naming.internalDomain = *internal;
        if (value.contains("names")) {
            const JsonPath namesPath(where, "names");
            const json& names = value["names"];
            if (m_reader.expectObject(names, namesPath)) {
                for (const auto& [key, item] : names.items()) {
                    if (!item.is_string()) {
                        m_reader.error("json.type", JsonPath(namesPath, key), "expected a name (a string)",
                                       {"a string"});
                        ok = false;
                        continue;
                    }
                    naming.names[key] = item.get<std::string>();
                }
            } else {
                ok = false;
            }
        }
        ok = ok && checkDnsNames(namingDnsNames(naming), where);
        if (ok)
            apply(where, [&] { topology.setNaming(std::move(naming)); });
    }

    // Each name checked at its own place, by the rule the model's edits use.
    bool checkDnsNames(const std::vector<DnsNameField>& fields, const JsonPath& where)
    {
        bool ok = true;
        for (const DnsNameField& field : fields) {
            const std::string pointer = where.str() + "/" + field.pointer;
            ok = apply(JsonPath(pointer), [&] { checkDnsName(field.what, field.value); }) && ok;
        }
        return ok;
    }

    template <typename F>
    bool apply(const JsonPath& where, F&& edit)
    {
        try {
            edit();
            return true;
        } catch (const EditError& e) {
            m_reader.error(e.code(), where, e.what(), e.args());
            return false;
        }
    }

    static std::map<std::string, std::string> extraFields(const json& object,
                                                          std::initializer_list<const char*> known)
    {
        std::map<std::string, std::string> extra;
        for (const auto& item : object.items()) {
            const std::string& key = item.key();
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; }))
                extra[key] = item.value().dump();
        }
        return extra;
    }

    std::optional<std::uint64_t> readId(const json& item, const std::string& key,
                                        const JsonPath& where)
    {
        const auto value = m_reader.integer(item, key, where);
        if (!value)
            return std::nullopt;
        if (*value < 1) {
            m_reader.error("project.invalid-id", JsonPath(where, key),
                           "an id must be a positive integer", {std::to_string(*value)});
            return std::nullopt;
        }
        return static_cast<std::uint64_t>(*value);
    }

    // A position on the diagram: finite and within kMaxCoordinate of the
    // origin, so that every picture of the plan has a size one can compute.
    std::optional<double> coordinate(const json& position, const std::string& key, const JsonPath& where)
    {
        const auto value = m_reader.number(position, key, where);
        if (value && !(std::abs(*value) <= kMaxCoordinate)) {
            m_reader.error("component.position-out-of-range", JsonPath(where, key),
                           "a position must lie within " + kMaxCoordinateText + " of the origin",
                           {kMaxCoordinateText});
            return std::nullopt;
        }
        return value;
    }

    void readComponent(Topology& topology, const json& item, const JsonPath& where)
    {
        if (!m_reader.expectObject(item, where))
            return;
        Component component;
        const auto id = readId(item, "id", where);
        if (id)
            m_declaredComponents.insert(*id);
        const auto role = m_reader.string(item, "role", where);
        const auto name = m_reader.string(item, "name", where);
        const auto zone = m_reader.string(item, "zone", where);
        component.fqdn = m_reader.string(item, "fqdn", where, false).value_or("");
        component.site = m_reader.string(item, "site", where, false).value_or("");
        bool ok = id && role && name && zone;
        if (const auto pos = item.find("position"); pos != item.end()) {
            const JsonPath at(where, "position");
            if (m_reader.expectObject(*pos, at)) {
                const auto x = coordinate(*pos, "x", at);
                const auto y = coordinate(*pos, "y", at);
                ok = ok && x && y;
                component.position = {x.value_or(0), y.value_or(0)};
            } else {
                ok = false;
            }
        }
        if (!ok)
            return;
        component.id = ComponentId{*id};
        component.extraFields = extraFields(
            item, {"id", "role", "name", "zone", "position", "fqdn", "interfaces", "properties", "pool", "site"});
        std::optional<std::uint64_t> pool;
        if (item.contains("pool") && !(pool = readId(item, "pool", where)))
            return;
        component.role = *role;
        component.name = *name;
        component.zone = *zone;
        const RoleDef* roleDef = topology.catalog().role(*role);
        if (!roleDef) {
            m_reader.error("component.unknown-role", JsonPath(where, "role"),
                           "unknown role \"" + *role + "\"", {*role});
            return;
        }
        if (!topology.catalog().zone(*zone)) {
            m_reader.error("component.unknown-zone", JsonPath(where, "zone"),
                           "unknown zone \"" + *zone + "\"", {*zone});
            ok = false;
        }
        if (const auto ifaces = item.find("interfaces"); ifaces != item.end()) {
            const JsonPath at(where, "interfaces");
            if (!m_reader.expectObject(*ifaces, at))
                return;
            for (const auto& [interfaceId, value] : ifaces->items()) {
                const JsonPath here(at, interfaceId);
                if (!roleDef->interfaceDef(interfaceId)) {
                    m_reader.error("component.unknown-interface", here,
                                   "role \"" + *role + "\" has no interface \"" + interfaceId + "\"",
                                   {*role, interfaceId});
                    ok = false;
                    continue;
                }
                if (!m_reader.expectObject(value, here)) {
                    ok = false;
                    continue;
                }
                InterfaceAddress addresses;
                addresses.address = m_reader.string(value, "address", here, false).value_or("");
                addresses.natAddress = m_reader.string(value, "natAddress", here, false).value_or("");
                addresses.fqdn = m_reader.string(value, "fqdn", here, false).value_or("");
                if (const auto port = m_reader.integer(value, "port", here, false)) {
                    if (*port < 1 || *port > 65535) {
                        m_reader.error("port.range", JsonReader::child(here, "port"),
                                       "port " + std::to_string(*port) + " is outside 1-65535",
                                       {std::to_string(*port)});
                        ok = false;
                    } else {
                        addresses.port = static_cast<int>(*port);
                    }
                }
                for (const auto& [key, text] : {std::pair{"address", addresses.address},
                                                std::pair{"natAddress", addresses.natAddress}}) {
                    if (!text.empty() && !isValidAddress(text)) {
                        m_reader.error("address.invalid", JsonPath(here, key),
                                       "\"" + text + "\" is not an IPv4 or IPv6 address", {text});
                        ok = false;
                    }
                }
                component.interfaces[interfaceId] = addresses;
            }
        }
        if (const auto props = item.find("properties"); props != item.end()) {
            const JsonPath at(where, "properties");
            if (!m_reader.expectObject(*props, at))
                return;
            for (const auto& [key, value] : props->items()) {
                if (!value.is_string()) {
                    m_reader.error("json.type", JsonPath(at, key), "expected a string",
                                   {"a string"});
                    ok = false;
                    continue;
                }
                component.properties[key] = value.get<std::string>();
            }
        }
        ok = checkDnsNames(componentDnsNames(component), where) && ok;
        if (!ok)
            return;
        if (topology.component(component.id)) {
            m_reader.error("component.duplicate-id", JsonPath(where, "id"),
                           "component id " + std::to_string(*id) + " is used twice",
                           {std::to_string(*id)});
            return;
        }
        if (pool)
            m_pools.emplace_back(std::pair{component.id, JsonReader::child(where, "pool")}, *pool);
        if (apply(where, [&] { topology.insertComponent(component); })) {
            // Property values are checked through the model's own setter.
            for (const auto& property : component.properties)
                apply(JsonPath(JsonPath(where, "properties"), property.first),
                      [&] { topology.setComponentProperty(component.id, property.first, property.second); });
        }
    }

    void readLink(Topology& topology, const json& item, const JsonPath& where)
    {
        if (!m_reader.expectObject(item, where))
            return;
        const auto id = readId(item, "id", where);
        const auto a = readId(item, "a", where);
        const auto b = readId(item, "b", where);
        if (!id || !a || !b)
            return;
        bool ok = true;
        for (const auto& [key, end] : {std::pair{"a", *a}, std::pair{"b", *b}}) {
            if (!topology.component(ComponentId{end})) {
                // A component the file declares but that had its own error
                // was reported there; the link is only skipped.
                if (m_declaredComponents.count(end)) {
                    ok = false;
                    continue;
                }
                m_reader.error("link.missing-component", JsonPath(where, key),
                               "the link names component " + std::to_string(end) +
                                   ", which does not exist",
                               {std::to_string(end)});
                ok = false;
            }
        }
        if (!ok)
            return;
        if (topology.link(LinkId{*id})) {
            m_reader.error("link.duplicate-id", JsonPath(where, "id"),
                           "link id " + std::to_string(*id) + " is used twice", {std::to_string(*id)});
            return;
        }
        apply(where, [&] {
            topology.insertLink(
                {LinkId{*id}, ComponentId{*a}, ComponentId{*b}, extraFields(item, {"id", "a", "b"})});
        });
    }

    ProjectLoadResult& m_result;
    JsonReader m_reader;
    // (member, where its pool field is) and the pool id, applied after loading.
    std::vector<std::pair<std::pair<ComponentId, std::string>, std::uint64_t>> m_pools;
    const CatalogRegistry& m_catalogs;
    const ProjectLoadOptions& m_options;
    std::unordered_set<std::uint64_t> m_declaredComponents;
};

} // namespace

ProjectLoadResult loadProject(const std::string& bytes, const CatalogRegistry& catalogs,
                              const ProjectLoadOptions& options)
{
    ProjectLoadResult result;
    ProjectParser parser(result, catalogs, options);
    auto topology = parser.parse(bytes);
    if (result.diagnostics.empty())
        result.topology = std::move(topology);
    return result;
}

} // namespace edgeplan
