// Flows are catalog data: the built-in catalog tells the document's five
// stories, a flow naming a rule or scenario that is not there is refused,
// and a flow played on a plan finds the link of every hop or says which
// hop no link carries.

#include "catalog/CatalogReader.h"
#include "ModelSupport.h"
#include "rules/Flows.h"

#include <QtTest>

using namespace edgeplan;
using nlohmann::json;

class TestFlows : public QObject
{
    Q_OBJECT

private:
    static std::vector<std::string> stepRules(const Flow& flow)
    {
        std::vector<std::string> rules;
        for (const FlowStep& step : flow.steps)
            rules.push_back(step.rule);
        return rules;
    }

private Q_SLOTS:
    void builtInFlows_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("rules");

        QTest::newRow("SIP federation") << "sip-federation-im" << "sip-federation"
                                        << QStringList{"sip-federation-1"};
        QTest::newRow("public IM") << "public-im-exchange" << "public-im"
                                   << QStringList{"public-im-2", "public-im-1"};
        QTest::newRow("external client") << "external-client-sign-in" << "public-im"
                                         << QStringList{"public-im-3"};
        QTest::newRow("Messenger A/V") << "messenger-av-call" << "public-im"
                                       << QStringList{"public-im-5", "public-im-6", "public-im-4"};
        QTest::newRow("XMPP") << "xmpp-partner-message" << "xmpp-federation"
                              << QStringList{"xmpp-1", "xmpp-3", "xmpp-2"};
    }

    void builtInFlows()
    {
        QFETCH(QString, id);
        QFETCH(QString, scenario);
        QFETCH(QStringList, rules);
        const CatalogLoadResult result = loadCatalog(test::catalogBytes());
        QVERIFY2(result.catalog, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(result.catalog->flows.size(), size_t(5));
        const Flow* flow = result.catalog->flow(id.toStdString());
        QVERIFY(flow);
        QCOMPARE(QString::fromStdString(flow->scenario), scenario);
        QStringList actual;
        for (const std::string& rule : stepRules(*flow))
            actual << QString::fromStdString(rule);
        QCOMPARE(actual, rules);
        QVERIFY(!flow->title.en.empty() && !flow->title.ja.empty());
        for (const FlowStep& step : flow->steps) {
            QVERIFY(!step.caption.en.empty());
            QVERIFY(!step.caption.ja.empty());
            // Each caption names its port, in both languages.
            const std::string port = std::to_string(result.catalog->rule(step.rule)->ports.first);
            const std::string portWithComma = port.size() == 5 ? port.substr(0, 2) + "," + port.substr(2)
                                                               : port;
            for (const std::string* caption : {&step.caption.en, &step.caption.ja})
                QVERIFY2(caption->find(port) != std::string::npos ||
                             caption->find(portWithComma) != std::string::npos,
                         caption->c_str());
        }
    }

    void messengerFlowTellsTheEndDate()
    {
        const auto catalog = loadCatalog(test::catalogBytes()).catalog;
        const Flow* flow = catalog->flow("messenger-av-call");
        QVERIFY(flow);
        QVERIFY(flow->description.en.find("2013-03-15") != std::string::npos);
        QVERIFY(flow->description.en.find("Skype") != std::string::npos);
        QVERIFY(flow->description.ja.find("2013 年 3 月 15 日") != std::string::npos);
        QVERIFY(flow->description.ja.find("Skype") != std::string::npos);
    }

    void brokenFlows_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("missing rule")
            << "/flows/4/steps/1/rule" << "\"xmpp-9\"" << "catalog.unknown-rule"
            << "/flows/4/steps/1/rule" << QStringList{"xmpp-partner-message", "step 2", "xmpp-9"};
        QTest::newRow("missing scenario")
            << "/flows/0/scenario" << "\"skype-federation\"" << "catalog.unknown-scenario"
            << "/flows/0/scenario" << QStringList{"sip-federation-im", "skype-federation"};
        QTest::newRow("missing Japanese caption")
            << "/flows/3/steps/2/caption/ja" << "\"\"" << "catalog.translation-missing"
            << "/flows/3/steps/2/caption/ja" << QStringList{};
        QTest::newRow("no English title") << "/flows/1/title" << "{\"ja\": \"IM\"}" << "json.missing"
                                          << "/flows/1/title/en" << QStringList{};
        QTest::newRow("no steps") << "/flows/1/steps" << "[]" << "catalog.flow-empty"
                                  << "/flows/1/steps" << QStringList{"public-im-exchange"};
        QTest::newRow("duplicate id") << "/flows/1/id" << "\"sip-federation-im\""
                                      << "catalog.duplicate-id" << "/flows/1/id"
                                      << QStringList{"sip-federation-im"};
    }

    void brokenFlows()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QStringList, mentions);
        const CatalogLoadResult result = test::loadMutatedCatalog([&](json& doc) {
            doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        });
        QVERIFY(!result.catalog);
        const Diagnostic* found = test::findDiagnostic(result.diagnostics, code.toStdString());
        QVERIFY2(found, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(QString::fromStdString(found->where), where);
        for (const QString& word : mentions)
            QVERIFY2(found->message.find(word.toStdString()) != std::string::npos, found->message.c_str());
    }

    void catalogWithoutFlowsLoads()
    {
        const CatalogLoadResult result = test::loadMutatedCatalog([](json& doc) { doc.erase("flows"); });
        QVERIFY2(result.catalog, joinDiagnostics(result.diagnostics, "").c_str());
        QVERIFY(result.catalog->flows.empty());
    }

    void sampleResolvesEveryStep()
    {
        const auto topology = test::loadSample();
        const auto flows = playableFlows(*topology);
        QCOMPARE(flows.size(), topology->catalog().flows.size());
        for (const Flow* flow : flows) {
            const ResolvedFlow resolved = resolveFlow(*topology, *flow);
            QCOMPARE(resolved.steps.size(), flow->steps.size());
            QCOMPARE(resolved.missingCount(), size_t(0));
            for (const ResolvedStep& step : resolved.steps) {
                QVERIFY2(!step.isMissing(), step.step->rule.c_str());
                QCOMPARE(step.rule->id, step.step->rule);
                QCOMPARE(step.binding.rule, step.rule);
                const Link* link = topology->link(step.binding.link);
                QVERIFY(link);
                // The binding goes the rule's way: its source is the rule's "from" end.
                const Component* source = topology->component(step.binding.source);
                const Component* destination = topology->component(step.binding.destination);
                QVERIFY(source && destination);
                QVERIFY(endpointMatches(*topology, step.rule->from, *source));
                QVERIFY(endpointMatches(*topology, step.rule->to, *destination));
                QVERIFY((link->a == source->id && link->b == destination->id) ||
                        (link->b == source->id && link->a == destination->id));
                QVERIFY(step.missing.en.empty());
            }
        }
    }

    void xmppFlowOnTheSample()
    {
        const auto topology = test::loadSample();
        const ResolvedFlow flow = resolveFlow(*topology, *topology->catalog().flow("xmpp-partner-message"));
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        const ComponentId frontEnd = test::componentNamed(*topology, "fepool01");
        const ComponentId partner = test::componentNamed(*topology, "Litware (XMPP)");
        QCOMPARE(flow.steps[0].binding.source, partner);
        QCOMPARE(flow.steps[0].binding.destination, edge);
        QCOMPARE(flow.steps[1].binding.source, frontEnd);
        QCOMPARE(flow.steps[1].binding.destination, edge);
        QCOMPARE(flow.steps[2].binding.source, edge);
        QCOMPARE(flow.steps[2].binding.destination, partner);
        QCOMPARE(flow.steps[0].binding.link, topology->linkBetween(partner, edge));
        QCOMPARE(flow.steps[1].binding.link, topology->linkBetween(frontEnd, edge));
        QCOMPARE(rulePortText(*flow.steps[1].rule), std::string("TCP 23456 XMPP (MTLS)"));
    }

    void deletedLinkMakesTheStepMissing_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<int>>("missingSteps");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("messageJa");

        QTest::newRow("SIP federation partner")
            << "sip-federation-im" << "edge01" << "Fabrikam (SIP federation)" << QList<int>{0}
            << "no link carries SIP (MTLS) TCP 5061 from the Edge Server to the SIP federation "
               "partner (or Any Internet host)"
            << "エッジ サーバーから SIP フェデレーション パートナー (または任意のインターネット ホスト) "
               "への SIP (MTLS) TCP 5061 を通すリンクがありません";
        QTest::newRow("XMPP gateway")
            << "xmpp-partner-message" << "fepool01" << "edge01" << QList<int>{1}
            << "no link carries XMPP (MTLS) TCP 23456 from the Front End pool (Hosts the XMPP "
               "gateway) to the Edge Server"
            << "フロント エンド プール (XMPP ゲートウェイをホスト) からエッジ サーバーへの XMPP (MTLS) "
               "TCP 23456 を通すリンクがありません";
        QTest::newRow("XMPP partner")
            << "xmpp-partner-message" << "edge01" << "Litware (XMPP)" << QList<int>{0, 2}
            << "no link carries XMPP TCP 5269 from the XMPP federation partner (or Any Internet host) "
               "to the Edge Server"
            << "XMPP フェデレーション パートナー (または任意のインターネット ホスト) からエッジ サーバーへの "
               "XMPP TCP 5269 を通すリンクがありません";
        QTest::newRow("Messenger client")
            << "messenger-av-call" << "edge01" << "Live Messenger client" << QList<int>{0, 1, 2}
            << "no link carries STUN/MSTURN UDP 3478 from the Edge Server to the Windows Live "
               "Messenger client"
            << "エッジ サーバーから Windows Live Messenger クライアントへの STUN/MSTURN UDP 3478 を通すリンクがありません";
    }

    void deletedLinkMakesTheStepMissing()
    {
        QFETCH(QString, flow);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QList<int>, missingSteps);
        QFETCH(QString, message);
        QFETCH(QString, messageJa);
        auto topology = test::loadSample();
        const LinkId link = topology->linkBetween(test::componentNamed(*topology, from.toStdString()),
                                                  test::componentNamed(*topology, to.toStdString()));
        QVERIFY(link.isValid());
        topology->removeLink(link);
        const ResolvedFlow resolved = resolveFlow(*topology, *topology->catalog().flow(flow.toStdString()));
        QList<int> missing;
        for (size_t i = 0; i < resolved.steps.size(); ++i) {
            if (resolved.steps[i].isMissing())
                missing << int(i);
            else
                QVERIFY(resolved.steps[i].missing.en.empty());
        }
        QCOMPARE(missing, missingSteps);
        const ResolvedStep& first = resolved.steps[size_t(missingSteps.first())];
        QCOMPARE(QString::fromStdString(first.missing.en), message);
        QCOMPARE(QString::fromStdString(first.missing.ja), messageJa);
    }

    void gatewayOffMakesTheInternalHopMissing()
    {
        auto topology = test::loadSample();
        topology->setComponentProperty(test::componentNamed(*topology, "fepool01"), "xmppGateway", "false");
        const ResolvedFlow resolved =
            resolveFlow(*topology, *topology->catalog().flow("xmpp-partner-message"));
        QVERIFY(!resolved.steps[0].isMissing());
        QVERIFY(resolved.steps[1].isMissing());
        QVERIFY(resolved.steps[1].missing.en.find("Hosts the XMPP gateway") != std::string::npos);
    }

    void playableFollowsTheScenarios()
    {
        auto topology = test::loadSample();
        topology->setScenarioEnabled("xmpp-federation", false);
        auto ids = [&] {
            QStringList result;
            for (const Flow* flow : playableFlows(*topology))
                result << QString::fromStdString(flow->id);
            return result;
        };
        QCOMPARE(ids(), (QStringList{"sip-federation-im", "public-im-exchange", "external-client-sign-in",
                                     "messenger-av-call"}));
        topology->setScenarioEnabled("public-im", false);
        QCOMPARE(ids(), QStringList{"sip-federation-im"});
        topology->setScenarioEnabled("sip-federation", false);
        QVERIFY(ids().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlows)
#include "tst_flows.moc"
