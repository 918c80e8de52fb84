// What `verify` probes, chosen from the plan, and the bytes of its requests:
// no network here (tst_verify talks to real peers on loopback).

#include "io/ProjectFile.h"
#include "rules/RuleEngine.h"
#include "TestSupport.h"
#include "verify/Verify.h"

#include <QFile>
#include <QTest>

using namespace edgeplan;

namespace {

std::unique_ptr<Topology> loadData(const QString& name)
{
    QFile file(QStringLiteral(EDGEPLAN_TEST_DATA "/verify/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    const QByteArray bytes = file.readAll();
    auto result = loadProject(bytes.toStdString(), test::registry());
    if (!result.topology)
        qFatal("%s does not load", qPrintable(name));
    return std::move(result.topology);
}

const ProbeSpec* find(const std::vector<ProbeSpec>& probes, ProbeKind kind, const std::string& host, int port = 0)
{
    for (const ProbeSpec& p : probes)
        if (p.kind == kind && p.host == host && (port == 0 || p.port == port))
            return &p;
    return nullptr;
}

StunTransactionId transaction()
{
    StunTransactionId id;
    for (size_t i = 0; i < id.size(); ++i)
        id[i] = std::uint8_t(0xA0 + i);
    return id;
}

std::string bytes(std::initializer_list<int> values)
{
    std::string out;
    for (int v : values)
        out += char(v);
    return out;
}

// A Binding Success Response carrying one attribute.
std::string successWith(int attribute, const std::string& value)
{
    const StunTransactionId id = transaction();
    std::string message = bytes({0x01, 0x01, 0, int(4 + value.size()), 0x21, 0x12, 0xA4, 0x42});
    message.append(id.begin(), id.end());
    message += bytes({attribute >> 8, attribute & 0xff, 0, int(value.size())});
    message += value;
    return message;
}

// The parameters of an OPTIONS request to Fabrikam from 127.0.0.1.
SipOptionsParams sipOptions()
{
    SipOptionsParams p;
    p.host = "sip.fabrikam.test";
    p.port = 5061;
    p.localHost = "127.0.0.1";
    p.localPort = 50123;
    p.branch = "abc";
    p.callId = "call-1";
    p.tag = "t1";
    return p;
}

} // namespace

class TestVerifyProbes : public QObject
{
    Q_OBJECT

private slots:
    void plansDnsFromFqdnsAndSipDomains()
    {
        const auto topology = loadData(QStringLiteral("loopback.edgeplan"));
        const auto probes = planProbes(*topology, deriveTables(*topology));

        // The edge's records are the DNS report's: its external names on the
        // Access Edge address, its internal name on the internal one.
        const ProbeSpec* edgeA = find(probes, ProbeKind::DnsAddress, "access.edgeplan.test");
        QVERIFY(edgeA);
        QCOMPARE(edgeA->expectedAddresses, (std::vector<std::string>{"127.0.0.10"}));
        const ProbeSpec* internalA = find(probes, ProbeKind::DnsAddress, "edge01.edgeplan.test");
        QVERIFY(internalA);
        QCOMPARE(internalA->expectedAddresses, (std::vector<std::string>{"127.0.0.11"}));
        // Clients find the edge through _sip._tls (443), partners through
        // _sipfederationtls._tcp (5061), XMPP servers through _xmpp-server._tcp (5269).
        const ProbeSpec* sipTls = find(probes, ProbeKind::DnsSrv, "_sip._tls.edgeplan.test");
        QVERIFY(sipTls);
        QCOMPARE(sipTls->expectedTarget, std::string("sip.edgeplan.test"));
        QCOMPARE(sipTls->expectedPort, 443);
        const ProbeSpec* xmppSrv = find(probes, ProbeKind::DnsSrv, "_xmpp-server._tcp.edgeplan.test");
        QVERIFY(xmppSrv);
        QCOMPARE(xmppSrv->expectedTarget, std::string("xmpp.edgeplan.test"));
        QCOMPARE(xmppSrv->expectedPort, 5269);
        const ProbeSpec* federation = find(probes, ProbeKind::DnsSrv, "_sipfederationtls._tcp.edgeplan.test");
        QVERIFY(federation);
        QCOMPARE(federation->expectedPort, 5061);
        const ProbeSpec* partner = find(probes, ProbeKind::DnsSrv, "_sipfederationtls._tcp.fabrikam.test");
        QVERIFY(partner);
        QCOMPARE(partner->expectedTarget, std::string("sip.fabrikam.test"));
        QCOMPARE(partner->expectedPort, 5061);
        // No FQDN, no DNS probe.
        QVERIFY(std::none_of(probes.begin(), probes.end(), [&](const ProbeSpec& p) {
            return (p.kind == ProbeKind::DnsAddress || p.kind == ProbeKind::DnsSrv) &&
                   p.component == test::componentNamed(*topology, "Remote user");
        }));
    }

    void plansOneProbePerTargetByProtocol()
    {
        const auto topology = loadData(QStringLiteral("loopback.edgeplan"));
        const auto probes = planProbes(*topology, deriveTables(*topology));

        // SIP over TLS: a handshake and an OPTIONS request, named as the plan names the host.
        const ProbeSpec* tls = find(probes, ProbeKind::Tls, "127.0.0.20", 5061);
        QVERIFY(tls);
        QCOMPARE(tls->serverName, std::string("sip.fabrikam.test"));
        QCOMPARE(tls->ruleIds, (std::vector<std::string>{"sip-federation-1"}));
        QVERIFY(find(probes, ProbeKind::SipOptions, "127.0.0.20", 5061));
        QVERIFY(find(probes, ProbeKind::SipOptions, "127.0.0.10", 443));
        // XMPP (MTLS) to the edge's internal interface: TLS only.
        QVERIFY(find(probes, ProbeKind::Tls, "127.0.0.11", 23456));
        QVERIFY(!find(probes, ProbeKind::SipOptions, "127.0.0.11", 23456));
        // XMPP server to server: the stream names the partner's domain.
        const ProbeSpec* xmpp = find(probes, ProbeKind::XmppStream, "127.0.0.30", 5269);
        QVERIFY(xmpp);
        QCOMPARE(xmpp->serverName, std::string("litware.test"));
        QVERIFY(find(probes, ProbeKind::Stun, "127.0.0.10", 3478));
        QVERIFY(find(probes, ProbeKind::Stun, "127.0.0.50", 3478));
        // The RTP range is listed, not probed.
        const auto rtp = std::find_if(probes.begin(), probes.end(), [](const ProbeSpec& p) {
            return p.ruleIds == std::vector<std::string>{"public-im-4"};
        });
        QVERIFY(rtp != probes.end());
        QCOMPARE(rtp->kind, ProbeKind::NotProbed);
        QCOMPARE(rtp->reason, NotProbedReason::PortRange);
        QCOMPARE(rtp->lastPort, 59999);
        // Only the plan's own addresses and names.
        for (const ProbeSpec& p : probes) {
            if (p.kind == ProbeKind::DnsSrv || p.kind == ProbeKind::DnsAddress)
                QVERIFY2(QString::fromStdString(p.host).endsWith(QLatin1String(".test")), p.host.c_str());
            else
                QVERIFY2(QString::fromStdString(p.host).startsWith(QLatin1String("127.0.0.")), p.host.c_str());
        }
    }

    void sharesAProbeBetweenRowsWithOneTarget()
    {
        auto topology = loadData(QStringLiteral("loopback.edgeplan"));
        // A second XMPP partner at the same address: one probe stands for both rules' links.
        const ComponentId litware = test::componentNamed(*topology, "Litware");
        const Component copy = *topology->component(litware);
        const ComponentId twin = topology->addComponent(copy.role, "Litware 2", copy.zone, {900, 300});
        topology->setInterfaceAddress(twin, "public", "127.0.0.30");
        topology->addLink(test::componentNamed(*topology, "edge01"), twin);
        const auto probes = planProbes(*topology, deriveTables(*topology));
        const auto count = std::count_if(probes.begin(), probes.end(), [](const ProbeSpec& p) {
            return p.kind == ProbeKind::XmppStream && p.host == "127.0.0.30";
        });
        // Different names (the twin has no SIP domain) make two probes;
        // the same name would make one.
        QCOMPARE(count, 2);
        topology->setComponentProperty(twin, kSipDomainProperty, "litware.test");
        topology->setComponentFqdn(twin, "xmpp.litware.test");
        const auto shared = planProbes(*topology, deriveTables(*topology));
        const ProbeSpec* one = find(shared, ProbeKind::XmppStream, "127.0.0.30");
        QVERIFY(one);
        QCOMPARE(std::count_if(shared.begin(), shared.end(),
                               [](const ProbeSpec& p) { return p.kind == ProbeKind::XmppStream && p.host == "127.0.0.30"; }),
                 1);
        QCOMPARE(one->links.size(), size_t(2));
    }

    void natAddressIsTheTarget()
    {
        auto topology = loadData(QStringLiteral("loopback.edgeplan"));
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        topology->setInterfaceNatAddress(edge, "access-edge", "127.0.0.110");
        const auto probes = planProbes(*topology, deriveTables(*topology));
        QVERIFY(find(probes, ProbeKind::XmppStream, "127.0.0.110", 5269));
        QVERIFY(!find(probes, ProbeKind::XmppStream, "127.0.0.10", 5269));
        const ProbeSpec* a = find(probes, ProbeKind::DnsAddress, "access.edgeplan.test");
        QVERIFY(a);
        QVERIFY(std::find(a->expectedAddresses.begin(), a->expectedAddresses.end(), "127.0.0.110") !=
                a->expectedAddresses.end());
    }

    void noAddressNoProbe()
    {
        auto topology = loadData(QStringLiteral("loopback.edgeplan"));
        const ComponentId fabrikam = test::componentNamed(*topology, "Fabrikam");
        topology->setInterfaceAddress(fabrikam, "public", "");
        topology->setComponentFqdn(fabrikam, "");
        const auto probes = planProbes(*topology, deriveTables(*topology));
        const auto row = std::find_if(probes.begin(), probes.end(), [](const ProbeSpec& p) {
            return p.ruleIds == std::vector<std::string>{"sip-federation-1"};
        });
        QVERIFY(row != probes.end());
        QCOMPARE(row->kind, ProbeKind::NotProbed);
        QCOMPARE(row->reason, NotProbedReason::NoTarget);
    }

    void stunRequestIsRfc5389()
    {
        const std::string request = stunBindingRequest(transaction());
        QCOMPARE(request.size(), size_t(20));
        QCOMPARE(request.substr(0, 8), bytes({0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xA4, 0x42}));
        QCOMPARE(std::uint8_t(request[8]), std::uint8_t(0xA0));
        QCOMPARE(std::uint8_t(request[19]), std::uint8_t(0xAB));
    }

    void stunResponseXorMappedIpv4()
    {
        // 127.0.0.1 port 40000, XORed with the cookie.
        const int port = 40000 ^ 0x2112;
        const std::string value = bytes({0, 0x01, port >> 8, port & 0xff, 127 ^ 0x21, 0 ^ 0x12, 0 ^ 0xA4, 1 ^ 0x42});
        std::string why;
        const auto response = parseStunResponse(successWith(0x0020, value), transaction(), &why);
        QVERIFY2(response, why.c_str());
        QVERIFY(response->success);
        QCOMPARE(response->mappedAddress, std::string("127.0.0.1"));
        QCOMPARE(response->mappedPort, 40000);
    }

    void stunResponseXorMappedIpv6()
    {
        // ::1 port 3478: the last bytes XOR with the transaction id.
        const StunTransactionId id = transaction();
        std::string value = bytes({0, 0x02, (3478 ^ 0x2112) >> 8, (3478 ^ 0x2112) & 0xff});
        const std::uint8_t mask[16] = {0x21, 0x12, 0xA4, 0x42, id[0], id[1], id[2], id[3], id[4], id[5],
                                       id[6], id[7], id[8], id[9], id[10], id[11]};
        for (int i = 0; i < 16; ++i)
            value += char((i == 15 ? 1 : 0) ^ mask[i]);
        const auto response = parseStunResponse(successWith(0x0020, value), id);
        QVERIFY(response);
        QCOMPARE(response->mappedAddress, std::string("::1"));
        QCOMPARE(response->mappedPort, 3478);
    }

    void stunResponsePlainMappedAddress()
    {
        const std::string value = bytes({0, 0x01, 0x0D, 0x96, 192, 0, 2, 7});
        const auto response = parseStunResponse(successWith(0x0001, value), transaction());
        QVERIFY(response);
        QCOMPARE(response->mappedAddress, std::string("192.0.2.7"));
        QCOMPARE(response->mappedPort, 3478);
    }

    void stunRefusesWhatIsNotAnAnswer_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        const std::string good = successWith(0x0020, bytes({0, 1, 0, 1, 1, 2, 3, 4}));
        auto qb = [](const std::string& s) { return QByteArray(s.data(), qsizetype(s.size())); };
        QTest::newRow("short") << qb(good.substr(0, 12));
        std::string cookie = good;
        cookie[4] = 0;
        QTest::newRow("no cookie") << qb(cookie);
        std::string other = good;
        other[10] ^= 1;
        QTest::newRow("another transaction") << qb(other);
        std::string longer = good;
        longer[3] = char(64);
        QTest::newRow("length past the datagram") << qb(longer);
        std::string attribute = good;
        attribute[23] = char(40);
        QTest::newRow("attribute past the message") << qb(attribute);
        std::string request = good;
        request[1] = 0x01;
        request[0] = 0x00;
        QTest::newRow("a request, not a response") << qb(request);
    }

    void stunRefusesWhatIsNotAnAnswer()
    {
        QFETCH(QByteArray, datagram);
        std::string why;
        QVERIFY(!parseStunResponse(datagram.toStdString(), transaction(), &why));
        QVERIFY(!why.empty());
    }

    void sipOptionsHasTheMandatoryHeaders()
    {
        const auto built = sipOptionsRequest(sipOptions());
        QVERIFY(built);
        const QString request = QString::fromStdString(*built);
        QVERIFY(request.startsWith(QLatin1String("OPTIONS sip:sip.fabrikam.test:5061;transport=tls SIP/2.0\r\n")));
        for (const char* header : {"\r\nVia: SIP/2.0/TLS 127.0.0.1:50123;branch=z9hG4bKabc\r\n", "\r\nMax-Forwards: 70\r\n",
                                   "\r\nFrom: <sip:edgeplan@127.0.0.1>;tag=t1\r\n", "\r\nTo: <sip:sip.fabrikam.test:5061;transport=tls>\r\n",
                                   "\r\nCall-ID: call-1\r\n", "\r\nCSeq: 1 OPTIONS\r\n", "\r\nContent-Length: 0\r\n"})
            QVERIFY2(request.contains(QLatin1String(header)), header);
        QVERIFY(request.endsWith(QLatin1String("\r\n\r\n")));
    }

    void sipStatusLine()
    {
        QVERIFY(!edgeplan::sipStatusLine("SIP/2.0 200 O"));
        QCOMPARE(*edgeplan::sipStatusLine("SIP/2.0 200 OK\r\nVia: x\r\n"), std::string("SIP/2.0 200 OK"));
        QCOMPARE(sipStatusCode("SIP/2.0 200 OK"), 200);
        QCOMPARE(sipStatusCode("SIP/2.0 403 Forbidden"), 403);
        QCOMPARE(sipStatusCode("HTTP/1.1 200 OK"), 0);
        QCOMPARE(sipStatusCode("SIP/2.0 2x0 OK"), 0);
        QCOMPARE(sipStatusCode("SIP/2.0"), 0);
    }

    void xmppHeaderNamesTheDomain()
    {
        const auto header = xmppStreamHeader("litware.test", "");
        QVERIFY(header);
        QVERIFY(header->find("<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'") !=
                std::string::npos);
        QVERIFY(header->find("to='litware.test' version='1.0'>") != std::string::npos);
        QVERIFY(header->find("from=") == std::string::npos);
        const auto both = xmppStreamHeader("LITWARE.test.", "127.0.0.1");
        QVERIFY(both);
        QVERIFY(both->find("from='127.0.0.1' to='LITWARE.test.'") != std::string::npos);
    }

    // Whatever built the probe, no value that is not a DNS name or an
    // address reaches a message: each builder refuses and names the value.
    void buildersRefuseHostileValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CR LF header") << QByteArray("sip.fabrikam.test\r\nX-Injected: yes\r\n\r\nINVITE sip:a@b SIP/2.0");
        QTest::newRow("LF") << QByteArray("sip.fabrikam.test\nX: y");
        QTest::newRow("NUL") << QByteArray("sip.fabrikam.test\0x", 19);
        QTest::newRow("space") << QByteArray("sip fabrikam.test");
        QTest::newRow("markup") << QByteArray("a'><x/>&");
        QTest::newRow("quote") << QByteArray("b\"c");
        QTest::newRow("at sign") << QByteArray("edgeplan@fabrikam.test");
        QTest::newRow("angle bracket") << QByteArray("sip.fabrikam.test>");
        QTest::newRow("colon") << QByteArray("sip.fabrikam.test:5062");
        QTest::newRow("semicolon") << QByteArray("sip.fabrikam.test;transport=udp");
        QTest::newRow("non-ASCII") << QByteArray("s\xC3\xAFp.fabrikam.test");
        // Not host names, though a SIP token could hold them.
        QTest::newRow("empty label") << QByteArray("a..b");
        QTest::newRow("label of 64") << QByteArray(64, 'a') + ".test";
        QTest::newRow("empty") << QByteArray();
    }

