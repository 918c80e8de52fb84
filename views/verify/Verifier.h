#pragma once

// Runs the probes that model/Verify chose, with Qt Network (probes/, one
// file per kind): DNS lookups, TCP connects, TLS handshakes, SIP OPTIONS,
// the XMPP stream header and STUN.
// At most `concurrency` probes run at once, each bounded by the timeout;
// cancel() stops every one of them at once. Only the hosts the probes name
// are contacted (and the name server for DNS): a name is resolved with
// QDnsLookup through the chosen name server, never the system's host
// lookup, and a value that is no DNS name or address is refused before
// anything is sent.

#include "probes/Probe.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace edgeplan {

// The worst status among outcomes (Failed > Warning > Passed; not-probed and
// cancelled ones count for nothing): how a link is coloured.
ProbeStatus worstStatus(const std::vector<ProbeStatus>& statuses);

class Verifier : public QObject
{
    Q_OBJECT

public:
    using Options = ProbeOptions;

    explicit Verifier(QObject* parent = nullptr);
    ~Verifier() override;

    // Starts the probes; a run in progress is cancelled first.
    void start(std::vector<ProbeSpec> probes, const Options& options);
    // Stops every running probe now; those not finished end as Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }
    const std::vector<ProbeSpec>& probes() const { return m_probes; }
    const std::vector<ProbeOutcome>& outcomes() const { return m_outcomes; }
    int finishedCount() const { return m_finished; }
    // Whether every probe that ran passed (warnings pass; not-probed rows do not count).
    bool allPassed() const;
    // Each link's worst status over the probes for its rules.
    std::map<LinkId, ProbeStatus> linkStatuses() const;

    static QString statusName(ProbeStatus status);
    static QString kindName(ProbeKind kind);
    static QString statusId(ProbeStatus status); // "passed", "warning", ... (for JSON)

signals:
    void probeFinished(int index);
    void progress(int finished, int total);
    void finished();

private:
    void launchMore();
    void taskDone(int index, ProbeOutcome outcome);

    std::vector<ProbeSpec> m_probes;
    std::vector<ProbeOutcome> m_outcomes;
    std::map<int, Probe*> m_tasks;
    Options m_options;
    size_t m_next = 0;
    int m_finished = 0;
    bool m_running = false;
};

} // namespace edgeplan
