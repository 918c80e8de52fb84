// Checks the loopback test peers (LoopbackPeers.h) with plain Qt sockets, so
// that a broken harness shows up here rather than as a wrong verdict in the
// tests of `edgeplan verify`.

#include "LoopbackPeers.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace test;

namespace {

const QString peerAddress = QStringLiteral("127.0.0.10");
const QString dnsAddress = QStringLiteral("127.0.0.2");
const QString sipDomain = QStringLiteral("sip.example.test");
const QString sipFederation = QStringLiteral("sipfed.example.test");
const QString xmppDomain = QStringLiteral("example.test");
constexpr int answerTimeoutMs = 10000;

QString withoutRootDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// TLS handshake, certificate names, then OPTIONS; empty on success.
QString checkSipOptions(quint16 port, const QStringList& expectedNames)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed
    socket.connectToHostEncrypted(peerAddress, port);
    if (!socket.waitForEncrypted(answerTimeoutMs))
        return QStringLiteral("TLS handshake on %1 failed: %2").arg(port).arg(socket.errorString());

    const QStringList names =
        socket.peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry);
    for (const QString& name : expectedNames) {
        if (!names.contains(name))
            return QStringLiteral("certificate names %1 lack %2").arg(names.join(u','), name);
    }

    const QByteArray request =
        QStringLiteral("OPTIONS sip:%1:%2;transport=tls SIP/2.0\r\n"
                       "Via: SIP/2.0/TLS 127.0.0.1:%3;branch=z9hG4bK%4\r\n"
                       "Max-Forwards: 70\r\n"
                       "From: <sip:probe@127.0.0.1>;tag=%4\r\n"
                       "To: <sip:%1:%2>\r\n"
                       "Call-ID: %4@127.0.0.1\r\n"
                       "CSeq: 1 OPTIONS\r\n"
                       "Content-Length: 0\r\n"
                       "\r\n")
            .arg(peerAddress)
            .arg(port)
            .arg(socket.localPort())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
            .toLatin1();
    socket.write(request);

    const QDeadlineTimer deadline(answerTimeoutMs);
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return QStringLiteral("no SIP answer on %1: %2").arg(port).arg(socket.errorString());
    }
    const QByteArray statusLine = socket.readLine().trimmed();
    if (!statusLine.startsWith("SIP/2.0 200"))
        return QStringLiteral("OPTIONS on %1 answered %2")
            .arg(port)
            .arg(QString::fromLatin1(statusLine));
    return {};
}

QString checkXmppStarttls(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(peerAddress), port);
    if (!socket.waitForConnected(answerTimeoutMs))
        return QStringLiteral("cannot connect to %1: %2").arg(port).arg(socket.errorString());
    socket.write(
        QStringLiteral(
            "<?xml version='1.0'?>"
            "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'"
            " to='%1' version='1.0'>")
            .arg(xmppDomain)
            .toUtf8());

    QByteArray received;
    const QDeadlineTimer deadline(answerTimeoutMs);
    while (!received.contains("</stream:features>")) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            return QStringLiteral("no <stream:features> from %1 (%2); got: %3")
                .arg(port)
                .arg(socket.errorString(), QString::fromUtf8(received));
        }
        received += socket.readAll();
    }
    if (!received.contains("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'") &&
        !received.contains("<starttls xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\"")) {
        return QStringLiteral("features offer no starttls: ") + QString::fromUtf8(received);
    }
    return {};
}

QString checkStunBinding(quint16 port)
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0))
        return QStringLiteral("cannot bind UDP socket: ") + socket.errorString();

    // RFC 5389 Binding Request: type, length 0, magic cookie, transaction id.
    QByteArray request(20, '\0');
    qToBigEndian<quint16>(0x0001, request.data());
    qToBigEndian<quint16>(0, request.data() + 2);
    qToBigEndian<quint32>(0x2112A442, request.data() + 4);
    for (int i = 8; i < 20; ++i)
        request[i] = char(QRandomGenerator::global()->bounded(256));
    if (socket.writeDatagram(request, QHostAddress(peerAddress), port) != request.size())
        return QStringLiteral("cannot send STUN request: ") + socket.errorString();

    if (!socket.waitForReadyRead(answerTimeoutMs))
        return QStringLiteral("no STUN answer from %1").arg(port);
    QByteArray response(int(socket.pendingDatagramSize()), '\0');
    socket.readDatagram(response.data(), response.size());
    if (response.size() < 20)
        return QStringLiteral("STUN answer of %1 bytes").arg(response.size());
    const quint16 type = qFromBigEndian<quint16>(response.constData());
    if (type != 0x0101)
        return QStringLiteral("STUN answer type 0x%1, not 0x0101")
            .arg(type, 4, 16, QLatin1Char('0'));
    if (response.mid(4, 16) != request.mid(4, 16))
        return QStringLiteral("STUN answer has another cookie or transaction id");
    return {};
}

