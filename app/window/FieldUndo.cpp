#include "window/FieldUndo.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

#include <optional>

namespace edgeplan {

namespace {

enum class Step { None, Undo, Redo };

Step stepOf(const QKeyEvent* key)
{
    if (key->matches(QKeySequence::Undo))
        return Step::Undo;
    if (key->matches(QKeySequence::Redo) || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y))
        return Step::Redo;
    return Step::None;
}

// Whether the field has typing of its own to take back (Undo) or to put
// back (Redo); nullopt for a widget that is no text field.
std::optional<bool> fieldCan(QObject* widget, Step step)
{
    QLineEdit* line = qobject_cast<QLineEdit*>(widget);
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
        line = spin->findChild<QLineEdit*>();
    if (auto* combo = qobject_cast<QComboBox*>(widget))
        line = combo->lineEdit();
    if (line)
        return !line->isReadOnly() && (step == Step::Undo ? line->isUndoAvailable() : line->isRedoAvailable());
    QTextDocument* document = nullptr;
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        document = plain->isReadOnly() ? nullptr : plain->document();
    else if (auto* rich = qobject_cast<QTextEdit*>(widget))
        document = rich->isReadOnly() ? nullptr : rich->document();
    else
        return std::nullopt;
    return document && (step == Step::Undo ? document->isUndoAvailable() : document->isRedoAvailable());
}

} // namespace

FieldUndo::FieldUndo(QWidget* window) : QObject(window), m_window(window) {}

void FieldUndo::commitEdit(QWidget* window)
{
    if (QWidget* focus = QApplication::focusWidget(); focus && window->isAncestorOf(focus))
        focus->clearFocus();
}

bool FieldUndo::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || (widget != m_window && !m_window->isAncestorOf(widget)))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const Step step = stepOf(key);
    if (step == Step::None)
        return false;
    const std::optional<bool> can = fieldCan(widget, step);
    if (!can || *can)
        return false; // no field, or the field's own typing first
    // Not overridden: the shortcut, the plan's Undo or Redo, goes through.
    key->ignore();
    return true;
}

} // namespace edgeplan
