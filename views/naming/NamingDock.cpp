#include "naming/NamingDock.h"

#include "naming/CertificateTableModel.h"
#include "naming/DnsTableModel.h"
#include "tables/FindingsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace edgeplan {

namespace {

constexpr int kMaxColumnWidth = 320;

} // namespace

NamingDock::NamingDock(Document* document, Kind kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_count(new QLabel(this)), m_view(new QTableView(this))
{
    if (kind == Dns)
        m_dns = new DnsTableModel(document, this);
    else
        m_certificates = new CertificateTableModel(document, this);
    setObjectName(kind == Dns ? QStringLiteral("dnsDock") : QStringLiteral("certificatesDock"));
    m_view->setObjectName(kind == Dns ? QStringLiteral("dnsView") : QStringLiteral("certificatesView"));
    m_count->setObjectName(QStringLiteral("count"));
    m_view->setModel(model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Certificates list their names one a line (fitRows); DNS records fit
    // one line. Rows are not measured by the header (ResizeToContents lays
    // out the text of every row after every change: seconds on a large plan).
    m_view->setWordWrap(kind == Certificates);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        fitRows(0, model()->rowCount() - 1);
        fitColumnsOnce();
        retranslateUi();
    });
    connect(model(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        fitRows(first, last);
        fitColumnsOnce();
        retranslateUi();
    });
    connect(model(), &QAbstractItemModel::rowsRemoved, this, &NamingDock::retranslateUi);
    connect(model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                // Whole rows replaced; a rename's name columns keep their lines.
                if (topLeft.column() == 0 && bottomRight.column() == model()->columnCount() - 1)
                    fitRows(topLeft.row(), bottomRight.row());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NamingDock::onCurrentRowChanged);
    fitRows(0, model()->rowCount() - 1);
    fitColumns();
    retranslateUi();
}

QAbstractTableModel* NamingDock::model() const
{
    return m_dns ? static_cast<QAbstractTableModel*>(m_dns) : m_certificates;
}

void NamingDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NamingDock::retranslateUi()
{
    const int rows = model()->rowCount();
    m_count->setText(m_kind == Dns ? tr("%n DNS record(s) the plan needs", nullptr, rows)
                                   : tr("%n certificate(s) the plan needs", nullptr, rows));
    // Headers come through tr() too: ask the view to read them again.
    Q_EMIT model()->headerDataChanged(Qt::Horizontal, 0, model()->columnCount() - 1);
}

void NamingDock::setLanguage(Lang lang)
{
    if (m_dns)
        m_dns->setLanguage(lang);
    else
        m_certificates->setLanguage(lang);
    fitColumns();
}

void NamingDock::fitColumns()
{
    m_view->resizeColumnsToContents();
    for (int column = 0; column < model()->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), kMaxColumnWidth));
    m_columnsFitted = model()->rowCount() > 0;
}

// Columns take the width of their first rows once, and again for a new
// language: after that the widths are the user's, and an edit keeps them.
void NamingDock::fitColumnsOnce()
{
    if (!m_columnsFitted)
        fitColumns();
}

// A certificate's row is as tall as its longest list of names, one a line:
// counted, not laid out.
void NamingDock::fitRows(int first, int last)
{
    if (m_kind != Certificates)
        return;
    const int lineHeight = m_view->fontMetrics().lineSpacing();
    QHeaderView* rows = m_view->verticalHeader();
    for (int row = first; row <= last; ++row) {
        qsizetype lines = 1;
        for (int column = 0; column < model()->columnCount(); ++column)
            lines = std::max(lines, model()->index(row, column).data().toString().count(QLatin1Char('\n')) + 1);
        rows->resizeSection(row, int(lines) * lineHeight + 8);
    }
}

void NamingDock::onCurrentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const auto ids = current.data(DnsTableModel::ComponentIdsRole).value<std::vector<ComponentId>>();
    if (!ids.empty())
        Q_EMIT componentsActivated(ids);
}

} // namespace edgeplan
