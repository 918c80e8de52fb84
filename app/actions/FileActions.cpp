#include "actions/FileActions.h"

#include "document/Document.h"
#include "session/Autosave.h"
#include "session/WatchedFile.h"
#include "support/Catalogs.h"
#include "support/PlainText.h"

#include <memory>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
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
    : QObject(window), m_catalogs(catalogs), m_document(document), m_window(window),
      m_file(new WatchedFile(this)), m_autosave(new Autosave(document, m_file, this))
{
    // A path set from outside (the window's first file): compare later saves with it as it is now.
    connect(m_document, &Document::filePathChanged, this, [this](const QString& path) {
        if (path != m_file->path())
            m_file->track(path, WatchedFile::readFile(path).hash);
    });
    connect(m_file, &WatchedFile::changedOnDisk, this, &FileActions::answerChangeOnDisk);
    auto make = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(QKeySequence::New, [this] { newProject(); });
    m_newFromSample = make(QKeySequence(), [this] { newFromSample(); });
    m_open = make(QKeySequence::Open, [this] { open(); });
    m_new->setObjectName(QStringLiteral("newAction"));
    m_open->setObjectName(QStringLiteral("openAction"));
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
    m_open->setStatusTip(tr("Open a plan saved before"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_quit->setText(tr("&Quit"));
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
    m_autosave->retranslate();
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
    m_autosave->populate(menu);
    menu->addSeparator();
    menu->addAction(m_quit);
}

QString FileActions::documentName() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).fileName();
    return m_sampleName.isEmpty() ? tr("Untitled") : tr("%1 (sample)").arg(m_sampleName);
}

void FileActions::setSampleName(const QString& name)
{
    m_sampleName = name;
    Q_EMIT documentNameChanged();
}

std::unique_ptr<Topology> FileActions::blankPlan(const Catalogs& catalogs)
{
    auto topology = std::make_unique<Topology>(catalogs.defaultCatalog());
    topology->setName(tr("New plan").toStdString());
    for (const Scenario& scenario : topology->catalog().scenarios)
        topology->setScenarioEnabled(scenario.id, true);
    return topology;
}

bool FileActions::newProject()
{
    if (!maybeSave())
        return false;
    m_document->resetTopology(blankPlan(m_catalogs));
    m_document->setFilePath({});
    setSampleName({});
    m_document->setReadOnly(false);
    return true;
}

bool FileActions::newFromSample(const QString& samplePath)
{
    // A template: saving asks for a new file.
    return maybeSave() && load(samplePath, LoadAs::Template);
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
    // A large plan takes a second or two to read and draw: say so. The
    // steps cannot be interrupted halfway, so there is no Cancel.
    std::unique_ptr<QProgressDialog> progress;
    if (QFileInfo(path).size() > kProgressFromBytes && m_window) {
        progress = std::make_unique<QProgressDialog>(m_window);
        progress->setObjectName(QStringLiteral("openProgress"));
        progress->setWindowTitle(tr("Open Plan"));
        progress->setCancelButton(nullptr);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setRange(0, 2);
        progress->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
        progress->setValue(0);
        // Shown now, not after the first step: reading is half the wait.
        progress->show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ProjectFileRead read =
        readProjectFile(path, m_catalogs.registry(), ProjectLoadOptions{/*acceptNewerVersion=*/true});
    if (!read.topology) {
        progress.reset();
        showProblems(tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()), read.errors);
        return false;
    }
    if (progress) {
        progress->setLabelText(tr("Drawing %n component(s) and their links…", nullptr,
                                  int(read.topology->components().size())));
        progress->setValue(1);
    }
    const QString filePath = as == LoadAs::File ? QFileInfo(path).absoluteFilePath() : QString();
    setSampleName(as == LoadAs::Template ? QFileInfo(path).completeBaseName() : QString());
    m_document->resetTopology(std::move(read.topology));
    if (progress)
        progress->setValue(2);
    progress.reset();
    m_file->track(filePath, filePath.isEmpty() ? QByteArray() : WatchedFile::hashOf(read.bytes));
    m_document->setFilePath(filePath);
    m_document->setReadOnly(false);
    if (read.newerVersion)
        openedNewerVersion(read.version);
    if (as == LoadAs::File)
        addRecentFile(filePath);
    return true;
}

void FileActions::openedNewerVersion(int version)
{
    m_document->setReadOnly(true);
    showMessage(QMessageBox::Warning, QStringLiteral("readOnlyWarning"),
                tr("%1 was written by a newer version of Edgeplan.").arg(documentName()),
                {tr("It uses file format %1; this version knows format %2 and shows what it "
                    "understands.").arg(version).arg(kProjectFormatVersion),
                 tr("The plan is open read-only: Save keeps the file as it is and asks for a new "
                    "file instead.")});
}

bool FileActions::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    // A read-only plan goes to a new file: propose its folder, not the file.
    const QString proposal = m_document->isReadOnly()
                                 ? QFileInfo(m_document->filePath()).absolutePath()
                                 : m_document->filePath();
    QString path = m_pathPrompt ? m_pathPrompt(proposal)
                                : QFileDialog::getSaveFileName(m_window, tr("Save Plan As"),
                                                               proposal, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".edgeplan");
    return saveTo(path);
}

