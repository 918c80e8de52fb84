// One file for one class: every edit of the plan checks itself against the
// catalog and keeps the link index, and the catalog conversion replays those
// edits; a file per kind of edit would part the checks from what they keep.
#include "plan/Topology.h"

#include "base/Address.h"
#include "plan/DnsNameFields.h"
#include "text/AsciiText.h"

#include <algorithm>

namespace edgeplan {

namespace {

constexpr size_t kMaxTextLength = 4096;

size_t characters(const std::string& text)
{
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

void checkText(const std::string& what, const std::string& text)
{
    if (text.size() > kMaxTextLength && characters(text) > kMaxTextLength)
        throw EditError("text.too-long",
                        what + " is longer than " + std::to_string(kMaxTextLength) + " characters",
                        {std::to_string(kMaxTextLength)});
}

} // namespace

const std::string& Component::address(const std::string& interfaceId) const
{
    static const std::string empty;
    const auto it = interfaces.find(interfaceId);
    return it == interfaces.end() ? empty : it->second.address;
}

Topology::Topology(std::shared_ptr<const Catalog> catalog) : m_catalog(std::move(catalog))
{
    if (!m_catalog)
        throw std::invalid_argument("Topology needs a catalog");
}

void Topology::setName(const std::string& name)
{
    checkText("the project name", name);
    m_name = name;
    touch();
}

void Topology::setAuthor(const std::string& author)
{
    checkText("the author", author);
    m_author = author;
    touch();
}

void Topology::setSignOff(const SignOff& signOff)
{
    checkText("the customer", signOff.customer);
    checkText("the revision", signOff.revision);
    checkText("the change note", signOff.changeNote);
    m_signOff = signOff;
    touch();
}

bool Topology::isScenarioEnabled(const std::string& scenarioId) const
{
    return m_scenarios.count(scenarioId) != 0;
}

void Topology::setScenarioEnabled(const std::string& scenarioId, bool enabled)
{
    if (!m_catalog->scenario(scenarioId))
        throw EditError("scenario.unknown", "unknown scenario \"" + scenarioId + "\"", {scenarioId});
    if (enabled)
        m_scenarios.insert(scenarioId);
    else
        m_scenarios.erase(scenarioId);
    touch();
}

void Topology::setVariant(const std::string& variantId)
{
    if (!variantId.empty() &&
        std::none_of(m_catalog->variants.begin(), m_catalog->variants.end(),
                     [&](const Variant& v) { return v.id == variantId; }))
        throw EditError("variant.unknown", "unknown deployment variant \"" + variantId + "\"",
                        {variantId});
    m_variant = variantId;
    touch();
}

void Topology::setNat(bool nat)
{
    m_nat = nat;
    touch();
}

namespace {

// A name as the plan keeps it: within the text limit, and a DNS name.
void checkDnsText(const std::string& what, const std::string& text)
{
    checkText(what, text);
    checkDnsName(what, text);
}

} // namespace

void Topology::setNaming(ProjectNaming naming)
{
    std::set<std::string> seen;
    for (const SipDomain& domain : naming.sipDomains) {
        if (!seen.insert(asciiLower(domain.name)).second)
            throw EditError("name.duplicate-domain", "the SIP domain " + domain.name + " is listed twice",
                            {domain.name});
    }
    for (auto it = naming.names.begin(); it != naming.names.end();) {
        const NameDef* def = m_catalog->nameDef(it->first);
        if (!def || def->source != "project")
            throw EditError("name.unknown", "the catalog has no project name " + it->first, {it->first});
        if (it->second.empty()) {
            it = naming.names.erase(it);
            continue;
        }
        ++it;
    }
    for (const DnsNameField& field : namingDnsNames(naming))
        checkDnsText(field.what, field.value);
    m_naming = std::move(naming);
    touch();
}

const Component* Topology::component(ComponentId id) const
{
    const auto it = m_components.find(id);
    return it == m_components.end() ? nullptr : &it->second;
}

const Link* Topology::link(LinkId id) const
{
    const auto it = m_links.find(id);
    return it == m_links.end() ? nullptr : &it->second;
}

std::vector<LinkId> Topology::linksOf(ComponentId id) const
{
    const auto it = m_linksByComponent.find(id);
    if (it == m_linksByComponent.end())
        return {};
    return std::vector<LinkId>(it->second.begin(), it->second.end());
}

LinkId Topology::linkBetween(ComponentId a, ComponentId b) const
{
    const auto ia = m_linksByComponent.find(a);
    const auto ib = m_linksByComponent.find(b);
    if (ia == m_linksByComponent.end() || ib == m_linksByComponent.end())
        return {};
    // Through the end with fewer links: an edge server may have thousands.
    const auto& [self, links] = ia->second.size() <= ib->second.size() ? std::pair{a, &ia->second}
                                                                        : std::pair{b, &ib->second};
    const ComponentId other = self == a ? b : a;
    for (LinkId linkId : *links) {
        const Link& link = m_links.at(linkId);
        if (link.a == other || link.b == other)
            return linkId;
    }
    return {};
}

void Topology::indexLink(const Link& link)
{
    m_linksByComponent[link.a].insert(link.id);
    m_linksByComponent[link.b].insert(link.id);
}

void Topology::unindexLink(const Link& link)
{
    for (ComponentId end : {link.a, link.b}) {
        const auto it = m_linksByComponent.find(end);
        if (it == m_linksByComponent.end())
            continue;
        it->second.erase(link.id);
        if (it->second.empty())
            m_linksByComponent.erase(it);
    }
}

Component& Topology::mutableComponent(ComponentId id)
{
    const auto it = m_components.find(id);
    if (it == m_components.end())
        throw EditError("component.missing", "no component has id " + std::to_string(id.value),
                        {std::to_string(id.value)});
    return it->second;
}

void Topology::checkAddress(const std::string& address) const
{
    if (!address.empty() && !isValidAddress(address))
        throw EditError("address.invalid",
                        "\"" + address + "\" is not an IPv4 or IPv6 address", {address});
}

void Topology::checkComponent(const Component& component) const
{
    if (!component.id.isValid())
        throw EditError("component.invalid-id", "a component id must be a positive number");
    const RoleDef* role = m_catalog->role(component.role);
    if (!role)
        throw EditError("component.unknown-role", "unknown role \"" + component.role + "\"",
                        {component.role});
    if (!m_catalog->zone(component.zone))
        throw EditError("component.unknown-zone", "unknown zone \"" + component.zone + "\"",
                        {component.zone});
    checkText("the name", component.name);
    if (!component.site.empty())
        checkText("the site", component.site);
    for (const DnsNameField& field : componentDnsNames(component))
        checkDnsText(field.what, field.value);
    for (const auto& [interfaceId, addresses] : component.interfaces) {
        if (!role->interfaceDef(interfaceId))
            throw EditError("component.unknown-interface",
                            "role \"" + role->id + "\" has no interface \"" + interfaceId + "\"",
                            {role->id, interfaceId});
        checkAddress(addresses.address);
        checkAddress(addresses.natAddress);
        if (addresses.port < 0 || addresses.port > 65535)
            throw EditError("port.range", "port " + std::to_string(addresses.port) +
                                              " is outside 1-65535",
                            {std::to_string(addresses.port)});
    }
    if (component.pool.isValid()) {
        const Component* pool = this->component(component.pool);
        const RoleDef* poolRole = pool ? m_catalog->role(pool->role) : nullptr;
        if (!pool || pool->id == component.id)
            throw EditError("pool.missing", "the pool " + std::to_string(component.pool.value) +
                                                " does not exist",
                            {std::to_string(component.pool.value)});
        if (!poolRole->pool || std::find(poolRole->pool->members.begin(), poolRole->pool->members.end(),
                                         component.role) == poolRole->pool->members.end())
            throw EditError("pool.role", "a " + poolRole->id + " cannot hold a " + component.role,
                            {poolRole->id, component.role});
    }
    for (const auto& [property, value] : component.properties) {
        if (!role->propertyDef(property))
            throw EditError("component.unknown-property",
                            "role \"" + role->id + "\" has no property \"" + property + "\"",
                            {role->id, property});
        checkText("a property value", value);
    }
}

ComponentId Topology::addComponent(const std::string& role, const std::string& name,
                                   const std::string& zone, Point position)
{
    Component component;
    component.id = ComponentId{m_nextComponent};
    component.role = role;
    component.name = name;
    component.zone = zone;
    component.position = position;
    insertComponent(component);
    return component.id;
}

void Topology::insertComponent(const Component& component)
{
    checkComponent(component);
    if (m_components.count(component.id))
        throw EditError("component.duplicate-id",
                        "a component with id " + std::to_string(component.id.value) + " exists",
                        {std::to_string(component.id.value)});
    m_components.emplace(component.id, component);
    if (component.pool.isValid())
        m_members[component.pool].insert(component.id);
    m_nextComponent = std::max(m_nextComponent, component.id.value + 1);
    touch();
}

void Topology::setComponentPool(ComponentId id, ComponentId pool)
{
    Component changed = mutableComponent(id);
    changed.pool = pool;
    updateComponent(changed);
}

std::vector<ComponentId> Topology::members(ComponentId pool) const
{
    const auto it = m_members.find(pool);
    if (it == m_members.end())
        return {};
    return std::vector<ComponentId>(it->second.begin(), it->second.end());
}

bool Topology::poolHasVip(const Component& pool) const
{
    const RoleDef* role = m_catalog->role(pool.role);
    if (!role || !role->pool)
        return false;
    const auto& variants = role->pool->vipVariants;
    return variants.empty() || std::find(variants.begin(), variants.end(), m_variant) != variants.end();
}

std::vector<Link> Topology::removeComponent(ComponentId id)
{
    const Component& component = mutableComponent(id);
    if (const auto it = m_members.find(id); it != m_members.end() && !it->second.empty())
        throw EditError("pool.not-empty", "the pool \"" + component.name + "\" still has members",
                        {component.name});
    if (component.pool.isValid()) {
        auto& members = m_members[component.pool];
        members.erase(id);
        if (members.empty())
            m_members.erase(component.pool);
    }
    std::vector<Link> removed;
    for (LinkId linkId : linksOf(id)) {
        const auto it = m_links.find(linkId);
        removed.push_back(it->second);
        unindexLink(it->second);
        m_links.erase(it);
    }
    m_components.erase(id);
    touch();
    return removed;
}

void Topology::setComponentName(ComponentId id, const std::string& name)
{
    checkText("the name", name);
    mutableComponent(id).name = name;
    touch();
}

void Topology::setComponentZone(ComponentId id, const std::string& zone)
{
    Component& component = mutableComponent(id);
    if (!m_catalog->zone(zone))
        throw EditError("component.unknown-zone", "unknown zone \"" + zone + "\"", {zone});
    component.zone = zone;
    touch();
}

void Topology::setComponentPosition(ComponentId id, Point position)
{
    mutableComponent(id).position = position;
    touch();
}

void Topology::setComponentFqdn(ComponentId id, const std::string& fqdn)
{
    if (!fqdn.empty())
        checkDnsText("the FQDN", fqdn);
    mutableComponent(id).fqdn = fqdn;
    touch();
}

void Topology::setInterfaceAddress(ComponentId id, const std::string& interfaceId,
                                   const std::string& address)
{
    setInterfaceField(id, interfaceId, &InterfaceAddress::address, address);
}

void Topology::setInterfaceNatAddress(ComponentId id, const std::string& interfaceId,
                                      const std::string& address)
{
    setInterfaceField(id, interfaceId, &InterfaceAddress::natAddress, address);
}

void Topology::setInterfaceField(ComponentId id, const std::string& interfaceId,
                                 std::string InterfaceAddress::*field, const std::string& address)
{
    Component& component = mutableComponent(id);
    if (!m_catalog->role(component.role)->interfaceDef(interfaceId))
        throw EditError("component.unknown-interface",
                        "role \"" + component.role + "\" has no interface \"" + interfaceId + "\"",
                        {component.role, interfaceId});
    checkAddress(address);
    InterfaceAddress& entry = component.interfaces[interfaceId];
    entry.*field = address;
    if (entry.empty())
        component.interfaces.erase(interfaceId);
    touch();
}

void Topology::setComponentProperty(ComponentId id, const std::string& property,
                                    const std::string& value)
{
    Component& component = mutableComponent(id);
    const PropertyDef* def = m_catalog->role(component.role)->propertyDef(property);
    if (!def)
        throw EditError("component.unknown-property",
                        "role \"" + component.role + "\" has no property \"" + property + "\"",
                        {component.role, property});
    checkText("a property value", value);
    if (property == kSipDomainProperty && !value.empty())
        checkDnsName("the SIP domain", value);
    if (def->type == "bool" && value != "true" && value != "false")
        throw EditError("property.invalid", "\"" + property + "\" must be true or false", {property});
    if (def->type == "choice" &&
        std::find(def->choices.begin(), def->choices.end(), value) == def->choices.end())
        throw EditError("property.invalid", "\"" + value + "\" is not a choice of \"" + property + "\"",
                        {property, value});
    component.properties[property] = value;
    touch();
}

void Topology::updateComponent(const Component& component)
{
    Component& current = mutableComponent(component.id);
    checkComponent(component);
    if (component.role != current.role && m_members.count(component.id))
        throw EditError("pool.not-empty", "the pool \"" + current.name + "\" still has members",
                        {current.name});
    for (const auto& [property, value] : component.properties) {
        const PropertyDef* def = m_catalog->role(component.role)->propertyDef(property);
        if (def->type == "bool" && value != "true" && value != "false")
            throw EditError("property.invalid", "\"" + property + "\" must be true or false", {property});
    }
    if (component.pool != current.pool) {
        if (current.pool.isValid()) {
            auto& members = m_members[current.pool];
            members.erase(current.id);
            if (members.empty())
                m_members.erase(current.pool);
        }
        if (component.pool.isValid())
            m_members[component.pool].insert(component.id);
    }
    current = component;
    touch();
}

std::string Topology::propertyValue(const Component& component, const std::string& property) const
{
    const auto it = component.properties.find(property);
    if (it != component.properties.end())
        return it->second;
    const RoleDef* role = m_catalog->role(component.role);
    const PropertyDef* def = role ? role->propertyDef(property) : nullptr;
    return def ? def->defaultValue : std::string();
}

bool Topology::holds(const PlanCondition& condition) const
{
    if (m_holdsRevision != m_revision) {
        m_holds.clear();
        m_holdsRevision = m_revision;
    }
    if (const auto it = m_holds.find(&condition); it != m_holds.end())
        return it->second;
    bool found = false;
    for (const auto& entry : m_components) {
        const Component& component = entry.second;
        if (std::find(condition.roles.begin(), condition.roles.end(), component.role) ==
            condition.roles.end())
            continue;
        found = std::all_of(condition.when.begin(), condition.when.end(), [&](const auto& value) {
            return propertyValue(component, value.first) == value.second;
        });
        if (found)
            break;
    }
    m_holds[&condition] = found;
    return found;
}

LinkId Topology::addLink(ComponentId a, ComponentId b)
{
    const Link link{LinkId{m_nextLink}, a, b, {}};
    insertLink(link);
    return link.id;
}

void Topology::insertLink(const Link& link)
{
    if (!link.id.isValid())
        throw EditError("link.invalid-id", "a link id must be a positive number");
    if (m_links.count(link.id))
        throw EditError("link.duplicate-id",
                        "a link with id " + std::to_string(link.id.value) + " exists",
                        {std::to_string(link.id.value)});
    checkLink(link);
    m_links.emplace(link.id, link);
    indexLink(link);
    m_nextLink = std::max(m_nextLink, link.id.value + 1);
    touch();
}

void Topology::checkLink(const Link& link, const std::vector<Component>& pending) const
{
    auto exists = [&](ComponentId id) {
        if (component(id))
            return true;
        for (const Component& c : pending)
            if (c.id == id)
                return true;
        return false;
    };
    if (!exists(link.a) || !exists(link.b))
        throw EditError("link.missing-component", "the link joins a component that does not exist");
    if (link.a == link.b)
        throw EditError("link.self", "a link must join two different components");
    if (linkBetween(link.a, link.b).isValid())
        throw EditError("link.duplicate", "the two components are already linked");
}

void Topology::removeLink(LinkId id)
{
    const auto it = m_links.find(id);
    if (it == m_links.end())
        throw EditError("link.missing", "no link has id " + std::to_string(id.value),
                        {std::to_string(id.value)});
    unindexLink(it->second);
    m_links.erase(it);
    touch();
}

std::string Topology::uniqueName(const std::string& base) const
{
    std::set<std::string> taken;
    for (const auto& [id, component] : m_components)
        taken.insert(component.name);
    if (!taken.count(base))
        return base;
    // "edge01": the letters, then the number in its width.
    const size_t digits = base.find_last_not_of("0123456789") + 1;
    if (digits > 0 && digits < base.size() && base[digits - 1] != ' ' && base.size() - digits <= 6) {
        const std::string prefix = base.substr(0, digits);
        const size_t width = base.size() - digits;
        for (long n = 1;; ++n) {
            std::string number = std::to_string(n);
            if (number.size() < width)
                number.insert(0, width - number.size(), '0');
            if (!taken.count(prefix + number))
                return prefix + number;
        }
    }
    for (int n = 2;; ++n) {
        const std::string candidate = base + " " + std::to_string(n);
        if (!taken.count(candidate))
            return candidate;
    }
}

std::string Topology::newComponentName(const RoleDef& role, const std::string& roleName) const
{
    return uniqueName(role.hostName.empty() ? roleName : role.hostName + "01");
}

bool Topology::operator==(const Topology& other) const
{
    return m_catalog->id == other.m_catalog->id && m_name == other.m_name &&
           m_author == other.m_author && m_signOff == other.m_signOff && m_scenarios == other.m_scenarios &&
           m_variant == other.m_variant && m_nat == other.m_nat && m_naming == other.m_naming && m_extraFields == other.m_extraFields &&
           m_components == other.m_components &&
           m_links == other.m_links;
}

} // namespace edgeplan

namespace edgeplan {

std::unique_ptr<Topology> convertTopology(const Topology& topology,
                                          std::shared_ptr<const Catalog> target,
                                          std::vector<std::string>* problems)
{
    auto result = std::make_unique<Topology>(target);
    std::vector<std::string> found;
    auto attempt = [&](const std::string& what, auto&& edit) {
        try {
            edit();
        } catch (const EditError& e) {
            found.push_back(what + ": " + e.what());
        }
    };
    result->setName(topology.name());
    result->setAuthor(topology.author());
    result->setSignOff(topology.signOff());
    result->setExtraFields(topology.extraFields());
    result->setNat(topology.nat());
    for (const std::string& scenario : topology.enabledScenarios())
        attempt("scenario \"" + scenario + "\"", [&] { result->setScenarioEnabled(scenario, true); });
    if (target->variant(topology.variant()))
        result->setVariant(topology.variant());
    attempt("the project's DNS names", [&] { result->setNaming(topology.naming()); });
    for (const auto& [id, component] : topology.components()) {
        Component copy = component;
        copy.pool = {};
        attempt("component \"" + component.name + "\"", [&] { result->insertComponent(copy); });
    }
    // Plain loop variables: clang does not let a lambda capture structured bindings.
    for (const auto& entry : topology.components()) {
        const Component& component = entry.second;
        if (component.pool.isValid() && result->component(component.id) && result->component(component.pool))
            attempt("component \"" + component.name + "\"",
                    [&] { result->setComponentPool(component.id, component.pool); });
    }
    for (const auto& entry : topology.links()) {
        const Link& link = entry.second;
        if (result->component(link.a) && result->component(link.b))
            attempt("link " + std::to_string(link.id.value), [&] { result->insertLink(link); });
    }
    if (!found.empty()) {
        if (problems)
            *problems = std::move(found);
        return nullptr;
    }
    return result;
}

} // namespace edgeplan
