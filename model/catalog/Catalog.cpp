#include "catalog/Catalog.h"

#include "io/JsonReader.h"

#include <algorithm>
#include <set>

namespace edgeplan {

using nlohmann::json;

namespace {

template <typename T>
void indexList(const std::vector<T>& items, IdIndex& index)
{
    index.positions.clear();
    index.positions.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        index.positions.emplace(items[i].id, static_cast<int>(i));
    index.size = items.size();
}

template <typename T>
int indexById(const std::vector<T>& items, const IdIndex& index, const std::string& id)
{
    if (index.size == items.size()) {
        const auto it = index.positions.find(id);
        if (it == index.positions.end())
            return -1;
        if (items[it->second].id == id)
            return it->second;
    }
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

template <typename T>
const T* findById(const std::vector<T>& items, const IdIndex& index, const std::string& id)
{
    const int at = indexById(items, index, id);
    return at < 0 ? nullptr : &items[at];
}

} // namespace

const InterfaceDef* RoleDef::interfaceDef(const std::string& interfaceId) const
{
    return findById(interfaces, interfaceIndex, interfaceId);
}

const PropertyDef* RoleDef::propertyDef(const std::string& propertyId) const
{
    return findById(properties, propertyIndex, propertyId);
}

bool RoleDef::allowsZone(const std::string& zoneId) const
{
    if (allowedZones.empty())
        return zoneId == defaultZone;
    return std::find(allowedZones.begin(), allowedZones.end(), zoneId) != allowedZones.end();
}

void Catalog::index()
{
    indexList(zones, m_zoneIndex);
    indexList(firewalls, m_firewallIndex);
    indexList(services, m_serviceIndex);
    indexList(scenarios, m_scenarioIndex);
    indexList(variants, m_variantIndex);
    indexList(roles, m_roleIndex);
    indexList(rules, m_ruleIndex);
    indexList(flows, m_flowIndex);
    indexList(names, m_nameIndex);
    for (RoleDef& role : roles) {
        indexList(role.interfaces, role.interfaceIndex);
        indexList(role.properties, role.propertyIndex);
    }
}

const RoleDef* Catalog::role(const std::string& id) const { return findById(roles, m_roleIndex, id); }
const Zone* Catalog::zone(const std::string& id) const { return findById(zones, m_zoneIndex, id); }
int Catalog::zoneIndex(const std::string& id) const { return indexById(zones, m_zoneIndex, id); }
const Firewall* Catalog::firewall(const std::string& id) const { return findById(firewalls, m_firewallIndex, id); }
const Service* Catalog::service(const std::string& id) const { return findById(services, m_serviceIndex, id); }
const Scenario* Catalog::scenario(const std::string& id) const { return findById(scenarios, m_scenarioIndex, id); }
int Catalog::scenarioIndex(const std::string& id) const { return indexById(scenarios, m_scenarioIndex, id); }
const Rule* Catalog::rule(const std::string& id) const { return findById(rules, m_ruleIndex, id); }
int Catalog::ruleIndex(const std::string& id) const { return indexById(rules, m_ruleIndex, id); }
const Flow* Catalog::flow(const std::string& id) const { return findById(flows, m_flowIndex, id); }
const Variant* Catalog::variant(const std::string& id) const { return findById(variants, m_variantIndex, id); }
const NameDef* Catalog::nameDef(const std::string& id) const { return findById(names, m_nameIndex, id); }

std::vector<const Firewall*> Catalog::firewallsBetween(const std::string& zoneA,
                                                       const std::string& zoneB) const
{
    const int a = zoneIndex(zoneA);
    const int b = zoneIndex(zoneB);
    std::vector<const Firewall*> result;
    if (a < 0 || b < 0 || a == b)
        return result;
    const int low = std::min(a, b);
    const int high = std::max(a, b);
    for (const Firewall& fw : firewalls) {
        const int inner = zoneIndex(fw.innerZone);
        if (inner >= low && inner < high)
            result.push_back(&fw);
    }
    std::sort(result.begin(), result.end(), [&](const Firewall* x, const Firewall* y) {
        return zoneIndex(x->innerZone) < zoneIndex(y->innerZone);
    });
    return result;
}

bool Catalog::rolesCanLink(const std::string& roleA, const std::string& roleB) const
{
    auto has = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (const Rule& rule : rules) {
        if ((has(rule.from.roles, roleA) && has(rule.to.roles, roleB)) ||
            (has(rule.from.roles, roleB) && has(rule.to.roles, roleA)))
            return true;
    }
    return false;
}

namespace {

class CatalogParser
{
public:
    // A row of a table in the source document.
    static constexpr long long kMaxRow = 1000000;

    explicit CatalogParser(Diagnostics& diagnostics) : m_diagnostics(diagnostics), m_reader(diagnostics) {}

