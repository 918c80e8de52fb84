// The window under random use: a seeded generator drives the real main
// window (offscreen) with thousands of user actions per seed, and after each
// one checks the model's invariants and that every view (scene, selection,
// inspector, rule table, DNS and certificate panels, problems, presenter)
// shows only what the model holds; undo all the way back gives the opening
// plan byte for byte, and redo all the way gives the last one.
//
// Each seed runs in a child process (this program, told by the environment),
// so that a crash or a sanitizer's report is a failure like any other; a
// failing seed is then cut down to the shortest action list that still
// fails, and printed so that EDGEPLAN_MONKEY_ACTIONS replays it.
//
// Environment: EDGEPLAN_MONKEY_SEEDS=N runs seeds 1..N (`make monkey`),
// EDGEPLAN_MONKEY_ACTIONS_PER_SEED overrides the count per seed.
//
// Long because the action generator, the view checks and the shrinking of a
// failing seed are one machine; apart, none of them would run alone.

#include "actions/EditActions.h"
#include "actions/ProjectActions.h"
#include "diagram/ComponentItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "diagram/LinkItem.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/VerifyDialog.h"
#include "document/Clipboard.h"
#include "document/Document.h"
#include "io/ProjectFile.h"
#include "naming/Naming.h"
#include "naming/NamingDock.h"
#include "panels/DeploymentBar.h"
#include "panels/InspectorComponentForm.h"
#include "panels/InspectorWidget.h"
#include "panels/ScenarioBar.h"
#include "presenter/PresenterView.h"
#include "rules/TableView.h"
#include "RuleTableChecks.h"
#include "support/Catalogs.h"
#include "tables/FindingsModel.h"
#include "tables/ProblemsDock.h"
#include "tables/RuleTableDock.h"
#include "tables/RuleTableModel.h"
#include "TestSupport.h"
#include "window/AboutDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <random>
#include <set>
#include <sstream>

using namespace edgeplan;

namespace {

const Catalogs& catalogs()
{
    static const Catalogs instance = Catalogs::builtIn();
    return instance;
}

const char* const kSamples[] = {"federation-edge.edgeplan", "consolidated-edge-nat.edgeplan",
                                "scaled-edge-hlb.edgeplan"};

// What a person does, each with two random numbers that choose among what
// the window offers at that moment (so that a shortened list still means
// something when replayed on another state).
enum class Kind {
    Add,
    Connect,
    SelectOne,
    SelectSeveral,
    SelectAll,
    SelectLink,
    ClearSelection,
    Delete,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Rename,
    Move,
    EditField,
    ChangeZone,
    ToggleProperty,
    Scenario,
    Variant,
    Nat,
    ProjectName,
    ImportList,
    Undo,
    Redo,
    Present,
    PresenterStep,
    ClosePresenter,
    Dialog,
    Language,
    Catalog,
    Count
};

const char* const kKindNames[] = {
    "add",         "connect",    "select-one", "select-several", "select-all",    "select-link",
    "clear",       "delete",     "cut",        "copy",           "paste",         "duplicate",
    "rename",      "move",       "edit-field", "zone",           "property",      "scenario",
    "variant",     "nat",        "project-name", "import",       "undo",          "redo",
    "present",     "step",       "close-presenter", "dialog",    "language",      "catalog"};
static_assert(std::size(kKindNames) == size_t(Kind::Count));

// How often each kind comes, out of the sum: edits and undo most.
const int kWeights[] = {8, 8, 8, 4, 2, 4, 2, 5, 2, 3, 3, 3, 4, 6, 8, 2, 3, 3, 2, 2, 1, 1, 10, 6,
                        1, 3, 1, 1, 1, 1};
static_assert(std::size(kWeights) == size_t(Kind::Count));

struct Action
{
    Kind kind;
    quint32 a;
    quint32 b;
};

QString actionText(const Action& action)
{
    return QStringLiteral("%1:%2:%3").arg(QLatin1String(kKindNames[int(action.kind)])).arg(action.a).arg(action.b);
}

QString actionsText(const std::vector<Action>& actions)
{
    QStringList words;
    for (const Action& action : actions)
        words << actionText(action);
    return words.join(QLatin1Char(' '));
}

std::vector<Action> parseActions(const QString& text)
{
    std::vector<Action> actions;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = word.split(QLatin1Char(':'));
        if (parts.size() != 3)
            qFatal("bad action '%s'", qPrintable(word));
        const auto name = std::find_if(std::begin(kKindNames), std::end(kKindNames),
                                       [&](const char* n) { return parts[0] == QLatin1String(n); });
        if (name == std::end(kKindNames))
            qFatal("unknown action '%s'", qPrintable(word));
        actions.push_back({Kind(name - std::begin(kKindNames)), parts[1].toUInt(), parts[2].toUInt()});
    }
    return actions;
}

