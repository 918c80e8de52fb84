#include "TableExport.h"

#include <nlohmann/json.hpp>

namespace edgeplan {

namespace {

std::string endpointText(const EndpointView& end)
{
    return end.component + " (" + end.address + ")";
}

std::string pad(const std::string& text, size_t width)
{
    const size_t w = displayWidth(text);
    return text + std::string(width > w ? width - w : 0, ' ');
}

std::string projectTitle(const Topology& topology, Lang lang)
{
    const Catalog& catalog = topology.catalog();
    return (lang == Lang::Ja ? "プロジェクト: " : "Project: ") + topology.name() + "\n" +
           (lang == Lang::Ja ? "カタログ: " : "Catalog: ") + catalog.title.text(lang) + " (" +
           catalog.source.document + ", " + catalog.source.date + ")\n";
}

} // namespace

std::string csvCell(const std::string& value)
{
    std::string cell = value;
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                          cell[0] == '\t' || cell[0] == '\r'))
        cell = "'" + cell;
    if (cell.find_first_of(",\"\r\n") == std::string::npos)
        return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string markdownCell(const std::string& value)
{
    std::string out;
    for (char c : value) {
        switch (c) {
        case '\n':
        case '\r':
            out += ' ';
            break;
        case '\\':
        case '|':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string exportRulesText(const Topology& topology, const ExportOptions& options)
{
    const Lang lang = options.lang;
    const Headers h = headers(lang);
    const RuleTables tables = deriveTables(topology);
    const auto rows = rowViews(topology, tables, lang, options.firewallId);
    std::string out = projectTitle(topology, lang);
    for (const FirewallTable& table : tables.firewalls) {
        if (!options.firewallId.empty() && table.firewall->id != options.firewallId)
            continue;
        std::vector<std::vector<std::string>> cells;
        cells.push_back({"#", h.direction, h.service, h.protocol, h.transport, h.ports, h.source,
                         h.destination, h.reference, h.note});
        int number = 0;
        bool flagged = false;
        for (const RowView& row : rows) {
            if (row.firewallId != table.firewall->id)
                continue;
            flagged = flagged || row.crossesSeveral;
            cells.push_back({std::to_string(++number) + (row.crossesSeveral ? "!" : ""),
                             row.direction, row.service, row.protocol, row.transport, row.ports,
                             endpointText(row.source), endpointText(row.destination),
                             row.reference, row.note});
        }
        out += "\n== " + table.firewall->name.text(lang) + " (" + std::to_string(number) +
               (lang == Lang::Ja ? " 件" : number == 1 ? " rule" : " rules") + ") ==\n";
        if (number == 0) {
            out += lang == Lang::Ja ? "(ルールなし)\n" : "(no rules)\n";
            continue;
        }
        std::vector<size_t> widths(cells[0].size(), 0);
        for (const auto& line : cells)
            for (size_t c = 0; c < line.size(); ++c)
                widths[c] = std::max(widths[c], displayWidth(line[c]));
        for (const auto& line : cells) {
            std::string text;
            for (size_t c = 0; c < line.size(); ++c)
                text += c + 1 == line.size() ? line[c] : pad(line[c], widths[c]) + "  ";
            out += text + "\n";
        }
        if (flagged)
            out += lang == Lang::Ja
                       ? "! 両方のファイアウォールを直接通過します (エッジ サーバーを経由しません)\n"
                       : "! crosses both firewalls directly (not through the Edge Server)\n";
    }
    if (!tables.unfiltered.empty() && options.firewallId.empty())
        out += "\n" + std::to_string(tables.unfiltered.size()) +
               (lang == Lang::Ja ? " 件のルールは同じゾーン内で、ファイアウォールを通過しません。\n"
                                 : " rule(s) stay inside one zone and cross no firewall.\n");
    return out;
}

std::string exportRulesCsv(const Topology& topology, const ExportOptions& options)
{
    const Headers h = headers(options.lang);
    const auto rows = rowViews(topology, deriveTables(topology), options.lang, options.firewallId);
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string>& cells) {
        for (size_t i = 0; i < cells.size(); ++i)
            out += (i ? "," : "") + csvCell(cells[i]);
        out += "\r\n";
    };
    line({h.firewall, h.direction, h.scenario, h.service, h.protocol, h.transport, h.ports, h.source,
          h.sourceAddress, h.destination, h.destinationAddress, h.note, h.reference});
    for (const RowView& r : rows)
        line({r.firewallName, r.direction, r.scenario, r.service, r.protocol, r.transport, r.ports,
              r.source.component, r.source.address, r.destination.component, r.destination.address,
              r.note, r.reference});
    return out;
}

std::string exportRulesMarkdown(const Topology& topology, const ExportOptions& options)
{
    const Lang lang = options.lang;
    const Headers h = headers(lang);
    const RuleTables tables = deriveTables(topology);
    const auto rows = rowViews(topology, tables, lang, options.firewallId);
    const Catalog& catalog = topology.catalog();
    std::string out = "# " + markdownCell(topology.name()) + "\n\n" +
                      markdownCell(catalog.source.title.text(lang)) + " (" +
                      catalog.source.document + ", " + catalog.source.date + ")\n";
    for (const FirewallTable& table : tables.firewalls) {
        if (!options.firewallId.empty() && table.firewall->id != options.firewallId)
            continue;
        out += "\n## " + markdownCell(table.firewall->name.text(lang)) + "\n\n";
        out += "| " + h.direction + " | " + h.scenario + " | " + h.service + " | " + h.protocol +
               " | " + h.transport + " | " + h.ports + " | " + h.source + " | " + h.sourceAddress +
               " | " + h.destination + " | " + h.destinationAddress + " | " + h.note + " | " +
               h.reference + " |\n";
        out += "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
        for (const RowView& r : rows) {
            if (r.firewallId != table.firewall->id)
                continue;
            std::string line = "|";
            for (const std::string* cell :
                 {&r.direction, &r.scenario, &r.service, &r.protocol, &r.transport, &r.ports,
                  &r.source.component, &r.source.address, &r.destination.component,
                  &r.destination.address, &r.note, &r.reference})
                line += " " + markdownCell(*cell) + " |";
            out += line + "\n";
        }
    }
    return out;
}

std::string exportRulesJson(const Topology& topology, const ExportOptions& options)
{
    using nlohmann::ordered_json;
    const Lang lang = options.lang;
    const RuleTables tables = deriveTables(topology);
    const auto rows = rowViews(topology, tables, lang, options.firewallId);
    const Catalog& catalog = topology.catalog();
    ordered_json root;
    root["format"] = "edgeplan-rules";
    root["version"] = 1;
    root["language"] = langCode(lang);
    root["project"] = topology.name();
    root["catalog"] = {{"id", catalog.id},
                       {"title", catalog.title.text(lang)},
                       {"document", catalog.source.document},
                       {"date", catalog.source.date}};
    auto endpoint = [](const EndpointView& end) {
        return ordered_json{{"component", end.component},
                            {"role", end.role},
                            {"interface", end.interfaceId},
                            {"address", end.address}};
    };
    ordered_json firewalls = ordered_json::array();
    for (const FirewallTable& table : tables.firewalls) {
        if (!options.firewallId.empty() && table.firewall->id != options.firewallId)
            continue;
        ordered_json rules = ordered_json::array();
        for (const RowView& r : rows) {
            if (r.firewallId != table.firewall->id)
                continue;
            const Rule* rule = catalog.rule(r.ruleId);
            rules.push_back({{"rule", r.ruleId},
                             {"service", r.service},
                             {"protocol", r.protocol},
                             {"transport", r.transport},
                             {"ports", r.ports},
                             {"source", endpoint(r.source)},
                             {"destination", endpoint(r.destination)},
                             {"direction", r.directionId},
                             {"scenario", r.scenarioId},
                             {"note", r.note},
                             {"reference",
                              {{"document", rule->reference.document},
                               {"table", rule->reference.table.text(lang)},
                               {"row", rule->reference.row}}},
                             {"crossesSeveralFirewalls", r.crossesSeveral}});
        }
        firewalls.push_back({{"id", table.firewall->id},
                             {"name", table.firewall->name.text(lang)},
                             {"rules", rules}});
    }
    root["firewalls"] = firewalls;
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace edgeplan
