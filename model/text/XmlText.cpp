#include "text/XmlText.h"

#include "text/Utf8.h"

namespace edgeplan {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

} // namespace

bool isXmlChar(char32_t code)
{
    return code == 0x09 || code == 0x0A || code == 0x0D || (code >= 0x20 && code <= 0xD7FF) ||
           (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

std::string xmlCleanText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const Utf8Char c = decodeUtf8(text, i);
        if (c.length == 0) {
            appendUtf8(out, kReplacement);
            ++i;
            continue;
        }
        if (isXmlChar(c.code))
            out.append(text.substr(i, c.length));
        else
            appendUtf8(out, kReplacement);
        i += c.length;
    }
    return out;
}

std::string xmlEscape(std::string_view text)
{
    std::string out;
    for (char c : xmlCleanText(text)) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\t': out += "&#9;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace edgeplan