    std::shared_ptr<Catalog> parse(const std::string& bytes)
    {
        const auto doc = m_reader.parse(bytes);
        if (!doc)
            return nullptr;
        const json& root = *doc;
        if (!m_reader.expectObject(root, "/"))
            return nullptr;
        auto catalog = std::make_shared<Catalog>();
        const auto format = m_reader.string(root, "format", "");
        if (format && *format != "edgeplan-catalog")
            m_reader.error("catalog.format", "/format",
                           "this is not an Edgeplan catalog (format \"" + *format + "\")", {*format});
        if (const auto version = m_reader.integer(root, "version", "")) {
            if (*version != 1)
                m_reader.error("catalog.version", "/version",
                               "catalog version " + std::to_string(*version) +
                                   " is not supported (this build reads version 1)",
                               {std::to_string(*version)});
        }
        catalog->id = m_reader.string(root, "id", "").value_or("");
        catalog->title = m_reader.localized(root, "title", "").value_or(LocalizedText{});
        readSource(root, *catalog);
        readList(root, "zones", [&](const json& item, const std::string& where) {
            Zone zone{str(item, "id", where), text(item, "name", where)};
            catalog->zones.push_back(zone);
        });
        readList(root, "services", [&](const json& item, const std::string& where) {
            catalog->services.push_back({str(item, "id", where), text(item, "name", where)});
        });
        readList(root, "scenarios", [&](const json& item, const std::string& where) {
            Scenario scenario{str(item, "id", where), text(item, "name", where),
                              text(item, "description", where), {}};
            readList(item, "requiredRules", [&](const json& required, const std::string& at) {
                scenario.requiredRules.push_back({str(required, "rule", at), text(required, "why", at)});
            }, false, where);
            catalog->scenarios.push_back(scenario);
        });
        readList(root, "variants", [&](const json& item, const std::string& where) {
            catalog->variants.push_back({str(item, "id", where), text(item, "name", where),
                                         m_reader.boolean(item, "natAllowed", where, false).value_or(true)});
        }, false);
        readList(root, "firewalls", [&](const json& item, const std::string& where) {
            catalog->firewalls.push_back({str(item, "id", where), text(item, "name", where),
                                          str(item, "innerZone", where), str(item, "outerZone", where)});
        });
        readList(root, "roles", [&](const json& item, const std::string& where) {
            catalog->roles.push_back(readRole(item, where));
        });
        readList(root, "rules", [&](const json& item, const std::string& where) {
            catalog->rules.push_back(readRule(item, where));
        });
        readList(root, "flows", [&](const json& item, const std::string& where) {
            catalog->flows.push_back(readFlow(item, where));
        }, false);
        readList(root, "names", [&](const json& item, const std::string& where) {
            catalog->names.push_back(readName(item, where));
        }, false);
        readList(root, "dns", [&](const json& item, const std::string& where) {
            catalog->dnsRecords.push_back(readDnsRecord(item, where));
        }, false);
        readList(root, "certificates", [&](const json& item, const std::string& where) {
            catalog->certificates.push_back(readCertificate(item, where));
        }, false);
        catalog->index();
        if (m_diagnostics.empty())
            checkReferences(*catalog);
        if (m_diagnostics.empty())
            checkFlows(*catalog);
        if (m_diagnostics.empty())
            checkNaming(*catalog);
        return m_diagnostics.empty() ? catalog : nullptr;
    }

private:
    std::string str(const json& object, const std::string& key, const std::string& where,
                    bool required = true)
    {
        return m_reader.string(object, key, where, required).value_or("");
    }
    LocalizedText text(const json& object, const std::string& key, const std::string& where,
                       bool required = true)
    {
        return m_reader.localized(object, key, where, required).value_or(LocalizedText{});
    }

    template <typename F>
    void readList(const json& object, const std::string& key, F&& readItem, bool required = true,
                  const std::string& where = "")
    {
        const json* list = m_reader.array(object, key, where, required);
        if (!list)
            return;
        const std::string listWhere = JsonReader::child(where, key);
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string itemWhere = JsonReader::child(listWhere, i);
            if (m_reader.expectObject((*list)[i], itemWhere))
                readItem((*list)[i], itemWhere);
        }
    }

    void readSource(const json& root, Catalog& catalog)
    {
        const auto it = root.find("source");
        if (it == root.end()) {
            m_reader.error("json.missing", "/source", "required field \"source\" is missing", {"source"});
            return;
        }
        if (!m_reader.expectObject(*it, "/source"))
            return;
        catalog.source.document = str(*it, "document", "/source");
        catalog.source.title = text(*it, "title", "/source");
        catalog.source.date = str(*it, "date", "/source");
        catalog.source.url = str(*it, "url", "/source", false);
    }

    // A list of ids; every entry must be a string.
    std::vector<std::string> strings(const json& object, const std::string& key,
                                     const std::string& where, bool required, const char* what)
    {
        std::vector<std::string> result;
        const json* list = m_reader.array(object, key, where, required);
        if (!list)
            return result;
        for (size_t i = 0; i < list->size(); ++i) {
            if ((*list)[i].is_string())
                result.push_back((*list)[i].get<std::string>());
            else
                m_reader.error("json.type", JsonReader::child(JsonReader::child(where, key), i),
                               std::string("expected ") + what + " (a string)", {"a string"});
        }
        return result;
    }

