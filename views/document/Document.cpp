#include "document/Document.h"

#include "document/Commands.h"
#include "support/Language.h"
#include "support/QtText.h"

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
    m_tables = std::make_unique<TableIndex>(*m_topology);
    recheckAll();
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
    m_tables.reset();
    m_topology = std::move(topology);
    m_tables = std::make_unique<TableIndex>(*m_topology);
    m_undoStack.setClean();
    announceReset();
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
    // A new server is named as servers are (edge01, edge02); a client or a
    // partner after its role, in the language the user works in.
    const std::string& roleName = roleDef->name.text(installedLanguage());
    component.name = m_topology->newComponentName(*roleDef, roleName);
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
        // The roles in the user's language, and what the first can link with.
        const Lang lang = installedLanguage();
        const auto roleName = [&](const std::string& id) { return qs(catalog().role(id)->name.text(lang)); };
        QStringList partners;
        for (const RoleDef& role : catalog().roles)
            if (catalog().rolesCanLink(ca->role, role.id))
                partners << roleName(role.id);
        setError(error, tr("%1 and %2 were not linked: the catalog has no rule between the roles %3 and %4. "
                           "%3 links with: %5.")
                            .arg(qs(ca->name), qs(cb->name), roleName(ca->role), roleName(cb->role),
                                 partners.isEmpty() ? tr("nothing") : partners.join(tr(", "))));
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
            // A member whose pool comes in the same step is checked without
            // it here; the model checks the membership when it inserts.
            Component checked = c;
            if (std::any_of(components.begin(), components.end(),
                            [&](const Component& p) { return p.id == c.pool; }))
                checked.pool = {};
            m_topology->checkComponent(checked);
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
    m_undoStack.push(new InsertItemsCommand(this, components, links, text));
    return true;
}

bool Document::removeItems(const std::vector<ComponentId>& requested, const std::vector<LinkId>& links)
{
    // Deleting a pool deletes its members with it, as deleting a group does.
    std::vector<ComponentId> components;
    std::set<ComponentId> taken;
    for (ComponentId id : requested) {
        if (taken.insert(id).second)
            components.push_back(id);
        for (ComponentId member : m_topology->members(id))
            if (taken.insert(member).second)
                components.push_back(member);
    }
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
    m_undoStack.push(new RemoveItemsCommand(this, removedComponents, removedLinks, text));
    return true;
}

bool Document::changeComponents(const std::vector<Component>& after, const QString& text,
                                QString* error)
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
    m_undoStack.push(new ChangeComponentsCommand(this, before, after, text));
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

bool Document::setVariant(const std::string& variantId)
{
    if (variantId == m_topology->variant() || (!variantId.empty() && !catalog().variant(variantId)))
        return false;
    const Variant* variant = catalog().variant(variantId);
    const QString name = variant ? QString::fromStdString(variant->name.text(installedLanguage()))
                                 : tr("no variant");
    m_undoStack.push(new SetVariantCommand(this, m_topology->variant(), m_topology->nat(), variantId,
                                           m_topology->nat(), tr("Deployment: %1").arg(name)));
    return true;
}

bool Document::setNat(bool nat)
{
    if (nat == m_topology->nat())
        return false;
    m_undoStack.push(new SetVariantCommand(this, m_topology->variant(), !nat, m_topology->variant(), nat,
                                           nat ? tr("Use NAT") : tr("Use public addresses")));
    return true;
}

bool Document::setNaming(const ProjectNaming& naming, const std::vector<Component>& components,
                         QString* error)
{
    std::vector<Component> before;
    std::vector<Component> after;
    try {
        Topology checked(*m_topology);
        checked.setNaming(naming);
        for (const Component& c : components) {
            const Component* current = m_topology->component(c.id);
            if (!current)
                throw EditError("component.missing", "the component no longer exists");
            if (*current == c)
                continue;
            checked.updateComponent(c);
            before.push_back(*current);
            after.push_back(c);
        }
        // The model drops empty names: compare what it would keep.
        if (checked.naming() == m_topology->naming() && after.empty())
            return false;
        m_undoStack.push(new SetNamingCommand(this, m_topology->naming(), checked.naming(), before, after,
                                              tr("Change project properties")));
    } catch (const EditError& e) {
        setError(error, editErrorText(e));
        return false;
    }
    return true;
}

bool Document::setCatalog(std::shared_ptr<const Catalog> target, QString* error)
{
    if (!target || target->id == catalog().id)
        return false;
    std::vector<std::string> problems;
    const std::unique_ptr<Topology> converted = convertTopology(*m_topology, target, &problems);
    if (!converted) {
        QStringList lines;
        for (const std::string& p : problems)
            lines << QString::fromStdString(p);
        setError(error, tr("The plan cannot use the catalog \"%1\":\n%2")
                            .arg(QString::fromStdString(target->title.text(installedLanguage())),
                                 lines.join(QLatin1Char('\n'))));
        return false;
    }
    m_undoStack.push(new ReplaceTopologyCommand(
        this, *m_topology, *converted,
        tr("Use catalog %1").arg(QString::fromStdString(target->title.text(installedLanguage())))));
    return true;
}

bool Document::replaceTopology(const Topology& plan, const QString& text)
{
    if (plan == *m_topology)
        return false;
    m_undoStack.push(new ReplaceTopologyCommand(this, *m_topology, plan, text));
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

bool Document::setSignOff(const std::string& author, const SignOff& signOff, QString* error)
{
    if (author == m_topology->author() && signOff == m_topology->signOff())
        return false;
    Topology checked(*m_topology);
    try {
        checked.setAuthor(author);
        checked.setSignOff(signOff);
    } catch (const EditError& e) {
        setError(error, editErrorText(e));
        return false;
    }
    m_undoStack.push(new SetSignOffCommand(this, {m_topology->author(), m_topology->signOff()},
                                           {author, signOff}));
    return true;
}

const std::vector<DnsRecord>& Document::dnsRecords() const
{
    return m_naming.records();
}

const std::vector<CertificateEntry>& Document::certificates() const
{
    return m_naming.certificates();
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
