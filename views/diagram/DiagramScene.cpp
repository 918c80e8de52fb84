#include "diagram/DiagramScene.h"

#include "diagram/ComponentItem.h"
#include "diagram/LinkItem.h"
#include "diagram/NameEditorItem.h"
#include "document/Document.h"
#include "layout/DiagramLabelLayout.h"
#include "support/PlainText.h"

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

constexpr double kSceneMargin = 120;
const QColor kCanvas(0xF6, 0xF7, 0xF9);
const QColor kRubberOk(0x2E, 0x8B, 0x57);
const QColor kRubberRefused(0xC0, 0x39, 0x2B);
const QColor kRubberIdle(0x1F, 0x6F, 0xD1);

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
    for (const Finding& finding : m_document->findings()) {
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
        item->setToolTip(found == messages.end() ? QString() : plainToolTip(found->second.join(QLatin1Char('\n'))));
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

QSvgRenderer* DiagramScene::iconRenderer(const std::string& roleId)
{
    if (const auto it = m_icons.find(roleId); it != m_icons.end())
        return it->second.get();
    std::unique_ptr<QSvgRenderer> renderer;
    if (const RoleDef* role = m_document->catalog().role(roleId); role && !role->icon.empty()) {
        renderer = std::make_unique<QSvgRenderer>(
            QStringLiteral(":/icons/%1.svg").arg(QString::fromStdString(role->icon)));
        if (!renderer->isValid())
            renderer.reset();
    }
    return (m_icons[roleId] = std::move(renderer)).get();
}

void DiagramScene::layoutLabels()
{
    m_layoutQueued = false;
    m_changedLabels.clear();
    m_allLabelsChanged = false;
    std::vector<QRectF> obstacles;
    obstacles.reserve(m_components.size());
    for (const auto& [id, item] : m_components)
        obstacles.push_back(item->mapRectToScene(item->contentRect()));
    // The model's links are ordered by id: the same plan always gets the same layout.
    std::vector<LinkItem*> order;
    std::vector<LabelRequest> requests;
    for (const auto& [id, link] : m_document->topology().links()) {
        if (LinkItem* item = linkItem(id)) {
            order.push_back(item);
            requests.push_back({item->line(), item->label()->size()});
        }
    }
    const std::vector<QPointF> centres = placeLabels(requests, obstacles, m_layout.wallRects(m_lang));
    for (size_t i = 0; i < order.size(); ++i)
        order[i]->label()->setCentre(centres[i]);
}

void DiagramScene::markLabel(LinkId id)
{
    if (!m_allLabelsChanged)
        m_changedLabels.insert(id);
}

void DiagramScene::markLabelsUnder(const ComponentItem* component)
{
    if (m_rebuilding || m_allLabelsChanged)
        return;
    for (QGraphicsItem* item : items(component->mapRectToScene(component->contentRect())))
        if (item->type() == LinkLabelItem::Type)
            markLabel(static_cast<LinkLabelItem*>(item)->link()->id());
}

void DiagramScene::layoutChangedLabels()
{
    // A full layout costs tens of milliseconds on a 20,000-link plan: an
    // edit that touches a few links re-places only their labels.
    if (m_allLabelsChanged || m_changedLabels.size() * 8 > m_links.size()) {
        layoutLabels();
        return;
    }
    m_layoutQueued = false;
    std::vector<LinkId> ids(m_changedLabels.begin(), m_changedLabels.end());
    m_changedLabels.clear();
    std::sort(ids.begin(), ids.end()); // by id, as layoutLabels does
    std::vector<LinkItem*> order;
    std::vector<LabelRequest> requests;
    QRectF region;
    for (LinkId id : ids) {
        LinkItem* item = linkItem(id);
        if (!item)
            continue;
        const QSizeF size = item->label()->size();
        const double reach = std::max(size.width(), size.height()) + 2 * kGridSize;
        region |= QRectF(item->line().p1(), item->line().p2()).normalized().adjusted(-reach, -reach, reach, reach);
        order.push_back(item);
        requests.push_back({item->line(), size});
    }
    if (order.empty())
        return;
    // The obstacles near those links only, from the scene's own index:
    // components and the labels that stay where they are.
    std::vector<QRectF> obstacles;
    for (QGraphicsItem* item : items(region, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == ComponentItem::Type) {
            const auto* component = static_cast<ComponentItem*>(item);
            obstacles.push_back(component->mapRectToScene(component->contentRect()));
        } else if (item->type() == LinkLabelItem::Type) {
            const auto* label = static_cast<LinkLabelItem*>(item);
            if (!std::binary_search(ids.begin(), ids.end(), label->link()->id()))
                obstacles.push_back(label->sceneBoundingRect());
        }
    }
    const std::vector<QPointF> centres = placeLabels(requests, obstacles, m_layout.wallRects(m_lang));
    for (size_t i = 0; i < order.size(); ++i)
        order[i]->label()->setCentre(centres[i]);
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

void DiagramScene::updatePoolFrame(ComponentId id)
{
    const Topology& topology = m_document->topology();
    const Component* component = topology.component(id);
    const ComponentId pool = component && component->pool.isValid() ? component->pool : id;
    const std::vector<ComponentId> members = topology.members(pool);
    ComponentItem* poolItem = componentItem(pool);
    if (members.empty() || !poolItem) {
        m_poolFrames.erase(pool);
        return;
    }
    QRectF bounds = poolItem->mapRectToScene(poolItem->contentRect());
    for (ComponentId member : members)
        if (const ComponentItem* item = componentItem(member))
            bounds |= item->mapRectToScene(item->contentRect());
    bounds.adjust(-14, -14, 14, 14);
    auto& frame = m_poolFrames[pool];
    if (!frame) {
        frame = std::make_unique<QGraphicsPathItem>();
        frame->setZValue(-1); // under links and components, over the zone bands
        frame->setAcceptedMouseButtons(Qt::NoButton);
        frame->setPen(QPen(QColor(0x5b, 0x6b, 0x7f), 1.5, Qt::DashLine));
        frame->setBrush(QColor(0x5b, 0x6b, 0x7f, 18));
        addItem(frame.get());
    }
    QPainterPath path;
    path.addRoundedRect(bounds, 10, 10);
    frame->setPath(path);
}

void DiagramScene::updateSiteBands(const std::map<std::string, QRectF>& sites)
{
    for (auto it = m_siteBands.begin(); it != m_siteBands.end();)
        it = sites.count(it->first) ? std::next(it) : m_siteBands.erase(it);
    const QRectF zones = m_layout.rect();
    std::vector<QRectF> labels; // placed so far: two sites side by side keep their names apart
    for (const auto& [name, bounds] : sites) {
        SiteBand& band = m_siteBands[name];
        if (!band.frame) {
            band.frame = std::make_unique<QGraphicsPathItem>();
            band.frame->setZValue(-2); // under the pool frames
            band.frame->setAcceptedMouseButtons(Qt::NoButton);
            band.frame->setPen(QPen(QColor(0x3d, 0x7a, 0x6a), 1.2));
            band.frame->setBrush(QColor(0x3d, 0x7a, 0x6a, 14));
            addItem(band.frame.get());
            band.label = std::make_unique<QGraphicsSimpleTextItem>(QString::fromStdString(name));
            band.label->setZValue(-2);
            band.label->setAcceptedMouseButtons(Qt::NoButton);
            band.label->setBrush(QColor(0x2c, 0x5a, 0x4e));
            QFont font = band.label->font();
            font.setBold(true);
            band.label->setFont(font);
            addItem(band.label.get());
        }
        const double top = bounds.top() - 36;
        const QRectF rect(zones.left() + 6, top, zones.width() - 12, bounds.bottom() + 14 - top);
        QPainterPath path;
        path.addRoundedRect(rect, 8, 8);
        band.frame->setPath(path);
        QRectF label(QPointF(rect.left() + 10, rect.top() + 6), band.label->boundingRect().size());
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF& other : labels)
                if (label.intersects(other)) {
                    label.moveLeft(other.right() + 16);
                    moved = true;
                }
        }
        labels.push_back(label);
        band.label->setPos(label.topLeft());
    }
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
    m_layout = ZoneLayout(m_document->catalog());
    const Topology& topology = m_document->topology();
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
        const Topology& topology = m_document->topology();
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
    for (LinkId linkId : m_document->topology().linksOf(id))
        if (LinkItem* item = linkItem(linkId)) {
            item->syncGeometry();
            markLabel(linkId);
        }
}

