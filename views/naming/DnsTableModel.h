#pragma once

#include "naming/Naming.h"

#include <QAbstractTableModel>

#include <vector>

namespace edgeplan {

class Document;

// The DNS records a document's plan needs (deriveDnsRecords), one row each,
// read-only. Derived again after every edit that may change them; the rows
// are only reset when the records really differ.
class DnsTableModel : public QAbstractTableModel
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

    void setLanguage(Lang lang);
    const std::vector<DnsRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    void refresh();

private:
    // The A record's component, or the one whose name an SRV record targets.
    ComponentId componentOf(const DnsRecord& record) const;

    const Document* m_document;
    Lang m_lang = Lang::En;
    std::vector<DnsRecord> m_records;
};

} // namespace edgeplan
