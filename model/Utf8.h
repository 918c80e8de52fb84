#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace edgeplan {

struct Utf8Char
{
    char32_t code;
    size_t length; // in bytes, 1 to 4
};

// The character whose UTF-8 sequence starts at text[i]; nullopt when the
// bytes there are no well-formed UTF-8 (overlong forms, surrogates, code
// points past U+10FFFF, a sequence cut short).
std::optional<Utf8Char> utf8At(std::string_view text, size_t i);

} // namespace edgeplan