void DiagramScene::scheduleLabelLayout()
{
    if (m_rebuilding || m_layoutQueued)
        return;
    m_layoutQueued = true;
    // Edits place labels when their command ends (undo stack index); this
    // catches drags and anything else that moves items between commands.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_layoutQueued)
                layoutChangedLabels();
        },
        Qt::QueuedConnection);
}

void DiagramScene::updateSceneBounds()
{
    double bottom = 0;
    std::map<std::string, QRectF> sites;
    const Topology& topology = m_document->topology();
    for (const auto& [id, item] : m_components) {
        const QRectF rect = item->sceneBoundingRect();
        bottom = std::max(bottom, rect.bottom());
        if (const Component* component = topology.component(id); component && !component->site.empty()) {
            QRectF& site = sites[component->site];
            site = site.isNull() ? rect : site | rect;
        }
    }
    if (m_layout.fitHeight(bottom))
        invalidate(QRectF(), BackgroundLayer);
    updateSiteBands(sites);
    setSceneRect(contentsRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    const QPointF pos = event->scenePos();
    const bool inEditor = m_editor && m_editor->sceneBoundingRect().contains(pos);
    if (event->button() == Qt::LeftButton && !inEditor) {
        if (ComponentItem* item = componentAt(pos)) {
            const bool onHandle = item->isHandleVisible() &&
                                  item->handleRect().adjusted(-2, -2, 2, 2).contains(item->mapFromScene(pos));
            if (m_tool == DiagramTool::Connect || onHandle) {
                startConnect(item->id(), pos);
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (m_tool == DiagramTool::Connect)
        event->accept(); // a press on empty canvas just clears the selection
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connectFrom.isValid()) {
        updateConnect(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connectFrom.isValid() && event->button() == Qt::LeftButton) {
        finishConnect(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMove();
}

void DiagramScene::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_connectFrom.isValid()) {
        cancelConnect();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, kCanvas);
    m_layout.paint(painter, rect, m_lang,
                   QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()));
}

// A drag moves the items only; on release the new positions (and the zones
// under them) go to the document as one command.
void DiagramScene::commitMove()
{
    const Topology& topology = m_document->topology();
    std::vector<Component> after;
    for (ComponentId id : selectedComponents()) {
        const Component* current = topology.component(id);
        const QPointF pos = componentItem(id)->pos();
        if (!current || pos == QPointF(current->position.x, current->position.y))
            continue;
        Component moved = *current;
        moved.position = {pos.x(), pos.y()};
        moved.zone = m_layout.zoneAt(pos);
        after.push_back(std::move(moved));
    }
    if (after.empty())
        return;
    const QString text = after.size() == 1
                             ? tr("Move %1").arg(QString::fromStdString(after.front().name))
                             : tr("Move %n component(s)", nullptr, int(after.size()));
    QString error;
    // Each release is its own undo step: two drags of the same components
    // are two steps.
    if (!m_document->changeComponents(after, text, &error)) {
        for (const Component& c : after)
            if (ComponentItem* item = componentItem(c.id))
                item->syncFromModel();
        if (!error.isEmpty())
            Q_EMIT statusMessage(error);
    }
}

void DiagramScene::startConnect(ComponentId from, QPointF scenePos)
{
    cancelConnect();
    m_connectFrom = from;
    m_rubberLine = std::make_unique<QGraphicsLineItem>();
    m_rubberLine->setZValue(20);
    addItem(m_rubberLine.get());
    updateConnect(scenePos);
}

void DiagramScene::updateConnect(QPointF scenePos)
{
    const ComponentItem* from = componentItem(m_connectFrom);
    if (!from || !m_rubberLine)
        return;
    QColor colour = kRubberIdle;
    const ComponentItem* target = componentAt(scenePos);
    if (target && target != from) {
        const Topology& topology = m_document->topology();
        colour = m_document->catalog().rolesCanLink(topology.component(from->id())->role,
                                                    topology.component(target->id())->role)
                     ? kRubberOk
                     : kRubberRefused;
    }
    m_rubberLine->setPen(QPen(colour, 1.8, Qt::DashLine, Qt::RoundCap));
    m_rubberLine->setLine(QLineF(from->pos(), scenePos));
}

void DiagramScene::finishConnect(QPointF scenePos)
{
    const ComponentId from = m_connectFrom;
    cancelConnect();
    const ComponentItem* target = componentAt(scenePos);
    if (!target || target->id() == from)
        return;
    QString error;
    const LinkId link = m_document->addLink(from, target->id(), &error);
    if (!link.isValid()) {
        Q_EMIT statusMessage(error);
        return;
    }
    selectItems({}, {link});
}

void DiagramScene::cancelConnect()
{
    m_connectFrom = {};
    m_rubberLine.reset();
}

void DiagramScene::beginRename(ComponentId id)
{
    const ComponentItem* item = componentItem(id);
    const Component* component = m_document->topology().component(id);
    if (!item || !component)
        return;
    endRename(nullptr);
    auto* editor = new NameEditorItem(QString::fromStdString(component->name), ComponentItem::nameFont());
    const QRectF name = item->mapRectToScene(item->nameRect());
    const double width = std::max(160.0, name.width() + 24);
    editor->setTextWidth(width);
    editor->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    editor->setPos(name.center().x() - width / 2, name.top() - 5);
    addItem(editor);
    m_editor = editor;
    m_renamed = id;
    connect(editor, &NameEditorItem::committed, this, [this](const QString& text) { endRename(&text); });
    connect(editor, &NameEditorItem::cancelled, this, [this] { endRename(nullptr); });
    editor->setFocus();
}

void DiagramScene::endRename(const QString* newName)
{
    NameEditorItem* editor = m_editor;
    const ComponentId id = m_renamed;
    m_editor = nullptr;
    m_renamed = {};
    if (!editor)
        return;
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater(); // it may be inside its own key handler
    const Component* component = m_document->topology().component(id);
    if (!newName || newName->isEmpty() || !component || newName->toStdString() == component->name)
        return;
    Component renamed = *component;
    renamed.name = newName->toStdString();
    QString error;
    if (!m_document->changeComponents({renamed}, tr("Rename %1").arg(QString::fromStdString(component->name)),
                                      &error))
        Q_EMIT statusMessage(error);
}

} // namespace edgeplan