    // Property values a component must hold: {"xmppGateway": "true"}.
    std::map<std::string, std::string> when(const json& object, const std::string& where)
    {
        std::map<std::string, std::string> result;
        const auto it = object.find("when");
        const std::string at = JsonReader::child(where, "when");
        if (it == object.end() || !m_reader.expectObject(*it, at))
            return result;
        for (const auto& [k, v] : it->items()) {
            if (v.is_string())
                result[k] = v.get<std::string>();
            else
                m_reader.error("json.type", JsonReader::child(at, k), "expected a string", {"a string"});
        }
        return result;
    }

    void readRetirement(const json& item, const std::string& where, RoleDef& role)
    {
        const auto it = item.find("retired");
        const std::string at = JsonReader::child(where, "retired");
        if (it == item.end() || !m_reader.expectObject(*it, at))
            return;
        Retirement retired{str(*it, "date", at), text(*it, "note", at), when(*it, at)};
        if (!isDate(retired.date))
            m_reader.error("catalog.date", JsonReader::child(at, "date"),
                           "role \"" + role.id + "\": \"" + retired.date + "\" is not a date (YYYY-MM-DD)",
                           {role.id, retired.date});
        role.retired = retired;
    }

    static bool isDate(const std::string& text)
    {
        if (text.size() != 10 || text[4] != '-' || text[7] != '-')
            return false;
        for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
            if (text[i] < '0' || text[i] > '9')
                return false;
        return true;
    }

    RoleDef readRole(const json& item, const std::string& where)
    {
        RoleDef role;
        role.id = str(item, "id", where);
        role.name = text(item, "name", where);
        role.defaultZone = str(item, "defaultZone", where);
        role.allowedZones = strings(item, "allowedZones", where, false, "a zone id");
        role.requiresLinkTo = strings(item, "requiresLinkTo", where, false, "a role id");
        role.addressesRequired = m_reader.boolean(item, "addressesRequired", where, false).value_or(false);
        readRetirement(item, where, role);
        if (const auto it = item.find("pool"); it != item.end()) {
            const std::string at = JsonReader::child(where, "pool");
            if (m_reader.expectObject(*it, at))
                role.pool = PoolDef{strings(*it, "members", at, true, "a role id"),
                                    strings(*it, "vipVariants", at, false, "a variant id")};
        }
        role.icon = str(item, "icon", where, false);
        readList(item, "interfaces", [&](const json& iface, const std::string& at) {
            role.interfaces.push_back({str(iface, "id", at), text(iface, "name", at),
                                       str(iface, "side", at)});
        }, true, where);
        readList(item, "properties", [&](const json& prop, const std::string& at) {
            PropertyDef def{str(prop, "id", at), text(prop, "name", at), str(prop, "type", at), {},
                            str(prop, "default", at, false)};
            if (const json* choices = m_reader.array(prop, "choices", at, false)) {
                for (const json& c : *choices)
                    if (c.is_string())
                        def.choices.push_back(c.get<std::string>());
            }
            role.properties.push_back(def);
        }, false, where);
        return role;
    }

    RuleEndpoint readEndpoint(const json& item, const std::string& key, const std::string& where)
    {
        RuleEndpoint end;
        const auto it = item.find(key);
        const std::string at = JsonReader::child(where, key);
        if (it == item.end()) {
            m_reader.error("json.missing", at, "required field \"" + key + "\" is missing", {key});
            return end;
        }
        if (!m_reader.expectObject(*it, at))
            return end;
        end.roles = strings(*it, "roles", at, true, "a role id");
        end.interfaceId = str(*it, "interface", at, false);
        end.label = text(*it, "label", at);
        end.when = when(*it, at);
        if (const auto pool = m_reader.string(*it, "pool", at, false)) {
            if (*pool == "vip")
                end.pool = PoolBinding::Vip;
            else if (*pool == "members")
                end.pool = PoolBinding::Members;
            else if (*pool == "both")
                end.pool = PoolBinding::Both;
            else
                m_reader.error("catalog.pool-binding", JsonReader::child(at, "pool"),
                               "\"" + *pool + "\" is not vip, members or both", {*pool});
        }
        return end;
    }

