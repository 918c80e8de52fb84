#pragma once

#include "plan/Topology.h" // first: moc cannot parse a leading <compare>
#include "checks/Checks.h"
#include "checks/FindingsIndex.h"
#include "naming/Naming.h"
#include "rules/RuleEngine.h"
#include "support/MetaTypes.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace edgeplan {

// What one edit did to the rule tables, as rulesChanged tells it.
struct RulesChange
{
    // Any row may differ (a scenario, the variant, the catalog, a new plan,
    // a rule that the plan's contents switch on or off): derive everything.
    bool all = false;
    // The links whose rows differ now (a row more or less, another port,
    // direction or firewall), in id order: their labels differ.
    std::vector<LinkId> links;
    // The components the edit changed, added or removed: rows that show
    // them may read differently (a name, an address) and sort elsewhere,
    // though their contents stay (a rename changes no rule).
    std::vector<ComponentId> components;
    // Of those, the ones whose addresses, FQDNs, zone, role, pool or
    // properties changed: what was verified of their links no longer holds.
    // A rename alone is not among them.
    std::vector<ComponentId> readdressed;
};

} // namespace edgeplan

Q_DECLARE_METATYPE(edgeplan::RulesChange)

namespace edgeplan {

// The editable plan on the Qt side: owns the model and its undo stack. Every
// edit is a QUndoCommand that changes the model through the apply* methods,
// which announce the change; views redraw from the model on those signals.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<Topology> topology, QObject* parent = nullptr);
    ~Document() override;

    const Topology& topology() const { return *m_topology; }
    const Catalog& catalog() const { return m_topology->catalog(); }
    QUndoStack* undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isModified() const { return !m_undoStack.isClean(); }
    // The design checks' findings on the plan as it is now, errors first.
    const std::vector<Finding>& findings() const { return m_checks.findings(); }
    // The firewall tables of the plan as it is now, kept current edit by
    // edit (TableIndex): reading them costs nothing after the first time.
    const RuleTables& tables() const { return m_tables->tables(); }
    // The DNS records and certificates of the plan as it is now, derived
    // once per edit that can change them (namesChanged), on the first call.
    const std::vector<DnsRecord>& dnsRecords() const;
    const std::vector<CertificateEntry>& certificates() const;
    // How often the DNS records were derived (tests, the bench).
    int namingDerivations() const { return m_namingDerivations; }
    void markSaved() { m_undoStack.setClean(); }
    // Differs from its file without an undo step to show for it (a restored
    // autosave, a version kept over one changed on disk).
    void markModified() { m_undoStack.resetClean(); }
    // A plan that must not be written back to its file (one of a newer
    // format version): it may be edited and saved as a new file.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Replaces the whole plan (open, new); clears the undo history.
    void resetTopology(std::unique_ptr<Topology> topology);

