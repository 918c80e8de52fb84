// `edgeplan verify` and Tools > Verify plan against real peers on loopback:
// Kamailio (TLS, SIP OPTIONS), Prosody (XMPP server to server), coturn (STUN)
// and dnsmasq (SRV and A records), each started here with a configuration of
// its own. The plan under test (tests/data/verify/loopback.edgeplan) names
// only 127.0.0.0/8 addresses and .test names: the feature itself decides
// where to go, and nothing else is contacted.
//
// Long because the peers start once for every case here: a second program
// would start them again (seconds each) and could not run beside this one
// (they share loopback ports).

#include "diagram/DiagramScene.h"
#include "dialogs/VerifyDialog.h"
#include "document/Document.h"
#include "EdgeplanRun.h"
#include "LoopbackPeers.h"
#include "rules/RuleEngine.h"
#include "support/Catalogs.h"
#include "TestSupport.h"
#include "verify/Verifier.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <nlohmann/json.hpp>

using namespace edgeplan;
using nlohmann::json;

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(EDGEPLAN_TEST_DATA "/verify/") + name;
}

// The probe of a kind at a host (and port) in `verify --format json` output.
const json* probeIn(const json& doc, const std::string& kind, const std::string& host, int port = 0)
{
    for (const json& p : doc.at("probes"))
        if (p.at("kind") == kind && p.at("host") == host && (port == 0 || p.value("port", 0) == port))
            return &p;
    return nullptr;
}