bool FileActions::saveTo(const QString& path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const bool sameFile = target == m_document->filePath();
    if (sameFile && m_document->isReadOnly())
        return refuseReadOnly();
    // What the file holds now: checked against what we read or wrote, kept as the backup.
    const WatchedFile::OnDisk disk = WatchedFile::readFile(target);
    if (sameFile && target == m_file->path() && m_file->differs(disk)) {
        switch (askAboutChangeOnDisk(/*saving=*/true)) {
        case DiskChoice::KeepMine:
            break;
        case DiskChoice::Reload:
            load(target, LoadAs::File);
            return false;
        case DiskChoice::Cancel:
            return false;
        }
    }
    QString backupError;
    const bool keepBackup = QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"))
                                .value(kKeepBackupKey, true)
                                .toBool();
    if (disk.exists && keepBackup) {
        if (!disk.readable)
            backupError = disk.error;
        else
            writeFileAtomically(target + kBackupSuffix, disk.bytes, &backupError);
    }
    const std::string bytes = saveProject(m_document->topology());
    QString error;
    if (!writeFileAtomically(target, bytes, &error)) {
        if (askToSaveAs(tr("%1 was not saved.").arg(QFileInfo(target).fileName()),
                        error + QLatin1Char('\n') +
                            tr("Your changes are still here. Save them as another file, or free "
                               "space or fix the permissions and save again.")))
            return saveAs();
        return false;
    }
    m_file->track(target, WatchedFile::hashOf(bytes));
    m_document->setFilePath(target);
    m_document->setReadOnly(false);
    m_document->markSaved();
    addRecentFile(target);
    if (!backupError.isEmpty())
        showMessage(QMessageBox::Warning, QStringLiteral("backupWarning"),
                    tr("The plan was saved, but its previous version was not kept as %1.")
                        .arg(QFileInfo(target).fileName() + kBackupSuffix),
                    {backupError});
    return true;
}

bool FileActions::refuseReadOnly()
{
    if (askToSaveAs(tr("%1 is open read-only.").arg(documentName()),
                    tr("It was written by a newer version of Edgeplan, and saving over it could "
                       "lose what this version does not understand. Save the plan as a new file.")))
        return saveAs();
    return false;
}

// Another program changed the file: reload it, or keep this version and let
// the next Save replace theirs without asking again.
void FileActions::answerChangeOnDisk()
{
    if (m_askingAboutDisk)
        return;
    const WatchedFile::OnDisk disk = m_file->read();
    m_askingAboutDisk = true;
    const DiskChoice choice = askAboutChangeOnDisk(/*saving=*/false);
    m_askingAboutDisk = false;
    if (choice == DiskChoice::Reload) {
        load(m_file->path(), LoadAs::File);
        return;
    }
    m_file->track(m_file->path(), disk.hash);
    m_document->markModified();
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

bool FileActions::maybeClose()
{
    if (!maybeSave())
        return false;
    m_autosave->discard();
    return true;
}

bool FileActions::restore(const RecoveryEntry& entry)
{
    ProjectFileRead read = readProjectFile(entry.recoveryPath, m_catalogs.registry(),
                                           ProjectLoadOptions{/*acceptNewerVersion=*/true});
    if (!read.topology) {
        showProblems(tr("The recovered plan cannot be opened."), read.errors);
        return false;
    }
    m_document->resetTopology(std::move(read.topology));
    m_file->track(entry.originalPath, entry.originalHash);
    m_document->setFilePath(entry.originalPath);
    m_document->setReadOnly(entry.readOnly || read.newerVersion);
    m_document->markModified();
    // Safe in this session's recovery file before the old one goes.
    if (m_autosave->writeNow())
        Autosave::remove(entry);
    return true;
}

SaveChoice FileActions::askToSave() const
{
    return m_prompt ? m_prompt(documentName()) : FilePrompts::askToSave(m_window, documentName());
}

bool FileActions::askToSaveAs(const QString& message, const QString& detail) const
{
    return m_saveAsPrompt ? m_saveAsPrompt(message, detail)
                          : FilePrompts::askToSaveAs(m_window, message, detail);
}

DiskChoice FileActions::askAboutChangeOnDisk(bool saving) const
{
    return m_diskPrompt ? m_diskPrompt(documentName(), saving)
                        : FilePrompts::askAboutChangeOnDisk(m_window, documentName(), saving);
}

RestoreChoice FileActions::askToRestore(const RecoveryEntry& entry) const
{
    return m_restorePrompt ? m_restorePrompt(entry) : FilePrompts::askToRestore(m_window, entry);
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
        action->setToolTip(plainToolTip(path));
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void FileActions::showProblems(const QString& title, const QStringList& problems)
{
    showMessage(QMessageBox::Critical, QStringLiteral("problemsBox"), title, problems);
}

void FileActions::showMessage(QMessageBox::Icon icon, const QString& name, const QString& title,
                              const QStringList& lines)
{
    // Not modal in the blocking sense: the window (and a test) carries on.
    auto* box = new QMessageBox(icon, tr("Edgeplan"), title, QMessageBox::Ok, m_window);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->open();
}

} // namespace edgeplan
