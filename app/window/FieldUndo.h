#pragma once

#include <QObject>

class QWidget;

namespace edgeplan {

// Undo and Redo from the window's panels, as spreadsheet tools do it: in a
// field with typing of its own to take back (an edit in progress), Ctrl+Z
// and the Redo keys work on that typing; in a field with none (its edit was
// committed with Enter or Tab, or nothing was typed) they go on to the
// plan's Undo and Redo instead of doing nothing. Installed on the
// application, for the fields inside one window.
class FieldUndo : public QObject
{
    Q_OBJECT

public:
    explicit FieldUndo(QWidget* window);

    bool eventFilter(QObject* watched, QEvent* event) override;
    // Commits the edit of the window's field that has the focus (its
    // editingFinished), as before a save prompt or the window's end.
    static void commitEdit(QWidget* window);

private:
    QWidget* m_window;
};

} // namespace edgeplan
