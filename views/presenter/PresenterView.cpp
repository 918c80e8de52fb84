#include "presenter/PresenterView.h"

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "presenter/FlowStage.h"
#include "support/QtText.h"

#include <QComboBox>
#include <QStyleOptionGraphicsItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace edgeplan {

namespace {

const QColor kChrome(0x1E, 0x29, 0x33);
constexpr int kDiagramMargin = 30;
// However close the view goes on a hop, it shows this much of the plan.
constexpr double kMinShownPart = 0.62;

QLabel* makeLabel(int pixelSize, bool bold, const QString& colour, QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The presenter's canvas: zoomed onto a hop low in the plan, it keeps the
// zone names along its top.
class PresenterCanvas : public QGraphicsView
{
public:
    PresenterCanvas(DiagramScene* scene, QWidget* parent) : QGraphicsView(scene, parent), m_diagram(scene) {}

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override
    {
        QGraphicsView::drawForeground(painter, rect);
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        m_diagram->zoneLayout().paintPinnedTitles(
            painter, visible, m_diagram->language(),
            QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()));
    }

private:
    DiagramScene* m_diagram;
};

} // namespace

PresenterView::PresenterView(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_scene(new DiagramScene(document, this)),
      m_stage(new FlowStage(m_scene, this)), m_view(new PresenterCanvas(m_scene, this)),
      m_picker(new QComboBox(this)), m_description(makeLabel(17, false, "#C9D3DD", this)),
      m_counter(makeLabel(34, true, "#F2A65A", this)), m_caption(makeLabel(28, false, "white", this)),
      m_detail(makeLabel(17, false, "#C9D3DD", this)),
      m_hint(makeLabel(15, false, "#8FA0B0", this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, kChrome);
    setPalette(pal);

    // The keys belong to the presenter: neither the picker nor the view takes focus.
    QFont pickerFont = m_picker->font();
    pickerFont.setPixelSize(24);
    pickerFont.setBold(true);
    m_picker->setFont(pickerFont);
    m_picker->setFocusPolicy(Qt::NoFocus);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setStyleSheet(QStringLiteral(
        "QComboBox { color: white; background: #2C3B4A; border: 1px solid #3E5163;"
        " border-radius: 6px; padding: 6px 14px; }"
        "QComboBox::drop-down { border: none; width: 28px; }"
        "QComboBox QAbstractItemView { color: white; background: #2C3B4A;"
        " selection-background-color: #F2A65A; selection-color: #1E2933; }"));
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setInteractive(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_hint->setWordWrap(false);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setWordWrap(false);
    m_counter->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_counter->setMinimumWidth(110);

    auto* top = new QHBoxLayout;
    top->addWidget(m_picker);
    top->addStretch(1);
    top->addWidget(m_hint);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(24);
    bottom->addWidget(m_counter, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(8);
    texts->addWidget(m_caption);
    texts->addWidget(m_detail);
    bottom->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 18, 28, 22);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_picker, &QComboBox::activated, this, &PresenterView::onPicked);
    auto queueRefresh = [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QMetaObject::invokeMethod(this, &PresenterView::refresh, Qt::QueuedConnection);
    };
    connect(document, &Document::rulesChanged, this, queueRefresh);
    connect(document, &Document::linkAdded, this, queueRefresh);
    connect(document, &Document::linkRemoved, this, queueRefresh);
    connect(document, &Document::componentChanged, this, queueRefresh);
    connect(document, &Document::scenariosChanged, this, queueRefresh);
    connect(document, &Document::modelReset, this, queueRefresh);
    retranslateUi();
    setLanguage(Lang::En);
    refresh();
}

PresenterView::~PresenterView()
{
    // The stage restores the scene's items: it must go before the scene.
    delete m_stage;
}

void PresenterView::setLanguage(Lang lang)
{
    m_lang = lang;
    m_scene->setLanguage(lang);
    rebuildPicker();
    showStep();
}

void PresenterView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The presenter's own words; the flows' follow the data language (setLanguage).
void PresenterView::retranslateUi()
{
    setWindowTitle(tr("Edgeplan — Present"));
    m_hint->setText(tr("→ / Space next    ← / Backspace back    Home restart    Esc leave"));
    // The scene's words are the link labels, which the stage hides.
    showStepTexts();
}

bool PresenterView::setFlow(const std::string& flowId)
{
    const auto it = std::find(m_flowIds.begin(), m_flowIds.end(), flowId);
    if (it == m_flowIds.end())
        return false;
    m_picker->setCurrentIndex(int(it - m_flowIds.begin()));
    onPicked(m_picker->currentIndex());
    return true;
}

QStringList PresenterView::flowIds() const
{
    QStringList ids;
    for (const std::string& id : m_flowIds)
        ids << qs(id);
    return ids;
}

int PresenterView::stepCount() const
{
    return int(m_resolved.steps.size());
}

void PresenterView::setStep(int step)
{
    if (m_resolved.steps.empty())
        return;
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == m_step)
        return;
    m_step = step;
    showStep();
    Q_EMIT stepChanged(m_step);
}

