#include "export/FirewallConfigExport.h"

#include "base/Address.h"
#include "text/Utf8.h"

#include <map>
#include <set>

namespace edgeplan {

namespace {

std::string oneLine(const std::string& text)
{
    std::string out;
    for (char c : text)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    return out;
}

std::vector<std::string> transports(const RowView& row)
{
    if (row.transport == "TCP/UDP")
        return {"tcp", "udp"};
    return {row.transport == "UDP" ? "udp" : "tcp"};
}

bool isAny(const std::string& address)
{
    return !isValidAddress(address);
}

std::vector<const FirewallTable*> selectedTables(const RuleTables& tables, const ExportOptions& options)
{
    std::vector<const FirewallTable*> result;
    for (const FirewallTable& table : tables.firewalls)
        if (options.firewallId.empty() || table.firewall->id == options.firewallId)
            result.push_back(&table);
    return result;
}

std::string commentBlock(const Topology& topology, Lang lang, const std::string& prefix)
{
    std::string out;
    for (const std::string& line : generatedNotice(topology, lang))
        out += prefix + oneLine(line) + "\n";
    return out;
}

} // namespace

std::string identifier(const std::string& text, const std::string& allowed, size_t max)
{
    std::string out;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        allowed.find(c) != std::string::npos;
        out += ok ? c : '_';
    }
    if (out.empty() || (out[0] >= '0' && out[0] <= '9'))
        out = "x" + out;
    return out.substr(0, max);
}

std::string nftComment(const std::string& text)
{
    std::string out;
    for (char c : oneLine(text))
        out += (c == '"' || c == '\\') ? '\'' : c;
    return cutUtf8(out, 120);
}

std::string powershellQuote(const std::string& text)
{
    // PowerShell also closes a single-quoted string on the typographic
    // quotes U+2018..U+201B, so each of those is doubled like '.
    std::string out = "'";
    const std::string line = oneLine(text);
    for (size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == '\'') {
            out += "''";
        } else if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(line[i + 2]) >= 0x98 &&
                   static_cast<unsigned char>(line[i + 2]) <= 0x9B) {
            out += line.substr(i, 3) + line.substr(i, 3);
            i += 2;
        } else {
            out += line[i];
        }
    }
    return out + "'";
}

std::string exportNftables(const Topology& topology, const ExportOptions& options)
{
    const RuleTables tables = deriveTables(topology);
    const auto rows = exportRows(topology, tables, options);
    std::string out = "#!/usr/sbin/nft -f\n" + commentBlock(topology, options.lang, "# ");
    out += "# Regular chains: jump to them from your forward chain, e.g.\n"
           "#   iifname \"outside\" jump external_inbound\n\n";
    out += "table inet edgeplan {\n";
    for (const FirewallTable* table : selectedTables(tables, options)) {
        for (const char* direction : {"inbound", "outbound"}) {
            const std::string chain = identifier(table->firewall->id, "_", 48) + "_" + direction;
            out += "\tchain " + chain + " {\n";
            out += "\t\t# " + oneLine(table->firewall->name.text(options.lang)) + " (" + direction + ")\n";
            for (const RowView& row : rows) {
                if (row.firewallId != table->firewall->id || row.directionId != direction)
                    continue;
                out += "\t\t# " + std::to_string(row.number) + ". " + oneLine(row.reference) + ": " +
                       oneLine(row.source.component) + " -> " + oneLine(row.destination.component) + "\n";
                std::string match;
                const std::string& src = row.source.address;
                const std::string& dst = row.destination.address;
                const AddressKind srcKind = addressKind(src);
                const AddressKind dstKind = addressKind(dst);
                if (srcKind != AddressKind::Invalid && dstKind != AddressKind::Invalid &&
                    srcKind != dstKind) {
                    out += "\t\t# skipped: the source and destination are of different IP versions\n";
                    continue;
                }
                if (srcKind != AddressKind::Invalid)
                    match += (srcKind == AddressKind::IPv4 ? "ip saddr " : "ip6 saddr ") + src + " ";
                if (dstKind != AddressKind::Invalid)
                    match += (dstKind == AddressKind::IPv4 ? "ip daddr " : "ip6 daddr ") + dst + " ";
                std::string ports = row.ports;
                if (ports.find(',') != std::string::npos) {
                    std::string set;
                    for (char c : ports)
                        if (c != ' ')
                            set += c;
                    ports = "{ " + set + " }";
                    for (size_t p = 0; (p = ports.find(',', p)) != std::string::npos; p += 2)
                        ports.replace(p, 1, ", ");
                }
                const auto protos = transports(row);
                if (protos.size() == 2)
                    match += "meta l4proto { tcp, udp } th dport " + ports;
                else
                    match += protos[0] + " dport " + ports;
                std::string ruleId;
                for (const std::string& id : row.ruleIds)
                    ruleId += (ruleId.empty() ? "" : " ") + id;
                out += "\t\t" + match + " accept comment \"" +
                       nftComment(ruleId + " " + row.protocol) + "\"\n";
            }
            out += "\t}\n";
        }
    }
    out += "}\n";
    return out;
}

