#include "checks/Checks.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/NamingExport.h"
#include "export/TableExport.h"
#include "rules/Flows.h"
#include "support/Catalogs.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QPainter>
#include <QPdfWriter>

namespace edgeplan {

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

// Lays out the handoff report on A4 pages in points, one section after the
// other, starting a page whenever the next block does not fit.
class Report
{
public:
    Report(QIODevice* device, const Topology& topology, Lang lang)
        : m_writer(device), m_topology(topology), m_lang(lang)
    {
        m_writer.setResolution(72);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
        m_writer.setTitle(text(topology.name()));
        m_writer.setCreator(QStringLiteral("Edgeplan"));
        m_painter.begin(&m_writer);
        m_painter.setRenderHint(QPainter::Antialiasing);
    }

    // False when the painter could not start on the PDF.
    bool begun() const { return m_painter.isActive(); }

    bool ja() const { return m_lang == Lang::Ja; }
    QString pick(const char* en, const char* jaText) const
    {
        return ja() ? QString::fromUtf8(jaText) : QString::fromUtf8(en);
    }

    void titlePage()
    {
        const Catalog& catalog = m_topology.catalog();
        const double w = m_writer.width();
        m_y = m_writer.height() * 0.25;
        block(text(m_topology.name()), 24, true, QColor(0x1f, 0x4e, 0x79));
        m_y += 6;
        block(pick("Firewall rules for the Lync Server 2013 edge",
                   "Lync Server 2013 エッジのファイアウォール ルール"),
              14, false, QColor(0x44, 0x44, 0x44));
        m_y += 30;
        m_painter.setPen(QPen(QColor(0x2a, 0x9d, 0x8f), 2));
        m_painter.drawLine(QPointF(0, m_y), QPointF(w * 0.4, m_y));
        m_y += 20;
        const QList<QPair<QString, QString>> facts = {
            {pick("Author", "作成者"), text(m_topology.author())},
            {pick("Date", "日付"), QDate::currentDate().toString(Qt::ISODate)},
            {pick("Catalog", "カタログ"), text(catalog.title.text(m_lang))},
            {pick("Source document", "出典"),
             text(catalog.source.title.text(m_lang)) + QStringLiteral(" (") + text(catalog.source.document) +
                 QStringLiteral(", ") + text(catalog.source.date) + QStringLiteral(")")},
            {pick("Scenarios", "シナリオ"), enabledScenarios()},
        };
        for (const auto& [key, value] : facts) {
            setFont(10, true);
            m_painter.drawText(QRectF(0, m_y, 110, 40), Qt::TextWordWrap, key);
            setFont(10, false);
            const QRectF box = m_painter.boundingRect(QRectF(120, m_y, w - 120, 1000),
                                                      Qt::TextWordWrap, value);
            m_painter.drawText(box, Qt::TextWordWrap, value);
            m_y += std::max(box.height(), 14.0) + 6;
        }
        m_y += 20;
        for (const std::string& line : generatedNotice(m_topology, m_lang))
            block(text(line), 9, false, QColor(0x66, 0x66, 0x66));
    }

    void diagramPage(DiagramScene& scene)
    {
        m_writer.setPageOrientation(QPageLayout::Landscape);
        m_writer.newPage();
        m_y = 0;
        heading(pick("Diagram", "構成図"));
        const QRectF source = scene.contentsRect();
        QRectF target(0, m_y, m_writer.width(), m_writer.height() - m_y);
        if (!source.isEmpty()) {
            const double scale = std::min(target.width() / source.width(), target.height() / source.height());
            target.setSize(source.size() * scale);
            scene.render(&m_painter, target, source);
        }
        // The tables are wide: they stay on landscape pages too.
        newPage();
    }

