#include "plan/Generator.h"

#include "rules/RuleEngine.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

namespace edgeplan {

namespace {

// The recipe names its roles; a catalog without one simply gets none of it.
constexpr char kEdgeRole[] = "edge-server";
constexpr char kFrontEndRole[] = "front-end-pool";
constexpr char kClientRole[] = "external-client";
constexpr std::array<const char*, 3> kPartnerRoles = {"sip-federation-partner", "public-im-provider",
                                                      "xmpp-partner"};

// Partners drawn six in ten SIP federation, three XMPP, one public IM.
PartnerKind drawPartnerKind(SplitMix64& random)
{
    const std::uint64_t n = random.below(10);
    if (n < 6)
        return PartnerKind::SipFederation;
    if (n < 9)
        return PartnerKind::Xmpp;
    return PartnerKind::PublicIm;
}

constexpr double kColumnWidth = 190;
constexpr double kRowHeight = 120;
constexpr double kSiteGap = 40;
constexpr double kTop = 120;
constexpr double kGrid = 20;

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

std::string padded(long long value, int width)
{
    // Zero-padded to `width` digits (values here are never negative).
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
    return digits;
}

// Unique public addresses: the three documentation /24s (RFC 5737), then
// the benchmarking 198.18.0.0/15 (RFC 2544), then 2001:db8::/32 (RFC 3849).
// None is private, none is anybody's real address.
class PublicAddresses
{
public:
    std::string next()
    {
        static constexpr std::array<const char*, 3> kDocumentation = {"203.0.113.", "198.51.100.",
                                                                      "192.0.2."};
        if (m_index < kDocumentation.size() * 254) {
            const size_t block = m_index / 254;
            const size_t host = m_index % 254 + 1;
            ++m_index;
            return kDocumentation[block] + std::to_string(host);
        }
        const size_t benchmark = m_index - kDocumentation.size() * 254;
        if (benchmark < 512 * 254) {
            ++m_index;
            const size_t subnet = benchmark / 254; // 198.18.0.x .. 198.19.255.x
            return "198." + std::to_string(18 + subnet / 256) + "." + std::to_string(subnet % 256) + "." +
                   std::to_string(benchmark % 254 + 1);
        }
        const size_t v6 = benchmark - 512 * 254 + 1;
        ++m_index;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "2001:db8::%zx:%zx", v6 >> 16, v6 & 0xffff);
        return buffer;
    }

private:
    size_t m_index = 0;
};

// Unique addresses in 10/8, never .0 or .255.
class PrivateAddresses
{
public:
    std::string next()
    {
        const size_t subnet = m_index / 254;
        const size_t host = m_index % 254 + 1;
        ++m_index;
        return "10." + std::to_string(subnet / 256 % 256) + "." + std::to_string(subnet % 256) + "." +
               std::to_string(host);
    }

private:
    size_t m_index = 0;
};

class Builder
{
public:
    Builder(std::shared_ptr<const Catalog> catalog, const GeneratorOptions& options)
        : m_catalog(*catalog), m_options(options), m_topology(std::make_unique<Topology>(catalog)),
          m_random(options.seed ^ 0x5EED0F0E5EED0F0EULL)
    {
        m_bands = zoneBands(m_catalog);
    }

