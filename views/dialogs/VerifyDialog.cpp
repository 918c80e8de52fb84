#include "dialogs/VerifyDialog.h"

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "export/SafeOutput.h"
#include "support/Catalogs.h"
#include "support/PlainText.h"
#include "verify/VerifyReport.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

enum Column { RuleColumn, TargetColumn, AddressColumn, ProbeColumn, StatusColumn, ResultColumn, DetailColumn, TimeColumn, ColumnCount };

// A status mark: a filled circle for passed, a triangle for a warning, a
// square for failed, a ring for not probed, so that shape tells as well as colour.
QIcon statusIcon(ProbeStatus status)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2, 2, 10, 10);
    switch (status) {
    case ProbeStatus::Passed:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2E, 0x8B, 0x57));
        p.drawEllipse(box);
        break;
    case ProbeStatus::Warning: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xC8, 0x8A, 0x00));
        const QPointF tri[] = {{7, 1.5}, {13, 12.5}, {1, 12.5}};
        p.drawPolygon(tri, 3);
        break;
    }
    case ProbeStatus::Failed:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xC6, 0x28, 0x28));
        p.drawRect(box);
        break;
    case ProbeStatus::NotProbed:
    case ProbeStatus::Cancelled:
        p.setPen(QPen(QColor(0x9A, 0xA3, 0xAD), 1.5));
        p.drawEllipse(box);
        break;
    }
    return QIcon(pixmap);
}

LinkCheck linkCheckOf(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Passed: return LinkCheck::Passed;
    case ProbeStatus::Warning: return LinkCheck::Warning;
    case ProbeStatus::Failed: return LinkCheck::Failed;
    default: return LinkCheck::None;
    }
}

} // namespace

VerifyDialog::VerifyDialog(Document* document, DiagramScene* scene, QWidget* parent)
    : QDialog(parent), m_document(document), m_scene(scene)
{
    setObjectName(QStringLiteral("verifyDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    QSettings settings;
    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("verifyTimeout"));
    m_timeout->setRange(0.1, 120);
    m_timeout->setDecimals(1);
    m_timeout->setValue(settings.value(QStringLiteral("verify/timeoutSeconds"), 3.0).toDouble());
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("verifyConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(settings.value(QStringLiteral("verify/concurrency"), 8).toInt());
    m_nameserver = new QLineEdit(this);
    m_nameserver->setObjectName(QStringLiteral("verifyNameserver"));
    m_nameserver->setText(settings.value(QStringLiteral("verify/nameserver")).toString());
    m_timeoutLabel = new QLabel(this);
    m_concurrencyLabel = new QLabel(this);
    m_nameserverLabel = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_concurrencyLabel, m_concurrency);
    form->addRow(m_nameserverLabel, m_nameserver);

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("verifyStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("verifyCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_start);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("verifyResults"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.row()); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(QStringLiteral("verifyExportCsv"));
    m_exportJson = new QPushButton(this);
    m_exportJson->setObjectName(QStringLiteral("verifyExportJson"));
    m_close = new QPushButton(this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportJson);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, &VerifyDialog::startVerify);
    connect(m_cancel, &QPushButton::clicked, this, &VerifyDialog::cancelVerify);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportResults(QStringLiteral("csv")); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportResults(QStringLiteral("json")); });
    connect(&m_verifier, &Verifier::probeFinished, this, &VerifyDialog::onProbeFinished);
    connect(&m_verifier, &Verifier::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(&m_verifier, &Verifier::finished, this, &VerifyDialog::onFinished);
    // Probes name components by id: a different plan makes them meaningless.
    connect(m_document, &Document::modelReset, this, &VerifyDialog::cancelVerify);

    retranslateUi();
    updateButtons();
    resize(960, 560);
}

