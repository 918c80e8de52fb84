// make bench: how Edgeplan's model scales, each figure a ratio against a
// baseline measured in the same process, so that it holds on a noisy
// machine. Times are the median of several runs (steady_clock). Nothing here
// passes or fails: the table says which goals are met.
//
//   edgeplan_bench [--reps R] [--sites N --partners M]
//
// The GUI rows run with the offscreen platform unless QT_QPA_PLATFORM says
// otherwise; peak memory and start-up run this program again as probes:
//   edgeplan_bench --memory-probe bare|edgeplan FILE
//   edgeplan_bench --startup-probe bare|edgeplan --launched NS
//
// Long because every row measures against a baseline built in the same
// process, on the same generated plan: one program keeps the rows comparable.

#include "catalog/CatalogReader.h"
#include "checks/Checks.h"
#include "export/TableExport.h"
#include "io/CsvReader.h"
#include "io/JsonReader.h"
#include "io/ProjectFile.h"
#include "naming/Naming.h"
#include "plan/Generator.h"
#include "rules/RuleEngine.h"
#include "rules/TableView.h"

#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "document/Document.h"
#include "support/Catalogs.h"
#include "window/MainWindow.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QProcess>
#include <QSignalBlocker>
#include <QTemporaryDir>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

using namespace edgeplan;

namespace {

// Keeps the optimiser from dropping work whose result is unused.
volatile size_t g_sink = 0;

double medianMs(int repetitions, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "edgeplan_bench: cannot read %s\n", path.c_str());
        std::exit(1);
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string milliseconds(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ms < 10 ? "%.3f ms" : "%.1f ms", ms);
    return buffer;
}

std::string ratio(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f\u00d7", value);
    return buffer;
}

struct Row
{
    std::string figure;
    std::string measured;
    std::string baseline;
    std::string ratio;
    std::string goal;
    std::string met;
};

void printTable(const std::vector<Row>& rows)
{
    std::printf("| figure | measured | baseline | ratio | goal | met |\n");
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf("| %s | %s | %s | %s | %s | %s |\n", r.figure.c_str(), r.measured.c_str(),
                    r.baseline.c_str(), r.ratio.c_str(), r.goal.c_str(), r.met.c_str());
}

struct Plan
{
    std::string bytes;
    std::unique_ptr<Topology> topology;
};

Plan makePlan(const std::shared_ptr<const Catalog>& catalog, int sites, int partners)
{
    Plan plan;
    plan.bytes = saveProject(*generatePlan(catalog, {sites, partners, 1}));
    CatalogRegistry registry;
    registry.add(catalog);
    auto loaded = loadProject(plan.bytes, registry);
    if (!loaded.topology) {
        std::fprintf(stderr, "edgeplan_bench: the generated plan does not load\n");
        std::exit(1);
    }
    plan.topology = std::move(loaded.topology);
    return plan;
}

// The baseline of the CSV export: the same rows, each field written as it
// is, with nothing quoted and nothing derived.
void writeRowsPlain(std::FILE* file, const std::vector<RowView>& rows)
{
    for (const RowView& r : rows)
        std::fprintf(file, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", r.firewallName.c_str(),
                     r.direction.c_str(), r.scenario.c_str(), r.service.c_str(), r.protocol.c_str(),
                     r.transport.c_str(), r.ports.c_str(), r.source.component.c_str(),
                     r.source.address.c_str(), r.destination.component.c_str(),
                     r.destination.address.c_str(), r.note.c_str(), r.reference.c_str());
    std::fflush(file);
}

// A federation list as Export-Csv writes Get-CsAllowedDomain: every field
// quoted, CRLF, `rows` domains.
std::string federationList(size_t rows)
{
    std::string text = "\"Identity\",\"Domain\",\"ProxyFqdn\",\"Comment\",\"MarkForMonitoring\"\r\n";
    for (size_t i = 0; i < rows; ++i) {
        const std::string domain = "partner" + std::to_string(i) + ".example.com";
        text += "\"" + domain + "\",\"" + domain + "\",\"sip." + domain + "\",\"partner, \"\"" +
                std::to_string(i) + "\"\"\",\"False\"\r\n";
    }
    return text;
}

// The baseline of the CSV reader: the same bytes cut into string fields at
// every comma and line end, quotes left as they are and nothing checked.
size_t splitPlain(const std::string& text)
{
    std::vector<std::vector<std::string>> records(1);
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',' || c == '\n') {
            records.back().emplace_back(text, start, i - start);
            start = i + 1;
            if (c == '\n')
                records.emplace_back();
        }
    }
    return records.size();
}

