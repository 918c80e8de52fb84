#pragma once

#include <string>

namespace edgeplan {

enum class AddressKind { Invalid, IPv4, IPv6 };

// Classifies a literal IPv4 or IPv6 address (no names, no prefixes).
AddressKind addressKind(const std::string& text);
inline bool isValidAddress(const std::string& text)
{
    return addressKind(text) != AddressKind::Invalid;
}

// Whether the address lies in a private range that the Internet cannot
// route to: 10/8, 172.16/12, 192.168/16 (RFC 1918) or fc00::/7 (RFC 4193).
bool isPrivateAddress(const std::string& text);

} // namespace edgeplan

namespace edgeplan {

// Whether two addresses of the same family share a network, taken as the
// customary /24 for IPv4 and /64 for IPv6 (the plan holds no prefix lengths).
bool sameSubnet(const std::string& a, const std::string& b);

} // namespace edgeplan
