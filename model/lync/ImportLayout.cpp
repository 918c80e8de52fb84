#include "lync/Importer.h"

#include "plan/Generator.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace edgeplan::lync {

namespace {

constexpr double kTop = 120;
constexpr double kRowHeight = 120;
constexpr double kMemberHeight = 100;
constexpr double kPoolGap = 140;
constexpr double kSiteGap = 100; // between two sites' bands
constexpr double kGrid = 20;

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

} // namespace

void Importer::layOut()
{
    std::vector<double> centres;
    for (const ZoneBand& band : zoneBands(*m_catalog))
        centres.push_back(snap(band.centre()));
    auto stack = [&](const std::vector<ComponentId>& order, double top) {
        std::map<int, double> cursor;
        double bottom = top;
        for (ComponentId id : order) {
            const Component* component = m_topology->component(id);
            const int zone = std::max(0, m_catalog->zoneIndex(component->zone));
            double& y = cursor.emplace(zone, top).first->second;
            m_topology->setComponentPosition(id, {centres[size_t(zone)], snap(y)});
            const auto members = m_topology->members(id);
            double below = y;
            for (ComponentId member : members) {
                below += kMemberHeight;
                m_topology->setComponentPosition(member, {centres[size_t(zone)], snap(below)});
            }
            bottom = std::max(bottom, below);
            y = members.empty() ? y + kRowHeight : below + kPoolGap;
        }
        return bottom;
    };
    auto topsOf = [&](const Cluster& cluster, std::vector<ComponentId>& order) {
        if (const auto it = m_placed.find(cluster.key); it != m_placed.end())
            order.insert(order.end(), it->second.tops.begin(), it->second.tops.end());
    };
    if (!m_severalSites) {
        std::vector<ComponentId> order;
        for (const Cluster& cluster : m_file->clusters)
            topsOf(cluster, order);
        order.insert(order.end(), m_neighbours.begin(), m_neighbours.end());
        stack(order, kTop);
        return;
    }
    double y = m_neighbours.empty() ? kTop - kSiteGap : stack(m_neighbours, kTop);
    for (const lync::Site& site : m_file->sites) {
        std::vector<ComponentId> order;
        for (const Cluster& cluster : m_file->clusters)
            if (cluster.siteKey == site.key)
                topsOf(cluster, order);
        if (!order.empty())
            y = stack(order, y + kSiteGap + kRowHeight / 2);
    }
}

} // namespace edgeplan::lync
