// Incremental derivation: after every edit of a scripted series, the tables
// kept by TableIndex (and by the Document, through its undo commands) are
// the tables a full derivation gives. A correctness test, not a timing.

#include "document/Document.h"
#include "plan/Generator.h"
#include "rules/RuleEngine.h"
#include "TestSupport.h"

#include <QTest>

using namespace edgeplan;

namespace {

// Row for row, the same tables (firewall, binding, direction, crossing).
bool sameTables(const RuleTables& a, const RuleTables& b, QString* why)
{
    if (a.unfiltered != b.unfiltered) {
        *why = QStringLiteral("unfiltered rows differ (%1 against %2)").arg(a.unfiltered.size()).arg(b.unfiltered.size());
        return false;
    }
    if (a.firewalls.size() != b.firewalls.size()) {
        *why = QStringLiteral("a different number of firewalls");
        return false;
    }
    for (size_t i = 0; i < a.firewalls.size(); ++i) {
        if (a.firewalls[i].firewall != b.firewalls[i].firewall || a.firewalls[i].rows != b.firewalls[i].rows ||
            a.firewalls[i].folded != b.firewalls[i].folded) {
            *why = QStringLiteral("firewall %1: %2 rows against %3")
                       .arg(i)
                       .arg(a.firewalls[i].rows.size())
                       .arg(b.firewalls[i].rows.size());
            return false;
        }
    }
    return true;
}

#define VERIFY_SAME(index, topology)                                                                  \
    do {                                                                                              \
        QString why;                                                                                  \
        QVERIFY2(sameTables((index).tables(), deriveTables(topology), &why), qPrintable(why));        \
    } while (false)

std::unique_ptr<Topology> generated()
{
    return generatePlan(test::registry().find("lync2013-federation"), {6, 25, 7});
}

ComponentId firstOfRole(const Topology& topology, const std::string& role, int skip = 0)
{
    for (const auto& [id, c] : topology.components())
        if (c.role == role && skip-- == 0)
            return id;
    return {};
}

} // namespace

class TestTableIndex : public QObject
{
    Q_OBJECT

private slots:
    void startsEqualToAFullDerivation()
    {
        const auto topology = generated();
        QVERIFY(topology->links().size() > 50);
        const TableIndex index(*topology);
        VERIFY_SAME(index, *topology);
        QCOMPARE(index.ruleCount(), deriveTables(*topology).ruleCount());
    }

    void followsAScriptedSeriesOfEdits()
    {
        auto topology = generated();
        TableIndex index(*topology);
        const ComponentId edge = firstOfRole(*topology, "edge-server");
        const ComponentId partner = firstOfRole(*topology, "sip-federation-partner");
        const ComponentId frontEnd = firstOfRole(*topology, "front-end-pool");
        QVERIFY(edge.isValid() && partner.isValid() && frontEnd.isValid());

        // A rename moves the rows within the sorted tables.
        topology->setComponentName(partner, "AAA first partner");
        index.update({}, {partner});
        VERIFY_SAME(index, *topology);
        topology->setComponentName(edge, "zzz last edge");
        index.update({}, {edge});
        VERIFY_SAME(index, *topology);

        // A zone change moves rows between firewalls (and into "unfiltered").
        topology->setComponentZone(partner, "perimeter");
        index.update({}, {partner});
        VERIFY_SAME(index, *topology);
        topology->setComponentZone(partner, "internal");
        index.update({}, {partner});
        VERIFY_SAME(index, *topology);

        // A property that a rule's end requires.
        topology->setComponentProperty(frontEnd, "xmppGateway", "false");
        index.update({}, {frontEnd});
        VERIFY_SAME(index, *topology);

        // Links and components come and go.
        const ComponentId added = topology->addComponent("xmpp-partner", "new partner", "external", {10, 10});
        const LinkId link = topology->addLink(edge, added);
        index.update({link}, {added});
        VERIFY_SAME(index, *topology);
        topology->removeLink(link);
        index.update({link});
        VERIFY_SAME(index, *topology);
        std::vector<LinkId> removed;
        for (const Link& l : topology->removeComponent(partner))
            removed.push_back(l.id);
        QVERIFY(!removed.empty());
        index.update(removed, {partner});
        VERIFY_SAME(index, *topology);

        // A scenario switched off and on: everything again.
        topology->setScenarioEnabled("xmpp-federation", false);
        index.rebuild();
        VERIFY_SAME(index, *topology);
        topology->setScenarioEnabled("xmpp-federation", true);
        index.rebuild();
        VERIFY_SAME(index, *topology);
    }

