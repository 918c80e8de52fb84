#pragma once

#include "base/Diagnostic.h"

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace edgeplan {

// An element of a parsed XML file, with the place it starts at, so that an
// importer can name it in a message. Names are local (the namespace apart).
struct XmlElement
{
    std::string name;
    std::string ns; // the namespace URI, empty when none
    // By local name; an attribute in a namespace (a prefixed one) as
    // "{uri}local", so that attribute("Fqdn") never finds another's x:Fqdn.
    std::vector<std::pair<std::string, std::string>> attributes;
    std::string text; // the character data directly inside, trimmed
    int line = 0;
    int column = 0;
    std::vector<std::unique_ptr<XmlElement>> children;

    // Null when the element has no such attribute.
    const std::string* attribute(std::string_view attributeName) const;
    const XmlElement* child(std::string_view childName) const;
    std::vector<const XmlElement*> childrenNamed(std::string_view childName) const;
    // "line 4, column 7 (<Machine>)"
    std::string where() const;
};

// Parses the bytes (UTF-8 with or without a byte-order mark, or UTF-16 with
// one). A DOCTYPE, an entity declaration, a file over JsonReader's limits
// (size, depth, element count, text length) or malformed XML is refused
// with a diagnostic naming its line and column; then the result is null.
std::unique_ptr<XmlElement> parseXml(const std::string& bytes, Diagnostics& diagnostics);

} // namespace edgeplan
