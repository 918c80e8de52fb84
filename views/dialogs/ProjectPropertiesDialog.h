#pragma once

#include "naming/Naming.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace edgeplan {

class Document;

// Project > Properties: the project's name, its sign-off (customer, author,
// revision, change note: what the report's title page prints), its SIP domains (the first is
// the default) with their per-domain SRV records, the internal DNS domain
// and every DNS name of the catalog's `names` (empty: the default). OK
// checks the whole set against the model and applies it as one undo step;
// a value the model refuses keeps the dialog open and says which field.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    enum DomainColumn { DomainNameColumn, FederationColumn, XmppColumn, DomainColumnCount };
    enum NameColumn { NameWhatColumn, NameComponentColumn, NameValueColumn, NameColumnCount };

    ProjectPropertiesDialog(Document* document, Lang lang, QWidget* parent = nullptr);

    QLineEdit* projectNameEdit() const { return m_projectName; }
    QLineEdit* customerEdit() const { return m_customer; }
    QLineEdit* authorEdit() const { return m_author; }
    QLineEdit* revisionEdit() const { return m_revision; }
    QLineEdit* changeNoteEdit() const { return m_changeNote; }
    QTableWidget* domainTable() const { return m_domains; }
    QLineEdit* internalDomainEdit() const { return m_internalDomain; }
    QTableWidget* nameTable() const { return m_names; }
    // The line edit of a name's value, by row of nameTable().
    QLineEdit* nameEdit(int row) const;
    QString errorText() const;

    // A row at the end of the domains (the Add button adds an empty one).
    void addDomain(const QString& name, bool federation = true, bool xmpp = true);
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillNames();
    void moveDomain(int delta);
    void removeDomain();
    void updatePlaceholders();
    void updateButtons();
    ProjectNaming namingFromFields() const;
    std::vector<Component> componentsFromFields() const;
    // The model's objection to the fields, naming the field; empty when none.
    QString validate(const ProjectNaming& naming, const std::vector<Component>& components) const;
    void showError(const QString& message);

    Document* m_document;
    Lang m_lang;
    std::vector<NameValue> m_nameValues; // the rows of m_names
    QLabel* m_projectNameLabel;
    QLineEdit* m_projectName;
    QLabel* m_customerLabel;
    QLineEdit* m_customer;
    QLabel* m_authorLabel;
    QLineEdit* m_author;
    QLabel* m_revisionLabel;
    QLineEdit* m_revision;
    QLabel* m_changeNoteLabel;
    QLineEdit* m_changeNote;
    QGroupBox* m_domainBox;
    QLabel* m_domainHint;
    QTableWidget* m_domains;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_internalLabel;
    QLineEdit* m_internalDomain;
    QGroupBox* m_nameBox;
    QLabel* m_nameHint;
    QTableWidget* m_names;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace edgeplan
