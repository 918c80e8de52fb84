#include "actions/EditActions.h"

#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "document/Clipboard.h"
#include "document/Document.h"
#include "support/PlainText.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>

namespace edgeplan {

EditActions::EditActions(Document* document, DiagramView* view, QWidget* window)
    : QObject(window), m_document(document), m_view(view), m_scene(view->diagramScene()),
      m_clipboard(new Clipboard(document, this))
{
    // Not QUndoStack::createUndoAction: the prefix it takes stays in the
    // language of the moment the action was made.
    QUndoStack* stack = document->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setEnabled(stack->canUndo());
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &EditActions::updateUndoRedoTexts);
    m_redo = new QAction(this);
    // Ctrl+Y beside the platform's Redo, as Windows users (Lync
    // administrators) expect it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redo->setShortcuts(redoKeys);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setEnabled(stack->canRedo());
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &EditActions::updateUndoRedoTexts);

    auto make = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_cut = make(QKeySequence::Cut, [this] {
        m_clipboard->cut(m_scene->selectedComponents(), m_scene->selectedLinks());
    });
    m_copy = make(QKeySequence::Copy, [this] { m_clipboard->copy(m_scene->selectedComponents()); });
    m_paste = make(QKeySequence::Paste, &EditActions::paste);
    m_duplicate = make(QKeySequence(Qt::CTRL | Qt::Key_D), &EditActions::duplicate);
    // Not QKeySequence::Delete: some themes add Ctrl+D to it, which is Duplicate here.
    m_delete = make(QKeySequence(Qt::Key_Delete), [this] {
        m_document->removeItems(m_scene->selectedComponents(), m_scene->selectedLinks());
    });
    m_selectAll = make(QKeySequence::SelectAll, &EditActions::selectAll);
    m_rename = make(QKeySequence(Qt::Key_F2), &EditActions::rename);
    retranslate();

    connect(m_scene, &DiagramScene::selectionIdsChanged, this, &EditActions::updateEnabled);
    connect(m_clipboard, &Clipboard::canPasteChanged, this, &EditActions::updateEnabled);
    connect(document, &Document::modelReset, this, &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::retranslate()
{
    updateUndoRedoTexts();
    m_cut->setText(tr("Cu&t"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_selectAll->setText(tr("Select &All"));
    m_rename->setText(tr("Re&name"));
}

// "Undo Move edge01", as QUndoStack's own actions say it, in the Edit menu
// and the tool tip; the tool bar's button says "Undo" alone, so that it
// keeps its width and the buttons after it keep their places.
void EditActions::updateUndoRedoTexts()
{
    const QUndoStack* stack = m_document->undoStack();
    // `plain` ("&Undo") and `withCommand` ("&Undo %1") with the menu's
    // accelerator; the command text ("Rename R&D") is the user's, so its "&"
    // is doubled for the menu and kept as it is in the tool tip.
    const auto set = [](QAction* action, const QString& command, const QString& plain, const QString& withCommand) {
        const QString escaped = QString(command).replace(QLatin1Char('&'), QStringLiteral("&&"));
        action->setText(command.isEmpty() ? plain : withCommand.arg(escaped));
        action->setIconText(withoutAccelerator(plain)); // "元に戻す(&U)" → "元に戻す"
        const QString said = command.isEmpty() ? withoutAccelerator(plain) : withoutAccelerator(withCommand).arg(command);
        action->setToolTip(said + QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
    };
    set(m_undo, stack->undoText(), tr("&Undo"), tr("&Undo %1"));
    set(m_redo, stack->redoText(), tr("&Redo"), tr("&Redo %1"));
}

void EditActions::populate(QMenu* menu, QToolBar* toolBar)
{
    menu->addActions({m_undo, m_redo});
    menu->addSeparator();
    menu->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    menu->addSeparator();
    menu->addActions({m_selectAll, m_rename});
    toolBar->addActions({m_undo, m_redo});
}

void EditActions::updateEnabled()
{
    const size_t components = m_scene->selectedComponents().size();
    const size_t links = m_scene->selectedLinks().size();
    m_cut->setEnabled(components > 0);
    m_copy->setEnabled(components > 0);
    m_duplicate->setEnabled(components > 0);
    m_delete->setEnabled(components + links > 0);
    m_rename->setEnabled(components == 1 && links == 0);
    m_paste->setEnabled(m_clipboard->canPaste());
}

void EditActions::paste()
{
    QString error;
    const std::vector<ComponentId> ids = m_clipboard->paste(&error);
    if (ids.empty())
        report(error);
    else
        m_scene->selectItems(ids, {});
}

void EditActions::duplicate()
{
    QString error;
    const std::vector<ComponentId> ids = m_clipboard->duplicate(m_scene->selectedComponents(), &error);
    if (ids.empty())
        report(error);
    else
        m_scene->selectItems(ids, {});
}

void EditActions::selectAll()
{
    std::vector<ComponentId> components;
    std::vector<LinkId> links;
    for (const auto& [id, component] : m_document->topology().components())
        components.push_back(id);
    for (const auto& [id, link] : m_document->topology().links())
        links.push_back(id);
    m_scene->selectItems(components, links);
}

void EditActions::rename()
{
    const std::vector<ComponentId> selected = m_scene->selectedComponents();
    if (selected.size() != 1)
        return;
    m_view->setFocus(Qt::ShortcutFocusReason);
    m_scene->beginRename(selected.front());
}

void EditActions::addComponentOfRole(const QString& roleId)
{
    const RoleDef* role = m_document->catalog().role(roleId.toStdString());
    if (!role)
        return;
    const QRectF band = m_scene->zoneLayout().bandRect(role->defaultZone);
    int inZone = 0;
    for (const auto& [id, component] : m_document->topology().components())
        inZone += component.zone == role->defaultZone ? 1 : 0;
    // Down the middle of the band, one step lower for each component there.
    const double step = 4 * DiagramScene::kGridSize;
    const QPointF point(band.center().x(),
                        band.top() + ZoneLayout::kHeaderHeight + step * (1 + inZone % 8));
    QString error;
    const ComponentId id = m_document->addComponent(role->id, role->defaultZone,
                                                    {point.x(), point.y()}, &error);
    if (id.isValid())
        m_scene->selectItems({id}, {});
    else
        report(error);
}

void EditActions::report(const QString& error)
{
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
}

} // namespace edgeplan
