#include "rules/TableView.h"

#include "rules/Folding.h"
#include "rules/References.h"

#include <algorithm>

namespace edgeplan {

namespace {

EndpointView endpointView(const Topology& topology, ComponentId id, const RuleEndpoint& end,
                          Lang lang)
{
    EndpointView view;
    view.id = id;
    view.interfaceId = end.interfaceId;
    if (const Component* component = topology.component(id)) {
        view.component = component->name;
        view.role = component->role;
        if (const RoleDef* role = topology.catalog().role(component->role))
            view.roleName = role->name.text(lang);
    }
    view.address = endpointAddress(topology, id, end.interfaceId);
    view.addressCell = endpointAddressCell(topology, id, end.interfaceId);
    // What a table shows for an end the plan gives no address, in the
    // table's language as the inspector says it; `address` stays "Any" for
    // the firewall configurations.
    if (view.addressCell == kAnyAddress)
        view.addressCell = anyAddressText(lang);
    if (const Component* component = topology.component(id)) {
        const auto it = component->interfaces.find(end.interfaceId);
        if (it != component->interfaces.end())
            view.natAddress = it->second.natAddress;
    }
    return view;
}

} // namespace

std::string directionName(Direction direction, Lang lang)
{
    if (direction == Direction::Inbound)
        return lang == Lang::Ja ? "受信" : "Inbound";
    return lang == Lang::Ja ? "送信" : "Outbound";
}

Headers headers(Lang lang)
{
    if (lang == Lang::Ja)
        return {"ファイアウォール", "方向", "シナリオ", "役割", "プロトコル", "TCP または UDP",
                "ポート", "送信元", "送信元 IP アドレス", "宛先", "宛先 IP アドレス", "メモ", "参照"};
    return {"Firewall", "Direction", "Scenario", "Service", "Protocol", "TCP or UDP", "Port",
            "Source", "Source IP address", "Destination", "Destination IP address", "Note",
            "Reference"};
}

RowView rowView(const Topology& topology, const Firewall& firewall, const TableRow& row, Lang lang)
{
    const Catalog& catalog = topology.catalog();
    const Rule& rule = *row.binding.rule;
    RowView view;
    view.firewallId = firewall.id;
    view.firewallName = firewall.name.text(lang);
    view.direction = directionName(row.direction, lang);
    view.directionId = row.direction == Direction::Inbound ? "inbound" : "outbound";
    view.scenarioId = rule.scenario;
    if (const Scenario* scenario = catalog.scenario(rule.scenario)) {
        view.scenario = scenario->name.text(lang);
        view.scenarioShort = scenario->shortOrName().text(lang);
    }
    view.ruleId = rule.id;
    if (const Service* service = catalog.service(rule.service))
        view.service = service->name.text(lang);
    view.protocol = rule.protocol;
    view.transport = transportName(rule.transport);
    view.ports = row.binding.ports.toString();
    view.source = endpointView(topology, row.binding.source, rule.from, lang);
    view.destination = endpointView(topology, row.binding.destination, rule.to, lang);
    view.note = rule.note.text(lang);
    view.reference = citedReferenceText(topology, rule.reference, lang);
    view.referenceKey = referenceKey(topology, rule.reference, lang);
    view.crossesSeveral = row.crossesSeveral;
    view.link = row.binding.link;
    view.ruleIds = {rule.id};
    return view;
}

namespace {

void addOnce(std::vector<std::string>& list, const std::string& value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string joined(const std::vector<std::string>& items, const std::string& separator)
{
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

} // namespace

std::string foldNote(const std::vector<std::string>& alsoFrom, const std::vector<std::string>& covers,
                     int coveredBy, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    const std::string comma = ja ? "、" : ", ";
    std::vector<std::string> parts;
    if (!alsoFrom.empty())
        parts.push_back((ja ? "ほかの送信元: " : "Also from: ") + joined(alsoFrom, comma));
    if (!covers.empty())
        parts.push_back((ja ? "次を含みます: " : "Covers: ") + joined(covers, comma));
    if (coveredBy > 0)
        parts.push_back(ja ? std::to_string(coveredBy) + " 行目に含まれます"
                           : "covered by row " + std::to_string(coveredBy));
    return joined(parts, " · ");
}

RowView rowView(const Topology& topology, const Firewall& firewall, const FoldedRow& folded, Lang lang)
{
    RowView view = rowView(topology, firewall, folded.row, lang);
    if (folded.also.empty() && folded.covers.empty())
        return view;
    std::vector<std::string> notes{view.note};
    std::vector<std::string> references{view.reference};
    std::vector<std::string> keys{view.referenceKey};
    std::vector<std::string> alsoFrom;
    auto cite = [&](const TableRow& row) {
        const Rule& rule = *row.binding.rule;
        addOnce(view.ruleIds, rule.id);
        addOnce(notes, rule.note.text(lang));
        addOnce(references, citedReferenceText(topology, rule.reference, lang));
        addOnce(keys, referenceKey(topology, rule.reference, lang));
        ++view.count;
    };
    for (const TableRow& row : folded.also) {
        cite(row);
        if (const Component* source = topology.component(row.binding.source);
            source && source->name != view.source.component)
            addOnce(alsoFrom, source->name);
    }
    // A row from Any names the sources it covers, a row to Any the destinations.
    const bool fromAny = view.source.address == kAnyAddress;
    for (const TableRow& row : folded.covers) {
        cite(row);
        const ComponentId end = fromAny ? row.binding.source : row.binding.destination;
        const std::string& interfaceId = fromAny ? row.binding.rule->from.interfaceId : row.binding.rule->to.interfaceId;
        if (const Component* component = topology.component(end))
            addOnce(view.covers, component->name + " (" + endpointAddressCell(topology, end, interfaceId) + ")");
    }
    view.note = joined(notes, " / ");
    view.reference = joined(references, "; ");
    view.referenceKey = joined(keys, "; ");
    const std::string extra = foldNote(alsoFrom, view.covers, 0, lang);
    if (!extra.empty())
        view.note += (view.note.empty() ? "" : " · ") + extra;
    return view;
}

std::vector<int> rowNumbers(const FirewallTable& table, CoveredRows covered)
{
    // Numbers first: a covered row may come before the row that covers it.
    std::vector<int> numbers(table.folded.size(), 0);
    int number = 0;
    for (size_t i = 0; i < table.folded.size(); ++i)
        if (covered == CoveredRows::Keep || !table.folded[i].coveredBy)
            numbers[i] = ++number;
    return numbers;
}

RowView numberedRowView(const Topology& topology, const FirewallTable& table, size_t index,
                        const std::vector<int>& numbers, Lang lang)
{
    const FoldedRow& row = table.folded[index];
    RowView view = rowView(topology, *table.firewall, row, lang);
    view.number = numbers[index];
    if (row.coveredBy) {
        view.coveredBy = numbers[*row.coveredBy];
        view.note += (view.note.empty() ? "" : " · ") + foldNote({}, {}, view.coveredBy, lang);
    }
    return view;
}

std::vector<RowView> rowViews(const Topology& topology, const RuleTables& tables, Lang lang,
                              const std::string& firewallId, CoveredRows covered)
{
    std::vector<RowView> rows;
    for (const FirewallTable& table : tables.firewalls) {
        if (!firewallId.empty() && table.firewall->id != firewallId)
            continue;
        const std::vector<int> numbers = rowNumbers(table, covered);
        for (size_t i = 0; i < table.folded.size(); ++i)
            if (numbers[i] != 0)
                rows.push_back(numberedRowView(topology, table, i, numbers, lang));
    }
    return rows;
}

std::string countHeader(Lang lang)
{
    return lang == Lang::Ja ? "ルール数" : "Rules";
}

std::vector<RowView> mergeRows(const std::vector<RowView>& rows)
{
    std::vector<RowView> merged;
    for (const RowView& row : rows) {
        auto same = [&](const RowView& m) {
            return m.firewallId == row.firewallId && m.directionId == row.directionId &&
                   m.source.id == row.source.id && m.source.address == row.source.address &&
                   m.destination.id == row.destination.id &&
                   m.destination.address == row.destination.address &&
                   m.transport == row.transport && m.protocol == row.protocol;
        };
        const auto it = std::find_if(merged.begin(), merged.end(), same);
        if (it == merged.end()) {
            merged.push_back(row);
            continue;
        }
        it->ports += ", " + row.ports;
        it->count += row.count;
        it->ruleIds.insert(it->ruleIds.end(), row.ruleIds.begin(), row.ruleIds.end());
        if (it->note != row.note)
            it->note += " / " + row.note;
        it->reference += "; " + row.reference;
        it->referenceKey += "; " + row.referenceKey;
        it->crossesSeveral = it->crossesSeveral || row.crossesSeveral;
    }
    std::string firewall;
    int number = 0;
    for (RowView& row : merged) {
        if (row.firewallId != firewall) {
            firewall = row.firewallId;
            number = 0;
        }
        row.number = ++number;
    }
    return merged;
}

size_t displayWidth(const std::string& utf8)
{
    size_t width = 0;
    for (size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        char32_t cp = lead;
        size_t length = 1;
        if (lead >= 0xF0 && i + 3 < utf8.size() + 0) {
            cp = ((lead & 0x07) << 18) | ((utf8[i + 1] & 0x3F) << 12) | ((utf8[i + 2] & 0x3F) << 6) |
                 (utf8[i + 3] & 0x3F);
            length = 4;
        } else if (lead >= 0xE0 && i + 2 < utf8.size()) {
            cp = ((lead & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
            length = 3;
        } else if (lead >= 0xC0 && i + 1 < utf8.size()) {
            cp = ((lead & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
            length = 2;
        }
        i += length;
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                          (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                          (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                          (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace edgeplan
