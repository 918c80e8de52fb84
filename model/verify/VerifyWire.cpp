// The bytes of the requests `verify` writes itself and of the answers it
// reads (Verify.h): STUN Binding, SIP OPTIONS, the XMPP stream header. The
// probe plan is in Verify.cpp.
#include "verify/Verify.h"

#include "base/Address.h"
#include "naming/DnsRecords.h"
#include "text/XmlText.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace edgeplan {

bool isWireHost(const std::string& value)
{
    return isDnsName(value) || isValidAddress(value);
}

// --- STUN -------------------------------------------------------------------

namespace {

constexpr std::uint32_t kMagicCookie = 0x2112A442;

int read16(const std::string& b, size_t at)
{
    return (std::uint8_t(b[at]) << 8) | std::uint8_t(b[at + 1]);
}

std::string ipv4(const std::uint8_t* a)
{
    return std::to_string(a[0]) + "." + std::to_string(a[1]) + "." + std::to_string(a[2]) + "." +
           std::to_string(a[3]);
}

// RFC 5952 text of an IPv6 address: lower-case hex, the longest run of zero
// groups (two or more) shortened to "::".
std::string ipv6(const std::uint8_t* a)
{
    int groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = (a[2 * i] << 8) | a[2 * i + 1];
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        std::string group;
        int v = groups[i];
        do {
            group.insert(group.begin(), hex[v & 0xf]);
            v >>= 4;
        } while (v);
        out += group;
    }
    return out;
}

std::nullopt_t failed(std::string* error, const std::string& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::string stunBindingRequest(const StunTransactionId& transaction)
{
    std::string message(20, '\0');
    message[0] = 0x00; // Binding Request
    message[1] = 0x01;
    // Message length 0: no attributes.
    message[4] = char((kMagicCookie >> 24) & 0xff);
    message[5] = char((kMagicCookie >> 16) & 0xff);
    message[6] = char((kMagicCookie >> 8) & 0xff);
    message[7] = char(kMagicCookie & 0xff);
    std::copy(transaction.begin(), transaction.end(), message.begin() + 8);
    return message;
}

std::optional<StunResponse> parseStunResponse(const std::string& bytes, const StunTransactionId& transaction,
                                              std::string* error)
{
    if (bytes.size() < 20)
        return failed(error, "shorter than a STUN header");
    const int type = read16(bytes, 0);
    const size_t length = size_t(read16(bytes, 2));
    const std::uint32_t cookie = (std::uint32_t(std::uint8_t(bytes[4])) << 24) |
                                 (std::uint32_t(std::uint8_t(bytes[5])) << 16) |
                                 (std::uint32_t(std::uint8_t(bytes[6])) << 8) | std::uint8_t(bytes[7]);
    if (cookie != kMagicCookie)
        return failed(error, "no STUN magic cookie");
    if (!std::equal(transaction.begin(), transaction.end(), bytes.begin() + 8,
                    [](std::uint8_t id, char byte) { return id == std::uint8_t(byte); }))
        return failed(error, "another transaction id");
    if (length % 4 != 0 || 20 + length > bytes.size())
        return failed(error, "the message length does not match the datagram");
    if (type != 0x0101 && type != 0x0111)
        return failed(error, "not a Binding response");

    StunResponse response;
    response.success = type == 0x0101;
    bool haveXor = false;
    for (size_t at = 20; at + 4 <= 20 + length;) {
        const int attribute = read16(bytes, at);
        const size_t attributeLength = size_t(read16(bytes, at + 2));
        const size_t value = at + 4;
        if (value + attributeLength > 20 + length)
            return failed(error, "an attribute runs past the message");
        const auto* v = reinterpret_cast<const std::uint8_t*>(bytes.data() + value);
        const bool mapped = attribute == 0x0001 || attribute == 0x0020;
        if (mapped && attributeLength >= 8 && (!haveXor || attribute == 0x0020)) {
            const bool xored = attribute == 0x0020;
            const int family = v[1];
            int port = (v[2] << 8) | v[3];
            if (xored)
                port ^= int(kMagicCookie >> 16);
            std::uint8_t address[16];
            const size_t addressLength = family == 0x01 ? 4 : family == 0x02 ? 16 : 0;
            if (addressLength == 0 || attributeLength < 4 + addressLength)
                return failed(error, "a mapped address of unknown family");
            for (size_t i = 0; i < addressLength; ++i) {
                // XOR with the cookie, then (IPv6) with the transaction id.
                std::uint8_t mask = 0;
                if (xored)
                    mask = i < 4 ? std::uint8_t(kMagicCookie >> (24 - 8 * i)) : transaction[i - 4];
                address[i] = v[4 + i] ^ mask;
            }
            response.mappedAddress = addressLength == 4 ? ipv4(address) : ipv6(address);
            response.mappedPort = port;
            haveXor = haveXor || xored;
        } else if (attribute == 0x0009 && attributeLength >= 4) {
            response.errorCode = (v[2] & 0x7) * 100 + v[3];
        }
        at = value + ((attributeLength + 3) & ~size_t(3));
    }
    return response;
}

// --- SIP --------------------------------------------------------------------

namespace {

// RFC 3261 25.1 token characters.
bool isSipToken(const std::string& value)
{
    static const std::string marks = "-.!%*_+`'~";
    return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               marks.find(c) != std::string::npos;
    });
}