    void firewallTables()
    {
        const Headers h = headers(m_lang);
        const RuleTables tables = deriveTables(m_topology);
        const auto rows = rowViews(m_topology, tables, m_lang);
        // The document's own first column: service/protocol/transport/port.
        const QStringList head = {text(h.direction),
                                  text(h.service) + '/' + text(h.protocol) + '/' + text(h.transport) +
                                      '/' + text(h.ports),
                                  text(h.source), text(h.destination), text(h.note), text(h.reference)};
        const QList<double> widths = {8, 17, 17, 17, 24, 17};
        for (const FirewallTable& table : tables.firewalls) {
            QList<QStringList> cells;
            for (const RowView& r : rows) {
                if (r.firewallId != table.firewall->id)
                    continue;
                cells.append({text(r.direction),
                              text(r.service + "/" + r.protocol + "/" + r.transport + "/" + r.ports),
                              text(r.source.component) + '\n' + text(r.source.addressCell),
                              text(r.destination.component) + '\n' + text(r.destination.addressCell),
                              text(r.note), text(r.reference)});
            }
            heading(text(table.firewall->name.text(m_lang)) +
                    QStringLiteral(" (%1)").arg(cells.size()));
            if (cells.isEmpty()) {
                block(pick("No rule crosses this firewall.", "このファイアウォールを通過するルールはありません。"),
                      9, false, Qt::black);
                continue;
            }
            drawTable(head, widths, cells);
            m_y += 12;
        }
    }

    void components()
    {
        const Catalog& catalog = m_topology.catalog();
        heading(pick("Components", "コンポーネント"));
        QList<QStringList> cells;
        for (const auto& [id, c] : m_topology.components()) {
            const RoleDef* role = catalog.role(c.role);
            const Zone* zone = catalog.zone(c.zone);
            QStringList addresses;
            for (const auto& [iface, a] : c.interfaces) {
                const InterfaceDef* def = role ? role->interfaceDef(iface) : nullptr;
                QString line = (def ? text(def->name.text(m_lang)) : text(iface)) + QStringLiteral(": ") +
                               text(a.address);
                if (!a.natAddress.empty())
                    line += QStringLiteral(" (NAT %1)").arg(text(a.natAddress));
                addresses << line;
            }
            cells.append({text(c.name), role ? text(role->name.text(m_lang)) : text(c.role),
                          zone ? text(zone->name.text(m_lang)) : text(c.zone), text(c.fqdn),
                          addresses.join('\n')});
        }
        drawTable({pick("Name", "名前"), pick("Role", "役割"), pick("Zone", "ゾーン"), QStringLiteral("FQDN"),
                   pick("Addresses", "アドレス")},
                  {20, 18, 16, 20, 26}, cells);
        m_y += 12;
    }

    // The DNS records and certificates the plan needs (Naming.h), as the
    // DNS and Certificates tabs show them.
    void namingReports()
    {
        const TextTable dns = dnsTable(m_topology, m_lang);
        if (!dns.rows.empty()) {
            const std::vector<size_t> columns = {0, 1, 2, 3, 4, 7, 9};
            QStringList head;
            for (size_t c : columns)
                head << text(dns.headers[c]);
            QList<QStringList> cells;
            for (const auto& row : dns.rows) {
                QStringList line;
                for (size_t c : columns)
                    line << text(row[c]);
                cells.append(line);
            }
            tableHeading(pick("DNS records", "DNS レコード"), head, {8, 6, 22, 15, 6, 11, 32}, cells);
            drawTable(head, {8, 6, 22, 15, 6, 11, 32}, cells);
            m_y += 12;
        }
        const TextTable certificates = certificateTable(m_topology, m_lang);
        if (!certificates.rows.empty()) {
            const std::vector<size_t> columns = {0, 2, 3, 4, 5, 7, 8};
            QStringList head;
            for (size_t c : columns)
                head << text(certificates.headers[c]);
            QList<QStringList> cells;
            for (const auto& row : certificates.rows) {
                QStringList line;
                // The servers and the names one per line.
                for (size_t c : columns)
                    line << (c == 2 || c == 4 ? text(row[c]).replace(QStringLiteral("; "), QStringLiteral("\n"))
                                              : text(row[c]));
                cells.append(line);
            }
            tableHeading(pick("Certificates", "証明書"), head, {12, 9, 14, 22, 11, 9, 23}, cells);
            drawTable(head, {12, 9, 14, 22, 11, 9, 23}, cells);
            m_y += 12;
        }
    }

