#include "checks/Checks.h"

#include "base/Address.h"
#include "base/DnsName.h"
#include "checks/NamingChecks.h"
#include "rules/RuleEngine.h"
#include "text/TerminalText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace edgeplan {

const char* severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Information:
        return "information";
    }
    return "";
}

std::string severityName(Severity severity, Lang lang)
{
    switch (severity) {
    case Severity::Error:
        return lang == Lang::Ja ? "エラー" : "Error";
    case Severity::Warning:
        return lang == Lang::Ja ? "警告" : "Warning";
    case Severity::Information:
        return lang == Lang::Ja ? "情報" : "Information";
    }
    return {};
}

namespace {

// The port that clients use for SIP over TLS (public-im-3). Lync's other edge
// services want it too when they share one address: that is the logic of the
// "443 is shared" check, which the catalog cannot express as data.
constexpr int kSharedPort = 443;

LocalizedText same(const std::string& text) { return {text, text}; }

// Replaces {0}, {1}, ... in the pattern by the values, in one language.
std::string fill(const std::string& pattern, const std::vector<LocalizedText>& values, Lang lang)
{
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            std::isdigit(static_cast<unsigned char>(pattern[i + 1]))) {
            const auto index = static_cast<size_t>(pattern[i + 1] - '0');
            if (index < values.size())
                out += values[index].text(lang);
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

LocalizedText fill(const LocalizedText& pattern, const std::vector<LocalizedText>& values)
{
    return {fill(pattern.en, values, Lang::En), fill(pattern.ja, values, Lang::Ja)};
}

// Joins texts with a separator per language: ", " and "、", " or " and "または".
LocalizedText join(const std::vector<LocalizedText>& items, const LocalizedText& separator)
{
    LocalizedText out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out.en += separator.en;
            out.ja += separator.ja;
        }
        out.en += items[i].en;
        out.ja += items[i].ja;
    }
    return out;
}

const LocalizedText kComma{", ", "、"};

// "a, b and c" in English, "a、b と c" in Japanese.
LocalizedText listing(std::vector<LocalizedText> items)
{
    if (items.size() < 2)
        return join(items, kComma);
    const LocalizedText last = items.back();
    items.pop_back();
    return join({join(items, kComma), last}, {" and ", "と"});
}
const LocalizedText kOr{" or ", "または"};

// The catalog entries' names for a message, their ids appended to `args`.
template <typename T>
LocalizedText namesOf(const std::vector<const T*>& items, std::vector<std::string>& args)
{
    std::vector<LocalizedText> names;
    for (const T* item : items) {
        args.push_back(item->id);
        names.push_back(item->name);
    }
    return join(names, kComma);
}

bool names(const RuleEndpoint& end, const std::string& roleId)
{
    return std::find(end.roles.begin(), end.roles.end(), roleId) != end.roles.end();
}

class Checker
{
public:
    explicit Checker(const Topology& topology) : m_topology(topology), m_catalog(topology.catalog())
    {
        std::set<std::tuple<const Rule*, ComponentId, ComponentId>> seen;
        for (const auto& [linkId, link] : topology.links())
            for (const RuleBinding& binding : linkRules(topology, linkId))
                if (seen.insert({binding.rule, binding.source, binding.destination}).second)
                    m_bindings.push_back(binding);
    }

    std::vector<Finding> run()
    {
        for (const auto& [id, component] : m_topology.components()) {
            const RoleDef& role = *m_catalog.role(component.role);
            checkZone(component, role);
            checkScenarioOff(component, role);
            checkLinkedTo(component, role);
            checkPrivateAddresses(component, role);
            checkRetired(component, role);
            checkInterfaces(component, role);
            checkPool(component, role);
        }
        checkDeployment();
        checkLinkCrossings();
        for (const Scenario& scenario : m_catalog.scenarios)
            checkScenario(scenario);
        checkMissingAddresses();
        checkDuplicates();
        checkSharedPort();
        checkBalancedPerServerRules();
        for (Finding& finding : namingFindings(m_topology))
            m_findings.push_back(std::move(finding));
        std::sort(m_findings.begin(), m_findings.end(), [](const Finding& x, const Finding& y) {
            return std::tie(x.severity, x.code, x.components, x.links, x.args, x.message.en) <
                   std::tie(y.severity, y.code, y.components, y.links, y.args, y.message.en);
        });
        return std::move(m_findings);
    }

private:
    void add(Severity severity, std::string code, std::vector<ComponentId> components,
             std::vector<LinkId> links, std::vector<std::string> args, const LocalizedText& pattern,
             const std::vector<LocalizedText>& values)
    {
        std::sort(components.begin(), components.end());
        m_findings.push_back({severity, std::move(code), std::move(components), std::move(links),
                              std::move(args), fill(pattern, values)});
    }

