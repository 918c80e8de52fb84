// Where the scene's things sit (DiagramScene.h): the link labels, laid out
// once per edit for the links it marked; the frames of pools and the bands
// of sites around their components; the scene's bounds. What the scene
// shows of the model is DiagramScene.cpp, its gestures SceneGestures.cpp.
#include "diagram/DiagramScene.h"

#include "diagram/ComponentItem.h"
#include "diagram/LinkItem.h"
#include "document/Document.h"
#include "layout/DiagramLabelLayout.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace edgeplan {

namespace {

constexpr double kSceneMargin = 120;
constexpr double kSceneSlack = 240; // how much larger than needed the scene rect may stay

} // namespace

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
    for (const auto& [id, link] : topology().links()) {
        if (LinkItem* item = linkItem(id)) {
            order.push_back(item);
            requests.push_back({item->line(), item->label()->size()});
        }
    }
    const std::vector<QPointF> centres = placeLabels(requests, obstacles, m_layout.wallRects(m_lang));
    for (size_t i = 0; i < order.size(); ++i)
        order[i]->label()->setCentre(centres[i]);
    fitSceneRect();
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
    if (order.empty()) {
        fitSceneRect();
        return;
    }
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
    fitSceneRect();
}

void DiagramScene::updatePoolFrame(ComponentId id)
{
    const Topology& topology = this->topology();
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
    const Topology& topology = this->topology();
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
}

void DiagramScene::fitSceneRect()
{
    // A new scene rect rebuilds the scene's whole index (a second on a
    // 20,000-link plan): it changes only when the contents leave it or it
    // has grown far larger than they are, so that a drag to and fro near
    // the edge keeps it.
    const QRectF needed = contentsRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    const QRectF roomy = needed.adjusted(-kSceneSlack, -kSceneSlack, kSceneSlack, kSceneSlack);
    const QRectF current = sceneRect();
    if (!current.contains(needed) || !roomy.contains(current))
        setSceneRect(needed.adjusted(-kSceneSlack / 2, -kSceneSlack / 2, kSceneSlack / 2, kSceneSlack / 2));
}

} // namespace edgeplan