    // The design checks' findings, when there are any.
    void findings()
    {
        const std::vector<Finding> found = runChecks(m_topology);
        if (found.empty())
            return;
        heading(pick("Design checks", "設計チェック"));
        QList<QStringList> cells;
        for (const Finding& f : found) {
            QStringList names;
            for (ComponentId id : f.components)
                if (const Component* c = m_topology.component(id))
                    names << text(c->name);
            cells.append({text(severityName(f.severity, m_lang)), text(f.code), names.join('\n'),
                          text(f.message.text(m_lang))});
        }
        drawTable({pick("Severity", "重大度"), pick("Code", "コード"), pick("Components", "コンポーネント"),
                   pick("Finding", "内容")},
                  {10, 18, 18, 54}, cells);
        m_y += 12;
    }

    void documentNotes()
    {
        const Catalog& catalog = m_topology.catalog();
        heading(pick("Notes of the source document", "出典の注記"));
        for (const Scenario& scenario : catalog.scenarios) {
            block(text(scenario.name.text(m_lang)), 10, true, Qt::black);
            block(text(scenario.description.text(m_lang)), 9, false, Qt::black);
            m_y += 4;
        }
        block(pick("Clients start on TLS/SIP/TCP 443 to the Access Edge service; federation partners "
                   "start on MTLS/SIP/TCP 5061. SIP/MTLS/TCP 5061 to public IM providers is "
                   "bidirectional. Federation with Windows Live Messenger ended on 2013-03-15 (except "
                   "in mainland China); Skype took its place.",
                   "クライアントは TLS/SIP/TCP 443 経由でアクセス エッジ サービスとの通信を開始します。"
                   "フェデレーション パートナーは MTLS/SIP/TCP 5061 経由で通信を開始します。"
                   "パブリック IM プロバイダーとの SIP/MTLS/TCP 5061 は双方向です。"
                   "Messenger クライアント連絡先とのフェデレーションは、中国本土を除き、2013 年 3 月 15 日に"
                   "終了し、Skype が引き継ぎました。"),
              9, false, Qt::black);
    }

    // Trainer mode's flows, as the plan plays them: each hop's port and ends.
    void flows()
    {
        const std::vector<const Flow*> playable = playableFlows(m_topology);
        if (playable.empty())
            return;
        heading(pick("Flows", "フロー"));
        for (const Flow* flow : playable) {
            block(text(flow->title.text(m_lang)), 10, true, Qt::black);
            const ResolvedFlow resolved = resolveFlow(m_topology, *flow);
            QList<QStringList> cells;
            for (size_t i = 0; i < resolved.steps.size(); ++i) {
                const ResolvedStep& step = resolved.steps[i];
                const Component* source = m_topology.component(step.binding.source);
                const Component* destination = m_topology.component(step.binding.destination);
                cells.append({QString::number(i + 1), text(rulePortText(*step.rule)),
                              step.isMissing() ? pick("missing", "不足") : text(source->name),
                              step.isMissing() ? text(step.missing.text(m_lang)) : text(destination->name)});
            }
            drawTable({pick("Step", "ステップ"), pick("Port", "ポート"), pick("Source", "送信元"),
                       pick("Destination", "宛先")},
                      {8, 30, 28, 34}, cells);
            m_y += 8;
        }
    }

    bool finish() { return m_painter.end(); }

private:
    QString enabledScenarios() const
    {
        QStringList names;
        for (const Scenario& s : m_topology.catalog().scenarios)
            if (m_topology.isScenarioEnabled(s.id))
                names << text(s.name.text(m_lang));
        return names.isEmpty() ? pick("none", "なし") : names.join(QStringLiteral(", "));
    }

    void setFont(double points, bool bold)
    {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSizeF(points);
        font.setBold(bold);
        // No ligatures: "fi" in the PDF stays two letters that a reader can
        // search for and copy.
        font.setStyleStrategy(QFont::PreferNoShaping);
        m_painter.setFont(font);
    }

    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
    }

    void ensure(double height)
    {
        if (m_y + height > m_writer.height())
            newPage();
    }

