#pragma once

// The colours of the printed documents (the handoff report, the flow
// handout), one place for each: a title, quiet text, the rules between
// cells, a table head's fill, a shaded row, and what is missing.

#include <QColor>

namespace edgeplan::print {

inline const QColor kTitle(0x1F, 0x4E, 0x79);
inline const QColor kQuiet(0x55, 0x5F, 0x6B);
inline const QColor kRule(0xB8, 0xC2, 0xCC);
inline const QColor kHeadFill(0xE8, 0xEE, 0xF4);
inline const QColor kShadeFill(0xF5, 0xF7, 0xFA);
inline const QColor kMissing(0xB0, 0x2A, 0x1E);

} // namespace edgeplan::print
