#pragma once

#include "Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace edgeplan {

// Text from Windows as UTF-8: UTF-8 with or without a byte-order mark, or
// UTF-16LE with one. Invalid UTF-8, a lone surrogate or an odd byte count
// is refused with a diagnostic; a NUL character too.
std::optional<std::string> decodeText(const std::string& bytes, Diagnostics& diagnostics);

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> rowLines; // the line each row starts on
};

// A strict RFC 4180 reader: fields separated by commas, records by CRLF or
// LF, a quoted field with "" for a quote, every record as wide as the
// header. A quote inside an unquoted field, text after a closing quote, an
// unterminated quote, a blank line or a short or long record is refused with
// "line L, column C". `firstLine` numbers the first line of `text` (after a
// line the caller has read itself).
std::optional<CsvTable> readCsv(const std::string& text, Diagnostics& diagnostics, int firstLine = 1);

} // namespace edgeplan
