#include "export/FlowHandout.h"

#include "diagram/DiagramScene.h"
#include "checks/Checks.h"
#include "export/SafeOutput.h"
#include "presenter/FlowStage.h"
#include "rules/TableView.h"
#include "support/Catalogs.h"
#include "support/PrintPalette.h"
#include "support/QtText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>

namespace edgeplan {

namespace {

constexpr double kCellPadding = 4;

QString tr(const char* text)
{
    return QCoreApplication::translate("FlowHandout", text);
}

// The messages to the user, in the program's language (not the handout's);
// the same context for lupdate and at run time.
struct FlowHandout
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::FlowHandout)
};

QString pick(Lang lang, const char* en, const char* ja)
{
    return lang == Lang::Ja ? QString::fromUtf8(ja) : tr(en);
}

// Draws one page after the other in points (the writer at 72 dpi).
class Handout
{
public:
    Handout(QIODevice* device, const Topology& topology, Lang lang)
        : m_writer(device), m_topology(topology), m_lang(lang)
    {
        m_writer.setResolution(72);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageOrientation(QPageLayout::Landscape);
        m_writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
        m_writer.setCreator(QStringLiteral("Edgeplan"));
    }

    bool begin(const QString& title)
    {
        m_writer.setTitle(title);
        if (!m_painter.begin(&m_writer))
            return false;
        m_painter.setRenderHint(QPainter::Antialiasing);
        return true;
    }

    bool end() { return m_painter.end(); }

    void page(const Flow& flow, const ResolvedStep& step, int index, int count, DiagramScene& scene,
              FlowStage& stage)
    {
        if (index > 0)
            m_writer.newPage();
        const double width = pageWidth();
        const double height = m_writer.height();
        m_y = 0;
        setFont(18, true);
        m_painter.setPen(print::kTitle);
        const QString counter = pick(m_lang, "Step %1 of %2", "ステップ %1 / %2").arg(index + 1).arg(count);
        m_painter.drawText(QRectF(0, 0, width, 26), Qt::AlignRight | Qt::AlignVCenter, counter);
        m_painter.drawText(QRectF(0, 0, width - 140, 26), Qt::AlignLeft | Qt::AlignVCenter,
                           qs(flow.title.text(m_lang)));
        m_y = 28;
        setFont(9, false);
        m_painter.setPen(print::kQuiet);
        const Catalog& catalog = m_topology.catalog();
        m_painter.drawText(QRectF(0, m_y, width, 14), Qt::AlignLeft,
                           QStringLiteral("%1 · %2 (%3)")
                               .arg(qs(m_topology.name()), qs(catalog.source.title.text(m_lang)),
                                    qs(catalog.source.document)));
        m_y += 18;

        // The diagram takes what the caption and the table leave.
        stage.show(&step);
        const QRectF source = scene.contentsRect().adjusted(-10, -10, 10, 10);
        const double diagramHeight = height * 0.64;
        QRectF target(0, m_y, width, diagramHeight);
        const double scale = std::min(target.width() / source.width(), target.height() / source.height());
        target = QRectF(target.left() + (target.width() - source.width() * scale) / 2, target.top(),
                        source.width() * scale, source.height() * scale);
        // Recorded at full size, then scaled onto the page: the items draw in
        // full detail (they leave out icons and names below a level of
        // detail that the page's scale would not reach), and stay vectors.
        QPicture picture;
        QPainter recorder(&picture);
        recorder.setRenderHint(QPainter::Antialiasing);
        scene.render(&recorder, QRectF(QPointF(0, 0), source.size()), source);
        recorder.end();
        m_painter.save();
        m_painter.translate(target.topLeft());
        // A picture replays scaled from its own resolution to the page's.
        const double replay = double(picture.logicalDpiX()) / m_writer.logicalDpiX();
        m_painter.scale(scale * replay, scale * replay);
        m_painter.drawPicture(QPointF(0, 0), picture);
        m_painter.restore();
        m_painter.setPen(QPen(print::kRule, 0.6));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(target);
        m_y += diagramHeight + 10;

        m_painter.setPen(Qt::black);
        paragraph(qs(step.step->caption.text(m_lang)), 12, false, Qt::black);
        if (step.isMissing()) {
            m_y += 2;
            paragraph(pick(m_lang, "Missing in this plan: ", "この計画にないもの: ") +
                          qs(step.missing.text(m_lang)),
                      11, true, print::kMissing);
        }
        m_y += 6;
        portRow(step);
    }

private:
    double pageWidth() const { return m_writer.width(); }

    void setFont(double points, bool bold)
    {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSizeF(points);
        font.setBold(bold);
        font.setStyleStrategy(QFont::PreferNoShaping); // searchable text: no ligatures
        m_painter.setFont(font);
    }

