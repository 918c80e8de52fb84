#pragma once

#include "checks/Checks.h"
#include "support/MetaTypes.h"

#include "tables/ListTableModel.h"

#include <vector>

namespace edgeplan {

class Document;

// The design checks' findings on a document, one row each, in the order
// runChecks gives them (errors first). Recomputed after every edit that may
// change them; the rows are only reset when the findings really differ, so
// that moving a component leaves the selection alone.
class FindingsModel : public ListTableModel<Finding>
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, ComponentsColumn, MessageColumn, CodeColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, CodeRole, ComponentIdsRole };

    explicit FindingsModel(const Document* document, QObject* parent = nullptr);

    const std::vector<Finding>& findings() const { return rows(); }
    const Finding* findingAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public Q_SLOTS:
    void refresh();

private:
    QString componentNames(const Finding& finding) const;

};

} // namespace edgeplan