QString text(const json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    ::test::Kamailio m_edgeSip;     // the Access Edge: SIP over TLS on 5061 and 443
    ::test::Kamailio m_partnerSip;  // Fabrikam's Access Edge
    ::test::Prosody m_edgeXmpp;     // the edge's XMPP proxy
    ::test::Prosody m_partnerXmpp;  // Litware
    ::test::Coturn m_edgeStun;      // the A/V Edge's STUN
    ::test::Dnsmasq m_dns;

    void startPeers()
    {
        QString error;
        QVERIFY(m_certs.isValid());
        for (const char* name : {"edge", "fabrikam", "litware"})
            QVERIFY(QDir(m_certs.path()).mkpath(QLatin1String(name)));
        const auto edgeCert = ::test::makeSelfSignedCertificate(
            m_certs.filePath(QStringLiteral("edge")), QStringLiteral("access.edgeplan.test"),
            {QStringLiteral("access.edgeplan.test"), QStringLiteral("sip.edgeplan.test"), QStringLiteral("edgeplan.test")},
            &error);
        QVERIFY2(edgeCert, qPrintable(error));
        const auto fabrikamCert = ::test::makeSelfSignedCertificate(
            m_certs.filePath(QStringLiteral("fabrikam")), QStringLiteral("sip.fabrikam.test"),
            {QStringLiteral("sip.fabrikam.test")}, &error);
        QVERIFY2(fabrikamCert, qPrintable(error));
        const auto litwareCert = ::test::makeSelfSignedCertificate(
            m_certs.filePath(QStringLiteral("litware")), QStringLiteral("litware.test"),
            {QStringLiteral("litware.test"), QStringLiteral("xmpp.litware.test")}, &error);
        QVERIFY2(litwareCert, qPrintable(error));

        QVERIFY2(m_edgeSip.start(QStringLiteral("127.0.0.10"), {5061, 443}, *edgeCert, &error), qPrintable(error));
        QVERIFY2(m_partnerSip.start(QStringLiteral("127.0.0.20"), {5061}, *fabrikamCert, &error), qPrintable(error));
        QVERIFY2(m_edgeXmpp.start(QStringLiteral("127.0.0.10"), 5269, QStringLiteral("edgeplan.test"), *edgeCert, &error),
                 qPrintable(error));
        QVERIFY2(m_partnerXmpp.start(QStringLiteral("127.0.0.30"), 5269, QStringLiteral("litware.test"), *litwareCert,
                                     &error),
                 qPrintable(error));
        QVERIFY2(m_edgeStun.start(QStringLiteral("127.0.0.10"), 3478, &error), qPrintable(error));
        // Right records, and two wrong ones: Litware's A record points
        // elsewhere and its SRV record names another port.
        const QList<::test::Dnsmasq::Srv> srv = {
            {QStringLiteral("_sip._tls.edgeplan.test"), QStringLiteral("sip.edgeplan.test"), 443},
            {QStringLiteral("_sipfederationtls._tcp.edgeplan.test"), QStringLiteral("sip.edgeplan.test"), 5061},
            {QStringLiteral("_xmpp-server._tcp.edgeplan.test"), QStringLiteral("xmpp.edgeplan.test"), 5269},
            {QStringLiteral("_sipfederationtls._tcp.fabrikam.test"), QStringLiteral("sip.fabrikam.test"), 5061},
            {QStringLiteral("_xmpp-server._tcp.litware.test"), QStringLiteral("xmpp.litware.test"), 5270},
        };
        const QList<::test::Dnsmasq::Host> hosts = {
            {QStringLiteral("access.edgeplan.test"), QStringLiteral("127.0.0.10")},
            {QStringLiteral("sip.edgeplan.test"), QStringLiteral("127.0.0.10")},
            {QStringLiteral("xmpp.edgeplan.test"), QStringLiteral("127.0.0.10")},
            {QStringLiteral("edge01.edgeplan.test"), QStringLiteral("127.0.0.11")},
            {QStringLiteral("fe.edgeplan.test"), QStringLiteral("127.0.0.12")},
            {QStringLiteral("sip.fabrikam.test"), QStringLiteral("127.0.0.20")},
            {QStringLiteral("xmpp.litware.test"), QStringLiteral("127.0.0.99")},
        };
        QVERIFY2(m_dns.start(QStringLiteral("127.0.0.2"), srv, hosts, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        if (!::test::runningAsRoot())
            QSKIP("the peers listen on ports 53 and 443, which need root (CI runs as root)");
        startPeers();
    }

    void cliReportsEveryProbe()
    {
        const edgeplan::test::Run run = edgeplan::test::edgeplanRun({QStringLiteral("verify"), QStringLiteral("--nameserver"),
                                                 QStringLiteral("127.0.0.2"), QStringLiteral("--timeout"),
                                                 QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json"),
                                                 dataFile(QStringLiteral("loopback.edgeplan"))});
        // Two wrong DNS records and two closed ports: exit 1.
        QCOMPARE(run.exitCode, 1);
        const json doc = json::parse(run.out.toStdString());

        // DNS, compared with the plan.
        const json* edgeA = probeIn(doc, "dns-address", "access.edgeplan.test");
        QVERIFY(edgeA);
        QCOMPARE(text(edgeA->at("status")), QStringLiteral("passed"));
        const json* litwareA = probeIn(doc, "dns-address", "xmpp.litware.test");
        QVERIFY(litwareA);
        QCOMPARE(text(litwareA->at("status")), QStringLiteral("failed"));
        QCOMPARE(text(litwareA->at("result")), QStringLiteral("mismatch"));
        QVERIFY(text(litwareA->at("detail")).contains(QLatin1String("127.0.0.99")));
        QVERIFY(text(litwareA->at("detail")).contains(QLatin1String("127.0.0.30")));
        const json* fabrikamSrv = probeIn(doc, "dns-srv", "_sipfederationtls._tcp.fabrikam.test");
        QVERIFY(fabrikamSrv);
        QCOMPARE(text(fabrikamSrv->at("status")), QStringLiteral("passed"));
        QVERIFY(text(fabrikamSrv->at("detail")).contains(QLatin1String("sip.fabrikam.test:5061")));
        const json* edgeSrv = probeIn(doc, "dns-srv", "_sip._tls.edgeplan.test");
        QVERIFY(edgeSrv);
        QCOMPARE(text(edgeSrv->at("status")), QStringLiteral("passed"));
        // Every record of the plan's DNS report is asked, and answers as promised.
        for (const char* name : {"sip.edgeplan.test", "xmpp.edgeplan.test", "edge01.edgeplan.test"}) {
            const json* record = probeIn(doc, "dns-address", name);
            QVERIFY2(record, name);
            QCOMPARE(text(record->at("status")), QStringLiteral("passed"));
        }
        for (const char* name : {"_sipfederationtls._tcp.edgeplan.test", "_xmpp-server._tcp.edgeplan.test"}) {
            const json* record = probeIn(doc, "dns-srv", name);
            QVERIFY2(record, name);
            QCOMPARE(text(record->at("status")), QStringLiteral("passed"));
        }
        const json* litwareSrv = probeIn(doc, "dns-srv", "_xmpp-server._tcp.litware.test");
        QVERIFY(litwareSrv);
        QCOMPARE(text(litwareSrv->at("status")), QStringLiteral("failed"));
        QVERIFY(text(litwareSrv->at("detail")).contains(QLatin1String("xmpp.litware.test:5270")));

        // TLS: the certificate's names, and an untrusted chain as a warning.
        const json* tls = probeIn(doc, "tls", "127.0.0.20", 5061);
        QVERIFY(tls);
        QCOMPARE(text(tls->at("status")), QStringLiteral("warning"));
        QVERIFY(text(tls->at("result")).startsWith(QLatin1String("TLS 1.")));
        const QString certificate = text(tls->at("detail"));
        QVERIFY2(certificate.contains(QLatin1String("CN=sip.fabrikam.test")), qPrintable(certificate));
        QVERIFY2(certificate.contains(QLatin1String("SAN sip.fabrikam.test")), qPrintable(certificate));
        QVERIFY2(certificate.contains(QLatin1String("chain not trusted")), qPrintable(certificate));
        QVERIFY2(!certificate.contains(QLatin1String("is not among")), qPrintable(certificate));
        const json* clientTls = probeIn(doc, "tls", "127.0.0.10", 443);
        QVERIFY(clientTls);
        QVERIFY(text(clientTls->at("detail")).contains(QLatin1String("access.edgeplan.test")));

        // SIP OPTIONS over that TLS: the status line.
        for (const auto& [host, port] : {std::pair{"127.0.0.20", 5061}, std::pair{"127.0.0.10", 443}}) {
            const json* options = probeIn(doc, "sip-options", host, port);
            QVERIFY(options);
            QCOMPARE(text(options->at("result")), QStringLiteral("SIP/2.0 200 OK"));
            QCOMPARE(text(options->at("status")), QStringLiteral("passed"));
        }

        // XMPP server to server: STARTTLS among the stream features, both ways.
        for (const char* host : {"127.0.0.10", "127.0.0.30"}) {
            const json* xmpp = probeIn(doc, "xmpp", host, 5269);
            QVERIFY(xmpp);
            QCOMPARE(text(xmpp->at("status")), QStringLiteral("passed"));
            QVERIFY(text(xmpp->at("detail")).contains(QLatin1String("starttls")));
        }

        // STUN: a Binding Success with the mapped address of this end.
        const json* stun = probeIn(doc, "stun", "127.0.0.10", 3478);
        QVERIFY(stun);
        QCOMPARE(text(stun->at("status")), QStringLiteral("passed"));
        QVERIFY2(text(stun->at("result")).startsWith(QLatin1String("mapped 127.0.0.1:")), qPrintable(text(stun->at("result"))));

        // Closed ports.
        const json* closed = probeIn(doc, "tls", "127.0.0.11", 23456);
        QVERIFY(closed);
        QCOMPARE(text(closed->at("status")), QStringLiteral("failed"));
        QCOMPARE(text(closed->at("result")), QStringLiteral("refused"));
        const json* silentStun = probeIn(doc, "stun", "127.0.0.50", 3478);
        QVERIFY(silentStun);
        QCOMPARE(text(silentStun->at("status")), QStringLiteral("failed"));

        // RTP is listed, not probed.
        bool rtpListed = false;
        for (const json& p : doc.at("probes"))
            rtpListed = rtpListed || (p.at("kind") == "not-probed" && p.at("rules") == json::array({"public-im-4"}));
        QVERIFY(rtpListed);
        QCOMPARE(doc.at("summary").at("ok").get<bool>(), false);
        QCOMPARE(doc.at("summary").at("failed").get<int>(), 4);
    }

    void cliTextAndExitZero()
    {
        const edgeplan::test::Run run = edgeplan::test::edgeplanRun({QStringLiteral("verify"), QStringLiteral("--nameserver"),
                                                 QStringLiteral("127.0.0.2"), QStringLiteral("--concurrency"),
                                                 QStringLiteral("1"), dataFile(QStringLiteral("federation-only.edgeplan"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("SIP/2.0 200 OK")));
        QVERIFY(run.out.contains(QLatin1String("_sipfederationtls._tcp.fabrikam.test")));
        QVERIFY(run.out.contains(QLatin1String("0 failed")));
        // The same in Japanese.
        const edgeplan::test::Run ja = edgeplan::test::edgeplanRun({QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("ja"),
                                                QStringLiteral("--nameserver"), QStringLiteral("127.0.0.2"),
                                                dataFile(QStringLiteral("federation-only.edgeplan"))});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY2(ja.out.contains(QStringLiteral("成功")), qPrintable(ja.out));
    }

    void dialogShowsTheSameWithProgress()
    {
        QStringList errors;
        auto topology = loadProjectFile(dataFile(QStringLiteral("loopback.edgeplan")), edgeplan::test::registry(), &errors);
        QVERIFY2(topology, qPrintable(errors.join('\n')));
        Document document(std::move(topology));
        DiagramScene scene(&document);
        VerifyDialog dialog(&document, &scene);
        dialog.findChild<QLineEdit*>(QStringLiteral("verifyNameserver"))->setText(QStringLiteral("127.0.0.2"));
        QSignalSpy progress(dialog.verifier(), &Verifier::progress);
        QSignalSpy finished(dialog.verifier(), &Verifier::finished);
        dialog.findChild<QPushButton*>(QStringLiteral("verifyStart"))->click();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("verifyStart"))->isEnabled());
        QVERIFY(finished.wait(30000));
        const int total = int(dialog.verifier()->probes().size());
        QVERIFY(progress.size() > 2); // it moved as probes finished
        auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("verifyProgress"));
        QCOMPARE(bar->maximum(), total);
        QCOMPARE(bar->value(), total);
        QCOMPARE(dialog.results()->rowCount(), total);

        // The same verdicts as the command line.
        const edgeplan::test::Run run = edgeplan::test::edgeplanRun({QStringLiteral("verify"), QStringLiteral("--nameserver"),
                                                 QStringLiteral("127.0.0.2"), QStringLiteral("--format"), QStringLiteral("json"),
                                                 dataFile(QStringLiteral("loopback.edgeplan"))});
        const json doc = json::parse(run.out.toStdString());
        QCOMPARE(int(doc.at("probes").size()), total);
        for (int i = 0; i < total; ++i) {
            const ProbeOutcome& outcome = dialog.verifier()->outcomes()[size_t(i)];
            QCOMPARE(Verifier::statusId(outcome.status), text(doc.at("probes")[size_t(i)].at("status")));
            QCOMPARE(dialog.results()->item(i, 4)->text(), Verifier::statusName(outcome.status));
            QCOMPARE(dialog.results()->item(i, 2)->text(), outcome.address);
        }

        // Links coloured from their probes.
        const Topology& t = document.topology();
        auto link = [&](const char* a, const char* b) {
            return t.linkBetween(edgeplan::test::componentNamed(t, a), edgeplan::test::componentNamed(t, b));
        };
        QCOMPARE(scene.linkCheck(link("fepool01", "edge01")), LinkCheck::Failed);       // 23456 refused
        QCOMPARE(scene.linkCheck(link("edge01", "Litware")), LinkCheck::Passed);        // XMPP both ways
        QCOMPARE(scene.linkCheck(link("edge01", "Fabrikam")), LinkCheck::Warning);      // self-signed chain
        QCOMPARE(scene.linkCheck(link("edge01", "Messenger client")), LinkCheck::Failed); // no STUN there

        // The results export as CSV and JSON.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.exportTo(dir.filePath(QStringLiteral("r.csv")), QStringLiteral("csv"), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QCOMPARE(csvText.count(QLatin1String("\r\n")), total + 1);
        QVERIFY(csvText.contains(QLatin1String("SIP/2.0 200 OK")));
        QVERIFY(dialog.exportTo(dir.filePath(QStringLiteral("r.json")), QStringLiteral("json"), &error));
        QFile jsonFile(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(int(json::parse(jsonFile.readAll().toStdString()).at("probes").size()), total);

        // Exports hide the colours with the badges.
        scene.setBadgesVisible(false);
        QCOMPARE(scene.linkCheck(link("edge01", "Litware")), LinkCheck::None);
        scene.setBadgesVisible(true);
        QCOMPARE(scene.linkCheck(link("edge01", "Litware")), LinkCheck::Passed);
        // An edit to the rules clears them: they described another plan.
        document.setScenarioEnabled("public-im", false);
        QCOMPARE(scene.linkCheck(link("edge01", "Litware")), LinkCheck::None);
    }

    // A name with no address in the plan is resolved by the chosen name
    // server (dnsmasq on 127.0.0.2; the system's resolver knows no .test
    // name), and each probe goes to the address it gave and says so.
    void namesResolveThroughTheChosenNameServer()
    {
        auto spec = [](ProbeKind kind, const char* host, int port, const char* serverName, const char* transport) {
            ProbeSpec p;
            p.kind = kind;
            p.host = host;
            p.port = port;
            p.serverName = serverName;
            p.transport = transport;
            return p;
        };
        const std::vector<ProbeSpec> probes = {
            spec(ProbeKind::Tcp, "sip.edgeplan.test", 5061, "sip.edgeplan.test", "TCP"),
            spec(ProbeKind::Tls, "sip.fabrikam.test", 5061, "sip.fabrikam.test", "TCP"),
            spec(ProbeKind::SipOptions, "sip.fabrikam.test", 5061, "sip.fabrikam.test", "TCP"),
            spec(ProbeKind::XmppStream, "xmpp.edgeplan.test", 5269, "edgeplan.test", "TCP"),
            spec(ProbeKind::Stun, "access.edgeplan.test", 3478, "access.edgeplan.test", "UDP"),
            spec(ProbeKind::Tcp, "nowhere.edgeplan.test", 5061, "", "TCP"),
        };
        Verifier verifier;
        QSignalSpy finished(&verifier, &Verifier::finished);
        verifier.start(probes, {3000, 8, QHostAddress(QStringLiteral("127.0.0.2"))});
        QVERIFY(finished.wait(30000));
        const auto& o = verifier.outcomes();
        const char* expected[] = {"127.0.0.10", "127.0.0.20", "127.0.0.20", "127.0.0.10", "127.0.0.10"};
        for (size_t i = 0; i < 5; ++i) {
            QVERIFY2(o[i].status == ProbeStatus::Passed || o[i].status == ProbeStatus::Warning,
                     qPrintable(QStringLiteral("%1: %2 %3").arg(i).arg(o[i].result, o[i].detail)));
            QCOMPARE(o[i].address, QLatin1String(expected[i]));
        }
        QCOMPARE(o[2].result, QStringLiteral("SIP/2.0 200 OK"));
        // Connected by address, the handshake still names the host: the certificate matches it.
        QVERIFY2(!o[1].detail.contains(QLatin1String("is not among")), qPrintable(o[1].detail));
        QVERIFY(o[3].detail.contains(QLatin1String("starttls")));
        QCOMPARE(o[5].status, ProbeStatus::Failed);
        QCOMPARE(o[5].result, QStringLiteral("host not found"));
        QVERIFY2(o[5].detail.contains(QLatin1String("127.0.0.2")), qPrintable(o[5].detail));
        QVERIFY(o[5].address.isEmpty());

        // The command line, on a plan whose partners have names only.
        QStringList errors;
        auto topology = loadProjectFile(dataFile(QStringLiteral("loopback.edgeplan")), edgeplan::test::registry(), &errors);
        QVERIFY2(topology, qPrintable(errors.join('\n')));
        topology->setInterfaceAddress(edgeplan::test::componentNamed(*topology, "Fabrikam"), "public", "");
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("names.edgeplan"));
        QFile file(plan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(saveProject(*topology)));
        file.close();
        const edgeplan::test::Run run = edgeplan::test::edgeplanRun({QStringLiteral("verify"), QStringLiteral("--nameserver"),
                                                 QStringLiteral("127.0.0.2"), QStringLiteral("--format"),
                                                 QStringLiteral("json"), plan});
        const json doc = json::parse(run.out.toStdString());
        for (const char* kind : {"tls", "sip-options"}) {
            const json* probe = probeIn(doc, kind, "sip.fabrikam.test", 5061);
            QVERIFY2(probe, kind);
            QCOMPARE(text(probe->at("address")), QStringLiteral("127.0.0.20"));
        }
        QCOMPARE(text(probeIn(doc, "sip-options", "sip.fabrikam.test", 5061)->at("result")), QStringLiteral("SIP/2.0 200 OK"));
        const edgeplan::test::Run textRun = edgeplan::test::edgeplanRun({QStringLiteral("verify"), QStringLiteral("--nameserver"),
                                                     QStringLiteral("127.0.0.2"), plan});
        QVERIFY2(textRun.out.contains(QRegularExpression(QStringLiteral("sip\\.fabrikam\\.test:5061/TCP +127\\.0\\.0\\.20 "))),
                 qPrintable(textRun.out));
    }

    // However a probe was made (here by hand, as an import or a generator
    // could), a value that is no DNS name or address is refused before
    // anything is sent: no connection reaches the listener.
    void hostileValuesNeverReachTheWire_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("serverName");
        const QByteArray inject("sip.fabrikam.test\r\nX-Injected: yes\r\n\r\nINVITE sip:a@b SIP/2.0");
        const QByteArray listener("127.0.0.61");
        for (const auto kind : {ProbeKind::SipOptions, ProbeKind::Tls, ProbeKind::XmppStream, ProbeKind::Tcp}) {
            const QByteArray id = QByteArray::fromStdString(probeKindId(kind));
            QTest::newRow(id + ": CR LF in the name") << int(kind) << listener << inject;
            QTest::newRow(id + ": NUL in the name") << int(kind) << listener << QByteArray("sip.fabrikam.test\0x", 19);
            QTest::newRow(id + ": markup in the name") << int(kind) << listener << QByteArray("a'/><x>");
            QTest::newRow(id + ": CR LF in the host") << int(kind) << inject << QByteArray("sip.fabrikam.test");
        }
        QTest::newRow("dns-srv: CR LF") << int(ProbeKind::DnsSrv) << inject << QByteArray();
        QTest::newRow("dns-address: CR LF") << int(ProbeKind::DnsAddress) << inject << QByteArray();
    }

    void hostileValuesNeverReachTheWire()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, serverName);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress(QStringLiteral("127.0.0.61"))));
        ProbeSpec p;
        p.kind = ProbeKind(kind);
        p.host = host.toStdString();
        p.serverName = serverName.toStdString();
        p.port = listener.serverPort();
        p.transport = "TCP";
        Verifier verifier;
        QSignalSpy finished(&verifier, &Verifier::finished);
        verifier.start({p}, {2000, 1, QHostAddress(QStringLiteral("127.0.0.2"))});
        // The refusal comes before any socket or lookup, inside start().
        QCOMPARE(finished.size(), 1);
        const ProbeOutcome& outcome = verifier.outcomes()[0];
        QCOMPARE(outcome.status, ProbeStatus::Failed);
        QCOMPARE(outcome.result, QStringLiteral("refused to send"));
        QVERIFY2(outcome.detail.contains(QLatin1String("nothing was sent")), qPrintable(outcome.detail));
        // The value is shown escaped, never as the line breaks it holds.
        QVERIFY(!outcome.detail.contains(QLatin1Char('\r')) && !outcome.detail.contains(QLatin1Char('\n')));
        QVERIFY(outcome.address.isEmpty());
        QVERIFY(!listener.hasPendingConnections());
        QVERIFY(!listener.waitForNewConnection(0));
    }

    void timeoutIsNoAnswer()
    {
        // A server that accepts connections (the kernel does) and never
        // speaks, and a UDP port that never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.60"))));
        QUdpSocket mute;
        QVERIFY(mute.bind(QHostAddress(QStringLiteral("127.0.0.60")), 0));
        ProbeSpec tls;
        tls.kind = ProbeKind::Tls;
        tls.host = "127.0.0.60";
        tls.port = silent.serverPort();
        tls.transport = "TCP";
        ProbeSpec stun;
        stun.kind = ProbeKind::Stun;
        stun.host = "127.0.0.60";
        stun.port = mute.localPort();
        stun.transport = "UDP";
        Verifier verifier;
        QSignalSpy finished(&verifier, &Verifier::finished);
        verifier.start({tls, stun}, {300, 8, {}});
        QVERIFY(finished.wait(10000));
        QCOMPARE(verifier.outcomes()[0].status, ProbeStatus::Failed);
        QCOMPARE(verifier.outcomes()[0].result, QStringLiteral("no handshake"));
        QVERIFY(verifier.outcomes()[0].milliseconds >= 300);
        QCOMPARE(verifier.outcomes()[1].status, ProbeStatus::Failed);
        QCOMPARE(verifier.outcomes()[1].result, QStringLiteral("no answer"));
        QVERIFY(verifier.outcomes()[1].detail.contains(QLatin1String("0.3 s")));
        // The Binding Request did go out.
        QVERIFY(mute.hasPendingDatagrams());
        QCOMPARE(mute.pendingDatagramSize(), qint64(20));
    }

    void cancelStopsEverything()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.60"))));
        std::vector<ProbeSpec> probes;
        for (int i = 0; i < 6; ++i) {
            ProbeSpec p;
            p.kind = ProbeKind::Tls;
            p.host = "127.0.0.60";
            p.port = silent.serverPort();
            p.transport = "TCP";
            probes.push_back(p);
        }
        Verifier verifier;
        QSignalSpy finished(&verifier, &Verifier::finished);
        QSignalSpy probeDone(&verifier, &Verifier::probeFinished);
        verifier.start(probes, {60000, 2, {}});
        // Two in flight, four waiting; the server holds the first two connections.
        QSignalSpy connected(&silent, &QTcpServer::newConnection);
        QVERIFY(silent.hasPendingConnections() || connected.wait(5000));
        verifier.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!verifier.isRunning());
        for (const ProbeOutcome& outcome : verifier.outcomes())
            QCOMPARE(outcome.status, ProbeStatus::Cancelled);
        QCOMPARE(probeDone.size(), 0);
        // The cancelled probes closed their sockets: the server sees them go.
        QTcpSocket* accepted = silent.nextPendingConnection();
        QVERIFY(accepted);
        if (accepted->state() == QAbstractSocket::ConnectedState)
            QVERIFY(QSignalSpy(accepted, &QTcpSocket::disconnected).wait(5000));
        QCOMPARE(probeDone.size(), 0);
    }
};

QTEST_MAIN(TestVerify)
#include "tst_verify.moc"
