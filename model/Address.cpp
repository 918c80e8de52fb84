#include "Address.h"

#include <arpa/inet.h>

namespace edgeplan {

AddressKind addressKind(const std::string& text)
{
    unsigned char buffer[16];
    if (text.empty() || text.size() > 64)
        return AddressKind::Invalid;
    if (inet_pton(AF_INET, text.c_str(), buffer) == 1)
        return AddressKind::IPv4;
    if (inet_pton(AF_INET6, text.c_str(), buffer) == 1)
        return AddressKind::IPv6;
    return AddressKind::Invalid;
}

} // namespace edgeplan
