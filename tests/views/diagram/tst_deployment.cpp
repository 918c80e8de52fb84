// The deployment toolbar and Project menu: the variant, NAT and the catalog
// are undoable edits of the document, and the controls follow undo.

#include "diagram/DiagramScene.h"
#include "document/Clipboard.h"
#include "document/Document.h"
#include "panels/DeploymentBar.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace edgeplan;

namespace {

std::unique_ptr<Topology> loadResource(const QString& path)
{
    auto result = loadProject(test::resourceBytes(path), test::registry());
    if (!result.topology)
        qFatal("%s does not load", qPrintable(path));
    return std::move(result.topology);
}

bool hasFinding(const Document& document, const std::string& code)
{
    const auto& findings = document.findings();
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
}

bool hasRule(const Document& document, const std::string& key)
{
    for (const FirewallTable& table : document.tables().firewalls)
        for (const TableRow& row : table.rows)
            if (row.binding.rule->reference.key == key)
                return true;
    return false;
}

} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The architect's path: the NAT sample switched to hardware load
    // balancing gets the HLB page's rows and the checks object to NAT.
    void switchingToHardwareLoadBalancing()
    {
        Document document(loadResource(":/samples/consolidated-edge-nat.edgeplan"));
        DeploymentBar bar(&document, test::registry());
        QComboBox* combo = bar.variantCombo();
        QVERIFY(bar.variantComboAction()->isVisible());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("single"));
        QVERIFY(!hasFinding(document, "deployment.nat-forbidden"));
        QVERIFY(!hasRule(document, "I7b"));

        QSignalSpy rules(&document, &Document::rulesChanged);
        const int hlb = combo->findData(QStringLiteral("scaled-hlb"));
        QVERIFY(hlb > 0);
        combo->setCurrentIndex(hlb);
        Q_EMIT combo->activated(hlb);
        QCOMPARE(rules.count(), 1);
        QCOMPARE(document.topology().variant(), std::string("scaled-hlb"));
        QVERIFY(hasFinding(document, "deployment.nat-forbidden"));
        QVERIFY(hasRule(document, "I7b"));

        // NAT switched off, the edge's interfaces still carry NAT addresses:
        // the objection stays, and names the edge server.
        bar.natAction()->trigger();
        QVERIFY(!document.topology().nat());
        const ComponentId edge = test::componentNamed(document.topology(), "edge01");
        QVERIFY(std::any_of(document.findings().begin(), document.findings().end(), [&](const Finding& f) {
            return f.code == "deployment.nat-forbidden" &&
                   std::find(f.components.begin(), f.components.end(), edge) != f.components.end();
        }));

        document.undoStack()->undo();
        QVERIFY(document.topology().nat());
        QVERIFY(bar.natAction()->isChecked());
        document.undoStack()->undo();
        QCOMPARE(document.topology().variant(), std::string("single"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("single"));
        QVERIFY(!hasRule(document, "I7b"));
        QVERIFY(!hasFinding(document, "deployment.nat-forbidden"));
    }

    // Project > Catalog moves the seed's sample to the whole-edge catalog in
    // one undo step, keeping every component and link.
    void switchingCatalogs()
    {
        Document document(test::loadSample());
        DiagramScene scene(&document);
        DeploymentBar bar(&document, test::registry());
        QMenu project;
        bar.populate(&project);
        QVERIFY(!bar.variantComboAction()->isVisible()); // the seed has no variants
        const size_t components = document.topology().components().size();
        const size_t links = document.topology().links().size();
        QAction* edge = bar.catalogMenu()->findChild<QAction*>(QStringLiteral("catalog-lync2013-edge"));
        QVERIFY(edge);
        QVERIFY(!edge->isChecked());
        edge->trigger();
        QCOMPARE(document.catalog().id, std::string("lync2013-edge"));
        QCOMPARE(document.topology().components().size(), components);
        QCOMPARE(document.topology().links().size(), links);
        QVERIFY(edge->isChecked());
        QVERIFY(bar.variantComboAction()->isVisible());
        QCOMPARE(scene.items().isEmpty(), false);
        document.undoStack()->undo();
        QCOMPARE(document.catalog().id, std::string("lync2013-federation"));
        QVERIFY(*loadResource(":/samples/federation-edge.edgeplan") == document.topology());
    }

    // Deleting a pool deletes its members in the same step; undo brings
    // back the pool, its members and their membership.
    void deletingAPool()
    {
        Document document(loadResource(":/samples/scaled-edge-hlb.edgeplan"));
        DiagramScene scene(&document);
        ComponentId pool;
        for (const auto& [id, c] : document.topology().components())
            if (c.role == "edge-pool")
                pool = id;
        const auto members = document.topology().members(pool);
        QCOMPARE(members.size(), size_t(2));
        const auto before = document.topology();
        QVERIFY(document.removeItems({pool}, {}));
        QVERIFY(!document.topology().component(pool));
        for (ComponentId member : members)
            QVERIFY(!document.topology().component(member));
        document.undoStack()->undo();
        QVERIFY(document.topology() == before);
        QCOMPARE(document.topology().members(pool), members);
    }

    // Duplicating a pool duplicates its members, who join the copy.
    void duplicatingAPool()
    {
        Document document(loadResource(":/samples/scaled-edge-hlb.edgeplan"));
        Clipboard clipboard(&document);
        ComponentId pool;
        for (const auto& [id, c] : document.topology().components())
            if (c.role == "edge-pool")
                pool = id;
        const auto ids = clipboard.duplicate({pool});
        QCOMPARE(ids.size(), size_t(3));
        ComponentId copy;
        for (ComponentId id : ids)
            if (document.topology().component(id)->role == "edge-pool")
                copy = id;
        QVERIFY(copy.isValid() && copy != pool);
        QCOMPARE(document.topology().members(copy).size(), size_t(2));
        QCOMPARE(document.topology().members(pool).size(), size_t(2));
        document.undoStack()->undo();
        QVERIFY(!document.topology().component(copy));
    }
};

QTEST_MAIN(TestDeployment)
#include "tst_deployment.moc"
