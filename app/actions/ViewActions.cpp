#include "actions/ViewActions.h"

#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "support/ToggleButton.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QToolBar>

namespace edgeplan {

namespace {

const QString kPortsOnlyKey = QStringLiteral("view/portsOnlyLabels");
const QString kSnapKey = QStringLiteral("view/snapToGrid");

} // namespace

ViewActions::ViewActions(DiagramView* view, QWidget* window)
    : QObject(window), m_view(view), m_tools(new QActionGroup(this))
{
    DiagramScene* scene = view->diagramScene();
    auto make = [this] { return new QAction(this); };
    m_selectTool = make();
    m_connectTool = make();
    for (QAction* action : {m_selectTool, m_connectTool}) {
        action->setCheckable(true);
        m_tools->addAction(action);
    }
    m_selectTool->setChecked(true);
    // Single keys, as diagram tools have them; a field being typed in takes
    // its letters first.
    m_selectTool->setShortcut(QKeySequence(Qt::Key_V));
    m_connectTool->setShortcut(QKeySequence(Qt::Key_C));
    connect(m_selectTool, &QAction::triggered, scene, [scene] { scene->setTool(DiagramTool::Select); });
    connect(m_connectTool, &QAction::triggered, scene, [scene] { scene->setTool(DiagramTool::Connect); });
    connect(scene, &DiagramScene::toolChanged, this, [this](DiagramTool tool) {
        (tool == DiagramTool::Connect ? m_connectTool : m_selectTool)->setChecked(true);
    });

    m_zoomIn = make();
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomIn, &QAction::triggered, view, &DiagramView::zoomIn);
    m_zoomOut = make();
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, view, &DiagramView::zoomOut);
    m_zoomFit = make();
    m_zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomFit, &QAction::triggered, view, &DiagramView::zoomToFit);
    m_zoomReset = make();
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_zoomReset, &QAction::triggered, view, &DiagramView::resetZoom);

    m_portsOnly = make();
    m_portsOnly->setCheckable(true);
    m_portsOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_portsOnly, &QAction::toggled, scene, [scene](bool on) {
        scene->setLabelMode(on ? LabelMode::PortsOnly : LabelMode::Full);
    });
    m_snap = make();
    m_snap->setCheckable(true);
    m_snap->setChecked(scene->snapToGrid());
    connect(m_snap, &QAction::toggled, scene, &DiagramScene::setSnapToGrid);
    retranslate();
}

void ViewActions::retranslate()
{
    auto set = [](QAction* action, const QString& text, const QString& tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    set(m_selectTool, tr("&Select"), tr("Select and move components (V, or Esc)"));
    set(m_connectTool, tr("&Connect"), tr("Drag from one component to another to link them (C)"));
    set(m_zoomIn, tr("Zoom &In"), tr("Zoom in"));
    set(m_zoomOut, tr("Zoom &Out"), tr("Zoom out"));
    set(m_zoomFit, tr("Zoom to &Fit"), tr("Show the whole diagram"));
    set(m_zoomReset, tr("&Actual Size"), tr("Zoom to 100 %"));
    set(m_portsOnly, tr("&Port Numbers Only"), tr("Label links with their port numbers only"));
    set(m_snap, tr("Snap to &Grid"), tr("Snap moved components to the grid"));
}

void ViewActions::populate(QMenu* menu, QToolBar* toolBar)
{
    menu->addActions({m_selectTool, m_connectTool});
    menu->addSeparator();
    menu->addActions({m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset});
    menu->addSeparator();
    menu->addActions({m_portsOnly, m_snap});
    toolBar->addActions({m_selectTool, m_connectTool});
    toolBar->addSeparator();
    toolBar->addActions({m_zoomOut, m_zoomIn, m_zoomFit});
    toolBar->addSeparator();
    toolBar->addActions({m_portsOnly, m_snap});
    for (QAction* toggle : {m_portsOnly, m_snap})
        showAsToggle(toolBar, toggle);
}

void ViewActions::saveSettings(QSettings& settings) const
{
    settings.setValue(kPortsOnlyKey, m_portsOnly->isChecked());
    settings.setValue(kSnapKey, m_snap->isChecked());
}

void ViewActions::restoreSettings(const QSettings& settings)
{
    m_portsOnly->setChecked(settings.value(kPortsOnlyKey, false).toBool());
    m_snap->setChecked(settings.value(kSnapKey, true).toBool());
}

} // namespace edgeplan
