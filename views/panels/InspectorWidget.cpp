#include "panels/InspectorWidget.h"

#include "document/Document.h"
#include "panels/InspectorComponentForm.h"
#include "rules/RuleEngine.h"
#include "support/PlainText.h"
#include "support/QtText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace edgeplan {

InspectorWidget::InspectorWidget(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget(this))
{
    m_projectPage = createProjectPage();
    m_componentPage = new QScrollArea(m_stack);
    m_componentPage->setWidgetResizable(true);
    m_componentPage->setFrameShape(QFrame::NoFrame);
    m_componentPage->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_linkPage = createLinkPage();
    m_multiPage = new QLabel(m_stack);
    m_multiPage->setAlignment(Qt::AlignCenter);
    m_multiPage->setWordWrap(true);
    for (QWidget* page : {m_projectPage, static_cast<QWidget*>(m_componentPage), m_linkPage,
                          static_cast<QWidget*>(m_multiPage)})
        m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(document, &Document::componentChanged, this, &InspectorWidget::onComponentChanged);
    // One edit removes several items and announces them one by one: the
    // selection is pruned to what the model holds on each (showSelection).
    connect(document, &Document::componentRemoved, this, [this](ComponentId id) {
        if (std::find(m_components.begin(), m_components.end(), id) != m_components.end() ||
            (m_form && m_form->componentId() == id))
            showSelection();
    });
    connect(document, &Document::linkRemoved, this, [this](LinkId id) {
        if (std::find(m_links.begin(), m_links.end(), id) != m_links.end())
            showSelection();
    });
    connect(document, &Document::rulesChanged, this, [this](const RulesChange& change) {
        refreshProject(); // the rule count
        // The shown link's rules, when they differ (a change of its ends'
        // names comes through componentChanged).
        if (m_links.size() == 1 &&
            (change.all || std::binary_search(change.links.begin(), change.links.end(), m_links.front())))
            refreshLink();
    });
    connect(document, &Document::projectChanged, this, &InspectorWidget::refreshProject);
    connect(document, &Document::namesChanged, this, [this] {
        if (m_form)
            m_form->refreshNaming(); // the SIP domains, another component's name
    });
    connect(document, &Document::modelReset, this, [this] {
        // Ids start again in a new plan: a form kept for an old id would lie.
        dropForm();
        setSelection({}, {});
    });
    retranslateUi();
    showSelection();
}

void InspectorWidget::changeEvent(QEvent* event)
{
    // The component form retranslates itself: it gets the event after this.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showSelection();
    }
    QWidget::changeEvent(event);
}

void InspectorWidget::retranslateUi()
{
    m_projectLabel->setText(tr("Project"));
    m_catalogLabel->setText(tr("Catalog"));
    m_countsLabel->setText(tr("Contents"));
    m_scenariosLabel->setText(tr("Scenarios"));
    m_hint->setText(tr("Select a component or a link to see its details."));
    m_linkRules->setHeaderLabels({tr("Port"), tr("Protocol"), tr("From → To")});
}

QWidget* InspectorWidget::createProjectPage()
{
    auto* page = new QWidget(m_stack);
    auto* form = new QFormLayout(page);
    m_projectName = new QLineEdit(page);
    m_projectName->setObjectName(QStringLiteral("projectName"));
    connect(m_projectName, &QLineEdit::editingFinished, this,
            [this] { m_document->setProjectName(m_projectName->text().trimmed()); });
    m_projectLabel = new QLabel(page);
    form->addRow(m_projectLabel, m_projectName);
    auto label = [page] {
        auto* result = new QLabel(page);
        result->setWordWrap(true);
        result->setTextFormat(Qt::PlainText); // a catalog's title is shown, not rendered
        result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return result;
    };
    m_catalog = label();
    m_counts = label();
    m_scenarios = label();
    m_catalogLabel = new QLabel(page);
    m_countsLabel = new QLabel(page);
    m_scenariosLabel = new QLabel(page);
    form->addRow(m_catalogLabel, m_catalog);
    form->addRow(m_countsLabel, m_counts);
    form->addRow(m_scenariosLabel, m_scenarios);
    m_hint = new QLabel(page);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    form->addRow(m_hint);
    return page;
}

QWidget* InspectorWidget::createLinkPage()
{
    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    m_linkEnds = new QLabel(page);
    m_linkEnds->setWordWrap(true);
    m_linkEnds->setTextFormat(Qt::RichText);
    m_linkRules = new QTreeWidget(page);
    m_linkRules->setObjectName(QStringLiteral("linkRules"));
    m_linkRules->setRootIsDecorated(false);
    m_linkRules->setAlternatingRowColors(true);
    m_linkRules->setColumnCount(3);
    m_linkRules->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linkRules->header()->setStretchLastSection(true);
    layout->addWidget(m_linkEnds);
    layout->addWidget(m_linkRules, 1);
    return page;
}

