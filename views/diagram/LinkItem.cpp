#include "diagram/LinkItem.h"

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPen>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace edgeplan {

namespace {

constexpr double kLeaderSlack = 6; // a box this close to its link needs no leader

const QColor kLineColour(0x4A, 0x59, 0x68);
const QColor kMutedColour(0x9A, 0xA3, 0xAD);
const QColor kAccent(0x1F, 0x6F, 0xD1);
const QColor kHighlight(0xE0, 0x7A, 0x1F);
const QColor kCheckPassed(0x2E, 0x8B, 0x57);
const QColor kCheckWarning(0xC8, 0x8A, 0x00);
const QColor kCheckFailed(0xC6, 0x28, 0x28);
constexpr double kIconClearance = ComponentItem::kIconSize / 2 + 4;
constexpr double kArrowSize = 8;
constexpr double kLabelPaddingX = 7;
constexpr double kLabelPaddingY = 3;

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

QString arrow(bool forward, bool backward, QPointF from, QPointF to)
{
    if (forward && backward)
        return QStringLiteral("⇄");
    if (!forward && !backward)
        return {};
    if (backward)
        std::swap(from, to);
    const QPointF d = to - from;
    if (std::abs(d.x()) * 3 < std::abs(d.y()))
        return d.y() > 0 ? QStringLiteral("↓") : QStringLiteral("↑");
    return d.x() >= 0 ? QStringLiteral("→") : QStringLiteral("←");
}

// Where the segment from `centre` towards `towards` leaves the square of
// half-size `half` around `centre`.
QPointF clipToSquare(QPointF centre, QPointF towards, double half)
{
    const QPointF d = towards - centre;
    const double m = std::max(std::abs(d.x()), std::abs(d.y()));
    if (m <= half)
        return centre;
    return centre + d * (half / m);
}

QPolygonF arrowHead(QPointF tip, QPointF from)
{
    QLineF side1(tip, from);
    side1.setLength(kArrowSize);
    QLineF side2 = side1;
    side1.setAngle(side1.angle() + 25);
    side2.setAngle(side2.angle() - 25);
    return QPolygonF({tip, side1.p2(), side2.p2()});
}

} // namespace

QString formatLabelLine(const LinkLabelLine& line, LabelMode mode, QPointF aPos, QPointF bPos)
{
    const QString direction = arrow(line.aToB, line.bToA, aPos, bPos);
    QString text = QString::fromStdString(line.ports);
    if (mode == LabelMode::Full)
        text = QStringLiteral("%1 %2 %3").arg(QString::fromStdString(line.transport), text,
                                                QString::fromStdString(line.protocol));
    return direction.isEmpty() ? text : text + QLatin1Char(' ') + direction;
}

QStringList formatLinkLabel(const std::vector<LinkLabelLine>& lines, LabelMode mode, QPointF aPos,
                            QPointF bPos)
{
    if (lines.empty())
        return {QCoreApplication::translate("edgeplan::LinkItem", "no rules")};
    QStringList texts;
    for (const LinkLabelLine& line : lines)
        texts.append(formatLabelLine(line, mode, aPos, bPos));
    if (mode == LabelMode::PortsOnly)
        return {texts.join(QStringLiteral(", "))};
    return texts;
}

LinkItem::LinkItem(DiagramScene* scene, LinkId id)
    : m_scene(scene), m_id(id), m_label(std::make_unique<LinkLabelItem>(this))
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    syncFromModel();
}

LinkItem::~LinkItem() = default;

void LinkItem::syncFromModel()
{
    m_lines = linkLabel(m_scene->topology(), m_id);
    ++m_ruleDerivations;
    m_hasRules = !m_lines.empty();
    m_intoA = std::any_of(m_lines.begin(), m_lines.end(), [](const LinkLabelLine& l) { return l.bToA; });
    m_intoB = std::any_of(m_lines.begin(), m_lines.end(), [](const LinkLabelLine& l) { return l.aToB; });
    syncGeometry();
}

