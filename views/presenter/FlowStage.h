#pragma once

#include "rules/Flows.h" // before anything that includes <compare>: moc trips over it

#include <QGraphicsItem>
#include <QObject>
#include <QPointer>

class QGraphicsRectItem;
class QTimer;
class QVariantAnimation;

namespace edgeplan {

class DiagramScene;

// The moving dot of a hop: a disc with a fading tail behind it, pointing the
// way the traffic goes.
class FlowDotItem : public QGraphicsItem
{
public:
    static constexpr double kRadius = 11;
    static constexpr double kTail = 70;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
};

// The big "TCP 5061 SIP (MTLS)" badge beside the current hop.
class FlowBadgeItem : public QGraphicsItem
{
public:
    void setText(const QString& text, bool missing);
    QString text() const { return m_text; }
    QSizeF size() const { return m_size; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static QFont font();

private:
    QString m_text;
    QSizeF m_size;
    bool m_missing = false;
};

// Stages one hop of a flow on a diagram scene: everything outside the hop
// dimmed, the hop's link highlighted, its port badge beside it and a dot
// travelling from the source to the destination. Only presentation state
// of the scene changes (opacity, highlight, label visibility); clear()
// puts it back. Shared by the presenter view and the PDF handout.
class FlowStage : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDotDurationMs = 1800;
    static constexpr int kReplayPauseMs = 700;

    explicit FlowStage(DiagramScene* scene, QObject* parent = nullptr);
    ~FlowStage() override;

    // Shows the step (null: the plain diagram). A missing step dims everything.
    void show(const ResolvedStep* step);
    void clear() { show(nullptr); }
    // Runs the dot along the link again and again (the presenter), or leaves
    // it still on its way (the handout).
    void setAnimated(bool animated);

    QVariantAnimation* dotAnimation() const { return m_animation; }
    QPointF dotPosition() const;
    bool isDotVisible() const;
    QString badgeText() const;
    // The involved components, their link and the badge: what a picture must show.
    QRectF focusRect() const;

private:
    void restoreItems();
    void placeBadge(QLineF line);

    // The scene owns the three items once added: they die with it.
    QPointer<DiagramScene> m_scene;
    QGraphicsRectItem* m_veil;
    FlowDotItem* m_dot;
    FlowBadgeItem* m_badge;
    QVariantAnimation* m_animation;
    QTimer* m_replay; // the dot rests at the destination, then runs again
    QRectF m_focus;
    bool m_animated = true;
};

} // namespace edgeplan
