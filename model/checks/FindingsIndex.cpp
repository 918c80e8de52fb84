#include "checks/FindingsIndex.h"

#include "checks/Checker.h"

#include <algorithm>
#include <iterator>

namespace edgeplan {

namespace {

const std::vector<Finding> kNone;

} // namespace

bool FindingsIndex::rebuild(const Topology& topology, const CarriedRules& rules,
                            const std::vector<DnsRecord>& records, const std::vector<CertificateEntry>& certificates)
{
    checks::Checker checker(topology, rules, records, certificates);
    std::unordered_map<ComponentId, std::vector<Finding>> byComponent;
    std::unordered_map<LinkId, std::vector<Finding>> byLink;
    std::vector<Finding> all;
    for (const auto& [id, component] : topology.components())
        if (std::vector<Finding> found = checker.componentFindings(component); !found.empty()) {
            all.insert(all.end(), found.begin(), found.end());
            byComponent.emplace(id, std::move(found));
        }
    for (const auto& [id, link] : topology.links())
        if (std::vector<Finding> found = checker.linkFindings(id, link); !found.empty()) {
            all.insert(all.end(), found.begin(), found.end());
            byLink.emplace(id, std::move(found));
        }
    m_plan = checker.planFindings();
    all.insert(all.end(), m_plan.begin(), m_plan.end());
    std::sort(all.begin(), all.end(), checks::findingLess);
    const bool changed = all != m_all;
    m_all = std::move(all);
    m_byComponent = std::move(byComponent);
    m_byLink = std::move(byLink);
    m_poolOf.clear();
    m_ends.clear();
    remember(topology, nullptr, nullptr);
    m_lastChecked = {topology.components().size(), topology.links().size()};
    return changed;
}

bool FindingsIndex::update(const Topology& topology, const CarriedRules& rules,
                           const std::vector<DnsRecord>& records, const std::vector<CertificateEntry>& certificates,
                           const std::vector<ComponentId>& components, const std::vector<LinkId>& links)
{
    const std::unordered_set<ComponentId> checked = touched(topology, components, links);
    // A link's own findings read its ends' names, zones and roles and
    // whether it carries rows: the links of the components the edit
    // changed, and those whose rows it changed.
    std::vector<LinkId> checkedLinks = links;
    for (const ComponentId id : components)
        for (const LinkId link : topology.linksOf(id))
            checkedLinks.push_back(link);
    std::sort(checkedLinks.begin(), checkedLinks.end());
    checkedLinks.erase(std::unique(checkedLinks.begin(), checkedLinks.end()), checkedLinks.end());

    checks::Checker checker(topology, rules, records, certificates, &checked);
    std::vector<Finding> removed;
    std::vector<Finding> added;
    auto refresh = [&](auto& cache, auto id, std::vector<Finding> now) {
        const auto it = cache.find(id);
        const std::vector<Finding>& before = it == cache.end() ? kNone : it->second;
        if (before == now)
            return;
        removed.insert(removed.end(), before.begin(), before.end());
        added.insert(added.end(), now.begin(), now.end());
        if (now.empty())
            cache.erase(it);
        else
            cache[id] = std::move(now);
    };
    for (const ComponentId id : checked) {
        const Component* component = topology.component(id);
        refresh(m_byComponent, id, component ? checker.componentFindings(*component) : std::vector<Finding>{});
    }
    for (const LinkId id : checkedLinks) {
        const Link* link = topology.link(id);
        refresh(m_byLink, id, link ? checker.linkFindings(id, *link) : std::vector<Finding>{});
    }
    std::vector<Finding> plan = checker.planFindings();
    if (plan != m_plan) {
        removed.insert(removed.end(), m_plan.begin(), m_plan.end());
        added.insert(added.end(), plan.begin(), plan.end());
        m_plan = std::move(plan);
    }
    remember(topology, &checked, &checkedLinks);
    m_lastChecked = {checked.size(), checkedLinks.size()};
    if (removed.empty() && added.empty())
        return false;

    // One pass over the sorted findings: those of what was checked again
    // go, their new ones come in at their places.
    std::sort(removed.begin(), removed.end(), checks::findingLess);
    std::sort(added.begin(), added.end(), checks::findingLess);
    std::vector<Finding> kept;
    kept.reserve(m_all.size());
    std::set_difference(std::make_move_iterator(m_all.begin()), std::make_move_iterator(m_all.end()),
                        removed.begin(), removed.end(), std::back_inserter(kept), checks::findingLess);
    m_all.clear();
    m_all.reserve(kept.size() + added.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
               std::back_inserter(m_all), checks::findingLess);
    return true;
}

std::unordered_set<ComponentId> FindingsIndex::touched(const Topology& topology,
                                                       const std::vector<ComponentId>& components,
                                                       const std::vector<LinkId>& links) const
{
    std::unordered_set<ComponentId> near(components.begin(), components.end());
    // The ends of links added, removed or carrying other rows: as they are
    // now, and as they were for a link that is gone.
    for (const LinkId id : links) {
        if (const Link* link = topology.link(id)) {
            near.insert(link->a);
            near.insert(link->b);
        }
        if (const auto it = m_ends.find(id); it != m_ends.end()) {
            near.insert(it->second.first);
            near.insert(it->second.second);
        }
    }
    // A pool's findings read its members (the same services), a member's
    // rows hang on its pool's links: the pools before and after, and the
    // members.
    std::unordered_set<ComponentId> result = near;
    for (const ComponentId id : near) {
        if (const auto it = m_poolOf.find(id); it != m_poolOf.end())
            result.insert(it->second);
        if (const Component* c = topology.component(id); c && c->pool.isValid())
            result.insert(c->pool);
        for (const ComponentId member : topology.members(id))
            result.insert(member);
    }
    // The other ends of their rows: a name sorts rows among those of the
    // component at the other end, and a role decides whether that one is
    // linked to what it must be.
    std::vector<ComponentId> counterparts;
    for (const ComponentId id : result) {
        const Component* c = topology.component(id);
        if (!c)
            continue;
        for (const ComponentId end : {id, c->pool}) {
            if (!end.isValid())
                continue;
            for (const LinkId linkId : topology.linksOf(end)) {
                const Link& link = *topology.link(linkId);
                const ComponentId other = link.a == end ? link.b : link.a;
                counterparts.push_back(other);
                for (const ComponentId member : topology.members(other))
                    counterparts.push_back(member);
            }
        }
    }
    result.insert(counterparts.begin(), counterparts.end());
    return result;
}

void FindingsIndex::remember(const Topology& topology, const std::unordered_set<ComponentId>* components,
                             const std::vector<LinkId>* links)
{
    auto rememberComponent = [&](ComponentId id) {
        const Component* c = topology.component(id);
        if (c && c->pool.isValid())
            m_poolOf[id] = c->pool;
        else
            m_poolOf.erase(id);
    };
    auto rememberLink = [&](LinkId id) {
        if (const Link* link = topology.link(id))
            m_ends[id] = {link->a, link->b};
        else
            m_ends.erase(id);
    };
    if (components)
        for (const ComponentId id : *components)
            rememberComponent(id);
    else
        for (const auto& [id, component] : topology.components())
            rememberComponent(id);
    if (links)
        for (const LinkId id : *links)
            rememberLink(id);
    else
        for (const auto& [id, link] : topology.links())
            rememberLink(id);
}

} // namespace edgeplan
