// The design checks: for each check, an edit of the bundled sample that
// triggers it and a near miss that does not; the sample's own findings;
// order, determinism and both languages.

#include "checks/Checks.h"
#include "ModelSupport.h"

#include <QtTest>



using namespace edgeplan;

namespace {

using Edit = std::function<void(Topology&)>;

// The sample's components, by name.
ComponentId id(const Topology& t, const char* name)
{
    const ComponentId found = test::componentNamed(t, name);
    if (!found.isValid())
        qFatal("no component %s in the sample", name);
    return found;
}

const char* const kEdge = "edge01";
const char* const kFrontEnd = "fepool01";
const char* const kSipPartner = "Fabrikam (SIP federation)";
const char* const kProvider = "Public IM provider";
const char* const kMessenger = "Live Messenger client";
const char* const kXmppPartner = "Litware (XMPP)";
const char* const kClient = "Remote user";

Edit removeAll(std::vector<const char*> names)
{
    return [names](Topology& t) {
        for (const char* name : names)
            t.removeComponent(id(t, name));
    };
}

Edit setZone(const char* name, const char* zone)
{
    return [=](Topology& t) { t.setComponentZone(id(t, name), zone); };
}

Edit setAddress(const char* name, const char* interfaceId, const char* address,
                const char* nat = "")
{
    return [=](Topology& t) {
        t.setInterfaceAddress(id(t, name), interfaceId, address);
        t.setInterfaceNatAddress(id(t, name), interfaceId, nat);
    };
}

Edit setProp(const char* name, const char* property, const char* value)
{
    return [=](Topology& t) { t.setComponentProperty(id(t, name), property, value); };
}

Edit scenarioOff(const char* scenario)
{
    return [=](Topology& t) { t.setScenarioEnabled(scenario, false); };
}

Edit linkPair(const char* a, const char* b)
{
    return [=](Topology& t) { t.addLink(id(t, a), id(t, b)); };
}

Edit unlinkPair(const char* a, const char* b)
{
    return [=](Topology& t) { t.removeLink(t.linkBetween(id(t, a), id(t, b))); };
}

Edit both(Edit first, Edit second)
{
    return [=](Topology& t) {
        first(t);
        second(t);
    };
}

std::vector<const Finding*> withCode(const std::vector<Finding>& findings, const std::string& code)
{
    std::vector<const Finding*> result;
    for (const Finding& f : findings)
        if (f.code == code)
            result.push_back(&f);
    return result;
}

// The severity each check reports, as docs/checks.md lists it.
Severity severityOf(const std::string& code)
{
    static const std::map<std::string, Severity> severities = {
        {"component.wrong-zone", Severity::Error},     {"link.crosses-firewalls", Severity::Error},
        {"scenario.required-rule", Severity::Error},   {"address.private", Severity::Error},
        {"address.duplicate", Severity::Error},        {"scenario.unused", Severity::Warning},
        {"component.scenario-off", Severity::Warning}, {"component.not-linked", Severity::Warning},
        {"address.missing", Severity::Warning},        {"fqdn.duplicate", Severity::Warning},
        {"role.retired", Severity::Warning},           {"port.443-shared", Severity::Information},
        {"link.no-rules", Severity::Warning},          {"link.no-rules-scenario-off", Severity::Warning},
        {"link.no-rules-variant", Severity::Warning},  {"link.no-rules-conditions", Severity::Warning},
    };
    return severities.at(code);
}

std::unique_ptr<Topology> edited(const Edit& edit)
{
    auto t = test::loadSample();
    edit(*t);
    return t;
}

QString describe(const Topology& t, const std::vector<Finding>& findings)
{
    return QString::fromStdString(findingsText(t, findings, Lang::En));
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHasNoErrors()
    {
        const auto t = test::loadSample();
        const auto findings = runChecks(*t);
        QVERIFY(!hasErrors(findings));
        // Exactly: the Live Messenger retirement, and 443 sharing the Access
        // Edge address with A/V and XMPP.
        QCOMPARE(findings.size(), size_t(2));
        QCOMPARE(findings[0].severity, Severity::Warning);
        QCOMPARE(findings[0].code, std::string("role.retired"));
        QCOMPARE(findings[0].components, std::vector<ComponentId>{id(*t, kMessenger)});
        QCOMPARE(findings[1].severity, Severity::Information);
        QCOMPARE(findings[1].code, std::string("port.443-shared"));
        QCOMPARE(findings[1].components, std::vector<ComponentId>{id(*t, kEdge)});
        QCOMPARE(findings[1].args, (std::vector<std::string>{"access-edge", "av", "xmpp"}));
    }

    void checks_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("components"); // of the first finding with the code

        const Edit none = [](Topology&) {};
        const QStringList any;

        QTest::newRow("wrong zone: edge server on the internal network")
            << setZone(kEdge, "internal") << "component.wrong-zone" << 1 << QStringList{kEdge};
        QTest::newRow("wrong zone: federation partner in the perimeter")
            << setZone(kSipPartner, "perimeter") << "component.wrong-zone" << 1
            << QStringList{kSipPartner};
        QTest::newRow("wrong zone: none in the sample") << none << "component.wrong-zone" << 0 << any;

        QTest::newRow("crossing: client straight to the front end")
            << linkPair(kClient, kFrontEnd) << "link.crosses-firewalls" << 1
            << QStringList{kFrontEnd, kClient};
        QTest::newRow("crossing: front end to edge to client is fine")
            << none << "link.crosses-firewalls" << 0 << any;

        QTest::newRow("scenario unused: public IM with no provider or client")
            << removeAll({kProvider, kMessenger, kClient}) << "scenario.unused" << 1 << any;
        QTest::newRow("scenario unused: the provider alone uses it")
            << removeAll({kMessenger, kClient}) << "scenario.unused" << 0 << any;

        QTest::newRow("scenario off: public IM switched off")
            << scenarioOff("public-im") << "component.scenario-off" << 3 << QStringList{kProvider};
        QTest::newRow("scenario off: the edge still serves the others")
            << both(scenarioOff("public-im"), scenarioOff("sip-federation"))
            << "component.scenario-off" << 4 << QStringList{kSipPartner};
        QTest::newRow("scenario off: none in the sample") << none << "component.scenario-off" << 0 << any;

        QTest::newRow("not linked: partner without a link")
            << unlinkPair(kEdge, kSipPartner) << "component.not-linked" << 1 << QStringList{kSipPartner};
        QTest::newRow("not linked: client linked to the front end only")
            << both(unlinkPair(kClient, kEdge), linkPair(kClient, kFrontEnd)) << "component.not-linked" << 1
            << QStringList{kClient};
        QTest::newRow("not linked: the front end needs no edge link")
            << unlinkPair(kFrontEnd, kEdge) << "component.not-linked" << 0 << any;

        QTest::newRow("XMPP gateway: front end without it")
            << setProp(kFrontEnd, "xmppGateway", "false") << "scenario.required-rule" << 1
            << QStringList{kEdge, kFrontEnd};
        QTest::newRow("XMPP gateway: front end not linked to the edge")
            << unlinkPair(kFrontEnd, kEdge) << "scenario.required-rule" << 1 << QStringList{kEdge, kFrontEnd};
        QTest::newRow("XMPP gateway: XMPP off")
            << both(setProp(kFrontEnd, "xmppGateway", "false"), scenarioOff("xmpp-federation"))
            << "scenario.required-rule" << 0 << any;
        QTest::newRow("XMPP gateway: nothing uses XMPP, one finding says so")
            << both(setProp(kFrontEnd, "xmppGateway", "false"), removeAll({kXmppPartner}))
            << "scenario.required-rule" << 0 << any;

        QTest::newRow("address missing: Access Edge")
            << setAddress(kEdge, "access-edge", "") << "address.missing" << 1 << QStringList{kEdge};
        QTest::newRow("address missing: internal interface, for 23456")
            << setAddress(kEdge, "internal", "") << "address.missing" << 1 << QStringList{kEdge};
        QTest::newRow("address missing: internal interface that no rule uses")
            << both(setAddress(kEdge, "internal", ""), scenarioOff("xmpp-federation"))
            << "address.missing" << 0 << any;
        QTest::newRow("address missing: partners may stay Any")
            << setAddress(kSipPartner, "public", "") << "address.missing" << 0 << any;

        QTest::newRow("private: 10/8") << setAddress(kEdge, "access-edge", "10.9.8.7")
                                       << "address.private" << 1 << QStringList{kEdge};
        QTest::newRow("private: 172.16/12, top") << setAddress(kEdge, "access-edge", "172.31.255.1")
                                                 << "address.private" << 1 << QStringList{kEdge};
        QTest::newRow("private: 192.168/16") << setAddress(kEdge, "access-edge", "192.168.1.1")
                                             << "address.private" << 1 << QStringList{kEdge};
        QTest::newRow("private: IPv6 unique local") << setAddress(kEdge, "access-edge", "fd00::10")
                                                    << "address.private" << 1 << QStringList{kEdge};
        QTest::newRow("private: NAT address private too")
            << setAddress(kEdge, "access-edge", "10.9.8.7", "192.168.0.1") << "address.private" << 1
            << QStringList{kEdge};
        QTest::newRow("private: 172.32 is public") << setAddress(kEdge, "access-edge", "172.32.0.1")
                                                   << "address.private" << 0 << any;
        QTest::newRow("private: NAT marked with a public address")
            << setAddress(kEdge, "access-edge", "10.9.8.7", "203.0.113.99") << "address.private" << 0
            << any;
        QTest::newRow("private: the internal interface may be") << none << "address.private" << 0 << any;
        QTest::newRow("private: a partner on the Internet is its own business")
            << setAddress(kSipPartner, "public", "10.9.8.7") << "address.private" << 0 << any;

        QTest::newRow("same address") << setAddress(kSipPartner, "public", "203.0.113.10")
                                      << "address.duplicate" << 1 << QStringList{kEdge, kSipPartner};
        QTest::newRow("same address: NAT addresses may repeat")
            << setAddress(kSipPartner, "public", "198.51.100.10", "203.0.113.10")
            << "address.duplicate" << 0 << any;
        QTest::newRow("same FQDN, other case and a root dot")
            << Edit([](Topology& t) { t.setComponentFqdn(id(t, kXmppPartner), "ACCESS.Example.com."); })
            << "fqdn.duplicate" << 1 << QStringList{kEdge, kXmppPartner};
        QTest::newRow("same FQDN: other domain")
            << Edit([](Topology& t) { t.setComponentFqdn(id(t, kXmppPartner), "access.example.org"); })
            << "fqdn.duplicate" << 0 << any;

        QTest::newRow("retired: Live Messenger client") << none << "role.retired" << 1
                                                        << QStringList{kMessenger};
        QTest::newRow("retired: provider on Windows Live too")
            << setProp(kProvider, "network", "windows-live") << "role.retired" << 2
            << QStringList{kProvider};
        QTest::newRow("retired: Skype provider, no Messenger client")
            << removeAll({kMessenger}) << "role.retired" << 0 << any;

        // The seed files the remote user's TCP 443 under public IM: with it off,
        // the provider's, the Messenger client's and the remote user's links
        // to the edge carry nothing, and each says which scenario would.
        QTest::newRow("no rules: public IM off")
            << scenarioOff("public-im") << "link.no-rules-scenario-off" << 3 << QStringList{kEdge, kProvider};
        // This catalog's internal firewall holds XMPP's 23456 alone: the
        // front end's link goes bare with the XMPP partner's.
        QTest::newRow("no rules: XMPP off")
            << scenarioOff("xmpp-federation") << "link.no-rules-scenario-off" << 2
            << QStringList{kEdge, kFrontEnd};
        QTest::newRow("no rules: the catalog has none between two partners")
            << linkPair(kSipPartner, kProvider) << "link.no-rules" << 1 << QStringList{kSipPartner, kProvider};
        QTest::newRow("no rules: a partner on the wrong end is a crossing, and bare")
            << linkPair(kSipPartner, kFrontEnd) << "link.no-rules" << 1 << QStringList{kFrontEnd, kSipPartner};
        QTest::newRow("no rules: every link of the sample carries some")
            << none << "link.no-rules" << 0 << any;
        QTest::newRow("no rules: nor any scenario off in the sample")
            << none << "link.no-rules-scenario-off" << 0 << any;

        QTest::newRow("443 shared: Access Edge with A/V and XMPP")
            << none << "port.443-shared" << 1 << QStringList{kEdge};
        QTest::newRow("443 shared: only Access services on the address")
            << both(removeAll({kMessenger}), scenarioOff("xmpp-federation")) << "port.443-shared" << 0
            << any;
        QTest::newRow("443 shared: no client on 443")
            << both(removeAll({kMessenger}), removeAll({kClient})) << "port.443-shared" << 0 << any;
        QTest::newRow("443 shared: XMPP on another address of the edge")
            << removeAll({kMessenger, kXmppPartner}) << "port.443-shared" << 0 << any;
        QTest::newRow("443 shared: XMPP on the internal interface with the same address")
            << both(removeAll({kMessenger, kXmppPartner}), setAddress(kEdge, "internal", "203.0.113.10"))
            << "port.443-shared" << 1 << QStringList{kEdge};
    }

