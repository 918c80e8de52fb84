#pragma once

// The window's rule table against the rows a table built now would show.

#include "rules/TableView.h"
#include "tables/RuleTableModel.h"

#include <QString>

#include <vector>

namespace edgeplan::test {

// "" when the model shows `expected` row by row, in order (rule, firewall,
// both ends' names and addresses, ports, the row's number and the rules it
// folds); else the first difference.
inline QString ruleTableMismatch(const RuleTableModel& model, const std::vector<RowView>& expected)
{
    if (model.rowCount() != int(expected.size()))
        return QStringLiteral("the rule table has %1 rows, the plan %2").arg(model.rowCount()).arg(expected.size());
    auto q = [](const std::string& text) { return QString::fromStdString(text); };
    for (int row = 0; row < model.rowCount(); ++row) {
        const RowView& shown = *model.rowAt(row);
        const RowView& fresh = expected[size_t(row)];
        if (shown.ruleId != fresh.ruleId || shown.firewallId != fresh.firewallId ||
            shown.source.component != fresh.source.component ||
            shown.destination.component != fresh.destination.component ||
            shown.source.addressCell != fresh.source.addressCell ||
            shown.destination.addressCell != fresh.destination.addressCell || shown.ports != fresh.ports ||
            shown.ruleIds != fresh.ruleIds)
            return QStringLiteral("rule table row %1 shows %2 %3 → %4, the plan %5 %6 → %7")
                .arg(row)
                .arg(q(shown.ruleId), q(shown.source.component), q(shown.destination.component), q(fresh.ruleId),
                     q(fresh.source.component), q(fresh.destination.component));
        if (shown.number != fresh.number ||
            model.headerData(row, Qt::Vertical, Qt::DisplayRole).toInt() != fresh.number)
            return QStringLiteral("rule table row %1 is numbered %2, the plan's %3")
                .arg(row)
                .arg(shown.number)
                .arg(fresh.number);
        // What a view reads, not only the spelled-out row.
        const QString cell = model.index(row, RuleTableModel::SourceColumn).data().toString();
        if (cell != q(fresh.source.component))
            return QStringLiteral("rule table row %1 reads '%2', the plan '%3'").arg(row).arg(cell, q(fresh.source.component));
    }
    return {};
}

} // namespace edgeplan::test
