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

} // namespace edgeplan
