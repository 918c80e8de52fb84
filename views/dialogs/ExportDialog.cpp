#include "dialogs/ExportDialog.h"

#include "catalog/Catalog.h"
#include "support/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace edgeplan {

namespace {

const char* const kGroup = "export";

// The formats as the dialog lists them: the handoff report first (what a
// consultant sends), then the registry's order.
QList<ExportFormatInfo> dialogFormats()
{
    QList<ExportFormatInfo> formats = exportFormats();
    std::stable_partition(formats.begin(), formats.end(),
                          [](const ExportFormatInfo& f) { return f.kind == ExportKind::Report; });
    return formats;
}

} // namespace

ExportDialog::ExportDialog(const Catalog& catalog, const QString& suggestedName, bool hasSelection,
                           QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_format(new QComboBox(this)),
      m_lang(new QComboBox(this)), m_firewall(new QComboBox(this)), m_merge(new QCheckBox(this)),
      m_keepCovered(new QCheckBox(this)),
      m_selection(new QCheckBox(this)), m_scale(new QDoubleSpinBox(this)),
      m_transparent(new QCheckBox(this)), m_pageSize(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_baseName(suggestedName)
{
    m_format->setObjectName(QStringLiteral("format"));
    for (const ExportFormatInfo& format : dialogFormats())
        m_format->addItem(QString(), format.id);
    for (Lang lang : {Lang::En, Lang::Ja})
        m_lang->addItem(languageName(lang), int(lang));
    m_firewall->addItem(QString(), QString());
    for (const Firewall& fw : catalog.firewalls)
        m_firewall->addItem(QString(), QString::fromStdString(fw.id));
    m_selection->setEnabled(hasSelection);
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setValue(2);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    for (const auto& [name, id] : reportPageSizes())
        m_pageSize->addItem(QPageSize::name(id), int(id));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto label = [this](QWidget* buddy) {
        auto* result = new QLabel(this);
        result->setBuddy(buddy);
        return result;
    };
    m_formatLabel = label(m_format);
    m_langLabel = label(m_lang);
    m_firewallLabel = label(m_firewall);
    m_scaleLabel = label(m_scale);
    m_pageSizeLabel = label(m_pageSize);
    m_fileLabel = label(m_path);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_langLabel, m_lang);
    form->addRow(m_firewallLabel, m_firewall);
    form->addRow(nullptr, m_merge);
    form->addRow(nullptr, m_keepCovered);
    form->addRow(nullptr, m_selection);
    form->addRow(m_scaleLabel, m_scale);
    form->addRow(nullptr, m_transparent);
    form->addRow(m_pageSizeLabel, m_pageSize);
    form->addRow(m_fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateOptions();
        fixExtension();
    });
    retranslateUi();

    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    ExportRequest last;
    last.format = settings.value(QStringLiteral("format"), m_format->itemData(0)).toString();
    // The window's language, unless this dialog was last given another
    // while the window was in the language it is in now.
    last.lang = installedLanguage();
    if (settings.value(QStringLiteral("windowLang")).toInt() == int(installedLanguage()))
        last.lang = Lang(settings.value(QStringLiteral("lang"), int(last.lang)).toInt());
    last.firewallId = settings.value(QStringLiteral("firewall")).toString();
    last.merge = settings.value(QStringLiteral("merge"), false).toBool();
    last.covered = settings.value(QStringLiteral("keepCovered"), false).toBool() ? CoveredRows::Keep
                                                                                  : CoveredRows::Fold;
    last.scale = settings.value(QStringLiteral("scale"), 2.0).toDouble();
    last.transparent = settings.value(QStringLiteral("transparent"), false).toBool();
    last.pageSize = QPageSize::PageSizeId(settings.value(QStringLiteral("pageSize"), int(QPageSize::A4)).toInt());
    const QString folder = settings.value(QStringLiteral("folder"), QDir::homePath()).toString();
    const ExportFormatInfo* info = findExportFormat(last.format);
    const QString extension = info ? info->extension : QStringLiteral("xlsx");
    // A format that writes a folder (no extension) gets a folder of the plan's name.
    last.path = QDir(folder).filePath(extension.isEmpty() ? m_baseName
                                                          : m_baseName + QLatin1Char('.') + extension);
    setRequest(last);
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    for (const ExportFormatInfo& format : exportFormats())
        m_format->setItemText(m_format->findData(format.id), exportFormatDescription(format));
    // The firewalls in the language of the window, whatever the export's.
    const Lang lang = installedLanguage();
    m_firewall->setItemText(0, tr("All firewalls"));
    for (size_t i = 0; i < m_catalog.firewalls.size(); ++i)
        m_firewall->setItemText(int(i) + 1,
                                QString::fromStdString(m_catalog.firewalls[i].name.text(lang)));
    m_merge->setText(tr("Merge rules with the same ends and protocol"));
    m_keepCovered->setText(tr("Keep the rows a row from Any covers, each marked 'covered by row N'"));
    m_keepCovered->setToolTip(tr("A row from Any covers the rows from named sources to the same "
                                 "destination and port; by default they are folded into it."));
    m_selection->setText(tr("Only the selected items"));
    m_transparent->setText(tr("Transparent background"));
    m_browse->setText(tr("Browse…"));
    m_formatLabel->setText(tr("Format:"));
    m_langLabel->setText(tr("Language:"));
    m_firewallLabel->setText(tr("Firewall:"));
    m_scaleLabel->setText(tr("PNG scale:"));
    m_pageSizeLabel->setText(tr("Report page size:"));
    const ExportFormatInfo* info = findExportFormat(m_format->currentData().toString());
    m_fileLabel->setText(info && info->extension.isEmpty() ? tr("Folder:") : tr("File:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = m_format->currentData().toString();
    r.path = m_path->text().trimmed();
    r.lang = Lang(m_lang->currentData().toInt());
    r.firewallId = m_firewall->currentData().toString();
    r.merge = m_merge->isChecked();
    r.covered = m_keepCovered->isChecked() ? CoveredRows::Keep : CoveredRows::Fold;
    r.selectionOnly = m_selection->isEnabled() && m_selection->isChecked();
    r.scale = m_scale->value();
    r.transparent = m_transparent->isChecked();
    r.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    return r;
}

void ExportDialog::setRequest(const ExportRequest& r)
{
    const QSignalBlocker block(m_format);
    m_format->setCurrentIndex(std::max(0, m_format->findData(r.format)));
    m_lang->setCurrentIndex(std::max(0, m_lang->findData(int(r.lang))));
    m_firewall->setCurrentIndex(std::max(0, m_firewall->findData(r.firewallId)));
    m_merge->setChecked(r.merge);
    m_keepCovered->setChecked(r.covered == CoveredRows::Keep);
    m_selection->setChecked(r.selectionOnly);
    m_scale->setValue(r.scale);
    m_transparent->setChecked(r.transparent);
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(r.pageSize))));
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
    m_keepCovered->setEnabled(table);
    m_selection->setVisible(diagram);
    m_scale->setEnabled(format == QLatin1String("png"));
    m_transparent->setEnabled(format == QLatin1String("png"));
    const ExportFormatInfo* known = findExportFormat(format);
    m_pageSize->setEnabled(known && known->kind == ExportKind::Report);
    const ExportFormatInfo* info = findExportFormat(format);
    m_fileLabel->setText(info && info->extension.isEmpty() ? tr("Folder:") : tr("File:"));
}

