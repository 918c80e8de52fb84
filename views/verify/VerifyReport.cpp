#include "verify/VerifyReport.h"

#include "export/TableExport.h"
#include "plan/Topology.h"
#include "rules/TableView.h"
#include "support/QtText.h"
#include "text/TerminalText.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace edgeplan {

namespace {

class VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::VerifyReport)
};

std::string ss(const QString& text)
{
    return text.toStdString();
}

QString joined(const std::vector<std::string>& items)
{
    QStringList list;
    for (const std::string& item : items)
        list << qs(item);
    return list.join(QStringLiteral(", "));
}

} // namespace

QStringList verifyHeadings()
{
    return {VerifyReport::tr("Rule"),   VerifyReport::tr("Target"), VerifyReport::tr("Address"),
            VerifyReport::tr("Probe"),  VerifyReport::tr("Status"), VerifyReport::tr("Result"),
            VerifyReport::tr("Detail"), VerifyReport::tr("Time")};
}

VerifyRow verifyRow(const Topology& topology, const ProbeSpec& spec, const ProbeOutcome& outcome)
{
    VerifyRow row;
    const Component* component = topology.component(spec.component);
    const QString name = component ? qs(component->name) : QString();
    switch (spec.kind) {
    case ProbeKind::DnsSrv:
        row.rules = VerifyReport::tr("DNS");
        row.target = VerifyReport::tr("%1: %2 (SRV)").arg(name, qs(spec.host));
        break;
    case ProbeKind::DnsAddress:
        row.rules = VerifyReport::tr("DNS");
        row.target = VerifyReport::tr("%1: %2 (A/AAAA)").arg(name, qs(spec.host));
        break;
    default: {
        row.rules = joined(spec.ruleIds);
        const QString ports = qs(PortRange{spec.port, std::max(spec.port, spec.lastPort)}.toString());
        // An IPv6 address takes brackets before its port.
        const QString host = qs(spec.host).contains(':') ? QStringLiteral("[%1]").arg(qs(spec.host)) : qs(spec.host);
        row.target = host.isEmpty() ? VerifyReport::tr("%1: (no address)").arg(name)
                                    : QStringLiteral("%1: %2:%3/%4").arg(name, host, ports, qs(spec.transport));
        break;
    }
    }
    row.address = outcome.address;
    row.probe = Verifier::kindName(spec.kind);
    row.status = Verifier::statusName(outcome.status);
    row.result = outcome.result;
    row.detail = outcome.detail;
    if (outcome.milliseconds >= 0)
        row.time = VerifyReport::tr("%1 ms").arg(outcome.milliseconds);
    return row;
}

namespace {

// How many outcomes have each status, indexed by ProbeStatus.
std::array<int, 5> statusCounts(const Verifier& verifier)
{
    std::array<int, 5> counts{};
    for (const ProbeOutcome& outcome : verifier.outcomes())
        ++counts[size_t(outcome.status)];
    return counts;
}

} // namespace

QString verifySummary(const Verifier& verifier)
{
    const std::array<int, 5> counts = statusCounts(verifier);
    QStringList parts;
    parts << VerifyReport::tr("%n passed", nullptr, counts[int(ProbeStatus::Passed)])
          << VerifyReport::tr("%n with warnings", nullptr, counts[int(ProbeStatus::Warning)])
          << VerifyReport::tr("%n failed", nullptr, counts[int(ProbeStatus::Failed)])
          << VerifyReport::tr("%n not probed", nullptr, counts[int(ProbeStatus::NotProbed)]);
    if (counts[int(ProbeStatus::Cancelled)])
        parts << VerifyReport::tr("%n cancelled", nullptr, counts[int(ProbeStatus::Cancelled)]);
    return parts.join(QStringLiteral(", "));
}

