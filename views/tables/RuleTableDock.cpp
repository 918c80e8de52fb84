#include "tables/RuleTableDock.h"

#include "document/Document.h"
#include "tables/RuleTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace edgeplan {

namespace {

// A column fits what it holds up to this; the names and notes, the
// columns a network team reads, up to more.
constexpr int kMaxColumnWidth = 200;
constexpr int kMaxWideColumnWidth = 360;
// The widths the user gave the columns, kept between runs.
const char kHeaderStateKey[] = "ruleTable/header";

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
        return static_cast<RuleTableModel*>(sourceModel())->firewallIdAt(sourceRow) == m_firewallId;
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
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyRulesAction"));
    connect(m_copyAction, &QAction::triggered, this, &RuleTableDock::copyRows);
    m_view->addAction(m_copyAction);
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
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RuleTableDock::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RuleTableDock::updateCount);
    connect(document, &Document::modelReset, this, &RuleTableDock::fillFirewalls);
    fillFirewalls();
    restoreWidths();
    fitColumns();
    // A width the user drags (the mouse on the header) is theirs from then
    // on, in this run and the next; the header's right-click menu fits the
    // columns again. The last column stretching with the window is not.
    m_view->horizontalHeader()->viewport()->installEventFilter(this);
    m_headerViewport = m_view->horizontalHeader()->viewport();
    m_fitAction = new QAction(this);
    m_fitAction->setObjectName(QStringLiteral("fitRuleColumnsAction"));
    connect(m_fitAction, &QAction::triggered, this, &RuleTableDock::resetWidths);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->horizontalHeader()->addAction(m_fitAction);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_headerPressed)
            return;
        m_userWidths = true;
        QSettings().setValue(QLatin1String(kHeaderStateKey), m_view->horizontalHeader()->saveState());
    });
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
    m_copyAction->setText(tr("&Copy Rows"));
    m_copyAction->setShortcut(QKeySequence::Copy); // shown in the menu; the filter delivers it
    m_fitAction->setText(tr("&Fit Columns to Contents"));
    if (m_firewall->count() > 0)
        m_firewall->setItemText(0, tr("All firewalls"));
    updateCount();
}

bool RuleTableDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_view && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept(); // the window's Copy and Select All must not take these
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copyRows();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString RuleTableDock::rowsText() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << row;
    std::sort(rows.begin(), rows.end());
    // Tabs and line breaks inside a cell would split it: spaces instead.
    const auto cell = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header << cell(m_proxy->headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells << cell(m_proxy->index(row, column).data(RuleTableModel::FullTextRole).toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void RuleTableDock::copyRows() const
{
    QGuiApplication::clipboard()->setText(rowsText());
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
    setLinksFilter(link.isValid() ? std::vector<LinkId>{link} : std::vector<LinkId>{});
}

void RuleTableDock::setLinksFilter(std::vector<LinkId> links)
{
    std::sort(links.begin(), links.end());
    if (links == m_model->linksFilter())
        return;
    m_model->setLinksFilter(std::move(links));
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
    if (m_userWidths)
        return;
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool wide = column == RuleTableModel::SourceColumn || column == RuleTableModel::DestinationColumn ||
                          column == RuleTableModel::NoteColumn;
        m_view->setColumnWidth(column,
                               std::min(m_view->columnWidth(column), wide ? kMaxWideColumnWidth : kMaxColumnWidth));
    }
}

void RuleTableDock::restoreWidths()
{
    const QByteArray state = QSettings().value(QLatin1String(kHeaderStateKey)).toByteArray();
    m_userWidths = !state.isEmpty() && m_view->horizontalHeader()->restoreState(state) &&
                   m_view->horizontalHeader()->count() == RuleTableModel::ColumnCount;
}

void RuleTableDock::resetWidths()
{
    QSettings().remove(QLatin1String(kHeaderStateKey));
    m_userWidths = false;
    fitColumns();
}

void RuleTableDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const size_t links = m_model->linksFilter().size();
    m_count->setText(links == 1  ? tr("%n rule(s) of the selected link", nullptr, shown)
                     : links > 1 ? tr("%n rule(s) of the component's links", nullptr, shown)
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
