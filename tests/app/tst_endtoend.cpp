// The end-to-end check: the document's deployment built from an
// empty page with simulated mouse and keyboard input alone (palette drops,
// the Connect tool, typing in the inspector) gives the sample's rule tables.

#include "diagram/DiagramScene.h"
#include "diagram/DiagramTypes.h"
#include "diagram/DiagramView.h"
#include "document/Document.h"
#include "export/TableExport.h"
#include "panels/InspectorWidget.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace edgeplan;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    static void typeInto(QLineEdit* edit, const std::string& text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QString::fromStdString(text));
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static bool dropRole(MainWindow& window, const std::string& role, QPointF scenePos)
    {
        QWidget* viewport = window.view()->viewport();
        QMimeData data;
        data.setData(QLatin1String(kRoleMimeType), QByteArray::fromStdString(role));
        const QPoint pos = window.view()->mapFromScene(scenePos);
        QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

    static void clickToolButton(MainWindow& window, const QString& text)
    {
        for (QToolBar* bar : window.findChildren<QToolBar*>()) {
            for (QAction* action : bar->actions()) {
                if (action->text().remove('&') != text)
                    continue;
                auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
                QVERIFY(button);
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no tool button %1").arg(text)));
    }

    static void dragBetween(MainWindow& window, QPointF fromScene, QPointF toScene)
    {
        QWidget* viewport = window.view()->viewport();
        const QPoint from = window.view()->mapFromScene(fromScene);
        const QPoint to = window.view()->mapFromScene(toScene);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(viewport, from + (to - from) * step / 5);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildTheSampleFromAnEmptyPage()
    {
        static const Catalogs catalogs = Catalogs::builtIn();
        const auto sample = test::loadSample();
        auto empty = std::make_unique<Topology>(sample->catalogPtr());
        for (const Scenario& scenario : sample->catalog().scenarios)
            empty->setScenarioEnabled(scenario.id, true);
        MainWindow window(catalogs, std::move(empty), QString());
        window.resize(1800, 1200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.view()->setZoomFactor(0.5);
        window.view()->centerOn(700, 450);

        // Palette drops, then the inspector typed into, one component at a time.
        std::map<ComponentId, ComponentId> built; // sample id → new id
        for (const auto& [id, component] : sample->components()) {
            const QPointF at(component.position.x, component.position.y);
            QVERIFY(dropRole(window, component.role, at));
            const auto selected = window.scene()->selectedComponents();
            QCOMPARE(selected.size(), size_t(1));
            const ComponentId newId = selected.front();
            built[id] = newId;
            QCOMPARE(window.document()->topology().component(newId)->zone, component.zone);
            typeInto(window.inspector()->findChild<QLineEdit*>(QStringLiteral("name")), component.name);
            if (!component.fqdn.empty())
                typeInto(window.inspector()->findChild<QLineEdit*>(QStringLiteral("fqdn")), component.fqdn);
            for (const auto& [iface, addresses] : component.interfaces)
                typeInto(window.inspector()->findChild<QLineEdit*>(
                             QStringLiteral("address:%1").arg(QString::fromStdString(iface))),
                         addresses.address);
            const Component* made = window.document()->topology().component(newId);
            QCOMPARE(made->name, component.name);
            QCOMPARE(made->interfaces, component.interfaces);
        }

        // The Connect tool, then a drag from each component to its partner.
        clickToolButton(window, QStringLiteral("Connect"));
        QCOMPARE(window.scene()->tool(), DiagramTool::Connect);
        for (const auto& [id, link] : sample->links()) {
            const Component* a = sample->component(link.a);
            const Component* b = sample->component(link.b);
            dragBetween(window, {a->position.x, a->position.y}, {b->position.x, b->position.y});
            QVERIFY2(window.document()->topology().linkBetween(built[link.a], built[link.b]).isValid(),
                     (a->name + " - " + b->name).c_str());
        }

        const Topology& result = window.document()->topology();
        QCOMPARE(result.components().size(), sample->components().size());
        QCOMPARE(result.links().size(), sample->links().size());
        QCOMPARE(deriveTables(result).ruleCount(), size_t(10));
        for (Lang lang : {Lang::En, Lang::Ja})
            QCOMPARE(exportRulesCsv(result, {lang, {}, false}), exportRulesCsv(*sample, {lang, {}, false}));
        // Every step was one undo step: undoing everything gives the empty page back.
        while (window.document()->undoStack()->canUndo())
            window.document()->undoStack()->undo();
        QVERIFY(window.document()->topology().components().empty());
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
