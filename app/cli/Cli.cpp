#include "cli/Cli.h"

#include "base/Messages.h"
#include "checks/Checks.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/DocumentExport.h"
#include "export/ExportFormats.h"
#include "export/FlowHandout.h"
#include "export/PlanExporter.h"
#include "export/SafeOutput.h"
#include "export/TableExport.h"
#include "import/Import.h"
#include "io/JsonReader.h"
#include "plan/Generator.h"
#include "session/SingleInstance.h"
#include "support/Catalogs.h"
#include "support/Language.h"
#include "text/TerminalText.h"
#include "verify/Verifier.h"
#include "verify/VerifyReport.h"
#include "window/FileActions.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace edgeplan {

namespace {

// The context of the command line's words, for lupdate and at run time.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::Cli)
};

std::string joinIds(const std::vector<std::string>& ids)
{
    std::string result;
    for (const std::string& id : ids)
        result += (result.empty() ? "" : ", ") + id;
    return result;
}

const QStringList kOptionsWithValue = {"--lang", "--catalog", "--format", "--output",
                                       "--firewall", "--screenshot", "--scale", "-o", "-f",
                                       "--flow", "--sites", "--partners", "--seed",
                                       "--timeout", "--concurrency", "--nameserver", "--into"};

// Bytes to standard output as they are: the data of an export to '-'.
void printOut(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

// What a person reads on a terminal, standard output or error: the lines of
// a report or messages. Each line is shown by terminalText, so that a name
// or a path in it cannot break the line, clear the screen or retitle the
// terminal; the line feeds between them are the only ones written.
std::string shownLines(const QStringList& lines)
{
    std::string out;
    for (const QString& line : lines)
        out += terminalText(line.toStdString()) + '\n';
    return out;
}

void printText(const QStringList& lines)
{
    printOut(shownLines(lines));
}

void printErr(const QStringList& lines)
{
    const std::string bytes = shownLines(lines);
    std::fwrite(bytes.data(), 1, bytes.size(), stderr);
}

void printErr(const QString& line)
{
    printErr(QStringList{line});
}

// A report the model laid out for a terminal, its values already escaped;
// whatever else would act on the terminal is escaped too.
void printReport(const std::string& text)
{
    printOut(terminalLines(text));
}

int usageError(const QString& message)
{
    printErr({QStringLiteral("edgeplan: %1").arg(message), Cli::tr("Try 'edgeplan --help'.")});
    return kExitUsage;
}

// The command names, options and format ids stay as they are typed.
// clang-format off
// The help is a table, wider than the code.
QString commandsHelp()
{
    return QLatin1Char('\n') +
           Cli::tr("Commands:\n"
                   "  (none) [PROJECT]             Open the window, on PROJECT or on the bundled sample.\n"
                   "  rules [--lang L] PROJECT     Print the per-firewall rule tables as aligned text.\n"
                   "  export --format F --output FILE [--lang L] [--firewall ID] PROJECT\n"
                   "                               Write the rule tables or a firewall draft; F is csv,\n"
                   "                               xlsx, md, html, json, nftables, powershell, asa,\n"
                   "                               svg, png, pdf, drawio or report (the handoff PDF);\n"
                   "                               dns-csv and certs-csv (DNS records, certificates);\n"
                   "                               dns-zone and openssl-cnf write a folder FILE: a BIND\n"
                   "                               zone file per DNS zone, an OpenSSL request\n"
                   "                               configuration per certificate;\n"
                   "                               FILE '-' writes text formats to standard output;\n"
                   "                               --merge puts rules with the same ends, transport and\n"
                   "                               protocol on one row.\n"
                   "  export --format flow-pdf --flow ID --output FILE [--lang L] PROJECT\n"
                   "                               The trainer's handout of a flow: one PDF page per step.\n"
                   "  render --output FILE [--scale S] [--transparent] PROJECT\n"
                   "                               Draw the diagram to FILE (.svg, .png or .pdf).\n"
                   "  validate [--format text|json] [--lang L] PROJECT\n"
                   "                               Load a project file and run the design checks:\n"
                   "                               print every finding (error, warning, information);\n"
                   "                               exit 1 if the file does not load or any is an error.\n"
                   "  verify [--timeout S] [--concurrency N] [--nameserver ADDRESS]\n"
                   "         [--format text|json] PROJECT\n"
                   "                               Probe the addresses the plan names: DNS records,\n"
                   "                               TCP, TLS, SIP OPTIONS, XMPP and STUN, as the rules\n"
                   "                               require; exit 1 if any probe failed. Nothing the\n"
                   "                               plan does not name is contacted.\n"
                   "  convert --catalog ID --output FILE PROJECT\n"
                   "                               The same plan against another catalog (built in:\n"
                   "                               lync2013-federation, lync2013-edge; or a catalog\n"
                   "                               FILE); exit 1, naming them, if a component or link\n"
                   "                               has no place in it.\n"
                   "  import [--into PROJECT] --output FILE INPUT...\n"
                   "                               Draw a plan from an existing deployment: a Topology\n"
                   "                               Builder file or Get-CsTopology -AsXml, and federation\n"
                   "                               lists (Get-CsAllowedDomain, Get-CsXmppAllowedPartner,\n"
                   "                               Get-CsPublicProvider | Export-Csv), told apart by\n"
                   "                               their content; --into adds the lists to PROJECT.\n"
                   "                               Prints what was made and what was not modelled;\n"
                   "                               exit 1, writing nothing, on bad input.\n"
                   "  generate --sites N --partners M [--seed S] --output FILE\n"
                   "                               Write a large plan for stress tests and demos: N\n"
                   "                               sites, each with an edge pool, a front-end pool and\n"
                   "                               external clients, and M federation, public IM and\n"
                   "                               XMPP partners; the same seed gives the same file.\n"
                   "  --screenshot FILE [PROJECT]  Render the window with PROJECT to a PNG and exit.\n") +
           QLatin1Char('\n') + Cli::tr("Exit codes: 0 success, 1 bad input, 2 bad usage.") +
           QLatin1Char('\n');
}
// clang-format on

struct Context
{
    Catalogs catalogs = Catalogs::builtIn();
    Lang lang = Lang::En;
    double scale = 2.0;
    bool transparent = false;
};

std::unique_ptr<Topology> loadOrReport(const Context& context, const QString& path)
{
    QStringList errors;
    auto topology = loadProjectFile(path, context.catalogs.registry(), &errors);
    if (!topology)
        printErr(errors);
    return topology;
}

int runRules(const Context& context, const QStringList& args, const QString& firewall)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'rules' takes one project file"));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    if (!firewall.isEmpty() && !topology->catalog().firewall(firewall.toStdString()))
        return usageError(Cli::tr("unknown firewall '%1'").arg(firewall));
    printReport(exportRulesText(*topology, {context.lang, firewall.toStdString()}));
    return kExitOk;
}

