// The commands that check a plan: validate (the design checks) and verify
// (probes of the addresses it names).

#include "cli/Cli.h"
#include "cli/CliCommands.h"

#include "checks/Checks.h"
#include "verify/Verifier.h"
#include "verify/VerifyReport.h"

#include <QEventLoop>

#include <algorithm>

namespace edgeplan {

namespace {

// "1 error", "2 warnings": not %n, so that the English needs no translation.
QString countOf(const std::vector<Finding>& findings, Severity severity)
{
    const auto n = std::count_if(findings.begin(), findings.end(),
                                 [&](const Finding& f) { return f.severity == severity; });
    switch (severity) {
    case Severity::Error:
        return (n == 1 ? Cli::tr("%1 error") : Cli::tr("%1 errors")).arg(n);
    case Severity::Warning:
        return (n == 1 ? Cli::tr("%1 warning") : Cli::tr("%1 warnings")).arg(n);
    case Severity::Information:
        break;
    }
    return Cli::tr("%1 information").arg(n);
}

// Loads the plan (exit 1 with its diagnostics if it does not load), runs the
// design checks and prints the findings; exit 1 if any is an error.
int validatePlan(const CliContext& context, const QStringList& args, const QString& format)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'validate' takes one project file"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("unknown validate format '%1' (text or json)").arg(format));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    const std::vector<Finding> findings = runChecks(*topology);
    const int exitCode = hasErrors(findings) ? kExitBadInput : kExitOk;
    if (format == QLatin1String("json")) {
        printOut(findingsJson(*topology, findings, context.lang));
        return exitCode;
    }
    printReport(findingsText(*topology, findings, context.lang));
    if (exitCode != kExitOk) {
        printText({Cli::tr("%1: invalid: %2, %3, %4")
                       .arg(args[0], countOf(findings, Severity::Error),
                            countOf(findings, Severity::Warning),
                            countOf(findings, Severity::Information))});
        return exitCode;
    }
    const RuleTables tables = deriveTables(*topology);
    printText({Cli::tr("%1: valid: %2 components, %3 links, %4 firewall rules")
                   .arg(args[0])
                   .arg(topology->components().size())
                   .arg(topology->links().size())
                   .arg(tables.openingCount() + tables.unfiltered.size())});
    return kExitOk;
}

struct VerifyArguments
{
    QString timeout;
    QString concurrency;
    QString nameserver;
    QString format;
};

// Probes the plan's addresses and prints the results; exit 1 if any failed.
int verifyPlan(const CliContext& context, const QStringList& args, const VerifyArguments& given)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'verify' takes one project file"));
    if (!given.format.isEmpty() && given.format != QLatin1String("text") &&
        given.format != QLatin1String("json"))
        return usageError(Cli::tr("unknown verify format '%1' (text or json)").arg(given.format));
    Verifier::Options options;
    if (!given.timeout.isEmpty()) {
        bool ok = false;
        const double seconds = given.timeout.toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 120)
            return usageError(
                Cli::tr("--timeout takes seconds from 0.1 to 120, not '%1'").arg(given.timeout));
        options.timeoutMs = int(seconds * 1000);
    }
    if (!given.concurrency.isEmpty()) {
        const auto n = wholeNumber(QStringLiteral("concurrency"), given.concurrency, 1, 64);
        if (!n)
            return kExitUsage;
        options.concurrency = int(*n);
    }
    if (!given.nameserver.isEmpty()) {
        options.nameserver = QHostAddress(given.nameserver);
        if (options.nameserver.isNull())
            return usageError(
                Cli::tr("--nameserver takes an IP address, not '%1'").arg(given.nameserver));
    }
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    Verifier verifier;
    QEventLoop loop;
    QObject::connect(&verifier, &Verifier::finished, &loop, &QEventLoop::quit);
    verifier.start(planProbes(*topology, deriveTables(*topology)), options);
    if (verifier.isRunning())
        loop.exec();
    if (given.format == QLatin1String("json"))
        printOut(verifyJson(*topology, verifier));
    else
        printReport(verifyText(*topology, verifier));
    return verifier.allPassed() ? kExitOk : kExitBadInput;
}

} // namespace

int runValidate(const CliRun& run)
{
    return validatePlan(run.context, run.args, run.value(CliOption::Format));
}

int runVerify(const CliRun& run)
{
    return verifyPlan(run.context, run.args,
                      {run.value(CliOption::Timeout), run.value(CliOption::Concurrency),
                       run.value(CliOption::Nameserver), run.value(CliOption::Format)});
}

} // namespace edgeplan
