#include "base/Ports.h"

#include <charconv>
#include <string_view>

namespace edgeplan {

namespace {

bool allDigits(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// A port number as a person writes it: "5061", or with the document's
// thousands separators "50,000" (groups of three digits after the first
// group of one to three). No sign, space, leading zero, or other base.
std::optional<long> parseNumber(std::string_view text)
{
    std::string digits;
    const size_t comma = text.find(',');
    if (comma == std::string_view::npos) {
        if (!allDigits(text))
            return std::nullopt;
        digits = text;
    } else {
        const std::string_view lead = text.substr(0, comma);
        if (!allDigits(lead) || lead.size() > 3)
            return std::nullopt;
        digits = lead;
        for (std::string_view rest = text.substr(comma); !rest.empty(); rest.remove_prefix(4)) {
            if (rest.size() < 4 || rest[0] != ',' || !allDigits(rest.substr(1, 3)))
                return std::nullopt;
            digits += rest.substr(1, 3);
        }
    }
    if (digits.size() > 1 && digits[0] == '0')
        return std::nullopt;
    long value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt; // past a long: above 65535 all the same
    return value;
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
    const std::string_view whole = text;
    const auto dash = whole.find('-');
    const auto first = parseNumber(whole.substr(0, dash));
    const auto last = dash == std::string_view::npos ? first : parseNumber(whole.substr(dash + 1));
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