void PresenterView::next()
{
    setStep(m_step + 1);
}

void PresenterView::previous()
{
    setStep(m_step - 1);
}

void PresenterView::restart()
{
    setStep(0);
}

LinkId PresenterView::highlightedLink() const
{
    return m_scene->highlightedLink();
}

QVariantAnimation* PresenterView::dotAnimation() const
{
    return m_stage->dotAnimation();
}

QPointF PresenterView::dotPosition() const
{
    return m_stage->dotPosition();
}

QString PresenterView::badgeText() const
{
    return m_stage->badgeText();
}

QString PresenterView::captionText() const
{
    return m_caption->text();
}

void PresenterView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        restart();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitDiagram();
}

void PresenterView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitDiagram();
}

void PresenterView::rebuildPicker()
{
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    const Catalog& catalog = m_document->catalog();
    for (const std::string& id : m_flowIds)
        if (const Flow* flow = catalog.flow(id))
            m_picker->addItem(qs(flow->title.text(m_lang)), qs(id));
    const auto it = std::find(m_flowIds.begin(), m_flowIds.end(), m_flowId);
    m_picker->setCurrentIndex(it == m_flowIds.end() ? -1 : int(it - m_flowIds.begin()));
    m_picker->setEnabled(!m_flowIds.empty());
    markCurrentFlow();
}

// The styled list shows no check mark: the flow being shown is the one in
// bold, the others plain.
void PresenterView::markCurrentFlow()
{
    for (int i = 0; i < m_picker->count(); ++i) {
        QFont font = m_picker->font();
        font.setBold(i == m_picker->currentIndex());
        m_picker->setItemData(i, font, Qt::FontRole);
    }
}

void PresenterView::onPicked(int index)
{
    if (index < 0 || index >= int(m_flowIds.size()))
        return;
    m_flowId = m_flowIds[size_t(index)];
    markCurrentFlow();
    m_step = -1;
    refresh();
}

void PresenterView::refresh()
{
    m_refreshQueued = false;
    const Topology& topology = m_document->topology();
    m_flowIds.clear();
    for (const Flow* flow : playableFlows(topology))
        m_flowIds.push_back(flow->id);
    if (std::find(m_flowIds.begin(), m_flowIds.end(), m_flowId) == m_flowIds.end()) {
        m_flowId = m_flowIds.empty() ? std::string() : m_flowIds.front();
        m_step = -1;
    }
    const Flow* flow = topology.catalog().flow(m_flowId);
    m_resolved = flow ? resolveFlow(topology, *flow) : ResolvedFlow{};
    const int previousStep = m_step;
    m_step = m_resolved.steps.empty() ? -1 : std::clamp(m_step, 0, stepCount() - 1);
    rebuildPicker();
    showStep();
    if (m_step != previousStep)
        Q_EMIT stepChanged(m_step);
}

void PresenterView::showStep()
{
    const Flow* flow = m_document->catalog().flow(m_flowId);
    if (!flow || m_step < 0)
        m_stage->clear();
    else
        m_stage->show(&m_resolved.steps[size_t(m_step)]);
    fitDiagram();
    showStepTexts();
}

