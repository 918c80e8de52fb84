#include "verify/Verifier.h"

#include "base/DnsName.h"
#include "support/QtText.h"
#include "text/TerminalText.h"

#include <QDateTime>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QXmlStreamReader>

#include <algorithm>

namespace edgeplan {

namespace {

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

QString randomToken(int bytes)
{
    QString token;
    for (int i = 0; i < bytes; ++i)
        token += QString::number(QRandomGenerator::global()->bounded(256), 16).rightJustified(2, '0');
    return token;
}

// The model's normaliser, for names Qt Network returns.
QString lower(const QString& name)
{
    return qs(dnsNameKey(name.toStdString()));
}

// RFC 6125: a name matches a DNS-ID exactly, or a wildcard "*.example.com"
// in its left-most label only.
bool nameMatches(const QString& pattern, const QString& name)
{
    const QString p = lower(pattern);
    const QString n = lower(name);
    if (p == n)
        return true;
    if (!p.startsWith(QLatin1String("*.")))
        return false;
    const qsizetype dot = n.indexOf('.');
    return dot > 0 && n.mid(dot + 1) == p.mid(2);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: break;
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (protocol == QSsl::TlsV1_1)
        return QStringLiteral("TLS 1.1");
    if (protocol == QSsl::TlsV1_0)
        return QStringLiteral("TLS 1.0");
    QT_WARNING_POP
    return Verifier::tr("unknown");
}

QDnsLookup* newLookup(QObject* parent, QDnsLookup::Type type, const QString& name, const QHostAddress& nameserver)
{
    auto* lookup = new QDnsLookup(type, name, parent);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    return lookup;
}

QString nameserverName(const QHostAddress& nameserver)
{
    return nameserver.isNull() ? Verifier::tr("the system's name server") : nameserver.toString();
}

// Why a message was not sent: the value shown with its control characters escaped.
QString refusedDetail(const std::string& value)
{
    return Verifier::tr("'%1' is not a DNS name or an IP address: nothing was sent.")
        .arg(qs(terminalText(value)));
}

} // namespace

// One probe in flight: its sockets are children, so deleting it stops it.
class ProbeTask : public QObject
{
public:
    ProbeTask(const ProbeSpec& spec, const Verifier::Options& options, QObject* parent)
        : QObject(parent), m_spec(spec), m_options(options)
    {
        m_timeout.setSingleShot(true);
        m_timeout.setTimerType(Qt::PreciseTimer);
        connect(&m_timeout, &QTimer::timeout, this, [this] { timedOut(); });
    }

    // Called once with the outcome; the Verifier deletes the task after.
    std::function<void(ProbeOutcome)> onDone;

    void start()
    {
        m_clock.start();
        m_timeout.start(m_options.timeoutMs);
        // Every value that reaches a query, a server name or a message is
        // checked here, whoever built the probe (a loaded plan, an import, code).
        for (const std::string* value : {&m_spec.host, &m_spec.serverName}) {
            if (!value->empty() && !isWireHost(*value)) {
                refuse(*value);
                return;
            }
        }
        if (!connects()) {
            run();
            return;
        }
        if (QHostAddress literal; literal.setAddress(qs(m_spec.host))) {
            m_address = literal;
            run();
            return;
        }
        resolve();
    }

protected:
    // The probe's work; a connecting probe goes to m_address, which start() set.
    virtual void run() = 0;
    // Whether the probe connects to the host (else it only asks DNS about it).
    virtual bool connects() const { return true; }
    // What a probe that ran out of time reports.
    virtual void timedOut()
    {
        fail(Verifier::tr("no answer"),
             Verifier::tr("No answer within %1 s: filtered by a firewall, or nothing listens there.")
                 .arg(seconds(m_options.timeoutMs)));
    }

    void finish(ProbeStatus status, const QString& result, const QString& detail)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timeout.stop();
        ProbeOutcome outcome;
        outcome.status = status;
        outcome.result = result;
        outcome.detail = detail;
        outcome.milliseconds = m_clock.elapsed();
        outcome.address = m_address.isNull() ? QString() : m_address.toString();
        outcome.done = true;
        // The callback deletes this task: nothing may touch `this` after.
        const auto done = onDone;
        if (done)
            done(outcome);
    }
    void refuse(const std::string& value) { fail(Verifier::tr("refused to send"), refusedDetail(value)); }
    void pass(const QString& result, const QString& detail = {}) { finish(ProbeStatus::Passed, result, detail); }
    void warn(const QString& result, const QString& detail = {}) { finish(ProbeStatus::Warning, result, detail); }
    void fail(const QString& result, const QString& detail = {}) { finish(ProbeStatus::Failed, result, detail); }

