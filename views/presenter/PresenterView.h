#pragma once

#include "rules/Flows.h" // before anything that includes <compare>: moc trips over it

#include <QWidget>

class QComboBox;
class QGraphicsView;
class QLabel;
class QVariantAnimation;

namespace edgeplan {

class DiagramScene;
class Document;
class FlowStage;

// Trainer mode: the document's diagram, full screen, playing one flow hop by
// hop. Right/Space step on, Left/Backspace back, Home restarts, Escape
// closes. The picker lists the flows the plan can play; a hop that no link
// carries shows what is missing. Draws on a scene of its own, so the
// editor's selection and highlight stay as they were.
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(Document* document, QWidget* parent = nullptr);
    ~PresenterView() override;

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }

    // Plays the flow from its first step; false when the plan cannot play it.
    bool setFlow(const std::string& flowId);
    std::string currentFlowId() const { return m_flowId; }
    QStringList flowIds() const; // the picker's flows, in order

    int currentStep() const { return m_step; } // 0-based; -1 when there is no flow
    int stepCount() const;
    void setStep(int step);
    void next();
    void previous();
    void restart();

    const ResolvedFlow& resolvedFlow() const { return m_resolved; }
    LinkId highlightedLink() const;
    QVariantAnimation* dotAnimation() const;
    QPointF dotPosition() const;
    QString badgeText() const;
    QString captionText() const;
    DiagramScene* scene() const { return m_scene; }

Q_SIGNALS:
    void stepChanged(int step);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuildPicker();
    void markCurrentFlow();
    void onPicked(int index);
    // The plan changed: play the same flow and step on it again.
    void refresh();
    void retranslateUi();
    void showStep();
    // The step's texts, without moving the view or restarting the animation.
    void showStepTexts();
    void fitDiagram();
    QString stepDetail(const ResolvedStep& step) const;

    Document* m_document;
    DiagramScene* m_scene;
    FlowStage* m_stage;
    QGraphicsView* m_view;
    QComboBox* m_picker;
    QLabel* m_description;
    QLabel* m_counter;
    QLabel* m_caption;
    QLabel* m_detail;
    QLabel* m_hint;
    Lang m_lang = Lang::En;
    // Ids, not pointers: a reset may bring another catalog.
    std::vector<std::string> m_flowIds;
    std::string m_flowId;
    ResolvedFlow m_resolved;
    int m_step = -1;
    bool m_refreshQueued = false;
};

} // namespace edgeplan
