// The main window (MainWindow.h): it makes the docks, the bars and the
// menus from the actions of app/actions, connects the panels to the scene
// and the document, and keeps the window's settings. A little over 450
// lines: the wiring of seven docks, five menus and the context menus to one
// another is what the window is for; the actions themselves are elsewhere.
#include "window/MainWindow.h"

#include "panels/DeploymentBar.h"
#include "window/AboutDialog.h"
#include "window/FieldUndo.h"
#include "window/GettingStartedDialog.h"
#include "window/ShortcutsDialog.h"

#include "actions/ContextMenus.h"
#include "actions/EditActions.h"
#include "actions/FileActions.h"
#include "actions/ProjectActions.h"
#include "actions/ViewActions.h"
#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "diagram/LinkItem.h"
#include "document/Document.h"
#include "naming/NamingDock.h"
#include "panels/InspectorWidget.h"
#include "panels/PaletteWidget.h"
#include "panels/ScenarioBar.h"
#include "panels/StartPage.h"
#include "presenter/PresenterView.h"
#include "session/Autosave.h"
#include "support/Language.h"
#include "tables/ProblemsDock.h"
#include "tables/RuleTableDock.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QLabel>
#include <QMimeData>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace edgeplan {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
constexpr int kStatusTimeoutMs = 6000;