void PresenterView::showStepTexts()
{
    const Flow* flow = m_document->catalog().flow(m_flowId);
    m_description->setText(flow ? qs(flow->description.text(m_lang)) : QString());
    if (!flow || m_step < 0) {
        m_counter->clear();
        m_caption->setText(tr("This plan has no flow to play: switch on a scenario."));
        m_detail->clear();
        return;
    }
    const ResolvedStep& step = m_resolved.steps[size_t(m_step)];
    m_counter->setText(QStringLiteral("%1 / %2").arg(m_step + 1).arg(stepCount()));
    m_caption->setText(qs(step.step->caption.text(m_lang)));
    if (step.isMissing()) {
        m_detail->setStyleSheet(QStringLiteral("color: #FF8A7A; font-weight: bold;"));
        m_detail->setText(tr("Missing in this plan: %1").arg(qs(step.missing.text(m_lang))));
    } else {
        m_detail->setStyleSheet(QStringLiteral("color: #C9D3DD;"));
        m_detail->setText(stepDetail(step));
    }
}

// "edge01 · Edge Server Access interface (203.0.113.10) → Litware (XMPP) ·
// Any (198.51.100.40)   JJ618373, table, row 2": who talks to whom, in the
// document's words, with the plan's addresses.
QString PresenterView::stepDetail(const ResolvedStep& step) const
{
    const Topology& topology = m_document->topology();
    const Rule& rule = *step.rule;
    auto end = [&](ComponentId id, const RuleEndpoint& endpoint) {
        const Component* component = topology.component(id);
        return QStringLiteral("%1 · %2 (%3)")
            .arg(component ? qs(component->name) : QString(), qs(endpoint.label.text(m_lang)),
                 qs(endpointAddress(topology, id, endpoint.interfaceId)));
    };
    return QStringLiteral("%1  →  %2\n%3 · %4 · %5")
        .arg(end(step.binding.source, rule.from), end(step.binding.destination, rule.to),
             qs(rule.reference.document), qs(rule.reference.table.text(m_lang)),
             tr("row %1").arg(rule.reference.row));
}

// Close on the hop, so that names read from the back of the room, with
// enough of the plan around it to see where the hop lies.
void PresenterView::fitDiagram()
{
    const QRectF contents = m_scene->contentsRect().adjusted(-kDiagramMargin, -kDiagramMargin,
                                                             kDiagramMargin, kDiagramMargin);
    const QRectF focus = m_stage->focusRect().adjusted(-2 * kDiagramMargin, -2 * kDiagramMargin,
                                                       2 * kDiagramMargin, 2 * kDiagramMargin);
    const QSizeF viewport = m_view->viewport()->size();
    if (!contents.isValid() || viewport.isEmpty())
        return;
    if (!focus.isValid()) {
        m_view->fitInView(contents, Qt::KeepAspectRatio);
        return;
    }
    // The smallest rect of the viewport's shape that holds the focus and a
    // good part of the plan.
    const double aspect = viewport.width() / viewport.height();
    double height = std::max({focus.height(), focus.width() / aspect, contents.height() * kMinShownPart,
                              contents.width() * kMinShownPart / aspect});
    height = std::min(height, std::max(contents.height(), contents.width() / aspect));
    QRectF shown(0, 0, height * aspect, height);
    shown.moveCenter(focus.center());
    // Stay on the plan where it is larger than the view.
    if (shown.width() < contents.width())
        shown.moveLeft(std::clamp(shown.left(), contents.left(), contents.right() - shown.width()));
    else
        shown.moveCenter(QPointF(contents.center().x(), shown.center().y()));
    if (shown.height() < contents.height()) {
        shown.moveTop(std::clamp(shown.top(), contents.top(), contents.bottom() - shown.height()));
        // The zone names run along the top: keep them when the hop allows.
        if (focus.bottom() <= contents.top() + shown.height())
            shown.moveTop(contents.top());
    } else
        shown.moveCenter(QPointF(shown.center().x(), contents.center().y()));
    m_view->fitInView(shown, Qt::KeepAspectRatio);
}

} // namespace edgeplan
