#pragma once

#include "plan/Topology.h"

#include <QUndoCommand>

#include <vector>

namespace edgeplan {

class Document;

// What inserting and removing components and links share: the items, as
// value snapshots, never pointers into the model, and the two edits.
class ItemsCommand : public QUndoCommand
{
protected:
    ItemsCommand(Document* document, std::vector<Component> components, std::vector<Link> links,
                 const QString& text);
    void insert();
    void erase();

private:
    Document* m_document;
    std::vector<Component> m_components;
    std::vector<Link> m_links;
};

// Inserts components and links (add, paste, duplicate, connect); undo takes
// them out.
class InsertItemsCommand : public ItemsCommand
{
public:
    InsertItemsCommand(Document* document, std::vector<Component> components, std::vector<Link> links,
                       const QString& text);
    void redo() override { insert(); }
    void undo() override { erase(); }
};

// Takes components and links out (delete, cut); undo puts them back.
class RemoveItemsCommand : public ItemsCommand
{
public:
    RemoveItemsCommand(Document* document, std::vector<Component> components, std::vector<Link> links,
                       const QString& text);
    void redo() override { erase(); }
    void undo() override { insert(); }
};

// Replaces components by new snapshots of themselves; undo restores the old ones.
class ChangeComponentsCommand : public QUndoCommand
{
public:
    ChangeComponentsCommand(Document* document, std::vector<Component> before,
                            std::vector<Component> after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    std::vector<Component> m_before;
    std::vector<Component> m_after;
};

class SetScenarioCommand : public QUndoCommand
{
public:
    SetScenarioCommand(Document* document, std::string scenarioId, bool enabled, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    std::string m_scenarioId;
    bool m_enabled;
};

// The deployment variant and NAT together: one toolbar edit changes one.
class SetVariantCommand : public QUndoCommand
{
public:
    SetVariantCommand(Document* document, std::string beforeVariant, bool beforeNat,
                      std::string afterVariant, bool afterNat, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    std::string m_beforeVariant;
    bool m_beforeNat;
    std::string m_afterVariant;
    bool m_afterNat;
};

// The project's naming and the components' names edited with it (Project >
// Properties): snapshots of both, swapped.
class SetNamingCommand : public QUndoCommand
{
public:
    SetNamingCommand(Document* document, ProjectNaming before, ProjectNaming after,
                     std::vector<Component> beforeComponents, std::vector<Component> afterComponents,
                     const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    ProjectNaming m_before;
    ProjectNaming m_after;
    std::vector<Component> m_beforeComponents;
    std::vector<Component> m_afterComponents;
};

// The whole plan replaced (a catalog switch): both plans are kept.
class ReplaceTopologyCommand : public QUndoCommand
{
public:
    ReplaceTopologyCommand(Document* document, const Topology& before, const Topology& after,
                           const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Topology m_before;
    Topology m_after;
};

// The author and the sign-off fields, before and after.
class SetSignOffCommand : public QUndoCommand
{
public:
    struct Fields
    {
        std::string author;
        SignOff signOff;
    };
    SetSignOffCommand(Document* document, Fields before, Fields after);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Fields m_before;
    Fields m_after;
};

class SetProjectNameCommand : public QUndoCommand
{
public:
    SetProjectNameCommand(Document* document, std::string before, std::string after);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    std::string m_before;
    std::string m_after;
};

} // namespace edgeplan