    // The words for a socket error that ended a connection attempt.
    void failSocket(QAbstractSocket* socket)
    {
        if (socket->error() == QAbstractSocket::ConnectionRefusedError)
            fail(Verifier::tr("refused"), Verifier::tr("The host refused the connection: nothing listens on %1 %2, or a firewall rejects it.")
                                              .arg(qs(m_spec.transport))
                                              .arg(m_spec.port));
        else if (socket->error() == QAbstractSocket::HostNotFoundError)
            fail(Verifier::tr("host not found"), socket->errorString());
        else
            fail(Verifier::tr("error"), socket->errorString());
    }

    // The name's A and AAAA records from the chosen name server (the
    // system's when none is chosen); for a connecting probe the first IPv4
    // address, else the first IPv6 one, is where it goes.
    void resolve()
    {
        for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
            auto* lookup = newLookup(this, type, qs(m_spec.host), m_options.nameserver);
            connect(lookup, &QDnsLookup::finished, this, [this, lookup] { resolved(lookup); });
            lookup->lookup();
        }
    }

    void resolved(QDnsLookup* lookup)
    {
        if (lookup->error() == QDnsLookup::NoError) {
            for (const QDnsHostAddressRecord& record : lookup->hostAddressRecords())
                (lookup->type() == QDnsLookup::A ? m_ipv4 : m_ipv6) << record.value();
        } else if (lookup->error() != QDnsLookup::NotFoundError) {
            m_lookupErrors << lookup->errorString();
        }
        if (++m_lookups == 2)
            resolvedAll(m_ipv4 + m_ipv6, m_lookupErrors);
    }

    // Both answers are in: IPv4 addresses first, each in the server's order.
    virtual void resolvedAll(const QList<QHostAddress>& found, const QStringList& errors)
    {
        if (found.isEmpty()) {
            fail(Verifier::tr("host not found"),
                 Verifier::tr("%1 has no A or AAAA record at %2.").arg(qs(m_spec.host), nameserverName(m_options.nameserver)) +
                     (errors.isEmpty() ? QString() : QLatin1Char(' ') + errors.join(QStringLiteral("; "))));
            return;
        }
        m_address = found.first();
        run();
    }

    const ProbeSpec m_spec;
    const Verifier::Options m_options;
    QHostAddress m_address;
    QList<QHostAddress> m_ipv4;
    QList<QHostAddress> m_ipv6;
    QStringList m_lookupErrors;
    int m_lookups = 0;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    bool m_finished = false;
};

namespace {

class SrvTask : public ProbeTask
{
public:
    using ProbeTask::ProbeTask;

protected:
    bool connects() const override { return false; }

    void run() override
    {
        auto* lookup = newLookup(this, QDnsLookup::SRV, qs(m_spec.host), m_options.nameserver);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup] { answered(lookup); });
        lookup->lookup();
    }

    void answered(QDnsLookup* lookup)
    {
        if (lookup->error() != QDnsLookup::NoError) {
            fail(lookup->error() == QDnsLookup::NotFoundError ? Verifier::tr("no record") : Verifier::tr("lookup failed"),
                 lookup->errorString());
            return;
        }
        QStringList seen;
        bool match = false;
        for (const QDnsServiceRecord& record : lookup->serviceRecords()) {
            seen << QStringLiteral("%1:%2 (%3 %4)")
                        .arg(lower(record.target()))
                        .arg(record.port())
                        .arg(Verifier::tr("priority %1").arg(record.priority()),
                             Verifier::tr("weight %1").arg(record.weight()));
            match = match || (lower(record.target()) == lower(qs(m_spec.expectedTarget)) &&
                              int(record.port()) == m_spec.expectedPort);
        }
        const QString records = seen.join(QStringLiteral(", "));
        if (m_spec.expectedTarget.empty()) {
            warn(Verifier::tr("found"), Verifier::tr("DNS: %1. The plan gives no FQDN to compare with.").arg(records));
        } else if (match) {
            pass(Verifier::tr("matches the plan"), Verifier::tr("DNS: %1.").arg(records));
        } else {
            fail(Verifier::tr("mismatch"), Verifier::tr("DNS: %1. The plan says %2:%3.")
                                               .arg(records, qs(m_spec.expectedTarget))
                                               .arg(m_spec.expectedPort));
        }
    }
};

