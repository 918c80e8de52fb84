// The rule engine on the bundled sample and on plans made to break it:
// which rules a link carries, which firewall each crosses, addresses, Any.

#include "ModelSupport.h"
#include "rules/RuleEngine.h"
#include "rules/TableView.h"

#include <QtTest>

using namespace edgeplan;

class TestRuleEngine : public QObject
{
    Q_OBJECT

private:
    static std::vector<std::string> ruleIds(const FirewallTable& table)
    {
        std::vector<std::string> ids;
        for (const TableRow& row : table.rows)
            ids.push_back(row.binding.rule->id);
        return ids;
    }

private Q_SLOTS:
    void sampleHasTheDocumentsTenRules()
    {
        const auto topology = test::loadSample();
        const RuleTables tables = deriveTables(*topology);
        QCOMPARE(tables.ruleCount(), size_t(10));
        QCOMPARE(tables.firewalls.size(), size_t(2));
        QVERIFY(tables.unfiltered.empty());
        QCOMPARE(tables.firewalls[0].firewall->id, std::string("internal"));
        QCOMPARE(ruleIds(tables.firewalls[0]), std::vector<std::string>{"xmpp-3"});
        // External firewall: scenario order, then the document's row order.
        const std::vector<std::string> external = {"sip-federation-1", "public-im-1", "public-im-2",
                                                   "public-im-3",      "public-im-4", "public-im-5",
                                                   "public-im-6",      "xmpp-1",      "xmpp-2"};
        QCOMPARE(tables.firewalls[1].firewall->id, std::string("external"));
        QCOMPARE(ruleIds(tables.firewalls[1]), external);
        for (const FirewallTable& table : tables.firewalls)
            for (const TableRow& row : table.rows)
                QVERIFY(!row.crossesSeveral);
    }