// ---- The GUI rows -------------------------------------------------------

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// A plan with one edge server of 100 links: the drag row moves it. The
// generator spreads partners over the sites, so it adds federation partners
// linked to the first edge server until it has 100.
struct Hub
{
    ComponentId id;
    size_t links = 0;
};

Hub addHub(Topology& topology)
{
    ComponentId hub;
    for (const auto& [id, component] : topology.components())
        if (component.role == "edge-server") {
            hub = id;
            break;
        }
    if (!hub.isValid()) {
        std::fprintf(stderr, "edgeplan_bench: the plan has no edge server\n");
        std::exit(1);
    }
    const Point at = topology.component(hub)->position;
    for (int i = 0; topology.linksOf(hub).size() < 100; ++i) {
        const ComponentId partner = topology.addComponent(
            "sip-federation-partner", topology.uniqueName("Hub partner"), "external",
            {at.x + 40.0 * (i % 10), at.y + 400 + 60.0 * (i / 10)});
        topology.addLink(hub, partner);
    }
    return {hub, topology.linksOf(hub).size()};
}

std::unique_ptr<Topology> loadOrDie(const std::string& bytes, const CatalogRegistry& registry)
{
    auto loaded = loadProject(bytes, registry);
    if (!loaded.topology) {
        std::fprintf(stderr, "edgeplan_bench: a plan does not load\n");
        std::exit(1);
    }
    return std::move(loaded.topology);
}

// The baseline scene: per component a rect with its name as a child text
// item, per link a line and a label text, at the plan's positions: as many
// items as the diagram has, with nothing of the diagram's own logic.
struct BareScene
{
    std::unique_ptr<QGraphicsScene> scene = std::make_unique<QGraphicsScene>();
    QGraphicsRectItem* hub = nullptr;
    std::vector<std::pair<QGraphicsLineItem*, QPointF>> hubLines; // the line and its far end
};

BareScene buildBareScene(const Topology& topology, ComponentId hub)
{
    BareScene bare;
    std::unordered_map<ComponentId, QGraphicsRectItem*> rects;
    rects.reserve(topology.components().size());
    for (const auto& [id, component] : topology.components()) {
        QGraphicsRectItem* rect = bare.scene->addRect(QRectF(-24, -24, 48, 48));
        rect->setPos(component.position.x, component.position.y);
        auto* name = new QGraphicsSimpleTextItem(qs(component.name), rect);
        name->setPos(-name->boundingRect().width() / 2, 28);
        rects.emplace(id, rect);
    }
    for (const auto& [id, link] : topology.links()) {
        const QPointF a = rects.at(link.a)->pos();
        const QPointF b = rects.at(link.b)->pos();
        QGraphicsLineItem* line = bare.scene->addLine(QLineF(a, b));
        QGraphicsSimpleTextItem* label = bare.scene->addSimpleText(QStringLiteral("SIP/MTLS TCP 5061"));
        label->setPos((a + b) / 2);
        if (link.a == hub || link.b == hub)
            bare.hubLines.emplace_back(line, link.a == hub ? b : a);
    }
    bare.hub = rects.at(hub);
    return bare;
}

// Paints `source` of the scene into a full-HD image, scaled to fit.
void paintScene(QGraphicsScene& scene, const QRectF& source)
{
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
    painter.end();
    g_sink = g_sink + size_t(image.pixel(960, 540));
}

QRectF actualSize(const QRectF& contents)
{
    return QRectF(contents.topLeft(), QSizeF(1920, 1080));
}

Row ratioRow(const char* figure, double ours, double baseline, const std::string& baselineName,
             double goal, const char* goalText, bool extraCondition = true)
{
    const double r = ours / baseline;
    return {figure, milliseconds(ours), baselineName + " " + milliseconds(baseline), ratio(r), goalText,
            r <= goal && extraCondition ? "yes" : "no"};
}

std::string megabytes(double kb)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", kb / 1024);
    return buffer;
}

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 when missing.
long statusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(status, line))
        if (line.rfind(key, 0) == 0)
            return std::atol(line.c_str() + key.size());
    return -1;
}

// Quits `loop` once the watched widget has had its first paint event; exec
// returns after that event has been handled, so the window is painted then.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QEventLoop* loop) : m_loop(loop) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_loop->quit();
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop* m_loop;
};

void waitForFirstPaint(QWidget* window, QWidget* viewport)
{
    QEventLoop loop;
    FirstPaint filter(&loop);
    viewport->installEventFilter(&filter);
    window->resize(1600, 1000);
    window->show();
    loop.exec();
    viewport->removeEventFilter(&filter);
}

