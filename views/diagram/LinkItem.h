#pragma once

#include "diagram/DiagramTypes.h"
#include "rules/RuleEngine.h"

#include <QGraphicsItem>
#include <QStringList>

#include <memory>

namespace edgeplan {

class DiagramScene;
class LinkLabelItem;

// One line of a link's label as the diagram shows it. The arrow follows
// the drawing: → when the traffic goes from the end on the left to the end
// on the right, ← the other way, ⇄ both ways; on a near-vertical link ↓ and
// ↑ instead of → and ←.
QString formatLabelLine(const LinkLabelLine& line, LabelMode mode, QPointF aPos, QPointF bPos);
// The label's text lines: one per rule in Full mode, a single
// comma-separated line in PortsOnly mode, "no rules" when there is none.
QStringList formatLinkLabel(const std::vector<LinkLabelLine>& lines, LabelMode mode, QPointF aPos,
                            QPointF bPos);

// A link on the diagram: a line between its two components, clipped to
// their icons. Its label is a separate item (LinkLabelItem) so that every
// label stacks above every line. Keeps only its id; the label text is
// recomputed from the model whenever the rules or the ends change.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(DiagramScene* scene, LinkId id);
    ~LinkItem() override;

    LinkId id() const { return m_id; }
    int type() const override { return Type; }
    LinkLabelItem* label() const { return m_label.get(); }

    // Re-reads the ends' positions and the rules.
    // Derives the label's lines from the link's rules again, then places it.
    void syncFromModel();
    // Places the line and the kept label lines between the ends as they
    // stand now (a move): no rule is derived.
    void syncGeometry();
    // How often the label was derived from the rules (tests, the bench).
    int ruleDerivations() const { return m_ruleDerivations; }
    QLineF line() const { return m_line; }
    bool hasRules() const { return m_hasRules; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    DiagramScene* m_scene;
    LinkId m_id;
    std::unique_ptr<LinkLabelItem> m_label;
    QLineF m_line;
    std::vector<LinkLabelLine> m_lines; // as derived for the link's rules
    int m_ruleDerivations = 0;
    bool m_hasRules = false;
    bool m_intoA = false; // some rule's traffic flows into end a
    bool m_intoB = false;
    bool m_highlighted = false;
};

// The rounded box that lists a link's ports. Clicking it selects the link.
class LinkLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit LinkLabelItem(LinkItem* link);

    int type() const override { return Type; }
    LinkItem* link() const { return m_link; }
    void setLines(const QStringList& lines, bool muted);
    QStringList lines() const { return m_lines; }
    QSizeF size() const { return m_size; }
    // Centres the box on a scene point: the label layout's place for it.
    void setCentre(QPointF centre);
    // A box that stands off its link (a busy hub's labels go further out)
    // has a dotted leader line to the nearest point of the link.
    void updateLeader();
    bool hasLeader() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void moveCentre(QPointF centre);

    LinkItem* m_link;
    QStringList m_lines;
    QSizeF m_size;
    bool m_muted = false;
    bool m_placed = false;                // by a label layout (setCentre)
    QGraphicsLineItem* m_leader = nullptr; // a child, behind the box; made when first needed
};

} // namespace edgeplan
