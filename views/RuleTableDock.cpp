#include "RuleTableDock.h"

#include "Document.h"
#include "RuleTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

constexpr int kMaxColumnWidth = 260;

// Keeps the rows of one firewall (by id, whatever the language shows).
class FirewallFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFirewall(const QString& firewallId)
    {
        m_firewallId = firewallId.toStdString();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex&) const override
    {
        if (m_firewallId.empty())
            return true;
        const RowView* row = static_cast<RuleTableModel*>(sourceModel())->rowAt(sourceRow);
        return row && row->firewallId == m_firewallId;
    }

private:
    std::string m_firewallId;
};

} // namespace

RuleTableDock::RuleTableDock(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new RuleTableModel(document, this)),
      m_proxy(new FirewallFilterModel(this)), m_firewall(new QComboBox(this)),
      m_count(new QLabel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_firewall->setObjectName(QStringLiteral("firewallFilter"));
    m_firewall->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* bar = new QHBoxLayout;
    m_firewallLabel = new QLabel(this);
    m_firewallLabel->setBuddy(m_firewall);
    bar->addWidget(m_firewallLabel);
    bar->addWidget(m_firewall);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_firewall, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<FirewallFilterModel*>(m_proxy)->setFirewall(m_firewall->currentData().toString());
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RuleTableDock::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RuleTableDock::updateCount);
    connect(document, &Document::modelReset, this, &RuleTableDock::fillFirewalls);
    fillFirewalls();
    fitColumns();
    retranslateUi();
}

void RuleTableDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The dock's own words; the table's follow the data language (setLanguage).
void RuleTableDock::retranslateUi()
{
    m_firewallLabel->setText(tr("Firewall:"));
    if (m_firewall->count() > 0)
        m_firewall->setItemText(0, tr("All firewalls"));
    updateCount();
}

int RuleTableDock::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void RuleTableDock::setLanguage(Lang lang)
{
    m_lang = lang;
    m_model->setLanguage(lang);
    fillFirewalls();
    fitColumns();
}

void RuleTableDock::setLinkFilter(LinkId link)
{
    if (link == m_model->linkFilter())
        return;
    m_model->setLinkFilter(link);
}

void RuleTableDock::fillFirewalls()
{
    const QString current = m_firewall->currentData().toString();
    const QSignalBlocker blocker(m_firewall);
    m_firewall->clear();
    m_firewall->addItem(tr("All firewalls"), QString());
    for (const Firewall& firewall : m_document->catalog().firewalls)
        m_firewall->addItem(QString::fromStdString(firewall.name.text(m_lang)),
                            QString::fromStdString(firewall.id));
    m_firewall->setCurrentIndex(std::max(0, m_firewall->findData(current)));
    static_cast<FirewallFilterModel*>(m_proxy)->setFirewall(m_firewall->currentData().toString());
    updateCount();
}

void RuleTableDock::fitColumns()
{
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), kMaxColumnWidth));
}

void RuleTableDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    m_count->setText(m_model->linkFilter().isValid()
                         ? tr("%n rule(s) of the selected link", nullptr, shown)
                         : tr("%n rule(s)", nullptr, shown));
}

void RuleTableDock::onCurrentRowChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    LinkId link;
    if (!rows.isEmpty())
        link.value = m_proxy->mapToSource(rows.front()).data(RuleTableModel::LinkIdRole).toULongLong();
    Q_EMIT linkSelected(link);
}

} // namespace edgeplan
