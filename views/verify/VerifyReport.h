#pragma once

// The results of a verification as rows (rule, target, address, probe,
// result, detail, time), for the dialog's table and for text, CSV and JSON; the
// words are those of the installed language.

#include "verify/Verifier.h"

#include <QString>
#include <QStringList>

#include <string>

namespace edgeplan {

class Topology;

struct VerifyRow
{
    QString rules;   // the rule ids the probe stands for, or "DNS"
    QString target;  // "edge01: 203.0.113.10:5061/TCP", "_sip._tls.example.com (SRV)"
    QString address; // the address the probe connected to: the plan's, or the name server's answer
    QString probe;   // "TLS handshake"
    QString status;  // "passed"
    QString result;  // "TLS 1.3"
    QString detail;
    QString time;    // "12 ms", or "" when it never ran
};

VerifyRow verifyRow(const Topology& topology, const ProbeSpec& spec, const ProbeOutcome& outcome);

// The column headings, in the installed language.
QStringList verifyHeadings();

// An aligned text table and a closing count line ("8 passed, 1 warning, ...").
std::string verifyText(const Topology& topology, const Verifier& verifier);
// RFC 4180 CSV with a heading row, UTF-8 with a BOM so that Excel reads it.
std::string verifyCsv(const Topology& topology, const Verifier& verifier);
// {"probes": [{rules, component, kind, host, port, transport, address, status, result, detail, milliseconds}],
//  "summary": {...}}
std::string verifyJson(const Topology& topology, const Verifier& verifier);

// "8 passed, 1 warning, 2 failed, 3 not probed".
QString verifySummary(const Verifier& verifier);

} // namespace edgeplan
