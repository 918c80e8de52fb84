#pragma once

#include <string>
#include <vector>

namespace edgeplan {

// A problem found while reading a catalog or a project: a stable code, the
// place it concerns (a JSON pointer such as "/components/2/role", or
// "line 4, column 7" for syntax), and the values the message needs. The
// English text is ready in `message`; other languages are made from `code`
// and `args` by the views.
struct Diagnostic
{
    std::string code;
    std::string where;
    std::vector<std::string> args;
    std::string message;

    // "where: message", or just the message when there is no place.
    std::string toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

std::string joinDiagnostics(const Diagnostics& diagnostics, const std::string& prefix);

} // namespace edgeplan