// The bare window of the start-up and memory probes.
struct BareWindow
{
    QMainWindow window;
    QGraphicsView* view = nullptr;
    explicit BareWindow(QGraphicsScene* scene)
    {
        view = new QGraphicsView(scene, &window);
        window.setCentralWidget(view);
    }
};

// --memory-probe bare|edgeplan: the peak of one process that opens the
// window (a bare one on a bare scene of the plan, or Edgeplan's main window
// on the plan's file) and paints it once; each kind is its own process so
// that each peak is its own. Prints the peak (VmHWM) in kB.
int memoryProbe(const QString& kind, const QString& path)
{
    if (kind == QLatin1String("bare")) {
        // A text file of the plan's shapes, so that no model is ever loaded here.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return 1;
        QGraphicsScene scene;
        std::vector<QPointF> positions;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
            if (fields.size() >= 4 && fields[0] == "c") {
                positions.emplace_back(fields[1].toDouble(), fields[2].toDouble());
                QGraphicsRectItem* rect = scene.addRect(QRectF(-24, -24, 48, 48));
                rect->setPos(positions.back());
                auto* name = new QGraphicsSimpleTextItem(QString::fromUtf8(fields.mid(3).join(' ')), rect);
                name->setPos(-name->boundingRect().width() / 2, 28);
            } else if (fields.size() == 3 && fields[0] == "l") {
                const QPointF a = positions.at(fields[1].toULongLong());
                const QPointF b = positions.at(fields[2].toULongLong());
                scene.addLine(QLineF(a, b));
                scene.addSimpleText(QStringLiteral("SIP/MTLS TCP 5061"))->setPos((a + b) / 2);
            }
        }
        BareWindow window(&scene);
        waitForFirstPaint(&window.window, window.view->viewport());
        std::printf("%ld\n", statusKb("VmHWM"));
    } else {
        const Catalogs catalogs = Catalogs::builtIn();
        ProjectFileRead read = readProjectFile(path, catalogs.registry());
        if (!read.topology)
            return 1;
        MainWindow window(catalogs, std::move(read.topology), path);
        waitForFirstPaint(&window, window.view()->viewport());
        std::printf("%ld\n", statusKb("VmHWM"));
    }
    std::fflush(stdout);
    // The peak is read: tearing down 10,000 items would only slow the bench.
    std::_Exit(0);
}

// What the bare memory probe draws: "c X Y NAME" per component, "l A B"
// per link with A and B the components' line numbers.
std::string bareShapes(const Topology& topology)
{
    std::string text;
    std::unordered_map<ComponentId, size_t> index;
    for (const auto& [id, component] : topology.components()) {
        index.emplace(id, index.size());
        text += "c " + std::to_string(component.position.x) + ' ' + std::to_string(component.position.y) + ' ' +
                component.name + '\n';
    }
    for (const auto& [id, link] : topology.links())
        text += "l " + std::to_string(index.at(link.a)) + ' ' + std::to_string(index.at(link.b)) + '\n';
    return text;
}

// Nanoseconds on the monotonic clock, which every process on the machine shares.
long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1000000000LL + now.tv_nsec;
}

// --startup-probe bare|edgeplan --launched NS: prints the milliseconds from
// NS to the first painted window. NS is the parent's CLOCK_MONOTONIC just
// before it started this process, so the time counts the exec, the dynamic
// linker and Qt's own start, which a timer started in main would miss (and
// /proc/self/stat's start time only has clock-tick resolution).
int startupProbe(const QString& kind, long long launchedNs)
{
    if (kind == QLatin1String("bare")) {
        QGraphicsScene scene;
        BareWindow window(&scene);
        waitForFirstPaint(&window.window, window.view->viewport());
    } else {
        // What `edgeplan PROJECT` does (app/Cli.cpp runWindow), on the bundled sample.
        const Catalogs catalogs = Catalogs::builtIn();
        const QString path = QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan");
        ProjectFileRead read = readProjectFile(path, catalogs.registry(), ProjectLoadOptions{true});
        if (!read.topology)
            return 1;
        MainWindow window(catalogs, std::move(read.topology), path);
        window.setLanguage(Lang::En);
        waitForFirstPaint(&window, window.view()->viewport());
    }
    std::printf("%.3f\n", double(monotonicNs() - launchedNs) / 1e6);
    std::fflush(stdout);
    std::_Exit(0);
}

