#include "io/XmlTree.h"

#include "io/JsonReader.h"

#include <expat.h>

namespace edgeplan {

const std::string* XmlElement::attribute(std::string_view attributeName) const
{
    for (const auto& [key, value] : attributes)
        if (key == attributeName)
            return &value;
    return nullptr;
}

const XmlElement* XmlElement::child(std::string_view childName) const
{
    for (const auto& element : children)
        if (element->name == childName)
            return element.get();
    return nullptr;
}

std::vector<const XmlElement*> XmlElement::childrenNamed(std::string_view childName) const
{
    std::vector<const XmlElement*> result;
    for (const auto& element : children)
        if (element->name == childName)
            result.push_back(element.get());
    return result;
}

std::string XmlElement::where() const
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (<" + name + ">)";
}

namespace {

constexpr char kNamespaceSeparator = '\x01';
constexpr size_t kMaxAttributes = 256; // on one element

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string trimmed(const std::string& text)
{
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

// "uri\x01local" -> (local, uri)
std::pair<std::string, std::string> splitName(const char* name)
{
    const std::string_view text(name);
    const size_t at = text.rfind(kNamespaceSeparator);
    if (at == std::string_view::npos)
        return {std::string(text), {}};
    return {std::string(text.substr(at + 1)), std::string(text.substr(0, at))};
}

class TreeBuilder
{
public:
    TreeBuilder(XML_Parser parser, Diagnostics& diagnostics) : m_parser(parser), m_diagnostics(diagnostics) {}

    std::unique_ptr<XmlElement> root;
    bool failed = false;

    static void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** attributes)
    {
        static_cast<TreeBuilder*>(data)->start(name, attributes);
    }
    static void XMLCALL onEnd(void* data, const XML_Char*)
    {
        auto* self = static_cast<TreeBuilder*>(data);
        if (!self->m_open.empty()) {
            self->m_open.back()->text = trimmed(self->m_open.back()->text);
            self->m_open.pop_back();
        }
    }
    static void XMLCALL onText(void* data, const XML_Char* text, int length)
    {
        static_cast<TreeBuilder*>(data)->characters(text, size_t(length));
    }
    static void XMLCALL onDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int)
    {
        static_cast<TreeBuilder*>(data)->refuse("xml.doctype",
                                                "a DOCTYPE is not allowed: topology files never carry one");
    }
    static void XMLCALL onEntity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                 const XML_Char*, const XML_Char*, const XML_Char*)
    {
        static_cast<TreeBuilder*>(data)->refuse("xml.entity",
                                                "an entity declaration is not allowed: topology files never carry one");
    }

    std::string place() const
    {
        return "line " + std::to_string(XML_GetCurrentLineNumber(m_parser)) + ", column " +
               std::to_string(XML_GetCurrentColumnNumber(m_parser) + 1);
    }

    void refuse(const std::string& code, const std::string& message, std::vector<std::string> args = {})
    {
        if (failed)
            return;
        failed = true;
        m_diagnostics.push_back({code, place(), std::move(args), message});
        XML_StopParser(m_parser, XML_FALSE);
    }

