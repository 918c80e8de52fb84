// The main window: files (save, reopen, the unsaved-changes prompt), the
// title, scenario switches, undo and redo of every edit kind, and the link
// between the rule table and the canvas.
//
// Long because every case drives one real window with its docks; a program
// per menu would build and link the whole application again for each.

#include "actions/EditActions.h"
#include "actions/FileActions.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "document/Clipboard.h"
#include "document/Document.h"
#include "panels/InspectorComponentForm.h"
#include "panels/InspectorWidget.h"
#include "panels/ScenarioBar.h"
#include "plan/Generator.h"
#include "rules/RuleEngine.h"
#include "support/Catalogs.h"
#include "tables/RuleTableDock.h"
#include "tables/RuleTableModel.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace edgeplan;
using edgeplan::test::componentNamed;
using edgeplan::test::loadSample;

namespace {

const Catalogs& catalogs()
{
    static const Catalogs instance = Catalogs::builtIn();
    return instance;
}

using SaveChoice = FileActions::SaveChoice;

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

std::string bytesOf(const MainWindow& window)
{
    return saveProject(window.document()->topology());
}

// Counts the progress dialogs that show, and keeps the label of the first.
class ProgressWatcher : public QObject
{
public:
    int shown = 0;
    QString label;

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto* progress = qobject_cast<QProgressDialog*>(object)) {
                if (shown++ == 0)
                    label = progress->labelText();
            }
        }
        return false;
    }
};

