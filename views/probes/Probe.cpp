#include "probes/Probe.h"

#include "base/DnsName.h"
#include "support/QtText.h"
#include "text/TerminalText.h"

#include <QAbstractSocket>

namespace edgeplan {

namespace {

QString nameserverName(const QHostAddress& nameserver)
{
    return nameserver.isNull() ? ProbeWords::tr("the system's name server") : nameserver.toString();
}

// Why a message was not sent: the value shown with its control characters escaped.
QString refusedDetail(const std::string& value)
{
    return ProbeWords::tr("'%1' is not a DNS name or an IP address: nothing was sent.")
        .arg(qs(terminalText(value)));
}

} // namespace

Probe::Probe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
    : QObject(parent), m_spec(spec), m_options(options)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] { timedOut(); });
}

void Probe::start()
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

void Probe::timedOut()
{
    fail(ProbeWords::tr("no answer"),
         ProbeWords::tr("No answer within %1 s: filtered by a firewall, or nothing listens there.")
             .arg(seconds(m_options.timeoutMs)));
}

void Probe::finish(ProbeStatus status, const QString& result, const QString& detail)
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
    Q_EMIT finished(outcome);
}

void Probe::refuse(const std::string& value)
{
    fail(ProbeWords::tr("refused to send"), refusedDetail(value));
}

void Probe::failSocket(QAbstractSocket* socket)
{
    if (socket->error() == QAbstractSocket::ConnectionRefusedError)
        fail(ProbeWords::tr("refused"), ProbeWords::tr("The host refused the connection: nothing listens on %1 %2, or a firewall rejects it.")
                                            .arg(qs(m_spec.transport))
                                            .arg(m_spec.port));
    else if (socket->error() == QAbstractSocket::HostNotFoundError)
        fail(ProbeWords::tr("host not found"), socket->errorString());
    else
        fail(ProbeWords::tr("error"), socket->errorString());
}

void Probe::resolve()
{
    for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        auto* lookup = newLookup(this, type, qs(m_spec.host), m_options.nameserver);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup] { resolved(lookup); });
        lookup->lookup();
    }
}

void Probe::resolved(QDnsLookup* lookup)
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

void Probe::resolvedAll(const QList<QHostAddress>& found, const QStringList& errors)
{
    if (found.isEmpty()) {
        fail(ProbeWords::tr("host not found"),
             ProbeWords::tr("%1 has no A or AAAA record at %2.").arg(qs(m_spec.host), nameserverName(m_options.nameserver)) +
                 (errors.isEmpty() ? QString() : QLatin1Char(' ') + errors.join(QStringLiteral("; "))));
        return;
    }
    m_address = found.first();
    run();
}

QString Probe::seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

QString Probe::lower(const QString& name)
{
    return qs(dnsNameKey(name.toStdString()));
}

QDnsLookup* Probe::newLookup(QObject* parent, QDnsLookup::Type type, const QString& name,
                             const QHostAddress& nameserver)
{
    auto* lookup = new QDnsLookup(type, name, parent);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    return lookup;
}

Probe* newProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    switch (spec.kind) {
    case ProbeKind::DnsSrv: return newSrvProbe(spec, options, parent);
    case ProbeKind::DnsAddress: return newAddressProbe(spec, options, parent);
    case ProbeKind::Tcp: return newTcpProbe(spec, options, parent);
    case ProbeKind::Tls:
    case ProbeKind::SipOptions: return newTlsProbe(spec, options, parent);
    case ProbeKind::XmppStream: return newXmppProbe(spec, options, parent);
    case ProbeKind::Stun: return newStunProbe(spec, options, parent);
    case ProbeKind::NotProbed: break;
    }
    return nullptr;
}

} // namespace edgeplan