    Rule readRule(const json& item, const std::string& where)
    {
        Rule rule;
        rule.id = str(item, "id", where);
        const std::string name = "rule \"" + rule.id + "\": ";
        rule.scenario = str(item, "scenario", where);
        rule.service = str(item, "service", where);
        rule.protocol = str(item, "protocol", where);
        if (const auto transport = m_reader.string(item, "transport", where)) {
            if (const auto parsed = parseTransport(*transport))
                rule.transport = *parsed;
            else
                m_reader.error("catalog.transport", JsonReader::child(where, "transport"),
                               name + "transport \"" + *transport + "\" is not TCP, UDP or TCP/UDP",
                               {rule.id, *transport});
        }
        if (const auto ports = m_reader.string(item, "ports", where)) {
            std::string why;
            if (const auto parsed = parsePortRange(*ports, &why))
                rule.ports = *parsed;
            else
                m_reader.error("catalog.ports", JsonReader::child(where, "ports"), name + why,
                               {rule.id, *ports});
        }
        rule.from = readEndpoint(item, "from", where);
        rule.to = readEndpoint(item, "to", where);
        rule.label = text(item, "label", where);
        rule.note = text(item, "note", where);
        rule.reference = readReference(item, where, name);
        if (const auto listen = m_reader.string(item, "listenPort", where, false)) {
            if (*listen == "to")
                rule.listenPort = ListenPort::To;
            else if (*listen == "from")
                rule.listenPort = ListenPort::From;
            else
                m_reader.error("catalog.listen-port", JsonReader::child(where, "listenPort"),
                               name + "listenPort \"" + *listen + "\" is not from or to",
                               {rule.id, *listen});
        }
        rule.planHas = planCondition(item, where);
        rule.jaSource = str(item, "ja_source", where, false);
        if (const json* variants = m_reader.array(item, "variants", where, false)) {
            for (const json& v : *variants)
                if (v.is_string())
                    rule.variants.push_back(v.get<std::string>());
        }
        return rule;
    }

    Reference readReference(const json& item, const std::string& where, const std::string& name)
    {
        Reference reference;
        const auto ref = item.find("reference");
        const std::string refWhere = JsonReader::child(where, "reference");
        if (ref == item.end()) {
            m_reader.error("json.missing", refWhere, name + "the reference is missing", {"reference"});
        } else if (m_reader.expectObject(*ref, refWhere)) {
            reference.document = str(*ref, "document", refWhere);
            reference.table = text(*ref, "table", refWhere);
            reference.row = static_cast<int>(m_reader.integerIn(*ref, "row", refWhere, 1, kMaxRow).value_or(0));
            reference.key = str(*ref, "key", refWhere, false);
            reference.alsoIn = strings(*ref, "alsoIn", refWhere, false, "a page id");
        }
        return reference;
    }

    std::optional<PlanCondition> planCondition(const json& item, const std::string& where)
    {
        const auto it = item.find("planHas");
        if (it == item.end())
            return std::nullopt;
        const std::string at = JsonReader::child(where, "planHas");
        if (!m_reader.expectObject(*it, at))
            return std::nullopt;
        return PlanCondition{strings(*it, "roles", at, true, "a role id"), when(*it, at)};
    }

    NameDef readName(const json& item, const std::string& where)
    {
        NameDef def;
        def.id = str(item, "id", where);
        def.name = text(item, "name", where);
        def.source = str(item, "source", where);
        if (def.source != "interface" && def.source != "component" && def.source != "project")
            m_reader.error("catalog.name-source", JsonReader::child(where, "source"),
                           "name \"" + def.id + "\": source \"" + def.source +
                               "\" is not interface, component or project",
                           {def.id, def.source});
        def.roles = strings(item, "roles", where, def.source != "project", "a role id");
        def.interfaceId = str(item, "interface", where, def.source == "interface");
        def.defaultName = str(item, "default", where);
        return def;
    }

    DnsRecordDef readDnsRecord(const json& item, const std::string& where)
    {
        DnsRecordDef def;
        def.id = str(item, "id", where);
        const std::string name = "DNS record \"" + def.id + "\": ";
        const std::string location = str(item, "location", where);
        if (location == "internal")
            def.location = DnsLocation::Internal;
        else if (location != "external")
            m_reader.error("catalog.dns-location", JsonReader::child(where, "location"),
                           name + "location \"" + location + "\" is not external or internal",
                           {def.id, location});
        def.type = str(item, "type", where);
        if (def.type == "A") {
            def.names = strings(item, "names", where, true, "a name");
            const auto at = item.find("at");
            const std::string atWhere = JsonReader::child(where, "at");
            if (at == item.end()) {
                m_reader.error("json.missing", atWhere, name + "\"at\" is missing", {"at"});
            } else if (m_reader.expectObject(*at, atWhere)) {
                def.at.roles = strings(*at, "roles", atWhere, true, "a role id");
                def.at.interfaceId = str(*at, "interface", atWhere);
                def.at.firstRoleOnly = m_reader.boolean(*at, "firstRoleOnly", atWhere, false).value_or(false);
                if (const auto pool = m_reader.string(*at, "pool", atWhere, false)) {
                    if (*pool == "members")
                        def.at.pool = PoolBinding::Members;
                    else if (*pool != "vip")
                        m_reader.error("catalog.pool-binding", JsonReader::child(atWhere, "pool"),
                                       "\"" + *pool + "\" is not vip or members", {*pool});
                }
            }
        } else if (def.type == "SRV") {
            def.service = str(item, "service", where);
            def.target = str(item, "target", where);
            const auto port = m_reader.integer(item, "port", where);
            if (port && (*port < 1 || *port > 65535))
                m_reader.error("port.range", JsonReader::child(where, "port"),
                               name + "port " + std::to_string(*port) + " is not between 1 and 65535",
                               {std::to_string(*port)});
            def.port = static_cast<int>(port.value_or(0));
            def.portFrom = str(item, "portFrom", where, false);
            // RFC 2782: both are 16-bit.
            def.priority = static_cast<int>(m_reader.integerIn(item, "priority", where, 0, 65535, false).value_or(0));
            def.weight = static_cast<int>(m_reader.integerIn(item, "weight", where, 0, 65535, false).value_or(0));
        } else {
            m_reader.error("catalog.dns-type", JsonReader::child(where, "type"),
                           name + "type \"" + def.type + "\" is not A or SRV", {def.id, def.type});
        }
        def.scenarios = strings(item, "scenarios", where, false, "a scenario id");
        def.planHas = planCondition(item, where);
        def.domainFlag = str(item, "domainFlag", where, false);
        if (!def.domainFlag.empty() && def.domainFlag != "federation" && def.domainFlag != "xmpp")
            m_reader.error("catalog.domain-flag", JsonReader::child(where, "domainFlag"),
                           name + "domainFlag \"" + def.domainFlag + "\" is not federation or xmpp",
                           {def.id, def.domainFlag});
        def.requiredBy = strings(item, "requiredBy", where, false, "a scenario id");
        def.reason = text(item, "reason", where);
        def.reference = readReference(item, where, name);
        return def;
    }

