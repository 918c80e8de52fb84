#include "document/Commands.h"

#include "document/Document.h"

namespace edgeplan {

ItemsCommand::ItemsCommand(Document* document, std::vector<Component> components, std::vector<Link> links,
                           const QString& text)
    : m_document(document), m_components(std::move(components)), m_links(std::move(links))
{
    setText(text);
}

void ItemsCommand::insert()
{
    m_document->applyInsert(m_components, m_links);
}

void ItemsCommand::erase()
{
    std::vector<ComponentId> components;
    std::vector<LinkId> links;
    for (const Component& c : m_components)
        components.push_back(c.id);
    for (const Link& l : m_links)
        links.push_back(l.id);
    m_document->applyRemove(components, links);
}

InsertItemsCommand::InsertItemsCommand(Document* document, std::vector<Component> components,
                                       std::vector<Link> links, const QString& text)
    : ItemsCommand(document, std::move(components), std::move(links), text)
{
}

RemoveItemsCommand::RemoveItemsCommand(Document* document, std::vector<Component> components,
                                       std::vector<Link> links, const QString& text)
    : ItemsCommand(document, std::move(components), std::move(links), text)
{
}

ChangeComponentsCommand::ChangeComponentsCommand(Document* document, std::vector<Component> before,
                                                 std::vector<Component> after, const QString& text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void ChangeComponentsCommand::redo()
{
    m_document->applyComponents(m_after);
}

void ChangeComponentsCommand::undo()
{
    m_document->applyComponents(m_before);
}

SetScenarioCommand::SetScenarioCommand(Document* document, std::string scenarioId, bool enabled,
                                       const QString& text)
    : m_document(document), m_scenarioId(std::move(scenarioId)), m_enabled(enabled)
{
    setText(text);
}

void SetScenarioCommand::redo()
{
    m_document->applyScenario(m_scenarioId, m_enabled);
}

void SetScenarioCommand::undo()
{
    m_document->applyScenario(m_scenarioId, !m_enabled);
}

SetVariantCommand::SetVariantCommand(Document* document, std::string beforeVariant, bool beforeNat,
                                     std::string afterVariant, bool afterNat, const QString& text)
    : m_document(document), m_beforeVariant(std::move(beforeVariant)), m_beforeNat(beforeNat),
      m_afterVariant(std::move(afterVariant)), m_afterNat(afterNat)
{
    setText(text);
}

void SetVariantCommand::redo()
{
    m_document->applyVariant(m_afterVariant, m_afterNat);
}

void SetVariantCommand::undo()
{
    m_document->applyVariant(m_beforeVariant, m_beforeNat);
}

SetNamingCommand::SetNamingCommand(Document* document, ProjectNaming before, ProjectNaming after,
                                   std::vector<Component> beforeComponents,
                                   std::vector<Component> afterComponents, const QString& text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_beforeComponents(std::move(beforeComponents)), m_afterComponents(std::move(afterComponents))
{
    setText(text);
}

void SetNamingCommand::redo()
{
    m_document->applyNaming(m_after, m_afterComponents);
}

void SetNamingCommand::undo()
{
    m_document->applyNaming(m_before, m_beforeComponents);
}

ReplaceTopologyCommand::ReplaceTopologyCommand(Document* document, const Topology& before,
                                               const Topology& after, const QString& text)
    : m_document(document), m_before(before), m_after(after)
{
    setText(text);
}

void ReplaceTopologyCommand::redo()
{
    m_document->applyTopology(m_after);
}

void ReplaceTopologyCommand::undo()
{
    m_document->applyTopology(m_before);
}

SetSignOffCommand::SetSignOffCommand(Document* document, Fields before, Fields after)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QObject::tr("Change sign-off"));
}

void SetSignOffCommand::redo()
{
    m_document->applySignOff(m_after.author, m_after.signOff);
}

void SetSignOffCommand::undo()
{
    m_document->applySignOff(m_before.author, m_before.signOff);
}

SetProjectNameCommand::SetProjectNameCommand(Document* document, std::string before,
                                             std::string after)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QObject::tr("Rename project"));
}

void SetProjectNameCommand::redo()
{
    m_document->applyProjectName(m_after);
}

void SetProjectNameCommand::undo()
{
    m_document->applyProjectName(m_before);
}

} // namespace edgeplan
