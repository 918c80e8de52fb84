#pragma once

// The one rule for DNS names: what a plan may keep as a name (checked when
// a plan loads and on every edit), what the DNS and certificate exports
// write, and what the verifier may put on the wire. A plan keeps names that
// are DNS names; whether each is fully qualified is a design check
// (name.not-fqdn), since real topologies name machines with one label. The
// places of a plan that hold names, and the check of an edit, stand in
// plan/DnsNameFields.

#include <string>

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

} // namespace edgeplan
