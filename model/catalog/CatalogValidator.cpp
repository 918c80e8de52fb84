#include "catalog/CatalogValidator.h"

#include "io/JsonReader.h"

#include <algorithm>
#include <set>

namespace edgeplan {

namespace {

class CatalogChecker
{
public:
    explicit CatalogChecker(Diagnostics& diagnostics) : m_reader(diagnostics) {}

    void check(const Catalog& catalog)
    {
        checkReferences(catalog);
        if (m_reader.diagnostics().empty())
            checkFlows(catalog);
        if (m_reader.diagnostics().empty())
            checkNaming(catalog);
    }

private:
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
        // Lower-case letters, digits and inner hyphens, short enough for a
        // number after it in a DNS label.
        const auto hostChar = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
        if (!role.hostName.empty() &&
            (role.hostName.size() > 20 || !std::all_of(role.hostName.begin(), role.hostName.end(), hostChar) ||
             role.hostName.front() == '-' || role.hostName.back() == '-'))
            m_reader.error("catalog.host-name", where + "/hostName",
                           name + "the host name \"" + role.hostName +
                               "\" must be up to 20 lower-case letters, digits and inner hyphens",
                           {role.id, role.hostName});
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

    JsonReader m_reader;
};

} // namespace

void validateCatalog(const Catalog& catalog, Diagnostics& diagnostics)
{
    CatalogChecker(diagnostics).check(catalog);
}

} // namespace edgeplan
