#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace edgeplan {

// Rectangles bucketed in a uniform grid, so that "does this rectangle touch
// any of them" looks at a few neighbours instead of all of them.
class RectIndex
{
public:
    explicit RectIndex(double cellSize = 96) : m_cellSize(cellSize) {}

    void insert(const QRectF& rect);
    bool intersects(const QRectF& rect) const;
    size_t size() const { return m_rects.size(); }

private:
    template <typename F>
    bool forEachCell(const QRectF& rect, F&& f) const;

    double m_cellSize;
    std::vector<QRectF> m_rects;
    std::unordered_map<std::int64_t, std::vector<size_t>> m_cells;
    std::vector<size_t> m_huge; // rects spanning too many cells to bucket
};

// A label to place on a link: the link's visible segment and the label's size.
struct LabelRequest
{
    QLineF line;
    QSizeF size;
};

// Where each label's centre goes, in request order: the first candidate
// along its link (middle first, then out towards the ends, then beside the
// line, then further out: farther rows beside it, rings around its middle)
// that touches no `obstacles`, no `softObstacles` and no label placed
// before it; failing that, one that only touches soft obstacles; failing
// that, the middle of the link. Deterministic, and linear in the number of
// labels for evenly spread plans.
std::vector<QPointF> placeLabels(const std::vector<LabelRequest>& requests,
                                 const std::vector<QRectF>& obstacles,
                                 const std::vector<QRectF>& softObstacles);

} // namespace edgeplan
