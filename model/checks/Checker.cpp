#include "checks/Checker.h"

#include "checks/NamingChecks.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <utility>

namespace edgeplan::checks {

namespace {

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

} // namespace

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

LocalizedText listing(std::vector<LocalizedText> items)
{
    if (items.size() < 2)
        return join(items, kComma);
    const LocalizedText last = items.back();
    items.pop_back();
    return join({join(items, kComma), last}, {" and ", "と"});
}

bool names(const RuleEndpoint& end, const std::string& roleId)
{
    return std::find(end.roles.begin(), end.roles.end(), roleId) != end.roles.end();
}

bool findingLess(const Finding& x, const Finding& y)
{
    return std::tie(x.severity, x.code, x.components, x.links, x.args, x.message.en) <
           std::tie(y.severity, y.code, y.components, y.links, y.args, y.message.en);
}

std::vector<Finding> Checker::run()
{
    for (const auto& [id, component] : m_topology.components())
        checkComponent(component);
    for (const auto& [id, link] : m_topology.links())
        checkLink(id, link);
    checkPlan();
    std::sort(m_findings.begin(), m_findings.end(), findingLess);
    return std::move(m_findings);
}

std::vector<Finding> Checker::componentFindings(const Component& c)
{
    checkComponent(c);
    return std::exchange(m_findings, {});
}

std::vector<Finding> Checker::linkFindings(LinkId id, const Link& link)
{
    checkLink(id, link);
    return std::exchange(m_findings, {});
}

std::vector<Finding> Checker::planFindings()
{
    checkPlan();
    return std::exchange(m_findings, {});
}

void Checker::checkComponent(const Component& c)
{
    const RoleDef& role = *m_catalog.role(c.role);
    checkZone(c, role);
    checkScenarioOff(c, role);
    checkLinkedTo(c, role);
    checkPrivateAddresses(c, role);
    checkRetired(c, role);
    checkInterfaces(c, role);
    checkPool(c, role);
    checkNatMissing(c, role);
    checkMissingAddresses(c, role);
    checkSharedPort(c);
    checkBalancedPerServerRules(c, role);
}

void Checker::checkLink(LinkId id, const Link& link)
{
    checkLinkCrossing(id, link);
    if (std::binary_search(m_bare.begin(), m_bare.end(), id))
        checkBareLink(id, link);
}

void Checker::checkPlan()
{
    checkNatForbidden();
    for (const Scenario& scenario : m_catalog.scenarios)
        checkScenario(scenario);
    checkDuplicates();
    for (Finding& finding : namingFindings(m_topology, m_records, m_certificates))
        m_findings.push_back(std::move(finding));
}

const std::vector<const RuleBinding*>& Checker::bindingsOf(ComponentId id) const
{
    static const std::vector<const RuleBinding*> none;
    const auto found = m_byEnd.find(id);
    return found == m_byEnd.end() ? none : found->second;
}

void Checker::add(Severity severity, std::string code, std::vector<ComponentId> components,
                  std::vector<LinkId> links, std::vector<std::string> args, const LocalizedText& pattern,
                  const std::vector<LocalizedText>& values)
{
    std::sort(components.begin(), components.end());
    m_findings.push_back({severity, std::move(code), std::move(components), std::move(links),
                          std::move(args), fill(pattern, values)});
}

LocalizedText Checker::interfaceName(const Component& c, const std::string& interfaceId) const
{
    const InterfaceDef* def = m_catalog.role(c.role)->interfaceDef(interfaceId);
    return def ? def->name : same(interfaceId);
}

LocalizedText Checker::quotedNames(const std::vector<ComponentId>& ids) const
{
    std::vector<LocalizedText> names;
    for (ComponentId id : ids) {
        const std::string& n = m_topology.component(id)->name;
        names.push_back({"\u201c" + n + "\u201d", "\u300c" + n + "\u300d"});
    }
    return listing(names);
}

} // namespace edgeplan::checks
