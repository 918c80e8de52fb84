#include "cli/CliSupport.h"

#include "cli/Cli.h"
#include "text/TerminalText.h"

#include <cstdio>

namespace edgeplan {

namespace {

std::string shownLines(const QStringList& lines)
{
    std::string out;
    for (const QString& line : lines)
        out += terminalText(line.toStdString()) + '\n';
    return out;
}

} // namespace

std::string joinIds(const std::vector<std::string>& ids)
{
    std::string result;
    for (const std::string& id : ids)
        result += (result.empty() ? "" : ", ") + id;
    return result;
}

void printOut(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
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

void printReport(const std::string& text)
{
    printOut(terminalLines(text));
}

int usageError(const QString& message)
{
    printErr({QStringLiteral("edgeplan: %1").arg(message), Cli::tr("Try 'edgeplan --help'.")});
    return kExitUsage;
}

bool writeOrReport(const QString& path, const std::string& bytes)
{
    QString error;
    if (writeFileAtomically(path, bytes, &error))
        return true;
    printErr(error);
    return false;
}

std::unique_ptr<Topology> loadOrReport(const CliContext& context, const QString& path)
{
    QStringList errors;
    auto topology = loadProjectFile(path, context.catalogs.registry(), &errors);
    if (!topology)
        printErr(errors);
    return topology;
}

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

} // namespace edgeplan