private:
    void start(const XML_Char* name, const XML_Char** attributes)
    {
        if (failed)
            return;
        if (m_open.size() >= JsonReader::kMaxDepth)
            return refuse("limit.element-depth",
                          "elements nest deeper than " + std::to_string(JsonReader::kMaxDepth) + " levels",
                          {std::to_string(JsonReader::kMaxDepth)});
        if (++m_count > JsonReader::kMaxItems)
            return refuse("limit.elements", "more than " + std::to_string(JsonReader::kMaxItems) + " elements",
                          {std::to_string(JsonReader::kMaxItems)});
        auto element = std::make_unique<XmlElement>();
        std::tie(element->name, element->ns) = splitName(name);
        element->line = int(XML_GetCurrentLineNumber(m_parser));
        element->column = int(XML_GetCurrentColumnNumber(m_parser)) + 1;
        for (size_t i = 0; attributes[i] && attributes[i + 1]; i += 2) {
            // Each costs two strings; a file of nothing else would cost ten times its size.
            if (i / 2 >= kMaxAttributes)
                return refuse("limit.attributes",
                              "an element has more than " + std::to_string(kMaxAttributes) + " attributes",
                              {std::to_string(kMaxAttributes)});
            if (std::char_traits<char>::length(attributes[i + 1]) > JsonReader::kMaxStringLength)
                return refuse("limit.xml-text",
                              "an attribute value is longer than " + std::to_string(JsonReader::kMaxStringLength) +
                                  " bytes",
                              {std::to_string(JsonReader::kMaxStringLength)});
            // An attribute in a namespace keeps it, as "{uri}local", so that a
            // lookup by local name finds only the plain attribute of that name.
            auto [local, uri] = splitName(attributes[i]);
            element->attributes.emplace_back(uri.empty() ? std::move(local) : "{" + uri + "}" + local,
                                             attributes[i + 1]);
        }
        XmlElement* raw = element.get();
        if (m_open.empty())
            root = std::move(element);
        else
            m_open.back()->children.push_back(std::move(element));
        m_open.push_back(raw);
    }

    void characters(const XML_Char* text, size_t length)
    {
        if (failed || m_open.empty())
            return;
        std::string& target = m_open.back()->text;
        if (target.size() + length <= JsonReader::kMaxStringLength) {
            target.append(text, length);
            return;
        }
        // Indentation between many children adds up; only real text counts.
        for (size_t i = 0; i < length; ++i)
            if (!isSpace(text[i]))
                return refuse("limit.xml-text",
                              "the text of <" + m_open.back()->name + "> is longer than " +
                                  std::to_string(JsonReader::kMaxStringLength) + " bytes",
                              {std::to_string(JsonReader::kMaxStringLength)});
    }

    XML_Parser m_parser;
    Diagnostics& m_diagnostics;
    std::vector<XmlElement*> m_open;
    size_t m_count = 0;
};

} // namespace

std::unique_ptr<XmlElement> parseXml(const std::string& bytes, Diagnostics& diagnostics)
{
    if (bytes.size() > JsonReader::kMaxBytes) {
        diagnostics.push_back({"limit.file-size", "", {"64"}, "the file is larger than 64 MiB"});
        return nullptr;
    }
    // Without a UTF-16 byte-order mark the file is UTF-8, whatever its
    // declaration says: PowerShell writes encoding="utf-16" into files it
    // then saves as UTF-8.
    const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') ||
                                             (bytes[0] == '\xfe' && bytes[1] == '\xff'));
    XML_Parser parser = XML_ParserCreateNS(utf16 ? nullptr : "UTF-8", kNamespaceSeparator);
    if (!parser)
        throw std::bad_alloc();
    TreeBuilder builder(parser, diagnostics);
    XML_SetUserData(parser, &builder);
    XML_SetElementHandler(parser, &TreeBuilder::onStart, &TreeBuilder::onEnd);
    XML_SetCharacterDataHandler(parser, &TreeBuilder::onText);
    XML_SetStartDoctypeDeclHandler(parser, &TreeBuilder::onDoctype);
    XML_SetEntityDeclHandler(parser, &TreeBuilder::onEntity);
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
    const char* data = bytes.data();
    size_t left = bytes.size();
    // A UTF-8 byte-order mark: expat takes it, but not with an encoding forced.
    if (!utf16 && left >= 3 && bytes.compare(0, 3, "\xef\xbb\xbf") == 0) {
        data += 3;
        left -= 3;
    }
    const XML_Status status = XML_Parse(parser, data, int(left), XML_TRUE);
    if (status != XML_STATUS_OK && !builder.failed) {
        builder.failed = true;
        diagnostics.push_back({"xml.syntax", builder.place(), {XML_ErrorString(XML_GetErrorCode(parser))},
                               std::string("not well-formed XML: ") + XML_ErrorString(XML_GetErrorCode(parser))});
    }
    XML_ParserFree(parser);
    if (builder.failed || !builder.root) {
        if (diagnostics.empty())
            diagnostics.push_back({"xml.empty", "", {}, "the file holds no XML element"});
        return nullptr;
    }
    return std::move(builder.root);
}

} // namespace edgeplan