class AddressTask : public ProbeTask
{
public:
    using ProbeTask::ProbeTask;

protected:
    bool connects() const override { return false; }

    void run() override { resolve(); }

    void resolvedAll(const QList<QHostAddress>& found, const QStringList& errors) override
    {
        if (found.isEmpty()) {
            fail(errors.isEmpty() ? Verifier::tr("no record") : Verifier::tr("lookup failed"),
                 errors.isEmpty() ? Verifier::tr("No A or AAAA record for %1.").arg(qs(m_spec.host))
                                  : errors.join(QStringLiteral("; ")));
            return;
        }
        QStringList addresses;
        for (const QHostAddress& address : found)
            addresses << address.toString();
        QStringList planned;
        for (const std::string& address : m_spec.expectedAddresses)
            planned << qs(address);
        const bool match = std::any_of(addresses.begin(), addresses.end(),
                                       [&](const QString& a) { return planned.contains(a); });
        const QString dns = addresses.join(QStringLiteral(", "));
        if (planned.isEmpty())
            warn(Verifier::tr("found"), Verifier::tr("DNS: %1. The plan gives no address to compare with.").arg(dns));
        else if (match)
            pass(Verifier::tr("matches the plan"), Verifier::tr("DNS: %1.").arg(dns));
        else
            fail(Verifier::tr("mismatch"), Verifier::tr("DNS: %1. The plan says %2.").arg(dns, planned.join(QStringLiteral(", "))));
    }
};

class TcpTask : public ProbeTask
{
public:
    using ProbeTask::ProbeTask;

protected:
    void run() override
    {
        auto* socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, [this, socket] {
            pass(Verifier::tr("open"), Verifier::tr("Connected to %1.").arg(socket->peerAddress().toString()));
            socket->abort();
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { failSocket(socket); });
        socket->connectToHost(m_address, quint16(m_spec.port));
    }
};

