#include "dialogs/ProjectPropertiesDialog.h"

#include "document/Document.h"
#include "support/Language.h"
#include "support/QtText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace edgeplan {

namespace {

std::string trimmed(const QString& text)
{
    return text.trimmed().toStdString();
}

// The value a name row shows: what the plan itself set, not the default.
std::string ownValue(const Topology& topology, const NameValue& name)
{
    if (name.def->source == "project") {
        const auto it = topology.naming().names.find(name.def->id);
        return it == topology.naming().names.end() ? std::string() : it->second;
    }
    const Component* c = topology.component(name.component);
    if (!c)
        return {};
    if (name.def->source == "component")
        return c->fqdn;
    const auto it = c->interfaces.find(name.def->interfaceId);
    return it == c->interfaces.end() ? std::string() : it->second.fqdn;
}

} // namespace

ProjectPropertiesDialog::ProjectPropertiesDialog(Document* document, Lang lang, QWidget* parent)
    : QDialog(parent), m_document(document), m_lang(lang), m_projectNameLabel(new QLabel(this)),
      m_projectName(new QLineEdit(this)), m_customerLabel(new QLabel(this)), m_customer(new QLineEdit(this)),
      m_authorLabel(new QLabel(this)), m_author(new QLineEdit(this)), m_revisionLabel(new QLabel(this)),
      m_revision(new QLineEdit(this)), m_changeNoteLabel(new QLabel(this)), m_changeNote(new QLineEdit(this)),
      m_domainBox(new QGroupBox(this)),
      m_domainHint(new QLabel(this)), m_domains(new QTableWidget(0, DomainColumnCount, this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this)), m_internalLabel(new QLabel(this)),
      m_internalDomain(new QLineEdit(this)), m_nameBox(new QGroupBox(this)),
      m_nameHint(new QLabel(this)), m_names(new QTableWidget(0, NameColumnCount, this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectPropertiesDialog"));
    const Topology& topology = document->topology();
    m_projectName->setObjectName(QStringLiteral("projectName"));
    m_projectName->setText(qs(topology.name()));
    m_projectNameLabel->setBuddy(m_projectName);
    const std::pair<QLineEdit*, std::pair<const char*, const std::string*>> signOffFields[] = {
        {m_customer, {"customer", &topology.signOff().customer}},
        {m_author, {"author", &topology.author()}},
        {m_revision, {"revision", &topology.signOff().revision}},
        {m_changeNote, {"changeNote", &topology.signOff().changeNote}}};
    for (const auto& [edit, field] : signOffFields) {
        edit->setObjectName(QLatin1String(field.first));
        edit->setText(qs(*field.second));
    }
    m_customerLabel->setBuddy(m_customer);
    m_authorLabel->setBuddy(m_author);
    m_revisionLabel->setBuddy(m_revision);
    m_changeNoteLabel->setBuddy(m_changeNote);
    m_domains->setObjectName(QStringLiteral("sipDomains"));
    m_add->setObjectName(QStringLiteral("addDomain"));
    m_remove->setObjectName(QStringLiteral("removeDomain"));
    m_up->setObjectName(QStringLiteral("moveDomainUp"));
    m_down->setObjectName(QStringLiteral("moveDomainDown"));
    m_internalDomain->setObjectName(QStringLiteral("internalDomain"));
    m_internalLabel->setBuddy(m_internalDomain);
    m_names->setObjectName(QStringLiteral("dnsNames"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    for (QLabel* hint : {m_domainHint, m_nameHint}) {
        hint->setWordWrap(true);
        hint->setEnabled(false);
    }

    // The domains in force, the old per-edge ones included: what the user sees is what counts.
    for (const SipDomain& domain : effectiveSipDomains(topology))
        addDomain(qs(domain.name), domain.federation, domain.xmpp);
    m_domains->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_domains->setSelectionMode(QAbstractItemView::SingleSelection);
    m_domains->verticalHeader()->hide();
    m_domains->horizontalHeader()->setSectionResizeMode(DomainNameColumn, QHeaderView::Stretch);
    m_domains->horizontalHeader()->setSectionResizeMode(FederationColumn, QHeaderView::ResizeToContents);
    m_domains->horizontalHeader()->setSectionResizeMode(XmppColumn, QHeaderView::ResizeToContents);
    const int rowHeight = m_domains->verticalHeader()->defaultSectionSize();
    m_domains->setMinimumHeight(rowHeight * 4);
    m_domains->setMaximumHeight(rowHeight * 6);
    m_internalDomain->setText(qs(topology.naming().internalDomain));
    m_internalDomain->setClearButtonEnabled(true);

    auto* domainButtons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down})
        domainButtons->addWidget(button);
    domainButtons->addStretch(1);
    auto* domainRow = new QHBoxLayout;
    domainRow->addWidget(m_domains, 1);
    domainRow->addLayout(domainButtons);
    auto* internalForm = new QFormLayout;
    internalForm->addRow(m_internalLabel, m_internalDomain);
    auto* domainLayout = new QVBoxLayout(m_domainBox);
    domainLayout->addWidget(m_domainHint);
    domainLayout->addLayout(domainRow);
    domainLayout->addLayout(internalForm);

    m_names->verticalHeader()->hide();
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->horizontalHeader()->setSectionResizeMode(NameWhatColumn, QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setSectionResizeMode(NameComponentColumn, QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setSectionResizeMode(NameValueColumn, QHeaderView::Stretch);
    fillNames();
    auto* nameLayout = new QVBoxLayout(m_nameBox);
    nameLayout->addWidget(m_nameHint);
    nameLayout->addWidget(m_names, 1);

    auto* top = new QFormLayout;
    top->addRow(m_projectNameLabel, m_projectName);
    top->addRow(m_customerLabel, m_customer);
    top->addRow(m_authorLabel, m_author);
    top->addRow(m_revisionLabel, m_revision);
    top->addRow(m_changeNoteLabel, m_changeNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_domainBox);
    layout->addWidget(m_nameBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectPropertiesDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addDomain(QString());
        m_domains->setCurrentCell(m_domains->rowCount() - 1, DomainNameColumn);
        m_domains->editItem(m_domains->item(m_domains->rowCount() - 1, DomainNameColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &ProjectPropertiesDialog::removeDomain);
    connect(m_up, &QPushButton::clicked, this, [this] { moveDomain(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveDomain(1); });
    connect(m_domains, &QTableWidget::itemChanged, this, &ProjectPropertiesDialog::updatePlaceholders);
    connect(m_domains, &QTableWidget::currentCellChanged, this, &ProjectPropertiesDialog::updateButtons);
    connect(m_internalDomain, &QLineEdit::textChanged, this, &ProjectPropertiesDialog::updatePlaceholders);
    retranslateUi();
    updateButtons();
    resize(780, 700);
}

void ProjectPropertiesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProjectPropertiesDialog::retranslateUi()
{
    setWindowTitle(tr("Project Properties"));
    m_projectNameLabel->setText(tr("Project name:"));
    m_customerLabel->setText(tr("Customer:"));
    m_authorLabel->setText(tr("Author:"));
    m_revisionLabel->setText(tr("Revision:"));
    m_changeNoteLabel->setText(tr("Change note:"));
    m_changeNote->setPlaceholderText(tr("What changed in this revision"));
    m_domainBox->setTitle(tr("SIP domains"));
    m_domainHint->setText(tr("The first domain is the default SIP domain. Each domain gets its own "
                             "SRV records; untick those a domain does not publish."));
    m_domains->setHorizontalHeaderLabels({tr("Domain"), tr("Federation SRV"), tr("XMPP SRV")});
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_internalLabel->setText(tr("Internal DNS domain:"));
    m_nameBox->setTitle(tr("DNS names"));
    m_nameHint->setText(tr("Leave a name empty to use the default shown in grey."));
    m_names->setHorizontalHeaderLabels({tr("Name"), tr("Component"), tr("Value")});
    updatePlaceholders();
}

void ProjectPropertiesDialog::addDomain(const QString& name, bool federation, bool xmpp)
{
    const QSignalBlocker blocker(m_domains);
    const int row = m_domains->rowCount();
    m_domains->insertRow(row);
    m_domains->setItem(row, DomainNameColumn, new QTableWidgetItem(name));
    const std::pair<int, bool> flags[] = {{FederationColumn, federation}, {XmppColumn, xmpp}};
    for (const auto& [column, on] : flags) {
        auto* item = new QTableWidgetItem(column == FederationColumn ? QStringLiteral("_sipfederationtls._tcp")
                                                                     : QStringLiteral("_xmpp-server._tcp"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        m_domains->setItem(row, column, item);
    }
    if (!name.isEmpty())
        updatePlaceholders();
    updateButtons();
}

void ProjectPropertiesDialog::removeDomain()
{
    const int row = m_domains->currentRow();
    if (row < 0)
        return;
    m_domains->removeRow(row);
    updatePlaceholders();
    updateButtons();
}

void ProjectPropertiesDialog::moveDomain(int delta)
{
    const int row = m_domains->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_domains->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_domains);
        for (int column = 0; column < DomainColumnCount; ++column) {
            QTableWidgetItem* a = m_domains->takeItem(row, column);
            QTableWidgetItem* b = m_domains->takeItem(to, column);
            m_domains->setItem(row, column, b);
            m_domains->setItem(to, column, a);
        }
    }
    m_domains->setCurrentCell(to, m_domains->currentColumn());
    updatePlaceholders();
}

void ProjectPropertiesDialog::updateButtons()
{
    const int row = m_domains->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_domains->rowCount());
}

void ProjectPropertiesDialog::fillNames()
{
    const Topology& topology = m_document->topology();
    m_nameValues = planNames(topology);
    m_names->setRowCount(int(m_nameValues.size()));
    for (int row = 0; row < int(m_nameValues.size()); ++row) {
        const NameValue& name = m_nameValues[size_t(row)];
        auto* what = new QTableWidgetItem(qs(name.def->name.text(m_lang)));
        const Component* component = topology.component(name.component);
        auto* owner = new QTableWidgetItem(component ? qs(component->name) : QString());
        for (QTableWidgetItem* item : {what, owner})
            item->setFlags(Qt::ItemIsEnabled);
        m_names->setItem(row, NameWhatColumn, what);
        m_names->setItem(row, NameComponentColumn, owner);
        auto* edit = new QLineEdit(qs(ownValue(topology, name)), m_names);
        edit->setObjectName(QStringLiteral("name:%1:%2").arg(qs(name.def->id)).arg(name.component.value));
        edit->setFrame(false);
        edit->setClearButtonEnabled(true);
        m_names->setCellWidget(row, NameValueColumn, edit);
        connect(edit, &QLineEdit::textChanged, this, &ProjectPropertiesDialog::updatePlaceholders);
    }
}

QLineEdit* ProjectPropertiesDialog::nameEdit(int row) const
{
    return qobject_cast<QLineEdit*>(m_names->cellWidget(row, NameValueColumn));
}

QString ProjectPropertiesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

ProjectNaming ProjectPropertiesDialog::namingFromFields() const
{
    const Topology& topology = m_document->topology();
    ProjectNaming naming;
    for (int row = 0; row < m_domains->rowCount(); ++row) {
        SipDomain domain;
        domain.name = trimmed(m_domains->item(row, DomainNameColumn)->text());
        if (domain.name.empty())
            continue; // a row added and never filled in
        domain.federation = m_domains->item(row, FederationColumn)->checkState() == Qt::Checked;
        domain.xmpp = m_domains->item(row, XmppColumn)->checkState() == Qt::Checked;
        naming.sipDomains.push_back(domain);
    }
    // A plan from before the project kept domains keeps them on its edges
    // until the user changes them here.
    if (topology.naming().sipDomains.empty() && naming.sipDomains == effectiveSipDomains(topology))
        naming.sipDomains.clear();
    naming.internalDomain = trimmed(m_internalDomain->text());
    for (int row = 0; row < int(m_nameValues.size()); ++row) {
        const NameValue& name = m_nameValues[size_t(row)];
        const std::string value = trimmed(nameEdit(row)->text());
        if (name.def->source == "project" && !value.empty())
            naming.names[name.def->id] = value;
    }
    return naming;
}

std::vector<Component> ProjectPropertiesDialog::componentsFromFields() const
{
    const Topology& topology = m_document->topology();
    std::map<ComponentId, Component> changed;
    for (int row = 0; row < int(m_nameValues.size()); ++row) {
        const NameValue& name = m_nameValues[size_t(row)];
        const Component* current = topology.component(name.component);
        if (name.def->source == "project" || !current)
            continue;
        const std::string value = trimmed(nameEdit(row)->text());
        if (value == ownValue(topology, name))
            continue;
        Component& c = changed.try_emplace(current->id, *current).first->second;
        if (name.def->source == "component")
            c.fqdn = value;
        else
            c.interfaces[name.def->interfaceId].fqdn = value;
        // An interface left with nothing set is not stored (as the inspector does).
        std::erase_if(c.interfaces, [](const auto& entry) { return entry.second.empty(); });
    }
    std::vector<Component> result;
    for (auto& [id, c] : changed)
        result.push_back(std::move(c));
    return result;
}

QString ProjectPropertiesDialog::validate(const ProjectNaming& naming,
                                          const std::vector<Component>& components) const
{
    Topology checked(m_document->topology());
    try {
        checked.setNaming(naming);
    } catch (const EditError& e) {
        const std::string what = e.args().empty() ? std::string() : e.args().front();
        QString field = tr("SIP domains");
        if (what == "the internal domain")
            field = tr("Internal DNS domain");
        else if (const NameDef* def = checked.catalog().nameDef(what))
            field = qs(def->name.text(m_lang));
        return tr("%1: %2").arg(field, editErrorText(e));
    }
    for (const Component& c : components) {
        try {
            checked.updateComponent(c);
        } catch (const EditError& e) {
            return tr("DNS names of %1: %2").arg(qs(c.name), editErrorText(e));
        }
    }
    return {};
}

void ProjectPropertiesDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

// The defaults follow the domains as they stand in the dialog.
void ProjectPropertiesDialog::updatePlaceholders()
{
    QString defaultDomain;
    for (int row = 0; row < m_domains->rowCount() && defaultDomain.isEmpty(); ++row)
        defaultDomain = m_domains->item(row, DomainNameColumn)->text().trimmed();
    m_internalDomain->setPlaceholderText(defaultDomain.isEmpty() ? tr("the default SIP domain")
                                                                 : defaultDomain);
    Topology preview(m_document->topology());
    try {
        ProjectNaming naming = namingFromFields();
        naming.names.clear();
        preview.setNaming(naming);
    } catch (const EditError&) {
        // A domain being typed: keep the defaults of the plan.
    }
    for (int row = 0; row < int(m_nameValues.size()); ++row) {
        const NameValue& name = m_nameValues[size_t(row)];
        const NameValue current = resolveName(preview, *name.def, preview.component(name.component));
        if (QLineEdit* edit = nameEdit(row))
            edit->setPlaceholderText(qs(current.defaultValue));
    }
}

void ProjectPropertiesDialog::accept()
{
    const ProjectNaming naming = namingFromFields();
    const std::vector<Component> components = componentsFromFields();
    const QString problem = validate(naming, components);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    const std::string author = trimmed(m_author->text());
    const SignOff signOff{trimmed(m_customer->text()), trimmed(m_revision->text()), trimmed(m_changeNote->text())};
    {
        Topology checked(m_document->topology());
        try {
            checked.setAuthor(author);
            checked.setSignOff(signOff);
        } catch (const EditError& e) {
            showError(tr("Sign-off: %1").arg(editErrorText(e)));
            return;
        }
    }
    showError({});
    const QString name = m_projectName->text().trimmed();
    const Topology& topology = m_document->topology();
    const bool rename = name.toStdString() != topology.name();
    const bool signed_ = author != topology.author() || signOff != topology.signOff();
    QUndoStack* stack = m_document->undoStack();
    // One undo step for the dialog, whatever it changed.
    const bool macro = rename || signed_;
    if (macro)
        stack->beginMacro(tr("Change project properties"));
    QString error;
    const int before = stack->index();
    m_document->setNaming(naming, components, &error);
    if (rename)
        m_document->setProjectName(name);
    if (signed_)
        m_document->setSignOff(author, signOff);
    if (macro)
        stack->endMacro();
    if (!error.isEmpty() && stack->index() == before) {
        showError(error);
        return;
    }
    QDialog::accept();
}

} // namespace edgeplan