    CertificateDef readCertificate(const json& item, const std::string& where)
    {
        CertificateDef def;
        def.id = str(item, "id", where);
        const std::string name = "certificate \"" + def.id + "\": ";
        def.name = text(item, "name", where);
        def.roles = strings(item, "roles", where, true, "a role id");
        def.interfaceId = str(item, "interface", where);
        def.subject = str(item, "subject", where);
        readList(item, "alternativeNames", [&](const json& san, const std::string& at) {
            def.alternativeNames.push_back({str(san, "name", at), strings(san, "scenarios", at, false, "a scenario id"),
                                            planCondition(san, at)});
        }, false, where);
        def.authority = str(item, "authority", where);
        if (def.authority != "public" && def.authority != "public-or-private")
            m_reader.error("catalog.authority", JsonReader::child(where, "authority"),
                           name + "authority \"" + def.authority + "\" is not public or public-or-private",
                           {def.id, def.authority});
        def.keyUsage = strings(item, "keyUsage", where, true, "a key usage");
        def.extendedKeyUsage = strings(item, "extendedKeyUsage", where, true, "an extended key usage");
        def.note = text(item, "note", where);
        def.reference = readReference(item, where, name);
        return def;
    }

    // The placeholders of a name template: {domain}, {sipDomain},
    // {internalDomain}, {component}, {name:ID}.
    void checkTemplate(const Catalog& catalog, const std::string& text, const std::string& where,
                       bool allowSipDomain)
    {
        size_t at = 0;
        while ((at = text.find('{', at)) != std::string::npos) {
            const size_t end = text.find('}', at);
            const std::string key = end == std::string::npos ? text.substr(at) : text.substr(at + 1, end - at - 1);
            const bool known = key == "domain" || key == "internalDomain" || key == "component" ||
                               (allowSipDomain && key == "sipDomain") ||
                               (key.rfind("name:", 0) == 0 && catalog.nameDef(key.substr(5)));
            if (end == std::string::npos || !known) {
                m_reader.error("catalog.name-template", where,
                               "\"" + text + "\": unknown placeholder {" + key + "}", {text, key});
                return;
            }
            at = end + 1;
        }
    }

    void checkRoles(const Catalog& catalog, const std::vector<std::string>& roles, const std::string& interfaceId,
                    const std::string& where, const std::string& owner)
    {
        for (size_t r = 0; r < roles.size(); ++r) {
            const RoleDef* role = catalog.role(roles[r]);
            if (!role)
                m_reader.error("catalog.unknown-role", JsonReader::child(where + "/roles", r),
                               owner + "unknown role \"" + roles[r] + "\"", {owner, roles[r]});
            else if (!interfaceId.empty() && !role->interfaceDef(interfaceId))
                m_reader.error("catalog.unknown-interface", where + "/interface",
                               owner + "role \"" + roles[r] + "\" has no interface \"" + interfaceId + "\"",
                               {owner, roles[r], interfaceId});
        }
    }

    void checkScenarios(const Catalog& catalog, const std::vector<std::string>& scenarios,
                        const std::string& where, const std::string& owner)
    {
        for (size_t i = 0; i < scenarios.size(); ++i)
            if (!catalog.scenario(scenarios[i]))
                m_reader.error("catalog.unknown-scenario", JsonReader::child(where, i),
                               owner + "unknown scenario \"" + scenarios[i] + "\"", {owner, scenarios[i]});
    }

