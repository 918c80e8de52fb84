#include "checks/Checker.h"

#include "base/Address.h"

#include <algorithm>

namespace edgeplan::checks {

void Checker::checkZone(const Component& c, const RoleDef& role)
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

const std::vector<const Scenario*>& Checker::scenariosOf(const std::string& roleId)
{
    const auto known = m_scenariosOf.find(roleId);
    if (known != m_scenariosOf.end())
        return known->second;
    std::vector<const Scenario*>& result = m_scenariosOf[roleId];
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

void Checker::checkScenarioOff(const Component& c, const RoleDef& role)
{
    const auto& scenarios = scenariosOf(role.id);
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

void Checker::checkLinkedTo(const Component& c, const RoleDef& role)
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

void Checker::checkPrivateAddresses(const Component& c, const RoleDef& role)
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

void Checker::checkRetired(const Component& c, const RoleDef& role)
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

void Checker::checkInterfaces(const Component& c, const RoleDef& role)
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

void Checker::checkPool(const Component& c, const RoleDef& role)
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

} // namespace edgeplan::checks
