#pragma once

#include "rules/TableView.h"

#include <QAbstractTableModel>

#include <unordered_map>

namespace edgeplan {

class Document;
struct RulesChange;

// The per-firewall rule tables of a document as one Qt table (a firewall
// column tells the tables apart), optionally limited to the rules of one
// link. It holds the folded rows (one per opening) as the table index gives
// them, numbered in the vertical header as every export numbers them, and
// spells out only the rows a view asks for; an edit inserts, removes or
// moves the rows that changed (a rename moves rows and changes their text,
// resets nothing).
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
    // FullTextRole: a cell's whole text, where the column shows a short
    // form (Scenario, Reference); the copied rows use it.
    enum Role { LinkIdRole = Qt::UserRole + 1, RuleIdRole, FullTextRole };

    explicit RuleTableModel(const Document* document, QObject* parent = nullptr);

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }
    // Shows only the rules of this link; an invalid id shows every rule.
    void setLinkFilter(LinkId link);
    // Shows only the rules of these links (a component's); none: every rule.
    void setLinksFilter(std::vector<LinkId> links);
    // The one link shown, else an invalid id.
    LinkId linkFilter() const { return m_linkFilter.size() == 1 ? m_linkFilter.front() : LinkId{}; }
    const std::vector<LinkId>& linksFilter() const { return m_linkFilter; }
    // The row spelled out, or null; valid until the next change.
    const RowView* rowAt(int row) const;
    // The firewall's id of a row, without spelling the row out.
    std::string firewallIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    // Everything again, as a reset (a new language, another filter).
    void refresh();

private:
    struct Row
    {
        const Firewall* firewall = nullptr;
        FoldedRow row;
        int number = 0; // in its firewall's table; not part of what the row is
        bool operator==(const Row& other) const { return firewall == other.firewall && row == other.row; }
    };
    std::vector<Row> currentRows() const;
    void onRulesChanged(const RulesChange& change);

    const Document* m_document;
    Lang m_lang = Lang::En;
    std::vector<LinkId> m_linkFilter; // sorted
    std::vector<Row> m_rows;
    mutable std::unordered_map<int, RowView> m_views; // the rows spelled out so far
};

} // namespace edgeplan