void LinkItem::syncGeometry()
{
    const Link* link = m_scene->topology().link(m_id);
    const ComponentItem* a = link ? m_scene->componentItem(link->a) : nullptr;
    const ComponentItem* b = link ? m_scene->componentItem(link->b) : nullptr;
    if (!a || !b)
        return;
    const QPointF pa = a->pos();
    const QPointF pb = b->pos();
    prepareGeometryChange();
    m_line = QLineF(clipToSquare(pa, pb, kIconClearance), clipToSquare(pb, pa, kIconClearance));
    // The arrows of the kept lines follow the ends' new places.
    m_label->setLines(formatLinkLabel(m_lines, m_scene->labelMode(), pa, pb), !m_hasRules);
    m_label->updateLeader();
    update();
}

void LinkItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
    m_label->update();
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-kArrowSize - 4, -kArrowSize - 4,
                                                                  kArrowSize + 4, kArrowSize + 4);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = m_hasRules ? kLineColour : kMutedColour;
    double width = 1.6;
    const LinkCheck check = m_scene->linkCheck(m_id);
    if (m_highlighted) {
        QColor glow = kHighlight;
        glow.setAlpha(70);
        painter->setPen(QPen(glow, 9, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_line);
        colour = kHighlight;
        width = 3;
    } else if (option->state & QStyle::State_Selected) {
        colour = kAccent;
        width = 2.6;
    } else {
        // The verification's verdict; dashes on a failure, so that colour is not the only sign.
        switch (check) {
        case LinkCheck::Passed: colour = kCheckPassed; width = 2.6; break;
        case LinkCheck::Warning: colour = kCheckWarning; width = 2.6; break;
        case LinkCheck::Failed: colour = kCheckFailed; width = 2.6; break;
        case LinkCheck::None: break;
        }
    }
    const bool dashed = (!m_hasRules && !m_scene->printStyle()) || (!m_highlighted && !(option->state & QStyle::State_Selected) &&
                                        check == LinkCheck::Failed);
    QPen pen(colour, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (!m_hasRules || m_line.length() < 3 * kArrowSize)
        return;

    // Arrowheads at the ends traffic flows into.
    painter->setPen(QPen(colour, 1));
    painter->setBrush(colour);
    if (m_intoB)
        painter->drawPolygon(arrowHead(m_line.p2(), m_line.p1()));
    if (m_intoA)
        painter->drawPolygon(arrowHead(m_line.p1(), m_line.p2()));
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemSelectedHasChanged)
        m_label->update();
    return QGraphicsItem::itemChange(change, value);
}

namespace {

// Drawn where the labels are: not below the level of detail that hides them.
class LeaderLine : public QGraphicsLineItem
{
public:
    using QGraphicsLineItem::QGraphicsLineItem;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >= kLabelsShownFrom)
            QGraphicsLineItem::paint(painter, option, widget);
    }
};

} // namespace

LinkLabelItem::LinkLabelItem(LinkItem* link) : m_link(link)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::LeftButton);
}

