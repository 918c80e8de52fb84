// The handoff report, in the order a firewall team reads it: a title page
// (the project, its customer, author, revision and change note, the catalog
// and the pages the tables cite), the contents, a summary (rule counts per
// firewall and direction, the scenarios, what the checks found), the diagram
// on a landscape page drawn as vectors through the diagram export's render
// state in print style, one portrait table per firewall (numbered as
// `edgeplan rules` numbers them, a short reference key per row), the
// sections of ReportSections.cpp, and the references the keys stand for.
// The pages come from ReportPages; the whole is laid out twice so that the
// contents and the footers know the page numbers. A little over 450 lines:
// its sections share one Report's derived tables, numbered rows and
// citations, which a cut would have to hand from file to file.
#include "diagram/DiagramScene.h"
#include "checks/Checks.h"
#include "export/DiagramExport.h"
#include "export/ReportPages.h"
#include "export/ReportSections.h"
#include "export/TableExport.h"
#include "rules/References.h"
#include "support/Catalogs.h"
#include "support/PrintPalette.h"
#include "support/QtText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>

#include <algorithm>
#include <map>

namespace edgeplan {

namespace {

// Where one row comes from: a page of the source documents, its table and
// row, as the row's reference says it, and the short key the table prints.
struct Citation
{
    QString document;
    QString table;
    QString row; // "row 7", "7 行目"
    QString key; // "E7", or the table's letter and the row ("B3") when the catalog gives none
    QString note;
};

// The pages, tables and rows the plan's tables cite, in order of first
// citation: each row's reference ("Gg425891 · <table> · row 7", several
// joined by "; ") read through the row view, so the page it cites is the
// one the model chose.
class Citations
{
public:
    Citations(const Topology& topology, Lang lang) : m_topology(topology), m_lang(lang) {}

    // The row's keys as its table cell shows them, one citation a line.
    QString keysOf(const RowView& row)
    {
        QStringList keys;
        const QStringList parts = qs(row.reference).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        for (int i = 0; i < parts.size(); ++i) {
            const std::string& ruleId = row.ruleIds.empty() ? row.ruleId
                                                            : row.ruleIds[std::min<size_t>(size_t(i), row.ruleIds.size() - 1)];
            const Citation& c = cite(parts[i], m_topology.catalog().rule(ruleId));
            keys << c.document + QLatin1Char(' ') + c.key;
        }
        keys.removeDuplicates();
        // One line a document: "JJ618373 C1, B2".
        QStringList lines;
        for (const QString& key : keys) {
            const QString document = key.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ');
            const auto line = std::find_if(lines.begin(), lines.end(),
                                           [&](const QString& l) { return l.startsWith(document); });
            if (line != lines.end())
                *line += QStringLiteral(", ") + key.mid(document.size());
            else
                lines << key;
        }
        return lines.join(QLatin1Char('\n'));
    }

    // The documents cited, in order.
    QStringList documents() const
    {
        QStringList documents;
        for (const auto& [document, table] : m_tables)
            if (!documents.contains(document))
                documents << document;
        return documents;
    }
    const QList<QPair<QString, QString>>& tables() const { return m_tables; }
    // The citations of one table, by key in order of first citation.
    QList<Citation> of(const QString& document, const QString& table) const
    {
        QList<Citation> found;
        for (const Citation& c : m_citations)
            if (c.document == document && c.table == table)
                found << c;
        return found;
    }

private:
    const Citation& cite(const QString& reference, const Rule* rule)
    {
        const QStringList parts = reference.split(QStringLiteral(" · "));
        Citation c;
        c.document = parts.value(0).trimmed();
        c.table = parts.value(1).trimmed();
        c.row = parts.value(2).trimmed();
        if (!m_tables.contains({c.document, c.table}))
            m_tables.append({c.document, c.table});
        QString key = rule ? qs(rule->reference.key) : QString();
        if (key.isEmpty()) {
            // The table's letter within its document, and the row's number.
            int letter = 0;
            for (const auto& [document, table] : m_tables) {
                if (document == c.document && table == c.table)
                    break;
                if (document == c.document)
                    ++letter;
            }
            QString digits;
            for (const QChar ch : c.row)
                if (ch.isDigit())
                    digits += ch;
            key = QChar(u'A' + std::min(letter, 25)) + digits;
        }
        c.key = key;
        c.note = rule ? qs(rule->note.text(m_lang)) : QString();
        for (const Citation& known : m_citations)
            if (known.document == c.document && known.key == c.key)
                return known;
        m_citations.append(c);
        return m_citations.last();
    }