    void checkNaming(const Catalog& catalog)
    {
        checkUnique(catalog.names, "names", "name");
        checkUnique(catalog.dnsRecords, "dns", "DNS record");
        checkUnique(catalog.certificates, "certificates", "certificate");
        for (size_t i = 0; i < catalog.names.size(); ++i) {
            const NameDef& def = catalog.names[i];
            const std::string where = "/names/" + std::to_string(i);
            checkRoles(catalog, def.roles, def.interfaceId, where, "name \"" + def.id + "\": ");
            checkTemplate(catalog, def.defaultName, where + "/default", false);
        }
        for (size_t i = 0; i < catalog.dnsRecords.size(); ++i) {
            const DnsRecordDef& def = catalog.dnsRecords[i];
            const std::string where = "/dns/" + std::to_string(i);
            const std::string owner = "DNS record \"" + def.id + "\": ";
            for (size_t n = 0; n < def.names.size(); ++n)
                checkTemplate(catalog, def.names[n], JsonReader::child(where + "/names", n), true);
            if (def.type == "A")
                checkRoles(catalog, def.at.roles, def.at.interfaceId, where + "/at", owner);
            if (def.type == "SRV") {
                checkTemplate(catalog, def.target, where + "/target", true);
                if (def.service.empty() || def.service[0] != '_')
                    m_reader.error("catalog.dns-service", where + "/service",
                                   owner + "the SRV service \"" + def.service + "\" does not start with _",
                                   {def.id, def.service});
            }
            checkScenarios(catalog, def.scenarios, where + "/scenarios", owner);
            checkScenarios(catalog, def.requiredBy, where + "/requiredBy", owner);
            if (def.planHas)
                checkRoles(catalog, def.planHas->roles, "", where + "/planHas", owner);
        }
        for (size_t i = 0; i < catalog.certificates.size(); ++i) {
            const CertificateDef& def = catalog.certificates[i];
            const std::string where = "/certificates/" + std::to_string(i);
            const std::string owner = "certificate \"" + def.id + "\": ";
            checkRoles(catalog, def.roles, def.interfaceId, where, owner);
            checkTemplate(catalog, def.subject, where + "/subject", false);
            static const std::set<std::string> usages = {"digitalSignature", "keyEncipherment", "nonRepudiation",
                                                         "keyAgreement", "dataEncipherment"};
            static const std::set<std::string> extended = {"serverAuth", "clientAuth"};
            for (size_t u = 0; u < def.keyUsage.size(); ++u)
                if (!usages.count(def.keyUsage[u]))
                    m_reader.error("catalog.key-usage", JsonReader::child(where + "/keyUsage", u),
                                   owner + "unknown key usage \"" + def.keyUsage[u] + "\"", {def.id, def.keyUsage[u]});
            for (size_t u = 0; u < def.extendedKeyUsage.size(); ++u)
                if (!extended.count(def.extendedKeyUsage[u]))
                    m_reader.error("catalog.key-usage", JsonReader::child(where + "/extendedKeyUsage", u),
                                   owner + "unknown extended key usage \"" + def.extendedKeyUsage[u] + "\"",
                                   {def.id, def.extendedKeyUsage[u]});
            for (size_t n = 0; n < def.alternativeNames.size(); ++n) {
                const std::string at = JsonReader::child(where + "/alternativeNames", n);
                checkTemplate(catalog, def.alternativeNames[n].name, at + "/name", true);
                checkScenarios(catalog, def.alternativeNames[n].scenarios, at + "/scenarios", owner);
                if (def.alternativeNames[n].planHas)
                    checkRoles(catalog, def.alternativeNames[n].planHas->roles, "", at + "/planHas", owner);
            }
        }
    }

    void duplicate(const std::string& where, const std::string& kind, const std::string& id)
    {
        m_reader.error("catalog.duplicate-id", where, "duplicate " + kind + " id \"" + id + "\"",
                       {kind, id});
    }

    template <typename T>
    void checkUnique(const std::vector<T>& items, const std::string& list, const std::string& kind)
    {
        std::set<std::string> seen;
        for (size_t i = 0; i < items.size(); ++i) {
            const std::string where = JsonReader::child(JsonReader::child("", list), i) + "/id";
            if (items[i].id.empty())
                m_reader.error("catalog.empty-id", where, "the " + kind + " id is empty", {kind});
            else if (!seen.insert(items[i].id).second)
                duplicate(where, kind, items[i].id);
        }
    }

    void checkEndpoint(const Catalog& catalog, const Rule& rule, const RuleEndpoint& end,
                       const std::string& where)
    {
        const std::string name = "rule \"" + rule.id + "\": ";
        if (end.roles.empty())
            m_reader.error("catalog.no-role", where + "/roles", name + "names no role", {rule.id});
        for (size_t i = 0; i < end.roles.size(); ++i) {
            const RoleDef* role = catalog.role(end.roles[i]);
            const std::string at = JsonReader::child(where + "/roles", i);
            if (!role) {
                m_reader.error("catalog.unknown-role", at,
                               name + "unknown role \"" + end.roles[i] + "\"", {rule.id, end.roles[i]});
                continue;
            }
            if (!end.interfaceId.empty() && !role->interfaceDef(end.interfaceId))
                m_reader.error("catalog.unknown-interface", where + "/interface",
                               name + "role \"" + role->id + "\" has no interface \"" +
                                   end.interfaceId + "\"",
                               {rule.id, role->id, end.interfaceId});
            for (const auto& [property, value] : end.when) {
                if (!role->propertyDef(property))
                    m_reader.error("catalog.unknown-property", where + "/when/" + property,
                                   name + "role \"" + role->id + "\" has no property \"" + property +
                                       "\"",
                                   {rule.id, role->id, property});
            }
        }
    }

