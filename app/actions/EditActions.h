#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace edgeplan {

class Clipboard;
class DiagramScene;
class DiagramView;
class Document;

// The Edit menu: undo and redo of the document's stack, the clipboard,
// duplicate, delete, select all and rename, each acting on the canvas
// selection and enabled only when it can.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(Document* document, DiagramView* view, QWidget* window);

    void populate(QMenu* menu, QToolBar* toolBar);
    Clipboard* clipboard() const { return m_clipboard; }
    // Sets the texts of the actions again in the installed language; the
    // window calls it on a language change.
    void retranslate();

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* cutAction() const { return m_cut; }
    QAction* copyAction() const { return m_copy; }
    QAction* pasteAction() const { return m_paste; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* selectAllAction() const { return m_selectAll; }
    QAction* renameAction() const { return m_rename; }

    // Adds a component of the role in its default zone, near the others
    // there, and selects it: a palette entry activated without a drag.
    void addComponentOfRole(const QString& roleId);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateEnabled();
    void updateUndoRedoTexts();
    void paste();
    void duplicate();
    void selectAll();
    void rename();
    void report(const QString& error);

    Document* m_document;
    DiagramView* m_view;
    DiagramScene* m_scene;
    Clipboard* m_clipboard;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_selectAll;
    QAction* m_rename;
};

} // namespace edgeplan
