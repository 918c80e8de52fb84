#pragma once

#include "base/Diagnostic.h"
#include "base/Localized.h"

#include <string>
#include <vector>

namespace edgeplan {

// A diagnostic's text in a language. English is the message the loader
// wrote. Japanese comes from a table of templates keyed by the code (and,
// where one code is said in two ways, by how many args it has), with {0},
// {1} … standing for the args; the few args that are words (a JSON type, a
// kind of catalog entry) are translated too. A code without a template
// falls back to the English message: never a wrong text, at worst an
// English one.
std::string diagnosticMessage(const Diagnostic& diagnostic, Lang lang);

// "where: message" in the language ("line 4, column 7" becomes "4 行 7 列").
std::string diagnosticString(const Diagnostic& diagnostic, Lang lang);

// Whether the diagnostic has a Japanese template (for tests).
bool hasTranslatedMessage(const Diagnostic& diagnostic);

} // namespace edgeplan
