#include "layout/ZoneLayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace edgeplan {

namespace {

struct BandColours
{
    QColor fill;
    QColor header;
    QColor title;
};

// Light tints from the inside out: blue for the LAN, amber for the DMZ,
// grey-violet for the Internet; a catalog with more zones reuses the amber.
BandColours bandColours(size_t index, size_t count)
{
    if (index == 0)
        return {QColor(0xEA, 0xF1, 0xFB), QColor(0xD9, 0xE6, 0xF6), QColor(0x2F, 0x5B, 0x8C)};
    if (index + 1 == count)
        return {QColor(0xF2, 0xF1, 0xF8), QColor(0xE4, 0xE2, 0xF0), QColor(0x52, 0x4C, 0x86)};
    return {QColor(0xFD, 0xF4, 0xE3), QColor(0xF8, 0xE6, 0xC6), QColor(0x8A, 0x5A, 0x12)};
}

const QColor kBrick(0xC2, 0x65, 0x4C);
const QColor kBrickEdge(0x8E, 0x3B, 0x2A);
const QColor kMortar(0xF3, 0xDE, 0xD5);
constexpr double kBrickHeight = 8;
constexpr double kBadgeTop = ZoneLayout::kHeaderHeight + 10;

QString text(const LocalizedText& localized, Lang lang)
{
    return QString::fromStdString(localized.text(lang));
}

QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    font.setBold(true);
    return font;
}

} // namespace

ZoneLayout::ZoneLayout(const Catalog& catalog)
{
    const std::vector<ZoneBand> bands = zoneBands(catalog);
    for (size_t i = 0; i < catalog.zones.size(); ++i)
        m_bands.push_back({catalog.zones[i].id, catalog.zones[i].name, bands[i].left, bands[i].left + bands[i].width});
    for (const Firewall& firewall : catalog.firewalls) {
        const int inner = catalog.zoneIndex(firewall.innerZone);
        const int outer = catalog.zoneIndex(firewall.outerZone);
        if (inner < 0 || outer < 0 || std::abs(inner - outer) != 1)
            continue;
        m_walls.push_back({firewall.id, firewall.name, m_bands[size_t(std::min(inner, outer))].right});
    }
}

std::string ZoneLayout::zoneAt(QPointF point) const
{
    for (const Band& band : m_bands)
        if (point.x() < band.right)
            return band.zoneId;
    return m_bands.empty() ? std::string() : m_bands.back().zoneId;
}

QRectF ZoneLayout::bandRect(const std::string& zoneId) const
{
    for (const Band& band : m_bands)
        if (band.zoneId == zoneId)
            return QRectF(band.left, 0, band.right - band.left, m_height);
    return {};
}

QRectF ZoneLayout::wallRect(const std::string& firewallId) const
{
    for (const Wall& wall : m_walls)
        if (wall.firewallId == firewallId)
            return QRectF(wall.x - kWallWidth / 2, 0, kWallWidth, m_height);
    return {};
}

std::vector<QRectF> ZoneLayout::wallRects(Lang lang) const
{
    std::vector<QRectF> rects;
    for (const Wall& wall : m_walls) {
        rects.push_back(wallRect(wall.firewallId));
        rects.push_back(badgeRect(wall, lang));
    }
    return rects;
}

QRectF ZoneLayout::badgeRect(const Wall& wall, Lang lang) const
{
    const QFontMetricsF metrics(badgeFont());
    const QSizeF size(metrics.horizontalAdvance(text(wall.name, lang)) + 20, metrics.height() + 8);
    return QRectF(wall.x - size.width() / 2, kBadgeTop, size.width(), size.height());
}

QRectF ZoneLayout::rect() const
{
    if (m_bands.empty())
        return QRectF(0, 0, kBandWidth, m_height);
    return QRectF(0, 0, m_bands.back().right, m_height);
}

