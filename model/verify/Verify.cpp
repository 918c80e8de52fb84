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

} // namespace edgeplan