    const Topology& m_topology;
    Lang m_lang;
    QList<QPair<QString, QString>> m_tables;
    QList<Citation> m_citations;
};

// One run of the layout; `contents` holds the sections of the run before.
class Report
{
public:
    // The tables and findings derived once for both runs of the layout.
    Report(ReportPages& pages, const ReportInput& input, const QList<ReportSection>& contents)
        : m_pages(pages), m_topology(input.topology), m_lang(pages.lang()), m_contents(contents),
          m_tables(input.tables), m_rows(rowViews(m_topology, m_tables, m_lang)), m_findings(input.findings),
          m_citations(m_topology, m_lang)
    {
        for (const RowView& row : m_rows)
            m_keys.push_back(m_citations.keysOf(row));
    }

    QString pick(const char* en, const char* ja) const { return m_pages.pick(en, ja); }

    void titlePage()
    {
        const Catalog& catalog = m_topology.catalog();
        const SignOff& signOff = m_topology.signOff();
        m_pages.skip(m_pages.bottom() * 0.12);
        m_pages.block(printable(qs(m_topology.name()), false, 300), 24, true, print::kTitle);
        m_pages.skip(4);
        m_pages.block(pick("Firewall rules: the handoff to the network team",
                           "ファイアウォール ルール: ネットワーク担当者への引き継ぎ資料"),
                      14, false, QColor(0x44, 0x44, 0x44));
        m_pages.skip(18);
        QPainter& painter = m_pages.painter();
        painter.setPen(QPen(QColor(0x2a, 0x9d, 0x8f), 2));
        painter.drawLine(QPointF(0, m_pages.y()), QPointF(m_pages.width() * 0.4, m_pages.y()));
        m_pages.skip(16);
        const QString none = QStringLiteral("—");
        auto orNone = [&](const std::string& value) { return value.empty() ? none : qs(value); };
        // The pages the tables cite in the plan's deployment variant; the
        // catalog's own source when no rule is cited yet.
        QStringList sources;
        for (const CitedPage& page : citedPages(m_topology, m_tables))
            sources << qs(citedPageLine(page, m_lang));
        if (sources.isEmpty())
            sources << qs(citedPageLine({catalog.source.document, catalog.source.title, catalog.source.date, {}}, m_lang));
        const Variant* variant = catalog.variant(m_topology.variant());
        m_pages.facts({
            {pick("Customer", "顧客"), orNone(signOff.customer)},
            {pick("Author", "作成者"), orNone(m_topology.author())},
            {pick("Revision", "改訂"), orNone(signOff.revision)},
            {pick("Change note", "変更内容"), orNone(signOff.changeNote)},
            {pick("Date", "日付"), QDate::currentDate().toString(Qt::ISODate)},
            {pick("Catalog", "カタログ"), qs(catalog.title.text(m_lang)) + QStringLiteral(" (") + qs(catalog.id) + ')'},
            {pick("Source documents", "出典"), sources.join(QLatin1Char('\n'))},
            {pick("Deployment", "展開"), variant ? qs(variant->name.text(m_lang)) : pick("none", "なし")},
            {pick("Scenarios", "シナリオ"), enabledScenarios()},
        });
        m_pages.skip(16);
        for (const std::string& line : generatedNotice(m_topology, m_lang))
            m_pages.block(qs(line), 9, false, QColor(0x66, 0x66, 0x66));
        // Room for the review by hand.
        m_pages.skip(24);
        m_pages.ensure(70);
        m_pages.setFont(10, true);
        painter.setPen(Qt::black);
        const double y = m_pages.y();
        const QString labels[] = {pick("Reviewed by", "確認者"), pick("Date", "日付"), pick("Signature", "署名")};
        const double column = m_pages.width() / 3;
        for (int i = 0; i < 3; ++i) {
            painter.drawText(QRectF(i * column, y, column - 12, 16), Qt::AlignLeft, labels[i]);
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.6));
            painter.drawLine(QPointF(i * column, y + 40), QPointF((i + 1) * column - 16, y + 40));
            painter.setPen(Qt::black);
        }
        m_pages.skip(48);
    }

