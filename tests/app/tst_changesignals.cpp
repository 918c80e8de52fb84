// What one edit makes the window do: the Document's change signals say
// what changed, and every panel does the work of that change and no more.
// A rename changes no rule: no label is derived again, the rule table moves
// and repaints its rows without a reset, verification colours stay, the DNS
// records are derived once. After every kind of edit, each panel shows what
// a panel built afresh on the same plan would.

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/LinkItem.h"
#include "document/Document.h"
#include "naming/Naming.h"
#include "naming/NamingDock.h"
#include "rules/RuleEngine.h"
#include "rules/TableView.h"
#include "RuleTableChecks.h"
#include "support/Catalogs.h"
#include "tables/RuleTableDock.h"
#include "tables/ListTableModel.h"
#include "tables/RuleTableModel.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>
#include <map>
#include <set>

using namespace edgeplan;
using edgeplan::test::componentNamed;

namespace {

// How often each link item derived its label from the rules, so far.
std::map<LinkId, int> derivations(const DiagramScene& scene, const Topology& plan)
{
    std::map<LinkId, int> counts;
    for (const auto& [id, link] : plan.links())
        if (const LinkItem* item = scene.linkItem(id))
            counts[id] = item->ruleDerivations();
    return counts;
}

} // namespace

// ListTableModel on plain numbers: what replaceRows announces.
class Numbers : public ListTableModel<int>
{
public:
    explicit Numbers(std::vector<int> rows) : ListTableModel(nullptr, 2, std::move(rows), nullptr) {}
    bool replace(const std::vector<int>& next) { return replaceRows(next); }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole && rowAt(index.row()) ? QVariant(*rowAt(index.row())) : QVariant();
    }
};