    void block(const QString& value, double points, bool bold, const QColor& color)
    {
        setFont(points, bold);
        const QRectF box =
            m_painter.boundingRect(QRectF(0, 0, m_writer.width(), 10000), Qt::TextWordWrap, value);
        ensure(box.height());
        m_painter.setPen(color);
        m_painter.drawText(QRectF(0, m_y, m_writer.width(), box.height()), Qt::TextWordWrap, value);
        m_y += box.height() + 2;
    }

    void heading(const QString& value)
    {
        ensure(60);
        m_y += 6;
        block(value, 13, true, QColor(0x1f, 0x4e, 0x79));
        m_y += 4;
    }

    double rowHeight(const QStringList& row, const QList<double>& columns, bool bold)
    {
        setFont(8.5, bold);
        double height = 0;
        for (int c = 0; c < row.size(); ++c) {
            const QRectF box = m_painter.boundingRect(QRectF(0, 0, columns[c] - 6, 10000),
                                                      Qt::TextWordWrap, row[c]);
            height = std::max(height, box.height());
        }
        return height + 6;
    }

    void drawRow(const QStringList& row, const QList<double>& columns, bool header, bool shade)
    {
        const double height = rowHeight(row, columns, header);
        double x = 0;
        m_painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), 0.5));
        const QColor fill = header ? QColor(0xe8, 0xee, 0xf4) : shade ? QColor(0xf7, 0xf9, 0xfb) : Qt::white;
        m_painter.fillRect(QRectF(0, m_y, m_writer.width(), height), fill);
        for (int c = 0; c < row.size(); ++c) {
            const QRectF cell(x, m_y, columns[c], height);
            m_painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), 0.5));
            m_painter.drawRect(cell);
            m_painter.setPen(Qt::black);
            m_painter.drawText(cell.adjusted(3, 3, -3, -3), Qt::TextWordWrap, row[c]);
            x += columns[c];
        }
        m_y += height;
    }

    // A table whose header row is repeated at the top of every page it runs onto.
    QList<double> columnWidths(const QList<double>& relative) const
    {
        double total = 0;
        for (double r : relative)
            total += r;
        QList<double> columns;
        for (double r : relative)
            columns << m_writer.width() * r / total;
        return columns;
    }

    // A heading that stays on the page of its table's first row.
    void tableHeading(const QString& title, const QStringList& head, const QList<double>& relative,
                      const QList<QStringList>& rows)
    {
        const QList<double> columns = columnWidths(relative);
        ensure(40 + rowHeight(head, columns, true) + (rows.isEmpty() ? 0 : rowHeight(rows.first(), columns, false)));
        heading(title);
    }

    void drawTable(const QStringList& head, const QList<double>& relative, const QList<QStringList>& rows)
    {
        const QList<double> columns = columnWidths(relative);
        const double headHeight = rowHeight(head, columns, true);
        ensure(headHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), columns, false)));
        drawRow(head, columns, true, false);
        for (int i = 0; i < rows.size(); ++i) {
            const double height = rowHeight(rows[i], columns, false);
            if (m_y + height > m_writer.height()) {
                newPage();
                drawRow(head, columns, true, false);
            }
            drawRow(rows[i], columns, false, i % 2 == 1);
        }
    }

    QPdfWriter m_writer;
    QPainter m_painter;
    const Topology& m_topology;
    Lang m_lang;
    double m_y = 0;
};

// The handout's words, the same failure.
QString layoutFailed(const QString& path)
{
    return QCoreApplication::translate("edgeplan::FlowHandout", "%1: cannot lay out the PDF").arg(path);
}

} // namespace

bool exportReportPdf(Document& document, const QString& path, Lang lang, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        DiagramScene scene(&document);
        scene.setLanguage(lang);
        scene.layoutLabels();
        Report report(&buffer, document.topology(), lang);
        if (!report.begun()) {
            *error = layoutFailed(path);
            return false;
        }
        report.titlePage();
        report.diagramPage(scene);
        report.firewallTables();
        report.components();
        report.namingReports();
        report.findings();
        report.documentNotes();
        report.flows();
        if (!report.finish()) {
            *error = layoutFailed(path);
            return false;
        }
    }
    const QByteArray bytes = buffer.data();
    return writeFileAtomically(path, std::string(bytes.constData(), size_t(bytes.size())), error);
}

} // namespace edgeplan
