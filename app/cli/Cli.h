#pragma once

#include "base/Localized.h"

#include <QStringList>

#include <optional>

namespace edgeplan {

enum ExitCode { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2 };

// The commands that run without a window.
bool isHeadlessCommand(const QString& command);
// The headless commands that paint (diagrams, PDF) and so need Qt's GUI side.
bool isPaintingCommand(const QString& command);

// Picks the first positional argument of a raw argument list (the command,
// or a project file), skipping option values.
QString firstPositional(const QStringList& arguments);

// The value of --lang (or --lang=) in a raw argument list, if valid.
std::optional<Lang> languageArgument(const QStringList& arguments);

// Parses the command line and runs it: a headless command, or the window.
// Returns the process exit code.
int runCommandLine(const QStringList& arguments);

} // namespace edgeplan