    std::unique_ptr<Topology> build()
    {
        const GeneratedShape shape = generatedShape(m_options);
        // Every generated edge publishes its names in one SIP domain.
        m_topology->setNaming(ProjectNaming{{SipDomain{"example.com"}}, {}, {}});
        m_topology->setName("Generated plan (sites " + std::to_string(m_options.sites) + ", partners " +
                            std::to_string(m_options.partners) + ", seed " + std::to_string(m_options.seed) +
                            ")");
        m_topology->setAuthor("edgeplan generate");
        for (const Scenario& scenario : m_catalog.scenarios)
            m_topology->setScenarioEnabled(scenario.id, true);

        std::vector<std::vector<size_t>> partnersOf(shape.sites.size());
        for (size_t i = 0; i < shape.partners.size(); ++i)
            partnersOf[size_t(shape.partners[i].homeSite)].push_back(i);

        const int siteWidth = std::max(3, int(std::to_string(shape.sites.size()).size()));
        const int partnerWidth = std::max(5, int(std::to_string(shape.partners.size()).size()));
        double top = kTop;
        for (size_t s = 0; s < shape.sites.size(); ++s) {
            const std::string site = "site" + padded(long(s + 1), siteWidth);
            m_placed.clear();
            std::vector<ComponentId> members;
            for (int k = 0; k < shape.sites[s].edgeServers; ++k)
                add(members, kEdgeRole, site + "-edge" + padded(k + 1, 2),
                    "edge" + padded(k + 1, 2) + "." + site + ".example.com", top);
            add(members, kFrontEndRole, site + "-fepool", "fepool." + site + ".corp.example.com", top);
            for (int k = 0; k < shape.sites[s].clients; ++k)
                add(members, kClientRole, site + "-user" + padded(k + 1, 2), "", top);
            for (size_t i : partnersOf[s]) {
                const std::string number = padded(long(i + 1), partnerWidth);
                switch (shape.partners[i].kind) {
                case PartnerKind::SipFederation:
                    add(members, kPartnerRoles[0], "sip-partner" + number, "sip.partner" + number + ".example", top);
                    break;
                case PartnerKind::PublicIm:
                    add(members, kPartnerRoles[1], "im-provider" + number,
                        "federation.im" + number + ".example", top);
                    break;
                case PartnerKind::Xmpp:
                    add(members, kPartnerRoles[2], "xmpp-partner" + number, "xmpp.partner" + number + ".example", top);
                    break;
                }
            }
            linkAll(members);
            size_t rows = 1;
            for (const auto& [zone, count] : m_placed)
                rows = std::max(rows, (count + columns(zone) - 1) / columns(zone));
            top += double(rows) * kRowHeight + kSiteGap;
        }
        return std::move(m_topology);
    }

private:
    // The servers stand in one column down their band, so that the links
    // fanning out to the partners stay readable; the Internet takes columns.
    size_t columns(int zone) const
    {
        if (size_t(zone) + 1 < m_bands.size())
            return 1;
        return std::max<size_t>(1, size_t(m_bands[size_t(zone)].width / kColumnWidth));
    }

    // The values the catalog's rules ask of the role (the front end's XMPP
    // gateway), and for a role retired under some values, others drawn from
    // its choices.
    void setProperties(Component& component, const RoleDef& role)
    {
        for (const Rule& rule : m_catalog.rules)
            for (const RuleEndpoint* end : {&rule.from, &rule.to})
                if (std::find(end->roles.begin(), end->roles.end(), role.id) != end->roles.end())
                    for (const auto& [property, value] : end->when)
                        component.properties[property] = value;
        if (!role.retired)
            return;
        for (const auto& [property, retiredValue] : role.retired->when) {
            const PropertyDef* def = role.propertyDef(property);
            if (!def || def->choices.empty())
                continue;
            std::vector<std::string> live;
            for (const std::string& choice : def->choices)
                if (choice != retiredValue)
                    live.push_back(choice);
            if (!live.empty())
                component.properties[property] = live[m_random.below(live.size())];
        }
    }

    void add(std::vector<ComponentId>& members, const std::string& roleId, const std::string& name,
             const std::string& fqdn, double top)
    {
        const RoleDef* role = m_catalog.role(roleId);
        const int zone = role ? m_catalog.zoneIndex(role->defaultZone) : -1;
        // A role retired whatever its properties would only bring warnings.
        if (zone < 0 || (role->retired && role->retired->when.empty()))
            return;
        Component component;
        component.id = m_topology->nextComponentId();
        component.role = roleId;
        component.name = name;
        component.zone = role->defaultZone;
        component.fqdn = fqdn;
        const size_t slot = m_placed[zone]++;
        const ZoneBand& band = m_bands[size_t(zone)];
        const size_t n = columns(zone);
        component.position = {snap(band.left + (double(slot % n) + 0.5) * band.width / double(n)),
                              snap(top + double(slot / n) * kRowHeight)};
        for (const InterfaceDef& def : role->interfaces)
            component.interfaces[def.id].address = def.side == "internal" ? m_private.next() : m_public.next();
        setProperties(component, *role);
        m_topology->insertComponent(component);
        members.push_back(component.id);
    }

