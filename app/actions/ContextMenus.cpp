#include "actions/ContextMenus.h"

#include "actions/EditActions.h"
#include "actions/ViewActions.h"
#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "document/Document.h"
#include "support/QtText.h"

#include <QAction>
#include <QMenu>

namespace edgeplan {

ContextMenus::ContextMenus(Document* document, DiagramView* view, EditActions* edit, ViewActions* viewActions,
                           QWidget* window)
    : QObject(window), m_document(document), m_view(view), m_scene(view->diagramScene()), m_edit(edit),
      m_viewActions(viewActions), m_connectFrom(new QAction(this)), m_properties(new QAction(this)),
      m_showRules(new QAction(this))
{
    m_connectFrom->setObjectName(QStringLiteral("connectFromHereAction"));
    m_properties->setObjectName(QStringLiteral("propertiesAction"));
    m_showRules->setObjectName(QStringLiteral("showRulesAction"));
    connect(m_connectFrom, &QAction::triggered, this, [this] {
        if (m_component.isValid()) {
            m_view->setFocus(Qt::PopupFocusReason);
            m_scene->beginConnectFrom(m_component);
            Q_EMIT statusMessage(tr("Click the component to link it to; Esc cancels."));
        }
    });
    connect(m_properties, &QAction::triggered, this, &ContextMenus::propertiesRequested);
    connect(m_showRules, &QAction::triggered, this, [this] { Q_EMIT showRulesRequested(m_links); });
    connect(view, &DiagramView::contextMenuRequested, this,
            [this](QPoint global, QPointF scenePos) { menuAt(scenePos)->exec(global); });
    retranslate();
}

void ContextMenus::retranslate()
{
    m_connectFrom->setText(tr("C&onnect from Here"));
    m_properties->setText(tr("&Properties"));
    m_showRules->setText(tr("Show Its &Rules"));
}

std::unique_ptr<QMenu> ContextMenus::menuAt(QPointF scenePos)
{
    retranslate();
    auto menu = std::make_unique<QMenu>(m_view);
    menu->setObjectName(QStringLiteral("canvasMenu"));
    const Topology& topology = m_document->topology();
    m_component = {};
    m_links.clear();
    const std::vector<ComponentId> components = m_scene->selectedComponents();
    const std::vector<LinkId> links = m_scene->selectedLinks();
    const ComponentItem* under = m_scene->componentAt(scenePos);
    const LinkId linkUnder = m_scene->linkAt(scenePos);
    if (under) {
        m_component = under->id();
        m_links = topology.linksOf(m_component);
        const Component* component = topology.component(m_component);
        menu->addAction(m_edit->renameAction());
        menu->addAction(m_connectFrom);
        const RoleDef* role = component ? topology.catalog().role(component->role) : nullptr;
        if (role && role->pool && components.size() == 1)
            addMemberMenu(menu.get(), m_component);
        menu->addSeparator();
        menu->addActions({m_edit->duplicateAction(), m_edit->cutAction(), m_edit->copyAction(),
                          m_edit->deleteAction()});
        menu->addSeparator();
        menu->addAction(m_properties);
        menu->addAction(m_showRules);
        m_showRules->setEnabled(!m_links.empty());
    } else if (linkUnder.isValid()) {
        m_links = links.empty() ? std::vector<LinkId>{linkUnder} : links;
        menu->addAction(m_showRules);
        m_showRules->setEnabled(true);
        menu->addSeparator();
        menu->addAction(m_edit->deleteAction());
    } else {
        menu->addAction(m_edit->pasteAction());
        addComponentMenu(menu.get(), scenePos);
        menu->addSeparator();
        menu->addAction(m_edit->selectAllAction());
        menu->addAction(m_viewActions->zoomToFitAction());
    }
    return menu;
}

void ContextMenus::addComponentMenu(QMenu* menu, QPointF scenePos)
{
    QMenu* add = menu->addMenu(tr("&Add Component Here"));
    add->setObjectName(QStringLiteral("addHereMenu"));
    const Lang lang = m_scene->language();
    for (const RoleDef& role : m_document->catalog().roles) {
        if (role.retired)
            continue;
        QAction* action = add->addAction(qs(role.name.text(lang)));
        action->setData(qs(role.id));
        connect(action, &QAction::triggered, this, [this, id = role.id, scenePos] {
            const QPointF at = m_scene->snapPoint(scenePos);
            QString error;
            const ComponentId added = m_document->addComponent(id, m_scene->zoneLayout().zoneAt(at),
                                                               Point{at.x(), at.y()}, &error);
            if (added.isValid())
                m_scene->selectItems({added}, {});
            else
                Q_EMIT statusMessage(error);
        });
    }
}

void ContextMenus::addMemberMenu(QMenu* menu, ComponentId pool)
{
    const Topology& topology = m_document->topology();
    const Component* component = topology.component(pool);
    const RoleDef* role = topology.catalog().role(component->role);
    QMenu* add = menu->addMenu(tr("Add &Member"));
    add->setObjectName(QStringLiteral("addMemberMenu"));
    const Lang lang = m_scene->language();
    for (const std::string& memberRole : role->pool->members) {
        const RoleDef* member = topology.catalog().role(memberRole);
        if (!member)
            continue;
        QAction* action = add->addAction(qs(member->name.text(lang)));
        action->setData(qs(member->id));
        connect(action, &QAction::triggered, this, [this, pool, memberRole] {
            const Topology& plan = m_document->topology();
            const Component* poolComponent = plan.component(pool);
            const RoleDef* def = plan.catalog().role(memberRole);
            if (!poolComponent || !def)
                return;
            // Below the pool and its members so far, in the pool's zone.
            Component c;
            c.id = plan.nextComponentId();
            c.role = memberRole;
            c.zone = poolComponent->zone;
            c.pool = pool;
            c.name = plan.newComponentName(*def, def->name.text(m_scene->language()));
            const double step = 4 * DiagramScene::kGridSize;
            c.position = {poolComponent->position.x + step * double(1 + plan.members(pool).size()),
                          poolComponent->position.y + step};
            QString error;
            if (m_document->insertItems({c}, {}, tr("Add member %1 to %2").arg(qs(c.name), qs(poolComponent->name)),
                                        &error))
                m_scene->selectItems({c.id}, {});
            else
                Q_EMIT statusMessage(error);
        });
    }
}

} // namespace edgeplan