// TLS handshake, and for SIP an OPTIONS request over the same connection.
class TlsTask : public ProbeTask
{
public:
    using ProbeTask::ProbeTask;

protected:
    void run() override
    {
        m_socket = new QSslSocket(this);
        // Only what the plan names is checked; the handshake goes on after
        // an invalid chain so that the certificate can be reported.
        m_socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            for (const QSslError& error : errors) {
                if (error.error() != QSslError::HostNameMismatch)
                    m_chainErrors << error.errorString();
            }
            m_socket->ignoreSslErrors();
        });
        connect(m_socket, &QSslSocket::encrypted, this, [this] { encrypted(); });
        connect(m_socket, &QSslSocket::readyRead, this, [this] { readSip(); });
        connect(m_socket, &QSslSocket::errorOccurred, this, [this] { socketError(); });
        const QString peerName = m_spec.serverName.empty() ? qs(m_spec.host) : qs(m_spec.serverName);
        // To the address, with the plan's name for SNI and the certificate check.
        m_socket->connectToHostEncrypted(m_address.toString(), quint16(m_spec.port), peerName);
    }

    void timedOut() override
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_socket->isEncrypted())
            fail(Verifier::tr("no handshake"), Verifier::tr("The port is open but the TLS handshake got no answer within %1 s.")
                                                   .arg(seconds(m_options.timeoutMs)));
        else if (m_socket && m_socket->isEncrypted())
            fail(Verifier::tr("no SIP answer"), Verifier::tr("TLS works (%1) but no SIP response came within %2 s.")
                                                    .arg(m_certificate, seconds(m_options.timeoutMs)));
        else
            ProbeTask::timedOut();
    }

    void socketError()
    {
        if (m_finished)
            return;
        if (m_socket->isEncrypted() || m_socket->state() == QAbstractSocket::ConnectedState ||
            m_socket->error() == QAbstractSocket::SslHandshakeFailedError) {
            if (m_spec.kind == ProbeKind::SipOptions && m_socket->isEncrypted())
                fail(Verifier::tr("closed"), Verifier::tr("The server closed the connection before answering OPTIONS: %1")
                                                 .arg(m_socket->errorString()));
            else
                fail(Verifier::tr("handshake failed"), m_socket->errorString());
            return;
        }
        failSocket(m_socket);
    }

    void encrypted()
    {
        const QSslCertificate certificate = m_socket->peerCertificate();
        const QString name = qs(m_spec.serverName);
        QStringList names;
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
            if (it.key() == QSsl::DnsEntry)
                names << it.value();
        }
        const QStringList commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
        bool nameFound = false;
        // RFC 6125: with DNS names in the SAN, the common name does not count.
        for (const QString& candidate : names.isEmpty() ? commonNames : names)
            nameFound = nameFound || nameMatches(candidate, name);
        const QStringList issuer = certificate.issuerInfo(QSslCertificate::CommonName);
        m_certificate = Verifier::tr("%1; subject CN=%2; SAN %3; issuer %4; expires %5")
                            .arg(protocolName(m_socket->sessionProtocol()),
                                 commonNames.join(QStringLiteral(", ")),
                                 names.isEmpty() ? Verifier::tr("(none)") : names.join(QStringLiteral(", ")),
                                 issuer.join(QStringLiteral(", ")),
                                 certificate.expiryDate().toUTC().toString(Qt::ISODate));
        QStringList problems;
        if (name.isEmpty())
            problems << Verifier::tr("the plan gives no FQDN to look for in the certificate");
        else if (!nameFound)
            m_nameMissing = true;
        if (!m_chainErrors.isEmpty())
            problems << Verifier::tr("chain not trusted: %1").arg(m_chainErrors.join(QStringLiteral("; ")));
        if (certificate.expiryDate() < QDateTime::currentDateTimeUtc())
            m_expired = true;
        m_problems = problems;

        if (m_spec.kind == ProbeKind::SipOptions) {
            SipOptionsParams params;
            params.host = name.isEmpty() ? m_spec.host : m_spec.serverName;
            params.port = m_spec.port;
            params.localHost = m_socket->localAddress().toString().toStdString();
            params.localPort = m_socket->localPort();
            params.branch = randomToken(8).toStdString();
            params.callId = randomToken(12).toStdString();
            params.tag = randomToken(4).toStdString();
            std::string refused;
            const std::optional<std::string> request = sipOptionsRequest(params, &refused);
            if (!request) {
                m_socket->abort();
                refuse(refused);
                return;
            }
            m_socket->write(request->data(), qint64(request->size()));
            return;
        }
        m_socket->disconnectFromHost();
        reportCertificate();
    }

    void reportCertificate()
    {
        QString detail = m_certificate;
        if (m_nameMissing)
            detail += QLatin1String(". ") + Verifier::tr("%1 is not among the certificate's names").arg(qs(m_spec.serverName));
        if (m_expired)
            detail += QLatin1String(". ") + Verifier::tr("the certificate has expired");
        if (!m_problems.isEmpty())
            detail += QLatin1String(". ") + m_problems.join(QLatin1String(". "));
        const QString protocol = protocolName(m_socket->sessionProtocol());
        if (m_nameMissing || m_expired)
            fail(protocol, detail);
        else if (!m_problems.isEmpty())
            warn(protocol, detail);
        else
            pass(protocol, detail);
    }

    void readSip()
    {
        if (m_spec.kind != ProbeKind::SipOptions)
            return;
        m_received += m_socket->readAll().toStdString();
        const auto line = sipStatusLine(m_received);
        if (!line) {
            if (m_received.size() > 8192)
                fail(Verifier::tr("not SIP"), Verifier::tr("The server sent more than 8 KiB without a status line."));
            return;
        }
        const int code = sipStatusCode(*line);
        const QString status = qs(*line).left(200);
        const QString detail = m_certificate;
        m_socket->disconnectFromHost();
        if (code == 0)
            fail(Verifier::tr("not SIP"), Verifier::tr("The first line of the answer is not a SIP status line: %1").arg(status));
        else if (code >= 200 && code < 300)
            pass(status, detail);
        else
            warn(status, Verifier::tr("The server answers SIP, but not with 2xx. %1").arg(detail));
    }

    QSslSocket* m_socket = nullptr;
    QStringList m_chainErrors;
    QStringList m_problems;
    QString m_certificate;
    bool m_nameMissing = false;
    bool m_expired = false;
    std::string m_received;
};

