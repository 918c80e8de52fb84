#include "Ports.h"

#include <cctype>

namespace edgeplan {

namespace {

std::optional<long> parseNumber(const std::string& text)
{
    std::string digits;
    for (char c : text) {
        if (c == ',' || c == ' ')
            continue;
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        digits += c;
        if (digits.size() > 6)
            return std::nullopt;
    }
    if (digits.empty())
        return std::nullopt;
    return std::stol(digits);
}

} // namespace

std::string PortRange::toString() const
{
    return isRange() ? std::to_string(first) + "-" + std::to_string(last) : std::to_string(first);
}

std::optional<PortRange> parsePortRange(const std::string& text, std::string* error)
{
    auto fail = [&](const std::string& why) -> std::optional<PortRange> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto dash = text.find('-');
    const auto first = parseNumber(text.substr(0, dash));
    const auto last = dash == std::string::npos ? first : parseNumber(text.substr(dash + 1));
    if (!first || !last)
        return fail("\"" + text + "\" is not a port or a range of ports");
    for (long port : {*first, *last}) {
        if (port < 1 || port > 65535)
            return fail("port " + std::to_string(port) + " is outside 1-65535");
    }
    if (*last < *first)
        return fail("range \"" + text + "\" ends before it starts");
    return PortRange{static_cast<int>(*first), static_cast<int>(*last)};
}

std::optional<Transport> parseTransport(const std::string& text)
{
    if (text == "TCP")
        return Transport::Tcp;
    if (text == "UDP")
        return Transport::Udp;
    if (text == "TCP/UDP")
        return Transport::TcpOrUdp;
    return std::nullopt;
}

std::string transportName(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return "TCP";
    case Transport::Udp:
        return "UDP";
    case Transport::TcpOrUdp:
        return "TCP/UDP";
    }
    return {};
}

} // namespace edgeplan
