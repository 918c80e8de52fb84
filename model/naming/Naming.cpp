#include "naming/Naming.h"

#include "base/Address.h"
#include "export/TableExport.h"
#include "text/AsciiText.h"
#include "text/TerminalText.h"
#include "verify/Verify.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace edgeplan {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool scenariosOn(const Topology& topology, const std::vector<std::string>& scenarios)
{
    return scenarios.empty() || std::any_of(scenarios.begin(), scenarios.end(), [&](const std::string& s) {
               return topology.isScenarioEnabled(s);
           });
}

bool planHolds(const Topology& topology, const std::optional<PlanCondition>& condition)
{
    return !condition || topology.holds(*condition);
}

// The components of the roles that stand for themselves: a member whose
// pool is of the roles too is the pool's business.
std::vector<const Component*> ownersOf(const Topology& topology, const std::vector<std::string>& roles)
{
    std::vector<const Component*> result;
    for (const auto& [id, component] : topology.components()) {
        if (!contains(roles, component.role))
            continue;
        if (component.pool.isValid())
            if (const Component* pool = topology.component(component.pool); pool && contains(roles, pool->role))
                continue;
        result.push_back(&component);
    }
    return result;
}

// The roles whose components publish names: the sources of the project's
// SIP domains while it lists none.
std::set<std::string> publishingRoles(const Catalog& catalog)
{
    std::set<std::string> roles;
    for (const NameDef& def : catalog.names)
        roles.insert(def.roles.begin(), def.roles.end());
    for (const DnsRecordDef& def : catalog.dnsRecords)
        roles.insert(def.at.roles.begin(), def.at.roles.end());
    return roles;
}

// While a derivation runs, the SIP domains in force are worked out once:
// every name of every record needs the default domain, and finding it from
// the components' properties scans the whole plan.
struct DomainCache
{
    const Topology* topology = nullptr;
    std::vector<SipDomain> domains;
};
thread_local const DomainCache* t_domains = nullptr;

class DomainScope
{
public:
    explicit DomainScope(const Topology& topology)
    {
        if (t_domains)
            return;
        m_cache.domains = effectiveSipDomains(topology);
        m_cache.topology = &topology;
        t_domains = &m_cache;
        m_owner = true;
    }
    ~DomainScope()
    {
        if (m_owner)
            t_domains = nullptr;
    }
    DomainScope(const DomainScope&) = delete;
    DomainScope& operator=(const DomainScope&) = delete;

private:
    DomainCache m_cache;
    bool m_owner = false;
};

struct Expansion
{
    const Topology& topology;
    const Component* component = nullptr;
    std::string sipDomain;
    int depth = 0;
    bool* missing = nullptr; // set when a domain the text needs is not known
};

std::string expand(const std::string& text, const Expansion& context);

std::string nameFor(const Topology& topology, const NameDef& def, const Component* component, int depth,
                    bool* missing = nullptr)
{
    const Component* owner = nullptr;
    if (def.source != "project") {
        if (component && contains(def.roles, component->role))
            owner = component;
        else if (const auto owners = ownersOf(topology, def.roles); !owners.empty())
            owner = owners.front();
    }
    if (owner && owner->pool.isValid())
        if (const Component* pool = topology.component(owner->pool); pool && contains(def.roles, pool->role))
            owner = pool;
    std::string value;
    if (def.source == "project") {
        const auto it = topology.naming().names.find(def.id);
        if (it != topology.naming().names.end())
            value = it->second;
    } else if (owner && def.source == "component") {
        value = owner->fqdn;
    } else if (owner) {
        const auto it = owner->interfaces.find(def.interfaceId);
        if (it != owner->interfaces.end())
            value = it->second.fqdn;
    }
    if (!value.empty())
        return withoutTrailingDot(value);
    return expand(def.defaultName, Expansion{topology, owner, {}, depth + 1, missing});
}