    LocalizedText name(ComponentId id) const { return same(m_topology.component(id)->name); }
    LocalizedText roleName(const Component& c) const { return m_catalog.role(c.role)->name; }
    LocalizedText zoneName(const std::string& zone) const { return m_catalog.zone(zone)->name; }

    LocalizedText interfaceName(const Component& c, const std::string& interfaceId) const
    {
        const InterfaceDef* def = m_catalog.role(c.role)->interfaceDef(interfaceId);
        return def ? def->name : same(interfaceId);
    }

    // “a”, “b” in English, 「a」、「b」 in Japanese.
    LocalizedText quotedNames(const std::vector<ComponentId>& ids) const
    {
        std::vector<LocalizedText> names;
        for (ComponentId id : ids) {
            const std::string& n = m_topology.component(id)->name;
            names.push_back({"\u201c" + n + "\u201d", "\u300c" + n + "\u300d"});
        }
        return listing(names);
    }

    void checkZone(const Component& c, const RoleDef& role)
    {
        if (role.allowsZone(c.zone))
            return;
        const std::vector<std::string> allowed =
            role.allowedZones.empty() ? std::vector<std::string>{role.defaultZone} : role.allowedZones;
        std::vector<LocalizedText> names;
        for (const std::string& zone : allowed)
            names.push_back(zoneName(zone));
        std::vector<std::string> args{c.zone};
        args.insert(args.end(), allowed.begin(), allowed.end());
        add(Severity::Error, "component.wrong-zone", {c.id}, {}, args,
            {"\u201c{0}\u201d ({1}) is placed in the {2} zone, but its role belongs in the {3} zone.",
             "\u300c{0}\u300d({1}) は{2}に配置されていますが、このロールの配置先は{3}です。"},
            {same(c.name), role.name, zoneName(c.zone), join(names, kOr)});
    }

    // The scenarios whose rules can bind a component of the role.
    std::vector<const Scenario*> scenariosOf(const std::string& roleId) const
    {
        std::vector<const Scenario*> result;
        for (const Scenario& scenario : m_catalog.scenarios) {
            const bool uses = std::any_of(m_catalog.rules.begin(), m_catalog.rules.end(), [&](const Rule& r) {
                return r.scenario == scenario.id &&
                       (names(r.from, roleId) || names(r.to, roleId) ||
                        (r.planHas && std::find(r.planHas->roles.begin(), r.planHas->roles.end(),
                                                roleId) != r.planHas->roles.end()));
            });
            if (uses)
                result.push_back(&scenario);
        }
        return result;
    }

    void checkScenarioOff(const Component& c, const RoleDef& role)
    {
        const auto scenarios = scenariosOf(role.id);
        if (scenarios.empty() || std::any_of(scenarios.begin(), scenarios.end(), [&](const Scenario* s) {
                return m_topology.isScenarioEnabled(s->id);
            }))
            return;
        std::vector<std::string> args;
        const LocalizedText names = namesOf(scenarios, args);
        add(Severity::Warning, "component.scenario-off", {c.id}, {}, args,
            {"\u201c{0}\u201d ({1}) takes part only in {2}, which is switched off: its links carry no rules.",
             "\u300c{0}\u300d({1}) が関係するのは{2}だけですが、オフになっています。このコンポーネントのリンクにはルールが適用されません。"},
            {same(c.name), role.name, names});
    }