// The same plan against another catalog, written to `output` ('-': standard output).
int runConvert(const Context& context, const QStringList& args, const QString& catalogId,
               const QString& output)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'convert' takes one project file"));
    if (catalogId.isEmpty())
        return usageError(Cli::tr("'convert' needs --catalog ID (%1)")
                              .arg(QString::fromStdString(joinIds(context.catalogs.registry().ids()))));
    if (output.isEmpty())
        return usageError(Cli::tr("'convert' needs --output FILE ('-' for standard output)"));
    const auto target = context.catalogs.registry().find(catalogId.toStdString());
    if (!target)
        return usageError(Cli::tr("unknown catalog '%1' (%2)")
                              .arg(catalogId, QString::fromStdString(joinIds(context.catalogs.registry().ids()))));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    std::vector<std::string> problems;
    const auto converted = convertTopology(*topology, target, &problems);
    if (!converted) {
        QStringList lines;
        for (const std::string& problem : problems)
            lines << args[0] + QStringLiteral(": ") + QString::fromStdString(problem);
        printErr(QStringList{Cli::tr("%1: the plan cannot use the catalog '%2':").arg(args[0], catalogId)} + lines);
        return kExitBadInput;
    }
    const std::string bytes = saveProject(*converted);
    if (output == QLatin1String("-")) {
        printOut(bytes);
        return kExitOk;
    }
    QString error;
    if (!writeFileAtomically(output, bytes, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    return kExitOk;
}

// Topologies and federation lists read into a plan, written to `output`
// ('-': standard output, and then the report goes to standard error).
int runImport(const Context& context, const QStringList& args, const QString& into, const QString& output)
{
    if (args.isEmpty() || output.isEmpty())
        return usageError(Cli::tr("'import' needs --output FILE ('-' for standard output) and the files to import"));
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
    QString error;
    if (!writeFileAtomically(output, bytes, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    printText(report);
    return kExitOk;
}

int runExport(const Context& context, const QStringList& args, const QString& format,
              const QString& output, const QString& firewall, bool merge)
{
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
    const bool folder = known->kind == ExportKind::Folder;
    if (folder && QFileInfo(output).exists() && !QFileInfo(output).isDir())
        return usageError(Cli::tr("'export --format %1' writes a folder: %2 is a file").arg(format, output));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    if (!firewall.isEmpty() && !topology->catalog().firewall(firewall.toStdString()))
        return usageError(Cli::tr("unknown firewall '%1'").arg(firewall));
    Document document(std::make_unique<Topology>(*topology));
    ExportRequest request;
    request.format = format;
    request.path = output;
    request.lang = context.lang;
    request.firewallId = firewall;
    request.merge = merge;
    request.scale = context.scale;
    request.transparent = context.transparent;
    if (output == QLatin1String("-")) {
        printOut(exportFormatById(format.toStdString())->text(*topology, {context.lang, firewall.toStdString(), merge}));
        return kExitOk;
    }
    QString error;
    if (!exportPlan(document, nullptr, request, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    return kExitOk;
}

int runFlowExport(const Context& context, const QStringList& args, const QString& flowId,
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
    Document document(std::make_unique<Topology>(*topology));
    QString error;
    if (!exportFlowHandoutPdf(document, flowId.toStdString(), output, context.lang, &error)) {
        printErr(error);
        return kExitBadInput;
    }
    return kExitOk;
}

int runRender(const Context& context, const QStringList& args, const QString& output)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'render' takes one project file"));
    if (output.isEmpty())
        return usageError(Cli::tr("'render' needs --output FILE (.svg, .png or .pdf)"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        return usageError(Cli::tr("'render' writes .svg, .png or .pdf, not '%1'").arg(output));
    const auto topology = loadOrReport(context, args[0]);
    if (!topology)
        return kExitBadInput;
    Document document(std::make_unique<Topology>(*topology));
    DiagramScene scene(&document);
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
int runValidate(const Context& context, const QStringList& args, const QString& format)
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
                       .arg(args[0], countOf(findings, Severity::Error), countOf(findings, Severity::Warning),
                            countOf(findings, Severity::Information))});
        return exitCode;
    }
    const RuleTables tables = deriveTables(*topology);
    printText({Cli::tr("%1: valid: %2 components, %3 links, %4 firewall rules")
                   .arg(args[0])
                   .arg(topology->components().size())
                   .arg(topology->links().size())
                   .arg(tables.ruleCount())});
    return kExitOk;
}

// The value of a whole-number option, from `min` to `max`; nullopt after
// printing the usage error.
std::optional<unsigned long long> wholeNumber(const QString& option, const QString& text,
                                              unsigned long long min, unsigned long long max)
{
    bool ok = false;
    const unsigned long long value = text.toULongLong(&ok);
    if (ok && value >= min && value <= max && !text.trimmed().startsWith('-'))
        return value;
    usageError(Cli::tr("--%1 takes a whole number from %2 to %3, not '%4'")
                   .arg(option, QString::number(min), QString::number(max), text));
    return std::nullopt;
}

struct GenerateArguments
{
    QString sites;
    QString partners;
    QString seed;
    QString output;
};

int runGenerate(const Context& context, const QStringList& args, const GenerateArguments& given)
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
        return usageError(Cli::tr("%1 sites and %2 partners make %3 components and %4 links; a project "
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
    QString error;
    if (!writeFileAtomically(given.output, bytes, &error)) {
        printErr(error);
        return kExitBadInput;
    }
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
int runVerify(const Context& context, const QStringList& args, const VerifyArguments& given)
{
    if (args.size() != 1)
        return usageError(Cli::tr("'verify' takes one project file"));
    if (!given.format.isEmpty() && given.format != QLatin1String("text") && given.format != QLatin1String("json"))
        return usageError(Cli::tr("unknown verify format '%1' (text or json)").arg(given.format));
    Verifier::Options options;
    if (!given.timeout.isEmpty()) {
        bool ok = false;
        const double seconds = given.timeout.toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 120)
            return usageError(Cli::tr("--timeout takes seconds from 0.1 to 120, not '%1'").arg(given.timeout));
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
            return usageError(Cli::tr("--nameserver takes an IP address, not '%1'").arg(given.nameserver));
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

int runWindow(const Context& context, const QStringList& args, const QString& screenshot)
{
    if (args.size() > 1)
        return usageError(Cli::tr("the window opens one project at a time"));
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        printErr(
            (QStringLiteral("edgeplan: ") +
            Cli::tr("no display to open the window on.\n"
                    "  Run it under a virtual display:  xvfb-run -a edgeplan [PROJECT]\n"
                    "  or use the command line:         edgeplan rules PROJECT\n"
                    "                                   edgeplan --screenshot out.png PROJECT\n"
                    "  (edgeplan --help lists every command)"))
                .split(QLatin1Char('\n')));
        return kExitBadInput;
    }
    const QString path = args.isEmpty() ? QString() : QFileInfo(args[0]).absoluteFilePath();
    // A file opened from the desktop goes to the window already open, if any.
    const bool singleInstance = screenshot.isEmpty() && SingleInstance::enabled();
    if (singleInstance && QFileInfo(path).isFile() && SingleInstance::handOff(path))
        return kExitOk;
    // A newer version's file opens read-only rather than not at all.
    ProjectFileRead read =
        readProjectFile(args.isEmpty() ? QStringLiteral(":/samples/federation-edge.edgeplan") : path,
                        context.catalogs.registry(), ProjectLoadOptions{/*acceptNewerVersion=*/true});
    if (!read.topology) {
        printErr(read.errors);
        return kExitBadInput;
    }
    MainWindow window(context.catalogs, std::move(read.topology), path);
    window.setLanguage(context.lang);
    if (read.newerVersion)
        window.fileActions()->openedNewerVersion(read.version);
    if (!screenshot.isEmpty()) {
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();
        QString error;
        if (!window.saveScreenshot(screenshot, &error)) {
            printErr(error);
            return kExitBadInput;
        }
        return kExitOk;
    }
    if (singleInstance)
        (new SingleInstance(&window))->listen();
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    return QApplication::exec();
}

} // namespace

std::optional<Lang> languageArgument(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            value = arguments[i].mid(7);
        Lang lang;
        if (!value.isEmpty() && parseLang(value.toStdString(), lang))
            return lang;
    }
    return std::nullopt;
}

bool isPaintingCommand(const QString& command)
{
    return command == QLatin1String("export") || command == QLatin1String("render");
}

bool isHeadlessCommand(const QString& command)
{
    return command == QLatin1String("rules") || command == QLatin1String("export") ||
           command == QLatin1String("validate") || command == QLatin1String("render") ||
           command == QLatin1String("generate") || command == QLatin1String("verify") ||
           command == QLatin1String("convert") || command == QLatin1String("import");
}

QString firstPositional(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arg.startsWith('-')) {
            if (kOptionsWithValue.contains(arg))
                ++i;
            continue;
        }
        return arg;
    }
    return {};
}

int runCommandLine(const QStringList& arguments)
{
    // The help and the parser's own errors already speak the language asked for.
    installLanguage(languageArgument(arguments).value_or(systemLanguage()));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Edgeplan plans Lync Server 2013 edge and federation topologies and derives the\n"
                "firewall rules that Microsoft's port summaries require."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Cli::tr("Language of tables and messages: ja or en."),
                                        QStringLiteral("ja|en"));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           Cli::tr("Load another rule catalog from FILE; for convert, "
                                                   "the catalog (an id or a FILE) to convert to."),
                                           QStringLiteral("FILE|ID"));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        Cli::tr("Export format (see Commands below); for validate, text or json."),
        QStringLiteral("F"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Cli::tr("File to write ('-' for standard output)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption firewallOption(QStringLiteral("firewall"),
                                            Cli::tr("Only the table of this firewall."),
                                            QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Cli::tr("Render the window with the project to a PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption mergeOption(
        QStringLiteral("merge"),
        Cli::tr("Merge rules with the same firewall, direction, ends, transport and protocol."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), Cli::tr("PNG scale (default 2)."),
                                         QStringLiteral("S"));
    const QCommandLineOption transparentOption(QStringLiteral("transparent"),
                                               Cli::tr("PNG with a transparent background."));
    const QCommandLineOption flowOption(
        QStringLiteral("flow"), Cli::tr("The flow of a flow-pdf handout."), QStringLiteral("ID"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"),
                                         Cli::tr("For generate: the number of sites."),
                                         QStringLiteral("N"));
    const QCommandLineOption partnersOption(QStringLiteral("partners"),
                                            Cli::tr("For generate: the number of partners."),
                                            QStringLiteral("M"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Cli::tr("For generate: the seed (default 1)."),
                                        QStringLiteral("S"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Cli::tr("For verify: seconds each probe may take (default 3)."),
                                           QStringLiteral("S"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               Cli::tr("For verify: probes at once (default 8)."),
                                               QStringLiteral("N"));
    const QCommandLineOption nameserverOption(QStringLiteral("nameserver"),
                                              Cli::tr("For verify: the DNS server to ask (default: the system's)."),
                                              QStringLiteral("ADDRESS"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        Cli::tr("For import: the plan to add the federation lists to."),
                                        QStringLiteral("PROJECT"));
    parser.addOption(intoOption);
    parser.addOptions({timeoutOption, concurrencyOption, nameserverOption});
    parser.addOption(flowOption);
    parser.addOptions({sitesOption, partnersOption, seedOption});
    parser.addOptions({langOption, catalogOption, formatOption, outputOption, firewallOption,
                       screenshotOption, mergeOption, scaleOption, transparentOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Cli::tr("rules, export, render, validate, verify, generate, convert or import; none opens the window."),
        QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("project"), Cli::tr("A .edgeplan file."),
                                 QStringLiteral("[PROJECT]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut((parser.helpText() + commandsHelp()).toStdString());
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("edgeplan %1\n").arg(QCoreApplication::applicationVersion()).toStdString());
        return kExitOk;
    }

    Context context;
    std::optional<Lang> langChoice;
    if (parser.isSet(langOption)) {
        Lang lang;
        if (!parseLang(parser.value(langOption).toStdString(), lang))
            return usageError(Cli::tr("--lang takes ja or en, not '%1'").arg(parser.value(langOption)));
        langChoice = lang;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.first();
    // Commands speak the system's language unless told (installed above);
    // the window also remembers the last choice of View > Language.
    context.lang = isHeadlessCommand(command) ? langChoice.value_or(systemLanguage())
                                              : startupLanguage(langChoice);
    if (context.lang != installedLanguage())
        installLanguage(context.lang);
    QString convertTo;
    if (parser.isSet(catalogOption) && command == QLatin1String("convert") &&
        context.catalogs.registry().find(parser.value(catalogOption).toStdString())) {
        convertTo = parser.value(catalogOption); // a built-in catalog's id
    } else if (parser.isSet(catalogOption)) {
        QStringList errors;
        if (command == QLatin1String("convert") && !QFileInfo::exists(parser.value(catalogOption)))
            return usageError(Cli::tr("unknown catalog '%1' (%2)")
                                  .arg(parser.value(catalogOption),
                                       QString::fromStdString(joinIds(context.catalogs.registry().ids()))));
        const auto before = context.catalogs.registry().ids();
        if (!context.catalogs.addFile(parser.value(catalogOption), &errors)) {
            printErr(errors);
            return kExitBadInput;
        }
        for (const std::string& id : context.catalogs.registry().ids())
            if (std::find(before.begin(), before.end(), id) == before.end())
                convertTo = QString::fromStdString(id);
    }

    if (parser.isSet(scaleOption)) {
        bool ok = false;
        context.scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || context.scale < 0.1 || context.scale > 8)
            return usageError(Cli::tr("--scale takes a number from 0.1 to 8"));
    }
    context.transparent = parser.isSet(transparentOption);

    // No command writes over what it reads: a project, an import's inputs,
    // the plan of --into, a catalog file; nor replaces a folder holding one.
    QStringList inputs = isHeadlessCommand(command) ? positional.mid(1) : positional;
    for (const QCommandLineOption* option : {&intoOption, &catalogOption})
        if (parser.isSet(*option))
            inputs << parser.value(*option);
    for (const QCommandLineOption* option : {&outputOption, &screenshotOption}) {
        if (!parser.isSet(*option) || parser.value(*option) == QLatin1String("-"))
            continue;
        if (const QString refusal = outputOverwritesInput(parser.value(*option), inputs); !refusal.isEmpty())
            return usageError(refusal);
    }

    if (isHeadlessCommand(command)) {
        positional.removeFirst();
        if (parser.isSet(screenshotOption))
            return usageError(Cli::tr("--screenshot does not go with '%1'").arg(command));
        const bool generate = command == QLatin1String("generate");
        for (const QCommandLineOption* option : {&sitesOption, &partnersOption, &seedOption}) {
            if (!generate && parser.isSet(*option))
                return usageError(Cli::tr("--%1 goes with 'generate'").arg(option->names().constLast()));
        }
        if (generate) {
            if (parser.isSet(formatOption) || parser.isSet(firewallOption) ||
                parser.isSet(flowOption) || parser.isSet(mergeOption))
                return usageError(Cli::tr("'generate' takes --sites, --partners, --seed and --output"));
            return runGenerate(context, positional,
                               {parser.value(sitesOption), parser.value(partnersOption),
                                parser.value(seedOption), parser.value(outputOption)});
        }
        const bool verify = command == QLatin1String("verify");
        for (const QCommandLineOption* option : {&timeoutOption, &concurrencyOption, &nameserverOption}) {
            if (!verify && parser.isSet(*option))
                return usageError(Cli::tr("--%1 goes with 'verify'").arg(option->names().constLast()));
        }
        if (verify) {
            if (parser.isSet(outputOption) || parser.isSet(firewallOption) || parser.isSet(flowOption) ||
                parser.isSet(mergeOption))
                return usageError(Cli::tr("'verify' takes --timeout, --concurrency, --nameserver and --format"));
            return runVerify(context, positional,
                             {parser.value(timeoutOption), parser.value(concurrencyOption),
                              parser.value(nameserverOption), parser.value(formatOption)});
        }
        if (command != QLatin1String("import") && parser.isSet(intoOption))
            return usageError(Cli::tr("--into goes with 'import'"));
        if (command == QLatin1String("import")) {
            if (parser.isSet(formatOption) || parser.isSet(firewallOption) || parser.isSet(flowOption) ||
                parser.isSet(mergeOption) || parser.isSet(catalogOption))
                return usageError(Cli::tr("'import' takes --into and --output"));
            return runImport(context, positional, parser.value(intoOption), parser.value(outputOption));
        }
        if (command == QLatin1String("convert")) {
            if (parser.isSet(formatOption) || parser.isSet(firewallOption) || parser.isSet(flowOption) ||
                parser.isSet(mergeOption))
                return usageError(Cli::tr("'convert' takes --catalog and --output"));
            return runConvert(context, positional, convertTo, parser.value(outputOption));
        }
        if (command == QLatin1String("rules"))
            return runRules(context, positional, parser.value(firewallOption));
        if (command == QLatin1String("render"))
            return runRender(context, positional, parser.value(outputOption));
        if (command == QLatin1String("export") && parser.value(formatOption) == QLatin1String("flow-pdf"))
            return runFlowExport(context, positional, parser.value(flowOption), parser.value(outputOption));
        if (parser.isSet(flowOption))
            return usageError(Cli::tr("--flow goes with 'export --format flow-pdf'"));
        if (command == QLatin1String("export"))
            return runExport(context, positional, parser.value(formatOption),
                             parser.value(outputOption), parser.value(firewallOption),
                             parser.isSet(mergeOption));
        return runValidate(context, positional, parser.value(formatOption));
    }
    for (const QCommandLineOption* option : {&sitesOption, &partnersOption, &seedOption}) {
        if (parser.isSet(*option))
            return usageError(Cli::tr("--%1 goes with 'generate'").arg(option->names().constLast()));
    }
    for (const QCommandLineOption* option : {&timeoutOption, &concurrencyOption, &nameserverOption}) {
        if (parser.isSet(*option))
            return usageError(Cli::tr("--%1 goes with 'verify'").arg(option->names().constLast()));
    }
    for (const QCommandLineOption* option : {&formatOption, &outputOption, &firewallOption, &flowOption, &intoOption}) {
        if (parser.isSet(*option))
            return usageError(Cli::tr("--%1 goes with a command (rules, export, validate)")
                                  .arg(option->names().constLast()));
    }
    if (!command.isEmpty() && !command.endsWith(QLatin1String(".edgeplan")) &&
        !QFileInfo::exists(command))
        return usageError(Cli::tr("unknown command or missing file '%1'").arg(command));
    return runWindow(context, positional, parser.value(screenshotOption));
}

} // namespace edgeplan
