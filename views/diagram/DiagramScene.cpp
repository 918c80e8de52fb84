// What the scene shows of the model (DiagramScene.h): a document's scene,
// whose items follow the document's signals edit by edit, or a picture of a
// plan for an export, drawn once by the same rebuild(); the badges, the
// print style, the selection. A little over 450 lines, since both kinds share
// every item's making and keeping; where things sit is SceneLayout.cpp, the
// mouse and keys SceneGestures.cpp.
#include "diagram/DiagramScene.h"

#include "diagram/ComponentItem.h"
#include "diagram/LinkItem.h"
#include "diagram/NameEditorItem.h"
#include "document/Document.h"
#include "layout/DiagramLabelLayout.h"

#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace edgeplan {

namespace {

const QColor kCanvas(0xF6, 0xF7, 0xF9);

template <typename Id, typename Item>
Item* find(const std::unordered_map<Id, std::unique_ptr<Item>>& items, Id id)
{
    const auto it = items.find(id);
    return it == items.end() ? nullptr : it->second.get();
}

template <typename Id, typename Item>
std::vector<Id> selectedIds(const QList<QGraphicsItem*>& selection)
{
    std::vector<Id> ids;
    for (QGraphicsItem* item : selection)
        if (item->type() == Item::Type)
            ids.push_back(static_cast<Item*>(item)->id());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

DiagramScene::DiagramScene(Document* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document)
{
    connect(document, &Document::componentAdded, this, &DiagramScene::addComponentItem);
    connect(document, &Document::componentRemoved, this, &DiagramScene::onComponentRemoved);
    connect(document, &Document::componentChanged, this, &DiagramScene::onComponentChanged);
    connect(document, &Document::linkAdded, this, &DiagramScene::addLinkItem);
    connect(document, &Document::linkRemoved, this, &DiagramScene::onLinkRemoved);
    connect(document, &Document::rulesChanged, this, &DiagramScene::onRulesChanged);
    connect(document, &Document::modelReset, this, [this] {
        rebuild();
        m_builtForReset = true; // the rulesChanged that follows finds the items current
    });
    connect(document, &Document::findingsChanged, this, &DiagramScene::onFindingsChanged);
    // Every command ends with a stack index change: place labels once per edit.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_layoutQueued)
            layoutChangedLabels();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_batchSelecting)
            Q_EMIT selectionIdsChanged();
    });
    rebuild();
}

DiagramScene::DiagramScene(const Topology& topology, std::vector<Finding> findings, QObject* parent)
    : QGraphicsScene(parent), m_document(nullptr), m_picture(&topology), m_pictureFindings(std::move(findings))
{
    rebuild();
}

const Topology& DiagramScene::topology() const
{
    return m_document ? m_document->topology() : *m_picture;
}

const Catalog& DiagramScene::catalog() const
{
    return topology().catalog();
}

const std::vector<Finding>& DiagramScene::findings() const
{
    return m_document ? m_document->findings() : m_pictureFindings;
}

DiagramScene::~DiagramScene()
{
    // The maps own the items: delete them before QGraphicsScene would.
    m_batchSelecting = true;
    cancelConnect();
    if (m_editor) {
        m_editor->disconnect(this);
        delete m_editor;
    }
    m_links.clear();
    m_poolFrames.clear();
    m_siteBands.clear();
    m_components.clear();
}

std::vector<ComponentId> DiagramScene::selectedComponents() const
{
    return selectedIds<ComponentId, ComponentItem>(selectedItems());
}

std::vector<LinkId> DiagramScene::selectedLinks() const
{
    return selectedIds<LinkId, LinkItem>(selectedItems());
}

void DiagramScene::selectItems(const std::vector<ComponentId>& components,
                               const std::vector<LinkId>& links)
{
    const auto before = std::make_pair(selectedComponents(), selectedLinks());
    m_batchSelecting = true;
    clearSelection();
    for (ComponentId id : components)
        if (ComponentItem* item = componentItem(id))
            item->setSelected(true);
    for (LinkId id : links)
        if (LinkItem* item = linkItem(id))
            item->setSelected(true);
    m_batchSelecting = false;
    if (before != std::make_pair(selectedComponents(), selectedLinks()))
        Q_EMIT selectionIdsChanged();
}

void DiagramScene::setHighlightedLink(LinkId id)
{
    if (LinkItem* old = linkItem(m_highlighted))
        old->setHighlighted(false);
    m_highlighted = {};
    if (LinkItem* item = linkItem(id)) {
        item->setHighlighted(true);
        m_highlighted = id;
    }
}

void DiagramScene::setLabelMode(LabelMode mode)
{
    if (mode == m_labelMode)
        return;
    m_labelMode = mode;
    for (auto& [id, item] : m_links)
        item->syncGeometry();
    layoutLabels();
}