    // Every pair of the site's components that some rule of the catalog
    // binds, kept only when the link carries a rule in this plan.
    void linkAll(const std::vector<ComponentId>& members)
    {
        std::map<std::string, std::vector<ComponentId>> byRole;
        std::vector<std::string> roles;
        for (ComponentId id : members) {
            const std::string& role = m_topology->component(id)->role;
            if (byRole[role].empty())
                roles.push_back(role);
            byRole[role].push_back(id);
        }
        for (size_t i = 0; i < roles.size(); ++i) {
            for (size_t j = i; j < roles.size(); ++j) {
                if (!canLink(roles[i], roles[j]))
                    continue;
                const auto& as = byRole[roles[i]];
                const auto& bs = byRole[roles[j]];
                for (size_t x = 0; x < as.size(); ++x)
                    for (size_t y = i == j ? x + 1 : 0; y < bs.size(); ++y)
                        link(as[x], bs[y]);
            }
        }
    }

    bool canLink(const std::string& a, const std::string& b)
    {
        const auto key = std::minmax(a, b);
        const auto it = m_canLink.find(key);
        if (it != m_canLink.end())
            return it->second;
        return m_canLink[key] = m_catalog.rolesCanLink(a, b);
    }

    void link(ComponentId a, ComponentId b)
    {
        // The inner end first, as the sample draws its links.
        const int za = m_catalog.zoneIndex(m_topology->component(a)->zone);
        const int zb = m_catalog.zoneIndex(m_topology->component(b)->zone);
        const LinkId id = za <= zb ? m_topology->addLink(a, b) : m_topology->addLink(b, a);
        if (linkRules(*m_topology, id).empty())
            m_topology->removeLink(id);
    }

    const Catalog& m_catalog;
    GeneratorOptions m_options;
    std::unique_ptr<Topology> m_topology;
    SplitMix64 m_random;
    std::vector<ZoneBand> m_bands;
    std::map<int, size_t> m_placed; // per zone, in the current site
    std::map<std::pair<std::string, std::string>, bool> m_canLink;
    PublicAddresses m_public;
    PrivateAddresses m_private;
};

} // namespace

std::uint64_t SplitMix64::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

size_t GeneratedShape::componentCount() const
{
    size_t count = partners.size();
    for (const GeneratedSite& site : sites)
        count += size_t(site.edgeServers) + 1 + size_t(site.clients);
    return count;
}

size_t GeneratedShape::linkCount() const
{
    size_t count = 0;
    for (const GeneratedSite& site : sites)
        count += size_t(site.edgeServers) * (1 + size_t(site.clients));
    for (const GeneratedPartner& partner : partners)
        count += size_t(sites[size_t(partner.homeSite)].edgeServers);
    return count;
}

std::vector<ZoneBand> zoneBands(const Catalog& catalog)
{
    std::vector<ZoneBand> bands;
    double left = 0;
    for (size_t i = 0; i < catalog.zones.size(); ++i) {
        const double width = i + 1 == catalog.zones.size() && i > 0 ? kOuterZoneBandWidth : kZoneBandWidth;
        bands.push_back({left, width});
        left += width;
    }
    return bands;
}

GeneratedShape generatedShape(const GeneratorOptions& options)
{
    SplitMix64 random(options.seed);
    GeneratedShape shape;
    for (int s = 0; s < options.sites; ++s) {
        GeneratedSite site;
        site.edgeServers = 2 + int(random.below(3)); // a pool of 2 to 4
        site.clients = 1 + int(random.below(3));
        shape.sites.push_back(site);
    }
    for (int p = 0; p < options.partners && options.sites > 0; ++p) {
        GeneratedPartner partner;
        partner.kind = drawPartnerKind(random);
        partner.homeSite = int(random.below(std::uint64_t(options.sites)));
        shape.partners.push_back(partner);
    }
    return shape;
}

std::unique_ptr<Topology> generatePlan(std::shared_ptr<const Catalog> catalog,
                                       const GeneratorOptions& options)
{
    return Builder(std::move(catalog), options).build();
}

} // namespace edgeplan
