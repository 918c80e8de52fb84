#include "diagram/DiagramView.h"

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/LinkItem.h"
#include "document/Document.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace edgeplan {

namespace {

constexpr double kZoomStep = 1.25;

bool hasRole(const QMimeData* data)
{
    return data && data->hasFormat(QLatin1String(kRoleMimeType));
}

void acceptRoleDrag(QDragMoveEvent* event)
{
    if (hasRole(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

} // namespace

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &DiagramScene::toolChanged, this, &DiagramView::applyTool);
    // A plan opened (or replaced) opens fitted, not at the last one's zoom.
    if (Document* document = scene->document())
        connect(document, &Document::modelReset, this, [this] {
            if (isVisible())
                fitLegibly();
            else
                m_fitPending = true;
        });
    connect(scene, &DiagramScene::refusedAt, this, [this](QPointF scenePos, const QString& message) {
        QToolTip::showText(viewport()->mapToGlobal(mapFromScene(scenePos)), message, viewport());
    });
    applyTool(scene->tool());
}

double DiagramView::zoomFactor() const
{
    return transform().m11();
}

void DiagramView::setZoomFactor(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    if (std::abs(factor - zoomFactor()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void DiagramView::scaleBy(double factor)
{
    setZoomFactor(zoomFactor() * factor);
}

void DiagramView::zoomIn()
{
    scaleBy(kZoomStep);
}

void DiagramView::zoomOut()
{
    scaleBy(1 / kZoomStep);
}

void DiagramView::zoomToFit()
{
    const QRectF target = m_scene->contentsRect().adjusted(-16, -16, 16, 16);
    const QSize available = viewport()->size();
    if (target.isEmpty() || available.isEmpty())
        return;
    setZoomFactor(std::min(available.width() / target.width(), available.height() / target.height()));
    centerOn(target.center());
}

void DiagramView::resetZoom()
{
    setZoomFactor(1);
}

void DiagramView::fitLegibly()
{
    m_fitPending = false;
    const QRectF target = m_scene->contentsRect().adjusted(-16, -16, 16, 16);
    const QSize available = viewport()->size();
    if (target.isEmpty() || available.isEmpty())
        return;
    const double fit = std::min(available.width() / target.width(), available.height() / target.height());
    if (fit >= kLegibleZoom) {
        setZoomFactor(std::min(fit, 1.0));
        centerOn(target.center());
        return;
    }
    setZoomFactor(kLegibleZoom);
    // The top left corner of the plan at the top left of the view.
    const QSizeF seen(available.width() / kLegibleZoom, available.height() / kLegibleZoom);
    centerOn(target.topLeft() + QPointF(seen.width() / 2, seen.height() / 2));
}

void DiagramView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitLegibly();
}

ComponentId DiagramView::dropRole(const QMimeData* data, QPointF scenePos)
{
    if (!hasRole(data) || !m_scene->document())
        return {};
    const std::string role = QString::fromUtf8(data->data(QLatin1String(kRoleMimeType))).toStdString();
    const QPointF at = m_scene->snapPoint(scenePos);
    QString error;
    const ComponentId id = m_scene->document()->addComponent(
        role, m_scene->zoneLayout().zoneAt(at), Point{at.x(), at.y()}, &error);
    if (!id.isValid()) {
        Q_EMIT m_scene->statusMessage(error);
        return {};
    }
    m_scene->selectItems({id}, {});
    return id;
}

void DiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        diagramScene()->retranslate();
    QGraphicsView::changeEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units per notch; one notch zooms by a fifth of a step.
    scaleBy(std::pow(kZoomStep, event->angleDelta().y() / 600.0));
    event->accept();
}

void DiagramView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPointF at = mapToScene(event->pos());
    // What is under the click joins the selection unless already in it.
    if (const ComponentItem* item = m_scene->componentAt(at)) {
        if (!item->isSelected())
            m_scene->selectItems({item->id()}, {});
    } else if (const LinkId link = m_scene->linkAt(at); link.isValid()) {
        const std::vector<LinkId> selected = m_scene->selectedLinks();
        if (std::find(selected.begin(), selected.end(), link) == selected.end())
            m_scene->selectItems({}, {link});
    } else {
        m_scene->selectItems({}, {});
    }
    Q_EMIT contextMenuRequested(event->globalPos(), at);
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !m_scene->isRenaming()) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent* event)
{
    m_spaceHeld = false;
    m_panning = false;
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

// No item takes drops: anything but a role goes on to the window (a file to open, say).
void DiagramView::dragEnterEvent(QDragEnterEvent* event)
{
    acceptRoleDrag(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent* event)
{
    acceptRoleDrag(event);
}

void DiagramView::dropEvent(QDropEvent* event)
{
    if (!dropRole(event->mimeData(), mapToScene(event->position().toPoint())).isValid()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setFocus();
}

void DiagramView::applyTool(DiagramTool tool)
{
    setDragMode(tool == DiagramTool::Select ? RubberBandDrag : NoDrag);
    updateCursor();
}

void DiagramView::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (m_scene->tool() == DiagramTool::Connect)
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
}

} // namespace edgeplan
