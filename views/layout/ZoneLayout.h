#pragma once

#include "catalog/Catalog.h"
#include "plan/Generator.h"

#include <QPointF>
#include <QRectF>

#include <string>
#include <vector>

class QPainter;

namespace edgeplan {

// The fixed geometry of the diagram's zones: one vertical band per catalog
// zone, left to right from the inside out, with each firewall drawn as a
// wall on the boundary between its two zones. Only the height grows, to fit
// the components.
class ZoneLayout
{
public:
    // The bands' widths are the model's (plan/Generator.h: zoneBands).
    static constexpr double kBandWidth = kZoneBandWidth;
    static constexpr double kOuterBandWidth = kOuterZoneBandWidth;
    static constexpr double kMinHeight = 900;
    static constexpr double kWallWidth = 16;
    static constexpr double kHeaderHeight = 40;

    ZoneLayout() = default;
    explicit ZoneLayout(const Catalog& catalog);

    // The zone whose band holds the point; points left or right of every
    // band belong to the nearest one. Empty when the catalog has no zones.
    std::string zoneAt(QPointF point) const;
    QRectF bandRect(const std::string& zoneId) const; // null when unknown
    QRectF wallRect(const std::string& firewallId) const; // null when not between adjacent bands
    // The walls and the badges that name them, which labels should avoid.
    std::vector<QRectF> wallRects(Lang lang) const;
    QRectF rect() const;
    double height() const { return m_height; }
    // Grows (or shrinks back towards the minimum) so that content reaching
    // down to `bottom` stays inside; true when the height changed.
    bool fitHeight(double bottom);

    // Draws the bands, their titles and the walls that meet `exposed`.
    // Below `levelOfDetail` 0.4 the brickwork and titles are left out.
    void paint(QPainter* painter, const QRectF& exposed, Lang lang, double levelOfDetail) const;
    // While the titles' band is above `visible` (the part of the scene a
    // view shows), draws it again along the top of `visible`, so that a
    // view zoomed onto the lower part of the plan still names the zones.
    // Nothing when the titles are in view.
    void paintPinnedTitles(QPainter* painter, const QRectF& visible, Lang lang, double levelOfDetail) const;

private:
    struct Band
    {
        std::string zoneId;
        LocalizedText name;
        double left = 0;
        double right = 0;
    };
    struct Wall
    {
        std::string firewallId;
        LocalizedText name;
        double x = 0; // centre
    };

    QRectF badgeRect(const Wall& wall, Lang lang) const;
    void paintTitle(QPainter* painter, size_t band, double top, Lang lang, double levelOfDetail) const;
    void paintWall(QPainter* painter, const Wall& wall, const QRectF& exposed, Lang lang,
                   double levelOfDetail) const;

    std::vector<Band> m_bands;
    std::vector<Wall> m_walls;
    double m_height = kMinHeight;
};

} // namespace edgeplan
