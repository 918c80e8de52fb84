#pragma once

#include "window/FilePrompts.h"

#include <QMessageBox>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace edgeplan {

class Autosave;
class Catalogs;
class Document;
class Topology;
class WatchedFile;

// The File menu of a window: new, new from the sample, open, recent files,
// save, save as, autosave. Before anything replaces a modified plan it asks
// whether to save it; before a save replaces a file another program changed,
// it asks too. Each question is a hook so that tests can answer it.
class FileActions : public QObject
{
    Q_OBJECT

public:
    // Files larger than this open behind a progress dialog.
    static constexpr qint64 kProgressFromBytes = 1024 * 1024;
    using SaveChoice = edgeplan::SaveChoice;
    using SavePrompt = std::function<SaveChoice(const QString& documentName)>;
    // A save that cannot happen, with the reason: true to save as another file.
    using SaveAsPrompt = std::function<bool(const QString& message, const QString& detail)>;
    // The file to save as (proposed: a path or a folder); empty to cancel.
    using PathPrompt = std::function<QString(const QString& proposal)>;
    // The file changed on disk. From the watcher (`saving` false): reload or
    // keep mine. From Save (`saving` true): KeepMine overwrites, Reload, Cancel.
    using DiskPrompt = std::function<DiskChoice(const QString& documentName, bool saving)>;
    using RestorePrompt = std::function<RestoreChoice(const RecoveryEntry& entry)>;

    static constexpr int kMaxRecentFiles = 8;
    static inline const QString kSamplePath = QStringLiteral(":/samples/federation-edge.edgeplan");
    static inline const QString kKeepBackupKey = QStringLiteral("save/keepBackup");
    static inline const QString kBackupSuffix = QStringLiteral(".bak");

    FileActions(const Catalogs& catalogs, Document* document, QWidget* window);
    // What New makes: an empty plan on the default catalog, every scenario on.
    static std::unique_ptr<Topology> blankPlan(const Catalogs& catalogs);

    void populate(QMenu* menu);
    // Sets the texts of the actions and the recent-files menu again in the
    // installed language; the window calls it on a language change.
    void retranslate();
    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* quitAction() const { return m_quit; }
    Autosave* autosave() const { return m_autosave; }
    WatchedFile* watchedFile() const { return m_file; }

    // Each returns whether it happened (false on cancel or failure).
    bool newProject();
    // A bundled sample (FileActions::kSamplePath unless told) as an untitled
    // plan: saving asks for a file.
    bool newFromSample(const QString& samplePath = kSamplePath);
    bool open();
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Asks about unsaved changes and saves if told to; true when the plan may go.
    bool maybeSave();
    // maybeSave, and a plan let go leaves no recovery file behind.
    bool maybeClose();
    // Replaces the plan with a recovered one: modified, bound to its original file.
    bool restore(const RecoveryEntry& entry);
    RestoreChoice askToRestore(const RecoveryEntry& entry) const;
    // The plan came from a file of a newer format version: read-only, with a warning.
    void openedNewerVersion(int version);

    // Replace the message boxes and the file dialog of Save As.
    void setSavePrompt(SavePrompt prompt) { m_prompt = std::move(prompt); }
    void setSaveAsPrompt(SaveAsPrompt prompt) { m_saveAsPrompt = std::move(prompt); }
    void setPathPrompt(PathPrompt prompt) { m_pathPrompt = std::move(prompt); }
    void setDiskPrompt(DiskPrompt prompt) { m_diskPrompt = std::move(prompt); }
    void setRestorePrompt(RestorePrompt prompt) { m_restorePrompt = std::move(prompt); }
    QStringList recentFiles() const;
    // The file's name; for a plan opened from a bundled sample and not yet
    // saved, the sample's name ("federation-edge (sample)"); else "Untitled".
    QString documentName() const;
    // The plan shown is the bundled sample of this name (the window opened
    // on it); cleared when the plan gets a file of its own or is replaced.
    void setSampleName(const QString& name);

Q_SIGNALS:
    // documentName() changed other than by the document's file path.
    void documentNameChanged();

public:

private:
    SaveChoice askToSave() const;
    bool askToSaveAs(const QString& message, const QString& detail) const;
    DiskChoice askAboutChangeOnDisk(bool saving) const;
    enum class LoadAs { File, Template };
    bool load(const QString& path, LoadAs as);
    bool refuseReadOnly();
    void answerChangeOnDisk();
    void addRecentFile(const QString& path);
    void fillRecentMenu();
    void showProblems(const QString& title, const QStringList& problems);
    void showMessage(QMessageBox::Icon icon, const QString& name, const QString& title,
                     const QStringList& lines);

    const Catalogs& m_catalogs;
    Document* m_document;
    QWidget* m_window;
    WatchedFile* m_file;
    Autosave* m_autosave;
    SavePrompt m_prompt;
    SaveAsPrompt m_saveAsPrompt;
    PathPrompt m_pathPrompt;
    DiskPrompt m_diskPrompt;
    RestorePrompt m_restorePrompt;
    bool m_askingAboutDisk = false;
    QAction* m_new;
    QAction* m_newFromSample;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_quit;
    QMenu* m_recentMenu = nullptr;
    QString m_sampleName;
};

} // namespace edgeplan