std::string expand(const std::string& text, const Expansion& context)
{
    std::string out;
    size_t at = 0;
    while (at < text.size()) {
        const size_t open = text.find('{', at);
        if (open == std::string::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, open - at);
        const size_t close = text.find('}', open);
        if (close == std::string::npos) {
            out += text.substr(open);
            break;
        }
        const std::string key = text.substr(open + 1, close - open - 1);
        std::string value;
        if (key == "domain")
            value = defaultSipDomain(context.topology);
        else if (key == "sipDomain")
            value = context.sipDomain;
        else if (key == "internalDomain")
            value = internalDomain(context.topology);
        else if (key == "component")
            value = context.component ? dnsLabel(context.component->name) : std::string("host");
        else if (key.rfind("name:", 0) == 0 && context.depth < 4)
            if (const NameDef* def = context.topology.catalog().nameDef(key.substr(5)))
                value = nameFor(context.topology, *def, context.component, context.depth, context.missing);
        if (value.empty() && context.missing)
            *context.missing = true;
        out += value;
        at = close + 1;
    }
    return out;
}

bool usesSipDomain(const std::string& text)
{
    return text.find("{sipDomain}") != std::string::npos;
}

bool domainHasFlag(const SipDomain& domain, const std::string& flag)
{
    if (flag == "federation")
        return domain.federation;
    if (flag == "xmpp")
        return domain.xmpp;
    return true;
}

void addName(std::vector<std::string>& names, const std::string& name)
{
    if (name.empty())
        return;
    for (const std::string& n : names)
        if (sameDnsName(n, name))
            return;
    names.push_back(name);
}

// The names a template gives: one, or one per SIP domain (with the flag).
std::vector<std::pair<std::string, std::string>> expandPerDomain(const Topology& topology,
                                                                 const std::string& text,
                                                                 const Component* component,
                                                                 const std::string& flag)
{
    std::vector<std::pair<std::string, std::string>> result;
    // A name whose domain is not known yet is left out (dns.no-sip-domain says why).
    if (!usesSipDomain(text)) {
        bool missing = false;
        std::string name = expand(text, Expansion{topology, component, {}, 0, &missing});
        if (!missing)
            result.emplace_back(std::move(name), std::string());
        return result;
    }
    for (const SipDomain& domain : effectiveSipDomains(topology)) {
        bool missing = false;
        std::string name = expand(text, Expansion{topology, component, domain.name, 0, &missing});
        if (domainHasFlag(domain, flag) && !missing)
            result.emplace_back(std::move(name), domain.name);
    }
    return result;
}

std::string publicAddress(const Component& component, const std::string& interfaceId, DnsLocation location)
{
    const auto it = component.interfaces.find(interfaceId);
    if (it == component.interfaces.end())
        return {};
    if (location == DnsLocation::External && !it->second.natAddress.empty())
        return it->second.natAddress;
    return it->second.address;
}

} // namespace

// --- names ------------------------------------------------------------------

std::vector<SipDomain> effectiveSipDomains(const Topology& topology)
{
    if (t_domains && t_domains->topology == &topology)
        return t_domains->domains;
    if (!topology.naming().sipDomains.empty())
        return topology.naming().sipDomains;
    std::vector<SipDomain> result;
    const std::set<std::string> roles = publishingRoles(topology.catalog());
    for (const auto& [id, component] : topology.components()) {
        if (!roles.count(component.role))
            continue;
        const std::string domain = withoutTrailingDot(topology.propertyValue(component, kSipDomainProperty));
        if (domain.empty())
            continue;
        if (std::none_of(result.begin(), result.end(),
                         [&](const SipDomain& d) { return sameDnsName(d.name, domain); }))
            result.push_back(SipDomain{domain});
    }
    return result;
}

std::string defaultSipDomain(const Topology& topology)
{
    const auto domains = effectiveSipDomains(topology);
    return domains.empty() ? std::string() : domains.front().name;
}

std::string internalDomain(const Topology& topology)
{
    if (!topology.naming().internalDomain.empty())
        return withoutTrailingDot(topology.naming().internalDomain);
    return defaultSipDomain(topology);
}

std::string dnsLabel(const std::string& name)
{
    std::string label;
    for (const char c : name) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const bool plain = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
        if (plain)
            label += l;
        else if (!label.empty() && label.back() != '-')
            label += '-';
    }
    while (!label.empty() && label.back() == '-')
        label.pop_back();
    if (label.size() > 63) {
        label.resize(63);
        while (!label.empty() && label.back() == '-')
            label.pop_back();
    }
    return label.empty() ? std::string("host") : label;
}

