#pragma once

#include "base/Localized.h"
#include "plan/Topology.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace edgeplan {

class Document;

// The inspector's form for one component: name, FQDN, zone, the addresses
// of each interface of its role and the role's properties. Every edit is one
// Document::changeComponents step; a value the model would refuse (a bad
// address) marks the field, explains why and changes nothing.
class InspectorComponentForm : public QWidget
{
    Q_OBJECT

public:
    InspectorComponentForm(Document* document, ComponentId id, Lang lang, QWidget* parent = nullptr);

    ComponentId componentId() const { return m_id; }
    // Shows the model's values again (after an undo, a move, another view's edit).
    void refresh();
    // The read-only "DNS and certificates" section again (after an edit
    // elsewhere: a SIP domain, another component's name).
    void refreshNaming();
    QString namingText() const;
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct TextField
    {
        QLineEdit* edit;
        std::function<std::string(const Component&)> get;
        std::function<void(Component&, const std::string&)> set;
        bool isAddress;
        std::function<QString()> undoText; // in the language of the moment
        bool isPort = false; // empty, or a port number 1-65535
    };

    void retranslateUi();
    void addPoolField(QFormLayout* form, const Component& component);
    // A label whose text retranslateUi() sets: tr(source).
    QLabel* translatedLabel(const char* source, QWidget* buddy);
    // `label` is a source text for tr(), marked with QT_TR_NOOP.
    void addTextField(QFormLayout* form, const char* label, const QString& objectName,
                      TextField field);
    void addTextFieldRow(QFormLayout* form, QLabel* label, const QString& objectName,
                         TextField field);
    void addPropertyField(QFormLayout* form, const PropertyDef& property);
    void commitText(const TextField& field);
    // Applies `change` to a copy of the component as one undo step; false
    // with the field marked when the model refuses it.
    bool apply(QWidget* field, const QString& undoText, const std::function<void(Component&)>& change);
    void showError(QWidget* field, const QString& message);
    void clearError(QWidget* field);

    Document* m_document;
    ComponentId m_id;
    Lang m_lang;
    QLabel* m_title = nullptr;
    QGroupBox* m_general = nullptr;
    QGroupBox* m_properties = nullptr;
    QGroupBox* m_namingBox = nullptr;
    QLabel* m_naming = nullptr;
    std::vector<std::pair<QLabel*, const char*>> m_labels;
    QComboBox* m_pool = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_error = nullptr;
    std::vector<TextField> m_textFields;
    std::vector<std::pair<QCheckBox*, std::string>> m_checkBoxes;
    std::vector<std::pair<QComboBox*, std::string>> m_choices;
};

} // namespace edgeplan
