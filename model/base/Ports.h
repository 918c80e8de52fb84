#pragma once

#include <optional>
#include <string>

namespace edgeplan {

// A single port (first == last) or an inclusive range of ports.
struct PortRange
{
    int first = 0;
    int last = 0;

    bool isRange() const { return first != last; }
    std::string toString() const; // "5061" or "50000-59999"
    bool operator==(const PortRange&) const = default;
};

// Accepts "5061", "50000-59999" and "50,000-59,999" (commas only between
// groups of three digits); nullopt and an English reason in `error` for
// anything else: 0, above 65535, reversed, a sign, a space, a leading zero,
// "1,2", "0x10", "5-", "-5", junk.
std::optional<PortRange> parsePortRange(const std::string& text, std::string* error = nullptr);

enum class Transport { Tcp, Udp, TcpOrUdp };

std::optional<Transport> parseTransport(const std::string& text);
std::string transportName(Transport transport); // "TCP", "UDP", "TCP/UDP"

} // namespace edgeplan
