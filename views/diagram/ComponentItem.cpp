#include "diagram/ComponentItem.h"

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "support/PlainText.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>

namespace edgeplan {

namespace {

constexpr double kMaxTextWidth = 180;
constexpr double kTextGap = 4;
constexpr double kHandleRadius = 6;
constexpr double kBadgeRadius = 8;
const QColor kAccent(0x1F, 0x6F, 0xD1);
const QColor kNameColour(0x1E, 0x29, 0x33);
const QColor kAddressColour(0x55, 0x60, 0x6B);

QFont addressFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

// The address of the first interface, in the role's order, that has one;
// behind NAT, the public address the outside knows it by.
QString primaryAddress(const Component& component, const Catalog& catalog)
{
    if (const RoleDef* role = catalog.role(component.role))
        for (const InterfaceDef& def : role->interfaces) {
            const auto it = component.interfaces.find(def.id);
            if (it == component.interfaces.end() || it->second.address.empty())
                continue;
            return QString::fromStdString(it->second.natAddress.empty() ? it->second.address
                                                                         : it->second.natAddress);
        }
    for (const auto& [id, address] : component.interfaces)
        if (!address.address.empty())
            return QString::fromStdString(address.address);
    return {};
}

} // namespace

QFont ComponentItem::nameFont()
{
    QFont font;
    font.setPointSizeF(9);
    font.setWeight(QFont::DemiBold);
    return font;
}

ComponentItem::ComponentItem(DiagramScene* scene, ComponentId id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
    syncFromModel();
}

const Component* ComponentItem::component() const
{
    return m_scene->topology().component(m_id);
}

void ComponentItem::syncFromModel()
{
    const Component* c = component();
    if (!c)
        return;
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF addressMetrics(addressFont());
    const double width = std::max(
        nameMetrics.horizontalAdvance(QString::fromStdString(c->name)),
        addressMetrics.horizontalAdvance(primaryAddress(*c, m_scene->catalog())));
    prepareGeometryChange();
    m_textWidth = std::min(width, kMaxTextWidth);
    const double half = std::max(m_textWidth / 2, kIconSize / 2 + 2 * kHandleRadius + 2);
    const double bottom = kIconSize / 2 + kTextGap + nameMetrics.height() + addressMetrics.height() + 2;
    m_bounds = QRectF(-half - 4, -kIconSize / 2 - 7, 2 * half + 8, bottom + kIconSize / 2 + 9);
    m_syncing = true;
    setPos(c->position.x, c->position.y);
    m_syncing = false;
    update();
}

QRectF ComponentItem::iconRect() const
{
    return QRectF(-kIconSize / 2, -kIconSize / 2, kIconSize, kIconSize);
}

QRectF ComponentItem::nameRect() const
{
    const double height = QFontMetricsF(nameFont()).height();
    const double width = std::max(m_textWidth, 60.0);
    return QRectF(-width / 2, kIconSize / 2 + kTextGap, width, height);
}

QRectF ComponentItem::contentRect() const
{
    const double half = std::max(m_textWidth, kIconSize) / 2;
    return QRectF(-half, -kIconSize / 2, 2 * half, m_bounds.bottom() - 4 + kIconSize / 2);
}

QRectF ComponentItem::handleRect() const
{
    const QPointF centre(kIconSize / 2 + kHandleRadius + 2, 0);
    return QRectF(centre - QPointF(kHandleRadius, kHandleRadius), QSizeF(2, 2) * kHandleRadius);
}

QRectF ComponentItem::badgeRect() const
{
    const QPointF centre(kIconSize / 2 - 3, -kIconSize / 2 + 3);
    return QRectF(centre - QPointF(kBadgeRadius, kBadgeRadius), QSizeF(2, 2) * kBadgeRadius);
}

bool ComponentItem::isHandleVisible() const
{
    return m_scene->tool() == DiagramTool::Select && (m_hovered || isSelected());
}

void ComponentItem::setFindingsTip(const QString& text)
{
    if (text == m_findingsTip)
        return;
    m_findingsTip = text;
    setToolTip(plainToolTip(text));
}

QRectF ComponentItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRect(iconRect().adjusted(-2, -2, 2, 2));
    path.addRect(nameRect());
    path.addEllipse(handleRect());
    return path.simplified();
}

void ComponentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const Component* c = component();
    if (!c)
        return;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    if (option->state & QStyle::State_Selected) {
        QColor fill = kAccent;
        fill.setAlpha(28);
        painter->setPen(QPen(kAccent, 1.5));
        painter->setBrush(fill);
        painter->drawRoundedRect(m_bounds.adjusted(2, 2, -2, -2), 6, 6);
    }
    paintIcon(painter, lod);
    paintBadge(painter); // also when zoomed out: problems must stay visible
    if (lod < kLabelsShownFrom)
        return;
    paintTexts(painter, *c);
    if (isHandleVisible()) {
        painter->setPen(QPen(kAccent, 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(handleRect());
        painter->setBrush(kAccent);
        painter->drawEllipse(handleRect().center(), 2, 2);
    }
}

void ComponentItem::paintIcon(QPainter* painter, double levelOfDetail) const
{
    QSvgRenderer* renderer = m_scene->iconRenderer(component()->role);
    if (renderer && levelOfDetail >= kLabelsShownFrom) {
        renderer->render(painter, iconRect());
        return;
    }
    painter->setPen(QPen(QColor(0x1F, 0x4E, 0x79), 2));
    painter->setBrush(QColor(0xD6, 0xE4, 0xF0));
    painter->drawRoundedRect(iconRect().adjusted(6, 6, -6, -6), 6, 6);
}

void ComponentItem::paintBadge(QPainter* painter) const
{
    if (!m_scene->badgesVisible())
        return;
    const std::optional<Severity> severity = m_scene->worstSeverity(m_id);
    if (!severity)
        return;
    // Colour and glyph differ, so the badge reads without colour vision too.
    struct Look { QColor fill; QColor text; QChar glyph; };
    static const Look looks[] = {{QColor(0xC5, 0x22, 0x2B), Qt::white, QLatin1Char('!')},
                                 {QColor(0xF2, 0xA9, 0x00), QColor(0x1E, 0x29, 0x33), QLatin1Char('!')},
                                 {QColor(0x1F, 0x6F, 0xD1), Qt::white, QLatin1Char('i')}};
    const Look& look = looks[int(*severity)];
    const QRectF rect = badgeRect();
    painter->save();
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(look.fill);
    if (*severity == Severity::Warning) {
        // A triangle, as warning signs are.
        const QPolygonF triangle({QPointF(rect.center().x(), rect.top() - 1),
                                  QPointF(rect.right() + 1, rect.bottom()),
                                  QPointF(rect.left() - 1, rect.bottom())});
        painter->drawPolygon(triangle);
    } else {
        painter->drawEllipse(rect);
    }
    QFont font = nameFont();
    font.setPointSizeF(8);
    font.setWeight(QFont::Bold);
    painter->setFont(font);
    painter->setPen(look.text);
    painter->drawText(rect.translated(0, *severity == Severity::Warning ? 1.5 : 0), Qt::AlignCenter,
                      QString(look.glyph));
    painter->restore();
}

void ComponentItem::paintTexts(QPainter* painter, const Component& c) const
{
    const QRectF name = nameRect();
    const QFont font = nameFont();
    painter->setFont(font);
    painter->setPen(kNameColour);
    painter->drawText(name, Qt::AlignHCenter | Qt::AlignTop,
                      QFontMetricsF(font).elidedText(QString::fromStdString(c.name),
                                                     Qt::ElideRight, kMaxTextWidth));
    const QString address = primaryAddress(c, m_scene->catalog());
    if (address.isEmpty())
        return;
    const QFont small = addressFont();
    painter->setFont(small);
    painter->setPen(kAddressColour);
    const QRectF line(name.left() - 20, name.bottom(), name.width() + 40, QFontMetricsF(small).height());
    painter->drawText(line, Qt::AlignHCenter | Qt::AlignTop,
                      QFontMetricsF(small).elidedText(address, Qt::ElideMiddle, kMaxTextWidth));
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && !m_syncing)
        return m_scene->snapPoint(value.toPointF());
    if (change == ItemPositionHasChanged)
        m_scene->componentItemMoved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    if (isHandleVisible() && handleRect().adjusted(-2, -2, 2, 2).contains(event->pos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void ComponentItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_scene->beginRename(m_id);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace edgeplan