class TestChangeSignals : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document* document() const { return m_window->document(); }
    RuleTableModel* rules() const { return m_window->ruleTable()->model(); }

    // Every panel against what it would show if built now: the rule table
    // row by row in table order, each link's label, the DNS and certificate
    // panels' row counts.
    QString mismatch() const
    {
        const Topology& plan = document()->topology();
        if (const QString rows = test::ruleTableMismatch(*rules(), rowViews(plan, deriveTables(plan), Lang::En));
            !rows.isEmpty())
            return rows;
        // Every row names a link of the plan.
        for (int row = 0; row < rules()->rowCount(); ++row)
            if (!plan.link(rules()->rowAt(row)->link))
                return QStringLiteral("rule table row %1 names a link the plan lacks").arg(row);
        const DiagramScene& scene = *m_window->scene();
        for (const auto& [id, link] : plan.links()) {
            const LinkItem* item = scene.linkItem(id);
            if (!item)
                return QStringLiteral("link %1 has no item").arg(id.value);
            const QStringList fresh = formatLinkLabel(linkLabel(plan, id), scene.labelMode(),
                                                      scene.componentItem(link.a)->pos(),
                                                      scene.componentItem(link.b)->pos());
            if (item->label()->lines() != fresh)
                return QStringLiteral("link %1 reads '%2', its rules '%3'")
                    .arg(id.value)
                    .arg(item->label()->lines().join(QLatin1Char('|')), fresh.join(QLatin1Char('|')));
        }
        if (m_window->dnsTable()->model()->rowCount() != int(deriveDnsRecords(plan).size()))
            return QStringLiteral("the DNS panel is behind the plan");
        if (m_window->certificateTable()->model()->rowCount() != int(deriveCertificates(plan).size()))
            return QStringLiteral("the certificate panel is behind the plan");
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>(test::builtInCatalogs(), test::loadBundledSample("scaled-edge-hlb.edgeplan"),
                                                QString());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(mismatch(), QString());
    }

    void cleanup() { m_window.reset(); }

    void renameChangesNoRule()
    {
        const Topology& plan = document()->topology();
        const ComponentId edge = componentNamed(plan, "edge01");
        QVERIFY(edge.isValid());
        m_window->scene()->selectItems({edge}, {});
        // Colours from a verification run: every link passed.
        std::map<LinkId, LinkCheck> checks;
        for (const auto& [id, link] : plan.links())
            checks[id] = LinkCheck::Passed;
        m_window->scene()->setLinkChecks(checks);
        // A row of edge01's, selected in the rule table.
        QTableView* view = m_window->ruleTable()->findChild<QTableView*>();
        QVERIFY(view);
        int edgeRow = -1;
        for (int row = 0; row < rules()->rowCount() && edgeRow < 0; ++row)
            if (rules()->rowAt(row)->source.id == edge)
                edgeRow = row;
        QVERIFY(edgeRow >= 0);
        const std::string selectedRule = rules()->rowAt(edgeRow)->ruleId;
        const ComponentId selectedDestination = rules()->rowAt(edgeRow)->destination.id;
        view->selectionModel()->select(view->model()->index(edgeRow, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        const std::map<LinkId, int> before = derivations(*m_window->scene(), plan);
        const int namingBefore = document()->namingDerivations();
        QSignalSpy resets(rules(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(rules(), &QAbstractItemModel::layoutChanged);
        QSignalSpy repainted(rules(), &QAbstractItemModel::dataChanged);
        QSignalSpy dnsResets(m_window->dnsTable()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(document(), &Document::rulesChanged);
        QSignalSpy names(document(), &Document::namesChanged);

        // "zz-edge01" sorts after every other end: its rows move down.
        Component renamed = *plan.component(edge);
        renamed.name = "zz-edge01";
        QVERIFY(document()->changeComponents({renamed}, QStringLiteral("Rename")));

        QCOMPARE(changes.count(), 1);
        const auto change = changes.first().first().value<RulesChange>();
        QVERIFY(!change.all);
        QVERIFY(change.links.empty()); // no link's rows differ
        QCOMPARE(change.components, std::vector<ComponentId>{edge});
        QVERIFY(change.readdressed.empty());
        QCOMPARE(names.count(), 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(moved.count() + repainted.count() >= 1);
        QCOMPARE(derivations(*m_window->scene(), plan), before);
        for (const auto& [id, link] : plan.links())
            QCOMPARE(m_window->scene()->linkCheck(id), LinkCheck::Passed);
        QCOMPARE(dnsResets.count(), 0);
        QCOMPARE(document()->namingDerivations(), namingBefore + 1);
        // The selected row followed its rule to its new place.
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        const RowView* row = rules()->rowAt(view->model()->index(selected.first().row(), 0).row());
        QVERIFY(row);
        QCOMPARE(row->ruleId, selectedRule);
        QCOMPARE(row->destination.id, selectedDestination);
        QCOMPARE(row->source.component, std::string("zz-edge01"));
        QCOMPARE(mismatch(), QString());

        // Undo is a rename too.
        document()->undoStack()->undo();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(derivations(*m_window->scene(), plan), before);
        QCOMPARE(mismatch(), QString());
    }

    void moveDerivesNothing()
    {
        const Topology& plan = document()->topology();
        const ComponentId edge = componentNamed(plan, "edge01");
        const std::map<LinkId, int> before = derivations(*m_window->scene(), plan);
        const int namingBefore = document()->namingDerivations();
        QSignalSpy changes(document(), &Document::rulesChanged);
        QSignalSpy names(document(), &Document::namesChanged);
        Component moved = *plan.component(edge);
        moved.position.y += 40;
        QVERIFY(document()->changeComponents({moved}, QStringLiteral("Move")));
        QCOMPARE(changes.count(), 0);
        QCOMPARE(names.count(), 0);
        QCOMPARE(derivations(*m_window->scene(), plan), before);
        QCOMPARE(document()->namingDerivations(), namingBefore);
        QCOMPARE(mismatch(), QString());
    }

    // A new address changes what was verified of the component's links (a
    // member's: its pool's), and the rows that show it, but no link's rules.
    void newAddressDropsWhatWasVerified()
    {
        const Topology& plan = document()->topology();
        const ComponentId fe = componentNamed(plan, "fe01");
        QVERIFY(fe.isValid());
        std::map<LinkId, LinkCheck> checks;
        for (const auto& [id, link] : plan.links())
            checks[id] = LinkCheck::Passed;
        m_window->scene()->setLinkChecks(checks);
        Component changed = *plan.component(fe);
        QVERIFY(!changed.interfaces.empty());
        changed.interfaces.begin()->second.address = "10.0.0.99";
        QSignalSpy changes(document(), &Document::rulesChanged);
        QVERIFY(document()->changeComponents({changed}, QStringLiteral("Address")));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().first().value<RulesChange>().readdressed, std::vector<ComponentId>{fe});
        std::vector<LinkId> linksOfFe = plan.linksOf(fe);
        const std::vector<LinkId> linksOfPool = plan.linksOf(plan.component(fe)->pool);
        linksOfFe.insert(linksOfFe.end(), linksOfPool.begin(), linksOfPool.end());
        QVERIFY(!linksOfFe.empty());
        QVERIFY(linksOfFe.size() < plan.links().size());
        for (const auto& [id, link] : plan.links()) {
            const bool ofFe = std::find(linksOfFe.begin(), linksOfFe.end(), id) != linksOfFe.end();
            QCOMPARE(m_window->scene()->linkCheck(id), ofFe ? LinkCheck::None : LinkCheck::Passed);
        }
        QCOMPARE(mismatch(), QString());
    }

    // Edits of every kind, undone and redone: the panels follow each one,
    // only the links whose rows differ derive their labels again, and the
    // DNS records are derived at most once per step.
    void everyEditKeepsThePanelsCurrent()
    {
        const Topology& plan = document()->topology();
        const ComponentId edge = componentNamed(plan, "edge01");
        const ComponentId pool = componentNamed(plan, "edgepool01");
        const ComponentId fe = componentNamed(plan, "fe02");
        QVERIFY(edge.isValid() && pool.isValid() && fe.isValid());
        QSignalSpy changes(document(), &Document::rulesChanged);
        std::vector<std::function<bool()>> edits = {
            [&] {
                Component c = *plan.component(fe);
                c.name = "aa-fe02";
                return document()->changeComponents({c}, QStringLiteral("Rename"));
            },
            [&] { return document()->setScenarioEnabled("sip-federation", true); },
            [&] { return document()->removeItems({edge}, {}); },
            [&] {
                const ComponentId added =
                    document()->addComponent("sip-federation-partner", "external", {900, 120});
                return added.isValid() && document()->addLink(pool, added).isValid();
            },
            [&] { return document()->setScenarioEnabled("public-im", true); },
            [&] { return document()->setScenarioEnabled("sip-federation", false); },
            [&] {
                const ComponentId added = document()->addComponent("edge-server", "perimeter", {700, 300});
                return added.isValid() && document()->addLink(added, fe).isValid();
            },
        };
        for (size_t i = 0; i < edits.size(); ++i) {
            const std::map<LinkId, int> before = derivations(*m_window->scene(), plan);
            const int namingBefore = document()->namingDerivations();
            changes.clear();
            QVERIFY2(edits[i](), qPrintable(QStringLiteral("edit %1").arg(i)));
            QVERIFY2(mismatch().isEmpty(), qPrintable(QStringLiteral("edit %1: ").arg(i) + mismatch()));
            QVERIFY(document()->namingDerivations() - namingBefore <= int(changes.count()) + 1);
            bool all = false;
            std::set<LinkId> told;
            for (const QList<QVariant>& args : changes) {
                const auto change = args.first().value<RulesChange>();
                all = all || change.all;
                told.insert(change.links.begin(), change.links.end());
            }
            if (!all)
                for (const auto& [id, count] : derivations(*m_window->scene(), plan)) {
                    const auto old = before.find(id);
                    if (old != before.end() && count != old->second)
                        QVERIFY2(told.count(id), qPrintable(QStringLiteral("edit %1: link %2 derived again "
                                                                           "though its rows stayed")
                                                                .arg(i)
                                                                .arg(id.value)));
                }
        }
        while (document()->undoStack()->canUndo()) {
            document()->undoStack()->undo();
            QVERIFY2(mismatch().isEmpty(), qPrintable(QStringLiteral("undo: ") + mismatch()));
        }
        while (document()->undoStack()->canRedo()) {
            document()->undoStack()->redo();
            QVERIFY2(mismatch().isEmpty(), qPrintable(QStringLiteral("redo: ") + mismatch()));
        }
    }

    // The panels' models replace what changed and keep the rest: no reset,
    // a kept row keeps its index, and the rows end as the new list.
    void listModelsReplaceOnlyWhatChanged_data()
    {
        QTest::addColumn<std::vector<int>>("next");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("changed"); // rows repainted in place
        QTest::newRow("the same") << std::vector<int>{1, 2, 3, 4, 5} << 0 << 0 << 0;
        QTest::newRow("one in the middle changes") << std::vector<int>{1, 2, 9, 4, 5} << 0 << 0 << 1;
        QTest::newRow("one comes in") << std::vector<int>{1, 2, 3, 9, 4, 5} << 1 << 0 << 0;
        QTest::newRow("one goes") << std::vector<int>{1, 2, 4, 5} << 0 << 1 << 0;
        QTest::newRow("a row moves down (a rename)") << std::vector<int>{1, 3, 4, 2, 5} << 0 << 0 << 3;
        QTest::newRow("all go") << std::vector<int>{} << 0 << 5 << 0;
        QTest::newRow("another list") << std::vector<int>{7, 8} << 2 << 5 << 0;
    }

    void listModelsReplaceOnlyWhatChanged()
    {
        QFETCH(std::vector<int>, next);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, changed);
        Numbers model({1, 2, 3, 4, 5});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex first = model.index(0, 0);
        const QPersistentModelIndex last = model.index(4, 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy repaints(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.replace(next), inserted + removed + changed > 0);
        QCOMPARE(model.rows(), next);
        QCOMPARE(resets.count(), 0);
        auto rowsOf = [](const QSignalSpy& spy) {
            int rows = 0;
            for (const QList<QVariant>& signal : spy)
                rows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
            return rows;
        };
        QCOMPARE(rowsOf(inserts), inserted);
        QCOMPARE(rowsOf(removes), removed);
        int repainted = 0;
        for (const QList<QVariant>& signal : repaints)
            repainted += signal.at(1).toModelIndex().row() - signal.at(0).toModelIndex().row() + 1;
        QCOMPARE(repainted, changed);
        // The head and the tail keep their places.
        if (!next.empty() && next.front() == 1)
            QCOMPARE(first.row(), 0);
        if (!next.empty() && next.back() == 5)
            QCOMPARE(last.row(), int(next.size()) - 1);
    }
};

QTEST_MAIN(TestChangeSignals)
#include "tst_changesignals.moc"
