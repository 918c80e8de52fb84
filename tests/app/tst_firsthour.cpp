// The first hour with the window (#25), as a new user meets it: a tool bar
// that stands still while the Undo text grows, the keys people know (Ctrl+Y,
// single keys for the tools, Ctrl+Z from a field whose edit is committed),
// and Help > Keyboard Shortcuts and Getting Started generated from the
// actions.

#include "actions/ContextMenus.h"
#include "actions/EditActions.h"
#include "actions/FileActions.h"
#include "actions/ViewActions.h"
#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "diagram/LinkItem.h"
#include "document/Document.h"
#include "panels/InspectorComponentForm.h"
#include "panels/InspectorWidget.h"
#include "panels/StartPage.h"
#include "plan/Generator.h"
#include "support/Language.h"
#include "rules/TableView.h"
#include "tables/RuleTableDock.h"
#include "tables/RuleTableModel.h"
#include "SampleWindowTest.h"
#include "WindowSupport.h"
#include "window/GettingStartedDialog.h"
#include "window/ShortcutsDialog.h"

#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTimer>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QMenuBar>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextBrowser>
#include <QToolBar>
#include <QStatusBar>
#include <QToolButton>
#include <QToolTip>

#include <set>

using namespace edgeplan;

namespace {

// Where each button of the Tools bar stands, by its action's object.
QList<QPair<const QAction*, QRect>> buttonPlaces(const QToolBar* bar)
{
    QList<QPair<const QAction*, QRect>> places;
    for (QAction* action : bar->actions())
        if (const QWidget* button = bar->widgetForAction(action))
            places.append({action, button->geometry()});
    return places;
}

std::string nameOf(const MainWindow& window, ComponentId id)
{
    return window.document()->topology().component(id)->name;
}

} // namespace

class TestFirstHour : public test::SampleWindowTest
{
    Q_OBJECT

private:
    void focusCanvas()
    {
        m_window->activateWindow();
        m_window->view()->setFocus();
        QTRY_VERIFY(m_window->view()->hasFocus());
    }

    // A click on the component's icon, brought into view first.
    void clickOn(ComponentId id)
    {
        DiagramView* view = m_window->view();
        const QPointF target = m_window->scene()->componentItem(id)->pos();
        view->ensureVisible(QRectF(target, QSizeF(1, 1)));
        const QPoint pixel = view->mapFromScene(target);
        QTest::mouseMove(view->viewport(), pixel);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pixel);
    }

    QLineEdit* nameField() const
    {
        return m_window->inspector()->componentForm()->findChild<QLineEdit*>(QStringLiteral("name"));
    }

    // A click on the link that heads an entry of the start page.
    void clickEntry(const QString& objectName)
    {
        auto* entry = m_window->startPage()->findChild<QLabel*>(objectName);
        QVERIFY2(entry, qPrintable(objectName));
        QVERIFY(entry->isVisible());
        const QPoint onTitle(4, entry->fontMetrics().height() / 2 + 1);
        QTest::mouseClick(entry, Qt::LeftButton, {}, onTitle);
    }

    static QString shownText(const QLabel* label)
    {
        QTextDocument text;
        text.setHtml(label->text());
        return text.toPlainText();
    }

