#include "presenter/FlowStage.h"

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/LinkItem.h"
#include "support/QtText.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QLinearGradient>
#include <QPainter>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace edgeplan {

namespace {

constexpr double kDimmedOpacity = 0.22;
constexpr double kBadgeGap = 22;
const QColor kDot(0x1F, 0x5F, 0xBF);
const QColor kBadgeFill(0x1E, 0x29, 0x33);
const QColor kBadgeMissing(0xB0, 0x2A, 0x1E);
const QColor kVeil(0xF6, 0xF7, 0xF9, 175);

} // namespace

QRectF FlowDotItem::boundingRect() const
{
    return QRectF(-kTail - kRadius, -kRadius - 3, kTail + 2 * kRadius + 3, 2 * kRadius + 6);
}

void FlowDotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // The item's +x is the way the traffic goes: the tail trails behind.
    QLinearGradient tail(QPointF(-kTail, 0), QPointF(0, 0));
    QColor faded = kDot;
    faded.setAlpha(0);
    tail.setColorAt(0, faded);
    tail.setColorAt(1, kDot);
    painter->setPen(QPen(QBrush(tail), kRadius * 1.1, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(-kTail, 0), QPointF(0, 0));
    painter->setPen(QPen(Qt::white, 3));
    painter->setBrush(kDot);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
}

QFont FlowBadgeItem::font()
{
    QFont font;
    font.setPixelSize(26);
    font.setBold(true);
    return font;
}

void FlowBadgeItem::setText(const QString& text, bool missing)
{
    prepareGeometryChange();
    m_text = text;
    m_missing = missing;
    const QFontMetricsF metrics(font());
    m_size = QSizeF(metrics.horizontalAdvance(text) + 32, metrics.height() + 16);
    update();
}

QRectF FlowBadgeItem::boundingRect() const
{
    return QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size).adjusted(-2, -2, 2, 2);
}

void FlowBadgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(m_missing ? kBadgeMissing : kBadgeFill);
    painter->drawRoundedRect(box, m_size.height() / 2, m_size.height() / 2);
    painter->setFont(font());
    painter->setPen(Qt::white);
    painter->drawText(box, Qt::AlignCenter, m_text);
}

FlowStage::FlowStage(DiagramScene* scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_veil(new QGraphicsRectItem), m_dot(new FlowDotItem),
      m_badge(new FlowBadgeItem), m_animation(new QVariantAnimation(this)), m_replay(new QTimer(this))
{
    m_veil->setPen(Qt::NoPen);
    m_veil->setBrush(kVeil);
    m_veil->setZValue(-10); // over the zone bands, under every item
    m_dot->setZValue(1.5);  // over links and labels, under the components it enters
    m_badge->setZValue(5);
    for (QGraphicsItem* item : {static_cast<QGraphicsItem*>(m_veil), static_cast<QGraphicsItem*>(m_dot),
                                static_cast<QGraphicsItem*>(m_badge)}) {
        item->setVisible(false);
        scene->addItem(item);
    }
    m_animation->setDuration(kDotDurationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutSine);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { m_dot->setPos(value.toPointF()); });
    m_replay->setSingleShot(true);
    m_replay->setInterval(kReplayPauseMs);
    connect(m_animation, &QAbstractAnimation::finished, this, [this] {
        if (m_animated && m_dot->isVisible())
            m_replay->start();
    });
    connect(m_replay, &QTimer::timeout, m_animation, [this] { m_animation->start(); });
}

FlowStage::~FlowStage()
{
    m_replay->stop();
    m_animation->stop();
    if (!m_scene)
        return; // the scene deleted our items with its own
    restoreItems();
    delete m_veil;
    delete m_dot;
    delete m_badge;
}

void FlowStage::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated) {
        m_replay->stop();
        m_animation->stop();
    }
}

QPointF FlowStage::dotPosition() const
{
    return m_dot->pos();
}

bool FlowStage::isDotVisible() const
{
    return m_dot->isVisible();
}

