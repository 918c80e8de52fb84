#pragma once

#include "base/Diagnostic.h"
#include "base/Localized.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace edgeplan {

// Where a value sits in a file, as a JSON pointer ("/components/3/role"),
// spelled out only when a problem there is reported: each level refers to
// its parent, so reading a valid file builds no path strings. A path must
// not outlive its parent nor the text or key it refers to.
class JsonPath
{
public:
    // A pointer written out ("" for the root, "/components"); implicit, so
    // that a std::string stands where a path is expected.
    JsonPath(const std::string& text) : m_text(text) {}
    JsonPath(const char* text) : m_text(text) {}
    JsonPath(const JsonPath& parent, std::string_view key) : m_parent(&parent), m_text(key) {}
    JsonPath(const JsonPath& parent, size_t index) : m_parent(&parent), m_index(index), m_isIndex(true) {}

    std::string str() const;
    operator std::string() const { return str(); }

private:
    void appendTo(std::string& out) const;

    const JsonPath* m_parent = nullptr;
    std::string_view m_text; // the whole pointer at the root, else this level's key
    size_t m_index = 0;
    bool m_isIndex = false;
};

// Reads typed fields out of parsed JSON, recording a Diagnostic with the
// field's JSON pointer for each one that is missing or of the wrong type, so
// that a loader can report every problem of a file at once.
class JsonReader
{
public:
    // Limits on any file Edgeplan reads: refused with a clear message
    // before they can exhaust memory or the stack.
    static constexpr size_t kMaxBytes = 64 * 1024 * 1024;
    static constexpr size_t kMaxDepth = 64;
    static constexpr size_t kMaxStringLength = 4096;
    // Members of one array or object.
    static constexpr size_t kMaxItems = 200000;
    // Values and keys in all, which is what a parsed file costs in memory:
    // a plan as Edgeplan writes it holds one per 12 to 13 bytes, about 5.3
    // million within 64 MiB.
    static constexpr size_t kMaxValues = 8000000;

    explicit JsonReader(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

    // Parses `bytes`; on a syntax error records "line L, column C" and returns
    // nullopt, as it does for a file beyond the limits above.
    std::optional<nlohmann::json> parse(const std::string& bytes);
    bool checkLimits(const std::string& bytes);

    void error(const std::string& code, const JsonPath& where, const std::string& message,
               std::vector<std::string> args = {});

    bool expectObject(const nlohmann::json& value, const JsonPath& where);
    bool expectArray(const nlohmann::json& value, const JsonPath& where);

    std::optional<std::string> string(const nlohmann::json& object, const std::string& key,
                                      const JsonPath& where, bool required = true);
    std::optional<double> number(const nlohmann::json& object, const std::string& key,
                                 const JsonPath& where, bool required = true);
    // A JSON integer: a fraction (5061.7, 5061.0), an exponent (1e3), a
    // string ("5061") or a number past a long long is refused.
    std::optional<long long> integer(const nlohmann::json& object, const std::string& key,
                                     const JsonPath& where, bool required = true);
    // The same within [low, high]; outside, "number.range" names the field.
    std::optional<long long> integerIn(const nlohmann::json& object, const std::string& key,
                                       const JsonPath& where, long long low, long long high,
                                       bool required = true);
    std::optional<bool> boolean(const nlohmann::json& object, const std::string& key,
                                const JsonPath& where, bool required = true);
    // {"en": "...", "ja": "..."}, both required and non-empty.
    std::optional<LocalizedText> localized(const nlohmann::json& object, const std::string& key,
                                           const JsonPath& where, bool required = true);
    // A field that must be an array; missing counts as empty when not required.
    const nlohmann::json* array(const nlohmann::json& object, const std::string& key,
                                const JsonPath& where, bool required = true);

    const Diagnostics& diagnostics() const { return m_diagnostics; }

    static std::string child(const std::string& where, const std::string& key);
    static std::string child(const std::string& where, size_t index);

private:
    const nlohmann::json* field(const nlohmann::json& object, const std::string& key,
                                const JsonPath& where, bool required);
    void wrongType(const JsonPath& where, const char* expected, const nlohmann::json& value);
    void rangeError(const JsonPath& where, const std::string& value, long long low, long long high);

    Diagnostics& m_diagnostics;
};

} // namespace edgeplan