    void directions_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("inbound");
        QTest::newRow("23456 leaves the internal network") << "xmpp-3" << false;
        QTest::newRow("5061 to federation partner") << "sip-federation-1" << false;
        QTest::newRow("5061 from public IM") << "public-im-1" << true;
        QTest::newRow("443 from clients") << "public-im-3" << true;
        QTest::newRow("5269 from XMPP partner") << "xmpp-1" << true;
        QTest::newRow("5269 to XMPP partner") << "xmpp-2" << false;
    }

    void directions()
    {
        QFETCH(QString, rule);
        QFETCH(bool, inbound);
        const auto topology = test::loadSample();
        const RuleTables tables = deriveTables(*topology);
        int found = 0;
        for (const FirewallTable& table : tables.firewalls)
            for (const TableRow& row : table.rows)
                if (row.binding.rule->id == rule.toStdString()) {
                    ++found;
                    QCOMPARE(row.direction == Direction::Inbound, inbound);
                }
        QCOMPARE(found, 1);
    }

    void scenarioSwitches_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("rules");
        QTest::newRow("SIP federation") << "sip-federation" << 1;
        QTest::newRow("public IM") << "public-im" << 6;
        QTest::newRow("XMPP") << "xmpp-federation" << 3;
    }

    void scenarioSwitches()
    {
        QFETCH(QString, scenario);
        QFETCH(int, rules);
        auto topology = test::loadSample();
        topology->setScenarioEnabled(scenario.toStdString(), false);
        const RuleTables off = deriveTables(*topology);
        QCOMPARE(off.ruleCount(), size_t(10 - rules));
        for (const FirewallTable& table : off.firewalls)
            for (const TableRow& row : table.rows)
                QVERIFY(row.binding.rule->scenario != scenario.toStdString());
        topology->setScenarioEnabled(scenario.toStdString(), true);
        QCOMPARE(deriveTables(*topology).ruleCount(), size_t(10));
    }

    void addressesAndAny()
    {
        auto topology = test::loadSample();
        const ComponentId partner = test::componentNamed(*topology, "Fabrikam (SIP federation)");
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        QVERIFY(partner.isValid() && edge.isValid());
        auto rowFor = [&](const std::string& rule) {
            const auto rows = rowViews(*topology, deriveTables(*topology), Lang::En);
            return *std::find_if(rows.begin(), rows.end(),
                                 [&](const RowView& r) { return r.ruleId == rule; });
        };
        QCOMPARE(rowFor("sip-federation-1").destination.address, std::string("198.51.100.10"));
        QCOMPARE(rowFor("sip-federation-1").source.address, std::string("203.0.113.10"));
        QCOMPARE(rowFor("xmpp-3").destination.address, std::string("10.0.1.10"));
        topology->setInterfaceAddress(partner, "public", "");
        QCOMPARE(rowFor("sip-federation-1").destination.address, std::string("Any"));
        QCOMPARE(rowFor("sip-federation-1").destination.component, std::string("Fabrikam (SIP federation)"));
        topology->setInterfaceAddress(edge, "access-edge", "2001:db8::10");
        QCOMPARE(rowFor("sip-federation-1").source.address, std::string("2001:db8::10"));
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 topology->setInterfaceAddress(edge, "access-edge", "300.1.2.3"));
        QCOMPARE(rowFor("sip-federation-1").source.address, std::string("2001:db8::10"));
    }

    void movingAcrossAFirewallChangesTheTable()
    {
        auto topology = test::loadSample();
        const ComponentId fe = test::componentNamed(*topology, "fepool01");
        // A front end in the perimeter: 23456 no longer crosses a firewall.
        topology->setComponentZone(fe, "perimeter");
        RuleTables tables = deriveTables(*topology);
        QVERIFY(tables.firewalls[0].rows.empty());
        QCOMPARE(tables.unfiltered.size(), size_t(1));
        QCOMPARE(tables.unfiltered[0].rule->id, std::string("xmpp-3"));
        // A front end on the Internet: the rule crosses the external firewall inbound.
        topology->setComponentZone(fe, "external");
        tables = deriveTables(*topology);
        QCOMPARE(ruleIds(tables.firewalls[1]).back(), std::string("xmpp-3"));
        QCOMPARE(tables.firewalls[1].rows.back().direction, Direction::Inbound);
    }

    void crossingBothFirewallsIsFlagged()
    {
        auto topology = test::loadSample();
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        topology->setComponentZone(edge, "external");
        const RuleTables tables = deriveTables(*topology);
        // 23456 from the internal front end to an edge on the Internet: both tables, flagged.
        QCOMPARE(ruleIds(tables.firewalls[0]), std::vector<std::string>{"xmpp-3"});
        QVERIFY(tables.firewalls[0].rows[0].crossesSeveral);
        QCOMPARE(ruleIds(tables.firewalls[1]), std::vector<std::string>{"xmpp-3"});
        QVERIFY(tables.firewalls[1].rows[0].crossesSeveral);
        QCOMPARE(tables.unfiltered.size(), size_t(9));
    }

    void propertyConditions()
    {
        auto topology = test::loadSample();
        const ComponentId fe = test::componentNamed(*topology, "fepool01");
        topology->setComponentProperty(fe, "xmppGateway", "false");
        QCOMPARE(deriveTables(*topology).ruleCount(), size_t(9));
        QVERIFY_THROWS_EXCEPTION(EditError, topology->setComponentProperty(fe, "xmppGateway", "maybe"));
        topology->setComponentProperty(fe, "xmppGateway", "true");
        QCOMPARE(deriveTables(*topology).ruleCount(), size_t(10));
    }

    void linkRulesBothWays()
    {
        auto topology = test::loadSample();
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        const ComponentId wlm = test::componentNamed(*topology, "Live Messenger client");
        const LinkId link = topology->linkBetween(edge, wlm);
        QVERIFY(link.isValid());
        const auto bindings = linkRules(*topology, link);
        QCOMPARE(bindings.size(), size_t(3));
        const auto label = linkLabel(*topology, link);
        QCOMPARE(label.size(), size_t(2));
        QCOMPARE(label[0].ports, std::string("50000-59999"));
        QCOMPARE(label[0].transport, std::string("TCP"));
        QCOMPARE(topology->link(link)->a == edge ? label[0].aToB : label[0].bToA, true);
        QCOMPARE(topology->link(link)->a == edge ? label[0].bToA : label[0].aToB, false);
        QCOMPARE(label[1].protocol, std::string("STUN/MSTURN"));
        QVERIFY(label[1].aToB && label[1].bToA);
    }

    void aRuleBetweenTheSameEndsAppearsOnce()
    {
        auto topology = test::loadSample();
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        const ComponentId xmpp = test::componentNamed(*topology, "Litware (XMPP)");
        // A second link between the same pair is refused, so the rule stays single.
        QVERIFY_THROWS_EXCEPTION(EditError, topology->addLink(xmpp, edge));
        const ComponentId any = topology->addComponent("any-host", "Any host", "external", {});
        topology->addLink(edge, any);
        // The Any host carries SIP federation 5061 and XMPP 5269 both ways: three more rows.
        QCOMPARE(deriveTables(*topology).ruleCount(), size_t(13));
    }

    void orderIsStable()
    {
        auto first = test::loadSample();
        auto second = test::loadSample();
        const auto rowsA = rowViews(*first, deriveTables(*first), Lang::En);
        const auto rowsB = rowViews(*second, deriveTables(*second), Lang::En);
        QCOMPARE(rowsA.size(), rowsB.size());
        for (size_t i = 0; i < rowsA.size(); ++i)
            QCOMPARE(rowsA[i].ruleId, rowsB[i].ruleId);
    }

    void displayWidthCountsWideCharacters()
    {
        QCOMPARE(displayWidth("abc"), size_t(3));
        QCOMPARE(displayWidth("任意"), size_t(4));
        QCOMPARE(displayWidth("50,000 ～ 59,999"), size_t(16));
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
