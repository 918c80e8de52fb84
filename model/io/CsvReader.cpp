#include "io/CsvReader.h"

#include "io/JsonReader.h"
#include "text/Utf8.h"

namespace edgeplan {

namespace {

std::string bytePlace(size_t offset)
{
    return "byte " + std::to_string(offset + 1);
}

} // namespace

std::optional<std::string> decodeText(const std::string& bytes, Diagnostics& diagnostics)
{
    if (bytes.size() > JsonReader::kMaxBytes) {
        diagnostics.push_back({"limit.file-size", "", {"64"}, "the file is larger than 64 MiB"});
        return std::nullopt;
    }
    std::string out;
    if (bytes.size() >= 2 && bytes[0] == '\xff' && bytes[1] == '\xfe') {
        if (bytes.size() % 2 != 0) {
            diagnostics.push_back({"text.utf16-odd", bytePlace(bytes.size() - 1), {},
                                   "the UTF-16 text ends in the middle of a character"});
            return std::nullopt;
        }
        out.reserve(bytes.size());
        for (size_t i = 2; i < bytes.size(); i += 2) {
            unsigned unit = static_cast<unsigned char>(bytes[i]) | unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8;
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                diagnostics.push_back({"text.surrogate", bytePlace(i), {}, "a lone UTF-16 surrogate"});
                return std::nullopt;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const unsigned low = i + 3 < bytes.size()
                                         ? (static_cast<unsigned char>(bytes[i + 2]) |
                                            unsigned(static_cast<unsigned char>(bytes[i + 3])) << 8)
                                         : 0;
                if (low < 0xDC00 || low > 0xDFFF) {
                    diagnostics.push_back({"text.surrogate", bytePlace(i), {}, "a lone UTF-16 surrogate"});
                    return std::nullopt;
                }
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
            if (unit == 0) {
                diagnostics.push_back({"text.nul", bytePlace(i), {}, "the text holds a NUL character"});
                return std::nullopt;
            }
            appendUtf8(out, unit);
        }
        return out;
    }
    if (bytes.size() >= 2 && bytes[0] == '\xfe' && bytes[1] == '\xff') {
        diagnostics.push_back({"text.utf16be", "", {}, "UTF-16 big-endian text is not read; save it as UTF-8"});
        return std::nullopt;
    }
    const size_t start = bytes.compare(0, 3, "\xef\xbb\xbf") == 0 ? 3 : 0;
    for (size_t i = start; i < bytes.size();) {
        const size_t n = decodeUtf8(bytes, i).length;
        if (n == 0) {
            diagnostics.push_back({"text.encoding", bytePlace(i), {},
                                   "the text is neither UTF-8 nor UTF-16 with a byte-order mark"});
            return std::nullopt;
        }
        if (bytes[i] == '\0') {
            diagnostics.push_back({"text.nul", bytePlace(i), {}, "the text holds a NUL character"});
            return std::nullopt;
        }
        i += n;
    }
    return bytes.substr(start);
}

namespace {

// A place in the text: its line, and where that line and the place start.
struct Place
{
    int line = 1;
    size_t lineStart = 0;
    size_t pos = 0;
};

class CsvParser
{
public:
    CsvParser(std::string_view text, Diagnostics& diagnostics, int firstLine)
        : m_text(text), m_diagnostics(diagnostics), m_line(firstLine)
    {
    }

    std::optional<CsvTable> parse()
    {
        CsvTable table;
        bool first = true;
        while (m_pos < m_text.size()) {
            const Place start = here();
            if (atLineEnd()) {
                // A blank line is allowed only as the very last one.
                skipLineEnd();
                if (m_pos < m_text.size())
                    return fail(start, "csv.blank-line", "a blank line in the middle of the list");
                break;
            }
            if (!first && table.rows.size() >= CsvLimits::kMaxRecords)
                return fail(start, "limit.rows", "more than " + std::to_string(CsvLimits::kMaxRecords) + " rows",
                            {std::to_string(CsvLimits::kMaxRecords)});
            std::vector<std::string> record;
            record.reserve(table.header.size());
            if (!readRecord(record))
                return std::nullopt;
            if (first) {
                table.header = std::move(record);
                first = false;
                continue;
            }
            if (record.size() != table.header.size())
                return fail(start, "csv.width",
                            "the record has " + std::to_string(record.size()) + " fields; the header has " +
                                std::to_string(table.header.size()),
                            {std::to_string(record.size()), std::to_string(table.header.size())});
            table.rows.push_back(std::move(record));
            table.rowLines.push_back(start.line);
        }
        if (first)
            return fail(here(), "csv.empty", "the list is empty: not even a header line");
        return table;
    }

private:
    Place here() const { return {m_line, m_lineStart, m_pos}; }