void ExportDialog::fixExtension()
{
    const ExportFormatInfo* info = findExportFormat(m_format->currentData().toString());
    if (!info || m_path->text().isEmpty())
        return;
    QFileInfo file(m_path->text());
    const QString base = file.completeBaseName().isEmpty() ? m_baseName : file.completeBaseName();
    m_path->setText(file.dir().filePath(info->extension.isEmpty()
                                            ? base
                                            : base + QLatin1Char('.') + info->extension));
}

void ExportDialog::browse()
{
    const ExportFormatInfo* info = findExportFormat(m_format->currentData().toString());
    if (info && info->extension.isEmpty()) {
        // The files go into the folder chosen (made if need be on export).
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Export to folder"), QFileInfo(m_path->text()).absolutePath());
        if (!folder.isEmpty())
            m_path->setText(folder);
        return;
    }
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
    settings.setValue(QStringLiteral("windowLang"), int(installedLanguage()));
    settings.setValue(QStringLiteral("firewall"), r.firewallId);
    settings.setValue(QStringLiteral("merge"), r.merge);
    settings.setValue(QStringLiteral("keepCovered"), r.covered == CoveredRows::Keep);
    settings.setValue(QStringLiteral("scale"), r.scale);
    settings.setValue(QStringLiteral("transparent"), r.transparent);
    settings.setValue(QStringLiteral("pageSize"), int(r.pageSize));
    settings.setValue(QStringLiteral("folder"), QFileInfo(r.path).absolutePath());
    QDialog::accept();
}

} // namespace edgeplan
