#pragma once

#include "plan/Topology.h" // not Ids.h first: moc cannot parse a leading <compare>

#include <QFont>
#include <QGraphicsItem>

namespace edgeplan {

class DiagramScene;


// A component on the diagram: its role's icon, its name and its primary
// address. The item keeps only its id; everything it draws comes from the
// document's model. Its position follows the model except while the user
// drags it; the scene turns the drag into one command on release.
class ComponentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kIconSize = 48;

    ComponentItem(DiagramScene* scene, ComponentId id);

    static QFont nameFont();

    ComponentId id() const { return m_id; }
    int type() const override { return Type; }

    // Takes position, texts and size from the model again.
    void syncFromModel();
    QRectF iconRect() const;
    QRectF nameRect() const;
    // The icon and the texts, without the margins and the link handle: what labels must not cover.
    QRectF contentRect() const;
    // The little circle on the icon's right edge that starts a link.
    QRectF handleRect() const;
    bool isHandleVisible() const;
    // The circle on the icon's top-right corner that shows the worst finding.
    QRectF badgeRect() const;
    // The tool tip: the component's findings, one a line, shown as plain
    // text; made again only when they change (the scene says them all
    // after every edit).
    void setFindingsTip(const QString& text);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    const Component* component() const;
    void paintIcon(QPainter* painter, double levelOfDetail) const;
    void paintTexts(QPainter* painter, const Component& component) const;
    void paintBadge(QPainter* painter) const;

    DiagramScene* m_scene;
    ComponentId m_id;
    QRectF m_bounds;
    double m_textWidth = 0;
    bool m_hovered = false;
    bool m_syncing = false;
    QString m_findingsTip; // as given to setFindingsTip
};

} // namespace edgeplan
