#include "base/DnsName.h"

#include "text/AsciiText.h"
#include "text/TerminalText.h"

namespace edgeplan {

namespace {

bool isLabelCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// A key as a JSON pointer writes it (RFC 6901).
std::string pointerKey(const std::string& key)
{
    std::string out;
    for (const char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

bool isControlOrSpace(char c)
{
    return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
}

// The problem and the number of labels.
std::pair<DnsNameProblem, int> examine(const std::string& text, bool wildcard)
{
    for (const char c : text)
        if (isControlOrSpace(c))
            return {DnsNameProblem::Space, 0};
    std::string_view name = text;
    if (!name.empty() && name.back() == '.')
        name.remove_suffix(1);
    if (wildcard && name.substr(0, 2) == "*.")
        name.remove_prefix(2);
    if (name.empty())
        return {DnsNameProblem::Empty, 0};
    if (name.size() > 253)
        return {DnsNameProblem::TooLong, 0};
    for (const char c : name)
        if (c != '.' && !isLabelCharacter(c))
            return {DnsNameProblem::Character, 0};
    int labels = 0;
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find('.', start);
        if (end == std::string_view::npos)
            end = name.size();
        const std::string_view label = name.substr(start, end - start);
        if (label.empty())
            return {DnsNameProblem::EmptyLabel, 0};
        if (label.size() > 63)
            return {DnsNameProblem::LabelTooLong, 0};
        if (label.front() == '-' || label.back() == '-')
            return {DnsNameProblem::Hyphen, 0};
        ++labels;
        start = end + 1;
    }
    return {DnsNameProblem::None, labels};
}

} // namespace

DnsNameProblem dnsNameProblem(const std::string& name, bool wildcard)
{
    return examine(name, wildcard).first;
}

bool isFqdn(const std::string& name, bool wildcard)
{
    const auto [problem, labels] = examine(name, wildcard);
    return problem == DnsNameProblem::None && labels >= 2;
}

void checkDnsName(const std::string& what, const std::string& text)
{
    const std::string shown = "\u201c" + terminalText(text) + "\u201d";
    const std::vector<std::string> args{what, terminalText(text)};
    switch (dnsNameProblem(text)) {
    case DnsNameProblem::None:
        return;
    case DnsNameProblem::Empty:
        throw EditError("name.empty", what + " is empty", {what});
    case DnsNameProblem::TooLong:
        throw EditError("name.too-long", what + " is longer than 253 characters", {what});
    case DnsNameProblem::Space:
        throw EditError("name.space", what + " " + shown + " holds a space or a control character", args);
    case DnsNameProblem::Character:
        throw EditError("name.character",
                        what + " " + shown + " holds a character a DNS name cannot have (only letters, digits, "
                                             "hyphens and dots)",
                        args);
    case DnsNameProblem::EmptyLabel:
        throw EditError("name.label-empty", what + " " + shown + " has an empty label (two dots together, or a "
                                                                 "dot at the start)",
                        args);
    case DnsNameProblem::LabelTooLong:
        throw EditError("name.label-too-long", what + " " + shown + " has a label longer than 63 characters", args);
    case DnsNameProblem::Hyphen:
        throw EditError("name.hyphen", what + " " + shown + " has a label that starts or ends with a hyphen", args);
    }
}

std::vector<DnsNameField> componentDnsNames(const Component& component)
{
    std::vector<DnsNameField> fields;
    if (!component.fqdn.empty())
        fields.push_back({"fqdn", "the FQDN", component.fqdn});
    for (const auto& [interfaceId, addresses] : component.interfaces)
        if (!addresses.fqdn.empty())
            fields.push_back({"interfaces/" + pointerKey(interfaceId) + "/fqdn", "the FQDN", addresses.fqdn});
    if (const auto it = component.properties.find(kSipDomainProperty);
        it != component.properties.end() && !it->second.empty())
        fields.push_back({std::string("properties/") + kSipDomainProperty, "the SIP domain", it->second});
    return fields;
}

std::vector<DnsNameField> namingDnsNames(const ProjectNaming& naming)
{
    std::vector<DnsNameField> fields;
    for (size_t i = 0; i < naming.sipDomains.size(); ++i)
        fields.push_back({"sipDomains/" + std::to_string(i) + "/name", "the SIP domain", naming.sipDomains[i].name});
    if (!naming.internalDomain.empty())
        fields.push_back({"internalDomain", "the internal domain", naming.internalDomain});
    for (const auto& [id, value] : naming.names)
        if (!value.empty())
            fields.push_back({"names/" + pointerKey(id), id, value});
    return fields;
}

std::string withoutTrailingDot(std::string name)
{
    while (!name.empty() && name.back() == '.')
        name.pop_back();
    return name;
}

std::string dnsNameKey(const std::string& name)
{
    return asciiLower(withoutTrailingDot(name));
}

} // namespace edgeplan
