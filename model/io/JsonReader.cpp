#include "io/JsonReader.h"

#include <cmath>
#include <limits>

namespace edgeplan {

using nlohmann::json;

namespace {

std::string escapePointerToken(const std::string& key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace

void JsonPath::appendTo(std::string& out) const
{
    if (!m_parent) {
        out += m_text;
        return;
    }
    m_parent->appendTo(out);
    out += '/';
    if (m_isIndex)
        out += std::to_string(m_index);
    else
        out += escapePointerToken(std::string(m_text));
}

std::string JsonPath::str() const
{
    std::string out;
    appendTo(out);
    return out;
}

std::string JsonReader::child(const std::string& where, const std::string& key)
{
    return where + "/" + escapePointerToken(key);
}

std::string JsonReader::child(const std::string& where, size_t index)
{
    return where + "/" + std::to_string(index);
}

namespace {

std::string lineAndColumn(const std::string& bytes, size_t offset)
{
    size_t line = 1;
    size_t column = 1;
    const size_t end = std::min(offset, bytes.size());
    for (size_t i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

bool JsonReader::checkLimits(const std::string& bytes)
{
    // One pass before parsing, so that hostile nesting or giant strings are
    // refused before they can cost stack or memory.
    if (bytes.size() > kMaxBytes) {
        error("limit.file-size", "/", "the file is larger than 64 MiB", {"64"});
        return false;
    }
    // Strings are skipped to their closing quote and counted in characters
    // only when their bytes exceed the limit (a character is one to four
    // bytes), so that the common case touches each byte once.
    auto tooLong = [&](size_t start, size_t end) {
        size_t chars = 0;
        for (size_t i = start + 1; i < end; ++i) {
            if (bytes[i] == '\\') {
                ++i;
                ++chars;
            } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80 && ++chars > kMaxStringLength) {
                return true;
            }
        }
        return false;
    };
    const char* data = bytes.data();
    const size_t size = bytes.size();
    size_t depth = 0;
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            const size_t start = i;
            for (++i; i < size && data[i] != '"'; ++i)
                if (data[i] == '\\')
                    ++i;
            if (i - start > kMaxStringLength + 1 && tooLong(start, std::min(i, size))) {
                error("limit.string-length", lineAndColumn(bytes, start),
                      "a text is longer than " + std::to_string(kMaxStringLength) + " characters",
                      {std::to_string(kMaxStringLength)});
                return false;
            }
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) {
                error("limit.depth", lineAndColumn(bytes, i),
                      "the JSON is nested deeper than " + std::to_string(kMaxDepth) + " levels",
                      {std::to_string(kMaxDepth)});
                return false;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

namespace {

// nlohmann's own document builder, counting as it goes: it stops at the first
// value past a limit, so that no shape of a file within 64 MiB (millions of
// empty arrays, of small numbers, of a repeated key) costs more memory than
// the limits allow. checkLimits has bounded the depth and the texts before;
// nlohmann 3.11 parses and destroys without recursion.
class LimitedDomBuilder : public nlohmann::detail::json_sax_dom_parser<json>
{
    using Base = nlohmann::detail::json_sax_dom_parser<json>;

public:
    explicit LimitedDomBuilder(json& root) : Base(root) {}

    bool null() { return count() && Base::null(); }
    bool boolean(bool value) { return count() && Base::boolean(value); }
    bool number_integer(number_integer_t value) { return count() && Base::number_integer(value); }
    bool number_unsigned(number_unsigned_t value) { return count() && Base::number_unsigned(value); }
    bool number_float(number_float_t value, const string_t& text) { return count() && Base::number_float(value, text); }
    bool string(string_t& value) { return count() && Base::string(value); }
    bool start_object(std::size_t size) { return open(false) && Base::start_object(size); }
    bool start_array(std::size_t size) { return open(true) && Base::start_array(size); }
    bool end_object()
    {
        m_open.pop_back();
        return Base::end_object();
    }
    bool end_array()
    {
        m_open.pop_back();
        return Base::end_array();
    }

    // A key is a member of its object, and costs as much as a value.
    bool key(string_t& key)
    {
        Level& level = m_open.back();
        level.key = key;
        return countMember(level) && countValue() && Base::key(key);
    }

    const std::optional<Diagnostic>& refusal() const { return m_refusal; }

private:
    struct Level
    {
        bool isArray = false;
        size_t members = 0;
        std::string key; // an object's latest key
    };

    bool count()
    {
        return (m_open.empty() || !m_open.back().isArray || countMember(m_open.back())) && countValue();
    }

    bool open(bool isArray)
    {
        if (!count())
            return false;
        m_open.push_back(Level{isArray, 0, {}});
        return true;
    }

    bool countMember(Level& level)
    {
        if (++level.members <= JsonReader::kMaxItems)
            return true;
        const std::string max = std::to_string(JsonReader::kMaxItems);
        const size_t at = m_open.size() - 1;
        // A list is named by its key: "more than 200000 components".
        if (at > 0 && !m_open[at - 1].isArray) {
            const std::string& name = m_open[at - 1].key;
            refuse("limit.items", at, {max, name}, "more than " + max + " " + name);
        } else {
            refuse("limit.items", at, {max}, "more than " + max + " items in one array or object");
        }
        return false;
    }

    bool countValue()
    {
        if (++m_values <= JsonReader::kMaxValues)
            return true;
        const std::string max = std::to_string(JsonReader::kMaxValues);
        refuse("limit.values", m_open.size(), {max}, "the file holds more than " + max + " values");
        return false;
    }

    // The pointer names the first `levels` levels open.
    void refuse(std::string code, size_t levels, std::vector<std::string> args, std::string message)
    {
        std::string where;
        for (size_t i = 0; i < levels; ++i)
            where = m_open[i].isArray ? JsonReader::child(where, m_open[i].members - 1)
                                      : JsonReader::child(where, m_open[i].key);
        m_refusal = Diagnostic{std::move(code), std::move(where), std::move(args), std::move(message)};
    }

    std::vector<Level> m_open;
    size_t m_values = 0;
    std::optional<Diagnostic> m_refusal;
};

} // namespace

std::optional<json> JsonReader::parse(const std::string& bytes)
{
    if (!checkLimits(bytes))
        return std::nullopt;
    try {
        json root;
        LimitedDomBuilder builder(root);
        if (json::sax_parse(bytes, &builder))
            return root;
        // A syntax error throws: a false return is a limit passed.
        if (const auto& refusal = builder.refusal())
            error(refusal->code, refusal->where, refusal->message, refusal->args);
        else
            error("json.syntax", "/", "not valid JSON");
        return std::nullopt;
    } catch (const json::parse_error& e) {
        // e.byte is the 1-based offset of the byte that broke the parse.
        const std::string where = lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        const auto pos = what.find("syntax error");
        const std::string detail = pos == std::string::npos ? what : what.substr(pos);
        error("json.syntax", where, "not valid JSON: " + detail, {detail});
        return std::nullopt;
    } catch (const json::out_of_range& e) {
        // A number too large for a double ("1e999"): nlohmann names the
        // token but not its place, so find the token in the bytes.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = open == std::string::npos ? open : what.find('\'', open + 1);
        const std::string token = close == std::string::npos ? std::string() : what.substr(open + 1, close - open - 1);
        const auto at = token.empty() ? std::string::npos : bytes.find(token);
        const std::string where = lineAndColumn(bytes, at == std::string::npos ? 0 : at);
        error("json.number", where, "a number too large to read: " + token, {token});
        return std::nullopt;
    } catch (const json::exception& e) {
        error("json.syntax", "/", std::string("not valid JSON: ") + e.what(), {e.what()});
        return std::nullopt;
    }
}

void JsonReader::error(const std::string& code, const JsonPath& where, const std::string& message,
                       std::vector<std::string> args)
{
    std::string pointer = where.str();
    if (pointer.empty())
        pointer = "/";
    m_diagnostics.push_back(Diagnostic{code, std::move(pointer), std::move(args), message});
}

void JsonReader::wrongType(const JsonPath& where, const char* expected, const json& value)
{
    error("json.type", where,
          std::string("expected ") + expected + ", found " + value.type_name(),
          {expected, value.type_name()});
}

bool JsonReader::expectObject(const json& value, const JsonPath& where)
{
    if (value.is_object())
        return true;
    wrongType(where, "an object", value);
    return false;
}

bool JsonReader::expectArray(const json& value, const JsonPath& where)
{
    if (value.is_array())
        return true;
    wrongType(where, "an array", value);
    return false;
}

const json* JsonReader::field(const json& object, const std::string& key, const JsonPath& where,
                              bool required)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            error("json.missing", JsonPath(where, key), "required field \"" + key + "\" is missing",
                  {key});
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonReader::string(const json& object, const std::string& key,
                                              const JsonPath& where, bool required)
{
    const json* value = field(object, key, where, required);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(JsonPath(where, key), "a string", *value);
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<double> JsonReader::number(const json& object, const std::string& key,
                                         const JsonPath& where, bool required)
{
    const json* value = field(object, key, where, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number() || !std::isfinite(value->get<double>())) {
        wrongType(JsonPath(where, key), "a number", *value);
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<long long> JsonReader::integer(const json& object, const std::string& key,
                                             const JsonPath& where, bool required)
{
    const json* value = field(object, key, where, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) {
        wrongType(JsonPath(where, key), "an integer", *value);
        return std::nullopt;
    }
    // nlohmann keeps 2^63 and above unsigned; as a long long they would wrap.
    if (value->is_number_unsigned() &&
        value->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
        rangeError(JsonPath(where, key), value->dump(), std::numeric_limits<long long>::min(),
                   std::numeric_limits<long long>::max());
        return std::nullopt;
    }
    return value->get<long long>();
}

std::optional<long long> JsonReader::integerIn(const json& object, const std::string& key, const JsonPath& where,
                                               long long low, long long high, bool required)
{
    const auto value = integer(object, key, where, required);
    if (value && (*value < low || *value > high)) {
        rangeError(JsonPath(where, key), std::to_string(*value), low, high);
        return std::nullopt;
    }
    return value;
}

void JsonReader::rangeError(const JsonPath& where, const std::string& value, long long low, long long high)
{
    error("number.range", where,
          value + " is not a whole number from " + std::to_string(low) + " to " + std::to_string(high),
          {value, std::to_string(low), std::to_string(high)});
}

std::optional<bool> JsonReader::boolean(const json& object, const std::string& key,
                                        const JsonPath& where, bool required)
{
    const json* value = field(object, key, where, required);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        wrongType(JsonPath(where, key), "true or false", *value);
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<LocalizedText> JsonReader::localized(const json& object, const std::string& key,
                                                   const JsonPath& where, bool required)
{
    const json* value = field(object, key, where, required);
    if (!value)
        return std::nullopt;
    const JsonPath here(where, key);
    if (!expectObject(*value, here))
        return std::nullopt;
    const auto en = string(*value, "en", here);
    const auto ja = string(*value, "ja", here);
    if (!en || !ja)
        return std::nullopt;
    bool ok = true;
    for (const auto& [lang, text] : {std::pair{"en", *en}, std::pair{"ja", *ja}}) {
        if (text.empty()) {
            error("catalog.translation-missing", JsonPath(here, lang),
                  std::string("the ") + lang + " text is empty", {lang});
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return LocalizedText{*en, *ja};
}

const json* JsonReader::array(const json& object, const std::string& key, const JsonPath& where,
                              bool required)
{
    const json* value = field(object, key, where, required);
    if (!value)
        return nullptr;
    if (!expectArray(*value, JsonPath(where, key)))
        return nullptr;
    return value;
}

} // namespace edgeplan
