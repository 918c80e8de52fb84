#include "panels/StartPage.h"

#include "support/PlainText.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace edgeplan {

namespace {

struct BundledSample
{
    const char* file;
    const char* title;       // marked for lupdate in the context edgeplan::StartPage
    const char* description; // likewise
};

const BundledSample kSamples[] = {
    {"federation-edge", QT_TRANSLATE_NOOP("edgeplan::StartPage", "Federation and public IM"),
     QT_TRANSLATE_NOOP("edgeplan::StartPage",
                       "One edge server with SIP and XMPP federation, public IM and a remote user: the federation rules.")},
    {"consolidated-edge-nat", QT_TRANSLATE_NOOP("edgeplan::StartPage", "Single edge behind NAT"),
     QT_TRANSLATE_NOOP("edgeplan::StartPage",
                       "A consolidated edge server on private addresses behind NAT, with a director, a reverse proxy and every kind of partner.")},
    {"scaled-edge-hlb", QT_TRANSLATE_NOOP("edgeplan::StartPage", "Scaled edge with load balancers"),
     QT_TRANSLATE_NOOP("edgeplan::StartPage",
                       "An edge pool of two servers behind hardware load balancers, a front-end pool of two and a federation partner.")},
};

constexpr int kMinimumWidth = 760; // three columns of readable width; less scrolls

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

// An entry of a list: its title a link, its line below it. Rich text,
// and so every word of it escaped (a file's name may hold markup).
QLabel* entry(const QString& objectName, const QString& title, const QString& line, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setText(QStringLiteral("<a href=\"open\"><b>%1</b></a><br>%2")
                       .arg(title.toHtmlEscaped(), line.toHtmlEscaped()));
    return label;
}

// The entries go later, not now: a list may be rebuilt from within the
// handler of one of its own links.
void clear(QBoxLayout* box)
{
    while (QLayoutItem* item = box->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace

StartPage::StartPage(QAction* newAction, QAction* openAction, QWidget* parent)
    : QWidget(parent), m_newAction(newAction), m_openAction(openAction), m_title(new QLabel(this)),
      m_intro(new QLabel(this)), m_startHeading(heading(this)), m_samplesHeading(heading(this)),
      m_recentHeading(heading(this)), m_startBox(new QVBoxLayout), m_samplesBox(new QVBoxLayout),
      m_recentBox(new QVBoxLayout)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);

    auto* start = new QVBoxLayout;
    start->setSpacing(10);
    start->addWidget(m_startHeading);
    start->addLayout(m_startBox);
    start->addStretch();

    auto* samples = new QVBoxLayout;
    samples->setSpacing(10);
    samples->addWidget(m_samplesHeading);
    samples->addLayout(m_samplesBox);
    samples->addStretch();

    auto* recent = new QVBoxLayout;
    recent->setSpacing(10);
    recent->addWidget(m_recentHeading);
    recent->addLayout(m_recentBox);
    recent->addStretch();

    for (QBoxLayout* box : {m_startBox, m_samplesBox, m_recentBox})
        box->setSpacing(14);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(start, 2);
    columns->addLayout(samples, 3);
    columns->addLayout(recent, 2);

    // In a scroll area, which gives the wrapped entries the height their
    // width needs (a plain layout here gave them their one-line hint and
    // cut them) and scrolls in a small window instead of squeezing.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("startPageContent"));
    content->setMinimumWidth(kMinimumWidth);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* page = new QVBoxLayout(content);
    page->setContentsMargins(48, 40, 48, 40);
    page->setSpacing(16);
    page->addWidget(m_title);
    page->addWidget(m_intro);
    page->addSpacing(12);
    page->addLayout(columns, 1);
    // The actions' texts follow the language on their own.
    for (QAction* action : {m_newAction, m_openAction})
        connect(action, &QAction::changed, this, &StartPage::rebuildLists);
    retranslateUi();
}

QList<StartPage::Sample> StartPage::samples()
{
    QList<Sample> result;
    for (const BundledSample& sample : kSamples)
        result.push_back({QStringLiteral(":/samples/%1.edgeplan").arg(QLatin1String(sample.file)), tr(sample.title),
                          tr(sample.description)});
    return result;
}

void StartPage::setRecentFiles(const QStringList& paths)
{
    m_recent = paths;
    rebuildLists();
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("Edgeplan"));
    m_intro->setText(tr("Plan the firewall ports, DNS records and certificates of an edge deployment: "
                        "start a plan, or open one of the samples to see what a finished plan looks like."));
    m_startHeading->setText(tr("Start"));
    m_samplesHeading->setText(tr("Samples"));
    m_recentHeading->setText(tr("Recent Files"));
    rebuildLists();
}

void StartPage::rebuildLists()
{
    clear(m_startBox);
    for (QAction* action : {m_newAction, m_openAction}) {
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        // The menu's text without its accelerator ("&New", "新規作成(&N)").
        QLabel* label = entry(QStringLiteral("start:") + action->objectName(), withoutAccelerator(action->text()),
                              shortcut.isEmpty() ? action->statusTip()
                                                 : QStringLiteral("%1 (%2)").arg(action->statusTip(), shortcut),
                              this);
        connect(label, &QLabel::linkActivated, action, &QAction::trigger);
        m_startBox->addWidget(label);
    }
    clear(m_samplesBox);
    for (const Sample& sample : samples()) {
        QLabel* label = entry(QStringLiteral("sample:") + QFileInfo(sample.path).completeBaseName(), sample.title,
                              sample.description, this);
        const QString path = sample.path;
        connect(label, &QLabel::linkActivated, this, [this, path] { Q_EMIT sampleChosen(path); });
        m_samplesBox->addWidget(label);
    }
    clear(m_recentBox);
    for (const QString& path : std::as_const(m_recent)) {
        const QFileInfo info(path);
        QLabel* label = entry(QStringLiteral("recent:") + path, info.fileName(),
                              QDir::toNativeSeparators(info.absolutePath()), this);
        label->setToolTip(QDir::toNativeSeparators(path).toHtmlEscaped());
        connect(label, &QLabel::linkActivated, this, [this, path] { Q_EMIT recentChosen(path); });
        m_recentBox->addWidget(label);
    }
    if (m_recent.isEmpty()) {
        auto* none = new QLabel(tr("No recent files yet."), this);
        none->setEnabled(false);
        m_recentBox->addWidget(none);
    }
}

} // namespace edgeplan