    void contentsPage()
    {
        m_pages.section(pick("Contents", "目次"), true);
        QPainter& painter = m_pages.painter();
        for (const ReportSection& entry : m_contents) {
            if (entry.title == pick("Contents", "目次"))
                continue;
            m_pages.ensure(18);
            m_pages.setFont(10.5);
            painter.setPen(Qt::black);
            const QRectF line(0, m_pages.y(), m_pages.width(), 16);
            const QString number = QString::number(entry.page);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, entry.title);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
            const QFontMetricsF metrics(painter.font(), painter.device());
            const double from = metrics.horizontalAdvance(entry.title) + 8;
            const double to = m_pages.width() - metrics.horizontalAdvance(number) - 8;
            painter.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 0.8, Qt::DotLine));
            if (to > from)
                painter.drawLine(QPointF(from, line.bottom() - 4), QPointF(to, line.bottom() - 4));
            m_pages.skip(19);
        }
    }

    void summary()
    {
        m_pages.section(pick("Summary", "概要"), true);
        const Catalog& catalog = m_topology.catalog();
        m_pages.facts({{pick("Components", "コンポーネント"), QString::number(m_topology.components().size())},
                       {pick("Links", "リンク"), QString::number(m_topology.links().size())},
                       {pick("Firewalls", "ファイアウォール"), QString::number(m_tables.firewalls.size())}});
        QList<QStringList> counts;
        for (const FirewallTable& table : m_tables.firewalls) {
            int inbound = 0;
            int outbound = 0;
            for (const RowView& row : m_rows)
                if (row.firewallId == table.firewall->id)
                    ++(row.directionId == "inbound" ? inbound : outbound);
            counts.append({qs(table.firewall->name.text(m_lang)), QString::number(inbound),
                           QString::number(outbound), QString::number(inbound + outbound)});
        }
        m_pages.table(pick("Rules per firewall", "ファイアウォールごとのルール数"),
                      {{pick("Firewall", "ファイアウォール"), 40},
                       {qs(directionName(Direction::Inbound, m_lang)), 20},
                       {qs(directionName(Direction::Outbound, m_lang)), 20},
                       {pick("Total", "合計"), 20}},
                      counts);
        if (!m_tables.unfiltered.empty())
            m_pages.block(ja() ? QStringLiteral("%1 件のルールは同じゾーン内で、ファイアウォールを通過しません。")
                                     .arg(m_tables.unfiltered.size())
                               : QStringLiteral("%1 rule(s) stay inside one zone and cross no firewall.")
                                     .arg(m_tables.unfiltered.size()),
                          9.5);
        QList<QStringList> scenarios;
        for (const Scenario& s : catalog.scenarios)
            scenarios.append({qs(s.name.text(m_lang)),
                              m_topology.isScenarioEnabled(s.id) ? pick("on", "有効") : pick("off", "無効")});
        m_pages.table(pick("Scenarios", "シナリオ"),
                      {{pick("Scenario", "シナリオ"), 70}, {pick("In this plan", "このプラン"), 30}}, scenarios);

        std::map<Severity, int> bySeverity;
        for (const Finding& f : m_findings)
            ++bySeverity[f.severity];
        m_pages.heading(pick("What was checked", "チェックした内容"));
        m_pages.block(ja() ? QStringLiteral("設計チェックを %1 個のコンポーネントと %2 本のリンクに実行しました: "
                                            "エラー %3 件、警告 %4 件、情報 %5 件。")
                                 .arg(m_topology.components().size())
                                 .arg(m_topology.links().size())
                                 .arg(bySeverity[Severity::Error])
                                 .arg(bySeverity[Severity::Warning])
                                 .arg(bySeverity[Severity::Information])
                           : QStringLiteral("The design checks ran over %1 components and %2 links: %3 error(s), "
                                            "%4 warning(s), %5 note(s).")
                                 .arg(m_topology.components().size())
                                 .arg(m_topology.links().size())
                                 .arg(bySeverity[Severity::Error])
                                 .arg(bySeverity[Severity::Warning])
                                 .arg(bySeverity[Severity::Information]),
                       9.5);
        std::map<std::pair<Severity, std::string>, int> byCode;
        for (const Finding& f : m_findings)
            ++byCode[{f.severity, f.code}];
        QList<QStringList> codes;
        for (const auto& [key, count] : byCode)
            codes.append({qs(severityName(key.first, m_lang)), qs(key.second), QString::number(count)});
        if (!codes.isEmpty())
            m_pages.table(pick("Findings by check", "チェックごとの指摘"),
                          {{pick("Severity", "重大度"), 25}, {pick("Check", "チェック"), 55},
                           {pick("Findings", "件数"), 20}},
                          codes);
    }

    void diagramPage(DiagramScene& scene)
    {
        m_pages.section(pick("Diagram", "構成図"), true, QPageLayout::Landscape);
        DiagramExportOptions options;
        options.lang = m_lang;
        options.print = true;
        const DiagramRenderState state(scene, options);
        const QRectF source = state.rect();
        QRectF target(0, m_pages.y(), m_pages.width(), m_pages.bottom() - m_pages.y());
        if (source.isEmpty())
            return;
        const double scale = std::min(target.width() / source.width(), target.height() / source.height());
        target.setSize(source.size() * scale);
        scene.render(&m_pages.painter(), target, source);
    }

    void firewallTables()
    {
        const Headers h = headers(m_lang);
        const QList<ReportColumn> columns = {
            // Every column as wide as its widest line, at most so many
            // points, and the note taking the rest. The ends' names wrap
            // when longer; so does a protocol ("STUN/MSTURN"): a second
            // line, which the ends' name and address take anyway.
            {QStringLiteral("#"), 30, 0, true},
            {qs(h.direction), 60, 0, true},
            {qs(h.source), 92, 0, true},
            {qs(h.destination), 92, 0, true},
            {qs(h.protocol), 60, 0, true},
            {QStringLiteral("TCP/UDP"), 44, 0, true},
            {qs(h.ports), 64, 0, true},
            {qs(h.note), 1, 2, false, 64},
            {qs(h.reference), 78, 0, true},
        };
        for (const FirewallTable& table : m_tables.firewalls) {
            QList<QStringList> cells;
            std::vector<const RowView*> rows;
            bool flagged = false;
            for (size_t i = 0; i < m_rows.size(); ++i) {
                const RowView& r = m_rows[i];
                if (r.firewallId != table.firewall->id)
                    continue;
                flagged = flagged || r.crossesSeveral;
                rows.push_back(&r);
                cells.append({QString::number(r.number) + (r.crossesSeveral ? QStringLiteral("!") : QString()),
                              qs(r.direction), reportEndCell(r.source), reportEndCell(r.destination), qs(r.protocol),
                              qs(r.transport), qs(r.ports), qs(r.note), m_keys[i]});
            }
            const QString title = qs(table.firewall->name.text(m_lang)) + QStringLiteral(" (%1)").arg(cells.size());
            m_pages.section(title, true);
            if (cells.isEmpty()) {
                m_pages.block(pick("No rule crosses this firewall.", "このファイアウォールを通過するルールはありません。"),
                              9.5);
                continue;
            }
            const bool translated = reportTranslations(m_pages, m_topology, rows);
            m_pages.table(title, columns, cells, true);
            if (translated)
                m_pages.block(pick("\u2020 a public address: the firewall translates it to the private address "
                                   "listed above the table (NAT).",
                                   "\u2020 パブリック アドレス: ファイアウォールが表の前に挙げたプライベート アドレスへ"
                                   "変換します (NAT)。"),
                              9);
            if (flagged)
                m_pages.block(pick("! crosses both firewalls directly (not through the Edge Server)",
                                   "! 両方のファイアウォールを直接通過します (エッジ サーバーを経由しません)"),
                              9);
            m_pages.block(pick("A note cut short (…) is given whole under its key in References.",
                               "省略した (…) メモは、参照の章にキーごとに全文を載せています。"),
                          8.5, false, QColor(0x55, 0x5f, 0x6b));
        }
    }

    void references()
    {
        if (m_citations.tables().isEmpty())
            return;
        m_pages.section(pick("References", "参照"), true);
        for (const auto& [document, table] : m_citations.tables()) {
            QList<QStringList> cells;
            for (const Citation& c : m_citations.of(document, table))
                cells.append({document + QLatin1Char(' ') + c.key, c.row, c.note});
            m_pages.table(document + QStringLiteral(": ") + table,
                          {{pick("Key", "キー"), 18}, {pick("Row", "行"), 12}, {pick("Note", "メモ"), 70}}, cells);
        }
    }

    void rest()
    {
        reportComponents(m_pages, m_topology);
        reportNaming(m_pages, m_topology);
        reportFindings(m_pages, m_topology, m_findings);
        reportDocumentNotes(m_pages, m_topology);
        reportFlows(m_pages, m_topology);
    }

