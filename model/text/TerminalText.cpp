#include "text/TerminalText.h"

#include "text/Utf8.h"

#include <cstdio>

namespace edgeplan {

namespace {

// Whether a terminal acts on `c` rather than showing it.
bool acts(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C ||
           c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string escaped(char32_t c)
{
    switch (c) {
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        break;
    }
    char buffer[12];
    std::snprintf(buffer, sizeof buffer, c < 0x80 ? "\\x%02x" : "\\u%04x", unsigned(c));
    return buffer;
}

std::string escape(std::string_view text, bool keepLineFeeds)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const Utf8Char decoded = decodeUtf8(text, i);
        if (decoded.length == 0) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", unsigned(static_cast<unsigned char>(text[i])));
            out += buffer;
            ++i;
            continue;
        }
        const auto [c, length] = decoded;
        if (acts(c) && !(keepLineFeeds && c == '\n'))
            out += escaped(c);
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace

std::string terminalText(std::string_view text)
{
    return escape(text, false);
}

std::string terminalLines(std::string_view text)
{
    return escape(text, true);
}

} // namespace edgeplan