void DiagramScene::setSnapToGrid(bool snap)
{
    m_snap = snap;
}

void DiagramScene::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    onFindingsChanged(); // the tooltips' language
    invalidate(sceneRect(), BackgroundLayer);
    layoutLabels(); // the firewall badges changed size
}

void DiagramScene::retranslate()
{
    for (auto& [id, item] : m_links)
        item->syncGeometry();
    layoutLabels();
}

std::optional<Severity> DiagramScene::worstSeverity(ComponentId id) const
{
    const auto it = m_worst.find(id);
    if (it == m_worst.end())
        return std::nullopt;
    return it->second;
}

void DiagramScene::setBadgesVisible(bool visible)
{
    if (visible == m_badgesVisible)
        return;
    m_badgesVisible = visible;
    for (auto& [id, item] : m_components)
        item->update();
    for (auto& [id, item] : m_links)
        item->update();
}

void DiagramScene::setPrintStyle(bool print)
{
    if (print == m_printStyle)
        return;
    m_printStyle = print;
    for (auto& [id, item] : m_links)
        item->update();
}

void DiagramScene::onFindingsChanged()
{
    std::unordered_map<ComponentId, Severity> worst;
    std::unordered_map<ComponentId, QStringList> messages;
    for (const Finding& finding : findings()) {
        const QString line = QString::fromStdString(severityName(finding.severity, m_lang) + ": " +
                                                    finding.message.text(m_lang));
        for (ComponentId id : finding.components) {
            auto [it, added] = worst.emplace(id, finding.severity);
            if (!added && finding.severity < it->second)
                it->second = finding.severity;
            messages[id] << line;
        }
    }
    std::swap(worst, m_worst);
    for (auto& [id, item] : m_components) {
        const auto old = worst.find(id);
        const std::optional<Severity> before =
            old == worst.end() ? std::nullopt : std::optional<Severity>(old->second);
        const auto found = messages.find(id);
        item->setFindingsTip(found == messages.end() ? QString() : found->second.join(QLatin1Char('\n')));
        if (before != worstSeverity(id))
            item->update();
    }
}

void DiagramScene::setTool(DiagramTool tool)
{
    if (tool == m_tool)
        return;
    cancelConnect();
    m_tool = tool;
    for (auto& [id, item] : m_components)
        item->update();
    Q_EMIT toolChanged(tool);
}

QRectF DiagramScene::contentsRect() const
{
    QRectF rect = m_layout.rect();
    for (const auto& [id, item] : m_components)
        rect |= item->sceneBoundingRect();
    for (const auto& [id, item] : m_links)
        rect |= item->sceneBoundingRect() | item->label()->sceneBoundingRect();
    return rect;
}

ComponentItem* DiagramScene::componentItem(ComponentId id) const
{
    return find(m_components, id);
}

LinkItem* DiagramScene::linkItem(LinkId id) const
{
    return find(m_links, id);
}

QPointF DiagramScene::snapPoint(QPointF point) const
{
    if (!m_snap)
        return point;
    return QPointF(std::round(point.x() / kGridSize) * kGridSize,
                   std::round(point.y() / kGridSize) * kGridSize);
}

ComponentItem* DiagramScene::componentAt(QPointF scenePos) const
{
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == ComponentItem::Type)
            return static_cast<ComponentItem*>(item);
    return nullptr;
}

LinkId DiagramScene::linkAt(QPointF scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() == LinkItem::Type)
            return static_cast<LinkItem*>(item)->id();
        if (item->type() == LinkLabelItem::Type)
            return static_cast<LinkLabelItem*>(item)->link()->id();
    }
    return {};
}

QSvgRenderer* DiagramScene::iconRenderer(const std::string& roleId)
{
    if (const auto it = m_icons.find(roleId); it != m_icons.end())
        return it->second.get();
    std::unique_ptr<QSvgRenderer> renderer;
    if (const RoleDef* role = catalog().role(roleId); role && !role->icon.empty()) {
        renderer = std::make_unique<QSvgRenderer>(
            QStringLiteral(":/icons/%1.svg").arg(QString::fromStdString(role->icon)));
        if (!renderer->isValid())
            renderer.reset();
    }
    return (m_icons[roleId] = std::move(renderer)).get();
}

void DiagramScene::componentItemMoved(ComponentId id)
{
    // An item placing itself while it is built has no links to move yet.
    if (!componentItem(id))
        return;
    syncLinksOf(id);
    if (!m_rebuilding)
        updatePoolFrame(id);
    markLabelsUnder(componentItem(id)); // it may now cover another link's label
    scheduleLabelLayout();
}