// Runs one QDnsLookup against dnsmasq; empty on success.
QString lookUp(QDnsLookup& lookup)
{
    lookup.setNameserver(QHostAddress(dnsAddress));
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    if (!finished.wait(answerTimeoutMs))
        return QStringLiteral("no DNS answer for ") + lookup.name();
    if (lookup.error() != QDnsLookup::NoError)
        return QStringLiteral("DNS lookup of %1 failed: %2")
            .arg(lookup.name(), lookup.errorString());
    return {};
}

QString checkSrv(const QString& name, const QString& target, quint16 port)
{
    QDnsLookup lookup(QDnsLookup::SRV, name);
    if (const QString error = lookUp(lookup); !error.isEmpty())
        return error;
    const auto records = lookup.serviceRecords();
    if (records.size() != 1)
        return QStringLiteral("%1 SRV records for %2").arg(records.size()).arg(name);
    if (withoutRootDot(records.first().target()) != target || records.first().port() != port) {
        return QStringLiteral("SRV %1 points to %2:%3")
            .arg(name, records.first().target())
            .arg(records.first().port());
    }
    return {};
}

QString checkA(const QString& name, const QString& address)
{
    QDnsLookup lookup(QDnsLookup::A, name);
    if (const QString error = lookUp(lookup); !error.isEmpty())
        return error;
    const auto records = lookup.hostAddressRecords();
    if (records.size() != 1 || records.first().value() != QHostAddress(address))
        return QStringLiteral("A %1 did not give exactly %2").arg(name, address);
    return {};
}

} // namespace

class TestLoopbackPeers : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void kamailio();
    void prosody();
    void coturn();
    void dnsmasq();
    void dnsmasqRefusesOtherNames();
    void busyPortIsReported();
    void allOnSharedAddress();

  private:
    QTemporaryDir m_certificates;
    SelfSignedCertificate m_sip;
    SelfSignedCertificate m_xmpp;
};

void TestLoopbackPeers::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt Network has no TLS backend");
    QVERIFY(m_certificates.isValid());
    QString error;
    auto sip = makeSelfSignedCertificate(m_certificates.path(), sipDomain,
                                         {sipDomain, sipFederation}, &error);
    QVERIFY2(sip, qPrintable(error));
    m_sip = *sip;
    auto xmpp = makeSelfSignedCertificate(m_certificates.path(), xmppDomain, {xmppDomain}, &error);
    QVERIFY2(xmpp, qPrintable(error));
    m_xmpp = *xmpp;
}

void TestLoopbackPeers::kamailio()
{
    // 443 is privileged; 5061 alone still exercises the harness.
    QList<quint16> ports{5061};
    if (runningAsRoot())
        ports << 443;
    Kamailio peer;
    QString error;
    QVERIFY2(peer.start(peerAddress, ports, m_sip, &error), qPrintable(error));
    QVERIFY(peer.isRunning());
    for (quint16 port : ports) {
        const QString failure = checkSipOptions(port, {sipDomain, sipFederation});
        QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral("\nlog:\n") + peer.log()));
    }
    peer.stop();
    QVERIFY(!peer.isRunning());
    if (!runningAsRoot())
        QSKIP("TLS on port 443 needs root (CI runs as root); checked 5061 only");
}

void TestLoopbackPeers::prosody()
{
    Prosody peer;
    QString error;
    QVERIFY2(peer.start(peerAddress, 5269, xmppDomain, m_xmpp, &error), qPrintable(error));
    const QString failure = checkXmppStarttls(5269);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral("\nlog:\n") + peer.log()));
}

void TestLoopbackPeers::coturn()
{
    Coturn peer;
    QString error;
    QVERIFY2(peer.start(peerAddress, 3478, &error), qPrintable(error));
    const QString failure = checkStunBinding(3478);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral("\nlog:\n") + peer.log()));
}

void TestLoopbackPeers::dnsmasq()
{
    if (!runningAsRoot())
        QSKIP("dnsmasq must bind port 53, which needs root (CI runs as root)");
    Dnsmasq peer;
    QString error;
    QVERIFY2(
        peer.start(dnsAddress,
                   {{QStringLiteral("_sipfederationtls._tcp.") + xmppDomain, sipFederation, 5061},
                    {QStringLiteral("_xmpp-server._tcp.") + xmppDomain, xmppDomain, 5269}},
                   {{sipFederation, peerAddress}, {xmppDomain, peerAddress}}, &error),
        qPrintable(error));
    for (const QString& failure :
         {checkSrv(QStringLiteral("_sipfederationtls._tcp.") + xmppDomain, sipFederation, 5061),
          checkSrv(QStringLiteral("_xmpp-server._tcp.") + xmppDomain, xmppDomain, 5269),
          checkA(sipFederation, peerAddress)}) {
        QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral("\nlog:\n") + peer.log()));
    }
}

