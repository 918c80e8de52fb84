#pragma once

#include "Localized.h"
#include "Topology.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace edgeplan {

class Document;
class RuleTableModel;

// The per-firewall rule tables in a dock: a firewall filter above a table.
// Selecting a row names its link (for the canvas to highlight); the table
// can be limited to one link's rules.
class RuleTableDock : public QWidget
{
    Q_OBJECT

public:
    explicit RuleTableDock(Document* document, QWidget* parent = nullptr);

    RuleTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* firewallFilter() const { return m_firewall; }
    // Rows shown after the firewall filter.
    int visibleRowCount() const;

    void setLanguage(Lang lang);
    void setLinkFilter(LinkId link);

Q_SIGNALS:
    // The link of the selected row, or an invalid id when no row is selected.
    void linkSelected(edgeplan::LinkId link);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFirewalls();
    void fitColumns();
    void updateCount();
    void onCurrentRowChanged();

    Document* m_document;
    Lang m_lang = Lang::En;
    RuleTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_firewall;
    QLabel* m_firewallLabel = nullptr;
    QLabel* m_count;
    QTableView* m_view;
};

} // namespace edgeplan
