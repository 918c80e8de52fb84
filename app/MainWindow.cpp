#include "MainWindow.h"

#include "Document.h"
#include "RuleTableModel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>

namespace edgeplan {

MainWindow::MainWindow(const Catalogs& catalogs, std::unique_ptr<Topology> topology,
                       const QString& path, QWidget* parent)
    : QMainWindow(parent), m_catalogs(catalogs), m_document(new Document(std::move(topology), this)),
      m_ruleModel(new RuleTableModel(m_document, this)), m_ruleView(new QTableView(this))
{
    m_document->setFilePath(path);
    m_ruleView->setModel(m_ruleModel);
    m_ruleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleView->setAlternatingRowColors(true);
    m_ruleView->verticalHeader()->hide();
    m_ruleView->horizontalHeader()->setStretchLastSection(true);
    m_ruleView->resizeColumnsToContents();
    setCentralWidget(m_ruleView);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
    connect(m_document, &Document::projectChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setLanguage(Lang lang)
{
    m_ruleModel->setLanguage(lang);
    m_ruleView->resizeColumnsToContents();
}

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty()
                             ? tr("Untitled")
                             : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — %2 — Edgeplan")
                       .arg(file, QString::fromStdString(m_document->topology().name())));
    setWindowModified(m_document->isModified());
}

bool MainWindow::saveScreenshot(const QString& path, QString* error)
{
    const QPixmap pixmap = grab();
    if (!pixmap.save(path, "PNG")) {
        *error = tr("%1: cannot write the screenshot").arg(path);
        return false;
    }
    return true;
}

} // namespace edgeplan