    // A row that two links carry: a pool member's row through its pool's
    // link and through a link of its own to the same host (tst_monkey found
    // it). An edit of the member derives both links again; the row must be
    // made afresh, not kept from the link not yet done.
    void aRowCarriedByTwoLinksFollowsAnEdit_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("internal") << "internal";
        QTest::newRow("external") << "external";
        QTest::newRow("perimeter again") << "perimeter";
    }

    void aRowCarriedByTwoLinksFollowsAnEdit()
    {
        QFETCH(QString, zone);
        auto topology = test::loadBundledSample("scaled-edge-hlb.edgeplan");
        const ComponentId pool = firstOfRole(*topology, "edge-pool");
        QVERIFY(pool.isValid());
        const std::vector<ComponentId> members = topology->members(pool);
        QVERIFY(!members.empty());
        const ComponentId member = members.back();
        const ComponentId any = firstOfRole(*topology, "any-host");
        QVERIFY(any.isValid());
        if (!topology->linkBetween(any, pool).isValid())
            topology->addLink(any, pool);
        topology->addLink(any, member);
        TableIndex index(*topology);
        VERIFY_SAME(index, *topology);
        topology->setComponentZone(member, zone.toStdString());
        index.update({}, {member});
        VERIFY_SAME(index, *topology);
        topology->setComponentZone(member, "perimeter");
        index.update({}, {member});
        VERIFY_SAME(index, *topology);
    }

    // The links update() names are those whose folded rows changed, those
    // of other links whose rows a row from or to Any covered included.
    void updateNamesTheLinksWhoseFoldingChanged()
    {
        auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        TableIndex index(*topology);
        VERIFY_SAME(index, *topology);
        const ComponentId any = firstOfRole(*topology, "any-host");
        const LinkId anyLink = topology->linkBetween(any, firstOfRole(*topology, "edge-server"));
        QVERIFY(anyLink.isValid());
        // A rename: the same openings, the same coverers, no link changed.
        topology->setComponentName(any, "AAA anywhere");
        QCOMPARE(index.update({}, {any}), std::optional<std::vector<LinkId>>(std::vector<LinkId>{}));
        VERIFY_SAME(index, *topology);
        // Without the Any host's link (links 1 to 6 are the external ones:
        // Any, Fabrikam, the Public IM provider, the Live Messenger client,
        // Litware, Remote users, each to edge01), the rows it covered from
        // and to the partners stand alone, and Remote users' TCP 443 is no
        // longer one opening with Any's.
        const Link removed = *topology->link(anyLink);
        topology->removeLink(anyLink);
        const auto changed = index.update({anyLink});
        VERIFY_SAME(index, *topology);
        QVERIFY(changed);
        std::vector<quint64> ids;
        for (const LinkId link : *changed)
            ids.push_back(link.value);
        QCOMPARE(ids, (std::vector<quint64>{1, 2, 3, 4, 5, 6}));
        topology->addLink(removed.a, removed.b);
        QVERIFY(index.update({topology->linkBetween(removed.a, removed.b)}));
        VERIFY_SAME(index, *topology);
    }

    void anEditTouchesOnlyItsLinks()
    {
        // Telling the index about one component leaves the others' rows alone:
        // a second component moved to another zone without telling shows up
        // as a difference.
        auto topology = generated();
        TableIndex index(*topology);
        const ComponentId a = firstOfRole(*topology, "sip-federation-partner", 0);
        const ComponentId b = firstOfRole(*topology, "sip-federation-partner", 1);
        topology->setComponentZone(a, "perimeter");
        topology->setComponentZone(b, "perimeter");
        index.update({}, {a});
        QString why;
        QVERIFY(!sameTables(index.tables(), deriveTables(*topology), &why));
        index.update({}, {b});
        VERIFY_SAME(index, *topology);
    }

    void documentKeepsItsTablesThroughUndoAndRedo()
    {
        Document document(generated());
        VERIFY_SAME(document, document.topology());
        const Topology& t = document.topology();
        const ComponentId edge = firstOfRole(t, "edge-server");
        const ComponentId partner = firstOfRole(t, "xmpp-partner");

        Component renamed = *t.component(partner);
        renamed.name = "AAA";
        renamed.zone = "perimeter";
        QVERIFY(document.changeComponents({renamed}, QStringLiteral("edit")));
        VERIFY_SAME(document, t);
        const ComponentId added = document.addComponent("sip-federation-partner", "external", {5, 5});
        QVERIFY(added.isValid());
        QVERIFY(document.addLink(edge, added).isValid());
        VERIFY_SAME(document, t);
        QVERIFY(document.removeItems({edge}, {}));
        VERIFY_SAME(document, t);
        QVERIFY(document.setScenarioEnabled("public-im", false));
        VERIFY_SAME(document, t);
        Component moved = *t.component(partner);
        moved.position = {moved.position.x + 40, moved.position.y};
        QVERIFY(document.changeComponents({moved}, QStringLiteral("move")));
        VERIFY_SAME(document, t);

        while (document.undoStack()->canUndo()) {
            document.undoStack()->undo();
            VERIFY_SAME(document, t);
        }
        while (document.undoStack()->canRedo()) {
            document.undoStack()->redo();
            VERIFY_SAME(document, t);
        }
        document.resetTopology(generated());
        VERIFY_SAME(document, document.topology());
    }
};

QTEST_MAIN(TestTableIndex)
#include "tst_tableindex.moc"
