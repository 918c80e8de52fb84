#include "export/DocumentExport.h"
#include "export/NamingExport.h"
#include "rules/References.h"
#include "text/AsciiText.h"
#include "text/Utf8.h"
#include "text/XmlText.h"

#include <xlsxwriter.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>

namespace edgeplan {

namespace {

// A sheet name Excel takes: of text XML can carry, at most 31 UTF-16 units,
// none of []:*?/\ or a control character, no apostrophe at either end, not
// "History" (Excel's own), and unique whatever the ASCII case (as
// libxlsxwriter compares; a clash would give no sheet at all).
std::string sheetName(const std::string& name, int index, std::set<std::string>& used)
{
    std::string base;
    for (const char c : xmlCleanText(name))
        if (static_cast<unsigned char>(c) >= 0x20 && std::string_view("[]:*?/\\").find(c) == std::string_view::npos)
            base += c;
    const auto trimmed = [](std::string text) {
        const size_t first = text.find_first_not_of('\'');
        const size_t last = text.find_last_not_of('\'');
        return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    };
    // The base cut to leave room for the suffix, counting as Excel does.
    const auto fitted = [&](const std::string& suffix) {
        std::string out;
        size_t units = suffix.size();
        for (size_t i = 0; i < base.size();) {
            const Utf8Char c = decodeUtf8(base, i);
            units += c.code >= 0x10000 ? 2 : 1;
            if (units > 31)
                break;
            out.append(base, i, c.length);
            i += c.length;
        }
        return trimmed(out) + suffix;
    };
    if (trimmed(base).empty())
        base = "Sheet " + std::to_string(index);
    std::string candidate = fitted("");
    for (int n = 2; used.count(asciiLower(candidate)) || equalNoCase(candidate, "History"); ++n)
        candidate = fitted(" (" + std::to_string(n) + ")");
    used.insert(asciiLower(candidate));
    return candidate;
}

std::string today()
{
    const auto now = std::chrono::system_clock::now();
    const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buffer;
}

class Sheet
{
public:
    Sheet(lxw_worksheet* sheet, lxw_format* header) : m_sheet(sheet), m_header(header) {}

    void headerRow(lxw_row_t row, const std::vector<std::string>& cells)
    {
        for (size_t c = 0; c < cells.size(); ++c)
            write(row, c, cells[c], m_header);
    }

    void write(lxw_row_t row, size_t column, const std::string& text, lxw_format* format = nullptr)
    {
        // Strings stay strings (ports such as 50000-59999 must not become
        // numbers or dates); libxlsxwriter escapes markup but passes what XML
        // forbids, and a cell holds at most 32,767 characters.
        const std::string cell = xmlCleanText(cutUtf8(text, 32000));
        worksheet_write_string(m_sheet, row, lxw_col_t(column), cell.c_str(), format);
        if (m_widths.size() <= column)
            m_widths.resize(column + 1, 8);
        m_widths[column] = std::max(m_widths[column], std::min<size_t>(displayWidth(text) + 2, 60));
    }

    void fitColumns()
    {
        for (size_t c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), double(m_widths[c]), nullptr);
    }

    lxw_worksheet* get() const { return m_sheet; }

private:
    lxw_worksheet* m_sheet;
    lxw_format* m_header;
    std::vector<size_t> m_widths;
};

} // namespace

