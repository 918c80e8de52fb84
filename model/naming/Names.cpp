#include "naming/Names.h"

#include <algorithm>
#include <cstdint>

namespace edgeplan {

namespace {

thread_local const naming::DomainCache* t_domains = nullptr;
thread_local naming::FallbackRecorder* t_fallbacks = nullptr;

} // namespace

namespace naming {

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool scenariosOn(const Topology& topology, const std::vector<std::string>& scenarios)
{
    return scenarios.empty() || std::any_of(scenarios.begin(), scenarios.end(), [&](const std::string& s) {
               return topology.isScenarioEnabled(s);
           });
}

bool planHolds(const Topology& topology, const std::optional<PlanCondition>& condition)
{
    return !condition || topology.holds(*condition);
}

namespace {

// In id order; `enough` stops the search early (the first owner alone).
std::vector<const Component*> findOwners(const Topology& topology, const std::vector<std::string>& roles,
                                         size_t enough = SIZE_MAX)
{
    std::vector<const Component*> result;
    for (const auto& [id, component] : topology.components()) {
        if (result.size() >= enough)
            break;
        if (!contains(roles, component.role))
            continue;
        if (component.pool.isValid())
            if (const Component* pool = topology.component(component.pool); pool && contains(roles, pool->role))
                continue;
        result.push_back(&component);
    }
    return result;
}

// The owners kept by the scope of the derivation that runs, or null when
// none runs on this plan.
const std::vector<const Component*>* keptOwners(const Topology& topology, const std::vector<std::string>& roles)
{
    if (!t_domains || t_domains->topology != &topology)
        return nullptr;
    auto it = t_domains->owners.find(roles);
    if (it == t_domains->owners.end())
        it = t_domains->owners.emplace(roles, findOwners(topology, roles)).first;
    return &it->second;
}

} // namespace

std::vector<const Component*> ownersOf(const Topology& topology, const std::vector<std::string>& roles)
{
    if (const auto* kept = keptOwners(topology, roles))
        return *kept;
    return findOwners(topology, roles);
}

const Component* firstOwnerOf(const Topology& topology, const std::vector<std::string>& roles)
{
    if (const auto* kept = keptOwners(topology, roles))
        return kept->empty() ? nullptr : kept->front();
    const auto owners = findOwners(topology, roles, 1);
    return owners.empty() ? nullptr : owners.front();
}

std::set<std::string> publishingRoles(const Catalog& catalog)
{
    std::set<std::string> roles;
    for (const NameDef& def : catalog.names)
        roles.insert(def.roles.begin(), def.roles.end());
    for (const DnsRecordDef& def : catalog.dnsRecords)
        roles.insert(def.at.roles.begin(), def.at.roles.end());
    return roles;
}

FallbackRecorder::FallbackRecorder() : m_outer(t_fallbacks)
{
    t_fallbacks = this;
}

FallbackRecorder::~FallbackRecorder()
{
    t_fallbacks = m_outer;
}

void FallbackRecorder::note(const std::vector<std::string>& roles, const Component* owner)
{
    const ComponentId id = owner ? owner->id : ComponentId();
    for (const auto& [r, i] : m_used)
        if (r == roles && i == id)
            return;
    m_used.emplace_back(roles, id);
}

DomainScope::DomainScope(const Topology& topology)
{
    if (t_domains)
        return;
    m_cache.domains = effectiveSipDomains(topology);
    m_cache.topology = &topology;
    t_domains = &m_cache;
    m_owner = true;
}

DomainScope::~DomainScope()
{
    if (m_owner)
        t_domains = nullptr;
}

} // namespace naming

using namespace naming;

namespace {

std::string nameFor(const Topology& topology, const NameDef& def, const Component* component, int depth,
                    bool* missing = nullptr)
{
    const Component* owner = nullptr;
    if (def.source != "project") {
        if (component && contains(def.roles, component->role)) {
            owner = component;
        } else {
            owner = firstOwnerOf(topology, def.roles);
            if (t_fallbacks)
                t_fallbacks->note(def.roles, owner);
        }
    }
    if (owner && owner->pool.isValid())
        if (const Component* pool = topology.component(owner->pool); pool && contains(def.roles, pool->role))
            owner = pool;
    std::string value;
    if (def.source == "project") {
        const auto it = topology.naming().names.find(def.id);
        if (it != topology.naming().names.end())
            value = it->second;
    } else if (owner && def.source == "component") {
        value = owner->fqdn;
    } else if (owner) {
        const auto it = owner->interfaces.find(def.interfaceId);
        if (it != owner->interfaces.end())
            value = it->second.fqdn;
    }
    if (!value.empty())
        return withoutTrailingDot(value);
    return expand(def.defaultName, Expansion{topology, owner, {}, depth + 1, missing});
}

bool usesSipDomain(const std::string& text)
{
    return text.find("{sipDomain}") != std::string::npos;
}

} // namespace

namespace naming {

std::string expand(const std::string& text, const Expansion& context)
{
    std::string out;
    size_t at = 0;
    while (at < text.size()) {
        const size_t open = text.find('{', at);
        if (open == std::string::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, open - at);
        const size_t close = text.find('}', open);
        if (close == std::string::npos) {
            out += text.substr(open);
            break;
        }
        const std::string key = text.substr(open + 1, close - open - 1);
        std::string value;
        if (key == "domain")
            value = defaultSipDomain(context.topology);
        else if (key == "sipDomain")
            value = context.sipDomain;
        else if (key == "internalDomain")
            value = internalDomain(context.topology);
        else if (key == "component")
            value = context.component ? dnsLabel(context.component->name) : std::string("host");
        else if (key.rfind("name:", 0) == 0 && context.depth < 4)
            if (const NameDef* def = context.topology.catalog().nameDef(key.substr(5)))
                value = nameFor(context.topology, *def, context.component, context.depth, context.missing);
        if (value.empty() && context.missing)
            *context.missing = true;
        out += value;
        at = close + 1;
    }
    return out;
}

bool domainHasFlag(const SipDomain& domain, const std::string& flag)
{
    if (flag == "federation")
        return domain.federation;
    if (flag == "xmpp")
        return domain.xmpp;
    return true;
}

void addName(std::vector<std::string>& names, const std::string& name)
{
    if (name.empty())
        return;
    for (const std::string& n : names)
        if (sameDnsName(n, name))
            return;
    names.push_back(name);
}

std::vector<std::pair<std::string, std::string>> expandPerDomain(const Topology& topology,
                                                                 const std::string& text,
                                                                 const Component* component,
                                                                 const std::string& flag)
{
    std::vector<std::pair<std::string, std::string>> result;
    // A name whose domain is not known yet is left out (dns.no-sip-domain says why).
    if (!usesSipDomain(text)) {
        bool missing = false;
        std::string name = expand(text, Expansion{topology, component, {}, 0, &missing});
        if (!missing)
            result.emplace_back(std::move(name), std::string());
        return result;
    }
    for (const SipDomain& domain : effectiveSipDomains(topology)) {
        bool missing = false;
        std::string name = expand(text, Expansion{topology, component, domain.name, 0, &missing});
        if (domainHasFlag(domain, flag) && !missing)
            result.emplace_back(std::move(name), domain.name);
    }
    return result;
}

} // namespace naming

std::vector<SipDomain> effectiveSipDomains(const Topology& topology)
{
    if (t_domains && t_domains->topology == &topology)
        return t_domains->domains;
    if (!topology.naming().sipDomains.empty())
        return topology.naming().sipDomains;
    std::vector<SipDomain> result;
    const std::set<std::string> roles = publishingRoles(topology.catalog());
    for (const auto& [id, component] : topology.components()) {
        if (!roles.count(component.role))
            continue;
        const std::string domain = withoutTrailingDot(topology.propertyValue(component, kSipDomainProperty));
        if (domain.empty())
            continue;
        if (std::none_of(result.begin(), result.end(),
                         [&](const SipDomain& d) { return sameDnsName(d.name, domain); }))
            result.push_back(SipDomain{domain});
    }
    return result;
}

std::string defaultSipDomain(const Topology& topology)
{
    const auto domains = effectiveSipDomains(topology);
    return domains.empty() ? std::string() : domains.front().name;
}

std::string internalDomain(const Topology& topology)
{
    if (!topology.naming().internalDomain.empty())
        return withoutTrailingDot(topology.naming().internalDomain);
    return defaultSipDomain(topology);
}

std::string dnsLabel(const std::string& name)
{
    std::string label;
    for (const char c : name) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const bool plain = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
        if (plain)
            label += l;
        else if (!label.empty() && label.back() != '-')
            label += '-';
    }
    while (!label.empty() && label.back() == '-')
        label.pop_back();
    if (label.size() > 63) {
        label.resize(63);
        while (!label.empty() && label.back() == '-')
            label.pop_back();
    }
    return label.empty() ? std::string("host") : label;
}

