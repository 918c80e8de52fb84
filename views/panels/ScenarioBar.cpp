#include "panels/ScenarioBar.h"

#include "document/Document.h"
#include "support/PlainText.h"
#include "support/ToggleButton.h"

#include <QAction>
#include <QEvent>
#include <QLabel>

namespace edgeplan {

ScenarioBar::ScenarioBar(Document* document, QWidget* parent)
    : QToolBar(parent), m_document(document), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    addWidget(m_label);
    connect(document, &Document::modelReset, this, &ScenarioBar::rebuild);
    connect(document, &Document::scenariosChanged, this, &ScenarioBar::sync);
    retranslateUi();
    rebuild();
}

void ScenarioBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

// The switches are the catalog's words: they follow setLanguage().
void ScenarioBar::retranslateUi()
{
    setWindowTitle(tr("Scenarios"));
    m_label->setText(tr("Scenarios:") + QLatin1Char(' '));
}

void ScenarioBar::setLanguage(Lang lang)
{
    m_lang = lang;
    rebuild();
}

QAction* ScenarioBar::scenarioAction(const QString& scenarioId) const
{
    for (QAction* action : m_actions)
        if (action->data().toString() == scenarioId)
            return action;
    return nullptr;
}

void ScenarioBar::rebuild()
{
    for (QAction* action : std::as_const(m_actions)) {
        removeAction(action);
        delete action;
    }
    m_actions.clear();
    for (const Scenario& scenario : m_document->catalog().scenarios) {
        auto* action = new QAction(QString::fromStdString(scenario.name.text(m_lang)), this);
        action->setCheckable(true);
        action->setData(QString::fromStdString(scenario.id));
        action->setToolTip(plainToolTip(QString::fromStdString(scenario.description.text(m_lang))));
        const std::string id = scenario.id;
        connect(action, &QAction::triggered, this,
                [this, id](bool on) { m_document->setScenarioEnabled(id, on); });
        addAction(action);
        showAsToggle(this, action);
        m_actions << action;
    }
    sync();
}

void ScenarioBar::sync()
{
    for (QAction* action : m_actions)
        action->setChecked(
            m_document->topology().isScenarioEnabled(action->data().toString().toStdString()));
}

} // namespace edgeplan
