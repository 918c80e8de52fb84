#pragma once

#include <string>
#include <string_view>

namespace edgeplan {

// Whether XML 1.0 lets a document carry the code point at all: tab, LF, CR,
// U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. (U+007F–U+009F are
// allowed, if discouraged, and pass.)
bool isXmlChar(char32_t code);

// UTF-8 text as XML 1.0 can carry it: every forbidden code point (C0
// controls other than tab, LF and CR; U+FFFE, U+FFFF) and every byte that is
// no valid UTF-8 (a lone surrogate included) becomes U+FFFD. Markup is left
// as it is, so a whole document can pass through it.
std::string xmlCleanText(std::string_view text);

// Cleaned as xmlCleanText, then escaped for XML and HTML character data and
// attribute values in either quote: & < > " ' as entities, tab, LF and CR as
// character references (an attribute keeps its line breaks).
std::string xmlEscape(std::string_view text);

} // namespace edgeplan
