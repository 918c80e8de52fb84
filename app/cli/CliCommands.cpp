#include "cli/CliCommands.h"

#include "export/PlanExporter.h"
#include "rules/TableView.h"

namespace edgeplan {

namespace {

const char* const kContext = "edgeplan::Cli";

struct OptionInfo
{
    QStringList names;
    const char* description; // marked for lupdate in the context edgeplan::Cli
    const char* valueName;   // nullptr: a switch
};

// In the order of CliOption.
const OptionInfo kOptions[] = {
    {{QStringLiteral("into")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For import: the plan to add the federation lists to."),
     "PROJECT"},
    {{QStringLiteral("timeout")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For verify: seconds each probe may take (default 3)."),
     "S"},
    {{QStringLiteral("concurrency")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For verify: probes at once (default 8)."),
     "N"},
    {{QStringLiteral("nameserver")},
     QT_TRANSLATE_NOOP("edgeplan::Cli",
                       "For verify: the DNS server to ask (default: the system's)."),
     "ADDRESS"},
    {{QStringLiteral("flow")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "The flow of a flow-pdf handout."),
     "ID"},
    {{QStringLiteral("sites")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For generate: the number of sites."),
     "N"},
    {{QStringLiteral("partners")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For generate: the number of partners."),
     "M"},
    {{QStringLiteral("seed")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For generate: the seed (default 1)."),
     "S"},
    {{QStringLiteral("lang")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "Language of tables and messages: ja or en."),
     "ja|en"},
    {{QStringLiteral("catalog")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "Load another rule catalog from FILE; for convert, "
                                        "the catalog (an id or a FILE) to convert to."),
     "FILE|ID"},
    {{QStringLiteral("f"), QStringLiteral("format")},
     QT_TRANSLATE_NOOP("edgeplan::Cli",
                       "Export format (see Commands below); for validate, text or json."),
     "F"},
    {{QStringLiteral("o"), QStringLiteral("output")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "File to write ('-' for standard output)."),
     "FILE"},
    {{QStringLiteral("firewall")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "Only the table of this firewall."),
     "ID"},
    {{QStringLiteral("screenshot")},
     QT_TRANSLATE_NOOP("edgeplan::Cli",
                       "Render the window with the project to a PNG file and exit."),
     "FILE"},
    {{QStringLiteral("sample")},
     QT_TRANSLATE_NOOP("edgeplan::Cli",
                       "Open the window on the bundled sample NAME, as an untitled plan "
                       "(an unknown NAME lists the samples)."),
     "NAME"},
    {{QStringLiteral("merge")},
     QT_TRANSLATE_NOOP(
         "edgeplan::Cli",
         "Merge rules with the same firewall, direction, ends, transport and protocol."),
     nullptr},
    {{QStringLiteral("keep-covered")},
     QT_TRANSLATE_NOOP("edgeplan::Cli",
                       "Keep the rows that a row from Any covers, each marked 'covered by row N'."),
     nullptr},
    {{QStringLiteral("scale")}, QT_TRANSLATE_NOOP("edgeplan::Cli", "PNG scale (default 2)."), "S"},
    {{QStringLiteral("transparent")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "PNG with a transparent background."),
     nullptr},
    {{QStringLiteral("page-size")},
     QT_TRANSLATE_NOOP("edgeplan::Cli", "For export --format report: the paper, a4 (default) or letter."),
     "a4|letter"},
};

using O = CliOption;

// The options of the window, of generate, of verify and of import, each
// refused with its owner's words by the commands that do not take them.
const CliRefusal kWindowOptions{"", {}, nullptr};
const CliRefusal kGenerateOptions{"generate", {}, nullptr};
const CliRefusal kVerifyOptions{"verify", {}, nullptr};
const CliRefusal kImportOptions{"import", {}, nullptr};

// The command names, options and format ids stay as they are typed; only
// the summaries (and the window's "(none)") are translated.
// clang-format off
// The help is a table, wider than the code.
const std::vector<CliCommand> kCommands = {
    {"", {O::Screenshot, O::Sample},
     [](const QString& option, const QString& command) { return Cli::tr("--%1 does not go with '%2'").arg(option, command); },
     {{QT_TRANSLATE_NOOP("edgeplan::Cli", "(none) [PROJECT]"),
       QT_TRANSLATE_NOOP("edgeplan::Cli", "Open the window on PROJECT, or on the start page.")},
      {"--sample NAME",
       QT_TRANSLATE_NOOP("edgeplan::Cli", "Open the window on a bundled sample, as an untitled plan.")},
      {"--screenshot FILE [PROJECT]",
       QT_TRANSLATE_NOOP("edgeplan::Cli", "Render the window with PROJECT to a PNG and exit.")}},
     {kGenerateOptions, kVerifyOptions,
      {nullptr, {O::Format, O::Output, O::Firewall, O::Flow, O::Into},
       [](const QString& option, const QString&) {
           return Cli::tr("--%1 goes with a command (rules, export, validate)").arg(option);
       }}},
     runWindow, false},
    {"rules", {}, nullptr,
     {{"rules [--lang L] [--keep-covered] PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "Print the per-firewall rule tables as aligned text,\n"
                         "one numbered row per opening.")}},
     {kWindowOptions, kGenerateOptions, kVerifyOptions, kImportOptions},
     runRules, false},
    {"export", {}, nullptr,
     {{"export --format F --output FILE [--lang L] [--firewall ID] PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "Write the rule tables, a firewall draft, the diagram,\n"
                         "the handoff report, DNS records or certificates in\n"
                         "format F (the formats are listed below); FILE '-'\n"
                         "writes text formats to standard output; --merge puts\n"
                         "rules with the same ends, transport and protocol on\n"
                         "one row; --keep-covered keeps the rows a row from\n"
                         "Any covers, marked \"covered by row N\".")},
      {"export --format flow-pdf --flow ID --output FILE [--lang L] PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli", "The trainer's handout of a flow: one PDF page per step.")}},
     {kWindowOptions, kGenerateOptions, kVerifyOptions, kImportOptions},
     runExport, true},
    {"render", {}, nullptr,
     {{"render --output FILE [--scale S] [--transparent] PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli", "Draw the diagram to FILE (.svg, .png or .pdf).")}},
     {kWindowOptions, kGenerateOptions, kVerifyOptions, kImportOptions},
     runRender, true},
    {"validate", {}, nullptr,
     {{"validate [--format text|json] [--lang L] PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "Load a project file and run the design checks:\n"
                         "print every finding (error, warning, information);\n"
                         "exit 1 if the file does not load or any is an error.")}},
     {kWindowOptions, kGenerateOptions, kVerifyOptions, kImportOptions,
      {nullptr, {O::Flow},
       [](const QString&, const QString&) { return Cli::tr("--flow goes with 'export --format flow-pdf'"); }}},
     runValidate, false},
    {"verify", {O::Timeout, O::Concurrency, O::Nameserver},
     [](const QString& option, const QString&) { return Cli::tr("--%1 goes with 'verify'").arg(option); },
     {{"verify [--timeout S] [--concurrency N] [--nameserver ADDRESS]\n"
       "       [--format text|json] PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "Probe the addresses the plan names: DNS records,\n"
                         "TCP, TLS, SIP OPTIONS, XMPP and STUN, as the rules\n"
                         "require; exit 1 if any probe failed. Nothing the\n"
                         "plan does not name is contacted.")}},
     {kWindowOptions, kGenerateOptions,
      {nullptr, {O::Output, O::Firewall, O::Flow, O::Merge, O::KeepCovered},
       [](const QString&, const QString&) {
           return Cli::tr("'verify' takes --timeout, --concurrency, --nameserver and --format");
       }}},
     runVerify, false},
    {"convert", {}, nullptr,
     {{"convert --catalog ID --output FILE PROJECT",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "The same plan against another catalog (a built-in\n"
                         "one's id, listed below, or a catalog FILE); exit 1,\n"
                         "naming them, if a component or link has no place in\n"
                         "it.")}},
     {kWindowOptions, kGenerateOptions, kVerifyOptions, kImportOptions,
      {nullptr, {O::Format, O::Firewall, O::Flow, O::Merge, O::KeepCovered},
       [](const QString&, const QString&) { return Cli::tr("'convert' takes --catalog and --output"); }}},
     runConvert, false},
    {"import", {O::Into},
     [](const QString&, const QString&) { return Cli::tr("--into goes with 'import'"); },
     {{"import [--into PROJECT] --output FILE INPUT...",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "Draw a plan from an existing deployment: a Topology\n"
                         "Builder file or Get-CsTopology -AsXml, and federation\n"
                         "lists (Get-CsAllowedDomain, Get-CsXmppAllowedPartner,\n"
                         "Get-CsPublicProvider | Export-Csv), told apart by\n"
                         "their content; --into adds the lists to PROJECT.\n"
                         "Prints what was made and what was not modelled;\n"
                         "exit 1, writing nothing, on bad input.")}},
     {kWindowOptions, kGenerateOptions, kVerifyOptions,
      {nullptr, {O::Format, O::Firewall, O::Flow, O::Merge, O::KeepCovered, O::Catalog},
       [](const QString&, const QString&) { return Cli::tr("'import' takes --into and --output"); }}},
     runImport, false},
    {"generate", {O::Sites, O::Partners, O::Seed},
     [](const QString& option, const QString&) { return Cli::tr("--%1 goes with 'generate'").arg(option); },
     {{"generate --sites N --partners M [--seed S] --output FILE",
       QT_TRANSLATE_NOOP("edgeplan::Cli",
                         "Write a large plan for stress tests and demos: N\n"
                         "sites, each with an edge pool, a front-end pool and\n"
                         "external clients, and M federation, public IM and\n"
                         "XMPP partners; the same seed gives the same file.")}},
     {kWindowOptions,
      {nullptr, {O::Format, O::Firewall, O::Flow, O::Merge, O::KeepCovered},
       [](const QString&, const QString&) {
           return Cli::tr("'generate' takes --sites, --partners, --seed and --output");
       }}},
     runGenerate, false},
};
// clang-format on

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

