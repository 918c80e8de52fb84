#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QMenuBar;

namespace edgeplan {

// Help > Keyboard Shortcuts: every action of the window's menus that has a
// key, menu by menu, read from the actions themselves (so it never says a
// key the window does not have), and the keys of the canvas.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    // Shown, modeless; it deletes itself when closed.
    static ShortcutsDialog* open(const QMenuBar* menus, QWidget* parent);

    // The rows: the menu (a submenu as "View > Panels"), the command, its
    // keys as the platform writes them.
    static QList<QStringList> rows(const QMenuBar* menus);
};

} // namespace edgeplan