private Q_SLOTS:

    // With no file, the window shows a start page in place of the diagram:
    // New and Open (the File menu's actions), each sample with a line on
    // what it shows, the recent files (names escaped). Whatever puts a plan
    // in the window shows the diagram again.
    void startPageOpensSamplesRecentFilesAndNew()
    {
        // Outlives the test function: the window asks again as it closes.
        auto asked = std::make_shared<QStringList>();
        m_window->fileActions()->setSavePrompt([asked](const QString& name) {
            *asked << name;
            return SaveChoice::Discard;
        });
        m_window->showStartPage();
        QVERIFY(m_window->isStartPageShown());
        QVERIFY(!m_window->view()->isVisible());
        const QList<StartPage::Sample> samples = StartPage::samples();
        QCOMPARE(samples.size(), 3);
        for (const StartPage::Sample& sample : samples) {
            QVERIFY2(QFile::exists(sample.path), qPrintable(sample.path));
            auto* entry = m_window->startPage()->findChild<QLabel*>(QStringLiteral("sample:") +
                                                                    QFileInfo(sample.path).completeBaseName());
            QVERIFY(entry);
            QCOMPARE(shownText(entry), sample.title + QLatin1Char('\n') + sample.description);
        }

        clickEntry(QStringLiteral("sample:scaled-edge-hlb"));
        QTRY_VERIFY(!m_window->isStartPageShown());
        QVERIFY(m_window->view()->isVisible());
        QCOMPARE(m_window->document()->topology().name(),
                 std::string("Scaled consolidated edge with hardware load balancers (Gg398739)"));
        QVERIFY(m_window->document()->filePath().isEmpty());
        QCOMPARE(m_window->fileActions()->documentName(), QStringLiteral("scaled-edge-hlb (sample)"));

        // A recent file whose name holds markup is listed as it is named.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("<b>edge<b> & co.edgeplan"));
        QVERIFY(m_window->fileActions()->saveTo(path));
        m_window->fileActions()->newProject();
        m_window->showStartPage();
        auto* recent = m_window->startPage()->findChild<QLabel*>(QStringLiteral("recent:") + path);
        QVERIFY(recent);
        QVERIFY2(shownText(recent).startsWith(QStringLiteral("<b>edge<b> & co.edgeplan\n")),
                 qPrintable(shownText(recent)));
        clickEntry(QStringLiteral("recent:") + path);
        QTRY_VERIFY(!m_window->isStartPageShown());
        QCOMPARE(m_window->document()->filePath(), path);

        // New, from the page: the File menu's own action.
        m_window->showStartPage();
        QSignalSpy created(m_window->fileActions()->newAction(), &QAction::triggered);
        clickEntry(QStringLiteral("start:newAction"));
        QCOMPARE(created.count(), 1);
        QVERIFY(!m_window->isStartPageShown());
        QVERIFY(m_window->document()->topology().components().empty());

        // The first edit on the page's empty plan shows the diagram too.
        m_window->showStartPage();
        m_window->document()->addComponent("edge-server", "perimeter", Point{600, 400});
        QVERIFY(!m_window->isStartPageShown());

        // In Japanese, every word of the page is translated.
        m_window->showStartPage();
        installLanguage(Lang::Ja);
        m_window->setLanguage(Lang::Ja);
        // The page is made anew on the window's LanguageChange, which is posted.
        const auto sampleText = [this] {
            auto* sample = m_window->startPage()->findChild<QLabel*>(QStringLiteral("sample:federation-edge"));
            return sample ? shownText(sample) : QString();
        };
        QTRY_VERIFY2(!sampleText().contains(QStringLiteral("edge server")), qPrintable(sampleText()));
        QCOMPARE(sampleText().section(QLatin1Char('\n'), 0, 0), StartPage::samples().front().title);
        QVERIFY(!StartPage::samples().front().title.contains(QStringLiteral("Federation")));
        // The entries of the File menu's actions lose the menu's accelerator: 新規作成, not 新規作成(N).
        auto* create = m_window->startPage()->findChild<QLabel*>(QStringLiteral("start:newAction"));
        QVERIFY(create);
        QCOMPARE(shownText(create).section(QLatin1Char('\n'), 0, 0), QStringLiteral("\u65b0\u898f\u4f5c\u6210"));
        // Every entry is tall enough for its wrapped lines, in Japanese
        // (longer lines) and in the test's small window too: the page scrolls.
        const auto clipped = [this] {
            QStringList cut;
            for (const QLabel* entry : m_window->startPage()->findChildren<QLabel*>())
                if (!entry->objectName().isEmpty() && entry->height() < entry->heightForWidth(entry->width()))
                    cut << QStringLiteral("%1 %2 < %3").arg(entry->objectName()).arg(entry->height()).arg(entry->heightForWidth(entry->width()));
            return cut.join(QStringLiteral("; "));
        };
        QTRY_VERIFY2(clipped().isEmpty(), qPrintable(clipped()));
        QVERIFY(m_window->startPage()->findChild<QLabel*>(QStringLiteral("sample:federation-edge"))->width() > 150);
        installLanguage(Lang::En);
        m_window->setLanguage(Lang::En);
        QCOMPARE(*asked, QStringList()); // nothing was modified before it was replaced
    }

    // The Undo button says "Undo" whatever the command; the command is in
    // the Edit menu and the tool tip; no button moves after an edit.
    void toolbarStandsStillAfterAnEdit()
    {
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("toolsBar"));
        QVERIFY(bar);
        const auto before = buttonPlaces(bar);
        QVERIFY(before.size() >= 6);
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        Component renamed = *m_window->document()->topology().component(edge);
        renamed.name = "an edge server with a long name indeed";
        QVERIFY(m_window->document()->changeComponents({renamed}, QStringLiteral("Rename edge01 to a long name")));
        QCoreApplication::processEvents();
        QCOMPARE(buttonPlaces(bar), before);
        QAction* undo = m_window->editActions()->undoAction();
        QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
        QVERIFY2(undo->text().contains(QStringLiteral("Rename edge01 to a long name")), qPrintable(undo->text()));
        QVERIFY2(undo->toolTip().contains(QStringLiteral("Rename edge01 to a long name")), qPrintable(undo->toolTip()));
        auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(undo));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        // And after an undo, Redo says "Redo" and stays where it was.
        undo->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(buttonPlaces(bar), before);
        QVERIFY(m_window->editActions()->redoAction()->toolTip().contains(QStringLiteral("long name")));
    }

    // A command that names "R&D": the menu shows the "&" (doubled, not an
    // accelerator), the tool tip says it as it is; in Japanese the button
    // says 元に戻す without the menu's "(&U)".
    void undoTextsKeepTheUsersAmpersand()
    {
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        Component renamed = *m_window->document()->topology().component(edge);
        renamed.name = "R&D";
        QVERIFY(m_window->document()->changeComponents({renamed}, QStringLiteral("Rename R&D")));
        QAction* undo = m_window->editActions()->undoAction();
        QVERIFY2(undo->text().endsWith(QStringLiteral("Rename R&&D")), qPrintable(undo->text()));
        QVERIFY2(undo->toolTip().startsWith(QStringLiteral("Undo Rename R&D (")), qPrintable(undo->toolTip()));
        QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
        installLanguage(Lang::Ja);
        m_window->setLanguage(Lang::Ja);
        QTRY_COMPARE(undo->iconText(), QStringLiteral("\u5143\u306b\u623b\u3059")); // 元に戻す
        QVERIFY2(!undo->toolTip().contains(QStringLiteral("(&")) && undo->toolTip().contains(QStringLiteral("R&D")),
                 qPrintable(undo->toolTip()));
        installLanguage(Lang::En);
        m_window->setLanguage(Lang::En);
    }

    // Ctrl+Y redoes, beside the platform's Ctrl+Shift+Z.
    void ctrlYRedoes()
    {
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        Component renamed = *m_window->document()->topology().component(edge);
        renamed.name = "edge99";
        QVERIFY(m_window->document()->changeComponents({renamed}, QStringLiteral("Rename")));
        focusCanvas();
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge01"));
        QTest::keyClick(m_window->view(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge99"));
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge99"));
        QVERIFY(m_window->editActions()->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    }

    // Typing in a field and Ctrl+Z takes the typing back (the plan is not
    // touched); after Tab commits the edit, Ctrl+Z from the next field
    // undoes it in the plan, and Ctrl+Y puts it back.
    void undoReachesThePlanFromAField()
    {
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        m_window->scene()->selectItems({edge}, {});
        QLineEdit* name = nameField();
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("edge01"));
        m_window->activateWindow();
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        const int commands = m_window->document()->undoStack()->count();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("edge77"));
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->undoStack()->count(), commands); // the typing, not the plan
        QCOMPARE(nameOf(*m_window, edge), std::string("edge01"));
        QVERIFY(name->text() != QStringLiteral("edge77"));

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("edge77"));
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge77"));
        QWidget* next = QApplication::focusWidget();
        QVERIFY(next && next != name);
        QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge01"));
        QTRY_COMPARE(nameField()->text(), QStringLiteral("edge01"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge77"));
    }

    // V and C pick the tools on the canvas; in a field they are letters.
    void singleKeysPickTheTools()
    {
        QAction* select = m_window->viewActions()->selectToolAction();
        QAction* connect = m_window->viewActions()->connectToolAction();
        focusCanvas();
        QTest::keyClick(m_window->view(), Qt::Key_C);
        QVERIFY(connect->isChecked());
        QCOMPARE(m_window->scene()->tool(), DiagramTool::Connect);
        QTest::keyClick(m_window->view(), Qt::Key_V);
        QVERIFY(select->isChecked());
        QCOMPARE(m_window->scene()->tool(), DiagramTool::Select);

        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        m_window->scene()->selectItems({edge}, {});
        QLineEdit* name = nameField();
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("cv"));
        QCOMPARE(name->text(), QStringLiteral("edge01cv"));
        QVERIFY(select->isChecked());
    }

    // Closing the window while a field is being typed in: the typing is the
    // plan's before the save prompt (which therefore asks), and nothing is
    // committed into a window half destroyed.
    void closingCommitsTheFieldFirst()
    {
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        m_window->scene()->selectItems({edge}, {});
        QLineEdit* name = nameField();
        m_window->activateWindow();
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("edge42"));
        QVERIFY(!m_window->document()->isModified());
        int prompts = 0;
        m_window->fileActions()->setSavePrompt([&](const QString&) {
            ++prompts;
            return FileActions::SaveChoice::Cancel;
        });
        QVERIFY(!m_window->close());
        QCOMPARE(prompts, 1);
        QCOMPARE(nameOf(*m_window, edge), std::string("edge42"));
        // Typing again, and the window destroyed without a close: no crash.
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("x"));
        m_window->document()->markSaved();
        m_window.reset();
    }

    // Two edge servers added from the palette are edge02 and edge03 (the
    // sample has edge01), and a partner takes its role's name: no two
    // components share a name.
    void newComponentsHaveNamesOfTheirOwn()
    {
        EditActions* edit = m_window->editActions();
        const Topology& topology = m_window->document()->topology();
        const size_t before = topology.components().size();
        edit->addComponentOfRole(QStringLiteral("edge-server"));
        edit->addComponentOfRole(QStringLiteral("edge-server"));
        edit->addComponentOfRole(QStringLiteral("xmpp-partner"));
        edit->addComponentOfRole(QStringLiteral("xmpp-partner"));
        QCOMPARE(topology.components().size(), before + 4);
        QVERIFY(test::componentNamed(topology, "edge02").isValid());
        QVERIFY(test::componentNamed(topology, "edge03").isValid());
        QVERIFY(test::componentNamed(topology, "XMPP federation partner").isValid());
        QVERIFY(test::componentNamed(topology, "XMPP federation partner 2").isValid());
        std::set<std::string> names;
        for (const auto& [id, c] : topology.components())
            QVERIFY2(names.insert(c.name).second, c.name.c_str());
        // The inspector shows the new one's name.
        QCOMPARE(nameField()->text(), QStringLiteral("XMPP federation partner 2"));
    }

    // The empty canvas's menu: Paste, Add Component Here (which adds at the
    // point, in the zone there), Select All, Zoom to Fit: the window's own
    // actions, not copies.
    void canvasMenuAddsHere()
    {
        ContextMenus* menus = m_window->contextMenus();
        const QRectF band = m_window->scene()->zoneLayout().bandRect("perimeter");
        const QPointF empty(band.center().x(), band.bottom() - 40);
        QVERIFY(!m_window->scene()->componentAt(empty));
        m_window->scene()->selectItems({}, {});
        const std::unique_ptr<QMenu> menu = menus->menuAt(empty);
        const QList<QAction*> actions = menu->actions();
        QVERIFY(actions.contains(m_window->editActions()->pasteAction()));
        QVERIFY(actions.contains(m_window->editActions()->selectAllAction()));
        QVERIFY(actions.contains(m_window->viewActions()->zoomToFitAction()));
        auto* add = menu->findChild<QMenu*>(QStringLiteral("addHereMenu"));
        QVERIFY(add);
        QAction* edge = nullptr;
        for (QAction* a : add->actions())
            if (a->data().toString() == QStringLiteral("edge-server"))
                edge = a;
        QVERIFY(edge);
        QCOMPARE(edge->text(), QStringLiteral("Edge Server"));
        edge->trigger();
        const Topology& topology = m_window->document()->topology();
        const ComponentId added = test::componentNamed(topology, "edge02");
        QVERIFY(added.isValid());
        QCOMPARE(topology.component(added)->zone, std::string("perimeter"));
        const QPointF snapped = m_window->scene()->snapPoint(empty);
        QCOMPARE(topology.component(added)->position.x, snapped.x());
        QCOMPARE(topology.component(added)->position.y, snapped.y());
        QCOMPARE(m_window->scene()->selectedComponents(), std::vector<ComponentId>{added});
    }

    // A right click on a component selects it and opens its menu; Show Its
    // Rules limits the rule table to its links' rows and raises the table.
    void componentMenuShowsItsRules()
    {
        const Topology& topology = m_window->document()->topology();
        const ComponentId rp = test::componentNamed(topology, "rp01");
        const QPointF at = m_window->scene()->componentItem(rp)->pos();
        // The view's own right click: the popup is closed as soon as it shows.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activePopupWidget());
            QApplication::activePopupWidget()->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, m_window->view()->mapFromScene(at),
                                m_window->view()->viewport()->mapToGlobal(m_window->view()->mapFromScene(at)));
        QCoreApplication::sendEvent(m_window->view()->viewport(), &event);
        QCOMPARE(m_window->scene()->selectedComponents(), std::vector<ComponentId>{rp});

        const std::unique_ptr<QMenu> menu = m_window->contextMenus()->menuAt(at);
        const QList<QAction*> actions = menu->actions();
        for (QAction* shared : {m_window->editActions()->renameAction(), m_window->editActions()->duplicateAction(),
                                m_window->editActions()->deleteAction(), m_window->editActions()->copyAction()})
            QVERIFY2(actions.contains(shared), qPrintable(shared->text()));
        QAction* rules = m_window->contextMenus()->showRulesAction();
        QVERIFY(actions.contains(rules) && rules->isEnabled());
        QVERIFY(actions.contains(m_window->contextMenus()->connectFromHereAction()));
        QVERIFY(actions.contains(m_window->contextMenus()->propertiesAction()));
        QVERIFY(!menu->findChild<QMenu*>(QStringLiteral("addMemberMenu"))); // no pool
        rules->trigger();
        RuleTableModel* model = m_window->ruleTable()->model();
        const std::vector<LinkId> links = topology.linksOf(rp);
        QCOMPARE(model->linksFilter().size(), links.size());
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const RowView& view = *model->rowAt(row);
            QVERIFY2(view.source.id == rp || view.destination.id == rp,
                     qPrintable(QString::fromStdString(view.source.component + " -> " + view.destination.component)));
        }
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("rulesDock"));
        QVERIFY(dock && dock->isVisible());
    }

    // Connect from Here: the next click on another component links them.
    void connectFromHereLinksOnClick()
    {
        Document* document = m_window->document();
        const Topology& topology = document->topology();
        const ComponentId edge = test::componentNamed(topology, "edge01");
        const ComponentId litware = test::componentNamed(topology, "Litware (XMPP)");
        const LinkId link = topology.linkBetween(edge, litware);
        QVERIFY(link.isValid());
        QVERIFY(document->removeItems({}, {link}));
        QVERIFY(!topology.linkBetween(edge, litware).isValid());
        m_window->scene()->selectItems({edge}, {});
        const QPointF edgeAt = m_window->scene()->componentItem(edge)->pos();
        const std::unique_ptr<QMenu> menu = m_window->contextMenus()->menuAt(edgeAt);
        m_window->contextMenus()->connectFromHereAction()->trigger();
        clickOn(litware);
        QVERIFY(topology.linkBetween(edge, litware).isValid());
    }

    // A pool's menu adds a member: one undo step, in the pool, named fe01.
    void poolMenuAddsAMember()
    {
        Document* document = m_window->document();
        const Topology& topology = document->topology();
        const ComponentId pool = test::componentNamed(topology, "fepool01");
        m_window->scene()->selectItems({pool}, {});
        const size_t members = topology.members(pool).size();
        const int steps = document->undoStack()->count();
        const std::unique_ptr<QMenu> menu =
            m_window->contextMenus()->menuAt(m_window->scene()->componentItem(pool)->pos());
        auto* add = menu->findChild<QMenu*>(QStringLiteral("addMemberMenu"));
        QVERIFY(add);
        QCOMPARE(add->actions().size(), 1);
        QCOMPARE(add->actions().first()->data().toString(), QStringLiteral("front-end-server"));
        add->actions().first()->trigger();
        QCOMPARE(topology.members(pool).size(), members + 1);
        const ComponentId member = topology.members(pool).back();
        QCOMPARE(members, size_t(0)); // the sample's pool has no member yet
        QCOMPARE(topology.component(member)->name, std::string("fe01"));
        QCOMPARE(topology.component(member)->role, std::string("front-end-server"));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        document->undoStack()->undo();
        QCOMPARE(topology.members(pool).size(), members);
    }

    // A link's menu: Show Its Rules (that link's rows) and Delete.
    void linkMenuShowsItsRules()
    {
        const Topology& topology = m_window->document()->topology();
        const ComponentId edge = test::componentNamed(topology, "edge01");
        const ComponentId pool = test::componentNamed(topology, "fepool01");
        const LinkId link = topology.linkBetween(edge, pool);
        QVERIFY(link.isValid());
        LinkItem* item = m_window->scene()->linkItem(link);
        const QPointF at = item->label()->sceneBoundingRect().center();
        QCOMPARE(m_window->scene()->linkAt(at), link);
        m_window->scene()->selectItems({}, {link});
        const std::unique_ptr<QMenu> menu = m_window->contextMenus()->menuAt(at);
        QVERIFY(menu->actions().contains(m_window->editActions()->deleteAction()));
        m_window->contextMenus()->showRulesAction()->trigger();
        RuleTableModel* model = m_window->ruleTable()->model();
        QCOMPARE(model->linkFilter(), link);
        QVERIFY(model->rowCount() > 0);
    }

    // A link the catalog has no rule for is refused where it was dropped (a
    // tool tip there, besides the status bar), in words that read right in
    // both languages: the two names, the two roles, what the first links with.
    void refusedLinkSaysWhyWhereItWasDropped()
    {
        Document* document = m_window->document();
        const Topology& topology = document->topology();
        const ComponentId fabrikam = test::componentNamed(topology, "Fabrikam (SIP federation)");
        const ComponentId litware = test::componentNamed(topology, "Litware (XMPP)");
        const size_t links = topology.links().size();
        m_window->scene()->beginConnectFrom(fabrikam);
        clickOn(litware);
        QCOMPARE(topology.links().size(), links);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("Fabrikam (SIP federation) and Litware (XMPP) were not linked")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("SIP federation partner")) &&
                     tip.contains(QStringLiteral("XMPP federation partner")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("links with: Edge Server")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral(" a External")) && !tip.contains(QStringLiteral(" a XMPP")));
        QCOMPARE(m_window->statusBar()->currentMessage(), tip);

        installLanguage(Lang::Ja);
        QString error;
        QVERIFY(!document->addLink(fabrikam, litware, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("SIP フェデレーション パートナー")) &&
                     error.contains(QStringLiteral("XMPP フェデレーション パートナー")) &&
                     error.contains(QStringLiteral("エッジ サーバー")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("were not linked")), qPrintable(error));
        installLanguage(Lang::En);
    }

    // The first window takes most of the screen; a plan opens fitted at a
    // zoom where its labels can be read, or at that zoom from its top left
    // when it is larger; opening another plan does not keep the last zoom.
    void plansOpenReadable()
    {
        DiagramView* view = m_window->view();
        const QRect screen = m_window->screen()->availableGeometry();
        QCOMPARE(m_window->width(), std::min(int(screen.width() * 0.85), 1600));
        const double opened = view->zoomFactor();
        QVERIFY2(opened >= kLegibleZoom && opened <= 1, qPrintable(QString::number(opened)));

        view->setZoomFactor(3);
        QVERIFY(m_window->fileActions()->openFile(QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/scaled-edge-hlb.edgeplan")));
        const double hlb = view->zoomFactor();
        QVERIFY2(hlb >= kLegibleZoom && hlb <= 1, qPrintable(QString::number(hlb)));

        // A plan far larger than the view: the legible zoom, its top left shown.
        auto large = generatePlan(m_window->document()->topology().catalogPtr(), {20, 40, 1});
        QVERIFY(m_window->document()->replaceTopology(*large, QStringLiteral("Generated")));
        QCOMPARE(view->zoomFactor(), kLegibleZoom);
        const QRectF seen = view->mapToScene(view->viewport()->rect()).boundingRect();
        const QRectF contents = m_window->scene()->contentsRect();
        QVERIFY2(seen.contains(contents.topLeft() + QPointF(20, 20)),
                 qPrintable(QStringLiteral("%1,%2 not in %3,%4 %5x%6").arg(contents.left()).arg(contents.top())
                                .arg(seen.left()).arg(seen.top()).arg(seen.width()).arg(seen.height())));
    }

    // At the first window's size on a 1600×1000 screen, the rule table, the
    // tool's main output, shows eight rows and more.
    void ruleTableShowsEightRows()
    {
        m_window->resize(1360, 850);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTableView* table = m_window->ruleTable()->view();
        QTRY_VERIFY(table->viewport()->height() > 0);
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(table->viewport()->height() / rowHeight >= 8,
                 qPrintable(QStringLiteral("%1 px / %2 px").arg(table->viewport()->height()).arg(rowHeight)));
    }

    // The rule table's columns by what they hold: Scenario and Reference in
    // a short form, the whole text in the tool tip and in copied rows;
    // Source, Destination and Note wide enough for every name they hold. A
    // width the user drags is the next window's too; the header's Fit
    // Columns to Contents forgets it.
    void ruleColumnsFitWhatTheyHold()
    {
        RuleTableDock* dock = m_window->ruleTable();
        QTableView* table = dock->view();
        const QAbstractItemModel* model = table->model();
        QVERIFY(model->rowCount() > 0);
        std::set<int> shortened;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const int column : {int(RuleTableModel::ScenarioColumn), int(RuleTableModel::ReferenceColumn)}) {
                const QModelIndex cell = model->index(row, column);
                const QString shown = cell.data().toString();
                const QString whole = cell.data(Qt::ToolTipRole).toString();
                QVERIFY(!shown.isEmpty());
                QVERIFY2(shown.size() <= whole.size(), qPrintable(shown + QStringLiteral(" / ") + whole));
                QCOMPARE(cell.data(RuleTableModel::FullTextRole).toString(), whole);
                if (shown != whole)
                    shortened.insert(column);
            }
        }
        QCOMPARE(shortened.size(), size_t(2)); // some row of each column
        const QModelIndex first = model->index(0, RuleTableModel::ReferenceColumn);
        QVERIFY(dock->rowsText().contains(first.data(Qt::ToolTipRole).toString()));

        const QFontMetrics metrics(table->font());
        for (const int column : {int(RuleTableModel::SourceColumn), int(RuleTableModel::DestinationColumn)}) {
            int widest = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                widest = std::max(widest, metrics.horizontalAdvance(model->index(row, column).data().toString()));
            QVERIFY2(table->columnWidth(column) >= widest,
                     qPrintable(QStringLiteral("column %1: %2 px for %3 px of text")
                                    .arg(column).arg(table->columnWidth(column)).arg(widest)));
        }

        // A drag on the handle at the right of Source.
        QHeaderView* header = table->horizontalHeader();
        const int column = RuleTableModel::SourceColumn;
        const int before = table->columnWidth(column);
        const int edge = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
        QTRY_VERIFY(table->columnWidth(column) > before + 30);
        const int dragged = table->columnWidth(column);
        QVERIFY(QSettings().contains(QStringLiteral("ruleTable/header")));
        // A language switch fits the columns again, but not the user's.
        dock->setLanguage(Lang::Ja);
        QCOMPARE(table->columnWidth(column), dragged);
        {
            RuleTableDock next(m_window->document());
            QCOMPARE(next.view()->columnWidth(column), dragged);
        }
        QAction* fit = header->findChild<QAction*>(QStringLiteral("fitRuleColumnsAction"));
        if (!fit)
            fit = dock->findChild<QAction*>(QStringLiteral("fitRuleColumnsAction"));
        QVERIFY(fit && header->actions().contains(fit));
        fit->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ruleTable/header")));
        QVERIFY(table->columnWidth(column) < dragged);
        dock->setLanguage(Lang::En);
    }

    // In the palette at its first width, a name longer than the row wraps
    // onto a second line: shown whole, not cut to "Public IM connectivity prov…".
    void paletteNamesAreWhole()
    {
        m_window->resize(1360, 850);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto* palette = m_window->findChild<QListWidget*>();
        QVERIFY(palette);
        QTRY_VERIFY(palette->viewport()->width() > 100);
        const QFontMetrics metrics(palette->font());
        int wrapped = 0;
        for (int i = 0; i < palette->count(); ++i) {
            QListWidgetItem* item = palette->item(i);
            const QRect rect = palette->visualItemRect(item);
            const int textWidth = metrics.horizontalAdvance(item->text());
            const int room = rect.width() - palette->iconSize().width() - 12;
            if (textWidth > room) {
                ++wrapped;
                QVERIFY2(rect.height() >= 2 * metrics.height(), qPrintable(item->text()));
            }
            QVERIFY(item->toolTip().contains(item->text()));
        }
        QVERIFY(wrapped >= 1); // the sample's catalog has such names
    }

    // The switches (scenarios, NAT, Port Numbers Only, Snap to Grid) are
    // buttons on or off, not flat text until hovered; so they stay after a
    // scenario is switched off and after another plan replaces this one.
    void switchesLookLikeSwitches()
    {
        const auto check = [this] {
            int toggles = 0;
            for (QToolBar* bar : m_window->findChildren<QToolBar*>())
                for (QAction* action : bar->actions()) {
                    if (!action->isCheckable() || action->actionGroup())
                        continue; // Select and Connect are one choice of tool
                    auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
                    QVERIFY2(button && !button->autoRaise(), qPrintable(action->text()));
                    ++toggles;
                }
            QVERIFY(toggles >= 6); // four scenarios, NAT, Port Numbers Only, Snap to Grid
        };
        check();
        QAction* scenario = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->isCheckable() && a->data().toString() == QStringLiteral("sip-federation"))
                scenario = a;
        QVERIFY(scenario && scenario->isChecked());
        scenario->trigger();
        QVERIFY(!scenario->isChecked());
        check();
        m_window->document()->markSaved(); // no save prompt
        QVERIFY(m_window->fileActions()->openFile(QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan")));
        check();
    }

    // The title names the sample shown, not "Untitled".
    void titleNamesTheSample()
    {
        FileActions* files = m_window->fileActions();
        QVERIFY(files->newProject());
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Untitled")), qPrintable(m_window->windowTitle()));
        QVERIFY(files->newFromSample());
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("federation-edge (sample)")),
                 qPrintable(m_window->windowTitle()));
        files->setSampleName(QStringLiteral("consolidated-edge-nat"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("consolidated-edge-nat (sample)")));
        QVERIFY(files->newProject());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled")));
    }

    // Every menu action with a key is on the page, with its keys; the
    // canvas's keys too; the dialog shows the rows.
    void shortcutsPageListsEveryKey()
    {
        const QList<QStringList> rows = ShortcutsDialog::rows(m_window->menuBar());
        QStringList keys;
        for (const QStringList& row : rows)
            keys << row.value(1) + QLatin1Char('=') + row.value(2);
        int withKeys = 0;
        for (QAction* menuAction : m_window->menuBar()->actions()) {
            const std::function<void(QMenu*)> walk = [&](QMenu* menu) {
                for (QAction* action : menu->actions()) {
                    if (action->menu()) {
                        walk(action->menu());
                        continue;
                    }
                    if (action->shortcuts().isEmpty())
                        continue;
                    ++withKeys;
                    const QString first = action->shortcuts().first().toString(QKeySequence::NativeText);
                    QVERIFY2(std::any_of(rows.begin(), rows.end(),
                                         [&](const QStringList& row) { return row.value(2).contains(first); }),
                             qPrintable(action->text() + QLatin1Char(' ') + first));
                }
            };
            if (menuAction->menu())
                walk(menuAction->menu());
        }
        QVERIFY(withKeys >= 20);
        // Redo: the platform's keys (the offscreen platform's include
        // Ctrl+Y already; X11's are Ctrl+Shift+Z) and Ctrl+Y, once.
        const QString redo = keys.filter(QRegularExpression(QStringLiteral("^Redo="))).value(0);
        QVERIFY2(redo.contains(QStringLiteral("Ctrl+Shift+Z")) && redo.count(QStringLiteral("Ctrl+Y")) == 1,
                 qPrintable(keys.join('\n')));
        QVERIFY(keys.contains(QStringLiteral("Select=V")));
        QVERIFY(keys.contains(QStringLiteral("Connect=C")));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QStringList& r) { return r.value(2) == "Esc"; }));

        m_window->findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
        auto* dialog = m_window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcuts"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(rows.size()));
        dialog->close();
    }

    // The inspector shows an interface's NAT, service FQDN and listening
    // port only where they mean something: on the edge's external
    // interfaces, not on a remote user out on the Internet.
    void inspectorShowsTheFieldsOfTheRole()
    {
        const Topology& plan = m_window->document()->topology();
        auto fieldsOf = [&](const char* name) {
            m_window->scene()->selectItems({test::componentNamed(plan, name)}, {});
            QStringList names;
            for (const QLineEdit* edit : m_window->inspector()->componentForm()->findChildren<QLineEdit*>())
                names << edit->objectName();
            return names;
        };
        const QStringList edge = fieldsOf("edge01");
        for (const char* field : {"address:access-edge", "nat:access-edge", "fqdn:access-edge", "port:access-edge",
                                  "address:internal"})
            QVERIFY2(edge.contains(QLatin1String(field)), qPrintable(edge.join(' ')));
        QVERIFY2(!edge.contains(QStringLiteral("nat:internal")), qPrintable(edge.join(' ')));
        const QStringList client = fieldsOf("Remote users");
        QVERIFY2(client.contains(QStringLiteral("address:public")), qPrintable(client.join(' ')));
        for (const char* field : {"nat:public", "fqdn:public", "port:public"})
            QVERIFY2(!client.contains(QLatin1String(field)), qPrintable(client.join(' ')));
    }

    // Help > Getting Started (F1) in both languages: every step names its
    // command as the window's menus have it, menu path and keys, so the
    // page cannot name a menu or a key the window lacks; no accelerator, no
    // placeholder and no English sentence left on the Japanese page.
    void gettingStartedNamesTheWindowsCommands()
    {
        const QList<const QAction*> commands{
            m_window->fileActions()->newAction(),
            m_window->fileActions()->openAction(),
            m_window->viewActions()->connectToolAction(),
            m_window->editActions()->undoAction(),
            m_window->findChild<QAction*>(QStringLiteral("exportAction")),
            m_window->findChild<QAction*>(QStringLiteral("presentAction")),
            m_window->findChild<QAction*>(QStringLiteral("shortcutsAction")),
        };
        for (const Lang lang : {Lang::En, Lang::Ja}) {
            m_window->setLanguage(lang);
            auto* action = m_window->findChild<QAction*>(QStringLiteral("gettingStartedAction"));
            QVERIFY(action);
            // The menus take the language when its change event arrives.
            QTRY_COMPARE(action->text(), lang == Lang::Ja ? QStringLiteral("はじめに(&G)") : QStringLiteral("&Getting Started"));
            QVERIFY(action->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
            action->trigger();
            auto* dialog = m_window->findChild<GettingStartedDialog*>(QStringLiteral("gettingStartedDialog"));
            QVERIFY(dialog && dialog->isVisible());
            const QString text = dialog->findChild<QTextBrowser*>(QStringLiteral("gettingStartedText"))->toPlainText();
            for (const QAction* command : commands) {
                QVERIFY(command);
                const QString said = GettingStartedDialog::commandText(m_window->menuBar(), command);
                QVERIFY2(text.contains(said), qPrintable(said + QLatin1String(" not in:\n") + text));
                // Found in a menu, with its keys as the action has them.
                QVERIFY2(said.contains(QStringLiteral(" > ")), qPrintable(said));
                if (!command->shortcut().isEmpty())
                    QVERIFY2(said.contains(command->shortcut().toString(QKeySequence::NativeText)), qPrintable(said));
            }
            QVERIFY2(!text.contains(QLatin1Char('&')) && !text.contains(QStringLiteral("%1")), qPrintable(text));
            // Commands by name, not as a menu writes them ("開く(O)...").
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\S\\([A-Z]\\)"))) &&
                         !text.contains(QStringLiteral("...")),
                     qPrintable(text));
            if (lang == Lang::Ja) {
                QCOMPARE(dialog->windowTitle(), QStringLiteral("はじめに"));
                QVERIFY(text.contains(QStringLiteral("最初のプラン")));
                QVERIFY2(!text.contains(QStringLiteral("Drag a component")) && !text.contains(QStringLiteral("steps through")),
                         qPrintable(text));
                QVERIFY2(GettingStartedDialog::commandText(m_window->menuBar(), commands[0]).contains(QStringLiteral("ファイル")), qPrintable(GettingStartedDialog::commandText(m_window->menuBar(), commands[0])));
            } else {
                QCOMPARE(dialog->windowTitle(), QStringLiteral("Getting Started"));
                QVERIFY(text.contains(QStringLiteral("File > New")));
            }
            delete dialog; // not deleteLater: the next language looks for a dialog again
        }
        m_window->setLanguage(Lang::En);
    }
};

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