// Runs this program again with `arguments`; its first line of output as a number.
double runProbe(const QString& program, const QStringList& arguments)
{
    QProcess probe;
    probe.setProgram(program);
    probe.setArguments(arguments);
    probe.start();
    if (!probe.waitForFinished(600000) || probe.exitCode() != 0) {
        std::fprintf(stderr, "edgeplan_bench: the probe %s failed:\n%s\n",
                     qPrintable(arguments.join(QLatin1Char(' '))), probe.readAllStandardError().constData());
        std::exit(1);
    }
    bool ok = false;
    const double value = QString::fromLocal8Bit(probe.readAllStandardOutput()).trimmed().toDouble(&ok);
    if (!ok) {
        std::fprintf(stderr, "edgeplan_bench: the probe %s printed no number\n",
                     qPrintable(arguments.join(QLatin1Char(' '))));
        std::exit(1);
    }
    return value;
}

double startupMs(const QString& program, const QString& kind)
{
    const long long launched = monotonicNs();
    return runProbe(program, {QStringLiteral("--startup-probe"), kind, QStringLiteral("--launched"),
                              QString::number(launched)});
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// In the window, through every panel and the real signals (scene,
// inspector, rule table, DNS and certificate models, problems): one
// rename and one move of the hub, from the command to the handled
// repaints; against the table index's own update for the same edit. The
// ratio is the fan-out issue #23 asks to cut.
void appendWindowEditRows(std::vector<Row>& rows, const std::string& bytes, const CatalogRegistry& registry,
                          const Hub& hub, int dragRepetitions)
{
    const Catalogs catalogs = Catalogs::builtIn();
    MainWindow window(catalogs, loadOrDie(bytes, registry), QString());
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    Document* windowDocument = window.document();
    windowDocument->undoStack()->clear();
    window.scene()->selectItems({hub.id}, {});
    QCoreApplication::processEvents();
    // What the rename says, heard here too (after the window's receivers):
    // the same signals emitted again, with nothing changed in the model,
    // time what the receivers do for the edit, in the same process and heap.
    std::vector<ComponentId> changedIds;
    bool findingsSaid = false;
    bool namesSaid = false;
    std::optional<RulesChange> rulesSaid;
    QObject listener;
    QObject::connect(windowDocument, &Document::componentChanged, &listener,
                     [&](ComponentId id) { changedIds.push_back(id); });
    QObject::connect(windowDocument, &Document::findingsChanged, &listener, [&] { findingsSaid = true; });
    QObject::connect(windowDocument, &Document::namesChanged, &listener, [&] { namesSaid = true; });
    QObject::connect(windowDocument, &Document::rulesChanged, &listener,
                     [&](const RulesChange& change) { rulesSaid = change; });
    int renames = 0;
    std::vector<double> renameTimes;
    std::vector<double> receiverTimes;
    for (int i = 0; i < dragRepetitions; ++i) {
        changedIds.clear();
        findingsSaid = namesSaid = false;
        rulesSaid.reset();
        Component renamed = *windowDocument->topology().component(hub.id);
        renamed.name = "hub-" + std::to_string(++renames);
        auto start = std::chrono::steady_clock::now();
        if (!windowDocument->changeComponents({renamed}, QStringLiteral("Rename")))
            std::exit(1);
        QCoreApplication::processEvents();
        renameTimes.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        const QSignalBlocker quiet(&listener);
        start = std::chrono::steady_clock::now();
        for (const ComponentId id : changedIds)
            Q_EMIT windowDocument->componentChanged(id);
        if (findingsSaid)
            Q_EMIT windowDocument->findingsChanged();
        if (namesSaid)
            Q_EMIT windowDocument->namesChanged();
        if (rulesSaid)
            Q_EMIT windowDocument->rulesChanged(*rulesSaid);
        QCoreApplication::processEvents();
        receiverTimes.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double renameMs = median(renameTimes);
    const double receiversMs = median(receiverTimes);
    double windowStep = DiagramScene::kGridSize;
    const double moveMs = medianMs(dragRepetitions, [&] {
        Component moved = *windowDocument->topology().component(hub.id);
        moved.position.x += windowStep;
        if (!windowDocument->changeComponents({moved}, QStringLiteral("Move")))
            std::exit(1);
        QCoreApplication::processEvents();
        windowStep = -windowStep;
    });
    // The table index alone, on a plan of its own, for the same edits.
    std::unique_ptr<Topology> indexed = loadOrDie(bytes, registry);
    TableIndex index(*indexed);
    index.tables();
    const double indexRenameMs = medianMs(dragRepetitions, [&] {
        Component renamed = *indexed->component(hub.id);
        renamed.name = "hub-" + std::to_string(++renames);
        indexed->updateComponent(renamed);
        index.update({}, {hub.id});
        index.tables();
    });
    double indexStep = DiagramScene::kGridSize;
    const double indexMoveMs = medianMs(dragRepetitions, [&] {
        Component moved = *indexed->component(hub.id);
        moved.position.x += indexStep;
        indexed->updateComponent(moved);
        index.update({}, {hub.id});
        index.tables();
        indexStep = -indexStep;
    });
    rows.push_back(ratioRow("rename the component with 100 links in the window, every panel", renameMs,
                            indexRenameMs, "the table index's update", 3, "\u2264 3\u00d7 (#23)"));
    rows.push_back(ratioRow("the same rename, its signals' receivers (panels and items)", receiversMs,
                            indexRenameMs, "the table index's update", 3, "\u2264 3\u00d7"));
    rows.push_back(ratioRow("the same rename, the rest (index, checks, DNS, certificates)",
                            std::max(0.0, renameMs - receiversMs), indexRenameMs, "the table index's update", 3,
                            "\u2264 3\u00d7"));
    rows.push_back(ratioRow("move the component with 100 links in the window, every panel", moveMs,
                            indexMoveMs, "the table index's update", 3, "\u2264 3\u00d7 (#23)"));
}

void appendGuiRows(std::vector<Row>& rows, const std::string& planBytes, const CatalogRegistry& registry,
                   const char* program, int repetitions)
{
    // The GUI figures take seconds a run at this size: fewer runs.
    const int guiRepetitions = std::max(1, std::min(repetitions, 3));

    std::unique_ptr<Topology> withHub = loadOrDie(planBytes, registry);
    const Hub hub = addHub(*withHub);
    const std::string bytes = saveProject(*withHub);
    withHub.reset();
    std::printf("GUI rows: the plan plus a hub (an edge server with %zu links), median of %d runs\n\n",
                hub.links, guiRepetitions);

    // Build: a scene for a fresh document each run; loading and tearing down are not timed.
    std::vector<double> buildTimes;
    std::unique_ptr<Document> document;
    std::unique_ptr<DiagramScene> scene;
    for (int i = 0; i < guiRepetitions; ++i) {
        scene.reset();
        document = std::make_unique<Document>(loadOrDie(bytes, registry));
        const auto start = std::chrono::steady_clock::now();
        scene = std::make_unique<DiagramScene>(document.get());
        QCoreApplication::processEvents();
        buildTimes.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const std::unique_ptr<Topology> plan = loadOrDie(bytes, registry);
    BareScene bare;
    std::vector<double> bareBuildTimes;
    for (int i = 0; i < guiRepetitions; ++i) {
        bare = BareScene(); // the last run's scene goes untimed
        const auto start = std::chrono::steady_clock::now();
        bare = buildBareScene(*plan, hub.id);
        QCoreApplication::processEvents();
        bareBuildTimes.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double bareBuildMs = median(bareBuildTimes);
    const double buildMs = median(buildTimes);
    char sceneSize[96];
    std::snprintf(sceneSize, sizeof sceneSize, "bare scene (%d items)", int(bare.scene->items().size()));
    rows.push_back(ratioRow("build the scene", buildMs, bareBuildMs, sceneSize, 3, "\u2264 3\u00d7"));

    // Paint: one untimed run first builds each scene's index and item caches.
    const QRectF ours = scene->contentsRect();
    const QRectF theirs = bare.scene->itemsBoundingRect();
    for (const bool fit : {true, false}) {
        const QRectF ourSource = fit ? ours : actualSize(ours);
        const QRectF bareSource = fit ? theirs : actualSize(theirs);
        paintScene(*scene, ourSource);
        paintScene(*bare.scene, bareSource);
        const double paintMs = medianMs(guiRepetitions, [&] { paintScene(*scene, ourSource); });
        const double barePaintMs = medianMs(guiRepetitions, [&] { paintScene(*bare.scene, bareSource); });
        rows.push_back(ratioRow(fit ? "paint the scene into 1920\u00d71080, fit to view"
                                    : "paint the scene into 1920\u00d71080, at 100 %",
                                paintMs, barePaintMs, "bare scene", 2, "\u2264 2\u00d7"));
    }

    // Drag: what a mouse release commits (DiagramScene::commitMove), one grid
    // step; timed until the events it posted are handled (link items, label
    // layout on the undo stack's index change, repaint requests).
    double step = DiagramScene::kGridSize;
    const int dragRepetitions = 5 * guiRepetitions;
    const double dragMs = medianMs(dragRepetitions, [&] {
        Component moved = *document->topology().component(hub.id);
        moved.position.x += step;
        moved.zone = scene->zoneLayout().zoneAt(QPointF(moved.position.x, moved.position.y));
        if (!document->changeComponents({moved}, QStringLiteral("Move")))
            std::exit(1);
        QCoreApplication::processEvents();
        step = -step;
    });
    if (scene->componentItem(hub.id)->pos().x() != document->topology().component(hub.id)->position.x) {
        std::fprintf(stderr, "edgeplan_bench: the dragged item did not follow its component\n");
        std::exit(1);
    }
    const double bareDragMs = medianMs(dragRepetitions, [&] {
        bare.hub->moveBy(step, 0);
        for (auto& [line, far] : bare.hubLines)
            line->setLine(QLineF(bare.hub->pos(), far));
        QCoreApplication::processEvents();
        step = -step;
    });
    char dragBaseline[64];
    std::snprintf(dragBaseline, sizeof dragBaseline, "a bare item with %zu lines", bare.hubLines.size());
    rows.push_back(ratioRow("drag a component with 100 links by one step", dragMs, bareDragMs, dragBaseline, 3,
                            "\u2264 3\u00d7 and < 2 ms", dragMs < 2));

    scene.reset();
    document.reset();
    bare = BareScene();

    appendWindowEditRows(rows, bytes, registry, hub, dragRepetitions);

    // Peak memory: each window in a process of its own, on the same plan file.
    QTemporaryDir folder;
    const QString planPath = folder.filePath(QStringLiteral("large.edgeplan"));
    QString error;
    if (!folder.isValid() || !writeFileAtomically(planPath, bytes, &error)) {
        std::fprintf(stderr, "edgeplan_bench: cannot write the plan: %s\n", qPrintable(error));
        std::exit(1);
    }
    const QString shapesPath = folder.filePath(QStringLiteral("large.shapes"));
    if (!writeFileAtomically(shapesPath, bareShapes(*plan), &error)) {
        std::fprintf(stderr, "edgeplan_bench: cannot write the shapes: %s\n", qPrintable(error));
        std::exit(1);
    }
    const QString self = QString::fromLocal8Bit(program);
    const double ourKb = runProbe(self, {QStringLiteral("--memory-probe"), QStringLiteral("edgeplan"), planPath});
    const double bareKb = runProbe(self, {QStringLiteral("--memory-probe"), QStringLiteral("bare"), shapesPath});
    rows.push_back({"peak memory with the plan open in the window (VmHWM)", megabytes(ourKb),
                    "bare scene in a QGraphicsView " + megabytes(bareKb), ratio(ourKb / bareKb), "\u2264 3\u00d7",
                    ourKb / bareKb <= 3 ? "yes" : "no"});

    // Start-up, alternating the two kinds so that a busy moment hits both.
    std::vector<double> ourStarts;
    std::vector<double> bareStarts;
    for (int i = 0; i < repetitions; ++i) {
        ourStarts.push_back(startupMs(self, QStringLiteral("edgeplan")));
        bareStarts.push_back(startupMs(self, QStringLiteral("bare")));
    }
    rows.push_back(ratioRow("start to first painted window on the sample", median(ourStarts), median(bareStarts),
                            "bare QMainWindow + QGraphicsView", 1.5, "\u2264 1.5\u00d7"));
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc == 4 && !std::strcmp(argv[1], "--memory-probe"))
        return memoryProbe(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc == 5 && !std::strcmp(argv[1], "--startup-probe") && !std::strcmp(argv[3], "--launched"))
        return startupProbe(QString::fromLocal8Bit(argv[2]), std::atoll(argv[4]));

    int repetitions = 5;
    // About 10,000 components and 20,000 links (6 components and 9 links a
    // site, 1 component and 3 links a partner, on average).
    int sites = 1111;
    int partners = 3333;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--reps"))
            repetitions = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--sites"))
            sites = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--partners"))
            partners = std::max(0, std::atoi(argv[i + 1]));
    }

    const CatalogLoadResult catalogLoad =
        loadCatalog(readFile(EDGEPLAN_SOURCE_DIR "/resources/catalogs/lync2013-federation.json"));
    if (!catalogLoad.catalog) {
        std::fprintf(stderr, "edgeplan_bench: the built-in catalog does not load\n");
        return 1;
    }
    CatalogRegistry registry;
    registry.add(catalogLoad.catalog);

    const Plan large = makePlan(catalogLoad.catalog, sites, partners);
    const Plan small = makePlan(catalogLoad.catalog, std::max(1, sites / 10), partners / 10);
    const size_t components = large.topology->components().size();
    const size_t links = large.topology->links().size();
    const size_t smallLinks = small.topology->links().size();
    std::printf("edgeplan_bench: %s build, median of %d runs; plan of %zu components, %zu links "
                "(%d sites, %d partners, seed 1), %zu bytes\n\n",
                EDGEPLAN_BUILD_TYPE, repetitions, components, links, sites, partners, large.bytes.size());

    std::vector<Row> rows;

    // Load: the whole loader against nlohmann::json's parse of the same bytes.
    const double parseMs =
        medianMs(repetitions, [&] { g_sink = g_sink + nlohmann::json::parse(large.bytes).size(); });
    const double loadMs = medianMs(repetitions, [&] {
        g_sink = g_sink + loadProject(large.bytes, registry).topology->components().size();
    });
    rows.push_back({"load the project into the model", milliseconds(loadMs),
                    "json::parse " + milliseconds(parseMs), ratio(loadMs / parseMs), "\u2264 1.5\u00d7",
                    loadMs / parseMs <= 1.5 ? "yes" : "no"});

    // The reader alone: the limits, checked as it parses, against the same parse.
    const double readMs = medianMs(repetitions, [&] {
        Diagnostics diagnostics;
        g_sink = g_sink + JsonReader(diagnostics).parse(large.bytes)->size();
    });
    rows.push_back({"parse it within the limits (JsonReader::parse)", milliseconds(readMs),
                    "json::parse " + milliseconds(parseMs), ratio(readMs / parseMs), "\u2264 1.3\u00d7",
                    readMs / parseMs <= 1.3 ? "yes" : "no"});

    // Derivation: linear if ten times the links cost at most twelve times the time.
    const double deriveSmallMs =
        medianMs(repetitions, [&] { g_sink = g_sink + deriveTables(*small.topology).ruleCount(); });
    const double deriveMs =
        medianMs(repetitions, [&] { g_sink = g_sink + deriveTables(*large.topology).ruleCount(); });
    const double growth = deriveMs / deriveSmallMs;
    const double linkRatio = double(links) / double(smallLinks);
    char perLink[96];
    std::snprintf(perLink, sizeof perLink, "%s (%.2f \u00b5s a link)", milliseconds(deriveMs).c_str(),
                  deriveMs * 1000 / double(links));
    char perSmallLink[128];
    std::snprintf(perSmallLink, sizeof perSmallLink, "%zu links: %s (%.2f \u00b5s a link)", smallLinks,
                  milliseconds(deriveSmallMs).c_str(), deriveSmallMs * 1000 / double(smallLinks));
    char derivedRatio[64];
    std::snprintf(derivedRatio, sizeof derivedRatio, "%s for %.1f\u00d7 the links", ratio(growth).c_str(),
                  linkRatio);
    rows.push_back({"derive every firewall table", perLink, perSmallLink, derivedRatio,
                    "\u2264 12\u00d7 for 10\u00d7 the links", growth <= 1.2 * linkRatio ? "yes" : "no"});

    // The DNS records and certificates of the same plan, against the firewall
    // tables: the Problems dock asks for both after every edit.
    {
        const double namingMs = medianMs(repetitions, [&] {
            g_sink = g_sink + deriveDnsRecords(*large.topology).size() + deriveCertificates(*large.topology).size();
        });
        const double share = namingMs / deriveMs;
        rows.push_back({"derive its DNS records and certificates", milliseconds(namingMs),
                        "every firewall table " + milliseconds(deriveMs), ratio(share), "\u2264 1\u00d7",
                        share <= 1 ? "yes" : "no"});
    }

    // The design checks of the same plan on the rules an index keeps and on
    // its DNS records and certificates, against the firewall tables: the
    // Document runs them after every edit that changes more than a place.
    {
        const TableIndex index(*large.topology);
        const CarriedRules carried = carriedRules(index);
        const std::vector<DnsRecord> records = deriveDnsRecords(*large.topology);
        const std::vector<CertificateEntry> certificates = deriveCertificates(*large.topology);
        const double checksMs = medianMs(repetitions, [&] {
            g_sink = g_sink + runChecks(*large.topology, carried, records, certificates).size();
        });
        const double share = checksMs / deriveMs;
        rows.push_back({"run the design checks on it", milliseconds(checksMs),
                        "every firewall table " + milliseconds(deriveMs), ratio(share), "\u2264 1\u00d7",
                        share <= 1 ? "yes" : "no"});
    }

    // One edit through the Document's TableIndex against a full derivation:
    // a partner renamed, alternately to the front and the back of the sorted
    // tables, so that its rows move; the index re-derives that partner's
    // links only. Timed from the model edit to the updated index.
    {
        Topology& topology = *large.topology;
        TableIndex index(topology);
        ComponentId partner;
        for (const auto& [id, component] : topology.components())
            if (component.role == "sip-federation-partner" && !topology.linksOf(id).empty()) {
                partner = id;
                break;
            }
        const std::string name = topology.component(partner)->name;
        int flip = 0;
        const double editMs = medianMs(20 * repetitions, [&] {
            topology.setComponentName(partner, flip++ % 2 ? "AAA first" : "zzz last");
            index.update({}, {partner});
        });
        topology.setComponentName(partner, name);
        index.update({}, {partner});
        if (index.ruleCount() != deriveTables(topology).ruleCount()) {
            std::fprintf(stderr, "edgeplan_bench: the index lost rows\n");
            return 1;
        }
        char editText[64];
        std::snprintf(editText, sizeof editText, "%.1f \u00b5s", editMs * 1000);
        char percent[32];
        std::snprintf(percent, sizeof percent, "%.4f %%", 100 * editMs / deriveMs);
        rows.push_back({"one edit's rule derivation (rename a partner)", editText,
                        "full derivation " + milliseconds(deriveMs), percent, "\u2264 1 %",
                        editMs <= 0.01 * deriveMs ? "yes" : "no"});
    }

    // CSV: the exporter (which derives the tables itself) against the same
    // number of rows written with fprintf, both into a temporary file.
    const ExportOptions csvOptions;
    const std::vector<RowView> views =
        rowViews(*large.topology, deriveTables(*large.topology), csvOptions.lang);
    std::FILE* file = std::tmpfile();
    if (!file) {
        std::fprintf(stderr, "edgeplan_bench: no temporary file\n");
        return 1;
    }
    const double fprintfMs = medianMs(repetitions, [&] {
        std::rewind(file);
        writeRowsPlain(file, views);
    });
    const double csvMs = medianMs(repetitions, [&] {
        const std::string csv = exportRulesCsv(*large.topology, csvOptions);
        std::rewind(file);
        std::fwrite(csv.data(), 1, csv.size(), file);
        std::fflush(file);
    });
    std::fclose(file);
    char csvBaseline[96];
    std::snprintf(csvBaseline, sizeof csvBaseline, "fprintf of %zu rows %s", views.size(),
                  milliseconds(fprintfMs).c_str());
    rows.push_back({"export it as CSV", milliseconds(csvMs), csvBaseline, ratio(csvMs / fprintfMs),
                    "\u2264 2\u00d7", csvMs / fprintfMs <= 2 ? "yes" : "no"});

    // The CSV reader (finding 4 of issue 21): one pass, so a list ten times
    // as long takes at most twelve times as long, and the whole reader costs
    // at most twice a plain split of the same bytes into fields.
    {
        const std::string list = federationList(50000);
        const std::string shortList = federationList(5000);
        const auto read = [](const std::string& text) {
            Diagnostics diagnostics;
            const auto table = readCsv(text, diagnostics);
            if (!table) {
                std::fprintf(stderr, "edgeplan_bench: the federation list is refused: %s\n",
                             joinDiagnostics(diagnostics, "").c_str());
                std::exit(1);
            }
            return table->rows.size();
        };
        const double splitMs = medianMs(repetitions, [&] { g_sink = g_sink + splitPlain(list); });
        const double readMs = medianMs(repetitions, [&] { g_sink = g_sink + read(list); });
        const double readShortMs = medianMs(repetitions, [&] { g_sink = g_sink + read(shortList); });
        char figure[96];
        std::snprintf(figure, sizeof figure, "read a federation list of %.1f MiB (readCsv)",
                      double(list.size()) / (1024 * 1024));
        rows.push_back({figure, milliseconds(readMs), "plain split into fields " + milliseconds(splitMs),
                        ratio(readMs / splitMs), "\u2264 2\u00d7", readMs / splitMs <= 2 ? "yes" : "no"});
        const double growth = readMs / readShortMs;
        const double bytesRatio = double(list.size()) / double(shortList.size());
        char grown[64];
        std::snprintf(grown, sizeof grown, "%s for %.1f\u00d7 the bytes", ratio(growth).c_str(), bytesRatio);
        rows.push_back({"read the list again, ten times as long", milliseconds(readMs),
                        "a tenth of it " + milliseconds(readShortMs), grown,
                        "\u2264 12\u00d7 for 10\u00d7 the bytes", growth <= 1.2 * bytesRatio ? "yes" : "no"});
    }

    // --window-edits: the window's rename and move rows alone (for a
    // profiler), after the rows above.
    if (std::find_if(argv + 1, argv + argc, [](const char* a) { return !std::strcmp(a, "--window-edits"); }) !=
        argv + argc) {
        std::unique_ptr<Topology> withHub = loadOrDie(large.bytes, registry);
        const Hub hub = addHub(*withHub);
        appendWindowEditRows(rows, saveProject(*withHub), registry, hub, 5 * std::max(1, std::min(repetitions, 3)));
        printTable(rows);
        return 0;
    }
    appendGuiRows(rows, large.bytes, registry, argv[0], repetitions);

    printTable(rows);
    return 0;
}