QString FlowStage::badgeText() const
{
    return m_badge->isVisible() ? m_badge->text() : QString();
}

QRectF FlowStage::focusRect() const
{
    return m_focus;
}

// Everything back as the diagram draws it; works on the scene's items as
// they are now, so a rebuild in between leaves nothing dangling.
void FlowStage::restoreItems()
{
    for (QGraphicsItem* item : m_scene->items()) {
        if (item->type() == ComponentItem::Type || item->type() == LinkItem::Type)
            item->setOpacity(1);
        else if (item->type() == LinkLabelItem::Type)
            item->setVisible(true);
    }
    m_scene->setHighlightedLink({});
}

void FlowStage::show(const ResolvedStep* step)
{
    m_replay->stop();
    m_animation->stop();
    if (!m_scene)
        return;
    restoreItems();
    m_focus = {};
    m_dot->setVisible(false);
    m_badge->setVisible(false);
    m_veil->setVisible(step != nullptr);
    if (!step)
        return;
    const QRectF contents = m_scene->contentsRect();
    m_veil->setRect(m_scene->sceneRect() | contents.adjusted(-200, -200, 200, 200));
    const ComponentItem* source = m_scene->componentItem(step->binding.source);
    const ComponentItem* destination = m_scene->componentItem(step->binding.destination);
    const LinkId link = step->isMissing() ? LinkId{} : step->binding.link;
    // The link labels would compete with the badge: the presenter shows one port at a time.
    for (QGraphicsItem* item : m_scene->items()) {
        if (item->type() == LinkLabelItem::Type) {
            item->setVisible(false);
        } else if (item->type() == LinkItem::Type) {
            if (static_cast<LinkItem*>(item)->id() != link)
                item->setOpacity(kDimmedOpacity);
        } else if (item->type() == ComponentItem::Type) {
            const ComponentItem* c = static_cast<ComponentItem*>(item);
            if (link.isValid() ? c != source && c != destination : true)
                item->setOpacity(kDimmedOpacity);
        }
    }
    const QString port = step->rule ? qs(rulePortText(*step->rule)) : QString();
    if (!link.isValid() || !source || !destination) {
        m_badge->setText(QStringLiteral("✕  ") + port, true);
        m_badge->setPos(contents.center());
        m_badge->setVisible(true);
        m_focus = contents;
        return;
    }
    m_scene->setHighlightedLink(link);
    const QLineF line(source->pos(), destination->pos());
    m_dot->setRotation(-line.angle());
    m_dot->setPos(line.p1());
    m_dot->setVisible(true);
    m_animation->setStartValue(line.p1());
    m_animation->setEndValue(line.p2());
    m_badge->setText(port, false);
    placeBadge(line);
    m_badge->setVisible(true);
    m_focus = source->sceneBoundingRect() | destination->sceneBoundingRect() |
              m_badge->sceneBoundingRect();
    if (m_animated) {
        m_animation->start();
    } else {
        // A still picture: the dot on its way, past the middle of the hop.
        m_animation->setCurrentTime(kDotDurationMs * 6 / 10);
    }
}

// Beside the middle of the link, on the side away from the line, kept
// inside the diagram.
void FlowStage::placeBadge(QLineF line)
{
    QLineF normal = line.normalVector().unitVector();
    QPointF n(normal.dx(), normal.dy());
    if (n.y() > 0 || (std::abs(n.y()) < 1e-6 && n.x() > 0))
        n = -n; // above the line, or left of a vertical one
    const QSizeF size = m_badge->size();
    const double distance = std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2 +
                            kBadgeGap;
    QPointF centre = line.pointAt(0.5) + n * distance;
    const QRectF inside = m_scene->contentsRect().adjusted(size.width() / 2, size.height() / 2,
                                                           -size.width() / 2, -size.height() / 2);
    if (inside.isValid()) {
        centre.setX(std::clamp(centre.x(), inside.left(), inside.right()));
        centre.setY(std::clamp(centre.y(), inside.top(), inside.bottom()));
    }
    m_badge->setPos(centre);
}

} // namespace edgeplan