// The server-to-server stream header; the answer is read with
// QXmlStreamReader as it comes, up to the end of <stream:features>.
class XmppTask : public ProbeTask
{
public:
    using ProbeTask::ProbeTask;

protected:
    void run() override
    {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            std::string refused;
            const std::optional<std::string> header =
                xmppStreamHeader(m_spec.serverName.empty() ? m_spec.host : m_spec.serverName, {}, &refused);
            if (!header) {
                m_socket->abort();
                refuse(refused);
                return;
            }
            m_socket->write(header->data(), qint64(header->size()));
        });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::ConnectedState || m_sawStream)
                fail(Verifier::tr("closed"), Verifier::tr("The server closed the stream before its features: %1").arg(m_socket->errorString()));
            else
                failSocket(m_socket);
        });
        m_socket->connectToHost(m_address, quint16(m_spec.port));
    }

    void timedOut() override
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            fail(Verifier::tr("no features"), Verifier::tr("The port is open but no <stream:features> came within %1 s.")
                                                  .arg(seconds(m_options.timeoutMs)));
        else
            ProbeTask::timedOut();
    }

    void read()
    {
        static const QString streams = QStringLiteral("http://etherx.jabber.org/streams");
        static const QString tls = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
        m_reader.addData(m_socket->readAll());
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const auto name = m_reader.name();
                const auto ns = m_reader.namespaceUri();
                if (name == QLatin1String("stream") && ns == streams) {
                    m_sawStream = true;
                    m_from = m_reader.attributes().value(QLatin1String("from")).toString();
                } else if (name == QLatin1String("features") && ns == streams) {
                    m_inFeatures = true;
                } else if (m_inFeatures && m_reader.namespaceUri() != streams && m_depthInFeatures++ == 0) {
                    m_features << name.toString();
                    m_starttls = m_starttls || (name == QLatin1String("starttls") && ns == tls);
                } else if (name == QLatin1String("error") && ns == streams) {
                    m_inError = true;
                } else if (m_inError && m_condition.isEmpty()) {
                    m_condition = name.toString();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (m_inFeatures && m_reader.name() == QLatin1String("features") && m_reader.namespaceUri() == streams) {
                    done();
                    return;
                }
                if (m_inFeatures && m_depthInFeatures > 0)
                    --m_depthInFeatures;
                if (m_inError && m_reader.name() == QLatin1String("error")) {
                    fail(Verifier::tr("stream error"), Verifier::tr("The server ended the stream: %1").arg(m_condition));
                    return;
                }
            }
        }
        if (m_reader.error() != QXmlStreamReader::NoError &&
            m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            fail(Verifier::tr("not XMPP"), Verifier::tr("The answer is not an XMPP stream: %1").arg(m_reader.errorString()));
    }

    void done()
    {
        m_socket->write("</stream:stream>");
        m_socket->disconnectFromHost();
        const QString detail = Verifier::tr("Stream from %1; features: %2.")
                                   .arg(m_from.isEmpty() ? Verifier::tr("(no from)") : m_from,
                                        m_features.isEmpty() ? Verifier::tr("(none)") : m_features.join(QStringLiteral(", ")));
        if (m_starttls)
            pass(Verifier::tr("offers STARTTLS"), detail);
        else
            warn(Verifier::tr("no STARTTLS"), detail);
    }

    QTcpSocket* m_socket = nullptr;
    QXmlStreamReader m_reader;
    QString m_from;
    QString m_condition;
    QStringList m_features;
    int m_depthInFeatures = 0;
    bool m_sawStream = false;
    bool m_inFeatures = false;
    bool m_inError = false;
    bool m_starttls = false;
};

// RFC 5389 Binding Request over UDP, sent again every 500 ms until an answer
// or the timeout (7.2.1 retransmits; loopback never needs it).
class StunTask : public ProbeTask
{
public:
    using ProbeTask::ProbeTask;

protected:
    void run() override
    {
        for (auto& byte : m_transaction)
            byte = std::uint8_t(QRandomGenerator::global()->bounded(256));
        const std::string request = stunBindingRequest(m_transaction);
        m_request = QByteArray(request.data(), qsizetype(request.size()));
        m_socket = new QUdpSocket(this);
        connect(m_socket, &QUdpSocket::connected, this, [this] {
            send();
            m_retransmit.start(500);
        });
        connect(&m_retransmit, &QTimer::timeout, this, [this] { send(); });
        connect(m_socket, &QUdpSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QUdpSocket::errorOccurred, this, [this] {
            if (m_socket->error() == QAbstractSocket::ConnectionRefusedError)
                fail(Verifier::tr("refused"), Verifier::tr("Port unreachable: nothing listens on UDP %1.").arg(m_spec.port));
            else
                fail(Verifier::tr("error"), m_socket->errorString());
        });
        m_socket->connectToHost(m_address, quint16(m_spec.port));
    }