std::string exportRulesXlsx(const Topology& topology, const ExportOptions& options,
                            const std::string& path)
{
    namespace fs = std::filesystem;
    const Lang lang = options.lang;
    const bool ja = lang == Lang::Ja;
    const Catalog& catalog = topology.catalog();
    const RuleTables tables = deriveTables(topology);
    const auto rows = exportRows(topology, tables, options);
    const Headers h = headers(lang);

    std::random_device random;
    const fs::path target(path);
    const fs::path temporary =
        target.parent_path() / ("." + target.filename().string() + ".tmp" + std::to_string(random()));
    lxw_workbook* workbook = workbook_new(temporary.string().c_str());
    if (!workbook)
        return "cannot create " + temporary.string();
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);

    std::set<std::string> sheetNames;
    Sheet summary(workbook_add_worksheet(workbook, sheetName(ja ? "概要" : "Summary", 1, sheetNames).c_str()),
                  header);
    lxw_row_t row = 0;
    summary.write(row++, 0, topology.name(), title);
    const std::vector<std::pair<std::string, std::string>> facts = {
        {ja ? "プロジェクト" : "Project", topology.name()},
        {ja ? "顧客" : "Customer", topology.signOff().customer},
        {ja ? "作成者" : "Author", topology.author()},
        {ja ? "改訂" : "Revision", topology.signOff().revision},
        {ja ? "変更内容" : "Change note", topology.signOff().changeNote},
        {ja ? "カタログ" : "Catalog", catalog.title.text(lang) + " (" + catalog.id + ")"},
        {ja ? "出力日" : "Exported", today()},
    };
    for (const auto& [key, value] : facts) {
        summary.write(row, 0, key, header);
        summary.write(row++, 1, value);
    }
    // The pages the tables cite, in the plan's deployment variant.
    summary.write(row, 0, ja ? "出典" : "Source documents", header);
    for (const CitedPage& page : citedPages(topology, tables))
        summary.write(row++, 1, citedPageLine(page, lang));
    if (tables.ruleCount() == 0)
        summary.write(row++, 1,
                      citedPageLine({catalog.source.document, catalog.source.title, catalog.source.date, {}}, lang));
    summary.write(row, 0, ja ? "シナリオ" : "Scenarios", header);
    for (const Scenario& scenario : catalog.scenarios) {
        const bool on = topology.isScenarioEnabled(scenario.id);
        summary.write(row, 1, scenario.name.text(lang));
        summary.write(row++, 2, on ? (ja ? "有効" : "on") : (ja ? "無効" : "off"));
    }
    for (const std::string& line : generatedNotice(topology, lang))
        summary.write(row++, 1, line);
    ++row;
    summary.headerRow(row++, {ja ? "コンポーネント" : "Component", ja ? "役割" : "Role",
                              ja ? "ゾーン" : "Zone", "FQDN", ja ? "インターフェイス" : "Interface",
                              ja ? "IP アドレス" : "IP address", ja ? "NAT 公開アドレス" : "Public (NAT) address"});
    for (const auto& [id, c] : topology.components()) {
        const RoleDef* role = catalog.role(c.role);
        const Zone* zone = catalog.zone(c.zone);
        summary.write(row, 0, c.name);
        summary.write(row, 1, role ? role->name.text(lang) : c.role);
        summary.write(row, 2, zone ? zone->name.text(lang) : c.zone);
        summary.write(row, 3, c.fqdn);
        if (c.interfaces.empty())
            ++row;
        for (const auto& [iface, addresses] : c.interfaces) {
            const InterfaceDef* def = role ? role->interfaceDef(iface) : nullptr;
            summary.write(row, 4, def ? def->name.text(lang) : iface);
            summary.write(row, 5, addresses.address);
            summary.write(row++, 6, addresses.natAddress);
        }
    }
    summary.fitColumns();

    int index = 1;
    for (const FirewallTable& table : tables.firewalls) {
        if (!options.firewallId.empty() && table.firewall->id != options.firewallId)
            continue;
        Sheet sheet(workbook_add_worksheet(workbook,
                                           sheetName(table.firewall->name.text(lang), ++index, sheetNames).c_str()),
                    header);
        std::vector<std::string> heads = {"#", h.direction,  h.scenario,      h.service,
                                          h.protocol,   h.transport,     h.ports,
                                          h.source,     h.sourceAddress, h.destination,
                                          h.destinationAddress, h.note,  h.reference};
        if (options.merge)
            heads.push_back(countHeader(lang));
        sheet.headerRow(0, heads);
        lxw_row_t r = 1;
        for (const RowView& v : rows) {
            if (v.firewallId != table.firewall->id)
                continue;
            worksheet_write_number(sheet.get(), r, 0, v.number, nullptr);
            size_t c = 1;
            for (const std::string* cell :
                 {&v.direction, &v.scenario, &v.service, &v.protocol, &v.transport, &v.ports,
                  &v.source.component, &v.source.addressCell, &v.destination.component,
                  &v.destination.addressCell, &v.note, &v.reference})
                sheet.write(r, c++, *cell);
            if (options.merge)
                worksheet_write_number(sheet.get(), r, lxw_col_t(c), v.count, nullptr);
            ++r;
        }
        worksheet_freeze_panes(sheet.get(), 1, 0);
        worksheet_autofilter(sheet.get(), 0, 0, r > 1 ? r - 1 : 1, lxw_col_t(heads.size() - 1));
        sheet.fitColumns();
    }

    // The DNS records and certificates the same plan needs, for the whole plan.
    if (options.firewallId.empty()) {
        const std::pair<TextTable, const char*> reports[] = {
            {dnsTable(topology, lang), ja ? "DNS レコード" : "DNS records"},
            {certificateTable(topology, lang), ja ? "証明書" : "Certificates"}};
        for (const auto& [report, title] : reports) {
            if (report.rows.empty())
                continue;
            Sheet sheet(workbook_add_worksheet(workbook, sheetName(title, ++index, sheetNames).c_str()), header);
            sheet.headerRow(0, report.headers);
            lxw_row_t r = 1;
            for (const auto& cells : report.rows) {
                for (size_t c = 0; c < cells.size(); ++c)
                    sheet.write(r, c, cells[c]);
                ++r;
            }
            worksheet_freeze_panes(sheet.get(), 1, 0);
            worksheet_autofilter(sheet.get(), 0, 0, r - 1, lxw_col_t(report.headers.size() - 1));
            sheet.fitColumns();
        }
    }

    // libxlsxwriter's own words say what it was doing; the system's reason
    // (a full disk) is the errno its failing write left.
    errno = 0;
    const lxw_error error = workbook_close(workbook);
    const int reason = errno;
    std::error_code ec;
    if (error != LXW_NO_ERROR) {
        fs::remove(temporary, ec);
        return std::string("cannot write the workbook: ") +
               (reason != 0 ? std::strerror(reason) : lxw_strerror(error));
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return "cannot write " + path + ": " + ec.message();
    }
    return {};
}

} // namespace edgeplan
