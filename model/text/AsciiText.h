#pragma once

#include <string>

namespace edgeplan {

// ASCII letters to lower case, every other byte as it is: DNS names, XML
// attribute values and CSV headers compare this way whatever the locale,
// and UTF-8 text passes through unchanged.
inline std::string asciiLower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

inline bool equalNoCase(const std::string& a, const std::string& b)
{
    return asciiLower(a) == asciiLower(b);
}

} // namespace edgeplan
