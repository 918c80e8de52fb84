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
    // Certificates list their names one a line; DNS records fit one line.
    m_view->setWordWrap(kind == Certificates);
    if (kind == Certificates)
        m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    else
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        retranslateUi();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NamingDock::onCurrentRowChanged);
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