    void send() { m_socket->write(m_request); }

    void read()
    {
        while (m_socket->hasPendingDatagrams()) {
            QByteArray datagram(qsizetype(std::max<qint64>(m_socket->pendingDatagramSize(), 0)), '\0');
            const qint64 n = m_socket->readDatagram(datagram.data(), datagram.size());
            if (n < 0)
                continue;
            std::string why;
            const auto response = parseStunResponse(datagram.left(n).toStdString(), m_transaction, &why);
            if (!response) {
                m_ignored << qs(why);
                continue; // not ours: keep waiting
            }
            m_retransmit.stop();
            if (!response->success) {
                fail(Verifier::tr("error response"), Verifier::tr("Binding Error Response, code %1.").arg(response->errorCode));
                return;
            }
            if (response->mappedAddress.empty()) {
                warn(Verifier::tr("no mapped address"), Verifier::tr("Binding Success without a mapped address."));
                return;
            }
            pass(Verifier::tr("mapped %1:%2").arg(qs(response->mappedAddress)).arg(response->mappedPort),
                 Verifier::tr("Binding Success Response: this end is seen as %1 port %2.")
                     .arg(qs(response->mappedAddress))
                     .arg(response->mappedPort));
            return;
        }
    }

    void timedOut() override
    {
        if (!m_ignored.isEmpty())
            fail(Verifier::tr("not STUN"), Verifier::tr("Answers came, but none was a STUN response to this request: %1")
                                               .arg(m_ignored.join(QStringLiteral("; "))));
        else
            ProbeTask::timedOut();
    }

    QUdpSocket* m_socket = nullptr;
    QTimer m_retransmit;
    QByteArray m_request;
    QStringList m_ignored;
    StunTransactionId m_transaction{};
};

QString notProbedText(const ProbeSpec& spec)
{
    switch (spec.reason) {
    case NotProbedReason::PortRange:
        return Verifier::tr("%1 %2 %3 is a port range: media ports open per call, no listener answers there.")
            .arg(qs(spec.protocol), qs(spec.transport), qs(PortRange{spec.port, spec.lastPort}.toString()));
    case NotProbedReason::NoTarget:
        return Verifier::tr("The plan gives this end neither an address nor an FQDN.");
    case NotProbedReason::Udp:
        return Verifier::tr("There is no probe for %1 over UDP.").arg(qs(spec.protocol));
    case NotProbedReason::None:
        break;
    }
    return {};
}

} // namespace

ProbeStatus worstStatus(const std::vector<ProbeStatus>& statuses)
{
    ProbeStatus worst = ProbeStatus::NotProbed;
    for (const ProbeStatus s : statuses) {
        if (s == ProbeStatus::Failed)
            return ProbeStatus::Failed;
        if (s == ProbeStatus::Warning || (s == ProbeStatus::Passed && worst != ProbeStatus::Warning))
            worst = s;
    }
    return worst;
}

Verifier::Verifier(QObject* parent) : QObject(parent) {}

Verifier::~Verifier()
{
    for (auto& [index, task] : m_tasks)
        task->onDone = nullptr;
}

void Verifier::start(std::vector<ProbeSpec> probes, const Options& options)
{
    if (m_running)
        cancel();
    m_probes = std::move(probes);
    m_outcomes.assign(m_probes.size(), ProbeOutcome{});
    m_options = options;
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_next = 0;
    m_finished = 0;
    m_running = true;
    emit progress(0, int(m_probes.size()));
    launchMore();
}