    void paragraph(const QString& text, double points, bool bold, const QColor& colour)
    {
        setFont(points, bold);
        m_painter.setPen(colour);
        const QRectF box = m_painter.boundingRect(QRectF(0, m_y, pageWidth(), 1000),
                                                  Qt::TextWordWrap, text);
        m_painter.drawText(box, Qt::TextWordWrap, text);
        m_y = box.bottom() + 4;
    }

    // The hop's row of the port table, under the document's own headers.
    void portRow(const ResolvedStep& step)
    {
        const Rule& rule = *step.rule;
        const Headers h = headers(m_lang);
        const Service* service = m_topology.catalog().service(rule.service);
        const QString port = qs((service ? service->name.text(m_lang) : rule.service) + "/" + rule.protocol +
                                "/" + transportName(rule.transport) + "/" + rule.ports.toString());
        const QStringList head = {qs(h.service) + '/' + qs(h.protocol) + '/' + qs(h.transport) + '/' +
                                      qs(h.ports),
                                  qs(h.source), qs(h.destination), qs(h.note)};
        const QStringList row = {port, end(step, step.binding.source, rule.from),
                                 end(step, step.binding.destination, rule.to), qs(rule.note.text(m_lang))};
        const QList<double> widths = {0.22, 0.24, 0.24, 0.30};
        tableRow(head, widths, true);
        tableRow(row, widths, false);
    }

    QString end(const ResolvedStep& step, ComponentId id, const RuleEndpoint& endpoint) const
    {
        const QString label = qs(endpoint.label.text(m_lang));
        const Component* component = step.isMissing() ? nullptr : m_topology.component(id);
        if (!component)
            return label;
        return QStringLiteral("%1\n%2 (%3)")
            .arg(qs(component->name), label, qs(endpointAddress(m_topology, id, endpoint.interfaceId)));
    }

    void tableRow(const QStringList& cells, const QList<double>& widths, bool header)
    {
        setFont(9.5, header);
        const double total = pageWidth();
        double rowHeight = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF box = m_painter.boundingRect(
                QRectF(0, 0, total * widths[i] - 2 * kCellPadding, 1000), Qt::TextWordWrap, cells[i]);
            rowHeight = std::max(rowHeight, box.height() + 2 * kCellPadding);
        }
        double x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF cell(x, m_y, total * widths[i], rowHeight);
            m_painter.setPen(QPen(print::kRule, 0.6));
            m_painter.setBrush(header ? QBrush(print::kHeadFill) : QBrush(Qt::white));
            m_painter.drawRect(cell);
            m_painter.setPen(Qt::black);
            m_painter.drawText(cell.adjusted(kCellPadding, kCellPadding, -kCellPadding, -kCellPadding),
                               Qt::TextWordWrap, cells[i]);
            x += cell.width();
        }
        m_y += rowHeight;
    }

    QPdfWriter m_writer;
    QPainter m_painter;
    const Topology& m_topology;
    Lang m_lang;
    double m_y = 0;
};

} // namespace

bool exportFlowHandoutPdf(const Topology& topology, const std::string& flowId, const QString& path,
                          const QStringList& inputs, Lang lang, QString* error)
{
    const Flow* flow = topology.catalog().flow(flowId);
    if (!flow) {
        *error = FlowHandout::tr("unknown flow '%1'").arg(qs(flowId));
        return false;
    }
    if (const QString refusal = outputOverwritesInput(path, inputs); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const ResolvedFlow resolved = resolveFlow(topology, *flow);
    // A picture of the plan with its findings' badges, as the presenter shows it.
    DiagramScene scene(topology, runChecks(topology));
    scene.setLanguage(lang);
    // Cached items would land in the PDF as bitmaps: draw them afresh.
    for (QGraphicsItem* item : scene.items())
        item->setCacheMode(QGraphicsItem::NoCache);
    FlowStage stage(&scene);
    stage.setAnimated(false);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        Handout handout(&buffer, topology, lang);
        if (!handout.begin(qs(flow->title.text(lang)))) {
            *error = FlowHandout::tr("%1: cannot lay out the PDF").arg(path);
            return false;
        }
        for (size_t i = 0; i < resolved.steps.size(); ++i)
            handout.page(*flow, resolved.steps[i], int(i), int(resolved.steps.size()), scene, stage);
        if (!handout.end()) {
            *error = FlowHandout::tr("%1: cannot lay out the PDF").arg(path);
            return false;
        }
    }
    const QByteArray bytes = buffer.data();
    return writeFileAtomically(path, std::string(bytes.constData(), size_t(bytes.size())), error);
}

} // namespace edgeplan
