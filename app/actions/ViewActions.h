#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;
class QToolBar;
class QWidget;

namespace edgeplan {

class DiagramView;

// The View menu's canvas part: the Select and Connect tools, zoom, the
// label mode and grid snapping, kept in step with the canvas.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(DiagramView* view, QWidget* window);

    void populate(QMenu* menu, QToolBar* toolBar);
    // Sets the texts and tips of the actions again in the installed
    // language; the window calls it on a language change.
    void retranslate();
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

    QAction* selectToolAction() const { return m_selectTool; }
    QAction* connectToolAction() const { return m_connectTool; }
    QAction* portsOnlyAction() const { return m_portsOnly; }
    QAction* snapAction() const { return m_snap; }
    QAction* zoomToFitAction() const { return m_zoomFit; }

private:
    DiagramView* m_view;
    QActionGroup* m_tools;
    QAction* m_selectTool;
    QAction* m_connectTool;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_zoomFit;
    QAction* m_zoomReset;
    QAction* m_portsOnly;
    QAction* m_snap;
};

} // namespace edgeplan
