#pragma once

#include <string>

namespace edgeplan {

enum class Lang { En, Ja };

// Parses "en" or "ja"; anything else leaves `out` untouched and returns false.
bool parseLang(const std::string& code, Lang& out);
const char* langCode(Lang lang);

// A piece of catalog text in both of the languages Edgeplan speaks.
struct LocalizedText
{
    std::string en;
    std::string ja;

    const std::string& text(Lang lang) const { return lang == Lang::Ja ? ja : en; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace edgeplan
