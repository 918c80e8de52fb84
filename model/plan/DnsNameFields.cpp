#include "plan/DnsNameFields.h"

#include "text/TerminalText.h"

namespace edgeplan {

namespace {

// A key as a JSON pointer writes it (RFC 6901).
std::string pointerKey(const std::string& key)
{
    std::string out;
    for (const char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

} // namespace

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

} // namespace edgeplan
