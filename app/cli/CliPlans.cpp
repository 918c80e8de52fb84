// The commands that make a plan from another plan or from files: convert,
// import and generate.

#include "cli/Cli.h"
#include "cli/CliCommands.h"

#include "base/Messages.h"
#include "import/Import.h"
#include "io/JsonReader.h"
#include "io/ProjectFile.h"
#include "plan/Generator.h"

namespace edgeplan {

namespace {

// The same plan against another catalog, written to `output` ('-': standard output).
int convertPlan(const CliContext& context, const QStringList& args, const QString& catalogId,
                const QString& output)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'convert' takes one project file"));
    if (catalogId.isEmpty())
        return usageError(
            Cli::tr("'convert' needs --catalog ID (%1)")
                .arg(QString::fromStdString(joinIds(context.catalogs.registry().ids()))));
    if (output.isEmpty())
        return usageError(Cli::tr("'convert' needs --output FILE ('-' for standard output)"));
    const auto target = context.catalogs.registry().find(catalogId.toStdString());
    if (!target)
        return usageError(Cli::tr("unknown catalog '%1' (%2)")
                              .arg(catalogId, QString::fromStdString(
                                                  joinIds(context.catalogs.registry().ids()))));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    std::vector<std::string> problems;
    const auto converted = convertTopology(*topology, target, &problems);
    if (!converted) {
        QStringList lines;
        for (const std::string& problem : problems)
            lines << args[0] + QStringLiteral(": ") + QString::fromStdString(problem);
        printErr(QStringList{
                     Cli::tr("%1: the plan cannot use the catalog '%2':").arg(args[0], catalogId)} +
                 lines);
        return kExitBadInput;
    }
    const std::string bytes = saveProject(*converted);
    if (output == QLatin1String("-")) {
        printOut(bytes);
        return kExitOk;
    }
    if (!writeOrReport(output, bytes))
        return kExitBadInput;
    return kExitOk;
}

// Topologies and federation lists read into a plan, written to `output`
// ('-': standard output, and then the report goes to standard error).
int importPlan(const CliContext& context, const QStringList& args, const QString& into,
               const QString& output)
{
    if (args.isEmpty() || output.isEmpty())
        return usageError(Cli::tr(
            "'import' needs --output FILE ('-' for standard output) and the files to import"));
    std::unique_ptr<Topology> base;
    if (!into.isEmpty() && !(base = loadOrReport(context, into)))
        return kExitBadInput;
    std::vector<ImportInput> inputs;
    for (const QString& path : args) {
        ImportInput input{path.toStdString(), {}};
        QString error;
        if (!readFileBytes(path, &input.bytes, &error)) {
            printErr(error);
            return kExitBadInput;
        }
        inputs.push_back(std::move(input));
    }
    const ImportResult result =
        importInputs(inputs, base.get(), context.catalogs.registry().find(kImportCatalogId),
                     &context.catalogs.registry());
    if (!result.topology) {
        QStringList lines;
        for (const Diagnostic& d : result.diagnostics)
            lines << QString::fromStdString(diagnosticString(d, context.lang));
        printErr(lines);
        return kExitBadInput;
    }
    const std::string bytes = saveProject(*result.topology);
    QStringList report;
    for (const std::string& line : reportLines(result, context.lang))
        report << QString::fromStdString(line);
    if (output == QLatin1String("-")) {
        printOut(bytes);
        printErr(report);
        return kExitOk;
    }
    if (!writeOrReport(output, bytes))
        return kExitBadInput;
    printText(report);
    return kExitOk;
}

struct GenerateArguments
{
    QString sites;
    QString partners;
    QString seed;
    QString output;
};

int generate(const CliContext& context, const QStringList& args, const GenerateArguments& given)
{
    if (!args.isEmpty())
        return usageError(Cli::tr("'generate' takes no project file, only --output FILE"));
    if (given.sites.isEmpty())
        return usageError(Cli::tr("'generate' needs --sites N"));
    if (given.partners.isEmpty())
        return usageError(Cli::tr("'generate' needs --partners M"));
    if (given.output.isEmpty() || given.output == QLatin1String("-"))
        return usageError(Cli::tr("'generate' needs --output FILE"));
    const unsigned long long maxItems = JsonReader::kMaxItems;
    const auto sites = wholeNumber(QStringLiteral("sites"), given.sites, 1, maxItems);
    if (!sites)
        return kExitUsage;
    const auto partners = wholeNumber(QStringLiteral("partners"), given.partners, 0, maxItems);
    if (!partners)
        return kExitUsage;
    GeneratorOptions options{int(*sites), int(*partners), 1};
    if (!given.seed.isEmpty()) {
        const auto seed = wholeNumber(QStringLiteral("seed"), given.seed, 0, ~0ULL);
        if (!seed)
            return kExitUsage;
        options.seed = *seed;
    }
    const GeneratedShape shape = generatedShape(options);
    if (shape.componentCount() > JsonReader::kMaxItems || shape.linkCount() > JsonReader::kMaxItems)
        return usageError(
            Cli::tr("%1 sites and %2 partners make %3 components and %4 links; a project "
                    "file holds at most %5 of each")
                .arg(options.sites)
                .arg(options.partners)
                .arg(shape.componentCount())
                .arg(shape.linkCount())
                .arg(maxItems));
    const auto topology = generatePlan(context.catalogs.defaultCatalog(), options);
    const std::string bytes = saveProject(*topology);
    if (bytes.size() > JsonReader::kMaxBytes)
        return usageError(Cli::tr("the plan would take %1 MB; a project file holds at most %2 MB")
                              .arg(bytes.size() / (1024 * 1024) + 1)
                              .arg(JsonReader::kMaxBytes / (1024 * 1024)));
    if (!writeOrReport(given.output, bytes))
        return kExitBadInput;
    return kExitOk;
}

} // namespace

int runConvert(const CliRun& run)
{
    return convertPlan(run.context, run.args, run.convertTo, run.value(CliOption::Output));
}

int runImport(const CliRun& run)
{
    return importPlan(run.context, run.args, run.value(CliOption::Into),
                      run.value(CliOption::Output));
}

int runGenerate(const CliRun& run)
{
    return generate(run.context, run.args,
                    {run.value(CliOption::Sites), run.value(CliOption::Partners),
                     run.value(CliOption::Seed), run.value(CliOption::Output)});
}

} // namespace edgeplan
