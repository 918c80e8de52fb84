#pragma once

// The one rule for DNS names: what a plan may keep as a name (checked when
// a plan loads and on every edit), what the DNS and certificate exports
// write, and what the verifier may put on the wire. A plan keeps names that
// are DNS names; whether each is fully qualified is a design check
// (name.not-fqdn), since real topologies name machines with one label.

#include "plan/Topology.h"

#include <string>
#include <vector>

namespace edgeplan {

// The property of a role that holds a component's SIP domain.
inline constexpr const char* kSipDomainProperty = "sipDomain";

enum class DnsNameProblem {
    None,
    Empty,        // nothing, or only a dot
    TooLong,      // more than 253 characters
    Space,        // a space or a control character (CR, LF, NUL, ...)
    Character,    // anything else but letters, digits, '-', '_' and '.'
    EmptyLabel,   // "a..b", ".a"
    LabelTooLong, // a label of more than 63 characters
    Hyphen,       // a label that starts or ends with '-'
};

// Letters, digits, hyphens and underscores (SRV names) in labels of 1-63,
// 253 characters at most, one trailing dot allowed, any case. `wildcard`
// admits "*." in front.
DnsNameProblem dnsNameProblem(const std::string& name, bool wildcard = false);
inline bool isDnsName(const std::string& name, bool wildcard = false)
{
    return dnsNameProblem(name, wildcard) == DnsNameProblem::None;
}

// A DNS name of two labels or more (sip.contoso.com).
bool isFqdn(const std::string& name, bool wildcard = false);

// The one normaliser of DNS names. The name as records and certificates
// write it: without its trailing dot ("sip.contoso.com." -> "sip.contoso.com").
std::string withoutTrailingDot(std::string name);
// The form two names are compared in: ASCII lower case (whatever the
// locale), no trailing dot.
std::string dnsNameKey(const std::string& name);
inline bool sameDnsName(const std::string& a, const std::string& b)
{
    return dnsNameKey(a) == dnsNameKey(b);
}

// Throws EditError (name.empty, name.too-long, name.space, name.character,
// name.label-empty, name.label-too-long, name.hyphen) unless the text is a
// DNS name. `what` says what it is ("the FQDN"); the message shows the
// text with its control characters escaped.
void checkDnsName(const std::string& what, const std::string& text);

// A place in a plan that holds a DNS name: its JSON pointer below the
// component or the project's `naming`, what it is, and its value.
struct DnsNameField
{
    std::string pointer; // "fqdn", "interfaces/access-edge/fqdn", "sipDomains/0/name"
    std::string what;    // "the FQDN", "the SIP domain", ...
    std::string value;
};

// Every non-empty DNS name a component holds: its FQDN, its interfaces'
// FQDNs and its SIP domain.
std::vector<DnsNameField> componentDnsNames(const Component& component);
// Every DNS name of the project's naming: SIP domains, internal domain, names.
std::vector<DnsNameField> namingDnsNames(const ProjectNaming& naming);

} // namespace edgeplan