std::string verifyText(const Topology& topology, const Verifier& verifier)
{
    // The detail goes on its own indented line: it is long, the rest is a table.
    std::vector<std::array<std::string, 7>> cells;
    const QStringList h = verifyHeadings();
    cells.push_back({ss(h[0]), ss(h[1]), ss(h[2]), ss(h[3]), ss(h[4]), ss(h[5]), ss(h[7])});
    std::vector<std::string> details{""};
    for (size_t i = 0; i < verifier.probes().size(); ++i) {
        const VerifyRow r = verifyRow(topology, verifier.probes()[i], verifier.outcomes()[i]);
        // The names and the answers from the network, shown, not acted on.
        cells.push_back({terminalText(ss(r.rules)), terminalText(ss(r.target)), terminalText(ss(r.address)),
                         terminalText(ss(r.probe)), terminalText(ss(r.status)), terminalText(ss(r.result)),
                         terminalText(ss(r.time))});
        details.push_back(terminalText(ss(r.detail)));
    }
    std::array<size_t, 7> widths{};
    for (const auto& row : cells)
        for (size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    std::string out;
    for (size_t r = 0; r < cells.size(); ++r) {
        std::string line;
        for (size_t c = 0; c < cells[r].size(); ++c) {
            line += cells[r][c];
            if (c + 1 < cells[r].size())
                line += std::string(widths[c] - displayWidth(cells[r][c]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
        if (!details[r].empty())
            out += "    " + details[r] + "\n";
    }
    out += ss(verifySummary(verifier)) + "\n";
    return out;
}

std::string verifyCsv(const Topology& topology, const Verifier& verifier)
{
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += (i ? "," : "") + csvCell(ss(cells[i]));
        out += "\r\n";
    };
    line(verifyHeadings());
    for (size_t i = 0; i < verifier.probes().size(); ++i) {
        const VerifyRow r = verifyRow(topology, verifier.probes()[i], verifier.outcomes()[i]);
        line({r.rules, r.target, r.address, r.probe, r.status, r.result, r.detail, r.time});
    }
    return out;
}

std::string verifyJson(const Topology& topology, const Verifier& verifier)
{
    nlohmann::ordered_json probes = nlohmann::ordered_json::array();
    for (size_t i = 0; i < verifier.probes().size(); ++i) {
        const ProbeSpec& spec = verifier.probes()[i];
        const ProbeOutcome& outcome = verifier.outcomes()[i];
        const Component* component = topology.component(spec.component);
        nlohmann::ordered_json p;
        p["rules"] = spec.ruleIds;
        p["component"] = component ? component->name : std::string();
        p["kind"] = probeKindId(spec.kind);
        p["host"] = spec.host;
        if (spec.port) {
            p["port"] = spec.port;
            p["transport"] = spec.transport;
        }
        if (spec.kind == ProbeKind::DnsSrv) {
            p["expected"] = {{"target", spec.expectedTarget}, {"port", spec.expectedPort}};
        } else if (spec.kind == ProbeKind::DnsAddress) {
            p["expected"] = {{"addresses", spec.expectedAddresses}};
        }
        if (!outcome.address.isEmpty())
            p["address"] = ss(outcome.address);
        p["status"] = ss(Verifier::statusId(outcome.status));
        p["result"] = ss(outcome.result);
        p["detail"] = ss(outcome.detail);
        if (outcome.milliseconds >= 0)
            p["milliseconds"] = outcome.milliseconds;
        probes.push_back(std::move(p));
    }
    const std::array<int, 5> counts = statusCounts(verifier);
    nlohmann::ordered_json doc;
    doc["project"] = topology.name();
    doc["probes"] = std::move(probes);
    doc["summary"] = {{"passed", counts[0]},   {"warning", counts[1]},  {"failed", counts[2]},
                      {"notProbed", counts[3]}, {"cancelled", counts[4]}, {"ok", verifier.allPassed()}};
    // Replace invalid UTF-8 from a hostile server rather than throw.
    return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace edgeplan
