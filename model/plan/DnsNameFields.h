#pragma once

// The DNS names a plan holds, by the one rule of base/DnsName: where each
// stands, and the check that refuses an edit that would hold anything else.

#include "base/DnsName.h"
#include "plan/Topology.h"

#include <string>
#include <vector>

namespace edgeplan {

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
