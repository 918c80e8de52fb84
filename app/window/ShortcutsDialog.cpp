#include "window/ShortcutsDialog.h"

#include "support/PlainText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

void addMenu(const QMenu* menu, const QString& path, QList<QStringList>& rows)
{
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu* sub = action->menu()) {
            addMenu(sub, path + QStringLiteral(" > ") + withoutAccelerator(sub->title()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({path, commandName(*action), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<QStringList> ShortcutsDialog::rows(const QMenuBar* menus)
{
    QList<QStringList> rows;
    for (const QAction* action : menus->actions())
        if (const QMenu* menu = action->menu())
            addMenu(menu, withoutAccelerator(menu->title()), rows);
    const QString canvas = tr("Canvas");
    rows.append({canvas, tr("Cancel a connection being drawn; back to Select"), QStringLiteral("Esc")});
    rows.append({canvas, tr("Connect from a component: drag from its handle"), tr("Drag")});
    rows.append({canvas, tr("Rename a component in place"), tr("Double-click")});
    return rows;
}

ShortcutsDialog* ShortcutsDialog::open(const QMenuBar* menus, QWidget* parent)
{
    auto* dialog = new ShortcutsDialog(menus, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    const QList<QStringList> list = rows(menus);
    auto* table = new QTableWidget(int(list.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < list.size(); ++row)
        for (int column = 0; column < 3; ++column)
            table->setItem(row, column, new QTableWidgetItem(list[row].value(column)));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace edgeplan
