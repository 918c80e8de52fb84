#include "base/Address.h"

#include <arpa/inet.h>

#include <algorithm>

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

bool isPrivateAddress(const std::string& text)
{
    unsigned char b[16];
    if (text.size() > 64)
        return false;
    if (inet_pton(AF_INET, text.c_str(), b) == 1)
        return b[0] == 10 || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168);
    if (inet_pton(AF_INET6, text.c_str(), b) == 1)
        return (b[0] & 0xfe) == 0xfc;
    return false;
}

} // namespace edgeplan

namespace edgeplan {

bool sameSubnet(const std::string& a, const std::string& b)
{
    unsigned char x[16] = {};
    unsigned char y[16] = {};
    if (inet_pton(AF_INET, a.c_str(), x) == 1 && inet_pton(AF_INET, b.c_str(), y) == 1)
        return std::equal(x, x + 3, y);
    if (inet_pton(AF_INET6, a.c_str(), x) == 1 && inet_pton(AF_INET6, b.c_str(), y) == 1)
        return std::equal(x, x + 8, y);
    return false;
}

} // namespace edgeplan