bool ZoneLayout::fitHeight(double bottom)
{
    // Round up to whole grid steps so that small moves do not resize the scene.
    const double wanted = std::max(kMinHeight, std::ceil((bottom + 120) / 100) * 100);
    if (wanted == m_height)
        return false;
    m_height = wanted;
    return true;
}

void ZoneLayout::paint(QPainter* painter, const QRectF& exposed, Lang lang,
                       double levelOfDetail) const
{
    painter->save();
    for (size_t i = 0; i < m_bands.size(); ++i) {
        const Band& band = m_bands[i];
        const QRectF bandArea(band.left, 0, band.right - band.left, m_height);
        if (!bandArea.intersects(exposed))
            continue;
        painter->fillRect(bandArea, bandColours(i, m_bands.size()).fill);
        paintTitle(painter, i, 0, lang, levelOfDetail);
    }
    for (const Wall& wall : m_walls)
        paintWall(painter, wall, exposed, lang, levelOfDetail);
    painter->restore();
}

void ZoneLayout::paintTitle(QPainter* painter, size_t i, double top, Lang lang, double levelOfDetail) const
{
    const Band& band = m_bands[i];
    const BandColours colours = bandColours(i, m_bands.size());
    const QRectF header(band.left, top, band.right - band.left, kHeaderHeight);
    painter->fillRect(header, colours.header);
    if (levelOfDetail < 0.4)
        return;
    QFont titleFont;
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    painter->setPen(colours.title);
    painter->setFont(titleFont);
    const double inset = 14 + (i > 0 ? kWallWidth / 2 : 0);
    painter->drawText(header.adjusted(inset, 0, -kWallWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      text(band.name, lang));
}

void ZoneLayout::paintPinnedTitles(QPainter* painter, const QRectF& visible, Lang lang,
                                   double levelOfDetail) const
{
    if (visible.top() <= 0)
        return;
    painter->save();
    for (size_t i = 0; i < m_bands.size(); ++i)
        if (m_bands[i].right > visible.left() && m_bands[i].left < visible.right())
            paintTitle(painter, i, visible.top(), lang, levelOfDetail);
    painter->restore();
}

void ZoneLayout::paintWall(QPainter* painter, const Wall& wall, const QRectF& exposed, Lang lang,
                           double levelOfDetail) const
{
    const QRectF area(wall.x - kWallWidth / 2, 0, kWallWidth, m_height);
    const QRectF badge = badgeRect(wall, lang);
    if (!area.intersects(exposed) && !badge.intersects(exposed))
        return;
    painter->fillRect(area, kBrick);
    if (levelOfDetail >= 0.4) {
        // Mortar joints: a course every few pixels, the vertical joint
        // alternating between the middle and the edges like stretcher bond.
        painter->setPen(QPen(kMortar, 1));
        const double firstRow = std::max(0.0, std::floor(exposed.top() / kBrickHeight));
        const double lastRow = std::min(m_height, exposed.bottom()) / kBrickHeight;
        for (double row = firstRow; row <= lastRow; ++row) {
            const double y = row * kBrickHeight;
            painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            const double jointX = int(row) % 2 ? wall.x : area.left() + 3;
            painter->drawLine(QPointF(jointX, y), QPointF(jointX, y + kBrickHeight));
            if (int(row) % 2 == 0)
                painter->drawLine(QPointF(area.right() - 3, y), QPointF(area.right() - 3, y + kBrickHeight));
        }
    }
    painter->setPen(QPen(kBrickEdge, 1.2));
    painter->drawLine(area.topLeft(), area.bottomLeft());
    painter->drawLine(area.topRight(), area.bottomRight());
    if (levelOfDetail < 0.4)
        return;

    // The firewall's name on a badge pinned to the wall, below the titles.
    painter->setPen(QPen(kBrickEdge, 1.2));
    painter->setBrush(QColor(0xFF, 0xF8, 0xF5));
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter->setFont(badgeFont());
    painter->setPen(kBrickEdge);
    painter->drawText(badge, Qt::AlignCenter, text(wall.name, lang));
}

} // namespace edgeplan