    // Edits, each one undo step. They return false (with a message in
    // `error` when given) when the model refuses the edit; nothing changes then.
    ComponentId addComponent(const std::string& role, const std::string& zone, Point position,
                             QString* error = nullptr);
    LinkId addLink(ComponentId a, ComponentId b, QString* error = nullptr);
    bool insertItems(const std::vector<Component>& components, const std::vector<Link>& links,
                     const QString& text, QString* error = nullptr);
    bool removeItems(const std::vector<ComponentId>& components, const std::vector<LinkId>& links);
    // A whole set of component changes as one step (move, inspector edit).
    bool changeComponents(const std::vector<Component>& after, const QString& text,
                          QString* error = nullptr);
    bool setScenarioEnabled(const std::string& scenarioId, bool enabled);
    bool setProjectName(const QString& name);
    // The author and the sign-off fields (customer, revision, change note)
    // as one undo step; false when nothing changes or the model refuses
    // them (its objection in `error`).
    bool setSignOff(const std::string& author, const SignOff& signOff, QString* error = nullptr);
    // The deployment variant ("" for none) and whether the edge sits behind NAT.
    bool setVariant(const std::string& variantId);
    bool setNat(bool nat);
    // The project's SIP domains and names, with the components whose own
    // names (FQDN, service FQDN) change along: one undo step. False, with the
    // model's objection in `error`, when it refuses any of them.
    bool setNaming(const ProjectNaming& naming, const std::vector<Component>& components,
                   QString* error = nullptr);
    // The same plan against another catalog, one undo step; false with the
    // components and links the catalog cannot hold in `error`.
    bool setCatalog(std::shared_ptr<const Catalog> catalog, QString* error = nullptr);
    // The whole plan replaced by `plan` (an import), as one undo step; false
    // when it is the same plan.
    bool replaceTopology(const Topology& plan, const QString& text);

Q_SIGNALS:
    void componentAdded(edgeplan::ComponentId id);
    void componentRemoved(edgeplan::ComponentId id);
    void componentChanged(edgeplan::ComponentId id);
    void linkAdded(edgeplan::LinkId id);
    void linkRemoved(edgeplan::LinkId id);
    void scenariosChanged();
    void projectChanged();
    // The rule tables may differ: any edit that touches roles, zones,
    // names, addresses, links or scenarios; `change` says which links' rows
    // differ. Not emitted for a move.
    void rulesChanged(const edgeplan::RulesChange& change);
    // What the DNS records and certificates are derived from may differ: a
    // component added, removed or changed other than by a move, its name or
    // FQDN, the project's SIP domains and names, a scenario, the variant.
    // dnsRecords() and certificates() are derived again on their next call.
    void namesChanged();
    void modelReset();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    // findings() differ from what they were before the last edit.
    void findingsChanged();
    void readOnlyChanged(bool readOnly);

private:
    friend class ItemsCommand;
    friend class ChangeComponentsCommand;
    friend class SetScenarioCommand;
    friend class SetVariantCommand;
    friend class SetNamingCommand;
    friend class ReplaceTopologyCommand;
    friend class SetProjectNameCommand;
    friend class SetSignOffCommand;
    // The edits themselves, reachable from the undo commands only: each
    // changes the model, brings the tables and findings up to date, then
    // announces what changed.
    void applyInsert(const std::vector<Component>& components, const std::vector<Link>& links);
    void applyRemove(const std::vector<ComponentId>& components, const std::vector<LinkId>& links);
    void applyComponents(const std::vector<Component>& values);
    void applyScenario(const std::string& scenarioId, bool enabled);
    void applyProjectName(const std::string& name);
    void applySignOff(const std::string& author, const SignOff& signOff);
    void applyVariant(const std::string& variantId, bool nat);
    void applyNaming(const ProjectNaming& naming, const std::vector<Component>& components);
    void applyTopology(const Topology& topology);

    void verifyInvariants() const;
    // Runs every check again, or those of the components and links an
    // edit touched (FindingsIndex::update), on the rules the index keeps and
    // on the DNS records and certificates the panels read too: one
    // derivation of each per edit. True when the findings differ.
    bool recheckAll();
    bool recheck(const std::vector<ComponentId>& components, const std::vector<LinkId>& links);
    // Every check when the index derived every link again, else recheck().
    bool recheck(const RulesChange& change, const std::vector<ComponentId>& components,
                 const std::vector<LinkId>& links);
    // A new plan in place: the checks run, and every listener hears of it.
    void announceReset();
    // The change of an update of the table index (nullopt: every link).
    RulesChange rulesChange(std::optional<std::vector<LinkId>> links,
                            std::vector<ComponentId> components) const;

    std::unique_ptr<Topology> m_topology;
    std::unique_ptr<TableIndex> m_tables; // after m_topology: it refers to it
    QUndoStack m_undoStack;
    QString m_filePath;
    FindingsIndex m_checks;
    NamingIndex m_naming;
    int m_namingDerivations = 0;
    bool m_readOnly = false;
};

} // namespace edgeplan