void Verifier::launchMore()
{
    while (m_running && m_next < m_probes.size() && int(m_tasks.size()) < m_options.concurrency) {
        const int index = int(m_next++);
        const ProbeSpec& spec = m_probes[size_t(index)];
        ProbeTask* task = nullptr;
        switch (spec.kind) {
        case ProbeKind::DnsSrv: task = new SrvTask(spec, m_options, this); break;
        case ProbeKind::DnsAddress: task = new AddressTask(spec, m_options, this); break;
        case ProbeKind::Tcp: task = new TcpTask(spec, m_options, this); break;
        case ProbeKind::Tls:
        case ProbeKind::SipOptions: task = new TlsTask(spec, m_options, this); break;
        case ProbeKind::XmppStream: task = new XmppTask(spec, m_options, this); break;
        case ProbeKind::Stun: task = new StunTask(spec, m_options, this); break;
        case ProbeKind::NotProbed: break;
        }
        if (!task) {
            ProbeOutcome outcome;
            outcome.status = ProbeStatus::NotProbed;
            outcome.result = tr("not probed");
            outcome.detail = notProbedText(spec);
            outcome.done = true;
            taskDone(index, outcome);
            continue;
        }
        m_tasks[index] = task;
        task->onDone = [this, index](ProbeOutcome outcome) { taskDone(index, std::move(outcome)); };
        task->start();
    }
}

void Verifier::taskDone(int index, ProbeOutcome outcome)
{
    const auto it = m_tasks.find(index);
    if (it != m_tasks.end()) {
        ProbeTask* task = it->second;
        m_tasks.erase(it);
        task->onDone = nullptr;
        task->deleteLater(); // its sockets may still be inside a signal
    }
    m_outcomes[size_t(index)] = std::move(outcome);
    ++m_finished;
    emit probeFinished(index);
    emit progress(m_finished, int(m_probes.size()));
    if (m_finished == int(m_probes.size())) {
        m_running = false;
        emit finished();
        return;
    }
    // Tasks that finish inside start() must not recurse without bound.
    QMetaObject::invokeMethod(this, &Verifier::launchMore, Qt::QueuedConnection);
}

void Verifier::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (auto& [index, task] : m_tasks) {
        task->onDone = nullptr;
        delete task; // aborts its sockets and lookups now
    }
    m_tasks.clear();
    for (ProbeOutcome& outcome : m_outcomes) {
        if (outcome.done)
            continue;
        outcome.status = ProbeStatus::Cancelled;
        outcome.result = tr("cancelled");
        outcome.done = true;
    }
    m_finished = int(m_probes.size());
    emit progress(m_finished, int(m_probes.size()));
    emit finished();
}

bool Verifier::allPassed() const
{
    return std::none_of(m_outcomes.begin(), m_outcomes.end(), [](const ProbeOutcome& o) {
        return o.status == ProbeStatus::Failed || o.status == ProbeStatus::Cancelled;
    });
}

std::map<LinkId, ProbeStatus> Verifier::linkStatuses() const
{
    std::map<LinkId, std::vector<ProbeStatus>> byLink;
    for (size_t i = 0; i < m_probes.size() && i < m_outcomes.size(); ++i) {
        for (const LinkId link : m_probes[i].links)
            byLink[link].push_back(m_outcomes[i].status);
    }
    std::map<LinkId, ProbeStatus> result;
    for (const auto& [link, statuses] : byLink)
        result[link] = worstStatus(statuses);
    return result;
}

QString Verifier::statusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Passed: return tr("passed");
    case ProbeStatus::Warning: return tr("warning");
    case ProbeStatus::Failed: return tr("failed");
    case ProbeStatus::NotProbed: return tr("not probed");
    case ProbeStatus::Cancelled: return tr("cancelled");
    }
    return {};
}

QString Verifier::statusId(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Passed: return QStringLiteral("passed");
    case ProbeStatus::Warning: return QStringLiteral("warning");
    case ProbeStatus::Failed: return QStringLiteral("failed");
    case ProbeStatus::NotProbed: return QStringLiteral("not-probed");
    case ProbeStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString Verifier::kindName(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::DnsSrv: return tr("DNS SRV");
    case ProbeKind::DnsAddress: return tr("DNS A/AAAA");
    case ProbeKind::Tcp: return tr("TCP connect");
    case ProbeKind::Tls: return tr("TLS handshake");
    case ProbeKind::SipOptions: return tr("SIP OPTIONS");
    case ProbeKind::XmppStream: return tr("XMPP stream");
    case ProbeKind::Stun: return tr("STUN binding");
    case ProbeKind::NotProbed: return tr("none");
    }
    return {};
}

} // namespace edgeplan
