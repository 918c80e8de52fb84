#include "tables/RuleTableModel.h"

#include "document/Document.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <unordered_map>

namespace edgeplan {

RuleTableModel::RuleTableModel(const Document* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // A new plan comes with rulesChanged too (every row).
    connect(document, &Document::rulesChanged, this, &RuleTableModel::onRulesChanged);
    m_rows = currentRows();
}

void RuleTableModel::setLanguage(Lang lang)
{
    m_lang = lang;
    refresh();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RuleTableModel::setLinkFilter(LinkId link)
{
    setLinksFilter(link.isValid() ? std::vector<LinkId>{link} : std::vector<LinkId>{});
}

void RuleTableModel::setLinksFilter(std::vector<LinkId> links)
{
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    m_linkFilter = std::move(links);
    refresh();
}

std::vector<RuleTableModel::Row> RuleTableModel::currentRows() const
{
    std::vector<Row> rows;
    auto onLink = [&](const FoldedRow& row) {
        auto carried = [&](const TableRow& r) {
            return std::binary_search(m_linkFilter.begin(), m_linkFilter.end(), r.binding.link);
        };
        return carried(row.row) || std::any_of(row.also.begin(), row.also.end(), carried) ||
               std::any_of(row.covers.begin(), row.covers.end(), carried);
    };
    for (const FirewallTable& table : m_document->tables().firewalls) {
        int number = 0;
        for (const FoldedRow& row : table.folded) {
            if (row.coveredBy)
                continue;
            ++number;
            if (m_linkFilter.empty() || onLink(row))
                rows.push_back({table.firewall, row, number});
        }
    }
    return rows;
}

void RuleTableModel::refresh()
{
    beginResetModel();
    m_rows = currentRows();
    m_views.clear();
    endResetModel();
}

namespace {

struct RowHash
{
    size_t operator()(const TableRow& row) const
    {
        const RuleBinding& b = row.binding;
        size_t h = std::hash<const void*>()(b.rule);
        for (const uint64_t v : {uint64_t(b.source.value), uint64_t(b.destination.value), uint64_t(b.link.value),
                                 uint64_t(b.ports.first) << 16 | b.ports.last, uint64_t(row.direction)})
            h = h * 1000003u ^ std::hash<uint64_t>()(v);
        return h;
    }
};

} // namespace

// The old rows and the new ones are both in table order. The common head
// and tail stay as they are; in between, the rows of the old that the new
// lacks are removed and the new ones inserted when the rows that stay keep
// their order (an edit that adds or removes rows), or the rows are moved
// (a rename sorts its rows elsewhere). Rows that show a changed component
// are told as changed, so that views spell them out again.
void RuleTableModel::onRulesChanged(const RulesChange& change)
{
    if (change.all)
        return refresh();
    std::vector<Row> rows = currentRows();
    std::vector<int> numbers;
    numbers.reserve(rows.size());
    for (const Row& row : rows)
        numbers.push_back(row.number);
    m_views.clear(); // spelled-out rows may name a renamed component
    const size_t oldCount = m_rows.size();
    const size_t newCount = rows.size();
    size_t head = 0;
    while (head < oldCount && head < newCount && m_rows[head] == rows[head])
        ++head;
    size_t tail = 0;
    while (tail < oldCount - head && tail < newCount - head &&
           m_rows[oldCount - 1 - tail] == rows[newCount - 1 - tail])
        ++tail;
    const size_t oldEnd = oldCount - tail;
    const size_t newEnd = newCount - tail;

    if (head < oldEnd || head < newEnd) {
        // Where each row of the middle stands in the new table.
        std::unordered_multimap<TableRow, size_t, RowHash> placeInNew;
        for (size_t i = head; i < newEnd; ++i)
            placeInNew.emplace(rows[i].row.row, i);
        std::vector<long> newPlace(oldEnd - head, -1);
        std::vector<bool> kept(newEnd - head, false);
        for (size_t i = head; i < oldEnd; ++i) {
            auto range = placeInNew.equal_range(m_rows[i].row.row);
            for (auto it = range.first; it != range.second; ++it)
                if (!kept[it->second - head] && rows[it->second] == m_rows[i]) {
                    kept[it->second - head] = true;
                    newPlace[i - head] = long(it->second);
                    placeInNew.erase(it);
                    break;
                }
        }
        bool inOrder = true;
        long last = -1;
        for (const long place : newPlace)
            if (place >= 0) {
                inOrder = inOrder && place > last;
                last = place;
            }
        const bool sameRows = oldEnd - head == newEnd - head &&
                              std::all_of(newPlace.begin(), newPlace.end(), [](long p) { return p >= 0; });
        if (inOrder) {
            // Removals from the bottom up, in runs, then insertions top down.
            for (size_t i = oldEnd; i > head;) {
                if (newPlace[i - 1 - head] >= 0) {
                    --i;
                    continue;
                }
                size_t first = i - 1;
                while (first > head && newPlace[first - 1 - head] < 0)
                    --first;
                beginRemoveRows({}, int(first), int(i - 1));
                m_rows.erase(m_rows.begin() + long(first), m_rows.begin() + long(i));
                m_views.clear();
                endRemoveRows();
                i = first;
            }
            for (size_t i = head; i < newEnd;) {
                if (kept[i - head]) {
                    ++i;
                    continue;
                }
                size_t end = i + 1;
                while (end < newEnd && !kept[end - head])
                    ++end;
                beginInsertRows({}, int(i), int(end - 1));
                m_rows.insert(m_rows.begin() + long(i), rows.begin() + long(i), rows.begin() + long(end));
                m_views.clear();
                endInsertRows();
                i = end;
            }
        } else if (sameRows) {
            // The same rows in another order: a move, selections kept.
            Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            const QModelIndexList before = persistentIndexList();
            QModelIndexList after;
            after.reserve(before.size());
            for (const QModelIndex& index : before) {
                const size_t row = size_t(index.row());
                const size_t place = row >= head && row < oldEnd ? size_t(newPlace[row - head]) : row;
                after << createIndex(int(place), index.column());
            }
            changePersistentIndexList(before, after);
            m_rows = std::move(rows);
            m_views.clear();
            Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        } else {
            beginResetModel();
            m_rows = std::move(rows);
            m_views.clear();
            endResetModel();
            return;
        }
    }
    // The rows kept from before take their numbers now: a row more above
    // renumbers those below it, which the vertical header shows.
    int firstRenumbered = -1;
    int lastRenumbered = -1;
    for (size_t i = 0; i < m_rows.size() && i < numbers.size(); ++i)
        if (m_rows[i].number != numbers[i]) {
            m_rows[i].number = numbers[i];
            firstRenumbered = firstRenumbered < 0 ? int(i) : firstRenumbered;
            lastRenumbered = int(i);
        }
    if (firstRenumbered >= 0)
        Q_EMIT headerDataChanged(Qt::Vertical, firstRenumbered, lastRenumbered);
    // The rows that show a changed component read differently.
    auto showsRow = [&](const TableRow& row) {
        return std::binary_search(change.components.begin(), change.components.end(), row.binding.source) ||
               std::binary_search(change.components.begin(), change.components.end(), row.binding.destination);
    };
    auto shows = [&](const Row& row) {
        return showsRow(row.row.row) || std::any_of(row.row.also.begin(), row.row.also.end(), showsRow) ||
               std::any_of(row.row.covers.begin(), row.row.covers.end(), showsRow);
    };
    for (size_t i = 0; i < m_rows.size();) {
        if (!shows(m_rows[i])) {
            ++i;
            continue;
        }
        size_t end = i + 1;
        while (end < m_rows.size() && shows(m_rows[end]))
            ++end;
        Q_EMIT dataChanged(index(int(i), 0), index(int(end - 1), ColumnCount - 1));
        i = end;
    }
}

const RowView* RuleTableModel::rowAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    auto [it, added] = m_views.try_emplace(row);
    if (added) {
        const Row& shown = m_rows[size_t(row)];
        it->second = rowView(m_document->topology(), *shown.firewall, shown.row, m_lang);
        it->second.number = shown.number;
    }
    return &it->second;
}

std::string RuleTableModel::firewallIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].firewall->id : std::string();
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    const RowView* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == LinkIdRole)
        return QVariant::fromValue(row->link.value);
    if (role == RuleIdRole)
        return QString::fromStdString(row->ruleId);
    if (role == Qt::ForegroundRole && row->crossesSeveral)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && row->crossesSeveral)
        return tr("This traffic crosses both firewalls directly, without the Edge Server.");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != FullTextRole)
        return {};
    auto s = [](const std::string& text) { return QString::fromStdString(text); };
    // The narrow columns show a short form, the tool tip and a copy the whole.
    const bool whole = role != Qt::DisplayRole;
    switch (index.column()) {
    case FirewallColumn:
        return s(row->firewallName);
    case DirectionColumn:
        return s(row->direction);
    case ScenarioColumn:
        return s(whole || row->scenarioShort.empty() ? row->scenario : row->scenarioShort);
    case ServiceColumn:
        return s(row->service);
    case ProtocolColumn:
        return s(row->protocol);
    case TransportColumn:
        return s(row->transport);
    case PortsColumn:
        return s(row->ports);
    case SourceColumn:
        return s(row->source.component);
    case SourceAddressColumn:
        return s(row->source.addressCell);
    case DestinationColumn:
        return s(row->destination.component);
    case DestinationAddressColumn:
        return s(row->destination.addressCell);
    case NoteColumn:
        return s(row->note);
    case ReferenceColumn:
        return s(whole || row->referenceKey.empty() ? row->reference : row->referenceKey);
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < int(m_rows.size()))
        return m_rows[size_t(section)].number;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Headers h = headers(m_lang);
    const std::string* names[] = {&h.firewall, &h.direction, &h.scenario, &h.service,
                                  &h.protocol, &h.transport, &h.ports, &h.source,
                                  &h.sourceAddress, &h.destination, &h.destinationAddress,
                                  &h.note, &h.reference};
    if (section < 0 || section >= ColumnCount)
        return {};
    return QString::fromStdString(*names[section]);
}

} // namespace edgeplan
