#pragma once

#include "plan/Topology.h"

#include <QObject>
#include <QPointF>

#include <memory>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace edgeplan {

class DiagramScene;
class DiagramView;
class Document;
class EditActions;
class ViewActions;

// The canvas's context menus: on the empty canvas (paste, add a component
// here, select all, zoom to fit), on a component (rename, connect from here,
// duplicate, cut, copy, delete, properties, show its rules; a pool adds a
// member), on a link (show its rules, delete). An action the window's menus
// have is the same QAction here, with its text, key and enabled state.
class ContextMenus : public QObject
{
    Q_OBJECT

public:
    ContextMenus(Document* document, DiagramView* view, EditActions* edit, ViewActions* viewActions,
                 QWidget* window);

    // The menu for a point of the scene and the selection as it is (the view
    // selects what a right click lands on first); the caller shows it.
    std::unique_ptr<QMenu> menuAt(QPointF scenePos);

    QAction* connectFromHereAction() const { return m_connectFrom; }
    QAction* propertiesAction() const { return m_properties; }
    QAction* showRulesAction() const { return m_showRules; }

Q_SIGNALS:
    // Show the rule table limited to these links' rows, and raise it.
    void showRulesRequested(const std::vector<edgeplan::LinkId>& links);
    // Raise the inspector, on the selection.
    void propertiesRequested();
    void statusMessage(const QString& message);

private:
    void addComponentMenu(QMenu* menu, QPointF scenePos);
    void addMemberMenu(QMenu* menu, ComponentId pool);
    void retranslate();

    Document* m_document;
    DiagramView* m_view;
    DiagramScene* m_scene;
    EditActions* m_edit;
    ViewActions* m_viewActions;
    QAction* m_connectFrom;
    QAction* m_properties;
    QAction* m_showRules;
    // What the menu was opened on.
    ComponentId m_component;
    std::vector<LinkId> m_links;
};

} // namespace edgeplan