    void buildersRefuseHostileValues()
    {
        QFETCH(QByteArray, value);
        const std::string hostile = value.toStdString();
        const SipOptionsParams good = sipOptions();
        QVERIFY(sipOptionsRequest(good));
        const bool token = !hostile.empty() && hostile.find_first_not_of(
                                                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") ==
                                                    std::string::npos;
        for (std::string SipOptionsParams::*field : {&SipOptionsParams::host, &SipOptionsParams::localHost,
                                                     &SipOptionsParams::branch, &SipOptionsParams::callId,
                                                     &SipOptionsParams::tag}) {
            const bool isHost = field == &SipOptionsParams::host || field == &SipOptionsParams::localHost;
            if (token && !isHost)
                continue;
            SipOptionsParams p = good;
            p.*field = hostile;
            std::string refused;
            QVERIFY(!sipOptionsRequest(p, &refused));
            QCOMPARE(refused, hostile);
        }
        std::string refused;
        QVERIFY(!xmppStreamHeader(hostile, "", &refused));
        QCOMPARE(refused, hostile);
        if (!hostile.empty()) {
            QVERIFY(!xmppStreamHeader("litware.test", hostile, &refused));
            QCOMPARE(refused, hostile);
        }
        QVERIFY(!isWireHost(hostile));
    }

    void sipOptionsBracketsAnIpv6Host()
    {
        SipOptionsParams p = sipOptions();
        p.host = "::1";
        p.localHost = "::1";
        p.localPort = 5;
        const auto request = sipOptionsRequest(p);
        QVERIFY(request);
        QVERIFY(request->rfind("OPTIONS sip:[::1]:5061;transport=tls SIP/2.0\r\n", 0) == 0);
        QVERIFY(request->find("\r\nVia: SIP/2.0/TLS [::1]:5;branch=z9hG4bKabc\r\n") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestVerifyProbes)
#include "tst_verifyprobes.moc"