void TestLoopbackPeers::dnsmasqRefusesOtherNames()
{
    if (!runningAsRoot())
        QSKIP("dnsmasq must bind port 53, which needs root (CI runs as root)");
    Dnsmasq peer;
    QString error;
    QVERIFY2(peer.start(dnsAddress, {}, {{sipFederation, peerAddress}}, &error), qPrintable(error));
    // No upstream and no /etc/hosts: a name the test did not configure,
    // even "localhost", must not resolve.
    for (const QString& name : {QStringLiteral("localhost"), QStringLiteral("example.com")}) {
        QDnsLookup lookup(QDnsLookup::A, name);
        const QString failure = lookUp(lookup);
        QVERIFY2(!failure.isEmpty(), qPrintable(name + QStringLiteral(" resolved")));
        QVERIFY(lookup.hostAddressRecords().isEmpty());
    }
}

void TestLoopbackPeers::busyPortIsReported()
{
    // A second server on a busy port must fail at once with the server's own
    // words, not hang until the deadline or pass for the first one.
    QString error;
    Prosody prosody;
    QVERIFY2(prosody.start(peerAddress, 5269, xmppDomain, m_xmpp, &error), qPrintable(error));
    Prosody secondProsody;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!secondProsody.start(peerAddress, 5269, xmppDomain, m_xmpp, &error));
    QVERIFY2(error.contains(QStringLiteral("Failed to open server port")), qPrintable(error));
    QVERIFY2(elapsed.elapsed() < peerStartTimeoutMs / 2, qPrintable(error));
    QVERIFY(!secondProsody.isRunning());
    QVERIFY(prosody.isRunning());

    Kamailio kamailio;
    QVERIFY2(kamailio.start(peerAddress, {5061}, m_sip, &error), qPrintable(error));
    Kamailio secondKamailio;
    QVERIFY(!secondKamailio.start(peerAddress, {5061}, m_sip, &error));
    QVERIFY2(error.contains(QStringLiteral("already in use")), qPrintable(error));

    if (!runningAsRoot())
        QSKIP("dnsmasq must bind port 53, which needs root (CI runs as root)");
    Dnsmasq dnsmasq;
    QVERIFY2(dnsmasq.start(dnsAddress, {}, {{sipFederation, peerAddress}}, &error),
             qPrintable(error));
    Dnsmasq secondDnsmasq;
    QVERIFY(!secondDnsmasq.start(dnsAddress, {}, {{sipFederation, peerAddress}}, &error));
    QVERIFY2(error.contains(QStringLiteral("exited early")), qPrintable(error));
    QVERIFY(dnsmasq.isRunning());
}

void TestLoopbackPeers::allOnSharedAddress()
{
    if (!runningAsRoot())
        QSKIP("ports 443 and 53 need root (CI runs as root)");
    // The layout `edgeplan verify` tests use: every peer at once on one
    // address with different ports, DNS on its own address.
    Kamailio kamailio;
    Prosody prosody;
    Coturn coturn;
    Dnsmasq dnsmasq;
    QString error;
    QVERIFY2(kamailio.start(peerAddress, {5061, 443}, m_sip, &error), qPrintable(error));
    QVERIFY2(prosody.start(peerAddress, 5269, xmppDomain, m_xmpp, &error), qPrintable(error));
    QVERIFY2(coturn.start(peerAddress, 3478, &error), qPrintable(error));
    QVERIFY2(dnsmasq.start(
                 dnsAddress,
                 {{QStringLiteral("_sipfederationtls._tcp.") + xmppDomain, sipFederation, 5061}},
                 {{sipFederation, peerAddress}}, &error),
             qPrintable(error));
    for (const QString& failure :
         {checkSipOptions(5061, {sipFederation}), checkSipOptions(443, {sipFederation}),
          checkXmppStarttls(5269), checkStunBinding(3478),
          checkSrv(QStringLiteral("_sipfederationtls._tcp.") + xmppDomain, sipFederation, 5061),
          checkA(sipFederation, peerAddress)}) {
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

QTEST_GUILESS_MAIN(TestLoopbackPeers)
#include "tst_loopbackpeers.moc"
