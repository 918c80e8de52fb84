// The Problems panel follows the document: edits and undo change its rows,
// double-click names the components of a finding, both languages.

#include "Document.h"
#include "ProblemsDock.h"
#include "TestSupport.h"

#include <QSignalSpy>
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
        QCOMPARE(rowOf(model, "component.wrong-zone"), -1);

        moveToZone(document, "edge01", "internal");
        QCOMPARE(resets.count(), 1);
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
};

QTEST_MAIN(TestProblemsDock)
#include "tst_problemsdock.moc"
