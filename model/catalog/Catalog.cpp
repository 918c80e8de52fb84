#include "catalog/Catalog.h"

#include <algorithm>

namespace edgeplan {

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

Catalog::InterfaceFields Catalog::interfaceFields(const RoleDef& role, const InterfaceDef& interface) const
{
    auto has = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    InterfaceFields fields;
    const std::vector<std::string> placed = role.allowedZones.empty() ? std::vector<std::string>{role.defaultZone}
                                                                      : role.allowedZones;
    fields.nat = interface.side == "external" && std::any_of(placed.begin(), placed.end(), [&](const std::string& z) {
                     const int index = zoneIndex(z);
                     return index >= 0 && index + 1 < static_cast<int>(zones.size());
                 });
    fields.serviceFqdn = std::any_of(names.begin(), names.end(), [&](const NameDef& def) {
        return def.source == "interface" && def.interfaceId == interface.id && has(def.roles, role.id);
    });
    fields.listeningPort =
        std::any_of(rules.begin(), rules.end(),
                    [&](const Rule& rule) {
                        const RuleEndpoint* end = rule.listenPort == ListenPort::To     ? &rule.to
                                                  : rule.listenPort == ListenPort::From ? &rule.from
                                                                                        : nullptr;
                        return end && end->interfaceId == interface.id && has(end->roles, role.id);
                    }) ||
        std::any_of(dnsRecords.begin(), dnsRecords.end(),
                    [&](const DnsRecordDef& def) { return def.portFrom == interface.id; });
    return fields;
}

std::string referenceText(const Reference& reference, Lang lang)
{
    std::string text = reference.document;
    if (!reference.table.text(lang).empty())
        text += ", " + reference.table.text(lang);
    if (!reference.key.empty())
        text += " " + reference.key;
    return text;
}

} // namespace edgeplan