    void checks()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, code);
        QFETCH(int, count);
        QFETCH(QStringList, components);
        const auto t = edited(edit);
        const auto findings = runChecks(*t);
        const auto found = withCode(findings, code.toStdString());
        QVERIFY2(int(found.size()) == count, qPrintable(describe(*t, findings)));
        if (found.empty())
            return;
        QStringList names;
        for (ComponentId c : found[0]->components)
            names << QString::fromStdString(t->component(c)->name);
        QCOMPARE(names, components);
        if (severityOf(code.toStdString()) == Severity::Error)
            QVERIFY(hasErrors(findings));
        for (const Finding* f : found) {
            QCOMPARE(f->severity, severityOf(f->code));
            QVERIFY(!f->message.en.empty());
            QVERIFY(!f->message.ja.empty());
            QVERIFY2(f->message.en.find('{') == std::string::npos, f->message.en.c_str());
            QVERIFY2(f->message.ja.find('{') == std::string::npos, f->message.ja.c_str());
            for (ComponentId c : f->components) {
                const std::string& name = t->component(c)->name;
                QVERIFY2(f->message.en.find(name) != std::string::npos, f->message.en.c_str());
                QVERIFY2(f->message.ja.find(name) != std::string::npos, f->message.ja.c_str());
            }
        }
    }

    void messagesUseTheDocumentsTerms()
    {
        auto t = test::loadSample();
        setAddress(kEdge, "access-edge", "192.168.1.1")(*t);
        linkPair(kClient, kFrontEnd)(*t);
        const auto findings = runChecks(*t);
        const Finding* priv = withCode(findings, "address.private").at(0);
        QCOMPARE(QString::fromStdString(priv->message.ja),
                 QStringLiteral("「edge01」のアクセス エッジ サービス (外部)のアドレス 192.168.1.1 は"
                                "プライベート アドレスで、NAT も設定されていません。インターネット上の"
                                "パートナーはこのアドレスに到達できません。パブリック アドレスか、NAT の"
                                "パブリック アドレスを設定してください。"));
        QVERIFY(priv->message.en.find("Access Edge service (external) of \u201cedge01\u201d") == 0);
        const Finding* crossing = withCode(findings, "link.crosses-firewalls").at(0);
        QVERIFY2(crossing->message.ja.find("内部ファイアウォールと外部ファイアウォールを直接越えています") !=
                     std::string::npos,
                 crossing->message.ja.c_str());
        QVERIFY(crossing->message.en.find("the Internal firewall and the External firewall") != std::string::npos);
        QCOMPARE(crossing->links.size(), size_t(1));
        const Finding* retired = withCode(findings, "role.retired").at(0);
        QVERIFY(retired->message.ja.find("2013 年 3 月 15 日") != std::string::npos);
        QCOMPARE(retired->args, std::vector<std::string>{"2013-03-15"});
        QVERIFY(retired->message.ja.find("Skype") != std::string::npos);
    }

    void sortedAndDeterministic()
    {
        auto t = test::loadSample();
        setZone(kEdge, "internal")(*t);
        setAddress(kSipPartner, "public", "")(*t);
        unlinkPair(kEdge, kProvider)(*t);
        scenarioOff("sip-federation")(*t);
        const auto first = runChecks(*t);
        QCOMPARE(runChecks(*t), first);
        QVERIFY(first.size() > 4);
        for (size_t i = 1; i < first.size(); ++i) {
            const Finding& a = first[i - 1];
            const Finding& b = first[i];
            QVERIFY(std::tie(a.severity, a.code, a.components) <= std::tie(b.severity, b.code, b.components));
        }
        QCOMPARE(first.front().severity, Severity::Error);
        QCOMPARE(first.back().severity, Severity::Information);
    }

    void emptyPlanHasNothingToSay()
    {
        Topology t(test::loadSample()->catalogPtr());
        QVERIFY(runChecks(t).empty());
        t.setScenarioEnabled("sip-federation", true);
        const auto findings = runChecks(t);
        QCOMPARE(findings.size(), size_t(1));
        QCOMPARE(findings[0].code, std::string("scenario.unused"));
        QCOMPARE(findings[0].args, std::vector<std::string>{"sip-federation"});
    }

    void outputs()
    {
        auto t = test::loadSample();
        const auto findings = runChecks(*t);
        const std::string text = findingsText(*t, findings, Lang::En);
        QVERIFY2(text.find("warning role.retired (Live Messenger client): ") == 0, text.c_str());
        QVERIFY(text.find("\ninformation port.443-shared (edge01): ") != std::string::npos);
        const auto doc = nlohmann::json::parse(findingsJson(*t, findings, Lang::Ja));
        QCOMPARE(doc["format"], "edgeplan-findings");
        QCOMPARE(doc["version"], 1);
        QCOMPARE(doc["findings"].size(), size_t(2));
        QCOMPARE(doc["findings"][1]["severity"], "information");
        QCOMPARE(doc["findings"][1]["components"][0], "edge01");
        QVERIFY(doc["findings"][1]["message"].get<std::string>().find("クライアント") == 0);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
