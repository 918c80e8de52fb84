#include "document/Clipboard.h"

#include "document/Document.h"
#include "io/ProjectFile.h"
#include "support/Language.h"

#include <algorithm>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <map>
#include <set>

namespace edgeplan {

namespace {

// "edge01 2" → "edge01", so that copies of a copy count on rather than nest.
std::string baseName(const std::string& name)
{
    const size_t space = name.find_last_of(' ');
    if (space == std::string::npos || space == 0 || space + 1 == name.size())
        return name;
    for (size_t i = space + 1; i < name.size(); ++i)
        if (name[i] < '0' || name[i] > '9')
            return name;
    return name.substr(0, space);
}

} // namespace

ItemSet collectItems(const Topology& topology, const std::vector<ComponentId>& components)
{
    ItemSet items;
    std::set<ComponentId> chosen;
    for (ComponentId id : components) {
        const Component* c = topology.component(id);
        if (c && chosen.insert(id).second)
            items.components.push_back(*c);
        // A pool comes with its members, as it goes with them on delete.
        for (ComponentId member : topology.members(id))
            if (chosen.insert(member).second)
                items.components.push_back(*topology.component(member));
    }
    // Pools before members, so that each member finds its pool on insert;
    // a member copied without its pool stands alone.
    std::stable_partition(items.components.begin(), items.components.end(),
                          [](const Component& c) { return !c.pool.isValid(); });
    for (Component& c : items.components)
        if (c.pool.isValid() && !chosen.count(c.pool))
            c.pool = {};
    for (const auto& [id, link] : topology.links())
        if (chosen.count(link.a) && chosen.count(link.b))
            items.links.push_back(link);
    return items;
}

QByteArray encodeItems(const Topology& topology, const ItemSet& items)
{
    Topology scratch(topology.catalogPtr());
    for (const Component& c : items.components)
        scratch.insertComponent(c);
    for (const Link& l : items.links)
        scratch.insertLink(l);
    return QByteArray::fromStdString(saveProject(scratch));
}

bool decodeItems(const Topology& topology, const QByteArray& bytes, ItemSet* items, QString* error)
{
    CatalogRegistry registry;
    registry.add(topology.catalogPtr());
    const ProjectLoadResult result = loadProject(bytes.toStdString(), registry);
    if (!result.topology) {
        if (error)
            *error = QObject::tr("The clipboard holds no components of this plan's catalog.");
        return false;
    }
    items->components.clear();
    items->links.clear();
    for (const auto& [id, c] : result.topology->components())
        items->components.push_back(c);
    for (const auto& [id, l] : result.topology->links())
        items->links.push_back(l);
    return true;
}

ItemSet prepareForInsert(const Topology& topology, const ItemSet& items, Point offset)
{
    // A scratch copy takes each item as it is renumbered, so that ids and
    // names stay unique among the new items as well as against the plan.
    Topology scratch = topology;
    std::map<ComponentId, ComponentId> renumbered;
    ItemSet result;
    std::vector<Component> ordered = items.components;
    std::stable_partition(ordered.begin(), ordered.end(), [](const Component& c) { return !c.pool.isValid(); });
    for (Component c : ordered) {
        const ComponentId id = scratch.nextComponentId();
        renumbered[c.id] = id;
        c.id = id;
        // A member pasted with its pool joins the copy; one pasted alone
        // joins no pool.
        const auto pool = renumbered.find(c.pool);
        c.pool = pool == renumbered.end() ? ComponentId{} : pool->second;
        c.position = {c.position.x + offset.x, c.position.y + offset.y};
        // "edge01" pasted beside edge01 becomes edge02; "Partner 2" the
        // next "Partner N".
        if (scratch.uniqueName(c.name) != c.name)
            c.name = scratch.uniqueName(baseName(c.name));
        scratch.insertComponent(c);
        result.components.push_back(c);
    }
    for (Link l : items.links) {
        l.id = scratch.nextLinkId();
        l.a = renumbered.at(l.a);
        l.b = renumbered.at(l.b);
        scratch.insertLink(l);
        result.links.push_back(l);
    }
    return result;
}

Clipboard::Clipboard(Document* document, QObject* parent) : QObject(parent), m_document(document)
{
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { Q_EMIT canPasteChanged(canPaste()); });
}

bool Clipboard::copy(const std::vector<ComponentId>& components)
{
    const Topology& topology = m_document->topology();
    const ItemSet items = collectItems(topology, components);
    if (items.components.empty())
        return false;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kItemsMimeType), encodeItems(topology, items));
    QStringList names;
    for (const Component& c : items.components)
        names << QString::fromStdString(c.name);
    mime->setText(names.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    return true;
}

bool Clipboard::cut(const std::vector<ComponentId>& components, const std::vector<LinkId>& links)
{
    if (!copy(components))
        return false;
    return m_document->removeItems(components, links);
}

bool Clipboard::canPaste() const
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(QString::fromLatin1(kItemsMimeType));
}

std::vector<ComponentId> Clipboard::paste(QString* error)
{
    if (!canPaste())
        return {};
    ItemSet items;
    const QByteArray bytes =
        QGuiApplication::clipboard()->mimeData()->data(QString::fromLatin1(kItemsMimeType));
    if (!decodeItems(m_document->topology(), bytes, &items, error))
        return {};
    ++m_pasteCount;
    const double shift = kPasteOffset * m_pasteCount;
    return insert(items, {shift, shift}, tr("Paste"), error);
}

std::vector<ComponentId> Clipboard::duplicate(const std::vector<ComponentId>& components,
                                              QString* error)
{
    const ItemSet items = collectItems(m_document->topology(), components);
    return insert(items, {kPasteOffset, kPasteOffset}, tr("Duplicate"), error);
}

std::vector<ComponentId> Clipboard::insert(const ItemSet& items, Point offset, const QString& text,
                                           QString* error)
{
    if (items.components.empty())
        return {};
    ItemSet prepared;
    try {
        prepared = prepareForInsert(m_document->topology(), items, offset);
    } catch (const EditError& e) {
        if (error)
            *error = editErrorText(e);
        return {};
    }
    if (!m_document->insertItems(prepared.components, prepared.links, text, error))
        return {};
    std::vector<ComponentId> ids;
    for (const Component& c : prepared.components)
        ids.push_back(c.id);
    return ids;
}

} // namespace edgeplan