void InspectorWidget::setSelection(const std::vector<ComponentId>& components,
                                   const std::vector<LinkId>& links)
{
    m_components = components;
    m_links = links;
    showSelection();
}

void InspectorWidget::setLanguage(Lang lang)
{
    m_lang = lang;
    dropForm();
    showSelection();
}

void InspectorWidget::dropForm()
{
    delete m_componentPage->takeWidget();
    m_form = nullptr;
}

void InspectorWidget::showSelection()
{
    // The one place that decides what the inspector shows: only ids the
    // model holds now, whatever the selection said when it was made.
    const Topology& topology = m_document->topology();
    std::erase_if(m_components, [&](ComponentId id) { return !topology.component(id); });
    std::erase_if(m_links, [&](LinkId id) { return !topology.link(id); });
    if (m_form && !topology.component(m_form->componentId()))
        dropForm();
    const size_t count = m_components.size() + m_links.size();
    if (m_components.size() == 1 && m_links.empty()) {
        if (!m_form || m_form->componentId() != m_components.front()) {
            // setWidget deletes the previous form.
            m_form = new InspectorComponentForm(m_document, m_components.front(), m_lang);
            m_componentPage->setWidget(m_form);
        }
        m_stack->setCurrentWidget(m_componentPage);
    } else if (m_links.size() == 1 && m_components.empty()) {
        refreshLink();
        m_stack->setCurrentWidget(m_linkPage);
    } else if (count > 1) {
        m_multiPage->setText(tr("%n component(s) and ", nullptr, int(m_components.size())) +
                             tr("%n link(s) selected.", nullptr, int(m_links.size())));
        m_stack->setCurrentWidget(m_multiPage);
    } else {
        refreshProject();
        m_stack->setCurrentWidget(m_projectPage);
    }
}

void InspectorWidget::refreshProject()
{
    const Topology& topology = m_document->topology();
    if (!m_projectName->hasFocus()) {
        m_projectName->setText(qs(topology.name()));
        m_projectName->setCursorPosition(0);
    }
    QStringList scenarios;
    for (const Scenario& scenario : topology.catalog().scenarios)
        if (topology.isScenarioEnabled(scenario.id))
            scenarios << qs(scenario.name.text(m_lang));
    m_catalog->setText(qs(topology.catalog().title.text(m_lang)));
    m_counts->setText(tr("%n component(s)", nullptr, int(topology.components().size())) +
                      QLatin1Char('\n') + tr("%n link(s)", nullptr, int(topology.links().size())) +
                      QLatin1Char('\n') +
                      tr("%n firewall rule(s)", nullptr,
                         int(m_document->tables().openingCount() + m_document->tables().unfiltered.size())));
    m_scenarios->setText(scenarios.isEmpty() ? tr("none") : scenarios.join(QLatin1Char('\n')));
}

void InspectorWidget::refreshLink()
{
    if (m_links.size() != 1 || !m_components.empty())
        return;
    const Topology& topology = m_document->topology();
    const Link* link = topology.link(m_links.front());
    if (!link)
        return;
    auto describe = [&](ComponentId id) {
        const Component* c = topology.component(id);
        const RoleDef* role = c ? topology.catalog().role(c->role) : nullptr;
        return c && role ? QStringLiteral("<b>%1</b> (%2)")
                               .arg(qs(c->name).toHtmlEscaped(),
                                    qs(role->name.text(m_lang)).toHtmlEscaped())
                         : QString();
    };
    m_linkEnds->setText(tr("Link between %1 and %2").arg(describe(link->a), describe(link->b)));
    m_linkRules->clear();
    for (const RuleBinding& binding : linkRules(topology, link->id)) {
        const Component* source = topology.component(binding.source);
        const Component* destination = topology.component(binding.destination);
        auto* item = new QTreeWidgetItem(m_linkRules);
        item->setText(0, QStringLiteral("%1 %2").arg(qs(transportName(binding.rule->transport)),
                                                     qs(binding.ports.toString())));
        item->setText(1, qs(binding.rule->protocol));
        item->setText(2, QStringLiteral("%1 → %2").arg(qs(source->name), qs(destination->name)));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, plainToolTip(qs(binding.rule->note.text(m_lang))));
    }
    if (m_linkRules->topLevelItemCount() == 0) {
        auto* item = new QTreeWidgetItem(m_linkRules);
        item->setText(0, tr("No rule: every scenario of this link is switched off."));
        item->setFirstColumnSpanned(true);
    }
}

void InspectorWidget::onComponentChanged(ComponentId id)
{
    if (m_form && m_form->componentId() == id)
        m_form->refresh();
    // The shown link names its ends.
    if (m_links.size() == 1)
        if (const Link* link = m_document->topology().link(m_links.front()); link && (link->a == id || link->b == id))
            refreshLink();
}

} // namespace edgeplan
