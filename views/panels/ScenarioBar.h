#pragma once

#include "base/Localized.h"

#include <QToolBar>

class QLabel;

namespace edgeplan {

class Document;

// One checkable switch per scenario of the document's catalog. A switch is
// an undoable edit; the checks follow the model (undo, open, new).
class ScenarioBar : public QToolBar
{
    Q_OBJECT

public:
    explicit ScenarioBar(Document* document, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    // The switch of a scenario, by id; null when the catalog has none.
    QAction* scenarioAction(const QString& scenarioId) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void sync();

    Document* m_document;
    QLabel* m_label;
    Lang m_lang = Lang::En;
    QList<QAction*> m_actions;
};

} // namespace edgeplan
