#pragma once

// The command line as a table: every command with its name, the options
// that belong to it, its lines in --help, the options it refuses and the
// function that runs it. The parser, the dispatch and the help all read it.

#include "cli/CliSupport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <vector>

namespace edgeplan {

// Every option of the command line, in the order --help lists them.
enum class CliOption
{
    Into,
    Timeout,
    Concurrency,
    Nameserver,
    Flow,
    Sites,
    Partners,
    Seed,
    Lang,
    Catalog,
    Format,
    Output,
    Firewall,
    Screenshot,
    Sample,
    Merge,
    KeepCovered,
    Scale,
    Transparent,
    PageSize,
};

// Whether `argument` ("--lang", "-o") is an option followed by its value.
bool cliOptionTakesValue(const QString& argument);
// The parser's options, made in the installed language, indexed by CliOption.
std::vector<QCommandLineOption> cliOptions();

// One command as it runs: what it was given, after the checks they all share.
struct CliRun
{
    const CliContext& context;
    const QCommandLineParser& parser;
    const std::vector<QCommandLineOption>& options;
    QString command;   // as typed (for the window: its first argument, if any)
    QStringList args;  // the positional arguments after the command
    QString convertTo; // for convert: the id of the catalog of --catalog

    bool isSet(CliOption option) const { return parser.isSet(options[size_t(option)]); }
    QString value(CliOption option) const { return parser.value(options[size_t(option)]); }
};

// One line of the help's list of commands: the synopsis as it is typed,
// and what it does (marked for lupdate in the context edgeplan::Cli),
// wrapped at 80 columns, one "\n" between lines.
struct CliUsage
{
    const char* synopsis;
    const char* summary;
};

// Options a command does not take, checked in order before it runs: the
// options of another command (`ownerOf`), refused with that command's
// words, or these `options`, refused with `message`.
struct CliRefusal
{
    const char* ownerOf = nullptr;
    std::vector<CliOption> options;
    QString (*message)(const QString& option, const QString& command) = nullptr;
};

struct CliCommand
{
    const char* name; // as typed; "" for the window
    // The options that belong to this command alone, and what is said when
    // another command is given one of them.
    std::vector<CliOption> options;
    QString (*elsewhere)(const QString& option, const QString& command);
    std::vector<CliUsage> usages;
    std::vector<CliRefusal> refusals;
    int (*run)(const CliRun& run);
    bool paints; // draws (diagrams, PDF), and so needs Qt's GUI side
};

// Every command; the window's (name "") is the one whose name is not typed.
const std::vector<CliCommand>& cliCommands();
// The command named `name`, or the window's for any other word.
const CliCommand& cliCommand(const QString& name);
// The refusal that stops `run`, as a message; empty when it may run.
QString cliRefusal(const CliCommand& command, const CliRun& run);

// The list of commands and the exit codes, after the parser's own help.
QString cliCommandsHelp(const CatalogRegistry& catalogs, Lang lang);
// The commands' names, as the positional argument's description lists them.
QString cliCommandNames();

// The runners, by group: the rule tables and drawings (CliExport.cpp),
// plans made from other plans and files (CliPlans.cpp), the checks of a
// plan (CliChecks.cpp) and the window (CliWindow.cpp).
int runRules(const CliRun& run);
int runExport(const CliRun& run);
int runRender(const CliRun& run);
int runConvert(const CliRun& run);
int runImport(const CliRun& run);
int runGenerate(const CliRun& run);
int runValidate(const CliRun& run);
int runVerify(const CliRun& run);
int runWindow(const CliRun& run);

} // namespace edgeplan
