#include "naming/DnsTableModel.h"

#include "document/Document.h"
#include "support/QtText.h"
#include "tables/FindingsModel.h"

#include <QBrush>
#include <QColor>

namespace edgeplan {

DnsTableModel::DnsTableModel(const Document* document, QObject* parent)
    : ListTableModel(document, ColumnCount, document->dnsRecords(), parent)
{
    // Records follow names, addresses, scenarios, the deployment and the
    // project's naming, all of which namesChanged announces (a new plan
    // too); a move changes none.
    connect(document, &Document::namesChanged, this, &DnsTableModel::refresh);
}

void DnsTableModel::refresh()
{
    replaceRows(m_document->dnsRecords());
    // A record that stays may name a renamed component.
    columnsChanged(ComponentColumn, ComponentColumn);
}

ComponentId DnsTableModel::componentOf(const DnsRecord& record) const
{
    if (record.component.isValid() || record.type != "SRV")
        return record.component;
    for (const DnsRecord& r : m_rows)
        if (r.type != "SRV" && r.location == record.location && r.name == record.value)
            return r.component;
    return {};
}

QVariant DnsTableModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= rowCount())
        return {};
    const DnsRecord& record = m_rows[size_t(index.row())];
    const bool noAddress = record.type != "SRV" && record.value.empty();
    if (role == ComponentIdsRole) {
        const ComponentId id = componentOf(record);
        return QVariant::fromValue(id.isValid() ? std::vector<ComponentId>{id} : std::vector<ComponentId>{});
    }
    if (role == Qt::ForegroundRole && noAddress && index.column() == ValueColumn)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReasonColumn)
            return QStringLiteral("%1\n%2").arg(qs(record.def->reason.text(m_lang)),
                                                qs(referenceText(record.def->reference, m_lang)));
        if (noAddress && index.column() == ValueColumn)
            return tr("The plan gives this component no address yet: set it in the inspector.");
        if (index.column() == PortColumn && record.type == "SRV")
            return tr("Priority %1, weight %2").arg(record.priority).arg(record.weight);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LocationColumn:
        return qs(dnsLocationName(record.location, m_lang));
    case TypeColumn:
        return qs(record.type);
    case NameColumn:
        return qs(record.name);
    case ValueColumn:
        return noAddress ? tr("(no address)") : qs(record.value);
    case PortColumn:
        return record.type == "SRV" ? QVariant(record.port) : QVariant();
    case ComponentColumn:
        if (const Component* c = m_document->topology().component(componentOf(record)))
            return qs(c->name);
        return {};
    case ReasonColumn:
        return qs(record.def->reason.text(m_lang));
    default:
        return {};
    }
}

QVariant DnsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case PortColumn:
        return tr("Port");
    case ComponentColumn:
        return tr("Component");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace edgeplan
