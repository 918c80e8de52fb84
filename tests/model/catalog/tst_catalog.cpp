// The built-in catalog holds the source document's three tables row by row,
// and a catalog that breaks its schema is refused naming the entry.

#include "ModelSupport.h"

#include "catalog/CatalogReader.h"

#include <QtTest>

using namespace edgeplan;
using nlohmann::json;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    static CatalogLoadResult loadMutated(const std::function<void(json&)>& mutate)
    {
        return test::loadMutatedCatalog(mutate);
    }

private Q_SLOTS:
    void builtInLoads()
    {
        const CatalogLoadResult result = loadCatalog(test::catalogBytes());
        QVERIFY2(result.catalog, joinDiagnostics(result.diagnostics, "").c_str());
        const Catalog& catalog = *result.catalog;
        QCOMPARE(catalog.id, std::string("lync2013-federation"));
        QCOMPARE(catalog.source.document, std::string("JJ618373"));
        QCOMPARE(catalog.source.date, std::string("2015-03-09"));
        QCOMPARE(catalog.source.title.ja,
                 std::string("ポートの概要 - SIP、XMPP フェデレーション、パブリック インスタント メッセージング"));
        QCOMPARE(catalog.rules.size(), size_t(10));
        QCOMPARE(catalog.zones.size(), size_t(3));
        QCOMPARE(catalog.firewalls.size(), size_t(2));
        QCOMPARE(catalog.scenarios.size(), size_t(3));
        for (const char* role : {"edge-server", "front-end-pool", "sip-federation-partner",
                                 "public-im-provider", "live-messenger-client", "xmpp-partner",
                                 "external-client", "any-host"})
            QVERIFY2(catalog.role(role), role);
        QCOMPARE(catalog.role("edge-server")->defaultZone, std::string("perimeter"));
        QCOMPARE(catalog.role("front-end-pool")->defaultZone, std::string("internal"));
        QCOMPARE(catalog.role("xmpp-partner")->defaultZone, std::string("external"));
    }

    void documentRows_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("row");

        // Word for word from ../shared/seeds/000_15cecd4d61ed5427.txt.
        const QString pim = QStringLiteral("SIP を使用するフェデレーションおよびパブリック IM 接続用。");
        const QString wlm = QStringLiteral("Windows Live Messenger とのパブリック IM 接続では必須。");
        const QString edgeAccess = QStringLiteral("エッジ サーバー アクセス インターフェイス");
        QTest::newRow("SIP federation 1")
            << "sip-federation-1" << "sip-federation" << "アクセス/SIP (MTLS)/TCP/5061" << "SIP (MTLS)"
            << "TCP" << "5061" << "アクセス エッジ サービスのパブリック IP アドレス" << "任意"
            << "SIP を使用したフェデレーションおよびパブリック IM 接続用" << 1;
        QTest::newRow("public IM 1") << "public-im-1" << "public-im" << "アクセス/SIP (MTLS)/TCP/5061"
                                     << "SIP (MTLS)" << "TCP" << "5061" << "パブリック IM 接続パートナー"
                                     << edgeAccess << pim << 1;
        QTest::newRow("public IM 2") << "public-im-2" << "public-im" << "アクセス/SIP (MTLS)/TCP/5061"
                                     << "SIP (MTLS)" << "TCP" << "5061" << edgeAccess
                                     << "パブリック IM 接続パートナー" << pim << 2;
        QTest::newRow("public IM 3")
            << "public-im-3" << "public-im" << "アクセス/SIP (TLS)/TCP/443" << "SIP (TLS)" << "TCP"
            << "443" << "クライアント" << edgeAccess
            << "外部ユーザー アクセス用のクライアントからサーバーへの SIP トラフィック。" << 3;
        QTest::newRow("public IM 4")
            << "public-im-4" << "public-im" << "音声ビデオ/RTP/TCP/50,000 ～ 59,999" << "RTP" << "TCP"
            << "50000-59999" << edgeAccess << "Live Messenger クライアント"
            << "パブリック IM 接続が構成されている場合に、Windows Live Messenger との音声ビデオ セッションに使用されます。"
            << 4;
        QTest::newRow("public IM 5") << "public-im-5" << "public-im" << "音声ビデオ/STUN、MSTURN/UDP/3478"
                                     << "STUN/MSTURN" << "UDP" << "3478" << edgeAccess
                                     << "Live Messenger クライアント" << wlm << 5;
        QTest::newRow("public IM 6") << "public-im-6" << "public-im" << "音声ビデオ/STUN、MSTURN/UDP/3478"
                                     << "STUN/MSTURN" << "UDP" << "3478"
                                     << "Live Messenger クライアント" << edgeAccess << wlm << 6;
        QTest::newRow("XMPP 1")
            << "xmpp-1" << "xmpp-federation" << "XMPP/TCP/5269" << "XMPP" << "TCP" << "5269" << "任意"
            << "アクセス エッジ サービス インターフェイス IP アドレス"
            << "XMPP 用の標準的なサーバー間通信。フェデレーション XMPP パートナーから エッジ サーバー XMPP プロキシへの通信を可能にします。"
            << 1;
        QTest::newRow("XMPP 2")
            << "xmpp-2" << "xmpp-federation" << "XMPP/TCP/5269" << "XMPP" << "TCP" << "5269"
            << "アクセス エッジ サービス インターフェイス IP アドレス" << "任意"
            << "XMPP 用の標準的なサーバー間通信。 エッジ サーバー XMPP プロキシからフェデレーション XMPP パートナーへの通信を可能にします。"
            << 2;
        QTest::newRow("XMPP 3")
            << "xmpp-3" << "xmpp-federation" << "XMPP/MTLS/23456" << "XMPP (MTLS)" << "TCP" << "23456"
            << "任意" << "内部 エッジ サーバー インターフェイス IP"
            << "フロント エンド サーバーまたは フロント エンド プールの XMPP ゲートウェイから エッジ サーバーへの内部 XMPP トラフィック。"
            << 3;
    }

    void documentRows()
    {
        QFETCH(QString, id);
        QFETCH(QString, scenario);
        QFETCH(QString, label);
        QFETCH(QString, protocol);
        QFETCH(QString, transport);
        QFETCH(QString, ports);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, note);
        QFETCH(int, row);
        const auto catalog = loadCatalog(test::catalogBytes()).catalog;
        QVERIFY(catalog);
        const Rule* rule = catalog->rule(id.toStdString());
        QVERIFY(rule);
        QCOMPARE(QString::fromStdString(rule->scenario), scenario);
        QCOMPARE(QString::fromStdString(rule->label.ja), label);
        QCOMPARE(QString::fromStdString(rule->protocol), protocol);
        QCOMPARE(QString::fromStdString(transportName(rule->transport)), transport);
        QCOMPARE(QString::fromStdString(rule->ports.toString()), ports);
        QCOMPARE(QString::fromStdString(rule->from.label.ja), from);
        QCOMPARE(QString::fromStdString(rule->to.label.ja), to);
        QCOMPARE(QString::fromStdString(rule->note.ja), note);
        QCOMPARE(rule->reference.row, row);
        QCOMPARE(rule->reference.document, std::string("JJ618373"));
        QVERIFY(!rule->note.en.empty());
        QVERIFY(!rule->reference.table.ja.empty());
    }

    void anyBindsToTheRoleTheNoteNames()
    {
        const auto catalog = loadCatalog(test::catalogBytes()).catalog;
        auto has = [](const std::vector<std::string>& roles, const char* role) {
            return std::find(roles.begin(), roles.end(), role) != roles.end();
        };
        QVERIFY(has(catalog->rule("sip-federation-1")->to.roles, "sip-federation-partner"));
        QVERIFY(has(catalog->rule("xmpp-1")->from.roles, "xmpp-partner"));
        QVERIFY(has(catalog->rule("xmpp-2")->to.roles, "xmpp-partner"));
        QVERIFY(has(catalog->rule("xmpp-3")->from.roles, "front-end-pool"));
        QCOMPARE(catalog->rule("xmpp-3")->from.when.at("xmppGateway"), std::string("true"));
        QCOMPARE(catalog->rule("xmpp-3")->from.label.en, std::string("Any"));
    }

    void brokenCatalogs_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unknown role") << "/rules/3/from/roles/0" << "\"pbx\"" << "catalog.unknown-role"
                                      << "/rules/3/from/roles/0" << "public-im-3";
        QTest::newRow("port 0") << "/rules/0/ports" << "\"0\"" << "catalog.ports" << "/rules/0/ports"
                                << "sip-federation-1";
        QTest::newRow("port above 65535") << "/rules/1/ports" << "\"65536\"" << "catalog.ports"
                                          << "/rules/1/ports" << "public-im-1";
        QTest::newRow("reversed range") << "/rules/4/ports" << "\"59999-50000\"" << "catalog.ports"
                                        << "/rules/4/ports" << "public-im-4";
        QTest::newRow("duplicate id") << "/rules/2/id" << "\"public-im-1\"" << "catalog.duplicate-id"
                                      << "/rules/2/id" << "public-im-1";
        QTest::newRow("unknown scenario") << "/rules/9/scenario" << "\"skype\""
                                          << "catalog.unknown-scenario" << "/rules/9/scenario"
                                          << "xmpp-3";
        QTest::newRow("unknown interface") << "/rules/9/to/interface" << "\"psom\""
                                           << "catalog.unknown-interface" << "/rules/9/to/interface"
                                           << "xmpp-3";
        QTest::newRow("bad transport") << "/rules/5/transport" << "\"SCTP\"" << "catalog.transport"
                                       << "/rules/5/transport" << "public-im-5";
        QTest::newRow("missing Japanese note") << "/rules/6/note/ja" << "\"\""
                                               << "catalog.translation-missing" << "/rules/6/note/ja"
                                               << "";
        QTest::newRow("not a catalog") << "/format" << "\"edgeplan\"" << "catalog.format" << "/format"
                                       << "edgeplan";
        QTest::newRow("ports not a string") << "/rules/7/ports" << "5269" << "json.type"
                                            << "/rules/7/ports" << "string";
        QTest::newRow("unknown allowed zone")
            << "/roles/0/allowedZones" << R"(["perimeter", "dmz"])" << "catalog.unknown-zone"
            << "/roles/0/allowedZones/1" << "dmz";
        QTest::newRow("allowed zones without the default")
            << "/roles/0/allowedZones" << R"(["internal"])" << "catalog.default-zone"
            << "/roles/0/allowedZones" << "edge-server";
        QTest::newRow("link to an unknown role")
            << "/roles/2/requiresLinkTo" << R"(["edge-pool"])" << "catalog.unknown-role"
            << "/roles/2/requiresLinkTo/0" << "edge-pool";
        QTest::newRow("addresses flag not a bool") << "/roles/0/addressesRequired" << "\"yes\""
                                                   << "json.type" << "/roles/0/addressesRequired"
                                                   << "true or false";
        QTest::newRow("retirement date") << "/roles/4/retired/date" << "\"15/03/2013\""
                                         << "catalog.date" << "/roles/4/retired/date"
                                         << "live-messenger-client";
        QTest::newRow("retirement of an unknown choice")
            << "/roles/3/retired/when/network" << "\"msn\"" << "catalog.unknown-property"
            << "/roles/3/retired/when/network" << "msn";
        QTest::newRow("required rule of another scenario")
            << "/scenarios/2/requiredRules/0/rule" << "\"public-im-3\"" << "catalog.unknown-rule"
            << "/scenarios/2/requiredRules/0/rule" << "public-im-3";
    }

    void brokenCatalogs()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QString, mentions);
        const CatalogLoadResult result = loadMutated([&](json& doc) {
            doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        });
        QVERIFY(!result.catalog);
        QVERIFY(!result.diagnostics.empty());
        const auto it = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                     [&](const Diagnostic& d) { return d.code == code.toStdString(); });
        QVERIFY2(it != result.diagnostics.end(),
                 joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(QString::fromStdString(it->where), where);
        QVERIFY2(QString::fromStdString(it->toString()).contains(mentions), it->toString().c_str());
    }

    // What the design checks read from the catalog rather than from code.
    void checkData()
    {
        const auto catalog = loadCatalog(test::catalogBytes()).catalog;
        QVERIFY(catalog);
        const RoleDef* messenger = catalog->role("live-messenger-client");
        QVERIFY(messenger->retired);
        QCOMPARE(messenger->retired->date, std::string("2013-03-15"));
        QVERIFY(messenger->retired->when.empty());
        QVERIFY(QString::fromStdString(messenger->retired->note.ja).contains(QStringLiteral("中国本土")));
        const RoleDef* provider = catalog->role("public-im-provider");
        QVERIFY(provider->retired);
        QCOMPARE(provider->retired->when.at("network"), std::string("windows-live"));
        QCOMPARE(provider->propertyDef("network")->defaultValue, std::string("skype"));
        QVERIFY(!catalog->role("xmpp-partner")->retired);
        QVERIFY(catalog->role("edge-server")->addressesRequired);
        QVERIFY(!catalog->role("front-end-pool")->addressesRequired);
        QCOMPARE(catalog->role("external-client")->requiresLinkTo,
                 std::vector<std::string>{"edge-server"});
        QVERIFY(catalog->role("edge-server")->requiresLinkTo.empty());
        QVERIFY(catalog->role("edge-server")->allowsZone("perimeter"));
        QVERIFY(!catalog->role("edge-server")->allowsZone("internal"));
        const Scenario* xmpp = catalog->scenario("xmpp-federation");
        QCOMPARE(xmpp->requiredRules.size(), size_t(1));
        QCOMPARE(xmpp->requiredRules[0].rule, std::string("xmpp-3"));
        QVERIFY(catalog->scenario("sip-federation")->requiredRules.empty());
    }

    void syntaxErrorNamesLineAndColumn()
    {
        const CatalogLoadResult result = loadCatalog("{\n  \"format\": \"edgeplan-catalog\",\n  x\n}");
        QVERIFY(!result.catalog);
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(result.diagnostics[0].code, std::string("json.syntax"));
        QCOMPARE(result.diagnostics[0].where, std::string("line 3, column 3"));
    }

    void firewallsBetweenZones()
    {
        const auto catalog = loadCatalog(test::catalogBytes()).catalog;
        QCOMPARE(catalog->firewallsBetween("internal", "perimeter").size(), size_t(1));
        QCOMPARE(catalog->firewallsBetween("internal", "perimeter")[0]->id, std::string("internal"));
        QCOMPARE(catalog->firewallsBetween("external", "perimeter")[0]->id, std::string("external"));
        QCOMPARE(catalog->firewallsBetween("external", "internal").size(), size_t(2));
        QVERIFY(catalog->firewallsBetween("external", "external").empty());
        QVERIFY(catalog->rolesCanLink("edge-server", "xmpp-partner"));
        QVERIFY(!catalog->rolesCanLink("front-end-pool", "xmpp-partner"));
    }

    // The lookups go through an index built by the loader: every entry is
    // found at its own place, an unknown id is not, and a copy whose list
    // grew since is searched.
    void lookupsFindEveryEntry()
    {
        std::map<std::string, size_t> found;
        const auto check = [&](const auto& list, const auto& find, const char* kind) {
            for (const auto& item : list) {
                QVERIFY2(find(item.id) == &item, (std::string(kind) + " " + item.id).c_str());
                ++found[kind];
            }
            QVERIFY2(!find("no-such-id"), kind);
        };
        for (const std::string& catalogId : test::registry().ids()) {
            const Catalog& c = *test::registry().find(catalogId);
            check(c.roles, [&](const std::string& id) { return c.role(id); }, "role");
            check(c.zones, [&](const std::string& id) { return c.zone(id); }, "zone");
            check(c.firewalls, [&](const std::string& id) { return c.firewall(id); }, "firewall");
            check(c.services, [&](const std::string& id) { return c.service(id); }, "service");
            check(c.scenarios, [&](const std::string& id) { return c.scenario(id); }, "scenario");
            check(c.variants, [&](const std::string& id) { return c.variant(id); }, "variant");
            check(c.rules, [&](const std::string& id) { return c.rule(id); }, "rule");
            check(c.flows, [&](const std::string& id) { return c.flow(id); }, "flow");
            check(c.names, [&](const std::string& id) { return c.nameDef(id); }, "name");
            for (const RoleDef& role : c.roles) {
                check(role.interfaces, [&](const std::string& id) { return role.interfaceDef(id); }, "interface");
                check(role.properties, [&](const std::string& id) { return role.propertyDef(id); }, "property");
            }
            for (size_t i = 0; i < c.rules.size(); ++i)
                QCOMPARE(c.ruleIndex(c.rules[i].id), int(i));
            for (size_t i = 0; i < c.zones.size(); ++i)
                QCOMPARE(c.zoneIndex(c.zones[i].id), int(i));
            QCOMPARE(c.zoneIndex("no-such-id"), -1);
        }
        for (const char* kind : {"role", "zone", "firewall", "service", "scenario", "variant", "rule", "flow",
                                 "name", "interface", "property"})
            QVERIFY2(found[kind] > 0, kind);

        Catalog grown = *test::registry().find("lync2013-federation");
        const size_t size = grown.rules.size();
        grown.rules.push_back(grown.rules.front());
        grown.rules.back().id = "appended";
        QCOMPARE(grown.ruleIndex("appended"), int(size));
        QCOMPARE(grown.rule(grown.rules[1].id), &grown.rules[1]);
    }

    void ports_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("single") << "5061" << true << "5061";
        QTest::newRow("range") << "50000-59999" << true << "50000-59999";
        QTest::newRow("document's commas") << "50,000-59,999" << true << "50000-59999";
        QTest::newRow("lowest") << "1" << true << "1";
        QTest::newRow("highest") << "65535" << true << "65535";
        QTest::newRow("zero") << "0" << false << "";
        QTest::newRow("too high") << "65536" << false << "";
        QTest::newRow("reversed") << "10-5" << false << "";
        QTest::newRow("junk") << "http" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("huge") << "99999999999999999999" << false << "";
    }

    void ports()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        std::string why;
        const auto range = parsePortRange(text.toStdString(), &why);
        QCOMPARE(range.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(range->toString()), canonical);
        else
            QVERIFY(!why.empty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
