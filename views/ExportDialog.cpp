#include "ExportDialog.h"

#include "Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace edgeplan {

namespace {

const char* const kGroup = "export";

} // namespace

ExportDialog::ExportDialog(const Catalog& catalog, const QString& suggestedName, bool hasSelection,
                           QWidget* parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_lang(new QComboBox(this)),
      m_firewall(new QComboBox(this)), m_merge(new QCheckBox(tr("Merge rules with the same ends and protocol"), this)),
      m_selection(new QCheckBox(tr("Only the selected items"), this)),
      m_scale(new QDoubleSpinBox(this)), m_transparent(new QCheckBox(tr("Transparent background"), this)),
      m_path(new QLineEdit(this)), m_baseName(suggestedName)
{
    setWindowTitle(tr("Export"));
    for (const ExportFormatInfo& format : exportFormats())
        m_format->addItem(tr(format.description.toUtf8().constData()), format.id);
    m_lang->addItem(QStringLiteral("English"), int(Lang::En));
    m_lang->addItem(QStringLiteral("日本語"), int(Lang::Ja));
    m_firewall->addItem(tr("All firewalls"), QString());
    for (const Firewall& fw : catalog.firewalls)
        m_firewall->addItem(QString::fromStdString(fw.name.en), QString::fromStdString(fw.id));
    m_selection->setEnabled(hasSelection);
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setValue(2);

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Language:"), m_lang);
    form->addRow(tr("Firewall:"), m_firewall);
    form->addRow(QString(), m_merge);
    form->addRow(QString(), m_selection);
    form->addRow(tr("PNG scale:"), m_scale);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("File:"), fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateOptions();
        fixExtension();
    });

    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    ExportRequest last;
    last.format = settings.value(QStringLiteral("format"), QStringLiteral("xlsx")).toString();
    last.lang = Lang(settings.value(QStringLiteral("lang"), int(Lang::En)).toInt());
    last.firewallId = settings.value(QStringLiteral("firewall")).toString();
    last.merge = settings.value(QStringLiteral("merge"), false).toBool();
    last.scale = settings.value(QStringLiteral("scale"), 2.0).toDouble();
    last.transparent = settings.value(QStringLiteral("transparent"), false).toBool();
    const QString folder = settings.value(QStringLiteral("folder"), QDir::homePath()).toString();
    const ExportFormatInfo* info = findExportFormat(last.format);
    last.path = QDir(folder).filePath(m_baseName + QLatin1Char('.') +
                                      (info ? info->extension : QStringLiteral("xlsx")));
    setRequest(last);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = m_format->currentData().toString();
    r.path = m_path->text().trimmed();
    r.lang = Lang(m_lang->currentData().toInt());
    r.firewallId = m_firewall->currentData().toString();
    r.merge = m_merge->isChecked();
    r.selectionOnly = m_selection->isEnabled() && m_selection->isChecked();
    r.scale = m_scale->value();
    r.transparent = m_transparent->isChecked();
    return r;
}

void ExportDialog::setRequest(const ExportRequest& r)
{
    const QSignalBlocker block(m_format);
    m_format->setCurrentIndex(std::max(0, m_format->findData(r.format)));
    m_lang->setCurrentIndex(std::max(0, m_lang->findData(int(r.lang))));
    m_firewall->setCurrentIndex(std::max(0, m_firewall->findData(r.firewallId)));
    m_merge->setChecked(r.merge);
    m_selection->setChecked(r.selectionOnly);
    m_scale->setValue(r.scale);
    m_transparent->setChecked(r.transparent);
    m_path->setText(r.path);
    updateOptions();
}

void ExportDialog::updateOptions()
{
    const QString format = m_format->currentData().toString();
    const bool table = QStringList{"csv", "xlsx", "md", "html", "json", "nftables", "powershell", "asa"}
                           .contains(format);
    const bool diagram = QStringList{"svg", "png", "pdf"}.contains(format);
    m_firewall->setEnabled(table && format != QLatin1String("powershell"));
    m_merge->setEnabled(table);
    m_selection->setVisible(diagram);
    m_scale->setEnabled(format == QLatin1String("png"));
    m_transparent->setEnabled(format == QLatin1String("png"));
}

void ExportDialog::fixExtension()
{
    const ExportFormatInfo* info = findExportFormat(m_format->currentData().toString());
    if (!info || m_path->text().isEmpty())
        return;
    QFileInfo file(m_path->text());
    m_path->setText(file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + info->extension));
}

void ExportDialog::browse()
{
    const ExportFormatInfo* info = findExportFormat(m_format->currentData().toString());
    const QString filter = info ? QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), info->extension)
                                : QString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::accept()
{
    const ExportRequest r = request();
    if (r.path.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose the file to write."));
        return;
    }
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("format"), r.format);
    settings.setValue(QStringLiteral("lang"), int(r.lang));
    settings.setValue(QStringLiteral("firewall"), r.firewallId);
    settings.setValue(QStringLiteral("merge"), r.merge);
    settings.setValue(QStringLiteral("scale"), r.scale);
    settings.setValue(QStringLiteral("transparent"), r.transparent);
    settings.setValue(QStringLiteral("folder"), QFileInfo(r.path).absolutePath());
    QDialog::accept();
}

} // namespace edgeplan
