#include "dialogs/ImportDialog.h"

#include "base/Messages.h"
#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "support/Catalogs.h"
#include "support/Language.h"
#include "support/PlainText.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace edgeplan {

namespace {

const QString kLastFolderKey = QStringLiteral("import/lastFolder");

QString kindText(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Topology:
        return ImportDialog::tr("Lync topology");
    case ImportFormat::FederationList:
        return ImportDialog::tr("Federation list");
    case ImportFormat::Unknown:
        break;
    }
    return ImportDialog::tr("Not importable");
}

} // namespace

ImportDialog::ImportDialog(const Catalogs& catalogs, const Document& document, QWidget* parent)
    : QDialog(parent), m_catalogs(catalogs), m_document(document)
{
    setObjectName(QStringLiteral("importDialog"));
    setAcceptDrops(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_fileList = new QTreeWidget(this);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setColumnCount(FileColumnCount);
    m_fileList->setRootIsDecorated(false);
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->header()->setSectionResizeMode(FileNameColumn, QHeaderView::Stretch);
    m_fileList->header()->setStretchLastSection(false);
    m_fileList->setMaximumHeight(fontMetrics().height() * 6);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("importAdd"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("importRemove"));
    m_remove->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_fileList, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_fileList->selectedItems().isEmpty()); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_previewLabel = new QLabel(this);
    m_previewView = new QGraphicsView(this);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_previewView->setInteractive(false);
    m_previewView->setRenderHint(QPainter::Antialiasing);
    m_previewView->setMinimumSize(360, 240);
    m_reportLabel = new QLabel(this);
    m_report = new QTreeWidget(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setHeaderHidden(true);
    // Whole lines, scrolled sideways when long: an elided report hides what matters.
    m_report->setTextElideMode(Qt::ElideNone);
    m_report->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_report->header()->setStretchLastSection(false);
    m_report->setMinimumWidth(320);

    // A button of its own: the box would put back a standard OK's text on
    // a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_result.topology)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addLayout(fileButtons);

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_previewView, 1);
    auto* reportBox = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportBox);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_reportLabel);
    reportLayout->addWidget(m_report, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(reportBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(1100, 700);
    retranslateUi();
    showResult();
}

ImportDialog::~ImportDialog()
{
    // The scene watches the preview document: it goes first.
    delete m_previewScene;
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import"));
    m_intro->setText(tr("Add a topology exported by Topology Builder (.tbxml) or by Get-CsTopology -AsXml, "
                        "and federation lists written by Export-Csv from Get-CsAllowedDomain, "
                        "Get-CsXmppAllowedPartner or Get-CsPublicProvider. Each file's kind is told "
                        "from its content. Nothing changes until you choose Import."));
    m_fileList->setHeaderLabels({tr("File"), tr("Kind")});
    m_add->setText(tr("&Add Files…"));
    m_remove->setText(tr("&Remove"));
    m_previewLabel->setText(tr("Preview"));
    m_reportLabel->setText(tr("Import report"));
    m_importButton->setText(tr("&Import"));
    for (int row = 0; row < m_fileList->topLevelItemCount() && row < int(m_formats.size()); ++row)
        m_fileList->topLevelItem(row)->setText(FileKindColumn, kindText(m_formats[size_t(row)]));
    showResult();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        addFiles(paths);
        event->acceptProposedAction();
    }
}

void ImportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitPreview();
}

void ImportDialog::chooseFiles()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import"), settings.value(kLastFolderKey).toString(),
        tr("Topologies and federation lists (*.tbxml *.xml *.csv *.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(paths.front()).absolutePath());
    addFiles(paths);
}

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_paths.contains(absolute))
            m_paths << absolute;
    }
    reimport();
}

void ImportDialog::removeSelectedFiles()
{
    QStringList keep;
    for (int row = 0; row < m_fileList->topLevelItemCount(); ++row)
        if (!m_fileList->topLevelItem(row)->isSelected())
            keep << m_paths.value(row);
    m_paths = keep;
    reimport();
}

void ImportDialog::reimport()
{
    m_formats.clear();
    m_readErrors.clear();
    std::vector<ImportInput> inputs;
    bool topology = false;
    for (const QString& path : m_paths) {
        ImportInput input{QFileInfo(path).fileName().toStdString(), {}};
        QString error;
        if (!readFileBytes(path, &input.bytes, &error)) {
            m_readErrors << error;
            m_formats.push_back(ImportFormat::Unknown);
            continue;
        }
        const ImportFormat format = detectImportFormat(input.bytes);
        topology = topology || format == ImportFormat::Topology;
        m_formats.push_back(format);
        inputs.push_back(std::move(input));
    }
    // A topology makes a new plan; lists alone go into the open one.
    m_replaces = topology;
    m_result = ImportResult{};
    if (m_readErrors.isEmpty() && !inputs.empty())
        m_result = importInputs(inputs, topology ? nullptr : &m_document.topology(),
                                m_catalogs.registry().find(kImportCatalogId), &m_catalogs.registry());

    m_fileList->clear();
    for (int row = 0; row < m_paths.size(); ++row) {
        auto* item = new QTreeWidgetItem(m_fileList);
        item->setText(FileNameColumn, QFileInfo(m_paths[row]).fileName());
        item->setToolTip(FileNameColumn, plainToolTip(m_paths[row]));
        item->setText(FileKindColumn, kindText(m_formats[size_t(row)]));
    }
    m_remove->setEnabled(false);
    showResult();
}

