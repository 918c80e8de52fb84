#include "checks/Checker.h"

#include "base/Address.h"
#include "base/DnsName.h"

#include <algorithm>

namespace edgeplan::checks {

namespace {

// The port that clients use for SIP over TLS (public-im-3). Lync's other edge
// services want it too when they share one address: that is the logic of the
// "443 is shared" check, which the catalog cannot express as data.
constexpr int kSharedPort = 443;

} // namespace

void Checker::checkNatForbidden()
{
    const Variant* variant = m_catalog.variant(m_topology.variant());
    if (!variant || variant->natAllowed)
        return;
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

void Checker::checkNatMissing(const Component& c, const RoleDef& role)
{
    if (!m_topology.nat() || m_catalog.zoneIndex(c.zone) + 1 >= static_cast<int>(m_catalog.zones.size()))
        return; // no NAT, or on the Internet: its own address is public
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

void Checker::checkLinkCrossing(LinkId linkId, const Link& link)
{
    const Component& a = *m_topology.component(link.a);
    const Component& b = *m_topology.component(link.b);
    const auto crossed = m_catalog.firewallsBetween(a.zone, b.zone);
    if (crossed.size() < 2)
        return;
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

void Checker::checkBareLink(LinkId linkId, const Link& link)
{
    const Component& a = *m_topology.component(link.a);
    const Component& b = *m_topology.component(link.b);
    // The catalog's rules between the two roles, either way, whatever
    // the plan switches on.
    std::vector<const Scenario*> off;
    std::vector<const Variant*> variants;
    bool any = false;
    for (const Rule& rule : m_catalog.rules) {
        if (!(names(rule.from, a.role) && names(rule.to, b.role)) &&
            !(names(rule.from, b.role) && names(rule.to, a.role)))
            continue;
        any = true;
        const Scenario* scenario = m_catalog.scenario(rule.scenario);
        if (!m_topology.isScenarioEnabled(rule.scenario)) {
            if (scenario && std::find(off.begin(), off.end(), scenario) == off.end())
                off.push_back(scenario);
            continue;
        }
        for (const std::string& id : rule.variants)
            if (const Variant* variant = m_catalog.variant(id);
                variant && std::find(variants.begin(), variants.end(), variant) == variants.end())
                variants.push_back(variant);
    }
    const std::vector<LocalizedText> ends{same(a.name), same(b.name), roleName(a), roleName(b)};
    std::vector<std::string> args;
    if (!off.empty()) {
        const LocalizedText scenarios = namesOf(off, args);
        add(Severity::Warning, "link.no-rules-scenario-off", {a.id, b.id}, {linkId}, args,
            {"The link between \u201c{0}\u201d and \u201c{1}\u201d carries no rule: its rules belong to {4}, which is switched off. Switch it on, or remove the link.",
             "\u300c{0}\u300dと\u300c{1}\u300dの間のリンクにはルールがありません。このリンクのルールは{4}に属しますが、オフになっています。オンにするか、リンクを削除してください。"},
            {ends[0], ends[1], ends[2], ends[3], scenarios});
    } else if (!variants.empty()) {
        const LocalizedText names = namesOf(variants, args);
        add(Severity::Warning, "link.no-rules-variant", {a.id, b.id}, {linkId}, args,
            {"The link between \u201c{0}\u201d and \u201c{1}\u201d carries no rule in this deployment: its rules hold only for {4}.",
             "\u300c{0}\u300dと\u300c{1}\u300dの間のリンクには、この展開ではルールがありません。このリンクのルールは{4}でのみ適用されます。"},
            {ends[0], ends[1], ends[2], ends[3], names});
    } else if (any) {
        add(Severity::Warning, "link.no-rules-conditions", {a.id, b.id}, {linkId}, {},
            {"The link between \u201c{0}\u201d and \u201c{1}\u201d carries no rule: the catalog's rules between a {2} and a {3} ask for what the plan does not hold (another kind of partner, or a component the plan lacks).",
             "\u300c{0}\u300dと\u300c{1}\u300dの間のリンクにはルールがありません。{2}と{3}の間のカタログのルールは、このプランにない条件 (別の種類のパートナー、またはプランにないコンポーネント) を必要とします。"},
            ends);
    } else {
        add(Severity::Warning, "link.no-rules", {a.id, b.id}, {linkId}, {},
            {"The link between \u201c{0}\u201d and \u201c{1}\u201d carries no rule: the catalog has none between a {2} and a {3}, so no firewall opening follows from it. Remove it, or link the components that talk to each other.",
             "\u300c{0}\u300dと\u300c{1}\u300dの間のリンクにはルールがありません。カタログには{2}と{3}の間のルールがないため、ファイアウォールの開放は必要ありません。リンクを削除するか、通信するコンポーネント同士をリンクしてください。"},
            ends);
    }
}

void Checker::checkScenario(const Scenario& scenario)
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

void Checker::checkMissingAddresses(const Component& c, const RoleDef& role)
{
    if (!role.addressesRequired)
        return;
    std::map<std::string, std::vector<const Rule*>> missing;
    auto note = [&](const std::string& interfaceId, const Rule* rule) {
        if (interfaceId.empty() || !c.address(interfaceId).empty())
            return;
        auto& rules = missing[interfaceId];
        if (std::find(rules.begin(), rules.end(), rule) == rules.end())
            rules.push_back(rule);
    };
    for (const RuleBinding* b : bindingsOf(c.id)) {
        if (b->source == c.id)
            note(b->rule->from.interfaceId, b->rule);
        if (b->destination == c.id)
            note(b->rule->to.interfaceId, b->rule);
    }
    for (auto& [interfaceId, rules] : missing) {
        std::sort(rules.begin(), rules.end());
        std::vector<std::string> args{interfaceId};
        std::vector<LocalizedText> labels;
        for (const Rule* rule : rules) {
            args.push_back(rule->id);
            if (std::find(labels.begin(), labels.end(), rule->label) == labels.end())
                labels.push_back(rule->label);
        }
        add(Severity::Warning, "address.missing", {c.id}, {}, args,
            {"\u201c{0}\u201d has no address on {1}, which the rules {2} use: the firewall tables say Any where a real address is needed.",
             "\u300c{0}\u300dの{1}にアドレスがありません。このインターフェイスを使うルール ({2}) のファイアウォール表で、実際のアドレスが必要な箇所が「任意」になります。"},
            {same(c.name), interfaceName(c, interfaceId), join(labels, kComma)});
    }
}

void Checker::reportShared(std::vector<std::pair<std::string_view, ComponentId>> users, Severity severity,
                           const std::string& code, const LocalizedText& pattern)
{
    // Sorted by value, each value's users side by side: a run of two or
    // more components is a finding.
    std::sort(users.begin(), users.end());
    for (auto run = users.begin(); run != users.end();) {
        const auto end = std::find_if(run, users.end(), [&](const auto& u) { return u.first != run->first; });
        std::vector<ComponentId> list;
        for (auto it = run; it != end; ++it)
            if (list.empty() || list.back() != it->second)
                list.push_back(it->second);
        if (list.size() >= 2)
            add(severity, code, list, {}, {std::string(run->first)}, pattern,
                {quotedNames(list), same(std::string(run->first))});
        run = end;
    }
}

void Checker::checkDuplicates()
{
    // Views into the plan's addresses and into the FQDN keys kept here.
    std::vector<std::pair<std::string_view, ComponentId>> addresses;
    std::vector<std::string> keys;
    std::vector<ComponentId> named;
    for (const auto& [id, c] : m_topology.components()) {
        for (const auto& [interfaceId, a] : c.interfaces)
            if (!a.address.empty())
                addresses.emplace_back(a.address, id);
        if (!c.fqdn.empty()) {
            keys.push_back(dnsNameKey(c.fqdn));
            named.push_back(id);
        }
    }
    std::vector<std::pair<std::string_view, ComponentId>> fqdns;
    fqdns.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        fqdns.emplace_back(keys[i], named[i]);
    reportShared(std::move(addresses), Severity::Error, "address.duplicate",
                 {"{0} have the same address {1}.", "{0}に同じアドレス {1} が設定されています。"});
    reportShared(std::move(fqdns), Severity::Warning, "fqdn.duplicate",
                 {"{0} have the same FQDN {1}.", "{0}に同じ FQDN {1} が設定されています。"});
}

void Checker::checkSharedPort(const Component& dst)
{
    std::set<std::string> reported;
    for (const RuleBinding* binding : bindingsOf(dst.id)) {
        const RuleBinding& b = *binding;
        const Rule& rule = *b.rule;
        // The port the plan listens on: web conferencing moved to 444 no
        // longer shares 443.
        if (b.destination != dst.id || rule.transport == Transport::Udp || b.ports.first > kSharedPort ||
            b.ports.last < kSharedPort)
            continue;
        const Component& src = *m_topology.component(b.source);
        if (m_catalog.zoneIndex(src.zone) <= m_catalog.zoneIndex(dst.zone))
            continue;
        const std::string& interfaceId = rule.to.interfaceId;
        if (!reported.insert(interfaceId).second)
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

std::vector<const Service*> Checker::otherServices(const Component& c, const std::string& interfaceId,
                                                   const std::string& service) const
{
    std::set<std::string> sameAddress{interfaceId};
    const std::string& address = c.address(interfaceId);
    for (const auto& [other, a] : c.interfaces)
        if (!address.empty() && a.address == address)
            sameAddress.insert(other);
    std::vector<const Service*> result;
    const std::vector<const RuleBinding*>& bindings = bindingsOf(c.id);
    for (const Service& s : m_catalog.services) {
        if (s.id == service)
            continue;
        const bool uses = std::any_of(bindings.begin(), bindings.end(), [&](const RuleBinding* b) {
                              return b->rule->service == s.id &&
                                     ((b->source == c.id && sameAddress.count(b->rule->from.interfaceId)) ||
                                      (b->destination == c.id && sameAddress.count(b->rule->to.interfaceId)));
                          });
        if (uses)
            result.push_back(&s);
    }
    return result;
}

void Checker::checkBalancedPerServerRules(const Component& c, const RoleDef& role)
{
    // Pools whose VIP comes with the deployment (an edge pool behind
    // hardware load balancers), not those always balanced.
    if (!role.pool || role.pool->vipVariants.empty() || !m_topology.poolHasVip(c))
        return;
    std::set<const Rule*> seen;
    for (const RuleBinding* binding : bindingsOf(c.id)) {
        const RuleBinding& b = *binding;
        for (const auto& [end, id] : {std::pair{&b.rule->from, b.source}, std::pair{&b.rule->to, b.destination}}) {
            if (id != c.id || end->pool != PoolBinding::Members || !seen.insert(b.rule).second)
                continue;
            add(Severity::Warning, "pool.balanced-per-server", {id}, {b.link},
                {b.rule->id, b.ports.toString()},
                {"{1} port {2} of \u201c{0}\u201d goes to the pool's virtual address because the pool has no member servers in the plan: the documents send it to each server, and a load balancer must not balance it. Add the pool's servers.",
                 "「{0}」の{1} ポート {2} は、プランにメンバー サーバーがないため、プールの仮想アドレスに送られます。ドキュメントではこの通信は各サーバーに送られ、ロード バランサーで負荷分散してはいけません。プールのサーバーを追加してください。"},
                {same(c.name), same(b.rule->protocol), same(b.ports.toString())});
        }
    }
}

} // namespace edgeplan::checks