// The project file a drag carries, if it carries exactly one.
QString droppedProject(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QString path = data->urls().front().toLocalFile();
    return path.endsWith(QStringLiteral(".edgeplan"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

MainWindow::MainWindow(const Catalogs& catalogs, std::unique_ptr<Topology> topology,
                       const QString& path, QWidget* parent)
    : QMainWindow(parent), m_catalogs(catalogs), m_document(new Document(std::move(topology), this)),
      m_scene(new DiagramScene(m_document, this)), m_view(new DiagramView(m_scene, this)),
      m_palette(new PaletteWidget(m_document, this)), m_inspector(new InspectorWidget(m_document, this)),
      m_ruleTable(new RuleTableDock(m_document, this)), m_problems(new ProblemsDock(m_document, this)),
      m_dns(new NamingDock(m_document, NamingDock::Dns, this)),
      m_certificates(new NamingDock(m_document, NamingDock::Certificates, this)),
      m_undoView(new QUndoView(m_document->undoStack(), this)),
      m_scenarioBar(new ScenarioBar(m_document, this)),
      m_deploymentBar(new DeploymentBar(m_document, catalogs.registry(), this)),
      m_fileActions(new FileActions(catalogs, m_document, this)),
      m_editActions(new EditActions(m_document, m_view, this)),
      m_viewActions(new ViewActions(m_view, this)),
      m_projectActions(new ProjectActions(catalogs, m_document, m_scene, m_deploymentBar, this)),
      m_zoomLabel(new QLabel(this)), m_central(new QStackedWidget(this))
{
    m_document->setFilePath(path);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
    m_central->addWidget(m_view);
    setCentralWidget(m_central);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setAcceptDrops(true);

    // Titles come from retranslateUi.
    QDockWidget* palette = addDock(m_palette, QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
    QDockWidget* inspector = addDock(m_inspector, QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    QDockWidget* history = addDock(m_undoView, QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(inspector, history);
    inspector->raise();
    QDockWidget* rules = addDock(m_ruleTable, QStringLiteral("rulesDock"), Qt::BottomDockWidgetArea);
    QDockWidget* problems = addDock(m_problems, QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* dns = addDock(m_dns, QStringLiteral("dnsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* certificates =
        addDock(m_certificates, QStringLiteral("certificatesDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(rules, problems);
    tabifyDockWidget(problems, dns);
    tabifyDockWidget(dns, certificates);
    rules->raise();
    const auto showComponents = [this](const std::vector<ComponentId>& ids) {
        m_scene->selectItems(ids, {});
        QRectF area;
        for (ComponentId id : ids)
            if (QGraphicsItem* item = m_scene->componentItem(id))
                area |= item->sceneBoundingRect();
        if (!area.isNull())
            m_view->centerOn(area.center());
    };
    connect(m_problems, &ProblemsDock::componentsActivated, this, showComponents);
    connect(m_dns, &NamingDock::componentsActivated, this, showComponents);
    connect(m_certificates, &NamingDock::componentsActivated, this, showComponents);
    // The rule table is wide: it takes the whole bottom edge.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    resizeDocks({palette, inspector}, {230, 340}, Qt::Horizontal);
    resizeDocks({rules}, {300}, Qt::Vertical); // eight rows and more of the table

    createMenus();
    // Ctrl+Z in a field whose edit is committed undoes the plan's last edit.
    qApp->installEventFilter(new FieldUndo(this));
    statusBar()->addPermanentWidget(m_zoomLabel);
    retranslateUi();
    connectSelection();
    connect(m_document, &Document::projectChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_fileActions, &FileActions::documentNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::readOnlyChanged, this, &MainWindow::updateTitle);
    updateTitle();
    restoreSettings();
}

// A field's edit in progress is committed while the window is whole: its
// focus-out would otherwise commit into a window half destroyed.
MainWindow::~MainWindow()
{
    FieldUndo::commitEdit(this);
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr); // the document clears it as it goes
}

void MainWindow::raiseDock(const QString& objectName)
{
    if (auto* dock = findChild<QDockWidget*>(objectName, Qt::FindDirectChildrenOnly)) {
        dock->show();
        dock->raise();
    }
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createMenus()
{
    m_tools = addToolBar(QString());
    m_tools->setObjectName(QStringLiteral("toolsBar"));
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileActions->populate(m_fileMenu);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editActions->populate(m_editMenu, m_tools);
    m_tools->addSeparator();
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewActions->populate(m_viewMenu, m_tools);
    m_presentAction = m_viewMenu->addAction(QString(), this, &MainWindow::present);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setShortcut(Qt::Key_F5);
    // The plan's switches on a row of their own: they outgrow the tools' row.
    addToolBarBreak();
    addToolBar(m_scenarioBar);
    addToolBar(m_deploymentBar);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget* dock : std::as_const(m_docks))
        m_panelsMenu->addAction(dock->toggleViewAction());
    m_panelsMenu->addSeparator();
    m_panelsMenu->addAction(m_tools->toggleViewAction());
    m_panelsMenu->addAction(m_scenarioBar->toggleViewAction());
    m_panelsMenu->addAction(m_deploymentBar->toggleViewAction());

    // Each language in its own words, so that anyone can find the way back.
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    for (Lang lang : {Lang::En, Lang::Ja}) {
        QAction* action = m_languageMenu->addAction(languageName(lang));
        action->setObjectName(QStringLiteral("language-%1").arg(QString::fromLatin1(langCode(lang))));
        action->setCheckable(true);
        action->setData(int(lang));
        action->setChecked(lang == language());
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] { chooseLanguage(lang); });
    }

    m_projectMenu = menuBar()->addMenu(QString());
    m_projectMenu->setObjectName(QStringLiteral("projectMenu"));
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_projectActions->populate(m_fileMenu, m_projectMenu, m_toolsMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_gettingStartedAction = m_helpMenu->addAction(QString(), this, [this] {
        GettingStartedDialog::open(menuBar(),
                                   {m_fileActions->newAction(), m_fileActions->openAction(),
                                    m_viewActions->connectToolAction(), m_editActions->undoAction(),
                                    findChild<QAction*>(QStringLiteral("exportAction")), m_presentAction,
                                    m_shortcutsAction},
                                   this);
    });
    m_gettingStartedAction->setObjectName(QStringLiteral("gettingStartedAction"));
    m_gettingStartedAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] { ShortcutsDialog::open(menuBar(), this); });
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { about(); });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

AboutDialog* MainWindow::about()
{
    delete m_about;
    m_about = new AboutDialog(m_catalogs, m_scene->language(), this);
    m_about->setAttribute(Qt::WA_DeleteOnClose);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void MainWindow::retranslateUi()
{
    const QString dockTitles[] = {tr("Components"), tr("Inspector"), tr("History"), tr("Firewall Rules"),
                                  tr("Problems"), tr("DNS"), tr("Certificates")};
    for (int i = 0; i < m_docks.size(); ++i)
        m_docks[i]->setWindowTitle(dockTitles[i]);
    m_undoView->setEmptyLabel(tr("<opened plan>"));
    m_tools->setWindowTitle(tr("Tools"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_languageMenu->setTitle(tr("&Language"));
    m_projectMenu->setTitle(tr("&Project"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_gettingStartedAction->setText(tr("&Getting Started"));
    m_gettingStartedAction->setStatusTip(tr("From an empty page to an exported report, step by step"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_shortcutsAction->setStatusTip(tr("Every key of the menus and the canvas"));
    m_aboutAction->setText(tr("&About Edgeplan"));
    m_aboutAction->setStatusTip(tr("The version and the sources of the rule catalogs"));
    m_presentAction->setText(tr("&Present"));
    m_presentAction->setStatusTip(tr("Step through the flows full screen"));
    m_fileActions->retranslate();
    m_editActions->retranslate();
    m_viewActions->retranslate();
    m_projectActions->retranslate();
    updateZoomLabel(m_view->zoomFactor());
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectSelection()
{
    connect(m_scene, &DiagramScene::selectionIdsChanged, this, [this] {
        const std::vector<ComponentId> components = m_scene->selectedComponents();
        const std::vector<LinkId> links = m_scene->selectedLinks();
        m_inspector->setSelection(components, links);
        m_ruleTable->setLinkFilter(components.empty() && links.size() == 1 ? links.front() : LinkId{});
    });
    connect(m_ruleTable, &RuleTableDock::linkSelected, this, [this](LinkId link) {
        m_scene->setHighlightedLink(link);
        // The row's link may be off screen on a large plan: bring it into view.
        if (const LinkItem* item = m_scene->linkItem(link))
            m_view->ensureVisible(item->sceneBoundingRect() | item->label()->sceneBoundingRect(), 40, 40);
    });
    connect(m_palette, &PaletteWidget::roleActivated, m_editActions,
            &EditActions::addComponentOfRole);
    m_contextMenus = new ContextMenus(m_document, m_view, m_editActions, m_viewActions, this);
    connect(m_contextMenus, &ContextMenus::showRulesRequested, this, [this](const std::vector<LinkId>& links) {
        m_ruleTable->setLinksFilter(links);
        raiseDock(QStringLiteral("rulesDock"));
    });
    connect(m_contextMenus, &ContextMenus::propertiesRequested, this, [this] {
        raiseDock(QStringLiteral("inspectorDock"));
        m_inspector->setFocus(Qt::OtherFocusReason);
    });
    auto showMessage = [this](const QString& message) {
        statusBar()->showMessage(message, kStatusTimeoutMs);
    };
    connect(m_contextMenus, &ContextMenus::statusMessage, this, showMessage);
    connect(m_scene, &DiagramScene::statusMessage, this, showMessage);
    connect(m_editActions, &EditActions::statusMessage, this, showMessage);
    connect(m_fileActions->autosave(), &Autosave::writeFailed, this, showMessage);
    connect(m_view, &DiagramView::zoomChanged, this, &MainWindow::updateZoomLabel);
}

void MainWindow::setLanguage(Lang lang)
{
    if (lang != installedLanguage()) {
        QString error;
        if (!installLanguage(lang, &error))
            statusBar()->showMessage(error, kStatusTimeoutMs);
    }
    m_scene->setLanguage(lang);
    m_palette->setLanguage(lang);
    m_inspector->setLanguage(lang);
    m_ruleTable->setLanguage(lang);
    m_scenarioBar->setLanguage(lang);
    m_deploymentBar->setLanguage(lang);
    m_problems->setLanguage(lang);
    m_dns->setLanguage(lang);
    m_certificates->setLanguage(lang);
    if (m_presenter)
        m_presenter->setLanguage(lang);
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toInt() == int(lang));
}

void MainWindow::chooseLanguage(Lang lang)
{
    setLanguage(lang);
    storeLanguage(lang);
}

Lang MainWindow::language() const
{
    return m_scene->language();
}

void MainWindow::updateTitle()
{
    const QString file = m_document->isReadOnly()
                             ? tr("%1 [read-only]").arg(m_fileActions->documentName())
                             : m_fileActions->documentName();
    setWindowTitle(QStringLiteral("%1[*] — %2 — Edgeplan")
                       .arg(file, QString::fromStdString(m_document->topology().name())));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateZoomLabel(double factor)
{
    m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(factor * 100)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The field being typed in is part of the plan before the save prompt.
    FieldUndo::commitEdit(this);
    if (!m_fileActions->maybeClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

int MainWindow::offerRecovery()
{
    int restored = 0;
    for (const RecoveryEntry& entry : Autosave::orphans()) {
        switch (m_fileActions->askToRestore(entry)) {
        case RestoreChoice::Discard:
            Autosave::remove(entry);
            continue;
        case RestoreChoice::Later:
            continue;
        case RestoreChoice::Restore:
            break;
        }
        const bool here = restored == 0 && !m_document->isModified() &&
                          (m_document->filePath().isEmpty() ||
                           m_document->filePath() == entry.originalPath);
        MainWindow* window = this;
        if (!here) {
            window = new MainWindow(m_catalogs, std::make_unique<Topology>(m_catalogs.defaultCatalog()),
                                    QString());
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setLanguage(m_scene->language());
        }
        if (window->fileActions()->restore(entry)) {
            ++restored;
            window->show();
        } else if (window != this) {
            window->close();
        }
    }
    return restored;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (droppedProject(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedProject(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_fileActions->openFile(path);
}

void MainWindow::restoreSettings()
{
    const QSettings settings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"));
    // The first time: most of the screen, centred (then as the user left it).
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) && screen())
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                        (screen()->availableSize() * 0.85).boundedTo({1600, 1100}),
                                        screen()->availableGeometry()));
    restoreState(settings.value(kStateKey).toByteArray());
    m_viewActions->restoreSettings(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"));
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_viewActions->saveSettings(settings);
}

bool MainWindow::saveScreenshot(const QString& path, QString* error)
{
    // Lay out what changed since the last event loop pass (a new selection
    // in the inspector, a resize) before fitting and taking the picture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_view->zoomToFit();
    const QPixmap pixmap = grab();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (pixmap.isNull() || !pixmap.save(&buffer, "PNG") || bytes.isEmpty()) {
        *error = tr("%1: cannot write the screenshot").arg(path);
        return false;
    }
    return writeFileAtomically(path, bytes.toStdString(), error);
}

void MainWindow::showStartPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage(m_fileActions->newAction(), m_fileActions->openAction(), m_central);
        m_central->addWidget(m_startPage);
        connect(m_startPage, &StartPage::sampleChosen, m_fileActions, &FileActions::newFromSample);
        connect(m_startPage, &StartPage::recentChosen, m_fileActions, &FileActions::openFile);
        connect(m_document, &Document::modelReset, this, &MainWindow::showDiagram);
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::showDiagram);
    }
    m_startPage->setRecentFiles(m_fileActions->recentFiles());
    m_central->setCurrentWidget(m_startPage);
}

void MainWindow::showDiagram()
{
    if (m_central->currentWidget() == m_view)
        return;
    m_central->setCurrentWidget(m_view);
    m_view->setFocus();
}

bool MainWindow::isStartPageShown() const
{
    return m_startPage && m_central->currentWidget() == m_startPage;
}

PresenterView* MainWindow::presenter() const
{
    return m_presenter;
}

void MainWindow::present()
{
    if (!m_presenter) {
        m_presenter = new PresenterView(m_document);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        m_presenter->setWindowIcon(windowIcon());
        m_presenter->setLanguage(m_scene->language());
    }
    m_presenter->showFullScreen();
    m_presenter->raise();
    m_presenter->activateWindow();
}

} // namespace edgeplan
