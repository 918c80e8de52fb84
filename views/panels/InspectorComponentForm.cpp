#include "panels/InspectorComponentForm.h"

#include "base/Address.h"
#include "base/Ports.h"
#include "document/Document.h"
#include "naming/Naming.h"
#include "support/QtText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

const char kInvalidProperty[] = "invalid";

} // namespace

InspectorComponentForm::InspectorComponentForm(Document* document, ComponentId id, Lang lang,
                                               QWidget* parent)
    : QWidget(parent), m_document(document), m_id(id), m_lang(lang)
{
    const Catalog& catalog = document->catalog();
    const Component* component = document->topology().component(id);
    Q_ASSERT(component);
    const RoleDef* role = catalog.role(component->role);
    Q_ASSERT(role);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/%1").arg(qs(role->icon))).pixmap(32, 32));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto* roleName = new QLabel(qs(role->name.text(lang)), this);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(roleName);
    header->addWidget(icon);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_general = new QGroupBox(this);
    auto* generalForm = new QFormLayout(m_general);
    addTextField(generalForm, QT_TR_NOOP("Name"), QStringLiteral("name"),
                 {nullptr, [](const Component& c) { return c.name; },
                  [](Component& c, const std::string& v) { c.name = v; }, false,
                  [] { return tr("Rename"); }});
    addTextField(generalForm, QT_TR_NOOP("FQDN"), QStringLiteral("fqdn"),
                 {nullptr, [](const Component& c) { return c.fqdn; },
                  [](Component& c, const std::string& v) { c.fqdn = v; }, false,
                  [] { return tr("Change FQDN"); }});
    addTextField(generalForm, QT_TR_NOOP("Site"), QStringLiteral("site"),
                 {nullptr, [](const Component& c) { return c.site; },
                  [](Component& c, const std::string& v) { c.site = v; }, false,
                  [] { return tr("Change site"); }});
    m_zone = new QComboBox(m_general);
    m_zone->setObjectName(QStringLiteral("zone"));
    for (const Zone& zone : catalog.zones)
        m_zone->addItem(qs(zone.name.text(lang)), qs(zone.id));
    connect(m_zone, &QComboBox::activated, this, [this](int index) {
        const std::string zone = m_zone->itemData(index).toString().toStdString();
        apply(m_zone, tr("Move to another zone"), [&zone](Component& c) { c.zone = zone; });
    });
    generalForm->addRow(translatedLabel(QT_TR_NOOP("Zone"), m_zone), m_zone);
    addPoolField(generalForm, *component);
    layout->addWidget(m_general);

    for (const InterfaceDef& iface : role->interfaces) {
        auto* box = new QGroupBox(qs(iface.name.text(lang)), this);
        auto* form = new QFormLayout(box);
        const std::string ifaceId = iface.id;
        addTextField(
            form, QT_TR_NOOP("Address"), QStringLiteral("address:%1").arg(qs(ifaceId)),
            {nullptr, [ifaceId](const Component& c) { return c.address(ifaceId); },
             [ifaceId](Component& c, const std::string& v) { c.interfaces[ifaceId].address = v; },
             true, [] { return tr("Change address"); }});
        // Only the fields that mean something for the role, and any the
        // plan fills already (so that a value in the wrong place can be cleared).
        const Catalog::InterfaceFields fields = catalog.interfaceFields(*role, iface);
        const auto held = component->interfaces.find(ifaceId);
        const InterfaceAddress none;
        const InterfaceAddress& value = held == component->interfaces.end() ? none : held->second;
        if (fields.nat || !value.natAddress.empty())
            addTextField(form, QT_TR_NOOP("Public (NAT)"), QStringLiteral("nat:%1").arg(qs(ifaceId)),
                         {nullptr,
                          [ifaceId](const Component& c) {
                              const auto it = c.interfaces.find(ifaceId);
                              return it == c.interfaces.end() ? std::string() : it->second.natAddress;
                          },
                          [ifaceId](Component& c, const std::string& v) {
                              c.interfaces[ifaceId].natAddress = v;
                          },
                          true, [] { return tr("Change NAT address"); }});
        if (fields.serviceFqdn || !value.fqdn.empty())
            addTextField(form, QT_TR_NOOP("Service FQDN"), QStringLiteral("fqdn:%1").arg(qs(ifaceId)),
                         {nullptr,
                          [ifaceId](const Component& c) {
                              const auto it = c.interfaces.find(ifaceId);
                              return it == c.interfaces.end() ? std::string() : it->second.fqdn;
                          },
                          [ifaceId](Component& c, const std::string& v) { c.interfaces[ifaceId].fqdn = v; },
                          false, [] { return tr("Change service FQDN"); }});
        if (fields.listeningPort || value.port != 0) {
            TextField port{nullptr,
                           [ifaceId](const Component& c) {
                               const auto it = c.interfaces.find(ifaceId);
                               return it == c.interfaces.end() || it->second.port == 0
                                          ? std::string()
                                          : std::to_string(it->second.port);
                           },
                           [ifaceId](Component& c, const std::string& v) {
                               const std::optional<PortRange> port = parsePortRange(v);
                               c.interfaces[ifaceId].port = port ? port->first : 0;
                           },
                           false, [] { return tr("Change listening port"); }};
            port.isPort = true;
            addTextField(form, QT_TR_NOOP("Listening port"), QStringLiteral("port:%1").arg(qs(ifaceId)),
                         std::move(port));
        }
        layout->addWidget(box);
    }

    if (!role->properties.empty()) {
        m_properties = new QGroupBox(this);
        auto* form = new QFormLayout(m_properties);
        for (const PropertyDef& property : role->properties)
            addPropertyField(form, property);
        layout->addWidget(m_properties);
    }

    m_namingBox = new QGroupBox(this);
    m_namingBox->setObjectName(QStringLiteral("namingBox"));
    m_naming = new QLabel(m_namingBox);
    m_naming->setObjectName(QStringLiteral("naming"));
    m_naming->setTextFormat(Qt::RichText);
    m_naming->setWordWrap(true);
    m_naming->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* namingLayout = new QVBoxLayout(m_namingBox);
    namingLayout->addWidget(m_naming);
    layout->addWidget(m_namingBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    retranslateUi(); // fills the DNS section too
    refresh();
}

void InspectorComponentForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The form's own words; the catalog's (role, zones, interfaces, properties)
// follow the data language given at construction.
void InspectorComponentForm::retranslateUi()
{
    m_general->setTitle(tr("General"));
    if (m_properties)
        m_properties->setTitle(tr("Properties"));
    m_namingBox->setTitle(tr("DNS and certificates"));
    refreshNaming();
    for (const auto& [label, source] : m_labels)
        label->setText(tr(source));
    for (const TextField& field : m_textFields)
        if (field.isAddress)
            field.edit->setPlaceholderText(tr("Any"));
}

// The pools of the plan that can hold this component, when there are any.
void InspectorComponentForm::addPoolField(QFormLayout* form, const Component& component)
{
    const Topology& topology = m_document->topology();
    std::vector<const Component*> pools;
    for (const auto& [id, c] : topology.components()) {
        const RoleDef* role = topology.catalog().role(c.role);
        if (role && role->pool &&
            std::find(role->pool->members.begin(), role->pool->members.end(), component.role) !=
                role->pool->members.end())
            pools.push_back(&c);
    }
    if (pools.empty())
        return;
    m_pool = new QComboBox(m_general);
    m_pool->setObjectName(QStringLiteral("pool"));
    m_pool->addItem(QStringLiteral("\u2014"), QVariant::fromValue(qulonglong(0)));
    for (const Component* pool : pools)
        m_pool->addItem(qs(pool->name), QVariant::fromValue(qulonglong(pool->id.value)));
    connect(m_pool, &QComboBox::activated, this, [this](int index) {
        const ComponentId pool{m_pool->itemData(index).toULongLong()};
        apply(m_pool, tr("Change pool"), [&pool](Component& c) { c.pool = pool; });
    });
    form->addRow(translatedLabel(QT_TR_NOOP("Pool"), m_pool), m_pool);
}

QLabel* InspectorComponentForm::translatedLabel(const char* source, QWidget* buddy)
{
    auto* label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    m_labels.emplace_back(label, source);
    return label;
}

void InspectorComponentForm::addTextField(QFormLayout* form, const char* label,
                                          const QString& objectName, TextField field)
{
    field.edit = new QLineEdit(form->parentWidget());
    addTextFieldRow(form, translatedLabel(label, field.edit), objectName, std::move(field));
}

void InspectorComponentForm::addTextFieldRow(QFormLayout* form, QLabel* label,
                                             const QString& objectName, TextField field)
{
    if (!field.edit)
        field.edit = new QLineEdit(form->parentWidget());
    label->setBuddy(field.edit);
    field.edit->setObjectName(objectName);
    field.edit->setClearButtonEnabled(field.isAddress);
    const size_t index = m_textFields.size();
    connect(field.edit, &QLineEdit::editingFinished, this,
            [this, index] { commitText(m_textFields[index]); });
    form->addRow(label, field.edit);
    m_textFields.push_back(std::move(field));
}

void InspectorComponentForm::addPropertyField(QFormLayout* form, const PropertyDef& property)
{
    const QString label = qs(property.name.text(m_lang));
    const QString objectName = QStringLiteral("property:%1").arg(qs(property.id));
    const std::string id = property.id;
    if (property.type == "bool") {
        auto* check = new QCheckBox(label, form->parentWidget());
        check->setObjectName(objectName);
        connect(check, &QCheckBox::toggled, this, [this, check, id](bool on) {
            apply(check, tr("Change %1").arg(check->text()),
                  [&](Component& c) { c.properties[id] = on ? "true" : "false"; });
        });
        form->addRow(check);
        m_checkBoxes.emplace_back(check, id);
    } else if (property.type == "choice") {
        auto* combo = new QComboBox(form->parentWidget());
        combo->setObjectName(objectName);
        for (const std::string& choice : property.choices)
            combo->addItem(qs(choice), qs(choice));
        connect(combo, &QComboBox::activated, this, [this, combo, id, label](int index) {
            const std::string value = combo->itemData(index).toString().toStdString();
            apply(combo, tr("Change %1").arg(label), [&](Component& c) { c.properties[id] = value; });
        });
        form->addRow(label, combo);
        m_choices.emplace_back(combo, id);
    } else {
        addTextFieldRow(
            form, new QLabel(label, form->parentWidget()), objectName,
            {nullptr,
             [this, id](const Component& c) { return m_document->topology().propertyValue(c, id); },
             [id](Component& c, const std::string& v) { c.properties[id] = v; }, false,
             [label] { return tr("Change %1").arg(label); }});
    }
}

void InspectorComponentForm::refresh()
{
    const Topology& topology = m_document->topology();
    const Component* component = topology.component(m_id);
    if (!component)
        return;
    m_title->setText(qs(component->name));
    for (const TextField& field : m_textFields) {
        field.edit->setText(qs(field.get(*component)));
        field.edit->setCursorPosition(0);
        clearError(field.edit);
    }
    {
        const QSignalBlocker blocker(m_zone);
        m_zone->setCurrentIndex(m_zone->findData(qs(component->zone)));
    }
    if (m_pool) {
        const QSignalBlocker blocker(m_pool);
        m_pool->setCurrentIndex(
            std::max(0, m_pool->findData(QVariant::fromValue(qulonglong(component->pool.value)))));
    }
    for (const auto& [check, id] : m_checkBoxes) {
        const QSignalBlocker blocker(check);
        check->setChecked(topology.propertyValue(*component, id) == "true");
    }
    for (const auto& [combo, id] : m_choices) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(qs(topology.propertyValue(*component, id))));
    }
}

