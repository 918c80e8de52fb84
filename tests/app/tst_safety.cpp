// Never lose a plan, never trust a file: saves killed midway, autosave and
// recovery, the .bak copy, saves that fail, files changed by another program,
// and files of a newer format version.
//
// Long because every way of losing a plan is a case of one program with one
// save helper (savelooper); a program per way would repeat the fixtures and
// the link of the whole application.

#include "actions/FileActions.h"
#include "document/Document.h"
#include "session/Autosave.h"
#include "session/WatchedFile.h"
#include "support/Catalogs.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

using namespace edgeplan;
using edgeplan::test::loadSample;

namespace {

const Catalogs& catalogs()
{
    static const Catalogs instance = Catalogs::builtIn();
    return instance;
}

QSettings settings()
{
    return QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The sample under another name, as another program would write it.
QByteArray theirVersion(const std::string& name)
{
    auto topology = loadSample();
    topology->setName(name);
    return QByteArray::fromStdString(saveProject(*topology));
}

QStringList recoveryFiles()
{
    return QDir(Autosave::folder()).entryList({QStringLiteral("*.edgeplan")}, QDir::Files);
}

// Save As answers and the save failures they answer, recorded.
struct SaveAsAnswers
{
    bool saveAs = false;
    QString path;
    QStringList messages;
    QStringList details;
    std::vector<bool> modifiedWhenAsked;
};

enum class Failure
{
    FolderInTheWay,
    MissingFolder,
    ReadOnlyFile,
    ReadOnlyFolder,
    DiskFull
};

rlimit g_fileSizeLimit{};

void liftFileSizeLimit()
{
    setrlimit(RLIMIT_FSIZE, &g_fileSizeLimit);
}

} // namespace

Q_DECLARE_METATYPE(Failure)
Q_DECLARE_METATYPE(edgeplan::SaveChoice)
Q_DECLARE_METATYPE(DiskChoice)

class TestSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(getrlimit(RLIMIT_FSIZE, &g_fileSizeLimit) == 0);
        std::signal(SIGXFSZ, SIG_IGN);
    }

    void init()
    {
        settings().clear();
        QFile::remove(Autosave::folder()); // left by a failed aFailingAutosaveIsReported
        QDir(Autosave::folder()).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_window = makeWindow();
    }

    void cleanup()
    {
        // Windows that recovery opened; deleting one deletes its own top-level children.
        QList<QPointer<MainWindow>> opened;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<MainWindow*>(widget);
                window && window != m_window.get())
                opened << window;
        for (const QPointer<MainWindow>& window : opened)
            delete window.data();
        if (m_window)
            m_window->document()->markSaved(); // no prompt while tearing down
        m_window.reset();
        // Give back what a test took away, so that the folder can go.
        for (const QString& path : m_chmodded)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_chmodded.clear();
        m_dir.reset();
    }

    void killedSaveLoopLeavesALoadableFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("looped.edgeplan"));
        for (int round = 0; round < 20; ++round) {
            QProcess looper;
            looper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            looper.start(QStringLiteral(EDGEPLAN_SAVELOOPER), {path, QStringLiteral("200")});
            QVERIFY2(looper.waitForStarted(), qPrintable(looper.errorString()));
            // Kill after a different number of saves each round: 1 to 7.
            const int saves = 1 + round % 7;
            QByteArray output;
            QSignalSpy progress(&looper, &QProcess::readyReadStandardOutput);
            while (output.count("saved ") < saves) {
                QVERIFY2(looper.bytesAvailable() > 0 || progress.wait(10000),
                         "the save loop said nothing");
                output += looper.readAllStandardOutput();
            }
            looper.kill(); // SIGKILL
            QVERIFY(looper.waitForFinished());
            QCOMPARE(looper.exitStatus(), QProcess::CrashExit);

            QStringList errors;
            auto topology = loadProjectFile(path, catalogs().registry(), &errors);
            QVERIFY2(topology,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(errors.join('\n'))));
            QVERIFY(topology->name().starts_with("round "));
            QCOMPARE(topology->components().size(), size_t(7 + 200));
        }
    }

    void recoveryRestoresTheEditsOfAKilledSession()
    {
        const QString path = m_dir->filePath(QStringLiteral("plan.edgeplan"));
        QVERIFY(m_window->fileActions()->saveTo(path));
        const QByteArray saved = fileBytes(path);
        m_window->document()->setProjectName(QStringLiteral("Edited before the crash"));
        const std::string edited = saveProject(m_window->document()->topology());
        m_window->fileActions()->autosave()->tick();
        QVERIFY(QFile::exists(m_window->fileActions()->autosave()->recoveryPath()));

        // A running session's file is not offered to another window.
        auto other = makeWindow();
        int asked = 0;
        other->fileActions()->setRestorePrompt([&asked](const RecoveryEntry&) {
            ++asked;
            return RestoreChoice::Restore;
        });
        QCOMPARE(other->offerRecovery(), 0);
        QCOMPARE(asked, 0);

        // The session ends without closing its window, and its lock stays
        // behind as a killed process leaves it: held by a process that is gone.
        const QString lock =
            m_window->fileActions()->autosave()->recoveryPath().replace(".edgeplan", ".lock");
        QVERIFY(QFile::exists(lock));
        m_window.reset();
        QCOMPARE(recoveryFiles().size(), 1);
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(writeBytes(lock, QByteArray::number(deadPid) + '\n' +
                                     QCoreApplication::applicationName().toUtf8() + '\n' +
                                     QSysInfo::machineHostName().toUtf8() + '\n'));

        RecoveryEntry offered;
        other->fileActions()->setRestorePrompt([&](const RecoveryEntry& entry) {
            ++asked;
            offered = entry;
            return RestoreChoice::Restore;
        });
        QCOMPARE(other->offerRecovery(), 1);
        QCOMPARE(asked, 1);
        QCOMPARE(offered.originalPath, path);
        QCOMPARE(offered.projectName, QStringLiteral("Edited before the crash"));
        QVERIFY(offered.savedAt.isValid());

        Document* document = other->document();
        QCOMPARE(saveProject(document->topology()), edited);
        QVERIFY(document->isModified());
        QCOMPARE(document->filePath(), path);
        QVERIFY(other->windowTitle().startsWith(QStringLiteral("plan.edgeplan")));
        QCOMPARE(fileBytes(path), saved); // the file waits for Save

        // Now held by this session: nothing left to offer.
        QVERIFY(Autosave::orphans().empty());
        int diskPrompts = 0;
        other->fileActions()->setDiskPrompt([&diskPrompts](const QString&, bool) {
            ++diskPrompts;
            return DiskChoice::Cancel;
        });
        QVERIFY(other->fileActions()->save());
        QCOMPARE(diskPrompts, 0);
        QCOMPARE(fileBytes(path).toStdString(), edited);
        QVERIFY(recoveryFiles().isEmpty());
    }

    void eachRecoveredPlanGetsAWindow()
    {
        for (const QString& name : {QStringLiteral("first"), QStringLiteral("second")}) {
            auto session = makeWindow();
            QVERIFY(session->fileActions()->saveTo(
                m_dir->filePath(name + QStringLiteral(".edgeplan"))));
            session->document()->setProjectName(name + QStringLiteral(" edited"));
            QVERIFY(session->fileActions()->autosave()->writeNow());
        }
        QCOMPARE(recoveryFiles().size(), 2);
        m_window->fileActions()->setRestorePrompt(
            [](const RecoveryEntry&) { return RestoreChoice::Restore; });
        QCOMPARE(m_window->offerRecovery(), 2);
        QStringList names;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<MainWindow*>(widget))
                names << QString::fromStdString(window->document()->topology().name());
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("first edited"), QStringLiteral("second edited")}));
    }

    void laterKeepsAndDiscardRemovesARecoveryFile()
    {
        {
            auto session = makeWindow();
            session->document()->setProjectName(QStringLiteral("Untitled and edited"));
            QVERIFY(session->fileActions()->autosave()->writeNow());
        }
        RestoreChoice answer = RestoreChoice::Later;
        m_window->fileActions()->setRestorePrompt([&answer](const RecoveryEntry& entry) {
            return entry.originalPath.isEmpty() ? answer : RestoreChoice::Restore;
        });
        QCOMPARE(m_window->offerRecovery(), 0);
        QCOMPARE(recoveryFiles().size(), 1);
        answer = RestoreChoice::Discard;
        QCOMPARE(m_window->offerRecovery(), 0);
        QVERIFY(recoveryFiles().isEmpty());
    }

    void cleanSaveOrCloseRemovesTheRecoveryFile_data()
    {
        QTest::addColumn<FileActions::SaveChoice>("answer");
        QTest::newRow("saved") << FileActions::SaveChoice::Save;
        QTest::newRow("discarded") << FileActions::SaveChoice::Discard;
    }

    void cleanSaveOrCloseRemovesTheRecoveryFile()
    {
        QFETCH(FileActions::SaveChoice, answer);
        FileActions* file = m_window->fileActions();
        QVERIFY(file->saveTo(m_dir->filePath(QStringLiteral("plan.edgeplan"))));
        m_window->document()->setProjectName(QStringLiteral("Changed"));
        file->autosave()->tick();
        QCOMPARE(recoveryFiles().size(), 1);
        file->setSavePrompt([answer](const QString&) { return answer; });
        QVERIFY(m_window->close());
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(Autosave::orphans().empty());
    }

    void saveAndUndoToCleanRemoveTheRecoveryFile()
    {
        FileActions* file = m_window->fileActions();
        m_window->document()->setProjectName(QStringLiteral("Changed"));
        file->autosave()->tick();
        QCOMPARE(recoveryFiles().size(), 1);
        m_window->document()->undoStack()->undo();
        QVERIFY(recoveryFiles().isEmpty());

        m_window->document()->setProjectName(QStringLiteral("Changed again"));
        file->autosave()->tick();
        QCOMPARE(recoveryFiles().size(), 1);
        QVERIFY(file->saveTo(m_dir->filePath(QStringLiteral("plan.edgeplan"))));
        QVERIFY(recoveryFiles().isEmpty());
    }

    void autosaveOffWritesNoRecoveryFile()
    {
        QCOMPARE(Autosave::intervalSeconds(), 60);
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("autosaveMenu"));
        QVERIFY(menu);
        QAction* off = nullptr;
        for (QAction* action : menu->actions())
            if (action->data().toInt() == 0)
                off = action;
        QVERIFY(off);
        off->trigger();
        QCOMPARE(settings().value(Autosave::kIntervalKey).toInt(), 0);
        QVERIFY(off->isChecked());

        m_window->document()->setProjectName(QStringLiteral("Changed"));
        m_window->fileActions()->autosave()->tick();
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(!QFile::exists(m_window->fileActions()->autosave()->recoveryPath()));
    }

    void aFailingAutosaveIsReported()
    {
        // A file where the recovery folder belongs stops it, even for root.
        QVERIFY(QDir().mkpath(QFileInfo(Autosave::folder()).absolutePath()));
        QVERIFY(writeBytes(Autosave::folder(), "in the way"));
        Autosave* autosave = m_window->fileActions()->autosave();
        QSignalSpy failed(autosave, &Autosave::writeFailed);
        m_window->document()->setProjectName(QStringLiteral("Changed"));
        autosave->tick();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed[0][0].toString().startsWith(QStringLiteral("Autosave failed")));
        QVERIFY(QFile::remove(Autosave::folder()));
    }

    void backupHoldsThePreviousBytes()
    {
        FileActions* file = m_window->fileActions();
        const QString path = m_dir->filePath(QStringLiteral("plan.edgeplan"));
        const QString backup = path + FileActions::kBackupSuffix;
        QVERIFY(file->saveTo(path));
        QVERIFY(!QFile::exists(backup)); // nothing to keep yet
        const QByteArray first = fileBytes(path);

        m_window->document()->setProjectName(QStringLiteral("Second"));
        QVERIFY(file->save());
        QCOMPARE(fileBytes(backup), first);
        const QByteArray second = fileBytes(path);
        QVERIFY(second != first);

        settings().setValue(FileActions::kKeepBackupKey, false);
        m_window->document()->setProjectName(QStringLiteral("Third"));
        QVERIFY(file->save());
        QCOMPARE(fileBytes(backup), first);
        QVERIFY(fileBytes(path) != second);
    }

    void aBackupThatFailsIsReportedAndTheSaveGoesOn()
    {
        FileActions* file = m_window->fileActions();
        const QString path = m_dir->filePath(QStringLiteral("plan.edgeplan"));
        QVERIFY(file->saveTo(path));
        // A folder where the backup goes stops it, even for root.
        QVERIFY(QDir().mkpath(path + FileActions::kBackupSuffix));
        m_window->document()->setProjectName(QStringLiteral("Second"));
        QVERIFY(file->save());
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(fileBytes(path).toStdString(), saveProject(m_window->document()->topology()));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("backupWarning"))));
        QVERIFY(box->text().contains(QStringLiteral("plan.edgeplan.bak")));
        QVERIFY(box->informativeText().contains(path));
        box->close();
    }

    void aFailedSaveKeepsThePlanAndOffersSaveAs_data()
    {
        QTest::addColumn<Failure>("failure");
        QTest::newRow("a folder in the way") << Failure::FolderInTheWay;
        QTest::newRow("a missing folder") << Failure::MissingFolder;
        QTest::newRow("read-only file") << Failure::ReadOnlyFile;
        QTest::newRow("read-only folder") << Failure::ReadOnlyFolder;
        QTest::newRow("disk full") << Failure::DiskFull;
    }

    void aFailedSaveKeepsThePlanAndOffersSaveAs()
    {
        QFETCH(Failure, failure);
        // Permissions do not stop root: those rows need another user.
        if ((failure == Failure::ReadOnlyFile || failure == Failure::ReadOnlyFolder) &&
            geteuid() == 0)
            QSKIP("root writes through permissions; the other rows fail for root too");
        const QString target = brokenTarget(failure);
        const QByteArray before = fileBytes(target);
        SaveAsAnswers answers;
        watchSaveAs(&answers);
        m_window->document()->setProjectName(QStringLiteral("Unsaved work"));

        // Declined: nothing changes, the plan stays modified.
        QVERIFY(!attemptSave(failure, target));
        QCOMPARE(answers.messages.size(), 1);
        QVERIFY2(answers.messages[0].contains(QFileInfo(target).fileName()),
                 qPrintable(answers.messages[0]));
        QVERIFY2(answers.details[0].contains(target), qPrintable(answers.details[0]));
        // The reason from the system follows the path.
        const QString reason =
            answers.details[0].section(QStringLiteral("cannot write: "), 1).section('\n', 0, 0);
        QVERIFY2(!reason.trimmed().isEmpty(), qPrintable(answers.details[0]));
        QVERIFY(answers.modifiedWhenAsked[0]);
        QVERIFY(m_window->document()->isModified());
        QCOMPARE(fileBytes(target), before);

        // Accepted: Save As writes elsewhere.
        answers.saveAs = true;
        answers.path = m_dir->filePath(QStringLiteral("elsewhere.edgeplan"));
        QVERIFY(attemptSave(failure, target));
        QCOMPARE(answers.messages.size(), 2);
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(m_window->document()->filePath(), answers.path);
        QCOMPARE(fileBytes(answers.path).toStdString(),
                 saveProject(m_window->document()->topology()));
        QCOMPARE(fileBytes(target), before);
    }

    void aChangeOnDiskIsNoticedButNotOurOwnSave_data()
    {
        QTest::addColumn<bool>("replaced");
        QTest::newRow("written in place") << false;
        QTest::newRow("replaced, as editors do") << true;
    }

    void aChangeOnDiskIsNoticedButNotOurOwnSave()
    {
        QFETCH(bool, replaced);
        FileActions* file = m_window->fileActions();
        const QString path = m_dir->filePath(QStringLiteral("plan.edgeplan"));
        QVERIFY(file->saveTo(path));
        QList<bool> prompts;
        DiskChoice answer = DiskChoice::KeepMine;
        file->setDiskPrompt([&](const QString& name, bool saving) {
            if (name == QStringLiteral("plan.edgeplan"))
                prompts << saving;
            return answer;
        });

        // Our own save: the watcher sees it and stays quiet.
        QSignalSpy checked(file->watchedFile(), &WatchedFile::checked);
        m_window->document()->setProjectName(QStringLiteral("Mine"));
        QVERIFY(file->save());
        QVERIFY(checked.wait());
        QVERIFY(prompts.isEmpty());

        // Another program's write asks; Keep Mine marks the plan modified.
        const QByteArray theirs = theirVersion("Theirs");
        writeTheirs(path, theirs, replaced);
        QTRY_COMPARE(prompts.size(), 1);
        QCOMPARE(prompts[0], false);
        QVERIFY(m_window->document()->isModified());
        QCOMPARE(m_window->document()->topology().name(), std::string("Mine"));
        // ... and Save then replaces theirs without asking again.
        QVERIFY(file->save());
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(fileBytes(path + FileActions::kBackupSuffix), theirs);

        // The watcher keeps watching a replaced file; Reload takes theirs.
        answer = DiskChoice::Reload;
        const QByteArray again = theirVersion("Theirs again");
        writeTheirs(path, again, replaced);
        QTRY_COMPARE(prompts.size(), 2);
        QCOMPARE(m_window->document()->topology().name(), std::string("Theirs again"));
        QVERIFY(!m_window->document()->isModified());
    }

    void saveAsksBeforeReplacingAChangedFile_data()
    {
        QTest::addColumn<DiskChoice>("answer");
        QTest::newRow("cancel") << DiskChoice::Cancel;
        QTest::newRow("overwrite") << DiskChoice::KeepMine;
        QTest::newRow("reload") << DiskChoice::Reload;
    }

    void saveAsksBeforeReplacingAChangedFile()
    {
        QFETCH(DiskChoice, answer);
        FileActions* file = m_window->fileActions();
        const QString path = m_dir->filePath(QStringLiteral("plan.edgeplan"));
        QVERIFY(file->saveTo(path));
        QList<bool> prompts;
        file->setDiskPrompt([&](const QString&, bool saving) {
            prompts << saving;
            return answer;
        });
        m_window->document()->setProjectName(QStringLiteral("Mine"));
        const std::string mine = saveProject(m_window->document()->topology());
        // Written while nothing runs the event loop: Save itself must notice.
        const QByteArray theirs = theirVersion("Theirs");
        QVERIFY(writeBytes(path, theirs));
        QCOMPARE(file->save(), answer == DiskChoice::KeepMine);
        QCOMPARE(prompts, QList<bool>{true});
        switch (answer) {
        case DiskChoice::Cancel:
            QCOMPARE(fileBytes(path), theirs);
            QVERIFY(m_window->document()->isModified());
            break;
        case DiskChoice::KeepMine:
            QCOMPARE(fileBytes(path).toStdString(), mine);
            QCOMPARE(fileBytes(path + FileActions::kBackupSuffix), theirs);
            break;
        case DiskChoice::Reload:
            QCOMPARE(fileBytes(path), theirs);
            QCOMPARE(m_window->document()->topology().name(), std::string("Theirs"));
            QVERIFY(!m_window->document()->isModified());
            break;
        }
    }

    void aNewerVersionOpensReadOnlyAndIsNeverOverwritten()
    {
        const QString path = m_dir->filePath(QStringLiteral("newer.edgeplan"));
        nlohmann::json doc = nlohmann::json::parse(test::sampleBytes());
        doc["version"] = kProjectFormatVersion + 1;
        doc["featureOfTomorrow"] = {{"kept", true}};
        const QByteArray newer = QByteArray::fromStdString(doc.dump(2));
        QVERIFY(writeBytes(path, newer));

        FileActions* file = m_window->fileActions();
        QVERIFY(file->openFile(path));
        QVERIFY(m_window->document()->isReadOnly());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("readOnlyWarning"))));
        QVERIFY(box->text().contains(QStringLiteral("newer.edgeplan")));
        box->close();

        SaveAsAnswers answers;
        watchSaveAs(&answers);
        m_window->document()->setProjectName(QStringLiteral("Edited anyway"));
        QVERIFY(!file->save());
        QCOMPARE(answers.messages.size(), 1);
        QVERIFY(answers.messages[0].contains(QStringLiteral("read-only")));
        QCOMPARE(fileBytes(path), newer);
        QVERIFY(m_window->document()->isReadOnly());

        // Save As onto the same file is refused as well; a new file is fine.
        answers.saveAs = true;
        const QString mine = m_dir->filePath(QStringLiteral("mine.edgeplan"));
        int asked = 0;
        file->setPathPrompt([&](const QString&) { return ++asked == 1 ? path : mine; });
        QVERIFY(file->save());
        QCOMPARE(asked, 2);
        QCOMPARE(answers.messages.size(), 3);
        QCOMPARE(fileBytes(path), newer);
        QVERIFY(!m_window->document()->isReadOnly());
        QCOMPARE(m_window->document()->filePath(), mine);
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("[read-only]")));
        const auto saved = nlohmann::json::parse(fileBytes(mine).toStdString());
        QVERIFY(saved["featureOfTomorrow"] == doc["featureOfTomorrow"]);
    }

    void theWindowOpensANewerVersionFromTheCommandLine()
    {
        const QString path = m_dir->filePath(QStringLiteral("newer.edgeplan"));
        nlohmann::json doc = nlohmann::json::parse(test::sampleBytes());
        doc["version"] = kProjectFormatVersion + 1;
        QVERIFY(writeBytes(path, QByteArray::fromStdString(doc.dump())));
        QProcess edgeplan;
        edgeplan.start(
            QStringLiteral(EDGEPLAN_BINARY),
            {QStringLiteral("--screenshot"), m_dir->filePath(QStringLiteral("shot.png")), path});
        QVERIFY(edgeplan.waitForFinished(60000));
        QVERIFY2(edgeplan.exitCode() == 0, edgeplan.readAllStandardError().constData());
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("shot.png"))));
    }

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(catalogs(), loadSample(), QString());
        window->fileActions()->setSavePrompt(
            [](const QString&) { return FileActions::SaveChoice::Cancel; });
        window->fileActions()->setRestorePrompt(
            [](const RecoveryEntry&) { return RestoreChoice::Later; });
        window->fileActions()->setSaveAsPrompt(
            [](const QString&, const QString&) { return false; });
        window->fileActions()->setPathPrompt([](const QString&) { return QString(); });
        return window;
    }

    void watchSaveAs(SaveAsAnswers* answers)
    {
        FileActions* file = m_window->fileActions();
        file->setSaveAsPrompt([this, answers](const QString& message, const QString& detail) {
            liftFileSizeLimit();
            answers->messages << message;
            answers->details << detail;
            answers->modifiedWhenAsked.push_back(m_window->document()->isModified());
            return answers->saveAs;
        });
        file->setPathPrompt([answers](const QString&) { return answers->path; });
    }

    // A file that cannot be written, and (where one fits) an old version in it.
    QString brokenTarget(Failure failure)
    {
        const QString plan = QStringLiteral("plan.edgeplan");
        const QByteArray old = theirVersion("Old");
        switch (failure) {
        case Failure::FolderInTheWay:
            QDir().mkpath(m_dir->filePath(plan));
            return m_dir->filePath(plan);
        case Failure::MissingFolder:
            return m_dir->filePath(QStringLiteral("missing/") + plan);
        case Failure::ReadOnlyFile:
            writeBytes(m_dir->filePath(plan), old);
            QFile::setPermissions(m_dir->filePath(plan), QFile::ReadOwner);
            return m_dir->filePath(plan);
        case Failure::ReadOnlyFolder: {
            const QString folder = m_dir->filePath(QStringLiteral("locked"));
            QDir().mkpath(folder);
            writeBytes(folder + '/' + plan, old);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
            m_chmodded << folder;
            return folder + '/' + plan;
        }
        case Failure::DiskFull:
            writeBytes(m_dir->filePath(plan), old);
            return m_dir->filePath(plan);
        }
        return {};
    }

    // A full disk is a file size limit: every write past 1 KiB fails (EFBIG), even for root.
    bool attemptSave(Failure failure, const QString& target)
    {
        if (failure == Failure::DiskFull) {
            rlimit small = g_fileSizeLimit;
            small.rlim_cur = 1024;
            setrlimit(RLIMIT_FSIZE, &small);
        }
        const bool saved = m_window->fileActions()->saveTo(target);
        liftFileSizeLimit();
        return saved;
    }

    static void writeTheirs(const QString& path, const QByteArray& bytes, bool replaced)
    {
        if (!replaced) {
            QVERIFY(writeBytes(path, bytes));
            return;
        }
        QString error;
        QVERIFY(QFile::remove(path));
        QVERIFY(writeFileAtomically(path, bytes.toStdString(), &error));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_chmodded;
};

QTEST_MAIN(TestSafety)
#include "tst_safety.moc"
