// Reads a catalog's JSON into a Catalog, one block of the format per member
// of one reader (zones, firewalls, roles, rules, flows, names, DNS records,
// certificates), each naming the place of what it refuses; what a catalog
// must hold between its parts is CatalogValidator's. About 450 lines because
// the blocks share the reader's state (its diagnostics and helpers): split
// by block, each file would need the whole reader again.
#include "catalog/CatalogReader.h"

#include "catalog/CatalogValidator.h"
#include "io/JsonReader.h"

namespace edgeplan {

using nlohmann::json;

namespace {

// Reads the catalog's lists into their types, with every problem of types,
// missing fields and values that are not one of a list's words; what the
// entries say of each other is the validator's.
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
                              text(item, "description", where), {}, text(item, "short", where, false)};
            readList(item, "requiredRules", [&](const json& required, const std::string& at) {
                scenario.requiredRules.push_back({str(required, "rule", at), text(required, "why", at)});
            }, false, where);
            catalog->scenarios.push_back(scenario);
        });
        readList(root, "variants", [&](const json& item, const std::string& where) {
            catalog->variants.push_back({str(item, "id", where), text(item, "name", where),
                                         m_reader.boolean(item, "natAllowed", where, false).value_or(true),
                                         page(item, "natPage", where), page(item, "publicPage", where)});
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
            validateCatalog(*catalog, m_diagnostics);
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
        catalog.source = source(*it, "/source");
    }

    CatalogSource source(const json& object, const std::string& where)
    {
        return {str(object, "document", where), text(object, "title", where), str(object, "date", where),
                str(object, "url", where, false)};
    }

    // A variant's optional page: an object like the catalog's source.
    CatalogSource page(const json& item, const std::string& key, const std::string& where)
    {
        const auto it = item.find(key);
        const std::string pageWhere = JsonReader::child(where, key);
        if (it == item.end() || !m_reader.expectObject(*it, pageWhere))
            return {};
        return source(*it, pageWhere);
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
        role.hostName = str(item, "hostName", where, false);
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
