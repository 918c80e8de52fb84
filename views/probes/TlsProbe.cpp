#include "probes/Probe.h"

#include "support/QtText.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslSocket>

namespace edgeplan {

namespace {

QString randomToken(int bytes)
{
    QString token;
    for (int i = 0; i < bytes; ++i)
        token += QString::number(QRandomGenerator::global()->bounded(256), 16).rightJustified(2, '0');
    return token;
}

// RFC 6125: a name matches a DNS-ID exactly, or a wildcard "*.example.com"
// in its left-most label only.
bool nameMatches(const QString& pattern, const QString& name)
{
    const QString p = Probe::lower(pattern);
    const QString n = Probe::lower(name);
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
    return ProbeWords::tr("unknown");
}

// TLS handshake, and for SIP an OPTIONS request over the same connection.
class TlsProbe : public Probe
{
public:
    using Probe::Probe;

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
            fail(ProbeWords::tr("no handshake"), ProbeWords::tr("The port is open but the TLS handshake got no answer within %1 s.")
                                                   .arg(seconds(m_options.timeoutMs)));
        else if (m_socket && m_socket->isEncrypted())
            fail(ProbeWords::tr("no SIP answer"), ProbeWords::tr("TLS works (%1) but no SIP response came within %2 s.")
                                                    .arg(m_certificate, seconds(m_options.timeoutMs)));
        else
            Probe::timedOut();
    }

    void socketError()
    {
        if (m_finished)
            return;
        if (m_socket->isEncrypted() || m_socket->state() == QAbstractSocket::ConnectedState ||
            m_socket->error() == QAbstractSocket::SslHandshakeFailedError) {
            if (m_spec.kind == ProbeKind::SipOptions && m_socket->isEncrypted())
                fail(ProbeWords::tr("closed"), ProbeWords::tr("The server closed the connection before answering OPTIONS: %1")
                                                 .arg(m_socket->errorString()));
            else
                fail(ProbeWords::tr("handshake failed"), m_socket->errorString());
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
        m_certificate = ProbeWords::tr("%1; subject CN=%2; SAN %3; issuer %4; expires %5")
                            .arg(protocolName(m_socket->sessionProtocol()),
                                 commonNames.join(QStringLiteral(", ")),
                                 names.isEmpty() ? ProbeWords::tr("(none)") : names.join(QStringLiteral(", ")),
                                 issuer.join(QStringLiteral(", ")),
                                 certificate.expiryDate().toUTC().toString(Qt::ISODate));
        QStringList problems;
        if (name.isEmpty())
            problems << ProbeWords::tr("the plan gives no FQDN to look for in the certificate");
        else if (!nameFound)
            m_nameMissing = true;
        if (!m_chainErrors.isEmpty())
            problems << ProbeWords::tr("chain not trusted: %1").arg(m_chainErrors.join(QStringLiteral("; ")));
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
            detail += QLatin1String(". ") + ProbeWords::tr("%1 is not among the certificate's names").arg(qs(m_spec.serverName));
        if (m_expired)
            detail += QLatin1String(". ") + ProbeWords::tr("the certificate has expired");
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
                fail(ProbeWords::tr("not SIP"), ProbeWords::tr("The server sent more than 8 KiB without a status line."));
            return;
        }
        const int code = sipStatusCode(*line);
        const QString status = qs(*line).left(200);
        const QString detail = m_certificate;
        m_socket->disconnectFromHost();
        if (code == 0)
            fail(ProbeWords::tr("not SIP"), ProbeWords::tr("The first line of the answer is not a SIP status line: %1").arg(status));
        else if (code >= 200 && code < 300)
            pass(status, detail);
        else
            warn(status, ProbeWords::tr("The server answers SIP, but not with 2xx. %1").arg(detail));
    }

    QSslSocket* m_socket = nullptr;
    QStringList m_chainErrors;
    QStringList m_problems;
    QString m_certificate;
    bool m_nameMissing = false;
    bool m_expired = false;
    std::string m_received;
};

} // namespace

Probe* newTlsProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    return new TlsProbe(spec, options, parent);
}

} // namespace edgeplan
