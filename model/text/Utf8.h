#pragma once

#include <string>
#include <string_view>

namespace edgeplan {

// One character of UTF-8 text: its code point and its length in bytes;
// length 0 when the bytes at that place are no valid UTF-8 (a stray or
// missing continuation byte, an overlong form, an encoded surrogate, a code
// point past U+10FFFF, a sequence cut by the end).
struct Utf8Char
{
    char32_t code = 0;
    size_t length = 0;
};
Utf8Char decodeUtf8(std::string_view text, size_t at);

void appendUtf8(std::string& out, char32_t code);

// The text cut to at most `max` bytes without splitting a character.
std::string cutUtf8(const std::string& text, size_t max);

} // namespace edgeplan