// An IPv6 address takes brackets in a SIP URI and a Via.
std::string sipHost(const std::string& host)
{
    return addressKind(host) == AddressKind::IPv6 ? "[" + host + "]" : host;
}

} // namespace

std::optional<std::string> sipOptionsRequest(const SipOptionsParams& p, std::string* refused)
{
    for (const std::string* host : {&p.host, &p.localHost})
        if (!isWireHost(*host))
            return failed(refused, *host);
    for (const std::string* token : {&p.branch, &p.callId, &p.tag})
        if (!isSipToken(*token))
            return failed(refused, *token);
    const std::string target = "sip:" + sipHost(p.host) + ":" + std::to_string(p.port) + ";transport=tls";
    const std::string local = sipHost(p.localHost) + ":" + std::to_string(p.localPort);
    std::string r;
    r += "OPTIONS " + target + " SIP/2.0\r\n";
    r += "Via: SIP/2.0/TLS " + local + ";branch=z9hG4bK" + p.branch + "\r\n";
    r += "Max-Forwards: 70\r\n";
    r += "From: <sip:edgeplan@" + sipHost(p.localHost) + ">;tag=" + p.tag + "\r\n";
    r += "To: <" + target + ">\r\n";
    r += "Call-ID: " + p.callId + "\r\n";
    r += "CSeq: 1 OPTIONS\r\n";
    r += "Contact: <sip:edgeplan@" + local + ";transport=tls>\r\n";
    r += "Accept: application/sdp\r\n";
    r += "User-Agent: Edgeplan verify\r\n";
    r += "Content-Length: 0\r\n\r\n";
    return r;
}

std::optional<std::string> sipStatusLine(const std::string& received)
{
    const auto end = received.find("\r\n");
    if (end == std::string::npos)
        return std::nullopt;
    return received.substr(0, std::min<size_t>(end, 8192));
}

int sipStatusCode(const std::string& statusLine)
{
    if (statusLine.rfind("SIP/2.0 ", 0) != 0 || statusLine.size() < 11)
        return 0;
    int code = 0;
    for (size_t i = 8; i < 11; ++i) {
        if (statusLine[i] < '0' || statusLine[i] > '9')
            return 0;
        code = code * 10 + (statusLine[i] - '0');
    }
    return code;
}

// --- XMPP -------------------------------------------------------------------

std::optional<std::string> xmppStreamHeader(const std::string& to, const std::string& from, std::string* refused)
{
    if (!isWireHost(to))
        return failed(refused, to);
    if (!from.empty() && !isWireHost(from))
        return failed(refused, from);
    std::string header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                         "xmlns:stream='http://etherx.jabber.org/streams'";
    if (!from.empty())
        header += " from='" + xmlEscape(from) + "'";
    header += " to='" + xmlEscape(to) + "' version='1.0'>";
    return header;
}

} // namespace edgeplan