    void checkLinkedTo(const Component& c, const RoleDef& role)
    {
        if (role.requiresLinkTo.empty())
            return;
        for (LinkId linkId : m_topology.linksOf(c.id)) {
            const Link& link = *m_topology.link(linkId);
            const Component& other = *m_topology.component(link.a == c.id ? link.b : link.a);
            if (std::find(role.requiresLinkTo.begin(), role.requiresLinkTo.end(), other.role) !=
                role.requiresLinkTo.end())
                return;
        }
        std::vector<LocalizedText> names;
        for (const std::string& target : role.requiresLinkTo)
            names.push_back(m_catalog.role(target)->name);
        add(Severity::Warning, "component.not-linked", {c.id}, {}, role.requiresLinkTo,
            {"\u201c{0}\u201d ({1}) is not linked to any {2}: no traffic of the plan reaches it.",
             "\u300c{0}\u300d({1}) は{2}にリンクされていません。このプランの通信はこのコンポーネントに届きません。"},
            {same(c.name), role.name, join(names, kOr)});
    }

    // Interfaces that face the Internet from behind a firewall must be
    // reachable: a private address needs a public NAT address in front of it.
    void checkPrivateAddresses(const Component& c, const RoleDef& role)
    {
        if (m_catalog.zoneIndex(c.zone) + 1 >= static_cast<int>(m_catalog.zones.size()))
            return; // already on the Internet: what it is reached at is its own business
        for (const InterfaceDef& def : role.interfaces) {
            const auto it = c.interfaces.find(def.id);
            if (def.side != "external" || it == c.interfaces.end())
                continue;
            const InterfaceAddress& a = it->second;
            const std::vector<LocalizedText> values{same(c.name), def.name};
            if (!a.natAddress.empty() && isPrivateAddress(a.natAddress)) {
                add(Severity::Error, "address.private", {c.id}, {}, {def.id, a.natAddress},
                    {"{1} of \u201c{0}\u201d is marked as NAT, but its NAT address {2} is private too: partners on the Internet cannot reach it.",
                     "\u300c{0}\u300dの{1}は NAT として設定されていますが、NAT アドレス {2} もプライベート アドレスです。インターネット上のパートナーはこのアドレスに到達できません。"},
                    {same(c.name), def.name, same(a.natAddress)});
            } else if (a.natAddress.empty() && isPrivateAddress(a.address) && !m_topology.nat()) {
                add(Severity::Error, "address.private", {c.id}, {}, {def.id, a.address},
                    {"{1} of \u201c{0}\u201d has the private address {2} and is not marked as NAT: partners on the Internet cannot reach it. Give it a public address, or the public address of its NAT.",
                     "\u300c{0}\u300dの{1}のアドレス {2} はプライベート アドレスで、NAT も設定されていません。インターネット上のパートナーはこのアドレスに到達できません。パブリック アドレスか、NAT のパブリック アドレスを設定してください。"},
                    {same(c.name), def.name, same(a.address)});
            }
        }
    }

    void checkRetired(const Component& c, const RoleDef& role)
    {
        if (!role.retired)
            return;
        for (const auto& [property, value] : role.retired->when)
            if (m_topology.propertyValue(c, property) != value)
                return;
        add(Severity::Warning, "role.retired", {c.id}, {}, {role.retired->date},
            {"\u201c{0}\u201d ({1}) is retired: {3}",
             "\u300c{0}\u300d({1}) は提供が終了しています。{3}"},
            {same(c.name), role.name, same(role.retired->date), role.retired->note});
    }

