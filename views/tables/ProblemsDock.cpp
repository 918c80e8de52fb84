#include "tables/ProblemsDock.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace edgeplan {

ProblemsDock::ProblemsDock(Document* document, QWidget* parent)
    : QWidget(parent), m_model(new FindingsModel(document, this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::ComponentsColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::doubleClicked, this, &ProblemsDock::activate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ProblemsDock::setLanguage(Lang lang)
{
    m_model->setLanguage(lang);
}

void ProblemsDock::activate(const QModelIndex& index)
{
    const Finding* finding = m_model->findingAt(index.row());
    if (finding && !finding->components.empty())
        Q_EMIT componentsActivated(finding->components);
}

} // namespace edgeplan