void InspectorComponentForm::refreshNaming()
{
    const Topology& topology = m_document->topology();
    if (!topology.component(m_id))
        return;
    const QString arrow = QStringLiteral(" → ");
    QStringList lines;
    for (const DnsRecord& r : recordsOf(topology, m_document->dnsRecords(), m_id)) {
        QString value = qs(r.value).toHtmlEscaped();
        if (r.type == "SRV")
            value += QLatin1Char(':') + QString::number(r.port);
        else if (r.value.empty())
            value = QStringLiteral("<i>%1</i>").arg(tr("(no address)").toHtmlEscaped());
        lines << QStringLiteral("%1 %2%3%4 <span style=\"color: gray;\">(%5)</span>")
                     .arg(qs(r.type).toHtmlEscaped(), qs(r.name).toHtmlEscaped(), arrow, value,
                          qs(dnsLocationName(r.location, m_lang)).toHtmlEscaped());
    }
    for (const CertificateEntry& cert : m_document->certificates()) {
        if (cert.component != m_id &&
            std::find(cert.holders.begin(), cert.holders.end(), m_id) == cert.holders.end())
            continue;
        QStringList names;
        for (const std::string& name : cert.alternativeNames)
            names << qs(name).toHtmlEscaped();
        QString line = tr("Certificate: %1").arg(qs(cert.subject).toHtmlEscaped());
        if (!names.isEmpty())
            line += QStringLiteral(" (%1)").arg(names.join(QStringLiteral(", ")));
        lines << line + QStringLiteral(" <span style=\"color: gray;\">%1</span>")
                            .arg(qs(cert.def->name.text(m_lang)).toHtmlEscaped());
    }
    m_naming->setText(lines.isEmpty() ? tr("No DNS record or certificate names this component.")
                                      : lines.join(QStringLiteral("<br>")));
}

