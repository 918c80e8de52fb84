#pragma once

#include "plan/Topology.h" // before anything that includes <compare>: moc trips over it
#include "base/Localized.h"
#include "checks/Checks.h"
#include "diagram/DiagramTypes.h"
#include "layout/ZoneLayout.h"

#include <QGraphicsScene>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QSvgRenderer;

namespace edgeplan {

class ComponentItem;
class Document;
class LinkItem;
class NameEditorItem;
struct RulesChange;

// The diagram of a document: zone bands and firewall walls in the
// background, one item per component and per link, all redrawn from the
// model on the document's signals. Mouse edits (moves, connections,
// renames) become document edits, one undo step each.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr double kGridSize = 20;

    explicit DiagramScene(Document* document, QObject* parent = nullptr);
    // A picture of a plan, for an export: the items drawn once from the plan
    // and its findings (the badges), nothing editable and no document.
    DiagramScene(const Topology& topology, std::vector<Finding> findings, QObject* parent = nullptr);
    ~DiagramScene() override;

    // The document the scene edits; null for a picture.
    Document* document() const { return m_document; }
    // What the scene draws: the document's plan, or the picture's.
    const Topology& topology() const;
    const Catalog& catalog() const;
    const std::vector<Finding>& findings() const;
    const ZoneLayout& zoneLayout() const { return m_layout; }

    std::vector<ComponentId> selectedComponents() const;
    std::vector<LinkId> selectedLinks() const;
    void selectItems(const std::vector<ComponentId>& components, const std::vector<LinkId>& links);
    // Draws one link in the highlight colour; an invalid id clears it.
    void setHighlightedLink(LinkId id);
    LinkId highlightedLink() const { return m_highlighted; }
    void setLabelMode(LabelMode mode);
    LabelMode labelMode() const { return m_labelMode; }
    void setSnapToGrid(bool snap);
    bool snapToGrid() const { return m_snap; }
    void setLanguage(Lang lang);
    // Draws the program's own words on the canvas ("no rules") again in the
    // installed language; a view of the scene calls it on a language change.
    void retranslate();
    Lang language() const { return m_lang; }
    // The worst severity among the design checks' findings on a component,
    // shown as a badge on its icon (the messages are the item's tooltip);
    // none when the component is fine.
    std::optional<Severity> worstSeverity(ComponentId id) const;
    // Exports turn the badges off: the report lists the findings instead.
    void setBadgesVisible(bool visible);
    bool badgesVisible() const { return m_badgesVisible; }
    // Print style, for the handoff report: a link that carries no rule is
    // drawn as a plain grey line, not the editor's dashes.
    void setPrintStyle(bool print);
    bool printStyle() const { return m_printStyle; }
    // Colours links by what Tools > Verify plan found; cleared when the
    // rules change or the plan is replaced. Hidden with the badges.
    void setLinkChecks(std::map<LinkId, LinkCheck> checks);
    LinkCheck linkCheck(LinkId id) const;
    void setTool(DiagramTool tool);
    DiagramTool tool() const { return m_tool; }
    // Opens the in-place name editor: Enter commits through the document, Escape cancels.
    void beginRename(ComponentId id);
    bool isRenaming() const { return m_editor != nullptr; }
    // The zones and every component and link: what an export or "zoom to fit" shows.
    QRectF contentsRect() const;
    ComponentItem* componentItem(ComponentId id) const;
    LinkItem* linkItem(LinkId id) const;

    // The point on the grid nearest to `point` when snapping is on, else `point`.
    QPointF snapPoint(QPointF point) const;
    // The component item under a scene point, if any.
    ComponentItem* componentAt(QPointF scenePos) const;
    // The link under a scene point (its line or its label), if any.
    LinkId linkAt(QPointF scenePos) const;
    // Starts a connection from the component, its rubber line following the
    // mouse; a click on another component links them, Esc cancels (what
    // a drag from the handle does, for the context menu).
    void beginConnectFrom(ComponentId id);
    // The icon of a role, or null when the catalog names none that loads.
    QSvgRenderer* iconRenderer(const std::string& roleId);
    // Places every link label now (it otherwise happens after each edit).
    void layoutLabels();

    // Called by a component item whose position changed (drag or model).
    void componentItemMoved(ComponentId id);

Q_SIGNALS:
    void selectionIdsChanged();
    void statusMessage(const QString& message);
    // An edit at a point of the scene was refused (a link the catalog has
    // no rule for): the view shows why there.
    void refusedAt(QPointF scenePos, const QString& message);
    void toolChanged(edgeplan::DiagramTool tool);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void rebuild();
    void addComponentItem(ComponentId id);
    void addLinkItem(LinkId id);
    void onComponentChanged(ComponentId id);
    void onComponentRemoved(ComponentId id);
    void onLinkRemoved(LinkId id);
    void onRulesChanged(const edgeplan::RulesChange& change);
    void onFindingsChanged();
    void syncLinksOf(ComponentId id);
    // The frame drawn around a pool and its members: made, moved or dropped
    // to follow them. `id` is the pool or any of its members.
    void updatePoolFrame(ComponentId id);
    // One band per site across the zone columns, around its components.
    void updateSiteBands(const std::map<std::string, QRectF>& sites);
    void scheduleLabelLayout();
    // Places only the labels of links marked since the last layout, around
    // the rest as they are; everything when too many are marked.
    void layoutChangedLabels();
    void markLabel(LinkId id);
    void markLabelsUnder(const ComponentItem* component);
    void updateSceneBounds();
    // The scene rect around the contents, once the labels are placed (the
    // end of every label layout).
    void fitSceneRect();
    void commitMove();
    void startConnect(ComponentId from, QPointF scenePos);
    void updateConnect(QPointF scenePos);
    void finishConnect(QPointF scenePos);
    void cancelConnect();
    void endRename(const QString* newName);

    Document* m_document;
    // A picture's plan and findings (m_document null).
    const Topology* m_picture = nullptr;
    std::vector<Finding> m_pictureFindings;
    ZoneLayout m_layout;
    std::unordered_map<ComponentId, std::unique_ptr<ComponentItem>> m_components;
    std::unordered_map<LinkId, std::unique_ptr<LinkItem>> m_links;
    std::unordered_map<ComponentId, std::unique_ptr<QGraphicsPathItem>> m_poolFrames;
    struct SiteBand
    {
        std::unique_ptr<QGraphicsPathItem> frame;
        std::unique_ptr<QGraphicsSimpleTextItem> label;
    };
    std::map<std::string, SiteBand> m_siteBands; // by site name
    std::unordered_map<std::string, std::unique_ptr<QSvgRenderer>> m_icons;
    Lang m_lang = Lang::En;
    std::unordered_map<ComponentId, Severity> m_worst;
    bool m_badgesVisible = true;
    bool m_printStyle = false;
    std::map<LinkId, LinkCheck> m_linkChecks;
    LabelMode m_labelMode = LabelMode::Full;
    DiagramTool m_tool = DiagramTool::Select;
    bool m_snap = true;
    LinkId m_highlighted;
    bool m_layoutQueued = false;
    std::unordered_set<LinkId> m_changedLabels;
    bool m_allLabelsChanged = false;
    bool m_builtForReset = false; // rebuilt on modelReset, before its rulesChanged
    bool m_rebuilding = false;
    bool m_batchSelecting = false; // one selectionIdsChanged for many selection changes
    ComponentId m_connectFrom;
    std::unique_ptr<QGraphicsLineItem> m_rubberLine;
    NameEditorItem* m_editor = nullptr; // owned by the scene while open
    ComponentId m_renamed;
};

} // namespace edgeplan
