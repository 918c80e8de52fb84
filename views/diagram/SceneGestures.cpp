// The scene's gestures (DiagramScene.h): the mouse and the keyboard on the
// canvas, a drag committed as one move, a connection drawn from a component's
// handle, and a rename typed over a component. What the scene shows of the
// model is DiagramScene.cpp.
#include "diagram/DiagramScene.h"

#include "diagram/ComponentItem.h"
#include "diagram/LinkItem.h"
#include "diagram/NameEditorItem.h"
#include "document/Document.h"
#include "support/PlainText.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPen>
#include <QTextDocument>
#include <QTextOption>

namespace edgeplan {

namespace {

const QColor kRubberOk(0x2E, 0x8B, 0x57);
const QColor kRubberRefused(0xC0, 0x39, 0x2B);
const QColor kRubberIdle(0x1F, 0x6F, 0xD1);

} // namespace

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (!m_document)
        return QGraphicsScene::mousePressEvent(event); // a picture: nothing to edit
    const QPointF pos = event->scenePos();
    if (m_connectFrom.isValid() && event->button() == Qt::LeftButton) {
        event->accept(); // a connection begun from the menu: the release ends it
        return;
    }
    const bool inEditor = m_editor && m_editor->sceneBoundingRect().contains(pos);
    if (event->button() == Qt::LeftButton && !inEditor) {
        if (ComponentItem* item = componentAt(pos)) {
            const bool onHandle = item->isHandleVisible() &&
                                  item->handleRect().adjusted(-2, -2, 2, 2).contains(item->mapFromScene(pos));
            if (m_tool == DiagramTool::Connect || onHandle) {
                startConnect(item->id(), pos);
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (m_tool == DiagramTool::Connect)
        event->accept(); // a press on empty canvas just clears the selection
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connectFrom.isValid()) {
        updateConnect(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connectFrom.isValid() && event->button() == Qt::LeftButton) {
        finishConnect(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMove();
}

void DiagramScene::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_connectFrom.isValid()) {
        cancelConnect();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

// A drag moves the items only; on release the new positions (and the zones
// under them) go to the document as one command.
void DiagramScene::commitMove()
{
    if (!m_document)
        return;
    const Topology& topology = this->topology();
    std::vector<Component> after;
    for (ComponentId id : selectedComponents()) {
        const Component* current = topology.component(id);
        const QPointF pos = componentItem(id)->pos();
        if (!current || pos == QPointF(current->position.x, current->position.y))
            continue;
        Component moved = *current;
        moved.position = {pos.x(), pos.y()};
        moved.zone = m_layout.zoneAt(pos);
        after.push_back(std::move(moved));
    }
    if (after.empty())
        return;
    const QString text = after.size() == 1
                             ? tr("Move %1").arg(QString::fromStdString(after.front().name))
                             : tr("Move %n component(s)", nullptr, int(after.size()));
    QString error;
    // Each release is its own undo step: two drags of the same components
    // are two steps.
    if (!m_document->changeComponents(after, text, &error)) {
        for (const Component& c : after)
            if (ComponentItem* item = componentItem(c.id))
                item->syncFromModel();
        if (!error.isEmpty())
            Q_EMIT statusMessage(error);
    }
}

void DiagramScene::beginConnectFrom(ComponentId id)
{
    if (const ComponentItem* item = componentItem(id); item && m_document)
        startConnect(id, item->pos());
}

void DiagramScene::startConnect(ComponentId from, QPointF scenePos)
{
    cancelConnect();
    m_connectFrom = from;
    m_rubberLine = std::make_unique<QGraphicsLineItem>();
    m_rubberLine->setZValue(20);
    addItem(m_rubberLine.get());
    updateConnect(scenePos);
}

void DiagramScene::updateConnect(QPointF scenePos)
{
    const ComponentItem* from = componentItem(m_connectFrom);
    if (!from || !m_rubberLine)
        return;
    QColor colour = kRubberIdle;
    const ComponentItem* target = componentAt(scenePos);
    if (target && target != from) {
        const Topology& topology = this->topology();
        colour = catalog().rolesCanLink(topology.component(from->id())->role,
                                                    topology.component(target->id())->role)
                     ? kRubberOk
                     : kRubberRefused;
    }
    m_rubberLine->setPen(QPen(colour, 1.8, Qt::DashLine, Qt::RoundCap));
    m_rubberLine->setLine(QLineF(from->pos(), scenePos));
}

void DiagramScene::finishConnect(QPointF scenePos)
{
    const ComponentId from = m_connectFrom;
    cancelConnect();
    const ComponentItem* target = componentAt(scenePos);
    if (!target || target->id() == from)
        return;
    QString error;
    const LinkId link = m_document->addLink(from, target->id(), &error);
    if (!link.isValid()) {
        Q_EMIT statusMessage(error);
        Q_EMIT refusedAt(scenePos, error); // where the drop happened, not only down in the status bar
        return;
    }
    selectItems({}, {link});
}

void DiagramScene::cancelConnect()
{
    m_connectFrom = {};
    m_rubberLine.reset();
}

void DiagramScene::beginRename(ComponentId id)
{
    if (!m_document)
        return;
    const ComponentItem* item = componentItem(id);
    const Component* component = topology().component(id);
    if (!item || !component)
        return;
    endRename(nullptr);
    auto* editor = new NameEditorItem(QString::fromStdString(component->name), ComponentItem::nameFont());
    const QRectF name = item->mapRectToScene(item->nameRect());
    const double width = std::max(160.0, name.width() + 24);
    editor->setTextWidth(width);
    editor->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    editor->setPos(name.center().x() - width / 2, name.top() - 5);
    addItem(editor);
    m_editor = editor;
    m_renamed = id;
    connect(editor, &NameEditorItem::committed, this, [this](const QString& text) { endRename(&text); });
    connect(editor, &NameEditorItem::cancelled, this, [this] { endRename(nullptr); });
    editor->setFocus();
}

void DiagramScene::endRename(const QString* newName)
{
    NameEditorItem* editor = m_editor;
    const ComponentId id = m_renamed;
    m_editor = nullptr;
    m_renamed = {};
    if (!editor)
        return;
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater(); // it may be inside its own key handler
    const Component* component = topology().component(id);
    if (!newName || newName->isEmpty() || !component || newName->toStdString() == component->name)
        return;
    Component renamed = *component;
    renamed.name = newName->toStdString();
    QString error;
    if (!m_document->changeComponents({renamed}, tr("Rename %1").arg(QString::fromStdString(component->name)),
                                      &error))
        Q_EMIT statusMessage(error);
}

} // namespace edgeplan
