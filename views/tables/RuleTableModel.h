#pragma once

#include "rules/TableView.h"

#include <QAbstractTableModel>

namespace edgeplan {

class Document;

// The per-firewall rule tables of a document as one Qt table (a firewall
// column tells the tables apart), rebuilt whenever the rules change.
// Optionally limited to the rules of one link.
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FirewallColumn,
        DirectionColumn,
        ScenarioColumn,
        ServiceColumn,
        ProtocolColumn,
        TransportColumn,
        PortsColumn,
        SourceColumn,
        SourceAddressColumn,
        DestinationColumn,
        DestinationAddressColumn,
        NoteColumn,
        ReferenceColumn,
        ColumnCount
    };
    enum Role { LinkIdRole = Qt::UserRole + 1, RuleIdRole };

    explicit RuleTableModel(Document* document, QObject* parent = nullptr);

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }
    // Shows only the rules of this link; an invalid id shows every rule.
    void setLinkFilter(LinkId link);
    LinkId linkFilter() const { return m_linkFilter; }
    const RowView* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    void refresh();

private:
    Document* m_document;
    Lang m_lang = Lang::En;
    LinkId m_linkFilter;
    std::vector<RowView> m_rows;
};

} // namespace edgeplan
