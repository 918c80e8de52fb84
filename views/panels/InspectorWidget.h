#pragma once

#include "base/Localized.h"
#include "plan/Topology.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

namespace edgeplan {

class Document;
class InspectorComponentForm;

// The properties of what is selected: one component's fields (editable), a
// link's two ends and the rules it carries, or, with nothing selected, the
// project's name and counts.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(Document* document, QWidget* parent = nullptr);

    void setSelection(const std::vector<ComponentId>& components, const std::vector<LinkId>& links);
    void setLanguage(Lang lang);
    // The form of the one selected component, if that is what is shown.
    InspectorComponentForm* componentForm() const { return m_form; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QWidget* createProjectPage();
    QWidget* createLinkPage();
    void showSelection();
    void dropForm();
    void refreshProject();
    void refreshLink();
    void onComponentChanged(ComponentId id);

    Document* m_document;
    Lang m_lang = Lang::En;
    std::vector<ComponentId> m_components;
    std::vector<LinkId> m_links;

    QStackedWidget* m_stack;
    QWidget* m_projectPage;
    QLabel* m_projectLabel = nullptr;
    QLabel* m_catalogLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_scenariosLabel = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_projectName = nullptr;
    QLabel* m_catalog = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_scenarios = nullptr;
    QScrollArea* m_componentPage;
    InspectorComponentForm* m_form = nullptr;
    QWidget* m_linkPage;
    QLabel* m_linkEnds = nullptr;
    QTreeWidget* m_linkRules = nullptr;
    QLabel* m_multiPage;
};

} // namespace edgeplan
