#include "base/Diagnostic.h"

namespace edgeplan {

std::string Diagnostic::toString() const
{
    return where.empty() ? message : where + ": " + message;
}

std::string joinDiagnostics(const Diagnostics& diagnostics, const std::string& prefix)
{
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += prefix + d.toString() + "\n";
    return out;
}

} // namespace edgeplan
