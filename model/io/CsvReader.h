#pragma once

#include "base/Diagnostic.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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

// What a list may hold: a list beyond one of them is refused at the place
// it passes it, before it can cost memory (an empty field costs 32 bytes
// for its one comma).
struct CsvLimits
{
    static constexpr size_t kMaxFieldsPerRecord = 256;
    static constexpr size_t kMaxRecords = 200000; // after the header
    static constexpr size_t kMaxFields = 2000000; // in all records, the header included
    static constexpr size_t kMaxFieldBytes = 4096;
};

// A strict RFC 4180 reader: fields separated by commas, records by CRLF or
// LF, a quoted field with "" for a quote, every record as wide as the
// header. A quote inside an unquoted field, text after a closing quote, an
// unterminated quote, a blank line, a short or long record or a list past
// CsvLimits is refused with "line L, column C". `firstLine` numbers the
// first line of `text` (after a line the caller has read itself). One pass:
// each byte is looked at once, and a column is counted only for a message.
std::optional<CsvTable> readCsv(std::string_view text, Diagnostics& diagnostics, int firstLine = 1);

} // namespace edgeplan
