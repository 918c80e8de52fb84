#include "rules/Folding.h"

#include <map>

namespace edgeplan {

OpeningKey openingKey(const Topology& topology, long firewall, const TableRow& row)
{
    const Rule& rule = *row.binding.rule;
    return {firewall,
            row.direction,
            rule.transport,
            row.binding.ports.first,
            row.binding.ports.last,
            endpointAddressCell(topology, row.binding.destination, rule.to.interfaceId),
            endpointAddressCell(topology, row.binding.source, rule.from.interfaceId)};
}

bool samePorts(const OpeningKey& a, const OpeningKey& b)
{
    return a.firewall == b.firewall && a.direction == b.direction && a.transport == b.transport &&
           a.firstPort == b.firstPort && a.lastPort == b.lastPort;
}

std::vector<OpeningKey> coveringKeys(const OpeningKey& key)
{
    // "Any" at one end is a host the plan does not name; an opening with Any
    // at both ends does not stand for every named pair, so it covers none.
    if (key.source == kAnyAddress || key.destination == kAnyAddress)
        return {};
    OpeningKey source = key;
    source.source = kAnyAddress;
    OpeningKey destination = key;
    destination.destination = kAnyAddress;
    return {source, destination};
}

std::vector<FoldedRow> foldRows(const Topology& topology, long firewall, const std::vector<TableRow>& rows)
{
    std::vector<FoldedRow> folded;
    std::vector<OpeningKey> keys;
    std::map<OpeningKey, size_t> indexOf;
    for (const TableRow& row : rows) {
        OpeningKey key = openingKey(topology, firewall, row);
        const auto [it, inserted] = indexOf.try_emplace(key, folded.size());
        if (!inserted) {
            folded[it->second].also.push_back(row);
            continue;
        }
        folded.push_back({row, {}, {}, std::nullopt});
        keys.push_back(std::move(key));
    }
    for (size_t i = 0; i < folded.size(); ++i) {
        auto any = indexOf.end();
        for (const OpeningKey& cover : coveringKeys(keys[i]))
            if ((any = indexOf.find(cover)) != indexOf.end())
                break;
        if (any == indexOf.end())
            continue;
        folded[i].coveredBy = any->second;
        std::vector<TableRow>& covers = folded[any->second].covers;
        covers.push_back(folded[i].row);
        covers.insert(covers.end(), folded[i].also.begin(), folded[i].also.end());
    }
    return folded;
}

} // namespace edgeplan
