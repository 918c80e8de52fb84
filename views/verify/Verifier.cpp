#include "verify/Verifier.h"

#include "support/QtText.h"

#include <algorithm>

namespace edgeplan {

namespace {

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
        disconnect(task, nullptr, this, nullptr);
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
        Probe* task = newProbe(spec, m_options, this);
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
        connect(task, &Probe::finished, this, [this, index](const ProbeOutcome& outcome) { taskDone(index, outcome); });
        task->start();
    }
}

void Verifier::taskDone(int index, ProbeOutcome outcome)
{
    const auto it = m_tasks.find(index);
    if (it != m_tasks.end()) {
        Probe* task = it->second;
        m_tasks.erase(it);
        disconnect(task, nullptr, this, nullptr);
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
        disconnect(task, nullptr, this, nullptr);
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