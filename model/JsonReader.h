#pragma once

#include "Diagnostic.h"
#include "Localized.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace edgeplan {

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
    static constexpr size_t kMaxItems = 200000;

    explicit JsonReader(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

    // Parses `bytes`; on a syntax error records "line L, column C" and returns
    // nullopt, as it does for a file beyond the limits above.
    std::optional<nlohmann::json> parse(const std::string& bytes);
    bool checkLimits(const std::string& bytes);

    void error(const std::string& code, const std::string& where, const std::string& message,
               std::vector<std::string> args = {});

    bool expectObject(const nlohmann::json& value, const std::string& where);
    bool expectArray(const nlohmann::json& value, const std::string& where);

    std::optional<std::string> string(const nlohmann::json& object, const std::string& key,
                                      const std::string& where, bool required = true);
    std::optional<double> number(const nlohmann::json& object, const std::string& key,
                                 const std::string& where, bool required = true);
    std::optional<long long> integer(const nlohmann::json& object, const std::string& key,
                                     const std::string& where, bool required = true);
    std::optional<bool> boolean(const nlohmann::json& object, const std::string& key,
                                const std::string& where, bool required = true);
    // {"en": "...", "ja": "..."}, both required and non-empty.
    std::optional<LocalizedText> localized(const nlohmann::json& object, const std::string& key,
                                           const std::string& where, bool required = true);
    // A field that must be an array; missing counts as empty when not required.
    const nlohmann::json* array(const nlohmann::json& object, const std::string& key,
                                const std::string& where, bool required = true);

    const Diagnostics& diagnostics() const { return m_diagnostics; }

    static std::string child(const std::string& where, const std::string& key);
    static std::string child(const std::string& where, size_t index);

private:
    const nlohmann::json* field(const nlohmann::json& object, const std::string& key,
                                const std::string& where, bool required);
    void wrongType(const std::string& where, const char* expected, const nlohmann::json& value);

    Diagnostics& m_diagnostics;
};

} // namespace edgeplan
