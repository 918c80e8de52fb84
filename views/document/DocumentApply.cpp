// What each edit does to the document (Document.h): the apply* methods the
// commands call on redo and undo, each writing the plan, bringing the table
// index, the findings and the derived names up to date, and saying what
// changed; and a new plan announced to every listener. The queries and the
// edits that push commands are Document.cpp.
#include "document/Document.h"

#include "document/Commands.h"
#include "naming/Names.h"
#include "support/Language.h"

#include <set>

namespace edgeplan {

// One scope for the derivation of the DNS records, the certificates and the
// naming checks: the SIP domains and the owners of each role are found once.
bool Document::recheckAll()
{
    const naming::DomainScope scope(*m_topology);
    m_naming.rebuild(*m_topology);
    ++m_namingDerivations;
    return m_checks.rebuild(*m_topology, carriedRules(*m_tables), dnsRecords(), certificates());
}

bool Document::recheck(const RulesChange& change, const std::vector<ComponentId>& components,
                       const std::vector<LinkId>& links)
{
    return change.all ? recheckAll() : recheck(components, links);
}

bool Document::recheck(const std::vector<ComponentId>& components, const std::vector<LinkId>& links)
{
    const naming::DomainScope scope(*m_topology);
    m_naming.update(*m_topology, components);
    ++m_namingDerivations;
    return m_checks.update(*m_topology, carriedRules(*m_tables), dnsRecords(), certificates(), components, links);
}

namespace {

std::vector<LinkId> joined(std::vector<LinkId> links, const std::vector<LinkId>& more)
{
    links.insert(links.end(), more.begin(), more.end());
    return links;
}

} // namespace

// Each apply* changes the model first, then brings the tables and the
// findings up to date, then announces: every receiver sees a consistent plan.
void Document::applyInsert(const std::vector<Component>& components, const std::vector<Link>& links)
{
    std::vector<ComponentId> componentIds;
    std::vector<LinkId> linkIds;
    // Pools before their members.
    for (const bool members : {false, true})
        for (const Component& c : components)
            if (c.pool.isValid() == members) {
                m_topology->insertComponent(c);
                componentIds.push_back(c.id);
            }
    for (const Link& l : links) {
        m_topology->insertLink(l);
        linkIds.push_back(l.id);
    }
    verifyInvariants();
    const RulesChange change = rulesChange(m_tables->update(linkIds, componentIds), componentIds);
    // New links carry rows, or are bare: both are theirs to check.
    const bool findings = recheck(change, componentIds, joined(linkIds, change.links));
    for (const ComponentId id : componentIds)
        Q_EMIT componentAdded(id);
    for (const LinkId id : linkIds)
        Q_EMIT linkAdded(id);
    if (findings)
        Q_EMIT findingsChanged(); // after the items exist, so that they get their badges
    Q_EMIT namesChanged();
    Q_EMIT rulesChanged(change);
}

void Document::applyRemove(const std::vector<ComponentId>& components, const std::vector<LinkId>& links)
{
    std::vector<LinkId> removedLinks;
    std::vector<ComponentId> removedComponents;
    for (LinkId id : links) {
        if (m_topology->link(id)) {
            m_topology->removeLink(id);
            removedLinks.push_back(id);
        }
    }
    // Members before their pools; the pools that stay lose rows of removed members.
    std::vector<ComponentId> pools;
    for (const bool members : {true, false})
        for (ComponentId id : components) {
            const Component* c = m_topology->component(id);
            if (!c || c->pool.isValid() != members)
                continue;
            if (c->pool.isValid())
                pools.push_back(c->pool);
            for (const Link& l : m_topology->removeComponent(id))
                removedLinks.push_back(l.id);
            removedComponents.push_back(id);
        }
    verifyInvariants();
    std::erase_if(pools, [&](ComponentId p) { return !m_topology->component(p); });
    // A removed component may stand at an end of rows that hang on links
    // that stay: the index derives those again.
    pools.insert(pools.end(), removedComponents.begin(), removedComponents.end());
    const RulesChange change = rulesChange(m_tables->update(removedLinks, pools), pools);
    const bool findings = recheck(change, pools, joined(removedLinks, change.links));
    for (const LinkId id : removedLinks)
        Q_EMIT linkRemoved(id);
    for (const ComponentId id : removedComponents)
        Q_EMIT componentRemoved(id);
    if (findings)
        Q_EMIT findingsChanged();
    Q_EMIT namesChanged();
    Q_EMIT rulesChanged(change);
}

void Document::applyComponents(const std::vector<Component>& values)
{
    bool rules = false;
    // A move (the position alone) changes no rule and no finding: a drag
    // step costs no derivation and no checks.
    bool findings = false;
    std::vector<ComponentId> ids;
    std::vector<ComponentId> readdressedIds;
    for (const Component& c : values) {
        const Component* current = m_topology->component(c.id);
        const bool readdressed = !current || current->zone != c.zone || current->interfaces != c.interfaces ||
                                 current->properties != c.properties || current->pool != c.pool ||
                                 current->role != c.role;
        if (readdressed)
            readdressedIds.push_back(c.id);
        rules = rules || readdressed || current->name != c.name;
        // A member that changes pool changes the rows of both pools' links.
        if (current && current->pool != c.pool) {
            if (current->pool.isValid())
                ids.push_back(current->pool);
            if (c.pool.isValid())
                ids.push_back(c.pool);
        }
        if (!findings) {
            Component moved = c;
            if (current)
                moved.position = current->position;
            findings = !current || !(moved == *current);
        }
        m_topology->updateComponent(c);
        ids.push_back(c.id);
    }
    verifyInvariants();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    RulesChange change;
    if (rules) {
        change = rulesChange(m_tables->update({}, ids), ids);
        std::sort(readdressedIds.begin(), readdressedIds.end());
        change.readdressed = std::move(readdressedIds);
    }
    const bool changedFindings = findings && recheck(change, ids, change.links);
    for (const ComponentId id : ids)
        Q_EMIT componentChanged(id);
    if (changedFindings)
        Q_EMIT findingsChanged();
    if (findings)
        Q_EMIT namesChanged();
    if (rules)
        Q_EMIT rulesChanged(change);
}

void Document::applyScenario(const std::string& scenarioId, bool enabled)
{
    m_topology->setScenarioEnabled(scenarioId, enabled);
    m_tables->rebuild();
    const bool findings = recheckAll();
    Q_EMIT scenariosChanged();
    if (findings)
        Q_EMIT findingsChanged();
    Q_EMIT namesChanged();
    Q_EMIT rulesChanged(rulesChange(std::nullopt, {}));
}

void Document::applyVariant(const std::string& variantId, bool nat)
{
    m_topology->setVariant(variantId);
    m_topology->setNat(nat);
    m_tables->rebuild();
    const bool findings = recheckAll();
    Q_EMIT projectChanged();
    if (findings)
        Q_EMIT findingsChanged();
    Q_EMIT namesChanged();
    Q_EMIT rulesChanged(rulesChange(std::nullopt, {}));
}

void Document::applyNaming(const ProjectNaming& naming, const std::vector<Component>& components)
{
    m_topology->setNaming(naming);
    for (const Component& c : components)
        m_topology->updateComponent(c);
    verifyInvariants();
    const bool findings = recheckAll(); // the project's names reach every DNS record
    for (const Component& c : components)
        Q_EMIT componentChanged(c.id);
    Q_EMIT projectChanged();
    if (findings)
        Q_EMIT findingsChanged();
    Q_EMIT namesChanged();
}

void Document::applyTopology(const Topology& topology)
{
    m_tables.reset();
    m_topology = std::make_unique<Topology>(topology);
    m_tables = std::make_unique<TableIndex>(*m_topology);
    announceReset();
}

void Document::announceReset()
{
    recheckAll(); // current for every receiver of modelReset
    // Listeners of modelReset take everything afresh: the signals after it
    // are for those that follow only them.
    Q_EMIT modelReset();
    Q_EMIT findingsChanged();
    Q_EMIT scenariosChanged();
    Q_EMIT projectChanged();
    Q_EMIT namesChanged();
    Q_EMIT rulesChanged(rulesChange(std::nullopt, {}));
}

void Document::applyProjectName(const std::string& name)
{
    m_topology->setName(name);
    Q_EMIT projectChanged();
}

void Document::applySignOff(const std::string& author, const SignOff& signOff)
{
    m_topology->setAuthor(author);
    m_topology->setSignOff(signOff);
    Q_EMIT projectChanged();
}

RulesChange Document::rulesChange(std::optional<std::vector<LinkId>> links,
                                  std::vector<ComponentId> components) const
{
    RulesChange change;
    change.all = !links;
    if (links)
        change.links = std::move(*links);
    std::sort(components.begin(), components.end());
    components.erase(std::unique(components.begin(), components.end()), components.end());
    change.components = std::move(components);
    return change;
}

} // namespace edgeplan
