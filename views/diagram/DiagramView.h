#pragma once

#include "diagram/DiagramTypes.h"
#include "plan/Topology.h"

#include <QGraphicsView>

class QMimeData;

namespace edgeplan {

class DiagramScene;

// The canvas widget: zoom (Ctrl+wheel and the zoom slots), pan (middle
// button, or Space held with the left button), rubber-band selection in
// the Select tool, and drops of palette roles.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8;

    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    DiagramScene* diagramScene() const { return m_scene; }
    double zoomFactor() const;
    void setZoomFactor(double factor);

    // Adds a component of the role in `data` at a scene point, in the zone
    // under it, and selects it. What a palette drop does; invalid id (and a
    // status message) when the data names no role or the document refuses.
    ComponentId dropRole(const QMimeData* data, QPointF scenePos);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    // The whole plan if it fits at a zoom where its labels can be read
    // (kLegibleZoom, at most 100 %), else that zoom from the plan's top left,
    // to scroll: what a plan opens at.
    void fitLegibly();

Q_SIGNALS:
    void zoomChanged(double factor);
    // A right click (or the menu key) on the canvas: the item under it is
    // selected first, as desktop tools do; the window shows the menu.
    void contextMenuRequested(QPoint globalPos, QPointF scenePos);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyTool(DiagramTool tool);
    void updateCursor();
    void scaleBy(double factor);

    DiagramScene* m_scene;
    bool m_spaceHeld = false;
    bool m_fitPending = true; // a plan opened or replaced: fit it once the view has its size
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace edgeplan