    void checkRole(const Catalog& catalog, const RoleDef& role, const std::string& where)
    {
        const std::string name = "role \"" + role.id + "\": ";
        auto checkZone = [&](const std::string& zone, const std::string& at) {
            if (catalog.zoneIndex(zone) < 0)
                m_reader.error("catalog.unknown-zone", at, name + "unknown zone \"" + zone + "\"", {zone});
        };
        checkZone(role.defaultZone, where + "/defaultZone");
        for (size_t i = 0; i < role.allowedZones.size(); ++i)
            checkZone(role.allowedZones[i], JsonReader::child(where + "/allowedZones", i));
        if (!role.allowedZones.empty() && !role.allowsZone(role.defaultZone))
            m_reader.error("catalog.default-zone", where + "/allowedZones",
                           name + "the allowed zones must include the default zone \"" +
                               role.defaultZone + "\"",
                           {role.id, role.defaultZone});
        for (size_t i = 0; i < role.requiresLinkTo.size(); ++i) {
            if (!catalog.role(role.requiresLinkTo[i]))
                m_reader.error("catalog.unknown-role", JsonReader::child(where + "/requiresLinkTo", i),
                               name + "unknown role \"" + role.requiresLinkTo[i] + "\"",
                               {role.id, role.requiresLinkTo[i]});
        }
        if (role.pool) {
            for (size_t i = 0; i < role.pool->members.size(); ++i) {
                const RoleDef* member = catalog.role(role.pool->members[i]);
                const std::string at = JsonReader::child(where + "/pool/members", i);
                if (!member)
                    m_reader.error("catalog.unknown-role", at,
                                   name + "unknown role \"" + role.pool->members[i] + "\"",
                                   {role.id, role.pool->members[i]});
                else if (member->pool)
                    m_reader.error("catalog.pool-member", at,
                                   name + "a pool cannot hold pools (\"" + member->id + "\")",
                                   {role.id, member->id});
            }
            for (size_t i = 0; i < role.pool->vipVariants.size(); ++i)
                if (!catalog.variant(role.pool->vipVariants[i]))
                    m_reader.error("catalog.unknown-variant",
                                   JsonReader::child(where + "/pool/vipVariants", i),
                                   name + "unknown variant \"" + role.pool->vipVariants[i] + "\"",
                                   {role.id, role.pool->vipVariants[i]});
        }
        if (!role.retired)
            return;
        for (const auto& [property, value] : role.retired->when) {
            const PropertyDef* def = role.propertyDef(property);
            const bool known = def && (def->type != "choice" ||
                                       std::find(def->choices.begin(), def->choices.end(), value) !=
                                           def->choices.end());
            if (!known)
                m_reader.error("catalog.unknown-property", where + "/retired/when/" + property,
                               name + "no property \"" + property + "\" can be \"" + value + "\"",
                               {role.id, property, value});
        }
    }

    void checkRequiredRules(const Catalog& catalog, const Scenario& scenario, const std::string& where)
    {
        for (size_t i = 0; i < scenario.requiredRules.size(); ++i) {
            const std::string& ruleId = scenario.requiredRules[i].rule;
            const Rule* rule = catalog.rule(ruleId);
            if (!rule || rule->scenario != scenario.id)
                m_reader.error("catalog.unknown-rule",
                               JsonReader::child(where + "/requiredRules", i) + "/rule",
                               "scenario \"" + scenario.id + "\": no rule \"" + ruleId +
                                   "\" belongs to it",
                               {scenario.id, ruleId});
        }
    }

