// The Problems panel follows the document: edits and undo change its rows,
// double-click names the components of a finding, both languages.

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "tables/ProblemsDock.h"
#include "TestSupport.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTextDocument>
#include <QTreeView>
#include <QtTest>

using namespace edgeplan;

class TestProblemsDock : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const FindingsModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(FindingsModel::CodeRole).toString();
        return result;
    }

    static int rowOf(const FindingsModel& model, const QString& code)
    {
        return int(codes(model).indexOf(code));
    }

    static void moveToZone(Document& document, const char* name, const char* zone)
    {
        Component edge = *document.topology().component(test::componentNamed(document.topology(), name));
        edge.zone = zone;
        QVERIFY(document.changeComponents({edge}, QStringLiteral("Move")));
    }

private Q_SLOTS:
    void showsTheSamplesFindings()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        const FindingsModel& model = *dock.model();
        QCOMPARE(codes(model), (QStringList{"role.retired", "port.443-shared"}));
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(0, FindingsModel::ComponentsColumn).data().toString(),
                 QStringLiteral("Live Messenger client"));
        QVERIFY(model.index(0, FindingsModel::MessageColumn).data().toString().contains(QStringLiteral("Skype")));
        QVERIFY(!model.index(1, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(1, FindingsModel::SeverityColumn).data(FindingsModel::SeverityRole).toInt(),
                 int(Severity::Information));
    }

    void followsEditsAndUndo()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        const FindingsModel& model = *dock.model();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(rowOf(model, "component.wrong-zone"), -1);

        // The new findings come in as rows (#23): the list is not reset, so
        // a selection outside them stays.
        moveToZone(document, "edge01", "internal");
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 1);
        // Errors come first: the wrong zone heads the list.
        QCOMPARE(rowOf(model, "component.wrong-zone"), 0);
        QCOMPARE(model.index(0, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(model.index(0, FindingsModel::ComponentsColumn).data().toString(), QStringLiteral("edge01"));
        QVERIFY(rowOf(model, "link.crosses-firewalls") > 0);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(FindingsModel::SeverityRole).toInt(),
                 int(Severity::Information));

        document.undoStack()->undo();
        QCOMPARE(rowOf(model, "component.wrong-zone"), -1);
        QCOMPARE(rowOf(model, "link.crosses-firewalls"), -1);
        QCOMPARE(codes(model), (QStringList{"role.retired", "port.443-shared"}));

        document.undoStack()->redo();
        QCOMPARE(rowOf(model, "component.wrong-zone"), 0);
    }

    void followsScenariosAndRemovals()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        const FindingsModel& model = *dock.model();
        QVERIFY(document.setScenarioEnabled("public-im", false));
        QCOMPARE(rowOf(model, "port.443-shared"), -1);
        QVERIFY(rowOf(model, "component.scenario-off") >= 0);
        document.undoStack()->undo();
        const ComponentId messenger = test::componentNamed(document.topology(), "Live Messenger client");
        QVERIFY(document.removeItems({messenger}, {}));
        QCOMPARE(rowOf(model, "role.retired"), -1);
    }

    void followsAnFqdnEdit()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        Component partner =
            *document.topology().component(test::componentNamed(document.topology(), "Litware (XMPP)"));
        partner.fqdn = "access.example.com";
        QVERIFY(document.changeComponents({partner}, QStringLiteral("FQDN")));
        QVERIFY(rowOf(*dock.model(), "fqdn.duplicate") >= 0);
    }

    void aMoveKeepsTheRows()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        QSignalSpy resets(dock.model(), &QAbstractItemModel::modelReset);
        Component edge = *document.topology().component(test::componentNamed(document.topology(), "edge01"));
        edge.position.x += 40;
        QVERIFY(document.changeComponents({edge}, QStringLiteral("Move")));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(dock.model()->rowCount(), 2);
    }

    void followsAReset()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        document.resetTopology(std::make_unique<Topology>(document.topology().catalogPtr()));
        QCOMPARE(dock.model()->rowCount(), 0);
    }

    void speaksJapanese()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        QSignalSpy headers(dock.model(), &QAbstractItemModel::headerDataChanged);
        dock.setLanguage(Lang::Ja);
        QCOMPARE(headers.count(), 1);
        const FindingsModel& model = *dock.model();
        QCOMPARE(model.headerData(FindingsModel::MessageColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("メッセージ"));
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("警告"));
        QVERIFY(model.index(0, FindingsModel::MessageColumn).data().toString().contains(QStringLiteral("中国本土")));
        QVERIFY(model.index(1, FindingsModel::MessageColumn).data().toString().contains(
            QStringLiteral("アクセス エッジ サービス")));
    }

    void doubleClickNamesTheComponents()
    {
        Document document(test::loadSample());
        ProblemsDock dock(&document);
        dock.resize(800, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy spy(&dock, &ProblemsDock::componentsActivated);
        QTreeView* view = dock.view();
        const QRect rect = view->visualRect(dock.model()->index(1, FindingsModel::MessageColumn));
        QVERIFY(rect.isValid());
        // A real double-click starts with a click: the view activates the item it pressed.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(spy.count(), 1);
        const auto ids = spy.at(0).at(0).value<std::vector<ComponentId>>();
        QCOMPARE(ids, std::vector<ComponentId>{test::componentNamed(document.topology(), "edge01")});
    }

    // The colour of one pixel inside a component's badge.
    static QColor badgePixel(DiagramScene& scene, ComponentId id)
    {
        ComponentItem* item = scene.componentItem(id);
        const QRectF badge = item->mapRectToScene(item->badgeRect());
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 64, 64), badge.adjusted(-24, -24, 24, 24));
        painter.end();
        // Just left of the glyph, inside the circle or triangle.
        return image.pixelColor(32 - 5, 32 + 3);
    }

    // The badge's colour, or an invalid colour when the item shows no badge
    // (the pixel is the same with the badges off).
    static QColor badgeColour(DiagramScene& scene, ComponentId id)
    {
        const bool visible = scene.badgesVisible();
        scene.setBadgesVisible(true);
        const QColor on = badgePixel(scene, id);
        scene.setBadgesVisible(false);
        const QColor off = badgePixel(scene, id);
        scene.setBadgesVisible(visible);
        return on == off ? QColor() : on;
    }

    void canvasItemsCarryTheWorstSeverity()
    {
        Document document(test::loadSample());
        DiagramScene scene(&document);
        const ComponentId edge = test::componentNamed(document.topology(), "edge01");
        const ComponentId messenger = test::componentNamed(document.topology(), "Live Messenger client");
        const ComponentId partner = test::componentNamed(document.topology(), "Fabrikam (SIP federation)");
        // The sample: a warning on Messenger, the information that 443 is shared on the edge.
        QVERIFY(!scene.worstSeverity(partner));
        QCOMPARE(scene.worstSeverity(messenger), std::optional(Severity::Warning));
        QCOMPARE(scene.worstSeverity(edge), std::optional(Severity::Information));
        QVERIFY(scene.componentItem(messenger)->toolTip().contains(QStringLiteral("Skype")));
        QVERIFY(scene.componentItem(partner)->toolTip().isEmpty());
        const QColor amber = badgeColour(scene, messenger);
        QVERIFY2(amber.red() > 200 && amber.green() > 120 && amber.blue() < 80, qPrintable(amber.name()));
        const QColor blue = badgeColour(scene, edge);
        QVERIFY2(blue.blue() > 180 && blue.red() < 80, qPrintable(blue.name()));
        QVERIFY(!badgeColour(scene, partner).isValid());

        // An error outranks the information on the same component, and undo takes it away.
        moveToZone(document, "edge01", "internal");
        QCOMPARE(scene.worstSeverity(edge), std::optional(Severity::Error));
        QVERIFY(scene.componentItem(edge)->toolTip().contains(QStringLiteral("Error")));
        const QColor red = badgeColour(scene, edge);
        QVERIFY2(red.red() > 150 && red.green() < 80 && red.blue() < 80, qPrintable(red.name()));
        document.undoStack()->undo();
        QCOMPARE(scene.worstSeverity(edge), std::optional(Severity::Information));
        QCOMPARE(badgeColour(scene, edge), blue);

        // The tooltip follows the language; exports switch the badges off.
        scene.setLanguage(Lang::Ja);
        QVERIFY(scene.componentItem(messenger)->toolTip().contains(QStringLiteral("Skype")));
        // Shown as text (plainToolTip), not taken for markup.
        QTextDocument shown;
        shown.setHtml(scene.componentItem(messenger)->toolTip());
        QVERIFY(shown.toPlainText().startsWith(QStringLiteral("警告")));
        scene.setBadgesVisible(false);
        QVERIFY(badgePixel(scene, messenger) != amber);
    }

    void aReopenedPlanKeepsItsBadges()
    {
        Document document(test::loadSample());
        DiagramScene scene(&document);
        document.resetTopology(test::loadSample());
        const ComponentId messenger = test::componentNamed(document.topology(), "Live Messenger client");
        QCOMPARE(scene.worstSeverity(messenger), std::optional(Severity::Warning));
        QVERIFY(!scene.componentItem(messenger)->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestProblemsDock)
#include "tst_problemsdock.moc"