std::vector<Action> generateActions(quint32 seed, int count)
{
    std::mt19937 rng(seed);
    std::discrete_distribution<int> kind(std::begin(kWeights), std::end(kWeights));
    std::vector<Action> actions;
    actions.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        actions.push_back({Kind(kind(rng)), quint32(rng()), quint32(rng())});
    return actions;
}

// Names and values a user types, hostile ones among them.
const char* const kNames[] = {"edge02", "fe-pool-2", "Partner </title><script>x</script>",
                              "名前", "a\tb", "  spaced  ", "x", "Fabrikam & Co \"quoted\"",
                              "line\nbreak", "very-long-name-very-long-name-very-long-name-0123456789"};
const char* const kFieldValues[] = {"10.0.0.7", "192.0.2.10", "2001:db8::5", "", "999.1.1.1",
                                    "not an address", "sip.fabrikam.test", "65536", "443", "0",
                                    "5061", "10.0.0.7 ", "fe80::1%eth0", "198.51.100.1"};

// Closes whatever modal dialog is open (a message box, the export dialog):
// the generator opens them, a person would close them.
void closeModalsSoon()
{
    QTimer::singleShot(0, qApp, [] {
        for (int i = 0; i < 4; ++i) {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        }
    });
}

template <typename Map>
auto nth(const Map& map, quint32 n)
{
    auto it = map.begin();
    std::advance(it, n % map.size());
    return it->first;
}

class Monkey
{
public:
    explicit Monkey(const char* sample)
        : m_window(catalogs(), test::loadBundledSample(sample), QString())
    {
        m_window.resize(1400, 900);
        m_window.show();
        m_opening = bytes();
        const QString data = QStringLiteral(EDGEPLAN_TEST_DATA "/import/");
        m_lists = {data + QStringLiteral("allowed-domains.csv"), data + QStringLiteral("xmpp-partners.csv"),
                   data + QStringLiteral("public-providers-utf16.csv")};
    }

    ~Monkey()
    {
        if (PresenterView* presenter = m_window.presenter())
            delete presenter;
    }

    std::string bytes() const { return saveProject(m_window.document()->topology()); }
    MainWindow& window() { return m_window; }

    void perform(const Action& action);
    // Empty when every view agrees with the model; else what does not.
    // `thorough` adds the costly model checks (save and load, the design
    // checks afresh).
    QString check(bool thorough = true);
    // Undo all the way back, then redo all the way: empty when both give the
    // plans they should.
    QString checkUndoAll();

private:
    Document* document() const { return m_window.document(); }
    const Topology& topology() const { return m_window.document()->topology(); }
    DiagramScene* scene() const { return m_window.scene(); }
    EditActions* edit() const { return m_window.editActions(); }
    void editField(quint32 a, quint32 b);

    MainWindow m_window;
    std::string m_opening;
    QStringList m_lists;
};