    // The edge topology the plan says it is: NAT where the documents forbid
    // it, and services behind NAT without the public address the outside needs.
    void checkDeployment()
    {
        const Variant* variant = m_catalog.variant(m_topology.variant());
        if (variant && !variant->natAllowed) {
            std::vector<ComponentId> natted;
            for (const auto& [id, c] : m_topology.components())
                for (const auto& [interfaceId, a] : c.interfaces)
                    if (!a.natAddress.empty())
                        natted.push_back(id);
            natted.erase(std::unique(natted.begin(), natted.end()), natted.end());
            if (m_topology.nat() || !natted.empty())
                add(Severity::Error, "deployment.nat-forbidden", natted, {}, {variant->id},
                    {"The plan uses NAT, but {0} does not support it: the edge's addresses must be public, on every server and every virtual IP (VIP), and the load balancers must not translate them.",
                     "このプランは NAT を使用していますが、{0} は NAT をサポートしていません。エッジのアドレスは、すべてのサーバーとすべての仮想 IP (VIP) でパブリック アドレスである必要があり、ロード バランサーでも変換してはいけません。"},
                    {variant->name});
        }
        if (!m_topology.nat())
            return;
        for (const auto& [id, c] : m_topology.components()) {
            if (m_catalog.zoneIndex(c.zone) + 1 >= static_cast<int>(m_catalog.zones.size()))
                continue; // on the Internet: its own address is public
            const RoleDef& role = *m_catalog.role(c.role);
            for (const InterfaceDef& def : role.interfaces) {
                const auto it = c.interfaces.find(def.id);
                // A public address needs no NAT; a private one without its
                // public address is what this finds (address.private stays quiet).
                if (def.side != "external" || it == c.interfaces.end() || it->second.address.empty() ||
                    !it->second.natAddress.empty() || !isPrivateAddress(it->second.address))
                    continue;
                add(Severity::Error, "address.nat-missing", {c.id}, {}, {def.id},
                    {"The plan uses NAT, but {1} of \u201c{0}\u201d has no public (NAT) address: the outside cannot reach it, and its DNS records would have nothing to point to.",
                     "このプランは NAT を使用していますが、「{0}」の{1}にパブリック (NAT) アドレスがありません。外部からは到達できず、DNS レコードも指す先がありません。"},
                    {same(c.name), def.name});
            }
        }
    }

    // NAT only on the external interfaces, and the internal interface on a
    // network of its own.
    void checkInterfaces(const Component& c, const RoleDef& role)
    {
        std::string internal;
        for (const InterfaceDef& def : role.interfaces) {
            const auto it = c.interfaces.find(def.id);
            if (it == c.interfaces.end())
                continue;
            if (def.side == "internal" && !it->second.natAddress.empty())
                add(Severity::Error, "address.nat-internal", {c.id}, {}, {def.id, it->second.natAddress},
                    {"{1} of \u201c{0}\u201d is marked as NAT ({2}): NAT is supported only on the edge's external interface, never on its internal one.",
                     "「{0}」の{1}に NAT ({2}) が設定されています。NAT はエッジの外部インターフェイスでのみサポートされ、内部インターフェイスでは使用できません。"},
                    {same(c.name), def.name, same(it->second.natAddress)});
            if (def.side == "internal" && !it->second.address.empty())
                internal = it->second.address;
        }
        if (internal.empty())
            return;
        for (const InterfaceDef& def : role.interfaces) {
            const auto it = c.interfaces.find(def.id);
            if (def.side != "external" || it == c.interfaces.end() || !sameSubnet(internal, it->second.address))
                continue;
            add(Severity::Error, "address.same-subnet", {c.id}, {}, {def.id, it->second.address, internal},
                {"{1} of \u201c{0}\u201d ({2}) is in the same subnet as its internal interface ({3}): the internal and external interfaces must be on different networks, with no routing between them.",
                 "「{0}」の{1} ({2}) は内部インターフェイス ({3}) と同じサブネットにあります。内部インターフェイスと外部インターフェイスは別々のネットワークに置き、その間をルーティングしないでください。"},
                {same(c.name), def.name, same(it->second.address), same(internal)});
            return;
        }
    }

    // A pool's members run the same services: the same interfaces in use.
    void checkPool(const Component& c, const RoleDef& role)
    {
        if (!role.pool)
            return;
        const std::vector<ComponentId> members = m_topology.members(c.id);
        auto services = [&](ComponentId id) {
            std::set<std::string> used;
            for (const auto& [interfaceId, a] : m_topology.component(id)->interfaces)
                if (!a.address.empty() || !a.natAddress.empty())
                    used.insert(interfaceId);
            return used;
        };
        for (size_t i = 1; i < members.size(); ++i) {
            if (services(members[i]) == services(members[0]))
                continue;
            std::vector<ComponentId> concerned{c.id};
            concerned.insert(concerned.end(), members.begin(), members.end());
            add(Severity::Error, "pool.services-differ", concerned, {}, {},
                {"The members of the pool \u201c{0}\u201d do not run the same services ({1} differ): every member of a pool must run the same services, with the same certificate.",
                 "プール「{0}」のメンバーが同じサービスを実行していません ({1} が異なります)。プールのすべてのメンバーは、同じ証明書で同じサービスを実行する必要があります。"},
                {same(c.name), quotedNames({members[0], members[i]})});
            return;
        }
    }