void VerifyDialog::retranslateUi()
{
    setWindowTitle(tr("Verify Plan"));
    m_intro->setText(tr("Probes the addresses and names that the plan gives, as its firewall rules require: "
                        "DNS records, TCP ports, TLS certificates, SIP OPTIONS, the XMPP stream and STUN. "
                        "Nothing else is contacted. RTP port ranges are not probed."));
    m_timeoutLabel->setText(tr("&Timeout per probe (s):"));
    m_timeoutLabel->setBuddy(m_timeout);
    m_concurrencyLabel->setText(tr("Probes at &once:"));
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_nameserverLabel->setText(tr("&DNS server:"));
    m_nameserverLabel->setBuddy(m_nameserver);
    m_nameserver->setPlaceholderText(tr("the system's resolver"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("Cancel"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportJson->setText(tr("Export &JSON…"));
    m_close->setText(tr("Close"));
    m_model->setHorizontalHeaderLabels(verifyHeadings());
    // The rows already shown take the new language too.
    for (int i = 0; i < m_model->rowCount(); ++i)
        onProbeFinished(m_model->item(i, 0)->data(Qt::UserRole).toInt());
    if (!m_verifier.isRunning() && m_verifier.finishedCount() > 0)
        m_summary->setText(verifySummary(m_verifier));
}

void VerifyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VerifyDialog::closeEvent(QCloseEvent* event)
{
    // Closing stops the probes; the results and the link colours stay.
    m_verifier.cancel();
    QDialog::closeEvent(event);
}

void VerifyDialog::startVerify()
{
    QHostAddress nameserver;
    const QString server = m_nameserver->text().trimmed();
    if (!server.isEmpty()) {
        nameserver = QHostAddress(server);
        if (nameserver.isNull()) {
            QMessageBox::warning(this, windowTitle(), tr("The DNS server must be an IP address, not “%1”.").arg(server));
            m_nameserver->setFocus();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("verify/timeoutSeconds"), m_timeout->value());
    settings.setValue(QStringLiteral("verify/concurrency"), m_concurrency->value());
    settings.setValue(QStringLiteral("verify/nameserver"), server);

    const Topology& topology = m_document->topology();
    std::vector<ProbeSpec> probes = planProbes(topology, m_document->tables());
    m_model->removeRows(0, m_model->rowCount());
    m_summary->setText(tr("Probing…"));
    if (m_scene)
        m_scene->setLinkChecks({});
    Verifier::Options options;
    options.timeoutMs = int(m_timeout->value() * 1000);
    options.concurrency = m_concurrency->value();
    options.nameserver = nameserver;
    m_verifier.start(std::move(probes), options);
    updateButtons();
}

void VerifyDialog::cancelVerify()
{
    m_verifier.cancel();
    updateButtons();
}

void VerifyDialog::onProbeFinished(int index)
{
    if (index < 0 || size_t(index) >= m_verifier.probes().size())
        return;
    const ProbeSpec& spec = m_verifier.probes()[size_t(index)];
    const ProbeOutcome& outcome = m_verifier.outcomes()[size_t(index)];
    const VerifyRow row = verifyRow(m_document->topology(), spec, outcome);
    // Rows stay in the plan's order however the probes finish.
    int at = 0;
    while (at < m_model->rowCount() && m_model->item(at, 0)->data(Qt::UserRole).toInt() < index)
        ++at;
    const bool replace = at < m_model->rowCount() && m_model->item(at, 0)->data(Qt::UserRole).toInt() == index;
    QList<QStandardItem*> items;
    const QString cells[] = {row.rules, row.target, row.address, row.probe, row.status, row.result, row.detail, row.time};
    for (const QString& text : cells) {
        auto* item = new QStandardItem(text);
        item->setToolTip(plainToolTip(text));
        items << item;
    }
    items[RuleColumn]->setData(index, Qt::UserRole);
    items[StatusColumn]->setIcon(statusIcon(outcome.status));
    items[TimeColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (replace) {
        for (int c = 0; c < ColumnCount; ++c)
            m_model->setItem(at, c, items[c]);
    } else {
        m_model->insertRow(at, items);
    }
}

void VerifyDialog::onFinished()
{
    // Cancelled rows never came through probeFinished: show them now.
    for (size_t i = 0; i < m_verifier.outcomes().size(); ++i) {
        if (m_verifier.outcomes()[i].status == ProbeStatus::Cancelled)
            onProbeFinished(int(i));
    }
    // Every column as wide as it needs, the detail up to a readable width
    // (the rest is in its tooltip); the table scrolls sideways past that.
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(DetailColumn, std::min(m_table->columnWidth(DetailColumn), 520));
    m_summary->setText(verifySummary(m_verifier));
    if (m_scene) {
        std::map<LinkId, LinkCheck> checks;
        for (const auto& [link, status] : m_verifier.linkStatuses())
            checks[link] = linkCheckOf(status);
        m_scene->setLinkChecks(std::move(checks));
    }
    updateButtons();
}

void VerifyDialog::updateButtons()
{
    const bool running = m_verifier.isRunning();
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    const bool haveResults = !running && m_verifier.finishedCount() > 0;
    m_exportCsv->setEnabled(haveResults);
    m_exportJson->setEnabled(haveResults);
}

void VerifyDialog::showRow(int row)
{
    if (!m_scene || row < 0 || row >= m_model->rowCount())
        return;
    const int index = m_model->item(row, 0)->data(Qt::UserRole).toInt();
    const ProbeSpec& spec = m_verifier.probes()[size_t(index)];
    m_scene->setHighlightedLink(spec.links.empty() ? LinkId() : spec.links.front());
}

bool VerifyDialog::exportTo(const QString& path, const QString& format, QString* error) const
{
    const std::string bytes = format == QLatin1String("json") ? verifyJson(m_document->topology(), m_verifier)
                                                              : verifyCsv(m_document->topology(), m_verifier);
    if (const QString refusal = outputOverwritesInput(path, {m_document->filePath()}); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

void VerifyDialog::exportResults(const QString& format)
{
    const bool json = format == QLatin1String("json");
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export Results as JSON") : tr("Export Results as CSV"),
        json ? QStringLiteral("verify.json") : QStringLiteral("verify.csv"),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace edgeplan
