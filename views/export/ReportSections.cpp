#include "export/ReportSections.h"

#include "export/NamingExport.h"
#include "export/ReportPages.h"
#include "rules/Flows.h"
#include "support/QtText.h"

#include <algorithm>
#include <set>

namespace edgeplan {

namespace {

// A text table's chosen columns, a cell's "; " lists one item a line where asked.
QList<QStringList> tableCells(const TextTable& table, const std::vector<size_t>& columns,
                              const std::vector<size_t>& listed = {})
{
    QList<QStringList> cells;
    for (const auto& row : table.rows) {
        QStringList line;
        for (size_t c : columns) {
            QString cell = qs(row[c]);
            if (std::find(listed.begin(), listed.end(), c) != listed.end())
                cell.replace(QStringLiteral("; "), QStringLiteral("\n"));
            line << cell;
        }
        cells.append(line);
    }
    return cells;
}

// A column's share of the width; negative: it fits its widest line, up to so many points.
QList<ReportColumn> tableColumns(const TextTable& table, const std::vector<size_t>& columns,
                                 const QList<double>& weights)
{
    QList<ReportColumn> result;
    for (size_t i = 0; i < columns.size(); ++i) {
        const double weight = weights[int(i)];
        result.append({qs(table.headers[columns[i]]), weight < 0 ? -weight : weight, 0, weight < 0});
    }
    return result;
}

} // namespace

QString reportEndCell(const EndpointView& end)
{
    const QString address = end.natAddress.empty() ? qs(end.addressCell)
                                                     : qs(end.natAddress) + QChar(0x202F) + QChar(kTranslatedMark);
    return qs(end.component) + QLatin1Char('\n') + address;
}

bool reportTranslations(ReportPages& pages, const Topology& topology, const std::vector<const RowView*>& rows)
{
    const Lang lang = pages.lang();
    QList<QStringList> cells;
    std::set<std::pair<ComponentId, std::string>> seen;
    for (const RowView* row : rows)
        for (const EndpointView* end : {&row->source, &row->destination}) {
            if (end->natAddress.empty() || !seen.insert({end->id, end->interfaceId}).second)
                continue;
            const Component* component = topology.component(end->id);
            const RoleDef* role = component ? topology.catalog().role(component->role) : nullptr;
            const InterfaceDef* def = role ? role->interfaceDef(end->interfaceId) : nullptr;
            cells.append({qs(end->component), def ? qs(def->name.text(lang)) : qs(end->interfaceId),
                          qs(end->natAddress) + QChar(0x202F) + QChar(kTranslatedMark), qs(end->address)});
        }
    if (cells.isEmpty())
        return false;
    pages.table(pages.pick("Address translation (NAT) at this firewall", "このファイアウォールのアドレス変換 (NAT)"),
                {{pages.pick("Component", "コンポーネント"), 130, 0, true},
                 {pages.pick("Interface", "インターフェイス"), 220, 0, true},
                 {pages.pick("Public address", "パブリック アドレス"), 110, 0, true},
                 {pages.pick("Private address (translated to)", "プライベート アドレス (変換先)"), 150, 0, true}},
                cells);
    return true;
}

void reportComponents(ReportPages& pages, const Topology& topology)
{
    const Catalog& catalog = topology.catalog();
    const Lang lang = pages.lang();
    QList<QStringList> cells;
    for (const auto& [id, c] : topology.components()) {
        const RoleDef* role = catalog.role(c.role);
        const Zone* zone = catalog.zone(c.zone);
        QStringList addresses;
        for (const auto& [iface, a] : c.interfaces) {
            const InterfaceDef* def = role ? role->interfaceDef(iface) : nullptr;
            QString line = (def ? qs(def->name.text(lang)) : qs(iface)) + QStringLiteral(": ") + qs(a.address);
            if (!a.natAddress.empty())
                line += QStringLiteral(" (NAT %1)").arg(qs(a.natAddress));
            addresses << line;
        }
        cells.append({qs(c.name), role ? qs(role->name.text(lang)) : qs(c.role),
                      zone ? qs(zone->name.text(lang)) : qs(c.zone), qs(c.fqdn), addresses.join('\n')});
    }
    pages.section(pages.pick("Components", "コンポーネント"), true);
    pages.table(pages.pick("Components", "コンポーネント"),
                {{pages.pick("Name", "名前"), 130, 0, true}, {pages.pick("Role", "役割"), 17},
                 {pages.pick("Zone", "ゾーン"), 14}, {QStringLiteral("FQDN"), 170, 0, true},
                 {pages.pick("Addresses", "アドレス"), 40}},
                cells, true);
}

void reportNaming(ReportPages& pages, const Topology& topology)
{
    const TextTable dns = dnsTable(topology, pages.lang());
    if (!dns.rows.empty()) {
        const std::vector<size_t> columns = {0, 1, 2, 3, 4, 7, 9};
        const QString title = pages.pick("DNS records", "DNS レコード");
        pages.section(title);
        pages.table(title, tableColumns(dns, columns, {-80, -50, -220, -140, -40, -110, 30}), tableCells(dns, columns), true);
    }
    const TextTable certificates = certificateTable(topology, pages.lang());
    if (!certificates.rows.empty()) {
        // The servers and the names one per line.
        const std::vector<size_t> columns = {0, 2, 3, 4, 5, 7, 8};
        const QString title = pages.pick("Certificates", "証明書");
        // A certificate's row is tall (its names one a line): the heading stays with it.
        pages.section(title, false, QPageLayout::Portrait, 300);
        pages.table(title, tableColumns(certificates, columns, {12, -110, -170, -200, -100, 9, 21}),
                    tableCells(certificates, columns, {2, 4}), true);
    }
}

void reportFindings(ReportPages& pages, const Topology& topology, const std::vector<Finding>& findings)
{
    if (findings.empty())
        return;
    const Lang lang = pages.lang();
    QList<QStringList> cells;
    for (const Finding& f : findings) {
        QStringList names;
        for (ComponentId id : f.components)
            if (const Component* c = topology.component(id))
                names << qs(c->name);
        cells.append({qs(severityName(f.severity, lang)), qs(f.code), names.join('\n'), qs(f.message.text(lang))});
    }
    const QString title = pages.pick("Design checks", "設計チェック");
    pages.section(title);
    pages.table(title,
                {{pages.pick("Severity", "重大度"), 11}, {pages.pick("Code", "コード"), 19},
                 {pages.pick("Components", "コンポーネント"), 18}, {pages.pick("Finding", "内容"), 52}},
                cells, true);
}

void reportDocumentNotes(ReportPages& pages, const Topology& topology)
{
    const Lang lang = pages.lang();
    pages.section(pages.pick("Notes of the source document", "出典の注記"));
    for (const Scenario& scenario : topology.catalog().scenarios) {
        pages.block(qs(scenario.name.text(lang)), 10, true);
        pages.block(qs(scenario.description.text(lang)), 9.5);
        pages.skip(4);
    }
    pages.block(pages.pick("Clients start on TLS/SIP/TCP 443 to the Access Edge service; federation partners "
                           "start on MTLS/SIP/TCP 5061. SIP/MTLS/TCP 5061 to public IM providers is "
                           "bidirectional. Federation with Windows Live Messenger ended on 2013-03-15 (except "
                           "in mainland China); Skype took its place.",
                           "クライアントは TLS/SIP/TCP 443 経由でアクセス エッジ サービスとの通信を開始します。"
                           "フェデレーション パートナーは MTLS/SIP/TCP 5061 経由で通信を開始します。"
                           "パブリック IM プロバイダーとの SIP/MTLS/TCP 5061 は双方向です。"
                           "Messenger クライアント連絡先とのフェデレーションは、中国本土を除き、2013 年 3 月 15 日に"
                           "終了し、Skype が引き継ぎました。"),
                9.5);
}

// Trainer mode's flows, as the plan plays them: each hop's port and ends.
void reportFlows(ReportPages& pages, const Topology& topology)
{
    const std::vector<const Flow*> playable = playableFlows(topology);
    if (playable.empty())
        return;
    const Lang lang = pages.lang();
    pages.section(pages.pick("Flows", "フロー"));
    for (const Flow* flow : playable) {
        const ResolvedFlow resolved = resolveFlow(topology, *flow);
        QList<QStringList> cells;
        for (size_t i = 0; i < resolved.steps.size(); ++i) {
            const ResolvedStep& step = resolved.steps[i];
            const Component* source = topology.component(step.binding.source);
            const Component* destination = topology.component(step.binding.destination);
            cells.append({QString::number(i + 1), qs(rulePortText(*step.rule)),
                          step.isMissing() ? pages.pick("missing", "不足") : qs(source->name),
                          step.isMissing() ? qs(step.missing.text(lang)) : qs(destination->name)});
        }
        pages.table(qs(flow->title.text(lang)),
                    {{pages.pick("Step", "ステップ"), 8}, {pages.pick("Port", "ポート"), 30},
                     {pages.pick("Source", "送信元"), 28}, {pages.pick("Destination", "宛先"), 34}},
                    cells);
    }
}

} // namespace edgeplan
