#include "CsvReader.h"

#include "JsonReader.h"
#include "Utf8.h"

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

class CsvParser
{
public:
    CsvParser(const std::string& text, Diagnostics& diagnostics, int firstLine)
        : m_text(text), m_diagnostics(diagnostics), m_line(firstLine)
    {
    }

    std::optional<CsvTable> parse()
    {
        CsvTable table;
        bool first = true;
        while (m_pos < m_text.size()) {
            const int line = m_line;
            if (atLineEnd()) {
                // A blank line is allowed only as the very last one.
                skipLineEnd();
                if (m_pos < m_text.size())
                    return fail(line, 1, "csv.blank-line", "a blank line in the middle of the list");
                break;
            }
            auto record = readRecord();
            if (!record)
                return std::nullopt;
            if (first) {
                table.header = std::move(*record);
                first = false;
                continue;
            }
            if (record->size() != table.header.size())
                return fail(line, 1, "csv.width",
                            "the record has " + std::to_string(record->size()) + " fields; the header has " +
                                std::to_string(table.header.size()),
                            {std::to_string(record->size()), std::to_string(table.header.size())});
            if (table.rows.size() >= JsonReader::kMaxItems)
                return fail(line, 1, "limit.rows", "more than " + std::to_string(JsonReader::kMaxItems) + " rows",
                            {std::to_string(JsonReader::kMaxItems)});
            table.rows.push_back(std::move(*record));
            table.rowLines.push_back(line);
        }
        if (first)
            return fail(m_line, 1, "csv.empty", "the list is empty: not even a header line");
        return table;
    }

private:
    std::nullopt_t fail(int line, int column, const std::string& code, const std::string& message,
                        std::vector<std::string> args = {})
    {
        m_diagnostics.push_back({code, "line " + std::to_string(line) + ", column " + std::to_string(column),
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

    // The 1-based column of the byte at `pos`, in characters.
    int column(size_t pos) const
    {
        int count = 1;
        for (size_t i = m_lineStart; i < pos && i < m_text.size(); ++i)
            count += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80;
        return count;
    }

    std::optional<std::vector<std::string>> readRecord()
    {
        std::vector<std::string> fields;
        for (;;) {
            std::string field;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                const int line = m_line;
                const int col = column(m_pos);
                ++m_pos;
                for (;;) {
                    if (m_pos >= m_text.size())
                        return fail(line, col, "csv.quote", "a quoted field that never ends");
                    const char c = m_text[m_pos];
                    if (c == '"') {
                        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                            field += '"';
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        break;
                    }
                    if (c == '\n') {
                        field += '\n';
                        ++m_pos;
                        ++m_line;
                        m_lineStart = m_pos;
                        continue;
                    }
                    field += c;
                    ++m_pos;
                }
                if (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd())
                    return fail(m_line, column(m_pos), "csv.after-quote", "text after the closing quote of a field");
            } else {
                while (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd()) {
                    const char c = m_text[m_pos];
                    if (c == '"')
                        return fail(m_line, column(m_pos), "csv.stray-quote",
                                    "a quote inside a field that does not start with one");
                    if (c == '\r')
                        return fail(m_line, column(m_pos), "csv.carriage-return",
                                    "a carriage return outside quotes that does not end the line");
                    field += c;
                    ++m_pos;
                }
            }
            if (field.size() > JsonReader::kMaxStringLength)
                return fail(m_line, 1, "limit.field",
                            "a field is longer than " + std::to_string(JsonReader::kMaxStringLength) + " bytes",
                            {std::to_string(JsonReader::kMaxStringLength)});
            fields.push_back(std::move(field));
            if (m_pos >= m_text.size())
                return fields;
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return fields;
        }
    }

    const std::string& m_text;
    Diagnostics& m_diagnostics;
    size_t m_pos = 0;
    size_t m_lineStart = 0;
    int m_line;
};

} // namespace

std::optional<CsvTable> readCsv(const std::string& text, Diagnostics& diagnostics, int firstLine)
{
    return CsvParser(text, diagnostics, firstLine).parse();
}

} // namespace edgeplan