    void checkReferences(const Catalog& catalog)
    {
        if (catalog.id.empty())
            m_reader.error("catalog.empty-id", "/id", "the catalog id is empty", {"catalog"});
        checkUnique(catalog.zones, "zones", "zone");
        checkUnique(catalog.services, "services", "service");
        checkUnique(catalog.scenarios, "scenarios", "scenario");
        checkUnique(catalog.variants, "variants", "variant");
        checkUnique(catalog.firewalls, "firewalls", "firewall");
        checkUnique(catalog.roles, "roles", "role");
        checkUnique(catalog.rules, "rules", "rule");
        for (size_t i = 0; i < catalog.firewalls.size(); ++i) {
            const Firewall& fw = catalog.firewalls[i];
            const std::string where = "/firewalls/" + std::to_string(i);
            const int inner = catalog.zoneIndex(fw.innerZone);
            const int outer = catalog.zoneIndex(fw.outerZone);
            if (inner < 0)
                m_reader.error("catalog.unknown-zone", where + "/innerZone",
                               "unknown zone \"" + fw.innerZone + "\"", {fw.innerZone});
            if (outer < 0)
                m_reader.error("catalog.unknown-zone", where + "/outerZone",
                               "unknown zone \"" + fw.outerZone + "\"", {fw.outerZone});
            if (inner >= 0 && outer >= 0 && outer != inner + 1)
                m_reader.error("catalog.firewall-zones", where,
                               "firewall \"" + fw.id + "\" must stand between two adjacent zones",
                               {fw.id});
        }
        for (size_t i = 0; i < catalog.roles.size(); ++i)
            checkRole(catalog, catalog.roles[i], "/roles/" + std::to_string(i));
        for (size_t i = 0; i < catalog.scenarios.size(); ++i)
            checkRequiredRules(catalog, catalog.scenarios[i], "/scenarios/" + std::to_string(i));
        for (size_t i = 0; i < catalog.rules.size(); ++i) {
            const Rule& rule = catalog.rules[i];
            const std::string where = "/rules/" + std::to_string(i);
            const std::string name = "rule \"" + rule.id + "\": ";
            if (!catalog.scenario(rule.scenario))
                m_reader.error("catalog.unknown-scenario", where + "/scenario",
                               name + "unknown scenario \"" + rule.scenario + "\"",
                               {rule.id, rule.scenario});
            if (!catalog.service(rule.service))
                m_reader.error("catalog.unknown-service", where + "/service",
                               name + "unknown service \"" + rule.service + "\"",
                               {rule.id, rule.service});
            for (const std::string& variant : rule.variants) {
                if (!catalog.variant(variant))
                    m_reader.error("catalog.unknown-variant", where + "/variants",
                                   name + "unknown variant \"" + variant + "\"", {rule.id, variant});
            }
            checkEndpoint(catalog, rule, rule.from, where + "/from");
            checkEndpoint(catalog, rule, rule.to, where + "/to");
            const RuleEndpoint* listening = rule.listenPort == ListenPort::To     ? &rule.to
                                            : rule.listenPort == ListenPort::From ? &rule.from
                                                                                  : nullptr;
            if (listening && listening->interfaceId.empty())
                m_reader.error("catalog.listen-interface", where + "/listenPort",
                               name + "the listening end names no interface", {rule.id});
            if (rule.planHas) {
                const std::string at = where + "/planHas";
                for (size_t r = 0; r < rule.planHas->roles.size(); ++r) {
                    const RoleDef* role = catalog.role(rule.planHas->roles[r]);
                    if (!role) {
                        m_reader.error("catalog.unknown-role", JsonReader::child(at + "/roles", r),
                                       name + "unknown role \"" + rule.planHas->roles[r] + "\"",
                                       {rule.id, rule.planHas->roles[r]});
                        continue;
                    }
                    for (const auto& [property, value] : rule.planHas->when)
                        if (!role->propertyDef(property))
                            m_reader.error("catalog.unknown-property", at + "/when/" + property,
                                           name + "role \"" + role->id + "\" has no property \"" +
                                               property + "\"",
                                           {rule.id, role->id, property});
                }
            }
        }
    }

    // Flows (trainer mode): each step names a rule; a flow may cross scenarios
    // (a remote user's meeting passes the reverse proxy and the edge).
    Flow readFlow(const json& item, const std::string& where)
    {
        Flow flow{str(item, "id", where), text(item, "title", where), text(item, "description", where),
                  str(item, "scenario", where), {}};
        readList(item, "steps", [&](const json& step, const std::string& at) {
            flow.steps.push_back({str(step, "rule", at), text(step, "caption", at)});
        }, true, where);
        return flow;
    }

    void checkFlows(const Catalog& catalog)
    {
        checkUnique(catalog.flows, "flows", "flow");
        for (size_t i = 0; i < catalog.flows.size(); ++i) {
            const Flow& flow = catalog.flows[i];
            const std::string where = "/flows/" + std::to_string(i);
            const std::string name = "flow \"" + flow.id + "\"";
            if (!catalog.scenario(flow.scenario))
                m_reader.error("catalog.unknown-scenario", where + "/scenario",
                               name + ": unknown scenario \"" + flow.scenario + "\"",
                               {flow.id, flow.scenario});
            if (flow.steps.empty())
                m_reader.error("catalog.flow-empty", where + "/steps", name + " has no steps", {flow.id});
            for (size_t s = 0; s < flow.steps.size(); ++s) {
                const std::string& ruleId = flow.steps[s].rule;
                const std::string step = name + " step " + std::to_string(s + 1) + ": ";
                const std::string at = JsonReader::child(where + "/steps", s) + "/rule";
                const Rule* rule = catalog.rule(ruleId);
                if (!rule)
                    m_reader.error("catalog.unknown-rule", at, step + "unknown rule \"" + ruleId + "\"",
                                   {flow.id, std::to_string(s + 1), ruleId});
            }
        }
    }

    Diagnostics& m_diagnostics;
    JsonReader m_reader;
};

} // namespace

CatalogLoadResult loadCatalog(const std::string& bytes)
{
    CatalogLoadResult result;
    CatalogParser parser(result.diagnostics);
    auto catalog = parser.parse(bytes);
    if (result.diagnostics.empty())
        result.catalog = std::move(catalog);
    return result;
}

} // namespace edgeplan