std::string exportPowershell(const Topology& topology, const ExportOptions& options)
{
    const Catalog& catalog = topology.catalog();
    const RuleTables tables = deriveTables(topology);
    // A zone with a firewall on each side holds the hosts whose own firewall we configure.
    std::set<std::string> guarded;
    for (const Zone& zone : catalog.zones) {
        bool inner = false;
        bool outer = false;
        for (const Firewall& fw : catalog.firewalls) {
            inner = inner || fw.outerZone == zone.id;
            outer = outer || fw.innerZone == zone.id;
        }
        if (inner && outer)
            guarded.insert(zone.id);
    }
    ExportOptions all = options;
    all.firewallId.clear();
    const auto rows = exportRows(topology, tables, all);
    std::string out = commentBlock(topology, options.lang, "# ");
    out += "# Windows Firewall rules for the host firewall of each server in the perimeter network.\n"
           "# Run in an elevated PowerShell on the server named in each section.\n"
           "#Requires -Modules NetSecurity\n\n";
    std::set<std::string> written;
    for (const auto& [id, component] : topology.components()) {
        if (!guarded.count(component.zone))
            continue;
        out += "# --- " + oneLine(component.name) + " ---\n";
        for (const RowView& row : rows) {
            const bool inbound = row.destination.id == id;
            if (!inbound && row.source.id != id)
                continue;
            // A rule crosses both firewalls around the host: write it once.
            const std::string key = std::to_string(id.value) + row.ruleIds.front() +
                                    std::to_string(row.source.id.value) +
                                    std::to_string(row.destination.id.value);
            if (!written.insert(key).second)
                continue;
            const std::string& remote = inbound ? row.source.address : row.destination.address;
            for (const std::string& proto : transports(row)) {
                // Numbered as the firewall's table numbers the row.
                std::string name = "Edgeplan " + row.firewallName + " " + std::to_string(row.number) + " (" +
                                   row.ruleIds.front() + "): " + row.protocol + " " +
                                   (inbound ? "from " + row.source.component
                                            : "to " + row.destination.component);
                if (transports(row).size() == 2)
                    name += " " + proto;
                std::string ports;
                for (char c : row.ports)
                    if (c != ' ')
                        ports += c;
                out += "New-NetFirewallRule -DisplayName " + powershellQuote(name) +
                       " -Direction " + (inbound ? "Inbound" : "Outbound") + " -Protocol " +
                       (proto == "tcp" ? "TCP" : "UDP") + (inbound ? " -LocalPort " : " -RemotePort ") +
                       powershellQuote(ports) + " -RemoteAddress " +
                       powershellQuote(isAny(remote) ? "Any" : remote) + " -Action Allow -Description " +
                       powershellQuote(row.note + " (" + row.reference + ")") + "\n";
            }
        }
        out += "\n";
    }
    return out;
}

std::string exportAsa(const Topology& topology, const ExportOptions& options)
{
    const RuleTables tables = deriveTables(topology);
    const auto rows = exportRows(topology, tables, options);
    std::string out = commentBlock(topology, options.lang, "! ");
    // One network object-group per component, holding the addresses the rules use.
    std::map<ComponentId, std::set<std::string>> addresses;
    std::map<ComponentId, std::string> groupNames;
    std::set<std::string> taken;
    for (const RowView& row : rows)
        for (const EndpointView* end : {&row.source, &row.destination})
            if (!isAny(end->address))
                addresses[end->id].insert(end->address);
    for (const auto& [id, set] : addresses) {
        const Component* component = topology.component(id);
        std::string name = identifier("EP_" + (component ? component->name : "host"), "_-.", 56);
        for (int n = 2; !taken.insert(name).second; ++n)
            name = identifier("EP_" + (component ? component->name : "host"), "_-.", 52) + "_" +
                   std::to_string(n);
        groupNames[id] = name;
        out += "object-group network " + name + "\n";
        if (component)
            out += " description " + cutUtf8(oneLine(component->name), 200) + "\n";
        for (const std::string& address : set)
            out += " network-object host " + address + "\n";
    }
    out += "!\n";
    auto end = [&](const EndpointView& e) {
        return isAny(e.address) ? std::string("any") : "object-group " + groupNames[e.id];
    };
    for (const FirewallTable* table : selectedTables(tables, options)) {
        for (const char* direction : {"inbound", "outbound"}) {
            // Inbound traffic arrives on the firewall's outside interface.
            const std::string list = identifier(table->firewall->id, "_-", 40) +
                                     (std::string(direction) == "inbound" ? "_outside_in" : "_inside_in");
            bool any = false;
            for (const RowView& row : rows) {
                if (row.firewallId != table->firewall->id || row.directionId != direction)
                    continue;
                any = true;
                out += "access-list " + list + " remark " +
                       cutUtf8(oneLine(std::to_string(row.number) + ". " + row.ruleIds.front() + " " +
                                       row.protocol + " " + row.reference),
                               100) +
                       "\n";
                std::vector<std::string> portSpecs;
                std::string current;
                for (char c : row.ports + ",") {
                    if (c == ',') {
                        const auto dash = current.find('-');
                        portSpecs.push_back(dash == std::string::npos
                                                ? "eq " + current
                                                : "range " + current.substr(0, dash) + " " +
                                                      current.substr(dash + 1));
                        current.clear();
                    } else if (c != ' ') {
                        current += c;
                    }
                }
                for (const std::string& proto : transports(row))
                    for (const std::string& spec : portSpecs)
                        out += "access-list " + list + " extended permit " + proto + " " +
                               end(row.source) + " " + end(row.destination) + " " + spec + "\n";
            }
            if (any)
                out += "!\n";
        }
    }
    return out;
}

} // namespace edgeplan