enum class Edit { Delete, RenameInInspector, AddressInInspector, ZoneInInspector, Paste, Duplicate,
                  ProjectName, Scenario };

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan")).clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(catalogs(), loadSample(), QString());
        m_prompts = 0;
        m_answer = SaveChoice::Cancel;
        m_window->fileActions()->setSavePrompt([this](const QString&) {
            ++m_prompts;
            return m_answer;
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->markSaved(); // no prompt while tearing down
        m_window.reset();
    }

    void saveAndReopenGivesTheSameProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.edgeplan"));
        m_window->document()->setProjectName(QStringLiteral("Saved plan"));
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->fileActions()->saveTo(path));
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(m_window->document()->filePath(), path);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("saved.edgeplan")));
        QVERIFY(m_window->fileActions()->recentFiles().contains(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), bytesOf(*m_window));

        MainWindow other(catalogs(), loadSample(), QString());
        QVERIFY(other.fileActions()->openFile(path));
        QCOMPARE(bytesOf(other), bytesOf(*m_window));
        QCOMPARE(other.document()->filePath(), path);
        QVERIFY(!other.document()->isModified());
        QCOMPARE(other.document()->undoStack()->count(), 0);
    }

    void aLargePlanOpensBehindAProgressDialog()
    {
        // Generated until the file is over the threshold; a small one opens without.
        const QString path = m_dir.filePath(QStringLiteral("large.edgeplan"));
        const std::string bytes = saveProject(*generatePlan(catalogs().defaultCatalog(), {300, 500, 3}));
        QVERIFY(qint64(bytes.size()) > FileActions::kProgressFromBytes);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.data(), qint64(bytes.size()));
        file.close();

        ProgressWatcher watcher;
        qApp->installEventFilter(&watcher);
        QVERIFY(m_window->fileActions()->openFile(path));
        QCOMPARE(watcher.shown, 1);
        QVERIFY2(watcher.label.contains(QLatin1String("large.edgeplan")), qPrintable(watcher.label));
        QVERIFY(!m_window->findChild<QProgressDialog*>(QStringLiteral("openProgress")));
        QCOMPARE(m_window->document()->topology().components().size(),
                 loadProject(bytes, catalogs().registry()).topology->components().size());

        // A small plan: no dialog.
        watcher.shown = 0;
        const QString small = m_dir.filePath(QStringLiteral("small.edgeplan"));
        m_window->document()->resetTopology(loadSample());
        QVERIFY(m_window->fileActions()->saveTo(small));
        QVERIFY(m_window->fileActions()->openFile(small));
        QCOMPARE(watcher.shown, 0);
        qApp->removeEventFilter(&watcher);
    }

    void openingABrokenFileReportsAndKeepsThePlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.edgeplan"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "edgeplan", "version": 1, "name": "x",
            "catalog": "lync2013-federation", "scenarios": [], "links": [], "components": [
            {"id": 1, "role": "toaster", "name": "a", "zone": "internal", "position": {"x": 0, "y": 0}},
            {"id": 2, "role": "edge-server", "name": "b", "zone": "moon", "position": {"x": 0, "y": 0}}]})");
        file.close();
        const std::string before = bytesOf(*m_window);
        QVERIFY(!m_window->fileActions()->openFile(path));
        QCOMPARE(bytesOf(*m_window), before);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("problemsBox"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("broken.edgeplan")));
        // Every problem, one a line.
        QVERIFY(box->informativeText().contains(QStringLiteral("toaster")));
        QVERIFY(box->informativeText().contains(QStringLiteral("moon")));
        box->close();
    }

    void menusHaveTheStandardShortcuts()
    {
        FileActions* file = m_window->fileActions();
        EditActions* edit = m_window->editActions();
        const std::vector<std::pair<QAction*, QKeySequence>> expected = {
            {file->newAction(), QKeySequence(Qt::CTRL | Qt::Key_N)},
            {file->openAction(), QKeySequence(Qt::CTRL | Qt::Key_O)},
            {file->saveAction(), QKeySequence(Qt::CTRL | Qt::Key_S)},
            {file->saveAsAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
            {file->quitAction(), QKeySequence(Qt::CTRL | Qt::Key_Q)},
            {edit->undoAction(), QKeySequence(Qt::CTRL | Qt::Key_Z)},
            {edit->cutAction(), QKeySequence(Qt::CTRL | Qt::Key_X)},
            {edit->copyAction(), QKeySequence(Qt::CTRL | Qt::Key_C)},
            {edit->pasteAction(), QKeySequence(Qt::CTRL | Qt::Key_V)},
            {edit->duplicateAction(), QKeySequence(Qt::CTRL | Qt::Key_D)},
            {edit->deleteAction(), QKeySequence(Qt::Key_Delete)},
            {edit->selectAllAction(), QKeySequence(Qt::CTRL | Qt::Key_A)},
            {edit->renameAction(), QKeySequence(Qt::Key_F2)},
        };
        QList<QKeySequence> seen;
        for (const auto& [action, key] : expected) {
            QCOMPARE(action->shortcut(), key);
            QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
            seen << action->shortcuts();
        }
    }

    void keyboardDeleteAndDuplicateReachTheCanvasSelection()
    {
        const Topology& t = m_window->document()->topology();
        const ComponentId edge = componentNamed(t, "edge01");
        m_window->activateWindow();
        m_window->view()->setFocus();
        QTRY_VERIFY(m_window->view()->hasFocus());
        m_window->scene()->selectItems({edge}, {});
        QTest::keyClick(m_window->view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(t.components().size(), size_t(8));
        m_window->scene()->selectItems({edge}, {});
        QTest::keyClick(m_window->view(), Qt::Key_Delete);
        QVERIFY(!t.component(edge));
        QCOMPARE(m_window->document()->undoStack()->count(), 2);
    }

    void selectAllAndRenameActOnTheCanvas()
    {
        const Topology& t = m_window->document()->topology();
        EditActions* edit = m_window->editActions();
        QVERIFY(!edit->renameAction()->isEnabled());
        edit->selectAllAction()->trigger();
        QCOMPARE(m_window->scene()->selectedComponents().size(), t.components().size());
        QCOMPARE(m_window->scene()->selectedLinks().size(), t.links().size());
        QVERIFY(!edit->renameAction()->isEnabled()); // one component at a time
        m_window->scene()->selectItems({componentNamed(t, "edge01")}, {});
        QVERIFY(edit->renameAction()->isEnabled());
        edit->renameAction()->trigger();
        QVERIFY(m_window->scene()->isRenaming());
    }

    void droppingAProjectFileOpensIt()
    {
        const QString path = saveSomewhere();
        m_window->fileActions()->newProject();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(m_window->document()->filePath(), path);
        QCOMPARE(m_window->document()->topology().components().size(), size_t(7));

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &other);
        QVERIFY(!other.isAccepted());
    }

    void titleShowsFileProjectAndUnsavedMark()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Untitled")));
        QVERIFY(m_window->windowTitle().contains(
            QString::fromStdString(m_window->document()->topology().name())));
        QVERIFY(!m_window->isWindowModified());
        m_window->document()->setProjectName(QStringLiteral("Renamed plan"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Renamed plan")));
        m_window->document()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
    }

    void noPromptWhenClean()
    {
        QVERIFY(m_window->close());
        QCOMPARE(m_prompts, 0);
        m_window->show();
        QVERIFY(m_window->fileActions()->newProject());
        QCOMPARE(m_prompts, 0);
        QVERIFY(m_window->fileActions()->newFromSample());
        QVERIFY(m_window->fileActions()->openFile(saveSomewhere()));
        QCOMPARE(m_prompts, 0);
    }

    void promptOnCloseNewAndOpenWhenModified()
    {
        const QString path = saveSomewhere();
        m_window->document()->setProjectName(QStringLiteral("Changed"));
        const std::string changed = bytesOf(*m_window);

        m_answer = SaveChoice::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(m_prompts, 1);
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->fileActions()->newProject());
        QCOMPARE(m_prompts, 2);
        QVERIFY(!m_window->fileActions()->openFile(path));
        QCOMPARE(m_prompts, 3);
        QCOMPARE(bytesOf(*m_window), changed);
        QVERIFY(m_window->document()->isModified());

        // Save writes the file, then the plan goes.
        m_answer = SaveChoice::Save;
        QVERIFY(m_window->fileActions()->newProject());
        QCOMPARE(m_prompts, 4);
        QVERIFY(m_window->fileActions()->openFile(path));
        QCOMPARE(bytesOf(*m_window), changed);

        m_window->document()->setProjectName(QStringLiteral("Changed again"));
        m_answer = SaveChoice::Discard;
        QVERIFY(m_window->close());
        QCOMPARE(m_prompts, 5);
    }

    void thePromptIsAMessageBox()
    {
        m_window->fileActions()->setSavePrompt({});
        m_window->document()->setProjectName(QStringLiteral("Changed"));
        bool seen = false;
        // The box runs its own event loop: answer it from there.
        QTimer::singleShot(0, this, [&seen] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesPrompt"));
            QVERIFY(box->button(QMessageBox::Save) && box->button(QMessageBox::Discard));
            seen = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->fileActions()->newProject());
        QVERIFY(seen);
        QVERIFY(m_window->document()->isModified());
    }

    void newProjectIsEmptyWithEveryScenario()
    {
        QVERIFY(m_window->fileActions()->newProject());
        const Topology& t = m_window->document()->topology();
        QVERIFY(t.components().empty());
        QCOMPARE(t.enabledScenarios().size(), t.catalog().scenarios.size());
        QVERIFY(m_window->document()->filePath().isEmpty());
        for (const Scenario& scenario : t.catalog().scenarios)
            QVERIFY(m_window->scenarioBar()->scenarioAction(QString::fromStdString(scenario.id))->isChecked());
        QCOMPARE(m_window->ruleTable()->model()->rowCount(), 0);
    }

    void scenarioSwitchChangesTheTableAndUndoes()
    {
        RuleTableModel* model = m_window->ruleTable()->model();
        const int all = model->rowCount();
        QVERIFY(all > 0);
        QAction* publicIm = m_window->scenarioBar()->scenarioAction(QStringLiteral("public-im"));
        QVERIFY(publicIm && publicIm->isChecked());
        publicIm->trigger();
        QVERIFY(!publicIm->isChecked());
        QVERIFY(!m_window->document()->topology().isScenarioEnabled("public-im"));
        const int without = model->rowCount();
        QVERIFY(without < all);
        m_window->editActions()->undoAction()->trigger();
        QCOMPARE(model->rowCount(), all);
        QVERIFY(publicIm->isChecked());
        m_window->editActions()->redoAction()->trigger();
        QCOMPARE(model->rowCount(), without);
        QVERIFY(!publicIm->isChecked());
    }

    void everyEditUndoesAndRedoesExactly_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("delete component with its links") << Edit::Delete;
        QTest::newRow("rename in the inspector") << Edit::RenameInInspector;
        QTest::newRow("address in the inspector") << Edit::AddressInInspector;
        QTest::newRow("zone in the inspector") << Edit::ZoneInInspector;
        QTest::newRow("paste") << Edit::Paste;
        QTest::newRow("duplicate") << Edit::Duplicate;
        QTest::newRow("project name") << Edit::ProjectName;
        QTest::newRow("scenario") << Edit::Scenario;
    }

    void everyEditUndoesAndRedoesExactly()
    {
        QFETCH(Edit, edit);
        const Topology& t = m_window->document()->topology();
        const ComponentId edge = componentNamed(t, "edge01");
        m_window->scene()->selectItems({edge}, {});
        QCOMPARE(m_window->scene()->selectedComponents(), std::vector<ComponentId>{edge});
        const std::string before = bytesOf(*m_window);
        const size_t linksBefore = t.links().size();
        EditActions* actions = m_window->editActions();
        InspectorComponentForm* form = m_window->inspector()->componentForm();
        QVERIFY(form && form->componentId() == edge);

        switch (edit) {
        case Edit::Delete:
            QVERIFY(actions->deleteAction()->isEnabled());
            actions->deleteAction()->trigger();
            QVERIFY(!t.component(edge));
            QVERIFY(t.links().empty());
            break;
        case Edit::RenameInInspector:
            typeInto(form->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("edge-a"));
            QCOMPARE(t.component(edge)->name, std::string("edge-a"));
            break;
        case Edit::AddressInInspector:
            typeInto(form->findChild<QLineEdit*>(QStringLiteral("address:internal")),
                     QStringLiteral("10.0.1.99"));
            QCOMPARE(t.component(edge)->address("internal"), std::string("10.0.1.99"));
            break;
        case Edit::ZoneInInspector: {
            auto* zone = form->findChild<QComboBox*>(QStringLiteral("zone"));
            const int index = zone->findData(QStringLiteral("internal"));
            zone->setCurrentIndex(index);
            Q_EMIT zone->activated(index);
            QCOMPARE(t.component(edge)->zone, std::string("internal"));
            break;
        }
        case Edit::Paste:
            actions->copyAction()->trigger();
            QVERIFY(actions->pasteAction()->isEnabled());
            actions->pasteAction()->trigger();
            QCOMPARE(t.components().size(), size_t(8));
            QCOMPARE(m_window->scene()->selectedComponents().size(), size_t(1)); // the copy
            break;
        case Edit::Duplicate:
            actions->duplicateAction()->trigger();
            QCOMPARE(t.components().size(), size_t(8));
            break;
        case Edit::ProjectName:
            m_window->scene()->selectItems({}, {});
            typeInto(m_window->inspector()->findChild<QLineEdit*>(QStringLiteral("projectName")),
                     QStringLiteral("Another name"));
            QCOMPARE(t.name(), std::string("Another name"));
            break;
        case Edit::Scenario:
            m_window->scenarioBar()->scenarioAction(QStringLiteral("xmpp-federation"))->trigger();
            break;
        }
        const std::string after = bytesOf(*m_window);
        QVERIFY(after != before);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        actions->undoAction()->trigger();
        QCOMPARE(bytesOf(*m_window), before);
        QCOMPARE(t.links().size(), linksBefore);
        actions->redoAction()->trigger();
        QCOMPARE(bytesOf(*m_window), after);
    }

    void selectingARowHighlightsItsLink()
    {
        QTableView* table = m_window->ruleTable()->view();
        QVERIFY(table->model()->rowCount() > 2);
        table->selectRow(2);
        const LinkId expected{table->model()->index(2, 0).data(RuleTableModel::LinkIdRole).toULongLong()};
        QVERIFY(expected.isValid());
        QCOMPARE(m_window->scene()->highlightedLink(), expected);
        table->clearSelection();
        QVERIFY(!m_window->scene()->highlightedLink().isValid());
    }

    void ctrlCInTheTableCopiesRowsNotComponents()
    {
        QTableView* table = m_window->ruleTable()->view();
        // A component selected on the canvas: the window's Copy would take it.
        const Topology& t = m_window->document()->topology();
        m_window->scene()->selectItems({componentNamed(t, "edge01")}, {});
        m_window->ruleTable()->setLinkFilter({});
        table->setFocus();
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header and two rows
        QVERIFY2(lines[0].startsWith(QStringLiteral("Firewall\tDirection")), qPrintable(lines[0]));
        QCOMPARE(lines[1].split(QLatin1Char('\t')).size(), table->model()->columnCount());
        QCOMPARE(lines[2].section(QLatin1Char('\t'), 6, 6), table->model()->index(3, 6).data().toString());
        QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("application/x-edgeplan-items")));
        // Nothing selected: the whole table.
        table->clearSelection();
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), table->model()->rowCount() + 1);
    }

    void selectingALinkFiltersTheTable()
    {
        const Topology& t = m_window->document()->topology();
        const LinkId link = t.linkBetween(componentNamed(t, "edge01"), componentNamed(t, "Public IM provider"));
        const int all = m_window->ruleTable()->model()->rowCount();
        m_window->scene()->selectItems({}, {link});
        QCOMPARE(m_window->ruleTable()->model()->linkFilter(), link);
        const int shown = m_window->ruleTable()->model()->rowCount();
        QVERIFY(shown > 0 && shown < all);
        for (int row = 0; row < shown; ++row)
            QCOMPARE(m_window->ruleTable()->model()->rowAt(row)->link, link);
        m_window->scene()->selectItems({}, {});
        QVERIFY(!m_window->ruleTable()->model()->linkFilter().isValid());
        QCOMPARE(m_window->ruleTable()->model()->rowCount(), all);
    }

    void firewallFilterKeepsOneFirewall()
    {
        QComboBox* filter = m_window->ruleTable()->firewallFilter();
        const int all = m_window->ruleTable()->visibleRowCount();
        int sum = 0;
        for (int i = 1; i < filter->count(); ++i) {
            filter->setCurrentIndex(i);
            sum += m_window->ruleTable()->visibleRowCount();
        }
        QCOMPARE(sum, all);
        filter->setCurrentIndex(0);
        QCOMPARE(m_window->ruleTable()->visibleRowCount(), all);
    }

    void screenshotIsTheWholeWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.png"));
        QString error;
        QVERIFY2(m_window->saveScreenshot(path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), m_window->size());
        if (const QByteArray dir = qgetenv("EDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const Topology& t = m_window->document()->topology();
            m_window->resize(1600, 1000);
            m_window->scene()->selectItems({componentNamed(t, "edge01")}, {});
            m_window->saveScreenshot(QString::fromLocal8Bit(dir) + "/window-component.png", &error);
            m_window->scene()->selectItems({}, {t.linkBetween(componentNamed(t, "edge01"), componentNamed(t, "Public IM provider"))});
            m_window->saveScreenshot(QString::fromLocal8Bit(dir) + "/window-link.png", &error);
        }
    }

    void windowStatePersists()
    {
        m_window->viewActions();
        QVERIFY(m_window->close());
        const QSettings settings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"));
        QVERIFY(settings.contains(QStringLiteral("window/state")));
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        QVERIFY(settings.fileName().contains(QStringLiteral("qttest"))); // never the user's own
    }

private:
    QString saveSomewhere()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan-%1.edgeplan").arg(++m_saved));
        if (!m_window->fileActions()->saveTo(path))
            qFatal("cannot save %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_prompts = 0;
    int m_saved = 0;
    SaveChoice m_answer = SaveChoice::Cancel;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
