#include "layout/DiagramLabelLayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace edgeplan {

namespace {

constexpr double kClearance = 4;     // space kept around a label
constexpr double kSoftClearance = 8; // and, in addition, from soft obstacles (walls)
constexpr int kFarRows = 4;  // rows of places beside a link, each a label's breadth further out
constexpr int kRings = 12;   // rings of places around a link's middle, each a label's size further out
constexpr size_t kFarBudget = 400000; // far places tried in one layout, at most (about 600 crowded labels)
constexpr std::int64_t kMaxCellsPerRect = 4096; // beyond that a rect is kept aside and checked directly
// From the middle of the link outwards, alternating sides.
constexpr std::array<double, 17> kFractions = {0.5,  0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7,
                                               0.25, 0.75, 0.2,  0.8, 0.15, 0.85, 0.1, 0.9};

QRectF centredRect(QPointF centre, QSizeF size)
{
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                  size.height());
}

// The link's unit normal, and how far the label's centre must move along
// it for the label's box to clear the line.
std::pair<QPointF, double> besideLine(const LabelRequest& request)
{
    const QLineF& line = request.line;
    const double length = line.length();
    QPointF normal(0, -1);
    if (length > 0)
        normal = QPointF(-line.dy() / length, line.dx() / length);
    const double side = std::abs(normal.x()) * request.size.width() / 2 +
                        std::abs(normal.y()) * request.size.height() / 2 + kClearance;
    return {normal, side};
}

// Candidate centres: on the line first, then just beside it on either side.
std::vector<QPointF> candidates(const LabelRequest& request)
{
    std::vector<QPointF> result;
    const QLineF& line = request.line;
    const auto [normal, side] = besideLine(request);
    for (const double offset : {0.0, side, -side})
        for (const double fraction : kFractions)
            result.push_back(line.pointAt(fraction) + normal * offset);
    return result;
}

// When every place on and beside the link is taken (a busy hub): further
// out, first in rows beside the link, then on rings around its middle, one
// label's size a step, nearest first. A label placed here gets a leader
// line to its link (LinkLabelItem).
std::vector<QPointF> farCandidates(const LabelRequest& request)
{
    std::vector<QPointF> result;
    const QLineF& line = request.line;
    const auto [normal, side] = besideLine(request);
    for (int row = 2; row <= kFarRows; ++row)
        for (const double offset : {row * side, -row * side})
            for (const double fraction : kFractions)
                result.push_back(line.pointAt(fraction) + normal * offset);
    const QPointF middle = line.pointAt(0.5);
    const double stepX = request.size.width() + 2 * kClearance;
    const double stepY = request.size.height() + 2 * kClearance;
    for (int ring = 1; ring <= kRings; ++ring)
        for (int dx = -ring; dx <= ring; ++dx)
            for (int dy = -ring; dy <= ring; ++dy)
                if (std::max(std::abs(dx), std::abs(dy)) == ring)
                    result.push_back(middle + QPointF(dx * stepX, dy * stepY));
    return result;
}

} // namespace

// Calls f with the key of every cell the rect spans; false (and no call)
// when it spans too many.
template <typename F>
bool RectIndex::forEachCell(const QRectF& rect, F&& f) const
{
    const auto x0 = std::int64_t(std::floor(rect.left() / m_cellSize));
    const auto x1 = std::int64_t(std::floor(rect.right() / m_cellSize));
    const auto y0 = std::int64_t(std::floor(rect.top() / m_cellSize));
    const auto y1 = std::int64_t(std::floor(rect.bottom() / m_cellSize));
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCellsPerRect)
        return false;
    for (std::int64_t x = x0; x <= x1; ++x)
        for (std::int64_t y = y0; y <= y1; ++y)
            f((x << 32) ^ (y & 0xffffffff));
    return true;
}

void RectIndex::insert(const QRectF& rect)
{
    const size_t index = m_rects.size();
    m_rects.push_back(rect);
    if (!forEachCell(rect, [&](std::int64_t key) { m_cells[key].push_back(index); }))
        m_huge.push_back(index);
}

bool RectIndex::intersects(const QRectF& rect) const
{
    for (size_t index : m_huge)
        if (m_rects[index].intersects(rect))
            return true;
    bool hit = false;
    const bool indexed = forEachCell(rect, [&](std::int64_t key) {
        if (hit)
            return;
        const auto it = m_cells.find(key);
        if (it == m_cells.end())
            return;
        for (size_t index : it->second)
            if (m_rects[index].intersects(rect)) {
                hit = true;
                return;
            }
    });
    if (!indexed)
        return std::any_of(m_rects.begin(), m_rects.end(), [&](const QRectF& r) { return r.intersects(rect); });
    return hit;
}

std::vector<QPointF> placeLabels(const std::vector<LabelRequest>& requests,
                                 const std::vector<QRectF>& obstacles,
                                 const std::vector<QRectF>& softObstacles)
{
    RectIndex hard;
    for (const QRectF& rect : obstacles)
        hard.insert(rect);
    RectIndex soft;
    for (const QRectF& rect : softObstacles)
        soft.insert(rect.adjusted(-kSoftClearance, -kSoftClearance, kSoftClearance, kSoftClearance));

    std::vector<QPointF> centres;
    centres.reserve(requests.size());
    size_t farTries = 0;
    for (const LabelRequest& request : requests) {
        QPointF chosen = request.line.pointAt(0.5);
        // The nearest free place: beside the link before far from it, and
        // clear of the walls before touching them.
        auto search = [&](const std::vector<QPointF>& options) {
            for (const bool avoidSoft : {true, false})
                for (const QPointF& centre : options) {
                    const QRectF box = centredRect(centre, request.size)
                                           .adjusted(-kClearance, -kClearance, kClearance, kClearance);
                    if (hard.intersects(box) || (avoidSoft && soft.intersects(box)))
                        continue;
                    chosen = centre;
                    return true;
                }
            return false;
        };
        // The far places cost a few hundred tries a label: within a budget a
        // call, so that a plan of thousands of crowded labels lays out in
        // bounded time (past it, such a label takes its link's middle).
        if (!search(candidates(request)) && farTries < kFarBudget) {
            const std::vector<QPointF> far = farCandidates(request);
            farTries += far.size();
            search(far);
        }
        centres.push_back(chosen);
        hard.insert(centredRect(chosen, request.size));
    }
    return centres;
}

} // namespace edgeplan