QString ImportDialog::commandText() const
{
    return m_replaces ? tr("Import topology") : tr("Import federation lists");
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportDialog::showResult()
{
    const Lang lang = installedLanguage();
    m_report->clear();
    const QColor errorColor(0xb0, 0x1e, 0x1e);
    auto addLine = [this](const QString& text) {
        auto* item = new QTreeWidgetItem(m_report);
        item->setText(0, text);
        item->setToolTip(0, plainToolTip(text));
        return item;
    };
    for (const QString& error : m_readErrors)
        addLine(error)->setForeground(0, errorColor);
    for (const Diagnostic& d : m_result.diagnostics)
        addLine(QString::fromStdString(diagnosticString(d, lang)))->setForeground(0, errorColor);
    // Entries under their file, in the order the files were imported, and
    // there under their group (created, settings, notes, not modelled,
    // warnings), as the command line prints them.
    std::vector<std::string> files;
    for (const Diagnostic& entry : m_result.report) {
        const std::string file = entry.where.substr(0, entry.where.find(": "));
        if (std::find(files.begin(), files.end(), file) == files.end())
            files.push_back(file);
    }
    for (const std::string& file : files) {
        QTreeWidgetItem* fileItem = addLine(QString::fromStdString(file));
        QFont bold = fileItem->font(0);
        bold.setBold(true);
        fileItem->setFont(0, bold);
        for (const ReportGroup group : kReportGroups) {
            QTreeWidgetItem* groupItem = nullptr;
            int count = 0;
            for (const Diagnostic& entry : m_result.report) {
                if (entry.where.compare(0, file.size(), file) != 0 ||
                    (entry.where.size() > file.size() && entry.where.compare(file.size(), 2, ": ") != 0) ||
                    reportGroup(entry) != group)
                    continue;
                if (!groupItem) {
                    groupItem = new QTreeWidgetItem(fileItem);
                    if (group == ReportGroup::Warnings)
                        groupItem->setForeground(0, QColor(0x8a, 0x5a, 0x00));
                }
                Diagnostic local = entry;
                local.where = entry.where.size() > file.size() ? entry.where.substr(file.size() + 2) : std::string();
                auto* item = new QTreeWidgetItem(groupItem);
                item->setText(0, QString::fromStdString(diagnosticString(local, lang)));
                item->setToolTip(0, plainToolTip(item->text(0)));
                ++count;
            }
            if (groupItem)
                groupItem->setText(0, QStringLiteral("%1 (%2)").arg(QString::fromStdString(reportGroupTitle(group, lang))).arg(count));
        }
    }
    m_report->expandAll();

    // The preview: a document of its own, drawn as the window would draw it.
    delete m_previewScene;
    m_previewScene = nullptr;
    delete m_previewDocument;
    m_previewDocument = nullptr;
    if (m_result.topology) {
        m_previewDocument = new Document(std::make_unique<Topology>(*m_result.topology), this);
        m_previewScene = new DiagramScene(m_previewDocument, this);
        m_previewScene->setLanguage(lang);
        m_previewView->setScene(m_previewScene);
        fitPreview();
    } else {
        m_previewView->setScene(nullptr);
    }

    const bool problems = !m_readErrors.isEmpty() || !m_result.diagnostics.empty();
    if (m_paths.isEmpty()) {
        m_summary->setText(tr("No files yet: add them with Add Files… or drop them here."));
    } else if (problems) {
        const int count = int(m_readErrors.size() + qsizetype(m_result.diagnostics.size()));
        m_summary->setText(tr("Nothing can be imported: %n problem(s), listed in the report.", nullptr, count));
    } else if (m_result.topology) {
        const int before = int(m_document.topology().components().size());
        const int after = int(m_result.topology->components().size());
        if (m_replaces)
            m_summary->setText(tr("The topology makes a plan of %n component(s). It replaces the plan in the "
                                  "window; Edit > Undo brings that back.",
                                  nullptr, after));
        else
            m_summary->setText(tr("%n component(s) will be added to the open plan.", nullptr, after - before));
    }
    m_importButton->setEnabled(m_result.topology != nullptr && !problems);
}

void ImportDialog::fitPreview()
{
    if (!m_previewScene)
        return;
    // The components and their labels, large enough to read; the bands
    // around them are cut where they reach further.
    const QRectF bounds = m_previewScene->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    m_previewView->fitInView(bounds, Qt::KeepAspectRatio);
}

} // namespace edgeplan
