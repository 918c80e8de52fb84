#include "RuleEngine.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace edgeplan {

size_t RuleTables::ruleCount() const
{
    size_t count = unfiltered.size();
    for (const FirewallTable& table : firewalls)
        count += table.rows.size();
    return count;
}

bool endpointMatches(const Topology& topology, const RuleEndpoint& end, const Component& component)
{
    if (std::find(end.roles.begin(), end.roles.end(), component.role) == end.roles.end())
        return false;
    for (const auto& [property, value] : end.when)
        if (topology.propertyValue(component, property) != value)
            return false;
    return true;
}

bool ruleActive(const Topology& topology, const Rule& rule)
{
    if (!topology.isScenarioEnabled(rule.scenario))
        return false;
    if (rule.variants.empty())
        return true;
    return std::find(rule.variants.begin(), rule.variants.end(), topology.variant()) !=
           rule.variants.end();
}

std::vector<RuleBinding> linkRules(const Topology& topology, LinkId linkId)
{
    std::vector<RuleBinding> result;
    const Link* link = topology.link(linkId);
    if (!link)
        return result;
    const Component* a = topology.component(link->a);
    const Component* b = topology.component(link->b);
    if (!a || !b)
        return result;
    for (const Rule& rule : topology.catalog().rules) {
        if (!ruleActive(topology, rule))
            continue;
        if (endpointMatches(topology, rule.from, *a) && endpointMatches(topology, rule.to, *b))
            result.push_back({&rule, a->id, b->id, linkId});
        if (endpointMatches(topology, rule.from, *b) && endpointMatches(topology, rule.to, *a))
            result.push_back({&rule, b->id, a->id, linkId});
    }
    return result;
}

std::vector<LinkLabelLine> linkLabel(const Topology& topology, LinkId linkId)
{
    std::vector<LinkLabelLine> lines;
    const Link* link = topology.link(linkId);
    if (!link)
        return lines;
    for (const RuleBinding& binding : linkRules(topology, linkId)) {
        const Rule& rule = *binding.rule;
        LinkLabelLine line{transportName(rule.transport), rule.ports.toString(), rule.protocol};
        const bool forward = binding.source == link->a;
        auto it = std::find_if(lines.begin(), lines.end(), [&](const LinkLabelLine& l) {
            return l.transport == line.transport && l.ports == line.ports &&
                   l.protocol == line.protocol;
        });
        if (it == lines.end()) {
            lines.push_back(line);
            it = lines.end() - 1;
        }
        (forward ? it->aToB : it->bToA) = true;
    }
    return lines;
}

RuleTables deriveTables(const Topology& topology)
{
    const Catalog& catalog = topology.catalog();
    RuleTables tables;
    for (const Firewall& fw : catalog.firewalls)
        tables.firewalls.push_back({&fw, {}});

    std::set<std::tuple<const Rule*, ComponentId, ComponentId>> seen;
    for (const auto& [linkId, link] : topology.links()) {
        for (const RuleBinding& binding : linkRules(topology, linkId)) {
            if (!seen.insert({binding.rule, binding.source, binding.destination}).second)
                continue;
            const Component& src = *topology.component(binding.source);
            const Component& dst = *topology.component(binding.destination);
            const auto crossed = catalog.firewallsBetween(src.zone, dst.zone);
            if (crossed.empty()) {
                tables.unfiltered.push_back(binding);
                continue;
            }
            const bool outbound = catalog.zoneIndex(src.zone) < catalog.zoneIndex(dst.zone);
            for (const Firewall* fw : crossed) {
                const auto index = static_cast<size_t>(fw - catalog.firewalls.data());
                tables.firewalls[index].rows.push_back(
                    {binding, outbound ? Direction::Outbound : Direction::Inbound,
                     crossed.size() > 1});
            }
        }
    }

    auto key = [&](const RuleBinding& b) {
        const Component& src = *topology.component(b.source);
        const Component& dst = *topology.component(b.destination);
        return std::make_tuple(catalog.scenarioIndex(b.rule->scenario),
                               static_cast<long>(b.rule - catalog.rules.data()), src.name, dst.name,
                               b.source, b.destination);
    };
    for (FirewallTable& table : tables.firewalls)
        std::stable_sort(table.rows.begin(), table.rows.end(),
                         [&](const TableRow& x, const TableRow& y) {
                             return key(x.binding) < key(y.binding);
                         });
    std::stable_sort(tables.unfiltered.begin(), tables.unfiltered.end(),
                     [&](const RuleBinding& x, const RuleBinding& y) { return key(x) < key(y); });
    return tables;
}

std::string endpointAddress(const Topology& topology, ComponentId componentId,
                            const std::string& interfaceId)
{
    const Component* component = topology.component(componentId);
    if (!component)
        return "Any";
    const std::string& address = component->address(interfaceId);
    return address.empty() ? "Any" : address;
}

} // namespace edgeplan
