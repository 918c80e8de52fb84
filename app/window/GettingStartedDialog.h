#pragma once

#include <QDialog>
#include <QString>

class QAction;
class QMenuBar;

namespace edgeplan {

// The commands the first plan goes through, as the window has them.
struct GettingStartedActions
{
    const QAction* newPlan = nullptr;
    const QAction* open = nullptr;
    const QAction* connect = nullptr;
    const QAction* undo = nullptr;
    const QAction* exportPlan = nullptr;
    const QAction* present = nullptr;
    const QAction* shortcuts = nullptr;
};

// Help > Getting Started: from an empty page to an exported report in a few
// steps, each naming its command where the window's menus have it (the menu
// path and the keys, read from the action itself), so that the page never
// names a menu or a key the window lacks; in the window's language.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    GettingStartedDialog(const QMenuBar* menus, const GettingStartedActions& actions, QWidget* parent = nullptr);
    // Shown, modeless; it deletes itself when closed.
    static GettingStartedDialog* open(const QMenuBar* menus, const GettingStartedActions& actions,
                                      QWidget* parent);

    // The page, as HTML: every text escaped.
    static QString html(const QMenuBar* menus, const GettingStartedActions& actions);
    // Where the menus hold the action and its keys ("File > New (Ctrl+N)"),
    // or its own text when no menu holds it.
    static QString commandText(const QMenuBar* menus, const QAction* action);
};

} // namespace edgeplan