void DiagramScene::rebuild()
{
    m_linkChecks.clear();
    m_rebuilding = true;
    m_batchSelecting = true;
    cancelConnect();
    endRename(nullptr);
    m_highlighted = {};
    m_links.clear();
    m_poolFrames.clear();
    m_components.clear();
    m_icons.clear();
    m_layout = ZoneLayout(catalog());
    const Topology& topology = this->topology();
    for (const auto& [id, component] : topology.components())
        addComponentItem(id);
    for (const auto& [id, link] : topology.links())
        addLinkItem(id);
    m_rebuilding = false;
    m_batchSelecting = false;
    for (const auto& [id, component] : topology.components())
        if (!topology.members(id).empty())
            updatePoolFrame(id);
    updateSceneBounds();
    onFindingsChanged();
    layoutLabels();
    invalidate(QRectF(), BackgroundLayer);
    Q_EMIT selectionIdsChanged();
}

void DiagramScene::addComponentItem(ComponentId id)
{
    auto item = std::make_unique<ComponentItem>(this, id);
    addItem(item.get());
    m_components[id] = std::move(item);
    if (m_rebuilding)
        return;
    updatePoolFrame(id);
    markLabelsUnder(componentItem(id));
    updateSceneBounds();
    scheduleLabelLayout();
}

void DiagramScene::addLinkItem(LinkId id)
{
    auto item = std::make_unique<LinkItem>(this, id);
    addItem(item.get());
    addItem(item->label());
    if (id == m_highlighted)
        item->setHighlighted(true);
    m_links[id] = std::move(item);
    if (!m_rebuilding) {
        markLabel(id);
        scheduleLabelLayout();
    }
}

void DiagramScene::onComponentChanged(ComponentId id)
{
    if (ComponentItem* item = componentItem(id)) {
        item->syncFromModel(); // a new position moves the links through componentItemMoved
        markLabelsUnder(item); // a longer name covers more
    }
    updatePoolFrame(id); // a member may have joined or left
    updateSceneBounds();
    scheduleLabelLayout();
}

void DiagramScene::onComponentRemoved(ComponentId id)
{
    if (id == m_renamed)
        endRename(nullptr);
    if (id == m_connectFrom)
        cancelConnect();
    m_components.erase(id);
    m_poolFrames.erase(id);
    for (auto it = m_poolFrames.begin(); it != m_poolFrames.end();) {
        const ComponentId pool = it->first;
        ++it;
        updatePoolFrame(pool); // a member that went leaves a smaller frame
    }
    updateSceneBounds();
    scheduleLabelLayout();
}

void DiagramScene::onLinkRemoved(LinkId id)
{
    if (id == m_highlighted)
        m_highlighted = {};
    m_links.erase(id);
    scheduleLabelLayout();
}

void DiagramScene::setLinkChecks(std::map<LinkId, LinkCheck> checks)
{
    m_linkChecks = std::move(checks);
    for (auto& [id, item] : m_links)
        item->update();
}

LinkCheck DiagramScene::linkCheck(LinkId id) const
{
    if (!m_badgesVisible)
        return LinkCheck::None;
    const auto it = m_linkChecks.find(id);
    return it == m_linkChecks.end() ? LinkCheck::None : it->second;
}

void DiagramScene::onRulesChanged(const RulesChange& change)
{
    if (std::exchange(m_builtForReset, false) && change.all)
        return;
    if (change.all) {
        m_linkChecks.clear(); // what was verified is not this plan any more
        for (auto& [id, item] : m_links)
            item->syncFromModel();
        m_allLabelsChanged = true; // any label's text may differ
    } else {
        // Only the links whose rows differ get new labels; a rename changes none.
        for (const LinkId id : change.links) {
            m_linkChecks.erase(id);
            if (LinkItem* item = linkItem(id)) {
                item->syncFromModel();
                markLabel(id);
            }
        }
        // What was verified of a component's links (a member's: its
        // pool's) does not hold for its new addresses; a new name alone
        // changes nothing verified.
        const Topology& topology = this->topology();
        auto forget = [&](ComponentId id) {
            for (const LinkId link : topology.linksOf(id))
                if (m_linkChecks.erase(link))
                    if (LinkItem* item = linkItem(link))
                        item->update();
        };
        for (const ComponentId id : change.readdressed) {
            forget(id);
            if (const Component* c = topology.component(id); c && c->pool.isValid())
                forget(c->pool);
        }
    }
    scheduleLabelLayout();
}

void DiagramScene::syncLinksOf(ComponentId id)
{
    for (LinkId linkId : topology().linksOf(id))
        if (LinkItem* item = linkItem(linkId)) {
            item->syncGeometry();
            markLabel(linkId);
        }
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, kCanvas);
    m_layout.paint(painter, rect, m_lang,
                   QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()));
}

} // namespace edgeplan
