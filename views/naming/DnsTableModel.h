#pragma once

#include "naming/Naming.h"

#include "tables/ListTableModel.h"

#include <vector>

namespace edgeplan {

class Document;

// The DNS records a document's plan needs (deriveDnsRecords), one row each,
// read-only. Derived again after every edit that may change them; the rows
// that differ are replaced (ListTableModel).
class DnsTableModel : public ListTableModel<DnsRecord>
{
    Q_OBJECT

public:
    enum Column {
        LocationColumn,
        TypeColumn,
        NameColumn,
        ValueColumn,
        PortColumn,
        ComponentColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { ComponentIdsRole = Qt::UserRole + 1 };

    explicit DnsTableModel(const Document* document, QObject* parent = nullptr);

    const std::vector<DnsRecord>& records() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    void refresh();

private:
    // The A record's component, or the one whose name an SRV record targets.
    ComponentId componentOf(const DnsRecord& record) const;

};

} // namespace edgeplan
