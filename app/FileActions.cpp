#include "FileActions.h"

#include "Catalogs.h"
#include "Document.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace edgeplan {

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");

QString fileFilter()
{
    return QObject::tr("Edgeplan projects (*.edgeplan);;All files (*)");
}

} // namespace

FileActions::FileActions(const Catalogs& catalogs, Document* document, QWidget* window)
    : QObject(window), m_catalogs(catalogs), m_document(document), m_window(window)
{
    auto make = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(QKeySequence::New, [this] { newProject(); });
    m_newFromSample = make(QKeySequence(), [this] { newFromSample(); });
    m_open = make(QKeySequence::Open, [this] { open(); });
    // Spelled out where some platform themes bind nothing (Save As, Quit).
    m_save = make(QKeySequence::Save, [this] { save(); });
    m_saveAs = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAs(); });
    m_quit = make(QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { m_window->close(); });
    m_quit->setMenuRole(QAction::QuitRole);
    retranslate();
}

void FileActions::retranslate()
{
    m_new->setText(tr("&New"));
    m_new->setStatusTip(tr("Start an empty plan with every scenario switched on"));
    m_newFromSample->setText(tr("New from &Sample"));
    m_newFromSample->setStatusTip(tr("Start from the plan of the source document"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_quit->setText(tr("&Quit"));
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
}

void FileActions::populate(QMenu* menu)
{
    menu->addAction(m_new);
    menu->addAction(m_newFromSample);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(QString());
    retranslate();
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::fillRecentMenu);
    fillRecentMenu();
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_quit);
}

QString FileActions::documentName() const
{
    return m_document->filePath().isEmpty() ? tr("Untitled")
                                            : QFileInfo(m_document->filePath()).fileName();
}

bool FileActions::newProject()
{
    if (!maybeSave())
        return false;
    auto topology = std::make_unique<Topology>(m_catalogs.defaultCatalog());
    topology->setName(tr("New plan").toStdString());
    for (const Scenario& scenario : topology->catalog().scenarios)
        topology->setScenarioEnabled(scenario.id, true);
    m_document->resetTopology(std::move(topology));
    m_document->setFilePath({});
    return true;
}

bool FileActions::newFromSample()
{
    // A template: saving asks for a new file.
    return maybeSave() && load(kSamplePath, LoadAs::Template);
}

bool FileActions::open()
{
    if (!maybeSave())
        return false;
    const QString dir = m_document->filePath().isEmpty()
                            ? QString()
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Plan"), dir, fileFilter());
    if (path.isEmpty())
        return false;
    return load(path, LoadAs::File);
}

bool FileActions::openFile(const QString& path)
{
    return maybeSave() && load(path, LoadAs::File);
}

bool FileActions::load(const QString& path, LoadAs as)
{
    QStringList errors;
    auto topology = loadProjectFile(path, m_catalogs.registry(), &errors);
    if (!topology) {
        showProblems(tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()), errors);
        return false;
    }
    m_document->resetTopology(std::move(topology));
    m_document->setFilePath(as == LoadAs::File ? QFileInfo(path).absoluteFilePath() : QString());
    if (as == LoadAs::File)
        addRecentFile(m_document->filePath());
    return true;
}

bool FileActions::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Plan As"),
                                                m_document->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".edgeplan");
    return saveTo(path);
}

bool FileActions::saveTo(const QString& path)
{
    QString error;
    if (!writeFileAtomically(path, saveProject(m_document->topology()), &error)) {
        showProblems(tr("The plan was not saved."), {error});
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    addRecentFile(m_document->filePath());
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (askToSave()) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

FileActions::SaveChoice FileActions::askToSave() const
{
    if (m_prompt)
        return m_prompt(documentName());
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to %1?").arg(documentName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

QStringList FileActions::recentFiles() const
{
    return QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"))
        .value(kRecentKey)
        .toStringList();
}

void FileActions::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan")).setValue(kRecentKey, files);
    fillRecentMenu();
}

void FileActions::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void FileActions::showProblems(const QString& title, const QStringList& problems)
{
    // Not modal in the blocking sense: the window (and a test) carries on.
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Edgeplan"), title, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("problemsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(problems.join(QLatin1Char('\n')));
    box->open();
}

} // namespace edgeplan
