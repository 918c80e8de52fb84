#pragma once

// What `verify` probes, chosen from the plan: which host and port each rule of
// the firewall tables names, which DNS records the plan implies, and the bytes
// of the requests that are simple enough to write here (STUN, SIP OPTIONS, the
// XMPP stream header). The sockets themselves are the views' business (Qt
// Network); this part is plain C++ so that it can be tested without a network.

#include "base/DnsName.h"
#include "rules/RuleEngine.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace edgeplan {

enum class ProbeKind {
    DnsSrv,     // an SRV record a SIP domain needs, compared with the plan
    DnsAddress, // the A and AAAA records of an FQDN, compared with the plan
    Tcp,        // connect: open, refused or no answer
    Tls,        // handshake: protocol, certificate, names
    SipOptions, // OPTIONS over TLS: the status line
    XmppStream, // server-to-server stream header: does it offer STARTTLS
    Stun,       // Binding Request over UDP: the mapped address
    NotProbed,  // listed so that the user sees why not
};

std::string probeKindId(ProbeKind kind); // "dns-srv", "tcp", "sip-options", ...

// Why a rule is listed but not probed.
enum class NotProbedReason {
    None,
    PortRange, // RTP ranges: no listener answers there
    NoTarget,  // the destination has neither an address nor an FQDN
    Udp,       // a UDP protocol with no probe of its own
};

struct ProbeSpec
{
    ProbeKind kind = ProbeKind::NotProbed;
    NotProbedReason reason = NotProbedReason::None;
    std::vector<std::string> ruleIds; // the rules this probe stands for; empty for DNS
    std::vector<LinkId> links;        // the links those rules ride on
    ComponentId component;            // the destination, or the component whose name is looked up
    std::string host;                 // the address (or FQDN) to contact, or the DNS name to look up
    int port = 0;
    int lastPort = 0;                 // the end of a port range; == port for one port
    std::string transport;            // "TCP" or "UDP"
    std::string protocol;             // the rule's protocol as the document writes it
    std::string serverName;           // the name the plan uses for the host (TLS name check, XMPP to=)

    // DNS probes: what the plan says the answer should be.
    std::string expectedTarget; // SRV target host, without the trailing dot; empty: unknown
    int expectedPort = 0;       // SRV port
    std::vector<std::string> expectedAddresses; // A/AAAA: any of these

    bool operator==(const ProbeSpec&) const = default;
};

// Every probe the plan calls for: first the DNS records (the plan's DNS
// report, then the FQDNs and SRV records of the components the report does
// not cover, such as federation partners), then one probe per distinct target of the firewall
// tables' rows in table order. Rows that share kind, host, port and name share
// one probe, so that no server is asked twice. Targets are only the addresses
// and names that the plan itself gives: the NAT (public) address of an
// interface when set, else its address, else the component's FQDN.
std::vector<ProbeSpec> planProbes(const Topology& topology, const RuleTables& tables);

// Whether a value may stand for a host in a protocol message, a TLS server
// name or a DNS query: a DNS name (DnsName.h) or a literal IPv4 or IPv6
// address. No control character, space, '<', '@' or ':' outside an address.
bool isWireHost(const std::string& value);

// --- STUN (RFC 5389) --------------------------------------------------------

using StunTransactionId = std::array<std::uint8_t, 12>;

// A Binding Request: type 0x0001, no attributes, the magic cookie 0x2112A442.
std::string stunBindingRequest(const StunTransactionId& transaction);

struct StunResponse
{
    bool success = false;         // a Binding Success Response (0x0101)
    int errorCode = 0;            // from ERROR-CODE in an error response
    std::string mappedAddress;    // from XOR-MAPPED-ADDRESS, else MAPPED-ADDRESS
    int mappedPort = 0;
};

// nullopt, with a reason in `error`, when the bytes are not a STUN response to
// this transaction (too short, wrong cookie, another transaction id, bad
// attribute lengths).
std::optional<StunResponse> parseStunResponse(const std::string& bytes, const StunTransactionId& transaction,
                                              std::string* error = nullptr);

// --- SIP --------------------------------------------------------------------

struct SipOptionsParams
{
    std::string host;      // the Request-URI host: the name the plan uses, else the address
    int port = 5061;
    std::string localHost; // this end's address for Via and From
    int localPort = 0;
    std::string branch;    // the Via branch after the magic cookie z9hG4bK
    std::string callId;
    std::string tag;
};

// An OPTIONS request over TLS (RFC 3261 section 11), with every mandatory
// header. Nullopt, with the value in `refused`, when a host is not a wire
// host or the branch, Call-ID or tag holds other than token characters:
// nothing from a plan can add a header or a message.
std::optional<std::string> sipOptionsRequest(const SipOptionsParams& params, std::string* refused = nullptr);

// The status line ("SIP/2.0 200 OK") once the first line of a response has
// arrived; nullopt while it has not. Stops looking after 8 KiB.
std::optional<std::string> sipStatusLine(const std::string& received);

// The status code of a status line, 0 when it is not one.
int sipStatusCode(const std::string& statusLine);

// --- XMPP -------------------------------------------------------------------

// The initial stream header of a server-to-server stream (RFC 6120 4.2),
// the names escaped for XML attributes. Nullopt, with the value in
// `refused`, when `to` or a non-empty `from` is not a wire host.
std::optional<std::string> xmppStreamHeader(const std::string& to, const std::string& from,
                                            std::string* refused = nullptr);

} // namespace edgeplan
