#include "verify/Verify.h"

#include "base/Address.h"
#include "naming/DnsRecords.h"
#include "text/XmlText.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace edgeplan {

namespace {

// The SRV service a domain publishes for a rule that ends at one of its
// servers: federation partners find the Access Edge through
// _sipfederationtls._tcp (5061), clients through _sip._tls (443), XMPP
// servers through _xmpp-server._tcp (5269).
std::string srvServiceFor(const Rule& rule)
{
    if (rule.protocol == "SIP (MTLS)")
        return "_sipfederationtls._tcp.";
    if (rule.protocol == "SIP (TLS)")
        return "_sip._tls.";
    if (rule.protocol == "XMPP")
        return "_xmpp-server._tcp.";
    return {};
}

// Where the plan says a component's interface can be reached: the public
// address when NAT is marked, else the address, else the component's FQDN.
std::string targetOf(const Component& component, const std::string& interfaceId)
{
    const auto it = component.interfaces.find(interfaceId);
    if (it != component.interfaces.end()) {
        if (!it->second.natAddress.empty())
            return it->second.natAddress;
        if (!it->second.address.empty())
            return it->second.address;
    }
    return component.fqdn;
}

void addUnique(std::vector<std::string>& list, const std::string& value)
{
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

void addUnique(std::vector<LinkId>& list, LinkId value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

// The DNS probes: first every record of the plan's DNS report (Naming.h),
// so that verifying checks exactly what the report promised; then, for the
// components that publish no records of their own there (federation
// partners, the front end of a catalog without names), their FQDN and the
// SRV records their SIP domain needs for the rules that end at them.
void appendDnsProbes(const Topology& topology, const RuleTables& tables, std::vector<ProbeSpec>& probes)
{
    const std::vector<DnsRecord> records = deriveDnsRecords(topology);
    std::set<ComponentId> reported;
    std::vector<std::string> names; // A/AAAA names, in report order
    std::map<std::string, ProbeSpec> byName;
    for (const DnsRecord& r : records) {
        if (r.type == "SRV" || r.value.empty())
            continue;
        reported.insert(r.component);
        if (const Component* c = topology.component(r.component); c && c->pool.isValid())
            reported.insert(c->pool);
        auto [it, added] = byName.try_emplace(r.name);
        if (added) {
            names.push_back(r.name);
            it->second.kind = ProbeKind::DnsAddress;
            it->second.component = r.component;
            it->second.host = r.name;
            it->second.serverName = r.name;
        }
        addUnique(it->second.expectedAddresses, r.value);
    }
    for (const std::string& name : names)
        probes.push_back(byName[name]);
    for (const DnsRecord& r : records) {
        if (r.type != "SRV")
            continue;
        ProbeSpec probe;
        probe.kind = ProbeKind::DnsSrv;
        probe.host = r.name;
        probe.serverName = r.domain;
        probe.protocol = r.def->service;
        probe.expectedTarget = r.value;
        probe.expectedPort = r.port;
        if (const auto it = byName.find(r.value); it != byName.end())
            probe.component = it->second.component;
        probes.push_back(std::move(probe));
    }

    // The rules that end at each component, in table order.
    std::map<ComponentId, std::vector<const Rule*>> incoming;
    for (const FirewallTable& table : tables.firewalls)
        for (const TableRow& row : table.rows)
            incoming[row.binding.destination].push_back(row.binding.rule);

    for (const auto& [id, component] : topology.components()) {
        if (reported.count(id))
            continue;
        if (!component.fqdn.empty()) {
            ProbeSpec probe;
            probe.kind = ProbeKind::DnsAddress;
            probe.component = id;
            probe.host = withoutTrailingDot(component.fqdn);
            probe.serverName = probe.host;
            for (const auto& [interfaceId, address] : component.interfaces) {
                addUnique(probe.expectedAddresses, address.natAddress);
                addUnique(probe.expectedAddresses, address.address);
            }
            probes.push_back(std::move(probe));
        }
        const std::string domain = withoutTrailingDot(topology.propertyValue(component, kSipDomainProperty));
        if (domain.empty())
            continue;
        std::set<std::string> asked;
        for (const Rule* rule : incoming[id]) {
            const std::string service = srvServiceFor(*rule);
            if (service.empty() || !asked.insert(service).second)
                continue;
            ProbeSpec probe;
            probe.kind = ProbeKind::DnsSrv;
            probe.component = id;
            probe.host = service + domain;
            probe.serverName = domain;
            probe.protocol = rule->protocol;
            probe.expectedTarget = withoutTrailingDot(component.fqdn);
            probe.expectedPort = rule->ports.first;
            probes.push_back(std::move(probe));
        }
    }
}

ProbeKind kindFor(const Rule& rule, NotProbedReason* reason)
{
    if (rule.ports.isRange()) {
        *reason = NotProbedReason::PortRange;
        return ProbeKind::NotProbed;
    }
    if (rule.protocol.rfind("STUN", 0) == 0)
        return ProbeKind::Stun;
    if (rule.transport == Transport::Udp) {
        *reason = NotProbedReason::Udp;
        return ProbeKind::NotProbed;
    }
    if (rule.protocol == "XMPP")
        return ProbeKind::XmppStream;
    if (rule.protocol.find("TLS") != std::string::npos)
        return ProbeKind::Tls;
    return ProbeKind::Tcp;
}

} // namespace

std::string probeKindId(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::DnsSrv: return "dns-srv";
    case ProbeKind::DnsAddress: return "dns-address";
    case ProbeKind::Tcp: return "tcp";
    case ProbeKind::Tls: return "tls";
    case ProbeKind::SipOptions: return "sip-options";
    case ProbeKind::XmppStream: return "xmpp";
    case ProbeKind::Stun: return "stun";
    case ProbeKind::NotProbed: return "not-probed";
    }
    return "not-probed";
}

std::vector<ProbeSpec> planProbes(const Topology& topology, const RuleTables& tables)
{
    std::vector<ProbeSpec> probes;
    appendDnsProbes(topology, tables, probes);

    // One probe per (kind, host, port, name); rows that repeat one share it.
    std::map<std::tuple<ProbeKind, std::string, int, std::string, std::string>, size_t> seen;
    auto add = [&](ProbeSpec probe, const TableRow& row) {
        const auto key = std::make_tuple(probe.kind, probe.host, probe.port, probe.serverName,
                                         probe.kind == ProbeKind::NotProbed ? row.binding.rule->id : std::string());
        const auto [it, inserted] = seen.emplace(key, probes.size());
        if (inserted)
            probes.push_back(std::move(probe));
        ProbeSpec& shared = probes[it->second];
        addUnique(shared.ruleIds, row.binding.rule->id);
        addUnique(shared.links, row.binding.link);
    };

    for (const FirewallTable& table : tables.firewalls) {
        for (const TableRow& row : table.rows) {
            const Rule& rule = *row.binding.rule;
            const Component* destination = topology.component(row.binding.destination);
            if (!destination)
                continue;
            ProbeSpec probe;
            probe.component = destination->id;
            probe.host = targetOf(*destination, rule.to.interfaceId);
            probe.port = row.binding.ports.first;
            probe.lastPort = row.binding.ports.last;
            probe.transport = transportName(rule.transport);
            probe.protocol = rule.protocol;
            probe.serverName = withoutTrailingDot(destination->fqdn);
            probe.kind = kindFor(rule, &probe.reason);
            if (probe.host.empty() && probe.kind != ProbeKind::NotProbed) {
                probe.kind = ProbeKind::NotProbed;
                probe.reason = NotProbedReason::NoTarget;
            }
            if (probe.kind == ProbeKind::XmppStream) {
                // The stream header names the domain the partner serves.
                const std::string domain = topology.propertyValue(*destination, kSipDomainProperty);
                if (!domain.empty())
                    probe.serverName = withoutTrailingDot(domain);
            }
            const bool sip = probe.kind == ProbeKind::Tls && rule.protocol.rfind("SIP", 0) == 0;
            if (sip) {
                ProbeSpec options = probe;
                options.kind = ProbeKind::SipOptions;
                add(probe, row);
                add(std::move(options), row);
            } else {
                add(std::move(probe), row);
            }
        }
    }
    return probes;
}

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
