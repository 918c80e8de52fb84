#include "actions/ProjectActions.h"

#include "diagram/DiagramScene.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/ProjectPropertiesDialog.h"
#include "dialogs/VerifyDialog.h"
#include "document/Document.h"
#include "export/FlowHandout.h"
#include "export/PlanExporter.h"
#include "panels/DeploymentBar.h"
#include "rules/Flows.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace edgeplan {

namespace {

constexpr int kStatusTimeoutMs = 6000;

} // namespace

ProjectActions::ProjectActions(const Catalogs& catalogs, Document* document, DiagramScene* scene,
                               DeploymentBar* deploymentBar, QMainWindow* window)
    : QObject(window), m_catalogs(catalogs), m_document(document), m_scene(scene),
      m_deploymentBar(deploymentBar), m_window(window),
      m_import(new QAction(this)), m_export(new QAction(this)), m_handout(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &ProjectActions::importDialog);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ProjectActions::exportPlanDialog);
    m_handout->setObjectName(QStringLiteral("flowHandoutAction"));
    connect(m_handout, &QAction::triggered, this, &ProjectActions::exportFlowHandout);
}

void ProjectActions::populate(QMenu* fileMenu, QMenu* projectMenu, QMenu* toolsMenu)
{
    const QList<QAction*> fileItems = fileMenu->actions();
    fileMenu->insertAction(fileItems.at(fileItems.size() - 2), m_import); // after Save As
    fileMenu->insertAction(fileItems.at(fileItems.size() - 2), m_export); // after Save As
    fileMenu->insertAction(fileItems.at(fileItems.size() - 2), m_handout);

    m_properties = projectMenu->addAction(QString(), this, &ProjectActions::editProjectProperties);
    m_properties->setObjectName(QStringLiteral("projectPropertiesAction"));
    projectMenu->addSeparator();
    m_deploymentBar->populate(projectMenu);

    m_verify = toolsMenu->addAction(QString(), this, [this] { verifyPlan(); });
    m_verify->setObjectName(QStringLiteral("verifyAction"));
}

void ProjectActions::retranslate()
{
    m_import->setText(tr("&Import…"));
    m_import->setStatusTip(
        tr("Import a Lync topology or federation lists exported with PowerShell"));
    m_export->setText(tr("&Export…"));
    m_export->setStatusTip(
        tr("Export the rule tables, the diagram, the report or firewall configuration"));
    m_handout->setText(tr("Export Flow &Handout…"));
    m_handout->setStatusTip(tr("A PDF with one page per step of a flow, for a class"));
    m_properties->setText(tr("P&roperties…"));
    m_properties->setStatusTip(tr("The project's SIP domains and the DNS names of its services"));
    m_verify->setText(tr("&Verify Plan…"));
    m_verify->setStatusTip(
        tr("Probe the plan's addresses: DNS, ports, certificates, SIP, XMPP and STUN"));
}

VerifyDialog* ProjectActions::verifyPlan()
{
    if (!m_verifyDialog)
        m_verifyDialog = new VerifyDialog(m_document, m_scene, m_window);
    m_verifyDialog->show();
    m_verifyDialog->raise();
    m_verifyDialog->activateWindow();
    return m_verifyDialog;
}

void ProjectActions::importDialog()
{
    ImportDialog dialog(m_catalogs, *m_document, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.commandText();
    const std::unique_ptr<Topology> plan = dialog.takeResult();
    if (!plan || !m_document->replaceTopology(*plan, text))
        return;
    m_scene->clearSelection();
    m_window->statusBar()->showMessage(
        tr("Imported: %1").arg(dialog.files().join(QStringLiteral(", "))), 5000);
}

void ProjectActions::exportPlanDialog()
{
    const QString name = m_document->filePath().isEmpty()
                             ? QStringLiteral("plan")
                             : QFileInfo(m_document->filePath()).completeBaseName();
    ExportDialog dialog(m_document->catalog(), name, !m_scene->selectedItems().isEmpty(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    ExportRequest request = dialog.request();
    request.inputs = {m_document->filePath()};
    if (!exportPlan(m_document->topology(), m_scene, request, &error)) {
        QMessageBox::warning(m_window, tr("Export"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %1").arg(QDir::toNativeSeparators(request.path)), 5000);
}

void ProjectActions::editProjectProperties()
{
    ProjectPropertiesDialog dialog(m_document, m_scene->language(), m_window);
    dialog.exec();
}

void ProjectActions::exportFlowHandout()
{
    const Lang lang = m_scene->language();
    QStringList titles;
    std::vector<std::string> ids;
    for (const Flow* flow : playableFlows(m_document->topology())) {
        titles << QString::fromStdString(flow->title.text(lang));
        ids.push_back(flow->id);
    }
    if (ids.empty()) {
        m_window->statusBar()->showMessage(tr("No flow to export: switch on a scenario."),
                                           kStatusTimeoutMs);
        return;
    }
    bool ok = false;
    const QString title = QInputDialog::getItem(m_window, tr("Export Flow Handout"), tr("Flow:"),
                                                titles, 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Flow Handout"),
                                                      QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFlowHandoutPdf(m_document->topology(), ids[size_t(titles.indexOf(title))], path,
                              {m_document->filePath()}, lang, &error))
        QMessageBox::warning(m_window, tr("Export Flow Handout"), error);
}

} // namespace edgeplan
