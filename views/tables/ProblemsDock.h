#pragma once

#include "tables/FindingsModel.h"

#include <QWidget>

class QTreeView;

namespace edgeplan {

class Document;

// The Problems panel: the design checks' findings on the document, errors
// first, kept up to date as the plan is edited. Double-clicking a finding
// asks the window to select and centre the components it concerns.
class ProblemsDock : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(Document* document, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    FindingsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    void componentsActivated(std::vector<edgeplan::ComponentId> components);

private:
    void activate(const QModelIndex& index);

    FindingsModel* m_model;
    QTreeView* m_view;
};

} // namespace edgeplan
