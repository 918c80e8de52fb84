#include "export/NamingExport.h"

#include "export/TableExport.h"
#include "naming/Naming.h"
#include "text/AsciiText.h"
#include "text/TerminalText.h"

#include <map>
#include <set>

namespace edgeplan {

namespace {

std::string componentName(const Topology& topology, ComponentId id)
{
    const Component* c = topology.component(id);
    return c ? c->name : std::string();
}

std::string joined(const std::vector<std::string>& items, const std::string& separator)
{
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string csvLine(const std::vector<std::string>& cells)
{
    std::string line;
    for (size_t i = 0; i < cells.size(); ++i)
        line += (i ? "," : "") + csvCell(cells[i]);
    return line + "\r\n";
}

// The zone a name belongs to: the longest domain of the location that ends
// it, else the name without its first label.
std::string zoneOf(const std::string& name, const std::vector<std::string>& zones)
{
    std::string best;
    const std::string n = asciiLower(name);
    for (const std::string& zone : zones) {
        const std::string z = asciiLower(zone);
        if ((n == z || (n.size() > z.size() && n.compare(n.size() - z.size(), z.size(), z) == 0 &&
                        n[n.size() - z.size() - 1] == '.')) &&
            z.size() > best.size())
            best = z;
    }
    if (!best.empty())
        return best;
    const size_t dot = n.find('.');
    return dot == std::string::npos ? n : n.substr(dot + 1);
}

// Text for a comment line of a zone or configuration file: no line breaks
// or other control characters that would end the comment.
std::string commentText(const std::string& text)
{
    std::string out = text;
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return out;
}

void requireFqdn(const std::string& name, const std::string& what, bool wildcard = false)
{
    if (!isFqdn(name, wildcard))
        throw ExportError(what + ": \u201c" + terminalText(name) + "\u201d is not a fully qualified DNS name");
}

} // namespace

TextTable dnsTable(const Topology& topology, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    TextTable table;
    table.headers = ja ? std::vector<std::string>{"場所", "種類", "名前", "値", "ポート", "優先度", "重み",
                                                  "コンポーネント", "SIP ドメイン", "理由", "参照"}
                       : std::vector<std::string>{"Location", "Type", "Name", "Value", "Port", "Priority",
                                                  "Weight", "Component", "SIP domain", "Reason", "Reference"};
    for (const DnsRecord& r : deriveDnsRecords(topology)) {
        const bool srv = r.type == "SRV";
        table.rows.push_back({dnsLocationName(r.location, lang), r.type, r.name,
                              r.value.empty() ? (ja ? "(アドレスなし)" : "(no address)") : r.value,
                              srv ? std::to_string(r.port) : "", srv ? std::to_string(r.priority) : "",
                              srv ? std::to_string(r.weight) : "", componentName(topology, r.component), r.domain,
                              r.def->reason.text(lang), referenceText(r.def->reference, lang)});
    }
    return table;
}

TextTable certificateTable(const Topology& topology, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    TextTable table;
    table.headers = ja ? std::vector<std::string>{"証明書", "コンポーネント", "保持するサーバー", "サブジェクト名",
                                                  "サブジェクトの別名 (SAN)", "証明機関", "キー使用法",
                                                  "拡張キー使用法", "コメント", "参照"}
                       : std::vector<std::string>{"Certificate", "Component", "Held by", "Subject name",
                                                  "Subject alternative names", "Certificate authority",
                                                  "Key usage", "Extended key usage", "Comments", "Reference"};
    for (const CertificateEntry& cert : deriveCertificates(topology)) {
        std::vector<std::string> holders;
        for (const ComponentId id : cert.holders)
            holders.push_back(componentName(topology, id));
        table.rows.push_back({cert.def->name.text(lang), componentName(topology, cert.component),
                              joined(holders, "; "), cert.subject,
                              cert.alternativeNames.empty() ? (ja ? "SAN 必要なし" : "No SAN required")
                                                            : joined(cert.alternativeNames, "; "),
                              authorityName(cert.def->authority, lang), joined(cert.def->keyUsage, ", "),
                              joined(cert.def->extendedKeyUsage, ", "), cert.def->note.text(lang),
                              referenceText(cert.def->reference, lang)});
    }
    return table;
}

namespace {

std::string csvTable(const TextTable& table)
{
    std::string out = "\xEF\xBB\xBF" + csvLine(table.headers);
    for (const auto& row : table.rows)
        out += csvLine(row);
    return out;
}

} // namespace

std::string exportDnsCsv(const Topology& topology, Lang lang)
{
    return csvTable(dnsTable(topology, lang));
}

std::string exportCertificatesCsv(const Topology& topology, Lang lang)
{
    return csvTable(certificateTable(topology, lang));
}

std::vector<ExportFile> exportDnsZones(const Topology& topology)
{
    const std::vector<DnsRecord> records = deriveDnsRecords(topology);
    std::vector<std::string> zones;
    for (const SipDomain& domain : effectiveSipDomains(topology))
        zones.push_back(withoutTrailingDot(domain.name));
    if (!internalDomain(topology).empty())
        zones.push_back(internalDomain(topology));
    for (const std::string& zone : zones)
        requireFqdn(zone, "DNS zone");
    // Zones in the order their first record comes.
    std::vector<std::pair<DnsLocation, std::string>> order;
    std::map<std::pair<DnsLocation, std::string>, std::vector<const DnsRecord*>> byZone;
    for (const DnsRecord& r : records) {
        requireFqdn(r.name, "DNS record " + r.def->id);
        if (r.type == "SRV")
            requireFqdn(r.value, "DNS record " + r.def->id + " (target)");
        const auto key = std::make_pair(r.location, zoneOf(r.name, zones));
        if (!byZone.count(key))
            order.push_back(key);
        byZone[key].push_back(&r);
    }
    std::vector<ExportFile> files;
    for (const auto& key : order) {
        const std::string& zone = key.second;
        std::string out;
        for (const std::string& line : generatedNotice(topology, Lang::En))
            out += "; " + commentText(line) + "\n";
        out += "; " + dnsLocationName(key.first, Lang::En) + " DNS zone " + zone +
               ". The SOA and NS records and ns-placeholder are placeholders:\n"
               "; replace them with the zone's real name servers before loading it.\n";
        out += "$ORIGIN " + zone + ".\n$TTL 3600\n";
        out += "@\tIN\tSOA\tns-placeholder." + zone + ". hostmaster." + zone +
               ". ( 1 3600 900 1209600 3600 )\n";
        out += "@\tIN\tNS\tns-placeholder." + zone + ".\n";
        out += "ns-placeholder\tIN\tA\t192.0.2.53 ; TEST-NET-1, a placeholder\n\n";
        for (const DnsRecord* r : byZone[key]) {
            const std::string name = asciiLower(r->name);
            const std::string owner = name == zone ? "@" : name.substr(0, name.size() - zone.size() - 1);
            out += "; " + commentText(r->def->reason.en + " (" + referenceText(r->def->reference, Lang::En) + ")") + "\n";
            if (r->type == "SRV")
                out += owner + "\tIN\tSRV\t" + std::to_string(r->priority) + " " + std::to_string(r->weight) +
                       " " + std::to_string(r->port) + " " + asciiLower(r->value) + ".\n";
            else if (r->value.empty())
                out += "; " + owner + "\tIN\tA\t" +
                       commentText("(the plan has no address for " + componentName(topology, r->component) + " yet)") + "\n";
            else
                out += owner + "\tIN\t" + r->type + "\t" + r->value + "\n";
        }
        files.push_back({std::string(dnsLocationId(key.first)) + "-" + zone + ".zone", out});
    }
    return files;
}

std::vector<ExportFile> exportOpensslConfigs(const Topology& topology)
{
    std::vector<ExportFile> files;
    std::set<std::string> taken;
    for (const CertificateEntry& cert : deriveCertificates(topology)) {
        const std::string what = "certificate " + cert.def->id + " of " + componentName(topology, cert.component);
        requireFqdn(cert.subject, what + " (subject)");
        for (const std::string& san : cert.alternativeNames)
            requireFqdn(san, what + " (alternative name)", true);
        std::string base = cert.def->id + "-" + dnsLabel(componentName(topology, cert.component));
        std::string name = base;
        for (int n = 2; !taken.insert(name).second; ++n)
            name = base + "-" + std::to_string(n);
        std::string out;
        for (const std::string& line : generatedNotice(topology, Lang::En))
            out += "# " + commentText(line) + "\n";
        out += "# " + commentText(cert.def->name.en + " (" + authorityName(cert.def->authority, Lang::En) + "): " +
                                  cert.def->note.en) + "\n";
        out += "# openssl req -new -config " + name + ".cnf -out " + name + ".csr\n\n";
        out += "[ req ]\nprompt = no\ndefault_bits = 2048\ndefault_md = sha256\nencrypt_key = no\n";
        out += "default_keyfile = " + name + ".key\n";
        out += "distinguished_name = dn\nreq_extensions = extensions\nstring_mask = utf8only\n\n";
        out += "[ dn ]\nCN = " + cert.subject + "\n\n";
        out += "[ extensions ]\n";
        if (!cert.def->keyUsage.empty())
            out += "keyUsage = critical, " + joined(cert.def->keyUsage, ", ") + "\n";
        if (!cert.def->extendedKeyUsage.empty())
            out += "extendedKeyUsage = " + joined(cert.def->extendedKeyUsage, ", ") + "\n";
        if (!cert.alternativeNames.empty()) {
            out += "subjectAltName = @alternative_names\n\n[ alternative_names ]\n";
            for (size_t i = 0; i < cert.alternativeNames.size(); ++i)
                out += "DNS." + std::to_string(i + 1) + " = " + cert.alternativeNames[i] + "\n";
        }
        files.push_back({name + ".cnf", out});
    }
    return files;
}

} // namespace edgeplan