// The summaries start in this column, after the synopsis when it leaves room.
constexpr int kSummaryColumn = 31;

} // namespace

bool cliOptionTakesValue(const QString& argument)
{
    for (const OptionInfo& info : kOptions)
        for (const QString& name : info.names)
            if (info.valueName &&
                argument == (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name)
                return true;
    return false;
}

std::vector<QCommandLineOption> cliOptions()
{
    std::vector<QCommandLineOption> options;
    for (const OptionInfo& info : kOptions)
        options.emplace_back(info.names, translated(info.description),
                             info.valueName ? QString::fromLatin1(info.valueName) : QString());
    return options;
}

const std::vector<CliCommand>& cliCommands()
{
    return kCommands;
}

const CliCommand& cliCommand(const QString& name)
{
    for (const CliCommand& command : kCommands)
        if (*command.name && name == QLatin1String(command.name))
            return command;
    return kCommands.front();
}

QString cliRefusal(const CliCommand& command, const CliRun& run)
{
    for (const CliRefusal& refusal : command.refusals) {
        const CliCommand* owner =
            refusal.ownerOf ? &cliCommand(QLatin1String(refusal.ownerOf)) : nullptr;
        for (const CliOption option : owner ? owner->options : refusal.options) {
            if (!run.isSet(option))
                continue;
            const QString name = run.options[size_t(option)].names().constLast();
            return owner ? owner->elsewhere(name, run.command) : refusal.message(name, run.command);
        }
    }
    return {};
}

QString cliCommandNames()
{
    QStringList names;
    for (const CliCommand& command : kCommands)
        if (*command.name)
            names << QString::fromLatin1(command.name);
    return names.join(Cli::tr(", "));
}

namespace {

// "    id  description" lines, the descriptions in one column.
QString listing(const std::vector<std::pair<QString, QString>>& items)
{
    size_t width = 0;
    for (const auto& [id, text] : items)
        width = std::max(width, size_t(id.size()));
    QString lines;
    for (const auto& [id, text] : items)
        lines += QStringLiteral("    ") + id + QString(int(width - size_t(id.size())) + 2, QLatin1Char(' ')) + text +
                 QLatin1Char('\n');
    return lines;
}

} // namespace

QString cliCommandsHelp(const CatalogRegistry& catalogs, Lang lang)
{
    const QString indent(kSummaryColumn, QLatin1Char(' '));
    QString text = QLatin1Char('\n') + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand& command : kCommands) {
        for (const CliUsage& usage : command.usages) {
            const QString synopsis = translated(usage.synopsis);
            const QStringList summary = translated(usage.summary).split(QLatin1Char('\n'));
            const int width = int(displayWidth(synopsis.toStdString()));
            QString line = QStringLiteral("  ") + synopsis;
            if (synopsis.contains(QLatin1Char('\n')) || 2 + width + 2 > kSummaryColumn) {
                line.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
                text += line + QLatin1Char('\n') + indent + summary.front() + QLatin1Char('\n');
            } else {
                text += line + QString(kSummaryColumn - 2 - width, QLatin1Char(' ')) +
                        summary.front() + QLatin1Char('\n');
            }
            for (qsizetype i = 1; i < summary.size(); ++i)
                text += indent + summary[i] + QLatin1Char('\n');
        }
    }
    // From the one format table and the catalogs built in: a format or a
    // catalog added there is listed here.
    std::vector<std::pair<QString, QString>> formats;
    for (const ExportFormatInfo& format : exportFormats())
        formats.emplace_back(format.id, exportFormatDescription(format));
    text += QLatin1Char('\n') + Cli::tr("Formats of export --format F:") + QLatin1Char('\n') + listing(formats);
    std::vector<std::pair<QString, QString>> builtIn;
    for (const std::string& id : catalogs.ids())
        builtIn.emplace_back(QString::fromStdString(id), QString::fromStdString(catalogs.find(id)->title.text(lang)));
    text += QLatin1Char('\n') + Cli::tr("Catalogs built in (--catalog ID):") + QLatin1Char('\n') + listing(builtIn);
    return text + QLatin1Char('\n') + Cli::tr("Exit codes: 0 success, 1 bad input, 2 bad usage.") +
           QLatin1Char('\n');
}

} // namespace edgeplan
