#pragma once

// What every command of the command line shares: the words' context, the
// plan and catalogs it runs on, and the ways it writes to the terminal.

#include "base/Localized.h"
#include "support/Catalogs.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace edgeplan {

// The context of the command line's words, for lupdate and at run time.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::Cli)
};

struct CliContext
{
    Catalogs catalogs = Catalogs::builtIn();
    Lang lang = Lang::En;
    double scale = 2.0;
    bool transparent = false;
};

std::string joinIds(const std::vector<std::string>& ids);

// Bytes to standard output as they are: the data of an export to '-'.
void printOut(const std::string& text);
// Lines a person reads on a terminal, each shown by terminalText, so that a
// name or a path in it cannot break the line, clear the screen or retitle
// the terminal; the line feeds between them are the only ones written.
void printText(const QStringList& lines);
void printErr(const QStringList& lines);
void printErr(const QString& line);
// A report the model laid out for a terminal, its values already escaped;
// whatever else would act on the terminal is escaped too.
void printReport(const std::string& text);

// "edgeplan: message" and the pointer to --help on standard error; returns kExitUsage.
int usageError(const QString& message);

// Writes the file whole or not at all; false after printing why not.
bool writeOrReport(const QString& path, const std::string& bytes);

// The plan of a project file, or null after printing why it does not load.
std::unique_ptr<Topology> loadOrReport(const CliContext& context, const QString& path);

// The value of a whole-number option, from `min` to `max`; nullopt after
// printing the usage error.
std::optional<unsigned long long> wholeNumber(const QString& option, const QString& text,
                                              unsigned long long min, unsigned long long max);

} // namespace edgeplan
