#include "tables/RuleTableModel.h"

#include "document/Document.h"

#include <QBrush>
#include <QColor>

namespace edgeplan {

RuleTableModel::RuleTableModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::rulesChanged, this, &RuleTableModel::refresh);
    connect(document, &Document::modelReset, this, &RuleTableModel::refresh);
    refresh();
}

void RuleTableModel::setLanguage(Lang lang)
{
    m_lang = lang;
    refresh();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RuleTableModel::setLinkFilter(LinkId link)
{
    m_linkFilter = link;
    refresh();
}

void RuleTableModel::refresh()
{
    beginResetModel();
    const Topology& topology = m_document->topology();
    m_rows = rowViews(topology, m_document->tables(), m_lang);
    if (m_linkFilter.isValid()) {
        std::erase_if(m_rows, [this](const RowView& row) { return row.link != m_linkFilter; });
    }
    endResetModel();
}

const RowView* RuleTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    auto s = [](const std::string& text) { return QString::fromStdString(text); };
    switch (index.column()) {
    case FirewallColumn:
        return s(row->firewallName);
    case DirectionColumn:
        return s(row->direction);
    case ScenarioColumn:
        return s(row->scenario);
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
        return s(row->reference);
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