QString InspectorComponentForm::namingText() const
{
    return m_naming->text();
}

QString InspectorComponentForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InspectorComponentForm::commitText(const TextField& field)
{
    const std::string value = field.edit->text().trimmed().toStdString();
    if (field.isAddress && !value.empty() && !isValidAddress(value)) {
        showError(field.edit, tr("\"%1\" is not an IPv4 or IPv6 address; the change was not applied.")
                                  .arg(qs(value)));
        return;
    }
    if (field.isPort && !value.empty()) {
        // The catalog's own strict rule: no sign, no leading zero, no range.
        const std::optional<PortRange> port = parsePortRange(value);
        if (!port || port->isRange()) {
            showError(field.edit, tr("\"%1\" is not a port number (1-65535); the change was not applied.")
                                      .arg(qs(value)));
            return;
        }
    }
    apply(field.edit, field.undoText(), [&](Component& c) { field.set(c, value); });
}

bool InspectorComponentForm::apply(QWidget* field, const QString& undoText,
                                   const std::function<void(Component&)>& change)
{
    const Component* current = m_document->topology().component(m_id);
    if (!current)
        return false;
    Component after = *current;
    change(after);
    // An interface left with no address at all is not stored.
    std::erase_if(after.interfaces,
                  [](const auto& entry) { return entry.second.empty(); });
    if (after == *current) {
        clearError(field);
        return true;
    }
    QString error;
    if (!m_document->changeComponents({after}, undoText, &error)) {
        showError(field, error.isEmpty() ? tr("The change was refused.") : error);
        return false;
    }
    clearError(field);
    return true;
}

void InspectorComponentForm::showError(QWidget* field, const QString& message)
{
    field->setProperty(kInvalidProperty, true);
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, QColor(0xfd, 0xe7, 0xe9));
    palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
    field->setPalette(palette);
    field->setToolTip(message);
    m_error->setText(message);
    m_error->show();
}

void InspectorComponentForm::clearError(QWidget* field)
{
    if (!field->property(kInvalidProperty).toBool())
        return;
    field->setProperty(kInvalidProperty, false);
    field->setPalette(QPalette());
    field->setToolTip({});
    m_error->hide();
}

} // namespace edgeplan