NameValue resolveName(const Topology& topology, const NameDef& def, const Component* component)
{
    NameValue result;
    result.def = &def;
    if (component && def.source != "project")
        result.component = component->id;
    result.value = nameFor(topology, def, component, 0);
    // The default, as the catalog would give it with nothing set here.
    const Component* owner = def.source == "project" ? nullptr : component;
    result.defaultValue = expand(def.defaultName, Expansion{topology, owner, {}, 1, nullptr});
    if (def.source == "project")
        result.isDefault = !topology.naming().names.count(def.id);
    else if (component && def.source == "component")
        result.isDefault = component->fqdn.empty();
    else if (component) {
        const auto it = component->interfaces.find(def.interfaceId);
        result.isDefault = it == component->interfaces.end() || it->second.fqdn.empty();
    }
    return result;
}

std::vector<NameValue> planNames(const Topology& topology)
{
    const DomainScope scope(topology);
    std::vector<NameValue> result;
    for (const NameDef& def : topology.catalog().names)
        if (def.source == "project")
            result.push_back(resolveName(topology, def, nullptr));
    for (const auto& [id, component] : topology.components()) {
        if (component.pool.isValid())
            continue;
        for (const NameDef& def : topology.catalog().names)
            if (def.source != "project" && contains(def.roles, component.role))
                result.push_back(resolveName(topology, def, &component));
    }
    return result;
}

// --- DNS --------------------------------------------------------------------

std::vector<DnsRecord> deriveDnsRecords(const Topology& topology)
{
    const DomainScope scope(topology);
    std::vector<DnsRecord> records;
    // Each record once, whichever definition or domain gives it first.
    std::set<std::tuple<DnsLocation, std::string, std::string, std::string, int>> seen;
    auto add = [&](DnsRecord record) {
        if (seen.emplace(record.location, record.type, asciiLower(record.name), record.value, record.port).second)
            records.push_back(std::move(record));
    };
    for (const DnsRecordDef& def : topology.catalog().dnsRecords) {
        if (!scenariosOn(topology, def.scenarios) || !planHolds(topology, def.planHas))
            continue;
        if (def.type == "SRV") {
            int port = def.port;
            if (!def.portFrom.empty())
                for (const auto& [id, component] : topology.components()) {
                    const auto it = component.interfaces.find(def.portFrom);
                    if (it != component.interfaces.end() && it->second.port != 0) {
                        port = it->second.port;
                        break;
                    }
                }
            for (const SipDomain& domain : effectiveSipDomains(topology)) {
                if (!domainHasFlag(domain, def.domainFlag))
                    continue;
                DnsRecord record;
                record.def = &def;
                record.location = def.location;
                record.type = "SRV";
                record.name = def.service + "." + domain.name;
                bool missing = false;
                record.value = withoutTrailingDot(expand(def.target, Expansion{topology, nullptr, domain.name, 0, &missing}));
                if (missing)
                    continue;
                record.port = port;
                record.priority = def.priority;
                record.weight = def.weight;
                record.domain = domain.name;
                add(std::move(record));
            }
            continue;
        }
        std::vector<std::string> roles = def.at.roles;
        if (def.at.firstRoleOnly) {
            const auto first = std::find_if(roles.begin(), roles.end(), [&](const std::string& role) {
                return !ownersOf(topology, {role}).empty();
            });
            roles = first == roles.end() ? std::vector<std::string>{} : std::vector<std::string>{*first};
        }
        for (const Component* owner : ownersOf(topology, roles)) {
            std::vector<std::pair<std::string, std::string>> names;
            for (const std::string& text : def.names)
                for (auto& entry : expandPerDomain(topology, text, owner, def.domainFlag))
                    if (std::none_of(names.begin(), names.end(),
                                     [&](const auto& n) { return sameDnsName(n.first, entry.first); }))
                        names.push_back(std::move(entry));
            for (const ComponentId holderId : boundComponents(topology, *owner, def.at.pool)) {
                const Component* holder = topology.component(holderId);
                const std::string address = publicAddress(*holder, def.at.interfaceId, def.location);
                for (const auto& [name, domain] : names) {
                    DnsRecord record;
                    record.def = &def;
                    record.location = def.location;
                    record.type = addressKind(address) == AddressKind::IPv6 ? "AAAA" : "A";
                    record.name = withoutTrailingDot(name);
                    record.value = address;
                    record.component = holderId;
                    record.domain = domain;
                    add(std::move(record));
                }
            }
        }
    }
    return records;
}

