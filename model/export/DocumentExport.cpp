#include "export/DocumentExport.h"

#include "rules/References.h"
#include "text/XmlText.h"

#include <algorithm>
#include <map>

namespace edgeplan {

std::string exportRulesHtml(const Topology& topology, const ExportOptions& options)
{
    const Lang lang = options.lang;
    const Headers h = headers(lang);
    const RuleTables tables = deriveTables(topology);
    const auto rows = exportRows(topology, tables, options);
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + std::string(langCode(lang)) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\"/>\n<title>" + xmlEscape(topology.name()) + "</title>\n";
    out += "<style>\n"
           "@page { size: A4 landscape; margin: 12mm; }\n"
           "body { font-family: 'Noto Sans', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; "
           "color: #1d2733; margin: 0 auto; max-width: 1200px; }\n"
           "h1 { font-size: 16pt; margin: 0 0 4pt; }\n"
           "h2 { font-size: 12pt; margin: 16pt 0 6pt; color: #1f4e79; page-break-after: avoid; }\n"
           "p.meta { color: #555; margin: 2pt 0; }\n"
           "table { border-collapse: collapse; width: 100%; page-break-inside: auto; }\n"
           "thead { display: table-header-group; }\n"
           "tr { page-break-inside: avoid; }\n"
           "th, td { border: 1px solid #b8c2cc; padding: 3pt 5pt; text-align: left; "
           "vertical-align: top; }\n"
           "th { background: #e8eef4; }\n"
           "td.port { white-space: nowrap; font-family: monospace; }\n"
           "tr.flag td { background: #fbe9e7; }\n"
           "</style>\n</head>\n<body>\n";
    out += "<h1>" + xmlEscape(topology.name()) + "</h1>\n";
    for (const std::string& line : generatedNotice(topology, lang))
        out += "<p class=\"meta\">" + xmlEscape(line) + "</p>\n";
    for (const CitedPage& page : citedPages(topology, tables))
        out += "<p class=\"meta\">" + xmlEscape(citedPageLine(page, lang)) + "</p>\n";
    for (const FirewallTable& table : tables.firewalls) {
        if (!options.firewallId.empty() && table.firewall->id != options.firewallId)
            continue;
        out += "<h2>" + xmlEscape(table.firewall->name.text(lang)) + "</h2>\n<table>\n<thead><tr>";
        std::vector<std::string> heads = {"#", h.direction, h.service,     h.protocol,
                                          h.transport, h.ports,       h.source,
                                          h.sourceAddress, h.destination, h.destinationAddress,
                                          h.note,      h.reference};
        if (options.merge)
            heads.push_back(countHeader(lang));
        for (const std::string& head : heads)
            out += "<th>" + xmlEscape(head) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const RowView& r : rows) {
            if (r.firewallId != table.firewall->id)
                continue;
            out += r.crossesSeveral ? "<tr class=\"flag\">" : "<tr>";
            out += "<td>" + std::to_string(r.number) + "</td>";
            for (const std::string* cell :
                 {&r.direction, &r.service, &r.protocol, &r.transport, &r.ports, &r.source.component,
                  &r.source.addressCell, &r.destination.component, &r.destination.addressCell, &r.note,
                  &r.reference})
                out += (cell == &r.ports ? "<td class=\"port\">" : "<td>") + xmlEscape(*cell) + "</td>";
            if (options.merge)
                out += "<td>" + std::to_string(r.count) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

std::string exportDrawio(const Topology& topology, const ExportOptions& options)
{
    const Lang lang = options.lang;
    const Catalog& catalog = topology.catalog();
    // Zones side by side in catalog order, each as wide as its components need.
    constexpr double kMargin = 80;
    constexpr double kShapeW = 160;
    constexpr double kShapeH = 60;
    std::map<std::string, std::pair<double, double>> span; // zone → min, max x of centres
    double top = 0;
    double bottom = 400;
    for (const auto& [id, c] : topology.components()) {
        auto [it, inserted] = span.emplace(c.zone, std::pair{c.position.x, c.position.x});
        if (!inserted) {
            it->second.first = std::min(it->second.first, c.position.x);
            it->second.second = std::max(it->second.second, c.position.x);
        }
        top = std::min(top, c.position.y - kMargin);
        bottom = std::max(bottom, c.position.y + kMargin);
    }
    std::string out = "<mxfile host=\"Edgeplan\" type=\"device\">\n";
    out += "  <diagram id=\"edgeplan\" name=\"" + xmlEscape(topology.name()) + "\">\n";
    out += "    <mxGraphModel dx=\"1400\" dy=\"900\" grid=\"1\" gridSize=\"10\" guides=\"1\" "
           "tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"1\" pageScale=\"1\" "
           "math=\"0\" shadow=\"0\">\n      <root>\n";
    out += "        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n";
    const char* fills[] = {"#e3f2e1", "#fff4dc", "#e1ecf7"};
    std::map<std::string, std::pair<double, double>> zoneBox; // zone → x, width
    double x = 0;
    for (size_t i = 0; i < catalog.zones.size(); ++i) {
        const Zone& zone = catalog.zones[i];
        const auto it = span.find(zone.id);
        const double left = it == span.end() ? x : std::min(x, it->second.first - kShapeW / 2 - kMargin);
        const double right = it == span.end() ? left + 300
                                              : std::max(left + 300, it->second.second + kShapeW / 2 + kMargin);
        zoneBox[zone.id] = {left, right - left};
        out += "        <mxCell id=\"zone-" + xmlEscape(zone.id) + "\" value=\"" +
               xmlEscape(zone.name.text(lang)) +
               "\" style=\"swimlane;whiteSpace=wrap;html=0;startSize=30;fillColor=" +
               fills[i % 3] + ";\" vertex=\"1\" parent=\"1\">\n";
        out += "          <mxGeometry x=\"" + std::to_string(left) + "\" y=\"" +
               std::to_string(top - 30) + "\" width=\"" + std::to_string(right - left) +
               "\" height=\"" + std::to_string(bottom - top + 30) + "\" as=\"geometry\"/>\n";
        out += "        </mxCell>\n";
        x = right;
    }
    for (const auto& [id, c] : topology.components()) {
        const RoleDef* role = catalog.role(c.role);
        std::string label = c.name + "\n" + (role ? role->name.text(lang) : c.role);
        for (const auto& [iface, addresses] : c.interfaces)
            if (!addresses.address.empty())
                label += "\n" + addresses.address;
        const auto& box = zoneBox[c.zone];
        out += "        <mxCell id=\"c" + std::to_string(id.value) + "\" value=\"" + xmlEscape(label) +
               "\" style=\"rounded=1;whiteSpace=wrap;html=0;fillColor=#ffffff;strokeColor=#1f4e79;\" "
               "vertex=\"1\" parent=\"zone-" +
               xmlEscape(c.zone) + "\">\n";
        out += "          <mxGeometry x=\"" + std::to_string(c.position.x - kShapeW / 2 - box.first) +
               "\" y=\"" + std::to_string(c.position.y - kShapeH / 2 - (top - 30)) + "\" width=\"" +
               std::to_string(kShapeW) + "\" height=\"" + std::to_string(kShapeH + 20) +
               "\" as=\"geometry\"/>\n        </mxCell>\n";
    }
    for (const auto& [id, link] : topology.links()) {
        std::string label;
        const auto lines = linkLabel(topology, id);
        for (const LinkLabelLine& line : lines) {
            if (!label.empty())
                label += "\n";
            label += line.transport + " " + line.ports + " " + line.protocol + " " +
                     (line.aToB && line.bToA ? "⇄" : line.aToB ? "→" : "←");
        }
        bool forward = false;
        bool backward = false;
        for (const LinkLabelLine& line : lines) {
            forward = forward || line.aToB;
            backward = backward || line.bToA;
        }
        out += "        <mxCell id=\"l" + std::to_string(id.value) + "\" value=\"" + xmlEscape(label) +
               "\" style=\"endArrow=" + (forward ? "classic" : "none") +
               ";startArrow=" + (backward ? "classic" : "none") +
               ";html=0;labelBackgroundColor=#ffffff;fontSize=10;\" edge=\"1\" parent=\"1\" source=\"c" +
               std::to_string(link.a.value) + "\" target=\"c" + std::to_string(link.b.value) + "\">\n";
        out += "          <mxGeometry relative=\"1\" as=\"geometry\"/>\n        </mxCell>\n";
    }
    out += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n";
    return out;
}

} // namespace edgeplan