NameValue resolveName(const Topology& topology, const NameDef& def, const Component* component)
{
    NameValue result;
    result.def = &def;
    if (component && def.source != "project")
        result.component = component->id;
    result.value = nameFor(topology, def, component, 0);
    // The default, as the catalog would give it with nothing set here.
    const Component* owner = def.source == "project" ? nullptr : component;
    result.defaultValue = expand(def.defaultName, Expansion{topology, owner, {}, 1, nullptr});
    if (def.source == "project")
        result.isDefault = !topology.naming().names.count(def.id);
    else if (component && def.source == "component")
        result.isDefault = component->fqdn.empty();
    else if (component) {
        const auto it = component->interfaces.find(def.interfaceId);
        result.isDefault = it == component->interfaces.end() || it->second.fqdn.empty();
    }
    return result;
}

std::vector<NameValue> planNames(const Topology& topology)
{
    const DomainScope scope(topology);
    std::vector<NameValue> result;
    for (const NameDef& def : topology.catalog().names)
        if (def.source == "project")
            result.push_back(resolveName(topology, def, nullptr));
    for (const auto& [id, component] : topology.components()) {
        if (component.pool.isValid())
            continue;
        for (const NameDef& def : topology.catalog().names)
            if (def.source != "project" && contains(def.roles, component.role))
                result.push_back(resolveName(topology, def, &component));
    }
    return result;
}

} // namespace edgeplan