void LinkLabelItem::updateLeader()
{
    // Until a layout has placed the box, it stands nowhere in particular.
    if (!m_placed)
        return;
    const QLineF line = m_link->line();
    const QRectF box = sceneBoundingRect();
    const QPointF centre = box.center();
    // The point of the link nearest the box's centre.
    QPointF nearest = line.p1();
    if (const double length2 = line.dx() * line.dx() + line.dy() * line.dy(); length2 > 0) {
        const QPointF d = line.p2() - line.p1();
        const QPointF c = centre - line.p1();
        const double t = std::clamp((c.x() * d.x() + c.y() * d.y()) / length2, 0.0, 1.0);
        nearest = line.pointAt(t);
    }
    // On the link, or beside it within the slack: no leader.
    const QRectF near = box.adjusted(-kLeaderSlack, -kLeaderSlack, kLeaderSlack, kLeaderSlack);
    bool touches = near.contains(line.p1()) || near.contains(line.p2());
    const QPointF corners[] = {near.topLeft(), near.topRight(), near.bottomRight(), near.bottomLeft()};
    for (int i = 0; i < 4 && !touches; ++i)
        touches = line.intersects(QLineF(corners[i], corners[(i + 1) % 4]), nullptr) == QLineF::BoundedIntersection;
    // The leader is an item of the scene's index, which keeps a hidden
    // item at its last place: an unneeded leader shrinks to nothing, and
    // only the few labels that stand off their links ever get one.
    if (touches) {
        if (m_leader) {
            m_leader->hide();
            m_leader->setLine(QLineF());
        }
        return;
    }
    // From where the way to the link leaves the box.
    const QPointF way = nearest - centre;
    double t = 1;
    if (way.x() != 0)
        t = std::min(t, box.width() / 2 / std::abs(way.x()));
    if (way.y() != 0)
        t = std::min(t, box.height() / 2 / std::abs(way.y()));
    const QLineF leader(mapFromScene(centre + way * t), mapFromScene(nearest));
    if (!m_leader) {
        m_leader = new LeaderLine(this);
        m_leader->setFlag(ItemStacksBehindParent);
        m_leader->setAcceptedMouseButtons(Qt::NoButton);
        m_leader->setPen(QPen(QColor(0x8A, 0x96, 0xA3), 1, Qt::DotLine));
    }
    m_leader->setLine(leader); // Qt skips an unchanged line or visibility itself
    m_leader->show();
}

bool LinkLabelItem::hasLeader() const
{
    return m_leader && m_leader->isVisible();
}

void LinkLabelItem::setLines(const QStringList& lines, bool muted)
{
    if (lines == m_lines && muted == m_muted)
        return;
    const QFontMetricsF metrics(labelFont());
    double width = 0;
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    prepareGeometryChange();
    const QPointF centre = pos() + QPointF(m_size.width() / 2, m_size.height() / 2);
    m_lines = lines;
    m_muted = muted;
    m_size = QSizeF(std::ceil(width + 2 * kLabelPaddingX),
                    std::ceil(metrics.height() * lines.size() + 2 * kLabelPaddingY));
    moveCentre(centre);
    update();
}

void LinkLabelItem::setCentre(QPointF centre)
{
    m_placed = true;
    moveCentre(centre);
}

void LinkLabelItem::moveCentre(QPointF centre)
{
    setPos(centre - QPointF(m_size.width() / 2, m_size.height() / 2));
    updateLeader();
}

QRectF LinkLabelItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void LinkLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < kLabelsShownFrom)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border(0xB8, 0xC2, 0xCC);
    if (m_link->isHighlighted())
        border = kHighlight;
    else if (m_link->isSelected())
        border = kAccent;
    painter->setPen(QPen(border, m_link->isSelected() || m_link->isHighlighted() ? 1.6 : 1));
    painter->setBrush(m_muted ? QColor(0xF4, 0xF5, 0xF7, 235) : QColor(0xFF, 0xFF, 0xFF, 240));
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFont font = labelFont();
    font.setItalic(m_muted);
    painter->setFont(font);
    painter->setPen(m_muted ? kMutedColour : QColor(0x1E, 0x29, 0x33));
    const double lineHeight = QFontMetricsF(font).height();
    for (int i = 0; i < m_lines.size(); ++i)
        painter->drawText(QRectF(kLabelPaddingX, kLabelPaddingY + i * lineHeight,
                                 m_size.width() - 2 * kLabelPaddingX, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, m_lines[i]);
}

void LinkLabelItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (!toggle && scene())
        scene()->clearSelection();
    m_link->setSelected(toggle ? !m_link->isSelected() : true);
    event->accept();
}

} // namespace edgeplan