void Monkey::perform(const Action& action)
{
    // EDGEPLAN_MONKEY_TRACE=1: each action on standard error as it comes.
    if (qEnvironmentVariableIsSet("EDGEPLAN_MONKEY_TRACE"))
        std::fprintf(stderr, "TRACE %s\n", qPrintable(actionText(action)));
    const quint32 a = action.a;
    const quint32 b = action.b;
    const auto& components = topology().components();
    const auto& links = topology().links();
    closeModalsSoon();
    switch (action.kind) {
    case Kind::Add: {
        const auto& roles = document()->catalog().roles;
        if (!roles.empty())
            edit()->addComponentOfRole(QString::fromStdString(roles[a % roles.size()].id));
        break;
    }
    case Kind::Connect:
        if (components.size() >= 2)
            document()->addLink(nth(components, a), nth(components, b));
        break;
    case Kind::SelectOne:
        if (!components.empty())
            scene()->selectItems({nth(components, a)}, {});
        break;
    case Kind::SelectSeveral: {
        std::vector<ComponentId> chosen;
        std::vector<LinkId> chosenLinks;
        std::mt19937 rng(a);
        for (const auto& [id, c] : components)
            if (rng() % 3 == 0)
                chosen.push_back(id);
        for (const auto& [id, l] : links)
            if (b % 2 && rng() % 4 == 0)
                chosenLinks.push_back(id);
        scene()->selectItems(chosen, chosenLinks);
        break;
    }
    case Kind::SelectAll:
        edit()->selectAllAction()->trigger();
        break;
    case Kind::SelectLink:
        if (!links.empty())
            scene()->selectItems({}, {nth(links, a)});
        break;
    case Kind::ClearSelection:
        scene()->clearSelection();
        break;
    case Kind::Delete:
        edit()->deleteAction()->trigger();
        break;
    case Kind::Cut:
        edit()->cutAction()->trigger();
        break;
    case Kind::Copy:
        edit()->copyAction()->trigger();
        break;
    case Kind::Paste:
        edit()->pasteAction()->trigger();
        break;
    case Kind::Duplicate:
        edit()->duplicateAction()->trigger();
        break;
    case Kind::Rename:
        if (!components.empty()) {
            scene()->selectItems({nth(components, a)}, {});
            if (InspectorComponentForm* form = m_window.inspector()->componentForm())
                if (auto* name = form->findChild<QLineEdit*>(QStringLiteral("name"))) {
                    name->setText(QString::fromUtf8(kNames[b % std::size(kNames)]));
                    Q_EMIT name->editingFinished();
                }
        }
        break;
    case Kind::Move:
        if (!components.empty()) {
            Component moved = components.at(nth(components, a));
            moved.position.x += double(int(b % 401) - 200);
            moved.position.y += double(int((b / 401) % 301) - 150);
            document()->changeComponents({moved}, QStringLiteral("Move"));
        }
        break;
    case Kind::EditField:
        editField(a, b);
        break;
    case Kind::ChangeZone:
        if (!components.empty()) {
            scene()->selectItems({nth(components, a)}, {});
            if (InspectorComponentForm* form = m_window.inspector()->componentForm())
                if (auto* zone = form->findChild<QComboBox*>(QStringLiteral("zone")); zone && zone->count()) {
                    const int index = int(b % quint32(zone->count()));
                    zone->setCurrentIndex(index);
                    Q_EMIT zone->activated(index);
                }
        }
        break;
    case Kind::ToggleProperty:
        if (InspectorComponentForm* form = m_window.inspector()->componentForm()) {
            const QList<QCheckBox*> checks = form->findChildren<QCheckBox*>();
            const QList<QComboBox*> combos = form->findChildren<QComboBox*>();
            if (b % 2 && !checks.isEmpty())
                checks[int(a % quint32(checks.size()))]->click();
            else if (!combos.isEmpty()) {
                QComboBox* combo = combos[int(a % quint32(combos.size()))];
                if (combo->count()) {
                    const int index = int(b % quint32(combo->count()));
                    combo->setCurrentIndex(index);
                    Q_EMIT combo->activated(index);
                }
            }
        }
        break;
    case Kind::Scenario: {
        const auto& scenarios = document()->catalog().scenarios;
        if (!scenarios.empty())
            if (QAction* toggle = m_window.scenarioBar()->scenarioAction(
                    QString::fromStdString(scenarios[a % scenarios.size()].id)))
                toggle->trigger();
        break;
    }
    case Kind::Variant: {
        QComboBox* variants = m_window.deploymentBar()->variantCombo();
        if (variants && variants->count()) {
            const int index = int(a % quint32(variants->count()));
            variants->setCurrentIndex(index);
            Q_EMIT variants->activated(index);
        }
        break;
    }
    case Kind::Nat:
        if (QAction* nat = m_window.deploymentBar()->natAction(); nat && nat->isEnabled())
            nat->trigger();
        break;
    case Kind::ProjectName:
        document()->setProjectName(QString::fromUtf8(kNames[a % std::size(kNames)]));
        break;
    case Kind::ImportList: {
        ImportDialog dialog(catalogs(), *document(), &m_window);
        dialog.addFiles({m_lists[int(a % quint32(m_lists.size()))]});
        if (dialog.preview()) {
            const QString text = dialog.commandText();
            if (const std::unique_ptr<Topology> plan = dialog.takeResult())
                document()->replaceTopology(*plan, text);
        }
        break;
    }
    case Kind::Undo:
        for (quint32 i = 0; i <= a % 4; ++i)
            edit()->undoAction()->trigger();
        break;
    case Kind::Redo:
        for (quint32 i = 0; i <= a % 4; ++i)
            edit()->redoAction()->trigger();
        break;
    case Kind::Present:
        m_window.present();
        if (PresenterView* presenter = m_window.presenter()) {
            const QStringList flows = presenter->flowIds();
            if (!flows.isEmpty())
                presenter->setFlow(flows[int(a % quint32(flows.size()))].toStdString());
        }
        break;
    case Kind::PresenterStep:
        if (PresenterView* presenter = m_window.presenter()) {
            switch (a % 4) {
            case 0: presenter->previous(); break;
            case 1: presenter->restart(); break;
            default:
                for (quint32 i = 0; i <= b % 3; ++i)
                    presenter->next();
            }
        }
        break;
    case Kind::ClosePresenter:
        if (PresenterView* presenter = m_window.presenter())
            presenter->close();
        break;
    case Kind::Dialog:
        switch (a % 5) {
        case 0:
            if (AboutDialog* about = m_window.about())
                about->close();
            break;
        case 1: {
            VerifyDialog* verify = m_window.projectActions()->verifyPlan();
            if (b % 2)
                verify->close();
            break;
        }
        case 2:
            m_window.projectActions()->exportPlanDialog(); // closed by closeModalsSoon
            break;
        case 3:
            m_window.projectActions()->editProjectProperties();
            break;
        default:
            m_window.projectActions()->importDialog();
        }
        break;
    case Kind::Language:
        m_window.setLanguage(a % 2 ? Lang::Ja : Lang::En);
        break;
    case Kind::Catalog:
        if (QMenu* menu = m_window.deploymentBar()->catalogMenu()) {
            const QList<QAction*> entries = menu->actions();
            if (!entries.isEmpty())
                entries[int(a % quint32(entries.size()))]->trigger();
        }
        break;
    case Kind::Count:
        break;
    }
    // What the window does on the next pass of the event loop (label
    // layout, the presenter's refresh) is part of the action.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void Monkey::editField(quint32 a, quint32 b)
{
    const auto& components = topology().components();
    if (components.empty())
        return;
    scene()->selectItems({nth(components, a)}, {});
    InspectorComponentForm* form = m_window.inspector()->componentForm();
    if (!form)
        return;
    QList<QLineEdit*> fields;
    for (QLineEdit* edit : form->findChildren<QLineEdit*>())
        if (edit->objectName().contains(QLatin1Char(':')) || edit->objectName() == QLatin1String("fqdn"))
            fields << edit;
    if (fields.isEmpty())
        return;
    QLineEdit* field = fields[int(b % quint32(fields.size()))];
    field->setText(QString::fromUtf8(kFieldValues[(a / 7 + b / 3) % std::size(kFieldValues)]));
    Q_EMIT field->editingFinished();
}

QString Monkey::check(bool thorough)
{
    const Topology& plan = topology();
    // The model's own invariants.
    for (const auto& [id, link] : plan.links()) {
        if (id != link.id || !plan.component(link.a) || !plan.component(link.b) || link.a == link.b)
            return QStringLiteral("link %1 is broken").arg(id.value);
    }
    for (const auto& [id, component] : plan.components()) {
        if (id != component.id)
            return QStringLiteral("component %1 is filed under another id").arg(id.value);
        if (component.pool.isValid() && !plan.component(component.pool))
            return QStringLiteral("component %1 is in a missing pool").arg(id.value);
    }
    if (thorough) {
        const std::string saved = saveProject(plan);
        const ProjectLoadResult reloaded = loadProject(saved, catalogs().registry());
        if (!reloaded.topology)
            return QStringLiteral("the plan as saved does not load: %1")
                .arg(QString::fromStdString(joinDiagnostics(reloaded.diagnostics, "")));
        if (saveProject(*reloaded.topology) != saved)
            return QStringLiteral("the plan does not save the same after loading");
        if (document()->findings() != runChecks(plan))
            return QStringLiteral("the document's findings are not the plan's");
    }

    // The rule tables kept edit by edit are the ones derived afresh.
    const RuleTables fresh = deriveTables(plan);
    const RuleTables& kept = document()->tables();
    if (fresh.ruleCount() != kept.ruleCount())
        return QStringLiteral("the kept tables have %1 rules, the plan %2").arg(kept.ruleCount()).arg(fresh.ruleCount());
    for (size_t i = 0; i < fresh.firewalls.size() && i < kept.firewalls.size(); ++i)
        if (!(fresh.firewalls[i].rows == kept.firewalls[i].rows)) {
            const auto& a = kept.firewalls[i].rows;
            const auto& b = fresh.firewalls[i].rows;
            size_t at = 0;
            while (at < a.size() && at < b.size() && a[at] == b[at])
                ++at;
            auto describe = [](const TableRow& row) {
                return QStringLiteral("%1 %2->%3 link %4 ports %5 %6%7")
                    .arg(QString::fromStdString(row.binding.rule->id))
                    .arg(row.binding.source.value)
                    .arg(row.binding.destination.value)
                    .arg(row.binding.link.value)
                    .arg(QString::fromStdString(row.binding.ports.toString()))
                    .arg(row.direction == Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"))
                    .arg(row.crossesSeveral ? QStringLiteral(" crosses several") : QString());
            };
            return QStringLiteral("the kept table of firewall %1 differs from the plan's: %2 rows kept, %3 derived; "
                                  "first difference at row %4 (kept %5, derived %6)")
                .arg(i).arg(a.size()).arg(b.size()).arg(at)
                .arg(at < a.size() ? describe(a[at]) : QStringLiteral("none"),
                     at < b.size() ? describe(b[at]) : QStringLiteral("none"));
        }

    // The scene: one item per component and link, nothing else.
    int componentItems = 0;
    int linkItems = 0;
    for (QGraphicsItem* item : scene()->items()) {
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(item)) {
            ++componentItems;
            if (!plan.component(c->id()))
                return QStringLiteral("the scene shows component %1, which the plan lacks").arg(c->id().value);
        } else if (auto* l = qgraphicsitem_cast<LinkItem*>(item)) {
            ++linkItems;
            if (!plan.link(l->id()))
                return QStringLiteral("the scene shows link %1, which the plan lacks").arg(l->id().value);
        }
    }
    if (componentItems != int(plan.components().size()) || linkItems != int(plan.links().size()))
        return QStringLiteral("the scene has %1 components and %2 links, the plan %3 and %4")
            .arg(componentItems).arg(linkItems).arg(plan.components().size()).arg(plan.links().size());
    const std::vector<ComponentId> selected = scene()->selectedComponents();
    const std::vector<LinkId> selectedLinks = scene()->selectedLinks();
    for (ComponentId id : selected)
        if (!plan.component(id))
            return QStringLiteral("component %1 is selected but gone").arg(id.value);
    for (LinkId id : selectedLinks)
        if (!plan.link(id))
            return QStringLiteral("link %1 is selected but gone").arg(id.value);

    // The inspector shows the one selected component, or none.
    InspectorComponentForm* form = m_window.inspector()->componentForm();
    if (form && !plan.component(form->componentId()))
        return QStringLiteral("the inspector keeps a form of component %1, which the plan lacks").arg(form->componentId().value);
    const bool formShown = form && form->isVisibleTo(m_window.inspector());
    if (selected.size() == 1 && selectedLinks.empty() && (!formShown || form->componentId() != selected.front()))
        return QStringLiteral("component %1 is selected, the inspector shows something else").arg(selected.front().value);
    if (formShown && !(selected.size() == 1 && selectedLinks.empty()))
        return QStringLiteral("the inspector shows a component form for a selection of %1").arg(selected.size() + selectedLinks.size());
    if (form) {
        const Component* shown = plan.component(form->componentId());
        auto* name = form->findChild<QLineEdit*>(QStringLiteral("name"));
        if (name && !name->hasFocus() && name->text() != QString::fromStdString(shown->name))
            return QStringLiteral("the inspector shows the name '%1', the plan '%2'")
                .arg(name->text(), QString::fromStdString(shown->name));
    }

    // The panels: as many rows as the model gives.
    RuleTableModel* rules = m_window.ruleTable()->model();
    const std::vector<RowView> rows = rowViews(plan, kept, m_window.language());
    if (rules->rowCount() > int(rows.size()))
        return QStringLiteral("the rule table has %1 rows, the plan %2").arg(rules->rowCount()).arg(rows.size());
    for (int row = 0; row < rules->rowCount(); ++row) {
        const RowView* view = rules->rowAt(row);
        if (view->link.isValid() && !plan.link(view->link))
            return QStringLiteral("rule table row %1 names a link the plan lacks").arg(row);
    }
    // Kept up to date edit by edit (rows inserted, removed, moved): the
    // whole table, unfiltered, is the plan's, row by row in table order.
    if (rules->linksFilter().empty())
        if (const QString mismatch = test::ruleTableMismatch(*rules, rows); !mismatch.isEmpty())
            return mismatch;
    if (m_window.dnsTable()->model()->rowCount() != int(deriveDnsRecords(plan).size()))
        return QStringLiteral("the DNS panel has %1 rows, the plan %2")
            .arg(m_window.dnsTable()->model()->rowCount()).arg(deriveDnsRecords(plan).size());
    if (m_window.certificateTable()->model()->rowCount() != int(deriveCertificates(plan).size()))
        return QStringLiteral("the certificate panel has %1 rows, the plan %2")
            .arg(m_window.certificateTable()->model()->rowCount()).arg(deriveCertificates(plan).size());
    if (auto* problems = m_window.findChild<ProblemsDock*>(); problems &&
        problems->model()->rowCount() != int(document()->findings().size()))
        return QStringLiteral("the problems panel has %1 rows, the plan %2 findings")
            .arg(problems->model()->rowCount()).arg(document()->findings().size());

    // The presenter plays a flow of this plan.
    if (PresenterView* presenter = m_window.presenter()) {
        if (presenter->currentStep() >= presenter->stepCount())
            return QStringLiteral("the presenter is at step %1 of %2").arg(presenter->currentStep()).arg(presenter->stepCount());
        if (const LinkId link = presenter->highlightedLink(); link.isValid() && !plan.link(link))
            return QStringLiteral("the presenter highlights link %1, which the plan lacks").arg(link.value);
        for (const ResolvedStep& step : presenter->resolvedFlow().steps)
            if (!step.isMissing() && !plan.link(step.binding.link))
                return QStringLiteral("the presenter's flow uses link %1, which the plan lacks").arg(step.binding.link.value);
        if (presenter->scene()->items().size() < scene()->items().size() / 2)
            return QStringLiteral("the presenter's scene has lost its items");
    }
    return {};
}

QString Monkey::checkUndoAll()
{
    QUndoStack* stack = document()->undoStack();
    const std::string now = bytes();
    const int index = stack->index();
    while (edit()->undoAction()->isEnabled())
        edit()->undoAction()->trigger();
    QCoreApplication::processEvents();
    if (stack->index() != 0)
        return QStringLiteral("undo stopped at step %1").arg(stack->index());
    if (bytes() != m_opening)
        return QStringLiteral("undo all the way back does not give the opening plan");
    if (const QString problem = check(); !problem.isEmpty())
        return QStringLiteral("after undo all: ") + problem;
    while (stack->index() < index && edit()->redoAction()->isEnabled())
        edit()->redoAction()->trigger();
    QCoreApplication::processEvents();
    if (stack->index() != index)
        return QStringLiteral("redo stopped at step %1 of %2").arg(stack->index()).arg(index);
    if (bytes() != now)
        return QStringLiteral("redo all the way does not give the plan again");
    if (const QString problem = check(); !problem.isEmpty())
        return QStringLiteral("after redo all: ") + problem;
    return {};
}

constexpr int kUndoAllEvery = 250;
constexpr int kThoroughEvery = 5;

// Runs the actions on a fresh window; the first problem, with the number of
// the action after which it showed, or empty.
QString runActions(const std::vector<Action>& actions, const char* sample)
{
    Monkey monkey(sample);
    if (const QString problem = monkey.check(); !problem.isEmpty())
        return QStringLiteral("before any action: ") + problem;
    for (size_t i = 0; i < actions.size(); ++i) {
        monkey.perform(actions[i]);
        QString problem = monkey.check((i + 1) % kThoroughEvery == 0);
        if (problem.isEmpty() && (i + 1) % kUndoAllEvery == 0)
            problem = monkey.checkUndoAll();
        if (!problem.isEmpty())
            return QStringLiteral("after action %1 (%2): %3").arg(i + 1).arg(actionText(actions[i]), problem);
    }
    if (const QString problem = monkey.checkUndoAll(); !problem.isEmpty())
        return QStringLiteral("at the end: ") + problem;
    return {};
}

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// The child's side: replays the actions the environment names.
int runChild()
{
    const QByteArray sample = qgetenv("EDGEPLAN_MONKEY_SAMPLE");
    QFile file(QString::fromLocal8Bit(qgetenv("EDGEPLAN_MONKEY_ACTIONS_FILE")));
    QString text = QString::fromUtf8(qgetenv("EDGEPLAN_MONKEY_ACTIONS"));
    // Or a seed's whole list: EDGEPLAN_MONKEY_SEED=3 with
    // EDGEPLAN_MONKEY_ACTIONS_PER_SEED.
    if (bool ok = false; text.isEmpty() && qEnvironmentVariableIntValue("EDGEPLAN_MONKEY_SEED", &ok) >= 0 && ok)
        text = actionsText(generateActions(quint32(qEnvironmentVariableIntValue("EDGEPLAN_MONKEY_SEED")),
                                           envNumber("EDGEPLAN_MONKEY_ACTIONS_PER_SEED", 2000)));
    if (!file.fileName().isEmpty()) {
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        text = QString::fromUtf8(file.readAll());
    }
    const QString problem = runActions(parseActions(text), sample.isEmpty() ? kSamples[0] : sample.constData());
    if (problem.isEmpty())
        return 0;
    std::fprintf(stderr, "MONKEY-FAILURE %s\n", qPrintable(problem));
    return 1;
}

struct ChildRun
{
    bool failed = false;
    QString output;
};

ChildRun runInChild(const std::vector<Action>& actions, const char* sample, const QString& folder)
{
    const QString path = folder + QStringLiteral("/actions.txt");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(actionsText(actions).toUtf8());
    file.close();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("EDGEPLAN_MONKEY_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("EDGEPLAN_MONKEY_SAMPLE"), QLatin1String(sample));
    environment.insert(QStringLiteral("EDGEPLAN_MONKEY_ACTIONS_FILE"), path);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and autosaves of the children stay in the test's folder.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), folder + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder + QStringLiteral("/runtime"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(-1))
        return {true, QStringLiteral("the child did not run: ") + child.errorString()};
    const QString output = QString::fromLocal8Bit(child.readAll());
    const bool failed = child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0;
    return {failed, output};
}

// The last line a failing child printed about its failure.
QString failureLine(const QString& output)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
        if (it->startsWith(QLatin1String("MONKEY-FAILURE ")))
            return it->mid(15);
    // A crash or a sanitizer: its own words, the lines that say what.
    QStringList tail;
    for (const QString& line : lines)
        if (line.contains(QLatin1String("ASSERT")) || line.contains(QLatin1String("Sanitizer")) ||
            line.contains(QLatin1String("runtime error")) || line.startsWith(QLatin1String("SUMMARY")) ||
            line.contains(QLatin1String("Received signal")))
            tail << line;
    for (auto it = lines.rbegin(); it != lines.rend() && tail.isEmpty(); ++it)
        if (!it->trimmed().isEmpty())
            tail << *it;
    return tail.join(QLatin1Char('\n'));
}

// What kind of failure a child's output tells of, without the numbers and
// the action it came after: a shorter list must fail the same way.
QString failureKind(const ChildRun& run)
{
    if (!run.failed)
        return {};
    const QString line = failureLine(run.output);
    if (!run.output.contains(QLatin1String("MONKEY-FAILURE ")))
        return QStringLiteral("crash");
    QString kind = line.mid(line.lastIndexOf(QLatin1String("): ")) + 1);
    kind.remove(QRegularExpression(QStringLiteral("[0-9]+")));
    return kind;
}

// Delta debugging (Zeller's ddmin): the shortest list found that still
// fails the same way, within a budget of child runs.
std::vector<Action> shorten(std::vector<Action> actions, const char* sample, const QString& folder,
                            const QString& kind, int budget = 160)
{
    size_t parts = 2;
    while (actions.size() >= 2 && budget > 0) {
        const size_t chunk = (actions.size() + parts - 1) / parts;
        bool reduced = false;
        for (size_t start = 0; start < actions.size() && budget > 0; start += chunk) {
            std::vector<Action> rest;
            rest.insert(rest.end(), actions.begin(), actions.begin() + long(start));
            rest.insert(rest.end(), actions.begin() + long(std::min(actions.size(), start + chunk)), actions.end());
            --budget;
            if (!rest.empty() && failureKind(runInChild(rest, sample, folder)) == kind) {
                actions = std::move(rest);
                parts = std::max<size_t>(parts - 1, 2);
                reduced = true;
                break;
            }
        }
        if (!reduced) {
            if (parts >= actions.size())
                break;
            parts = std::min(actions.size(), parts * 2);
        }
    }
    return actions;
}


} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsRoundTrip()
    {
        const std::vector<Action> actions = generateActions(7, 200);
        const std::vector<Action> parsed = parseActions(actionsText(actions));
        QCOMPARE(parsed.size(), actions.size());
        for (size_t i = 0; i < actions.size(); ++i)
            QCOMPARE(actionText(parsed[i]), actionText(actions[i]));
        // Every kind comes in a few thousand actions.
        std::set<Kind> kinds;
        for (const Action& action : generateActions(1, 3000))
            kinds.insert(action.kind);
        QCOMPARE(int(kinds.size()), int(Kind::Count));
    }

    // The finding that started this test: Select All, Delete, undo, on every sample.
    void selectAllDeleteUndo_data()
    {
        QTest::addColumn<QString>("sample");
        for (const char* sample : kSamples)
            QTest::newRow(sample) << QString::fromLatin1(sample);
    }

    void selectAllDeleteUndo()
    {
        QFETCH(QString, sample);
        const QByteArray name = sample.toLatin1();
        const QString problem = runActions({{Kind::SelectAll, 0, 0}, {Kind::Delete, 0, 0}, {Kind::Undo, 0, 0},
                                            {Kind::SelectOne, 3, 0}, {Kind::SelectAll, 0, 0},
                                            {Kind::Cut, 0, 0}, {Kind::Paste, 0, 0}, {Kind::Undo, 1, 0}},
                                           name.constData());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The checks see a view that disagrees with the model: a test of the test.
    void checkSeesAStaleView()
    {
        Monkey monkey(kSamples[0]);
        QVERIFY2(monkey.check().isEmpty(), qPrintable(monkey.check()));
        monkey.perform({Kind::SelectOne, 0, 0});
        QVERIFY(monkey.check().isEmpty());
        // An inspector that lost the selection the scene shows.
        monkey.window().inspector()->setSelection({}, {});
        QVERIFY(monkey.check().contains(QLatin1String("inspector")));
    }

    void seeds_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("sample");
        const int seeds = envNumber("EDGEPLAN_MONKEY_SEEDS", 3);
        for (int seed = 1; seed <= seeds; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << quint32(seed) << (seed - 1) % 3;
    }

    void seeds()
    {
        QFETCH(quint32, seed);
        QFETCH(int, sample);
        const int count = envNumber("EDGEPLAN_MONKEY_ACTIONS_PER_SEED", 2000);
        const std::vector<Action> actions = generateActions(seed, count);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const ChildRun run = runInChild(actions, kSamples[sample], folder.path());
        if (!run.failed)
            return;
        // Nothing after the failing action matters.
        std::vector<Action> failing = actions;
        const QRegularExpressionMatch after =
            QRegularExpression(QStringLiteral("after action ([0-9]+) ")).match(failureLine(run.output));
        if (after.hasMatch())
            failing.resize(std::min(failing.size(), size_t(after.captured(1).toULong())));
        const std::vector<Action> shortest = shorten(failing, kSamples[sample], folder.path(), failureKind(run));
        const ChildRun again = runInChild(shortest, kSamples[sample], folder.path());
        QFAIL(qPrintable(QStringLiteral("seed %1 on %2 fails: %3\nshortest action list (%4 actions) that fails:\n"
                                        "  EDGEPLAN_MONKEY_CHILD=1 EDGEPLAN_MONKEY_SAMPLE=%2 EDGEPLAN_MONKEY_ACTIONS='%5' %6\n"
                                        "which says: %7")
                             .arg(seed)
                             .arg(QLatin1String(kSamples[sample]), failureLine(run.output))
                             .arg(shortest.size())
                             .arg(actionsText(shortest), QCoreApplication::applicationFilePath(),
                                  failureLine(again.output))));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("EdgeplanMonkey"));
    app.setApplicationName(QStringLiteral("edgeplan-monkey"));
    QStandardPaths::setTestModeEnabled(true);
    // A seed, and the search for its shortest failing list, can outlast Qt
    // Test's five minutes a function under the sanitizers; CTest keeps its own limit.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    if (qEnvironmentVariableIsSet("EDGEPLAN_MONKEY_CHILD"))
        return runChild();
    TestMonkey test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_monkey.moc"
