// The commands that write the plan out: rules, export and render.

#include "cli/Cli.h"
#include "cli/CliCommands.h"

#include "diagram/DiagramScene.h"
#include "checks/Checks.h"
#include "export/DiagramExport.h"
#include "export/ExportFormats.h"
#include "export/FlowHandout.h"
#include "export/PlanExporter.h"
#include "export/TableExport.h"

#include <QFileInfo>

namespace edgeplan {

namespace {

int runFlowExport(const CliContext& context, const QStringList& args, const QString& flowId,
                  const QString& output)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'export' takes one project file"));
    if (output.isEmpty() || output == QLatin1String("-"))
        return usageError(Cli::tr("'export --format flow-pdf' needs --output FILE"));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    QStringList flows;
    for (const Flow& flow : topology->catalog().flows)
        flows << QString::fromStdString(flow.id);
    if (flowId.isEmpty())
        return usageError(
            Cli::tr("'export --format flow-pdf' needs --flow ID (%1)").arg(flows.join(", ")));
    if (!flows.contains(flowId))
        return usageError(Cli::tr("unknown flow '%1' (%2)").arg(flowId, flows.join(", ")));
    QString error;
    if (!exportFlowHandoutPdf(*topology, flowId.toStdString(), output, {args[0]}, context.lang, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace

int runRules(const CliRun& run)
{
    const CliContext& context = run.context;
    const QString firewall = run.value(CliOption::Firewall);
    if (run.args.size() != 1)
        return usageError(Cli::tr("'rules' takes one project file"));
    const auto topology = loadOrReport(context, run.args[0]);
    if (!topology)
        return kExitBadInput;
    if (!firewall.isEmpty() && !topology->catalog().firewall(firewall.toStdString()))
        return usageError(Cli::tr("unknown firewall '%1'").arg(firewall));
    const CoveredRows covered = run.isSet(CliOption::KeepCovered) ? CoveredRows::Keep : CoveredRows::Fold;
    printReport(exportRulesText(*topology, {context.lang, firewall.toStdString(), false, covered}));
    return kExitOk;
}

int runExport(const CliRun& run)
{
    const CliContext& context = run.context;
    const QStringList& args = run.args;
    const QString format = run.value(CliOption::Format);
    const QString output = run.value(CliOption::Output);
    const QString firewall = run.value(CliOption::Firewall);
    const bool merge = run.isSet(CliOption::Merge);
    const CoveredRows covered = run.isSet(CliOption::KeepCovered) ? CoveredRows::Keep : CoveredRows::Fold;
    if (format == QLatin1String("flow-pdf"))
        return runFlowExport(context, args, run.value(CliOption::Flow), output);
    if (run.isSet(CliOption::Flow))
        return usageError(Cli::tr("--flow goes with 'export --format flow-pdf'"));
    if (args.size() != 1)
        return usageError(Cli::tr("'export' takes one project file"));
    QStringList ids;
    for (const ExportFormatInfo& info : exportFormats())
        ids << info.id;
    const QString formats = ids.join(QStringLiteral(", ")) + QStringLiteral(", flow-pdf");
    if (format.isEmpty())
        return usageError(Cli::tr("'export' needs --format (%1)").arg(formats));
    if (output.isEmpty())
        return usageError(Cli::tr("'export' needs --output FILE ('-' for standard output)"));
    const ExportFormatInfo* known = findExportFormat(format);
    if (!known)
        return usageError(Cli::tr("unknown export format '%1' (%2)").arg(format, formats));
    if (known->kind != ExportKind::Text && output == QLatin1String("-"))
        return usageError(Cli::tr("a %1 file cannot go to standard output").arg(format));
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    if (run.isSet(CliOption::PageSize)) {
        const QString wanted = run.value(CliOption::PageSize).toLower();
        QStringList names;
        bool found = false;
        for (const auto& [name, id] : reportPageSizes()) {
            names << name;
            if (name == wanted) {
                pageSize = id;
                found = true;
            }
        }
        if (!found)
            return usageError(Cli::tr("--page-size takes %1").arg(names.join(QStringLiteral(", "))));
        if (known->kind != ExportKind::Report)
            return usageError(Cli::tr("--page-size goes with 'export --format report'"));
    }
    const bool folder = known->kind == ExportKind::Folder;
    if (folder && QFileInfo(output).exists() && !QFileInfo(output).isDir())
        return usageError(
            Cli::tr("'export --format %1' writes a folder: %2 is a file").arg(format, output));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    if (!firewall.isEmpty() && !topology->catalog().firewall(firewall.toStdString()))
        return usageError(Cli::tr("unknown firewall '%1'").arg(firewall));
    ExportRequest request;
    request.format = format;
    request.path = output;
    request.lang = context.lang;
    request.firewallId = firewall;
    request.merge = merge;
    request.covered = covered;
    request.scale = context.scale;
    request.transparent = context.transparent;
    request.pageSize = pageSize;
    request.inputs = {args[0]};
    if (output == QLatin1String("-")) {
        printOut(exportFormatById(format.toStdString())
                     ->text(*topology, {context.lang, firewall.toStdString(), merge, covered}));
        return kExitOk;
    }
    QString error;
    if (!exportPlan(*topology, nullptr, request, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    return kExitOk;
}

int runRender(const CliRun& run)
{
    const CliContext& context = run.context;
    const QStringList& args = run.args;
    const QString output = run.value(CliOption::Output);
    if (args.size() != 1)
        return usageError(Cli::tr("'render' takes one project file"));
    if (output.isEmpty())
        return usageError(Cli::tr("'render' needs --output FILE (.svg, .png or .pdf)"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png") &&
        suffix != QLatin1String("pdf"))
        return usageError(Cli::tr("'render' writes .svg, .png or .pdf, not '%1'").arg(output));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    DiagramScene scene(*topology, runChecks(*topology));
    DiagramExportOptions options;
    options.lang = context.lang;
    options.scale = context.scale;
    options.transparent = context.transparent;
    QString error;
    if (!exportDiagramByExtension(scene, output, options, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace edgeplan