private:
    bool ja() const { return m_lang == Lang::Ja; }

    QString enabledScenarios() const
    {
        QStringList names;
        for (const Scenario& s : m_topology.catalog().scenarios)
            if (m_topology.isScenarioEnabled(s.id))
                names << qs(s.name.text(m_lang));
        return names.isEmpty() ? pick("none", "なし") : names.join(pick(", ", "、"));
    }

    ReportPages& m_pages;
    const Topology& m_topology;
    Lang m_lang;
    const QList<ReportSection>& m_contents;
    const RuleTables& m_tables;
    std::vector<RowView> m_rows;
    const std::vector<Finding>& m_findings;
    Citations m_citations;
    std::vector<QString> m_keys; // by row
};

// The handout's words, the same failure.
QString layoutFailed(const QString& path)
{
    return QCoreApplication::translate("edgeplan::FlowHandout", "%1: cannot lay out the PDF").arg(path);
}

QString runningHead(const Topology& topology, Lang lang)
{
    QString head = qs(topology.name());
    if (!topology.signOff().revision.empty())
        head += (lang == Lang::Ja ? QStringLiteral(" · 改訂 ") : QStringLiteral(" · revision ")) +
                qs(topology.signOff().revision);
    return head;
}

// One run of the whole layout into `bytes`; false when the PDF would not start or end.
bool layOut(const ReportInput& input, DiagramScene& scene, Lang lang, QPageSize::PageSizeId pageSize,
            const QList<ReportSection>& contents, int pageCount, QByteArray* bytes, QList<ReportSection>* sections,
            int* pages)
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    const Topology& topology = input.topology;
    ReportPages paged(&buffer, pageSize, lang, qs(topology.name()), runningHead(topology, lang));
    if (!paged.begun())
        return false;
    paged.setPageCount(pageCount);
    Report report(paged, input, contents);
    report.titlePage();
    report.contentsPage();
    report.summary();
    report.diagramPage(scene);
    report.firewallTables();
    report.rest();
    report.references();
    *sections = paged.sections();
    *pages = paged.page();
    return paged.finish();
}

} // namespace

