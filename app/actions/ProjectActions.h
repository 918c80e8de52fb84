#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace edgeplan {

class Catalogs;
class DeploymentBar;
class DiagramScene;
class Document;
class VerifyDialog;

// What acts on the plan as a whole: File > Import, Export and Export Flow
// Handout, the Project menu (Properties, the catalog and the deployment)
// and Tools > Verify Plan.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(const Catalogs& catalogs, Document* document, DiagramScene* scene,
                   DeploymentBar* deploymentBar, QMainWindow* window);

    // Import, Export and Export Flow Handout go after Save As in the File
    // menu; the Project and Tools menus get theirs.
    void populate(QMenu* fileMenu, QMenu* projectMenu, QMenu* toolsMenu);
    // Sets the texts of the actions again in the installed language; the
    // window calls it on a language change.
    void retranslate();

    // File > Import: topology files and federation lists, shown before they
    // change anything, then applied as one undo step.
    void importDialog();
    // File > Export: one dialog for every format, remembering the last choices.
    void exportPlanDialog();
    // File > Export Flow Handout: asks for a flow and a file.
    void exportFlowHandout();
    // Project > Properties: SIP domains and DNS names, one undo step on OK.
    void editProjectProperties();
    // Tools > Verify plan: the dialog, made on first use and kept.
    VerifyDialog* verifyPlan();

private:
    const Catalogs& m_catalogs;
    Document* m_document;
    DiagramScene* m_scene;
    DeploymentBar* m_deploymentBar;
    QMainWindow* m_window;
    QAction* m_import;
    QAction* m_export;
    QAction* m_handout;
    QAction* m_properties = nullptr;
    QAction* m_verify = nullptr;
    VerifyDialog* m_verifyDialog = nullptr;
};

} // namespace edgeplan
