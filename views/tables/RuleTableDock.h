#pragma once

#include "base/Localized.h"
#include "plan/Topology.h"

#include <QWidget>

class QAction;
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
    void setLinksFilter(std::vector<LinkId> links);
    // The selected rows (all shown rows when none is), headers first, as
    // tab-separated lines: what Ctrl+C in the table puts on the clipboard,
    // ready to paste into a spreadsheet.
    QString rowsText() const;
    void copyRows() const;
    // Forgets the user's column widths and fits the columns to what they hold.
    void resetWidths();

Q_SIGNALS:
    // The link of the selected row, or an invalid id when no row is selected.
    void linkSelected(edgeplan::LinkId link);

protected:
    void changeEvent(QEvent* event) override;
    // Ctrl+C and Ctrl+A in the table act on the table, not on the diagram.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fillFirewalls();
    // The columns sized by what they hold, unless the user sized them.
    void fitColumns();
    void restoreWidths();
    void updateCount();
    void onCurrentRowChanged();

    Document* m_document;
    Lang m_lang = Lang::En;
    RuleTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_firewall;
    QLabel* m_firewallLabel = nullptr;
    QLabel* m_count;
    QAction* m_copyAction = nullptr;
    QTableView* m_view;
    QAction* m_fitAction = nullptr;
    bool m_userWidths = false;
    bool m_headerPressed = false;
    const QObject* m_headerViewport = nullptr; // compared only: the header's, for the mouse on it
};

} // namespace edgeplan
