// The rule engine (RuleEngine.h): which catalog rules a link carries and
// which firewalls they cross, derived whole (deriveTables) or kept edit by
// edit (TableIndex), which shares the derivation's placement and order.
#include "rules/RuleEngine.h"

#include "rules/Folding.h"
#include "rules/Placement.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

namespace edgeplan {

size_t RuleTables::ruleCount() const
{
    size_t count = unfiltered.size();
    for (const FirewallTable& table : firewalls)
        count += table.rows.size();
    return count;
}

size_t FirewallTable::openingCount() const
{
    return size_t(std::count_if(folded.begin(), folded.end(),
                                [](const FoldedRow& row) { return !row.coveredBy; }));
}

size_t RuleTables::openingCount() const
{
    size_t count = 0;
    for (const FirewallTable& table : firewalls)
        count += table.openingCount();
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
    if (!rule.variants.empty() &&
        std::find(rule.variants.begin(), rule.variants.end(), topology.variant()) == rule.variants.end())
        return false;
    return !rule.planHas || topology.holds(*rule.planHas);
}

std::vector<ComponentId> boundComponents(const Topology& topology, const Component& component,
                                         PoolBinding binding)
{
    std::vector<ComponentId> members = topology.members(component.id);
    if (members.empty())
        return {component.id};
    if (binding == PoolBinding::Members || !topology.poolHasVip(component))
        return members;
    if (binding == PoolBinding::Vip)
        return {component.id};
    members.insert(members.begin(), component.id);
    return members;
}

namespace {

PortRange boundPorts(const Topology& topology, const Rule& rule, ComponentId source,
                     ComponentId destination)
{
    if (rule.listenPort == ListenPort::None)
        return rule.ports;
    const bool to = rule.listenPort == ListenPort::To;
    const Component* end = topology.component(to ? destination : source);
    const std::string& interfaceId = to ? rule.to.interfaceId : rule.from.interfaceId;
    const auto it = end->interfaces.find(interfaceId);
    if (it == end->interfaces.end() || it->second.port == 0)
        return rule.ports;
    return PortRange{it->second.port, it->second.port};
}

void bind(const Topology& topology, const Rule& rule, const Component& from, const Component& to,
          LinkId link, std::vector<RuleBinding>& result)
{
    const auto sources = boundComponents(topology, from, rule.from.pool);
    const auto destinations = boundComponents(topology, to, rule.to.pool);
    for (const ComponentId s : sources)
        for (const ComponentId d : destinations)
            result.push_back({&rule, s, d, link, boundPorts(topology, rule, s, d)});
}

} // namespace

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
            bind(topology, rule, *a, *b, linkId, result);
        if (endpointMatches(topology, rule.from, *b) && endpointMatches(topology, rule.to, *a))
            bind(topology, rule, *b, *a, linkId, result);
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
        LinkLabelLine line{transportName(rule.transport), binding.ports.toString(), rule.protocol};
        // A pool's member stands at its pool's end of the link.
        const bool forward = binding.source == link->a || topology.component(binding.source)->pool == link->a;
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

// The index of each rule's scenario in the catalog, by rule index.
std::vector<int> scenarioIndexByRule(const Catalog& catalog)
{
    std::vector<int> result(catalog.rules.size());
    for (size_t i = 0; i < catalog.rules.size(); ++i)
        result[i] = catalog.scenarioIndex(catalog.rules[i].scenario);
    return result;
}

Placement placementOf(const Topology& topology, const RuleBinding& binding)
{
    const Catalog& catalog = topology.catalog();
    const Component& src = *topology.component(binding.source);
    const Component& dst = *topology.component(binding.destination);
    Placement p;
    p.crossed = catalog.firewallsBetween(src.zone, dst.zone);
    p.direction = catalog.zoneIndex(src.zone) < catalog.zoneIndex(dst.zone) ? Direction::Outbound
                                                                              : Direction::Inbound;
    return p;
}

RuleTables deriveTables(const Topology& topology)
{
    const Catalog& catalog = topology.catalog();
    RuleTables tables;
    tables.firewalls.reserve(catalog.firewalls.size());
    for (const Firewall& fw : catalog.firewalls)
        tables.firewalls.push_back({&fw, {}, {}});

    // What the rows need of each component, looked up once per derivation
    // rather than per binding: its zone's index and the rank of its name
    // among all names (equal names, equal ranks), so that rows sort on
    // integers in the same order as on the names themselves.
    struct ComponentFacts
    {
        int zone;
        std::uint32_t nameRank;
    };
    // By id: a plain vector when the ids are dense (as loading and the
    // generator make them), else a hash map.
    const auto& components = topology.components();
    const std::uint64_t maxId = components.empty() ? 0 : components.rbegin()->first.value;
    const bool dense = maxId <= 2 * components.size() + 1024;
    std::vector<ComponentFacts> denseFacts(dense ? size_t(maxId) + 1 : 0);
    std::unordered_map<ComponentId, ComponentFacts> sparseFacts;
    if (!dense)
        sparseFacts.reserve(components.size());
    {
        std::vector<const Component*> byName;
        byName.reserve(components.size());
        for (const auto& [id, component] : components)
            byName.push_back(&component);
        std::sort(byName.begin(), byName.end(),
                  [](const Component* x, const Component* y) { return x->name < y->name; });
        std::uint32_t rank = 0;
        for (size_t i = 0; i < byName.size(); ++i) {
            if (i > 0 && byName[i]->name != byName[i - 1]->name)
                ++rank;
            const ComponentFacts f{catalog.zoneIndex(byName[i]->zone), rank};
            if (dense)
                denseFacts[size_t(byName[i]->id.value)] = f;
            else
                sparseFacts.emplace(byName[i]->id, f);
        }
    }
    auto factsOf = [&](ComponentId id) -> const ComponentFacts& {
        return dense ? denseFacts[size_t(id.value)] : sparseFacts.at(id);
    };

    // Where a binding goes depends only on its two zones: computed once per pair.
    const int zoneCount = static_cast<int>(catalog.zones.size());
    std::vector<std::optional<Placement>> placements(size_t(zoneCount) * size_t(zoneCount));
    auto placementFor = [&](const RuleBinding& binding, int from, int to) -> Placement {
        if (from < 0 || to < 0)
            return placementOf(topology, binding);
        std::optional<Placement>& cached = placements[size_t(from) * size_t(zoneCount) + size_t(to)];
        if (!cached)
            cached = placementOf(topology, binding);
        return *cached;
    };

    // Each row with its sort key: scenario, the document's row order, then
    // the ends' names and ids. Rows are appended in link order, so a stable
    // sort keeps the lowest link first among equal keys.
    const std::vector<int> scenarioOfRule = scenarioIndexByRule(catalog);
    struct SortKey
    {
        int scenario;
        int rule;
        std::uint32_t source;
        std::uint32_t destination;
        ComponentId sourceId;
        ComponentId destinationId;
        auto operator<=>(const SortKey&) const = default;
    };
    std::vector<std::vector<std::pair<SortKey, TableRow>>> keyed(catalog.firewalls.size());
    std::vector<std::pair<SortKey, RuleBinding>> keyedUnfiltered;
    for (const auto& [linkId, link] : topology.links()) {
        for (const RuleBinding& binding : linkRules(topology, linkId)) {
            const ComponentFacts& src = factsOf(binding.source);
            const ComponentFacts& dst = factsOf(binding.destination);
            const auto rule = static_cast<size_t>(binding.rule - catalog.rules.data());
            const SortKey key{scenarioOfRule[rule], static_cast<int>(rule), src.nameRank, dst.nameRank,
                              binding.source, binding.destination};
            const Placement placement = placementFor(binding, src.zone, dst.zone);
            if (placement.crossed.empty()) {
                keyedUnfiltered.emplace_back(key, binding);
                continue;
            }
            for (const Firewall* fw : placement.crossed) {
                const auto index = static_cast<size_t>(fw - catalog.firewalls.data());
                keyed[index].emplace_back(
                    key, TableRow{binding, placement.direction, placement.crossed.size() > 1});
            }
        }
    }

    // Sorted, and the same rule between the same two components once (the
    // key holds the rule and both ids, so duplicates are neighbours).
    auto sortInto = [](auto& items, auto& out) {
        std::stable_sort(items.begin(), items.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        out.reserve(items.size());
        for (size_t i = 0; i < items.size(); ++i)
            if (i == 0 || items[i].first != items[i - 1].first)
                out.push_back(std::move(items[i].second));
    };
    for (size_t i = 0; i < keyed.size(); ++i) {
        sortInto(keyed[i], tables.firewalls[i].rows);
        tables.firewalls[i].folded = foldRows(topology, long(i), tables.firewalls[i].rows);
    }
    sortInto(keyedUnfiltered, tables.unfiltered);
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

std::string endpointAddressCell(const Topology& topology, ComponentId componentId,
                                const std::string& interfaceId)
{
    std::string address = endpointAddress(topology, componentId, interfaceId);
    if (const Component* component = topology.component(componentId)) {
        const auto it = component->interfaces.find(interfaceId);
        if (it != component->interfaces.end() && !it->second.natAddress.empty())
            return it->second.natAddress + " \u2192 " + address;
    }
    return address;
}

} // namespace edgeplan
