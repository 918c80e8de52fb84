#pragma once

#include "base/Localized.h"
#include "support/Catalogs.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoView;

namespace edgeplan {

class DiagramScene;
class DiagramView;
class Document;
class EditActions;
class FileActions;
class InspectorWidget;
class PaletteWidget;
class ProjectActions;
class RuleTableDock;
class ScenarioBar;
class StartPage;
class ViewActions;
class PresenterView;

// Assembles the views of one document: the canvas in the middle, the
// palette, inspector, undo history and rule table in docks, the scenario
// switches and tools in toolbars, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Catalogs& catalogs, std::unique_ptr<Topology> topology, const QString& path,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    InspectorWidget* inspector() const { return m_inspector; }
    RuleTableDock* ruleTable() const { return m_ruleTable; }
    class NamingDock* dnsTable() const { return m_dns; }
    class NamingDock* certificateTable() const { return m_certificates; }
    ScenarioBar* scenarioBar() const { return m_scenarioBar; }
    class DeploymentBar* deploymentBar() const { return m_deploymentBar; }
    FileActions* fileActions() const { return m_fileActions; }
    EditActions* editActions() const { return m_editActions; }
    ViewActions* viewActions() const { return m_viewActions; }
    class ContextMenus* contextMenus() const { return m_contextMenus; }
    ProjectActions* projectActions() const { return m_projectActions; }

    // The language of the whole program (menus, docks, Qt's dialogs) and of
    // the catalog's data in every view. chooseLanguage is View > Language:
    // it also remembers the choice for the next start.
    void setLanguage(Lang lang);
    void chooseLanguage(Lang lang);
    Lang language() const;
    // Trainer mode (View > Present, F5): the presenter, full screen, on this
    // document; null until opened and after it closes.
    PresenterView* presenter() const;
    void present();
    // The start page in place of the diagram (the window opened on no
    // file): New, Open, the samples, the recent files. Whatever puts a plan
    // in the window (a file, a sample, New, the first edit) shows the diagram.
    void showStartPage();
    void showDiagram();
    StartPage* startPage() const { return m_startPage; }
    bool isStartPageShown() const;
    // Help > About Edgeplan: the version and the catalogs' sources, in a
    // dialog made anew in the current language each time.
    class AboutDialog* about();
    // The whole window, docks included, with the diagram zoomed to fit.
    bool saveScreenshot(const QString& path, QString* error);
    // Offers each plan that a session ended without closing (a crash, a
    // kill): the first restored replaces an untouched plan here, the others
    // open in windows of their own. Returns how many were restored.
    int offerRecovery();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    // A project file dropped anywhere on the window opens (the canvas keeps role drops).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Shows the dock and brings its tab to the front.
    void raiseDock(const QString& objectName);

    QDockWidget* addDock(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area);
    void createMenus();
    void retranslateUi();
    void connectSelection();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void updateZoomLabel(double factor);

    const Catalogs& m_catalogs;
    Document* m_document;
    DiagramScene* m_scene;
    DiagramView* m_view;
    PaletteWidget* m_palette;
    InspectorWidget* m_inspector;
    RuleTableDock* m_ruleTable;
    class ProblemsDock* m_problems;
    class NamingDock* m_dns;
    class NamingDock* m_certificates;
    QUndoView* m_undoView;
    ScenarioBar* m_scenarioBar;
    class DeploymentBar* m_deploymentBar;
    FileActions* m_fileActions;
    EditActions* m_editActions;
    ViewActions* m_viewActions;
    ProjectActions* m_projectActions;
    class ContextMenus* m_contextMenus = nullptr;
    QLabel* m_zoomLabel;
    QStackedWidget* m_central;
    StartPage* m_startPage = nullptr; // made when first shown
    QList<QDockWidget*> m_docks; // palette, inspector, history, rules, problems, DNS, certificates
    QToolBar* m_tools = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languages = nullptr;
    QAction* m_presentAction = nullptr;
    QMenu* m_projectMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_gettingStartedAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QPointer<class AboutDialog> m_about;
    QPointer<PresenterView> m_presenter;
};

} // namespace edgeplan
