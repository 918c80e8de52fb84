#pragma once

#include <string>
#include <string_view>

namespace edgeplan {

// `text` (UTF-8) as a terminal shows it without acting on it: each character
// that moves, clears, retitles or reorders instead of showing is written as
// an escape. C0 controls and DEL (\n, \r, \t, \x1b, \x7f …), C1 controls
// (\u0085 …), the line and paragraph separators (\u2028, \u2029) and the
// bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069); a byte that starts no UTF-8 character as \xNN. A
// backslash stays as it is. For one value or one line of a human-readable
// report: a plan's names, a message quoting them.
std::string terminalText(std::string_view text);

// The same, but line feeds stay: for text whose lines the program broke
// itself (a table it laid out of values already passed through terminalText).
std::string terminalLines(std::string_view text);

} // namespace edgeplan
