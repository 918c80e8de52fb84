#pragma once

// One probe of the verifier in flight, the base of every kind: it checks
// what it is about to send, resolves the host through the chosen name
// server, runs with a timeout and reports one outcome. Its sockets and
// lookups are children, so deleting it stops it. Each kind is a file of
// this room: DNS SRV, DNS A/AAAA, TCP, TLS (and SIP OPTIONS), XMPP, STUN.

#include "verify/Verify.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

class QAbstractSocket;

namespace edgeplan {

enum class ProbeStatus { Passed, Warning, Failed, NotProbed, Cancelled };

struct ProbeOutcome
{
    ProbeStatus status = ProbeStatus::Cancelled;
    QString result;          // in a few words: "open", "refused", "SIP/2.0 200 OK"
    QString detail;          // what was seen: the certificate, the records, the mapped address
    QString address;         // the address a connecting probe used ("" for DNS probes, or none found)
    qint64 milliseconds = -1; // -1: never ran
    bool done = false;
};

struct ProbeOptions
{
    int timeoutMs = 3000;
    int concurrency = 8;
    QHostAddress nameserver; // null: the system's resolver
};

// The probes' words are the Verifier's in the translations.
class ProbeWords
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::Verifier)
};

class Probe : public QObject
{
    Q_OBJECT

public:
    Probe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);

    // Runs the probe; finished() comes once, perhaps before start() returns.
    void start();

    // A timeout in seconds, as the messages show it.
    static QString seconds(int ms);
    // The model's normaliser, for names Qt Network returns.
    static QString lower(const QString& name);
    static QDnsLookup* newLookup(QObject* parent, QDnsLookup::Type type, const QString& name,
                                 const QHostAddress& nameserver);

Q_SIGNALS:
    // The outcome; the receiver may delete the probe (later) but nothing after.
    void finished(const edgeplan::ProbeOutcome& outcome);

protected:
    // The probe's work; a connecting probe goes to m_address, which start() set.
    virtual void run() = 0;
    // Whether the probe connects to the host (else it only asks DNS about it).
    virtual bool connects() const { return true; }
    // What a probe that ran out of time reports.
    virtual void timedOut();
    // Both answers are in: IPv4 addresses first, each in the server's order.
    virtual void resolvedAll(const QList<QHostAddress>& found, const QStringList& errors);

    void finish(ProbeStatus status, const QString& result, const QString& detail);
    void refuse(const std::string& value);
    void pass(const QString& result, const QString& detail = {}) { finish(ProbeStatus::Passed, result, detail); }
    void warn(const QString& result, const QString& detail = {}) { finish(ProbeStatus::Warning, result, detail); }
    void fail(const QString& result, const QString& detail = {}) { finish(ProbeStatus::Failed, result, detail); }
    // The words for a socket error that ended a connection attempt.
    void failSocket(QAbstractSocket* socket);
    // The name's A and AAAA records from the chosen name server (the
    // system's when none is chosen); for a connecting probe the first IPv4
    // address, else the first IPv6 one, is where it goes.
    void resolve();

    const ProbeSpec m_spec;
    const ProbeOptions m_options;
    QHostAddress m_address;
    bool m_finished = false;

private:
    void resolved(QDnsLookup* lookup);

    QList<QHostAddress> m_ipv4;
    QList<QHostAddress> m_ipv6;
    QStringList m_lookupErrors;
    int m_lookups = 0;
    QElapsedTimer m_clock;
    QTimer m_timeout;
};

// The probe for a spec's kind, or null for a spec not probed.
Probe* newProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);

// One maker per kind, each in the file of its probe.
Probe* newSrvProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);
Probe* newAddressProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);
Probe* newTcpProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);
Probe* newTlsProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);
Probe* newXmppProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);
Probe* newStunProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent);

} // namespace edgeplan