    // The column is counted here, once, so that reading never rescans a line.
    std::nullopt_t fail(const Place& place, const std::string& code, const std::string& message,
                        std::vector<std::string> args = {})
    {
        int column = 1;
        for (size_t i = place.lineStart; i < place.pos && i < m_text.size(); ++i)
            column += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80;
        m_diagnostics.push_back({code, "line " + std::to_string(place.line) + ", column " + std::to_string(column),
                                 std::move(args), message});
        return std::nullopt;
    }

    bool atLineEnd() const
    {
        return m_text[m_pos] == '\n' || (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n');
    }

    void skipLineEnd()
    {
        m_pos += m_text[m_pos] == '\r' ? 2 : 1;
        ++m_line;
        m_lineStart = m_pos;
    }

    bool tooLong(const std::string& field, size_t more, const Place& start)
    {
        if (field.size() + more <= CsvLimits::kMaxFieldBytes)
            return false;
        fail(start, "limit.field", "a field is longer than " + std::to_string(CsvLimits::kMaxFieldBytes) + " bytes",
             {std::to_string(CsvLimits::kMaxFieldBytes)});
        return true;
    }

    // The quoted field at m_pos, its quotes and doubled quotes taken away.
    bool readQuoted(std::string& field, const Place& start)
    {
        ++m_pos;
        for (;;) {
            // Runs of plain text are appended whole.
            const size_t stop = m_text.find_first_of("\"\n", m_pos);
            const size_t end = stop == std::string_view::npos ? m_text.size() : stop;
            if (tooLong(field, end - m_pos, start))
                return false;
            field.append(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            if (m_pos >= m_text.size()) {
                fail(start, "csv.quote", "a quoted field that never ends");
                return false;
            }
            if (m_text[m_pos] == '\n') {
                if (tooLong(field, 1, start))
                    return false;
                field += '\n';
                ++m_pos;
                ++m_line;
                m_lineStart = m_pos;
                continue;
            }
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                if (tooLong(field, 1, start))
                    return false;
                field += '"';
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd()) {
            fail(here(), "csv.after-quote", "text after the closing quote of a field");
            return false;
        }
        return true;
    }

    bool readPlain(std::string& field, const Place& start)
    {
        size_t end = m_pos;
        for (; end < m_text.size(); ++end) {
            const char c = m_text[end];
            if (c == ',' || c == '\n')
                break;
            if (c == '\r') {
                if (end + 1 < m_text.size() && m_text[end + 1] == '\n')
                    break;
                m_pos = end;
                fail(here(), "csv.carriage-return", "a carriage return outside quotes that does not end the line");
                return false;
            }
            if (c == '"') {
                m_pos = end;
                fail(here(), "csv.stray-quote", "a quote inside a field that does not start with one");
                return false;
            }
            if (end - m_pos >= CsvLimits::kMaxFieldBytes)
                return !tooLong(field, end - m_pos + 1, start);
        }
        field.assign(m_text.substr(m_pos, end - m_pos));
        m_pos = end;
        return true;
    }

    bool readRecord(std::vector<std::string>& fields)
    {
        for (;;) {
            const Place start = here();
            if (fields.size() >= CsvLimits::kMaxFieldsPerRecord) {
                fail(start, "limit.record-fields",
                     "a record has more than " + std::to_string(CsvLimits::kMaxFieldsPerRecord) + " fields",
                     {std::to_string(CsvLimits::kMaxFieldsPerRecord)});
                return false;
            }
            if (++m_fields > CsvLimits::kMaxFields) {
                fail(start, "limit.fields",
                     "the list has more than " + std::to_string(CsvLimits::kMaxFields) + " fields in all",
                     {std::to_string(CsvLimits::kMaxFields)});
                return false;
            }
            std::string field;
            const bool quoted = m_pos < m_text.size() && m_text[m_pos] == '"';
            if (!(quoted ? readQuoted(field, start) : readPlain(field, start)))
                return false;
            fields.push_back(std::move(field));
            if (m_pos >= m_text.size())
                return true;
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

    std::string_view m_text;
    Diagnostics& m_diagnostics;
    size_t m_pos = 0;
    size_t m_lineStart = 0;
    int m_line;
    size_t m_fields = 0; // read so far, in all records
};

} // namespace

std::optional<CsvTable> readCsv(std::string_view text, Diagnostics& diagnostics, int firstLine)
{
    return CsvParser(text, diagnostics, firstLine).parse();
}

} // namespace edgeplan