    void checkLinkCrossings()
    {
        for (const auto& [linkId, link] : m_topology.links()) {
            const Component& a = *m_topology.component(link.a);
            const Component& b = *m_topology.component(link.b);
            const auto crossed = m_catalog.firewallsBetween(a.zone, b.zone);
            if (crossed.size() < 2)
                continue;
            std::vector<std::string> args;
            std::vector<LocalizedText> firewalls;
            for (const Firewall* fw : crossed) {
                args.push_back(fw->id);
                firewalls.push_back({"the " + fw->name.en, fw->name.ja});
            }
            // The zones the link jumps over: where the missing server belongs.
            std::vector<LocalizedText> between;
            // minmax of an initializer list returns values, not references to temporaries.
            const auto [low, high] = std::minmax({m_catalog.zoneIndex(a.zone), m_catalog.zoneIndex(b.zone)});
            for (int i = low + 1; i < high; ++i)
                between.push_back(m_catalog.zones[static_cast<size_t>(i)].name);
            add(Severity::Error, "link.crosses-firewalls", {a.id, b.id}, {linkId}, args,
                {"The link between \u201c{0}\u201d and \u201c{1}\u201d crosses {2} directly: traffic between them must pass through a server in the {3}, such as an Edge Server.",
                 "\u300c{0}\u300dと\u300c{1}\u300dの間のリンクは{2}を直接越えています。この間の通信は、{3}のサーバー (エッジ サーバーなど) を経由する必要があります。"},
                {same(a.name), same(b.name), listing(firewalls), join(between, kComma)});
        }
    }

    template <typename Matches>
    bool carried(Matches matches) const
    {
        return std::any_of(m_bindings.begin(), m_bindings.end(),
                           [&](const RuleBinding& b) { return matches(*b.rule); });
    }

    // A scenario switched on that opens no port is a mistake either way; when
    // it is used, the rules it cannot do without must be carried too. An
    // unused scenario does not also report its missing rules: one finding
    // says it all.
    void checkScenario(const Scenario& scenario)
    {
        if (!m_topology.isScenarioEnabled(scenario.id))
            return;
        if (!carried([&](const Rule& r) { return r.scenario == scenario.id; })) {
            add(Severity::Warning, "scenario.unused", {}, {}, {scenario.id},
                {"{0} is switched on, but no link of the plan carries any of its rules: add the components it needs, or switch it off.",
                 "{0}がオンになっていますが、そのルールが適用されるリンクがプランにありません。必要なコンポーネントを追加するか、{0}をオフにしてください。"},
                {scenario.name});
            return;
        }
        for (const RequiredRule& required : scenario.requiredRules) {
            if (carried([&](const Rule& r) { return r.id == required.rule; }))
                continue;
            const Rule& rule = *m_catalog.rule(required.rule);
            std::vector<ComponentId> concerned;
            for (const auto& [id, component] : m_topology.components())
                if (names(rule.from, component.role) || names(rule.to, component.role))
                    concerned.push_back(id);
            add(Severity::Error, "scenario.required-rule", concerned, {}, {scenario.id, rule.id},
                {"{0} is switched on, but no link carries {1} (components concerned: {3}). {2}",
                 "{0}がオンになっていますが、{1} が適用されるリンクがありません (対象: {3})。{2}"},
                {scenario.name, rule.label, required.why, quotedNames(concerned)});
        }
    }

