#include "cli/Cli.h"

#include "cli/CliCommands.h"
#include "export/SafeOutput.h"
#include "support/Language.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace edgeplan {

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
    const CliCommand& entry = cliCommand(command);
    return *entry.name && entry.paints;
}

bool isHeadlessCommand(const QString& command)
{
    return *cliCommand(command).name;
}

QString firstPositional(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arg.startsWith('-')) {
            if (cliOptionTakesValue(arg))
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
    const Lang helpLang = languageArgument(arguments).value_or(systemLanguage());
    installLanguage(helpLang);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Edgeplan plans Lync Server 2013 edge and federation topologies and derives the\n"
                "firewall rules that Microsoft's port summaries require."));
    parser.addHelpOption();
    parser.addVersionOption();
    const std::vector<QCommandLineOption> options = cliOptions();
    for (const QCommandLineOption& option : options)
        parser.addOption(option);
    const auto option = [&options](CliOption id) -> const QCommandLineOption& {
        return options[size_t(id)];
    };
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("%1; none opens the window.").arg(cliCommandNames()),
                                 QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("project"), Cli::tr("A .edgeplan file."),
                                 QStringLiteral("[PROJECT]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut((parser.helpText() + cliCommandsHelp(Catalogs::builtIn().registry(), helpLang)).toStdString());
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("edgeplan %1\n")
                     .arg(QCoreApplication::applicationVersion())
                     .toStdString());
        return kExitOk;
    }

    CliContext context;
    std::optional<Lang> langChoice;
    const QCommandLineOption& langOption = option(CliOption::Lang);
    if (parser.isSet(langOption)) {
        Lang lang;
        if (!parseLang(parser.value(langOption).toStdString(), lang))
            return usageError(
                Cli::tr("--lang takes ja or en, not '%1'").arg(parser.value(langOption)));
        langChoice = lang;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.first();
    const CliCommand& entry = cliCommand(command);
    const bool headless = *entry.name;
    // Commands speak the system's language unless told (installed above);
    // the window also remembers the last choice of View > Language.
    context.lang = headless ? langChoice.value_or(systemLanguage()) : startupLanguage(langChoice);
    if (context.lang != installedLanguage())
        installLanguage(context.lang);
    QString convertTo;
    const QCommandLineOption& catalogOption = option(CliOption::Catalog);
    if (parser.isSet(catalogOption) && command == QLatin1String("convert") &&
        context.catalogs.registry().find(parser.value(catalogOption).toStdString())) {
        convertTo = parser.value(catalogOption); // a built-in catalog's id
    } else if (parser.isSet(catalogOption)) {
        QStringList errors;
        if (command == QLatin1String("convert") && !QFileInfo::exists(parser.value(catalogOption)))
            return usageError(
                Cli::tr("unknown catalog '%1' (%2)")
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

    if (parser.isSet(option(CliOption::Scale))) {
        bool ok = false;
        context.scale = parser.value(option(CliOption::Scale)).toDouble(&ok);
        if (!ok || context.scale < 0.1 || context.scale > 8)
            return usageError(Cli::tr("--scale takes a number from 0.1 to 8"));
    }
    context.transparent = parser.isSet(option(CliOption::Transparent));

    // No command writes over what it reads: a project, an import's inputs,
    // the plan of --into, a catalog file; nor replaces a folder holding one.
    QStringList inputs = headless ? positional.mid(1) : positional;
    for (const CliOption read : {CliOption::Into, CliOption::Catalog})
        if (parser.isSet(option(read)))
            inputs << parser.value(option(read));
    for (const CliOption written : {CliOption::Output, CliOption::Screenshot}) {
        if (!parser.isSet(option(written)) || parser.value(option(written)) == QLatin1String("-"))
            continue;
        if (const QString refusal = outputOverwritesInput(parser.value(option(written)), inputs);
            !refusal.isEmpty())
            return usageError(refusal);
    }

    if (headless)
        positional.removeFirst();
    const CliRun run{context, parser, options, command, positional, convertTo};
    if (const QString refusal = cliRefusal(entry, run); !refusal.isEmpty())
        return usageError(refusal);
    return entry.run(run);
}

} // namespace edgeplan
