#include "Document.h"

#include "Language.h"
#include "Commands.h"

#include <set>

namespace edgeplan {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

Document::Document(std::unique_ptr<Topology> topology, QObject* parent)
    : QObject(parent), m_topology(std::move(topology))
{
    Q_ASSERT(m_topology);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // Connected first, so that the findings are current for every other
    // receiver of the signal. applyComponents refreshes them itself for what
    // rulesChanged does not announce (a name, an FQDN).
    connect(this, &Document::rulesChanged, this, &Document::refreshFindings);
    m_findings = runChecks(*m_topology);
}

void Document::refreshFindings()
{
    std::vector<Finding> findings = runChecks(*m_topology);
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    Q_EMIT findingsChanged();
}

Document::~Document()
{
    // Commands refer to this document; drop them before the model goes,
    // without announcing a clean plan: nothing was saved.
    disconnect(&m_undoStack, nullptr, this, nullptr);
    m_undoStack.clear();
}

void Document::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void Document::resetTopology(std::unique_ptr<Topology> topology)
{
    Q_ASSERT(topology);
    m_undoStack.clear();
    m_topology = std::move(topology);
    m_undoStack.setClean();
    m_findings = runChecks(*m_topology); // current for every receiver of modelReset
    Q_EMIT modelReset();
    Q_EMIT findingsChanged();
    Q_EMIT scenariosChanged();
    Q_EMIT projectChanged();
    Q_EMIT rulesChanged();
}

ComponentId Document::addComponent(const std::string& role, const std::string& zone, Point position,
                                   QString* error)
{
    const RoleDef* roleDef = catalog().role(role);
    if (!roleDef) {
        setError(error, tr("Unknown component type \"%1\".").arg(QString::fromStdString(role)));
        return {};
    }
    Component component;
    component.id = m_topology->nextComponentId();
    component.role = role;
    component.zone = zone;
    component.position = position;
    // A new component is named after its role, in the language the user works in.
    const std::string& roleName = roleDef->name.text(installedLanguage());
    component.name = m_topology->uniqueName(roleName);
    if (!insertItems({component}, {}, tr("Add %1").arg(QString::fromStdString(roleName)), error))
        return {};
    return component.id;
}

LinkId Document::addLink(ComponentId a, ComponentId b, QString* error)
{
    const Component* ca = m_topology->component(a);
    const Component* cb = m_topology->component(b);
    if (!ca || !cb) {
        setError(error, tr("Both ends of a link must be components."));
        return {};
    }
    if (!catalog().rolesCanLink(ca->role, cb->role)) {
        const RoleDef* ra = catalog().role(ca->role);
        const RoleDef* rb = catalog().role(cb->role);
        setError(error, tr("No rule of the catalog joins a %1 and a %2: the link was not made.")
                            .arg(QString::fromStdString(ra->name.en),
                                 QString::fromStdString(rb->name.en)));
        return {};
    }
    const Link link{m_topology->nextLinkId(), a, b, {}};
    if (!insertItems({}, {link},
                     tr("Connect %1 and %2")
                         .arg(QString::fromStdString(ca->name), QString::fromStdString(cb->name)),
                     error))
        return {};
    return link.id;
}

bool Document::insertItems(const std::vector<Component>& components, const std::vector<Link>& links,
                           const QString& text, QString* error)
{
    try {
        std::set<ComponentId> ids;
        for (const Component& c : components) {
            m_topology->checkComponent(c);
            if (m_topology->component(c.id) || !ids.insert(c.id).second)
                throw EditError("component.duplicate-id", "component id in use");
        }
        std::set<LinkId> linkIds;
        std::set<std::pair<ComponentId, ComponentId>> pairs;
        for (const Link& l : links) {
            m_topology->checkLink(l, components);
            if (m_topology->link(l.id) || !linkIds.insert(l.id).second ||
                !pairs.insert(std::minmax(l.a, l.b)).second)
                throw EditError("link.duplicate", "the two components are already linked");
        }
    } catch (const EditError& e) {
        setError(error, editErrorText(e));
        return false;
    }
    if (components.empty() && links.empty())
        return false;
    m_undoStack.push(new InsertItemsCommand(this, components, links, false, text));
    return true;
}

bool Document::removeItems(const std::vector<ComponentId>& components, const std::vector<LinkId>& links)
{
    std::vector<Component> removedComponents;
    std::set<LinkId> removedLinkIds;
    for (ComponentId id : components) {
        if (const Component* c = m_topology->component(id)) {
            removedComponents.push_back(*c);
            for (LinkId l : m_topology->linksOf(id))
                removedLinkIds.insert(l);
        }
    }
    for (LinkId id : links)
        if (m_topology->link(id))
            removedLinkIds.insert(id);
    if (removedComponents.empty() && removedLinkIds.empty())
        return false;
    std::vector<Link> removedLinks;
    for (LinkId id : removedLinkIds)
        removedLinks.push_back(*m_topology->link(id));
    const QString text = removedComponents.size() + removedLinks.size() == 1
                             ? (removedComponents.empty() ? tr("Delete link") : tr("Delete component"))
                             : tr("Delete %n item(s)", nullptr,
                                  int(removedComponents.size() + removedLinks.size()));
    m_undoStack.push(new InsertItemsCommand(this, removedComponents, removedLinks, true, text));
    return true;
}

bool Document::changeComponents(const std::vector<Component>& after, const QString& text,
                                QString* error, int mergeKey)
{
    std::vector<Component> before;
    try {
        for (const Component& c : after) {
            const Component* current = m_topology->component(c.id);
            if (!current)
                throw EditError("component.missing", "the component no longer exists");
            m_topology->checkComponent(c);
            before.push_back(*current);
        }
    } catch (const EditError& e) {
        setError(error, editErrorText(e));
        return false;
    }
    if (before == after)
        return false;
    m_undoStack.push(new ChangeComponentsCommand(this, before, after, text, mergeKey));
    return true;
}

bool Document::setScenarioEnabled(const std::string& scenarioId, bool enabled)
{
    const Scenario* scenario = catalog().scenario(scenarioId);
    if (!scenario || m_topology->isScenarioEnabled(scenarioId) == enabled)
        return false;
    const QString name = QString::fromStdString(scenario->name.en);
    m_undoStack.push(new SetScenarioCommand(
        this, scenarioId, enabled, enabled ? tr("Switch on %1").arg(name) : tr("Switch off %1").arg(name)));
    return true;
}

bool Document::setProjectName(const QString& name)
{
    const std::string value = name.toStdString();
    if (value == m_topology->name())
        return false;
    m_undoStack.push(new SetProjectNameCommand(this, m_topology->name(), value));
    return true;
}

void Document::applyInsert(const std::vector<Component>& components, const std::vector<Link>& links)
{
    for (const Component& c : components) {
        m_topology->insertComponent(c);
        Q_EMIT componentAdded(c.id);
    }
    for (const Link& l : links) {
        m_topology->insertLink(l);
        Q_EMIT linkAdded(l.id);
    }
    verifyInvariants();
    Q_EMIT rulesChanged();
}

void Document::applyRemove(const std::vector<ComponentId>& components, const std::vector<LinkId>& links)
{
    for (LinkId id : links) {
        if (m_topology->link(id)) {
            m_topology->removeLink(id);
            Q_EMIT linkRemoved(id);
        }
    }
    for (ComponentId id : components) {
        for (const Link& l : m_topology->removeComponent(id))
            Q_EMIT linkRemoved(l.id);
        Q_EMIT componentRemoved(id);
    }
    verifyInvariants();
    Q_EMIT rulesChanged();
}

void Document::applyComponents(const std::vector<Component>& values)
{
    bool rules = false;
    bool checked = false; // anything the design checks read: all but the position
    for (const Component& c : values) {
        const Component* current = m_topology->component(c.id);
        rules = rules || !current || current->zone != c.zone || current->name != c.name ||
                current->interfaces != c.interfaces || current->properties != c.properties;
        if (!checked && current) {
            Component moved = *current;
            moved.position = c.position;
            checked = moved != c;
        }
        m_topology->updateComponent(c);
    }
    verifyInvariants();
    // Once for the whole set, before the signals, and not at all for a move:
    // a full check of a 10,000-component plan on every drag step stalls it.
    if (checked && !rules)
        refreshFindings();
    for (const Component& c : values)
        Q_EMIT componentChanged(c.id);
    if (rules)
        Q_EMIT rulesChanged();
}

void Document::applyScenario(const std::string& scenarioId, bool enabled)
{
    m_topology->setScenarioEnabled(scenarioId, enabled);
    Q_EMIT scenariosChanged();
    Q_EMIT rulesChanged();
}

void Document::applyProjectName(const std::string& name)
{
    m_topology->setName(name);
    Q_EMIT projectChanged();
}

void Document::verifyInvariants() const
{
#ifndef NDEBUG
    for (const auto& [id, link] : m_topology->links()) {
        Q_ASSERT(id == link.id);
        Q_ASSERT(m_topology->component(link.a) && m_topology->component(link.b));
    }
    for (const auto& [id, component] : m_topology->components())
        Q_ASSERT(id == component.id);
#endif
}

} // namespace edgeplan