    // For roles whose addresses the tables need (the edge server), every
    // interface that a carried rule uses must have an address.
    void checkMissingAddresses()
    {
        std::map<std::pair<ComponentId, std::string>, std::vector<const Rule*>> missing;
        auto note = [&](ComponentId id, const std::string& interfaceId, const Rule* rule) {
            const Component& c = *m_topology.component(id);
            if (interfaceId.empty() || !m_catalog.role(c.role)->addressesRequired ||
                !c.address(interfaceId).empty())
                return;
            auto& rules = missing[{id, interfaceId}];
            if (std::find(rules.begin(), rules.end(), rule) == rules.end())
                rules.push_back(rule);
        };
        for (const RuleBinding& b : m_bindings) {
            note(b.source, b.rule->from.interfaceId, b.rule);
            note(b.destination, b.rule->to.interfaceId, b.rule);
        }
        for (auto& [key, rules] : missing) {
            std::sort(rules.begin(), rules.end());
            std::vector<std::string> args{key.second};
            std::vector<LocalizedText> labels;
            for (const Rule* rule : rules) {
                args.push_back(rule->id);
                if (std::find(labels.begin(), labels.end(), rule->label) == labels.end())
                    labels.push_back(rule->label);
            }
            const Component& c = *m_topology.component(key.first);
            add(Severity::Warning, "address.missing", {c.id}, {}, args,
                {"\u201c{0}\u201d has no address on {1}, which the rules {2} use: the firewall tables say Any where a real address is needed.",
                 "\u300c{0}\u300dの{1}にアドレスがありません。このインターフェイスを使うルール ({2}) のファイアウォール表で、実際のアドレスが必要な箇所が「任意」になります。"},
                {same(c.name), interfaceName(c, key.second), join(labels, kComma)});
        }
    }

    void reportShared(const std::map<std::string, std::set<ComponentId>>& users, Severity severity,
                      const std::string& code, const LocalizedText& pattern)
    {
        for (const auto& [value, ids] : users) {
            if (ids.size() < 2)
                continue;
            const std::vector<ComponentId> list(ids.begin(), ids.end());
            add(severity, code, list, {}, {value}, pattern, {quotedNames(list), same(value)});
        }
    }

    void checkDuplicates()
    {
        std::map<std::string, std::set<ComponentId>> addresses;
        std::map<std::string, std::set<ComponentId>> fqdns;
        for (const auto& [id, c] : m_topology.components()) {
            for (const auto& [interfaceId, a] : c.interfaces)
                if (!a.address.empty())
                    addresses[a.address].insert(id);
            if (!c.fqdn.empty())
                fqdns[dnsNameKey(c.fqdn)].insert(id);
        }
        reportShared(addresses, Severity::Error, "address.duplicate",
                     {"{0} have the same address {1}.", "{0}に同じアドレス {1} が設定されています。"});
        reportShared(fqdns, Severity::Warning, "fqdn.duplicate",
                     {"{0} have the same FQDN {1}.", "{0}に同じ FQDN {1} が設定されています。"});
    }

    // Information, not a warning: clients reach the edge on TCP 443 (inbound,
    // from a zone further out), and the interface they reach, or another
    // interface of the same component with the same address, also carries
    // rules of another service (A/V, XMPP, later Web Conferencing). Such
    // services cannot take 443 on that address as well: 443 is shared.
    void checkSharedPort()
    {
        std::set<std::pair<ComponentId, std::string>> reported;
        for (const RuleBinding& b : m_bindings) {
            const Rule& rule = *b.rule;
            // The port the plan listens on: web conferencing moved to 444 no
            // longer shares 443.
            if (rule.transport == Transport::Udp || b.ports.first > kSharedPort || b.ports.last < kSharedPort)
                continue;
            const Component& dst = *m_topology.component(b.destination);
            const Component& src = *m_topology.component(b.source);
            if (m_catalog.zoneIndex(src.zone) <= m_catalog.zoneIndex(dst.zone))
                continue;
            const std::string& interfaceId = rule.to.interfaceId;
            if (!reported.insert({dst.id, interfaceId}).second)
                continue;
            const auto others = otherServices(dst, interfaceId, rule.service);
            if (others.empty())
                continue;
            std::vector<std::string> args{interfaceId};
            const LocalizedText names = namesOf(others, args);
            add(Severity::Information, "port.443-shared", {dst.id}, {}, args,
                {"Clients reach {1} of \u201c{0}\u201d on TCP 443, and the same address also carries {2}: 443 is shared, so any other service on this address that needs 443 must move to another port or address.",
                 "クライアントは TCP 443 で\u300c{0}\u300dの{1}に接続し、同じアドレスを{2}も使用しています。443 は共有されるため、このアドレスで 443 を必要とする他のサービスは、別のポートまたはアドレスに移す必要があります。"},
                {same(dst.name), interfaceName(dst, interfaceId), names});
        }
    }