std::vector<DnsRecord> recordsOf(const Topology& topology, const std::vector<DnsRecord>& records,
                                 ComponentId component)
{
    std::vector<DnsRecord> result;
    std::vector<std::string> names;
    for (const DnsRecord& r : records) {
        const Component* holder = topology.component(r.component);
        if (r.type != "SRV" && holder && (r.component == component || holder->pool == component)) {
            result.push_back(r);
            addName(names, r.name);
        }
    }
    for (const DnsRecord& r : records)
        if (r.type == "SRV" && std::any_of(names.begin(), names.end(),
                                           [&](const std::string& n) { return sameDnsName(n, r.value); }))
            result.push_back(r);
    return result;
}

const char* dnsLocationId(DnsLocation location)
{
    return location == DnsLocation::External ? "external" : "internal";
}

std::string dnsLocationName(DnsLocation location, Lang lang)
{
    if (location == DnsLocation::External)
        return lang == Lang::Ja ? "外部" : "External";
    return lang == Lang::Ja ? "内部" : "Internal";
}

// --- certificates -----------------------------------------------------------

std::vector<CertificateEntry> deriveCertificates(const Topology& topology)
{
    const DomainScope scope(topology);
    std::vector<CertificateEntry> result;
    for (const CertificateDef& def : topology.catalog().certificates) {
        for (const Component* owner : ownersOf(topology, def.roles)) {
            CertificateEntry entry;
            entry.def = &def;
            entry.component = owner->id;
            entry.holders = topology.members(owner->id);
            if (entry.holders.empty())
                entry.holders.push_back(owner->id);
            bool missing = false;
            entry.subject = withoutTrailingDot(expand(def.subject, Expansion{topology, owner, {}, 0, &missing}));
            if (missing)
                entry.subject.clear();
            for (const CertificateNameDef& san : def.alternativeNames) {
                if (!scenariosOn(topology, san.scenarios) || !planHolds(topology, san.planHas))
                    continue;
                for (const auto& [name, domain] : expandPerDomain(topology, san.name, owner, {}))
                    addName(entry.alternativeNames, withoutTrailingDot(name));
            }
            result.push_back(std::move(entry));
        }
    }
    return result;
}

std::string authorityName(const std::string& authorityId, Lang lang)
{
    if (authorityId == "public")
        return lang == Lang::Ja ? "パブリック CA" : "Public CA";
    return lang == Lang::Ja ? "パブリックまたはプライベート (エンタープライズ) CA"
                            : "Public or private (enterprise) CA";
}

// --- checks -----------------------------------------------------------------