bool exportReportPdf(const Topology& topology, const QString& path, Lang lang, QString* error,
                     QPageSize::PageSizeId pageSize)
{
    const RuleTables tables = deriveTables(topology);
    const std::vector<Finding> findings = runChecks(topology);
    return exportReportPdf({topology, tables, findings}, path, lang, error, pageSize);
}

bool exportReportPdf(const ReportInput& input, const QString& path, Lang lang, QString* error,
                     QPageSize::PageSizeId pageSize)
{
    // A picture of the plan of its own: the report hides the badges.
    DiagramScene scene(input.topology, {});
    scene.setLanguage(lang);
    scene.layoutLabels();
    // The first run learns where the sections start and how many pages
    // there are; the second prints them. The contents page has as many
    // lines in both, so the pages fall the same way.
    QByteArray first;
    QList<ReportSection> sections;
    int pages = 0;
    if (!layOut(input, scene, lang, pageSize, {}, 0, &first, &sections, &pages)) {
        *error = layoutFailed(path);
        return false;
    }
    QByteArray bytes;
    QList<ReportSection> again;
    if (!layOut(input, scene, lang, pageSize, sections, pages, &bytes, &again, &pages)) {
        *error = layoutFailed(path);
        return false;
    }
    return writeFileAtomically(path, std::string(bytes.constData(), size_t(bytes.size())), error);
}

} // namespace edgeplan