    // The services other than `service` whose carried rules use the
    // component's interface or another interface with the same address.
    std::vector<const Service*> otherServices(const Component& c, const std::string& interfaceId,
                                              const std::string& service) const
    {
        std::set<std::string> sameAddress{interfaceId};
        const std::string& address = c.address(interfaceId);
        for (const auto& [other, a] : c.interfaces)
            if (!address.empty() && a.address == address)
                sameAddress.insert(other);
        std::vector<const Service*> result;
        for (const Service& s : m_catalog.services) {
            if (s.id == service)
                continue;
            const bool uses = std::any_of(m_bindings.begin(), m_bindings.end(), [&](const RuleBinding& b) {
                return b.rule->service == s.id &&
                       ((b.source == c.id && sameAddress.count(b.rule->from.interfaceId)) ||
                        (b.destination == c.id && sameAddress.count(b.rule->to.interfaceId)));
            });
            if (uses)
                result.push_back(&s);
        }
        return result;
    }

    // Traffic the documents send to each server (8057, 23456, 4443) that
    // lands on a pool's virtual address: the pool has no members in the
    // plan, so its load balancer would balance what must not be balanced.
    void checkBalancedPerServerRules()
    {
        std::set<std::pair<ComponentId, const Rule*>> seen;
        for (const RuleBinding& b : m_bindings) {
            for (const auto& [end, id] : {std::pair{&b.rule->from, b.source}, std::pair{&b.rule->to, b.destination}}) {
                const Component& c = *m_topology.component(id);
                const RoleDef& role = *m_catalog.role(c.role);
                // Pools whose VIP comes with the deployment (an edge pool
                // behind hardware load balancers), not those always balanced.
                if (end->pool != PoolBinding::Members || !role.pool || role.pool->vipVariants.empty() ||
                    !m_topology.poolHasVip(c) || !seen.insert({id, b.rule}).second)
                    continue;
                add(Severity::Warning, "pool.balanced-per-server", {id}, {b.link},
                    {b.rule->id, b.ports.toString()},
                    {"{1} port {2} of \u201c{0}\u201d goes to the pool's virtual address because the pool has no member servers in the plan: the documents send it to each server, and a load balancer must not balance it. Add the pool's servers.",
                     "「{0}」の{1} ポート {2} は、プランにメンバー サーバーがないため、プールの仮想アドレスに送られます。ドキュメントではこの通信は各サーバーに送られ、ロード バランサーで負荷分散してはいけません。プールのサーバーを追加してください。"},
                    {same(c.name), same(b.rule->protocol), same(b.ports.toString())});
            }
        }
    }

    const Topology& m_topology;
    const Catalog& m_catalog;
    std::vector<RuleBinding> m_bindings; // every carried rule, once per direction and pair
    std::vector<Finding> m_findings;
};

} // namespace

std::vector<Finding> runChecks(const Topology& topology)
{
    return Checker(topology).run();
}

bool hasErrors(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

namespace {

std::vector<std::string> componentNames(const Topology& topology, const Finding& finding)
{
    std::vector<std::string> names;
    for (ComponentId id : finding.components)
        if (const Component* c = topology.component(id))
            names.push_back(c->name);
    return names;
}

} // namespace

std::string findingsText(const Topology& topology, const std::vector<Finding>& findings, Lang lang)
{
    std::string out;
    for (const Finding& f : findings) {
        out += std::string(severityId(f.severity)) + " " + f.code;
        const auto names = componentNames(topology, f);
        for (size_t i = 0; i < names.size(); ++i)
            out += (i == 0 ? " (" : ", ") + terminalText(names[i]);
        out += (names.empty() ? ": " : "): ") + terminalText(f.message.text(lang)) + "\n";
    }
    return out;
}

std::string findingsJson(const Topology& topology, const std::vector<Finding>& findings, Lang lang)
{
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const Finding& f : findings) {
        Json links = Json::array();
        for (LinkId id : f.links)
            links.push_back(id.value);
        list.push_back({{"severity", severityId(f.severity)},
                        {"code", f.code},
                        {"components", componentNames(topology, f)},
                        {"links", links},
                        {"message", f.message.text(lang)}});
    }
    const Json doc = {{"format", "edgeplan-findings"},
                                {"version", 1},
                                {"language", langCode(lang)},
                                {"findings", list}};
    return doc.dump(2) + "\n";
}

} // namespace edgeplan