std::vector<Finding> namingFindings(const Topology& topology)
{
    const DomainScope scope(topology);
    std::vector<Finding> findings;
    auto add = [&](Severity severity, std::string code, std::vector<ComponentId> components,
                   std::vector<std::string> args, LocalizedText message) {
        for (size_t i = 0; i < args.size(); ++i) {
            const std::string key = "{" + std::to_string(i) + "}";
            for (std::string* text : {&message.en, &message.ja})
                for (size_t at = text->find(key); at != std::string::npos; at = text->find(key, at + args[i].size()))
                    text->replace(at, key.size(), args[i]);
        }
        findings.push_back({severity, std::move(code), std::move(components), {}, std::move(args), std::move(message)});
    };
    const Catalog& catalog = topology.catalog();
    const std::vector<DnsRecord> records = deriveDnsRecords(topology);
    const std::vector<SipDomain> domains = effectiveSipDomains(topology);

    // A plan that publishes names needs a SIP domain to publish them in.
    if (domains.empty()) {
        std::vector<ComponentId> publishers;
        for (const std::string& role : publishingRoles(catalog))
            for (const Component* c : ownersOf(topology, {role}))
                if (std::any_of(catalog.dnsRecords.begin(), catalog.dnsRecords.end(),
                                [&](const DnsRecordDef& d) { return contains(d.at.roles, c->role); }))
                    publishers.push_back(c->id);
        std::sort(publishers.begin(), publishers.end());
        if (!publishers.empty())
            add(Severity::Warning, "dns.no-sip-domain", publishers, {},
                {"The plan has no SIP domain: without one, Edgeplan cannot say which DNS records and certificate names the edge needs. Add one in Project > Properties.",
                 "プランに SIP ドメインがありません。SIP ドメインがないと、エッジに必要な DNS レコードと証明書の名前を判断できません。[プロジェクト] > [プロパティ] で追加してください。"});
    }

    for (const DnsRecord& srv : records) {
        if (srv.type != "SRV")
            continue;
        const bool resolved = std::any_of(records.begin(), records.end(), [&](const DnsRecord& a) {
            return a.type != "SRV" && a.location == srv.location && !a.value.empty() && sameDnsName(a.name, srv.value);
        });
        if (!resolved)
            add(Severity::Error, "dns.srv-target-missing", {}, {srv.name, srv.value},
                {"The SRV record {0} points to {1}, but the plan gives {1} no address: clients and partners that find the SRV record cannot reach the server.",
                 "SRV レコード {0} は {1} を指していますが、プランには {1} のアドレスがありません。SRV レコードを見つけたクライアントやパートナーはサーバーに到達できません。"});
    }

    for (const DnsRecordDef& def : catalog.dnsRecords) {
        if (def.domainFlag.empty() || def.requiredBy.empty() || !planHolds(topology, def.planHas))
            continue;
        const auto scenario = std::find_if(def.requiredBy.begin(), def.requiredBy.end(),
                                           [&](const std::string& s) { return topology.isScenarioEnabled(s); });
        if (scenario == def.requiredBy.end())
            continue;
        const Scenario* on = catalog.scenario(*scenario);
        for (const SipDomain& domain : domains) {
            if (domainHasFlag(domain, def.domainFlag))
                continue;
            const std::string service = def.service + "." + domain.name;
            add(Severity::Error, "dns.domain-record-missing", {}, {domain.name, service, *scenario},
                {"The SIP domain {0} publishes no {1} record while " + (on ? on->name.en : *scenario) +
                     " is on: partners cannot find the edge for users of {0}.",
                 "SIP ドメイン {0} は {1} レコードを公開していませんが、" + (on ? on->name.ja : *scenario) +
                     "が有効です。パートナーは {0} のユーザーのエッジを見つけられません。"});
        }
    }

    for (const DnsRecord& r : records)
        if (r.type != "SRV" && r.location == DnsLocation::External && !r.value.empty() && isPrivateAddress(r.value))
            add(Severity::Error, "dns.private-external", {r.component}, {r.name, r.value},
                {"The external DNS record {0} would carry the private address {1}: the Internet cannot reach it. Publish the public (NAT) address.",
                 "外部 DNS レコード {0} にプライベート アドレス {1} が入ります。インターネットからは到達できません。パブリック (NAT) アドレスを公開してください。"});

    // Every name the records and certificates use must be a DNS name.
    std::vector<std::string> reported;
    // `where` says in both languages what uses the name; args keep the ids.
    auto checkName = [&](const std::string& name, const LocalizedText& where, const std::string& id, bool wildcard,
                         ComponentId component) {
        if (name.empty() || isFqdn(name, wildcard) || contains(reported, name))
            return;
        reported.push_back(name);
        std::vector<ComponentId> components;
        if (component.isValid())
            components.push_back(component);
        add(Severity::Error, "name.not-fqdn", components, {name, id},
            {"\u201c{0}\u201d (" + where.en +
                 ") is not a fully qualified DNS name: certificates and DNS records need a name like sip.contoso.com.",
             "「{0}」(" + where.ja +
                 ") は完全修飾 DNS 名ではありません。証明書と DNS レコードには sip.contoso.com のような名前が必要です。"});
    };
    for (const SipDomain& domain : domains)
        checkName(domain.name, {"SIP domain", "SIP ドメイン"}, "sipDomain", false, {});
    for (const CertificateEntry& cert : deriveCertificates(topology)) {
        checkName(cert.subject, cert.def->name, cert.def->id, false, cert.component);
        for (const std::string& san : cert.alternativeNames)
            checkName(san, cert.def->name, cert.def->id, true, cert.component);
    }
    const LocalizedText dnsRecord{"DNS record", "DNS レコード"};
    for (const DnsRecord& r : records) {
        checkName(r.name, dnsRecord, r.def->id, false, r.component);
        if (r.type == "SRV")
            checkName(r.value, dnsRecord, r.def->id, false, {});
    }
    return findings;
}

// --- exports ----------------------------------------------------------------

std::string referenceText(const Reference& reference, Lang lang)
{
    std::string text = reference.document;
    if (!reference.table.text(lang).empty())
        text += ", " + reference.table.text(lang);
    if (!reference.key.empty())
        text += " " + reference.key;
    return text;
}

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
