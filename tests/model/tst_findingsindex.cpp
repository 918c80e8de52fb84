// The findings, DNS records and certificates kept edit by edit
// (checks/FindingsIndex, naming/NamingIndex): after every edit of a long
// random script on each sample and on generated plans, the kept findings
// equal runChecks of the plan as it is and the kept names its derivation,
// and an edit of one component checks and names again its neighbourhood,
// not the plan.

#include "checks/Checks.h"
#include "checks/FindingsIndex.h"
#include "naming/NamingIndex.h"
#include "plan/Generator.h"
#include "ModelSupport.h"

#include <QtTest>

#include <algorithm>

using namespace edgeplan;

namespace {

// A plan with its table index and kept findings, edited as the window's
// Document edits it: the model first, then the index, then the findings
// of what the index says changed.
class Kept
{
public:
    explicit Kept(std::unique_ptr<Topology> topology) : m_topology(std::move(topology)), m_index(*m_topology)
    {
        m_naming.rebuild(*m_topology);
        m_findings.rebuild(*m_topology, carriedRules(m_index), deriveDnsRecords(*m_topology),
                           deriveCertificates(*m_topology));
    }
    Topology& topology() { return *m_topology; }
    const FindingsIndex& findings() const { return m_findings; }
    const NamingIndex& naming() const { return m_naming; }

    void edited(std::vector<ComponentId> components, std::vector<LinkId> links)
    {
        m_naming.update(*m_topology, components);
        const auto changed = m_index.update(links, components);
        const CarriedRules rules = carriedRules(m_index);
        const auto records = deriveDnsRecords(*m_topology);
        const auto certificates = deriveCertificates(*m_topology);
        if (!changed) {
            m_findings.rebuild(*m_topology, rules, records, certificates);
            return;
        }
        links.insert(links.end(), changed->begin(), changed->end());
        m_findings.update(*m_topology, rules, records, certificates, components, links);
    }
    // The naming finds out for itself that NAT changed nothing of it.
    void rebuilt()
    {
        m_naming.update(*m_topology, {});
        m_index.rebuild();
        m_findings.rebuild(*m_topology, carriedRules(m_index), deriveDnsRecords(*m_topology),
                           deriveCertificates(*m_topology));
    }

private:
    std::unique_ptr<Topology> m_topology;
    TableIndex m_index;
    FindingsIndex m_findings;
    NamingIndex m_naming;
};

// One random edit of the kinds the window makes; false when the model
// refused it (nothing changed then). `what` says which, for a failure.
bool randomEdit(Kept& kept, SplitMix64& random, std::string& what)
{
    Topology& t = kept.topology();
    const Catalog& catalog = t.catalog();
    std::vector<ComponentId> ids;
    for (const auto& [id, c] : t.components())
        ids.push_back(id);
    if (ids.empty())
        return false;
    const ComponentId id = ids[random.below(ids.size())];
    const Component before = *t.component(id);
    const RoleDef& role = *catalog.role(before.role);
    const ComponentId other = ids[random.below(ids.size())];
    try {
        switch (random.below(12)) {
        case 0:
        case 1: {
            what = "rename " + before.name;
            Component c = before;
            c.name = before.name + "-" + std::to_string(random.below(1000));
            t.updateComponent(c);
            kept.edited({id}, {});
            return true;
        }
        case 2: {
            const Zone& zone = catalog.zones[random.below(catalog.zones.size())];
            what = "move " + before.name + " to " + zone.id;
            t.setComponentZone(id, zone.id);
            kept.edited({id}, {});
            return true;
        }
        case 3:
        case 4: {
            if (role.interfaces.empty())
                return false;
            const InterfaceDef& def = role.interfaces[random.below(role.interfaces.size())];
            // Private, public, none, or the address of another component.
            std::string address;
            switch (random.below(4)) {
            case 0:
                address = "10.9." + std::to_string(random.below(4)) + "." + std::to_string(1 + random.below(200));
                break;
            case 1:
                address = "203.0.113." + std::to_string(1 + random.below(200));
                break;
            case 2:
                break;
            default:
                for (const auto& [interfaceId, a] : t.component(other)->interfaces)
                    if (!a.address.empty())
                        address = a.address;
            }
            what = "address " + before.name + " " + def.id + " = " + address;
            t.setInterfaceAddress(id, def.id, address);
            if (random.below(3) == 0)
                t.setInterfaceNatAddress(id, def.id, random.below(2) ? "198.51.100.7" : "");
            kept.edited({id}, {});
            return true;
        }
        case 5: {
            const auto links = t.linksOf(id);
            if (links.empty())
                return false;
            const LinkId link = links[random.below(links.size())];
            what = "unlink " + before.name;
            t.removeLink(link);
            kept.edited({}, {link});
            return true;
        }
        case 6: {
            if (other == id || t.linkBetween(id, other).isValid())
                return false;
            what = "link " + before.name + " and " + t.component(other)->name;
            const Link link{t.nextLinkId(), id, other, {}};
            t.insertLink(link);
            kept.edited({}, {link.id});
            return true;
        }
        case 7: {
            if (!t.members(id).empty())
                return false;
            what = "remove " + before.name;
            std::vector<ComponentId> components{id};
            if (before.pool.isValid())
                components.push_back(before.pool);
            std::vector<LinkId> links;
            for (const Link& link : t.removeComponent(id))
                links.push_back(link.id);
            kept.edited(components, links);
            return true;
        }
        case 8: {
            // Into another pool of the catalog's choosing, or out of its own.
            const Component& target = *t.component(other);
            const RoleDef& targetRole = *catalog.role(target.role);
            const ComponentId pool = before.pool.isValid() && random.below(2) ? ComponentId{} : other;
            if (pool.isValid() && !targetRole.pool)
                return false;
            what = "pool of " + before.name;
            t.setComponentPool(id, pool);
            std::vector<ComponentId> components{id};
            if (before.pool.isValid())
                components.push_back(before.pool);
            if (pool.isValid())
                components.push_back(pool);
            kept.edited(components, {});
            return true;
        }
        case 9: {
            // A copy of the component beside it, linked to what it is linked to.
            Component copy = before;
            copy.id = t.nextComponentId();
            copy.name = before.name + " copy";
            copy.fqdn.clear();
            copy.pool = {};
            what = "copy " + before.name;
            t.insertComponent(copy);
            std::vector<LinkId> links;
            for (const LinkId linkId : t.linksOf(id)) {
                const Link& link = *t.link(linkId);
                const Link added{t.nextLinkId(), copy.id, link.a == id ? link.b : link.a, {}};
                t.insertLink(added);
                links.push_back(added.id);
            }
            kept.edited({copy.id}, links);
            return true;
        }
        case 10: {
            // A property: a pool's VIP, a SIP domain where the project
            // lists none, what a retirement or a plan condition reads.
            if (role.properties.empty())
                return false;
            const PropertyDef& def = role.properties[random.below(role.properties.size())];
            Component c = before;
            if (def.type == "choice" && !def.choices.empty())
                c.properties[def.id] = def.choices[random.below(def.choices.size())];
            else if (def.type == "bool")
                c.properties[def.id] = random.below(2) ? "true" : "false";
            else
                c.properties[def.id] = random.below(2) ? "" : "fabrikam" + std::to_string(random.below(3)) + ".com";
            what = "property " + def.id + " of " + before.name + " = " + c.properties[def.id];
            t.updateComponent(c);
            std::vector<ComponentId> components{id};
            if (before.pool.isValid())
                components.push_back(before.pool);
            kept.edited(components, {});
            return true;
        }
        default: {
            what = "fqdn of " + before.name;
            t.setComponentFqdn(id, random.below(2) ? "" : before.name + ".contoso.com");
            kept.edited({id}, {});
            return true;
        }
        }
    } catch (const EditError&) {
        return false;
    }
}

} // namespace

class TestFindingsIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptEqualsChecks_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("seed");
        for (const char* sample : {"federation-edge.edgeplan", "consolidated-edge-nat.edgeplan", "scaled-edge-hlb.edgeplan"})
            for (int seed = 1; seed <= 3; ++seed)
                QTest::addRow("%s, seed %d", sample, seed) << QString::fromLatin1(sample) << QString() << seed;
        // Without VIPs, an edge pool's records name each member: a member's
        // edit reaches the pool's records.
        for (int seed = 1; seed <= 2; ++seed)
            QTest::addRow("scaled-edge-hlb.edgeplan as scaled DNS, seed %d", seed)
                << QStringLiteral("scaled-edge-hlb.edgeplan") << QStringLiteral("scaled-dns") << seed;
        for (int seed = 1; seed <= 3; ++seed)
            QTest::addRow("generated, seed %d", seed) << QString() << QString() << seed;
    }

    // The class, not an instance: every kind of edit the window makes, in
    // random order, and the kept findings stay runChecks' after each.
    void keptEqualsChecks()
    {
        QFETCH(QString, plan);
        QFETCH(QString, variant);
        QFETCH(int, seed);
        std::unique_ptr<Topology> topology =
            plan.isEmpty() ? generatePlan(test::registry().find("lync2013-edge"), {3, 12, std::uint64_t(seed)})
                           : test::loadBundledSample(plan.toLatin1().constData());
        if (!variant.isEmpty())
            topology->setVariant(variant.toStdString());
        Kept kept(std::move(topology));
        QCOMPARE(kept.findings().findings(), runChecks(kept.topology()));
        SplitMix64 random(std::uint64_t(seed) * 7919);
        int edits = 0;
        for (int step = 0; step < 300; ++step) {
            std::string what;
            if (!randomEdit(kept, random, what))
                continue;
            ++edits;
            if (kept.naming().records() != deriveDnsRecords(kept.topology()) ||
                kept.naming().certificates() != deriveCertificates(kept.topology()))
                QFAIL(("step " + std::to_string(step) + " (" + what + "): the kept names differ").c_str());
            const std::vector<Finding> expected = runChecks(kept.topology());
            if (kept.findings().findings() != expected) {
                const std::string message = "step " + std::to_string(step) + " (" + what + "): " +
                                            std::to_string(kept.findings().findings().size()) + " kept, " +
                                            std::to_string(expected.size()) + " expected";
                QFAIL(message.c_str());
            }
            // Now and then NAT or the variant switched: everything again.
            // The variant decides whether an edge pool's records name its
            // VIP or each member (scaled DNS), whose edits reach the pool.
            if (step % 97 == 96) {
                kept.topology().setNat(!kept.topology().nat());
                const auto& variants = kept.topology().catalog().variants;
                if (!variants.empty())
                    kept.topology().setVariant(variants[random.below(variants.size())].id);
                kept.rebuilt();
                QCOMPARE(kept.findings().findings(), runChecks(kept.topology()));
            }
        }
        QVERIFY2(edits > 100, "the script made too few edits to say anything");
    }

    // A rename of one partner on a plan of many sites checks that partner,
    // the edge pool it federates with and the components at that pool's
    // other links, not every component.
    void editChecksItsNeighbourhood()
    {
        Kept kept(generatePlan(test::registry().find("lync2013-edge"), {20, 60, 1}));
        Topology& t = kept.topology();
        const size_t total = t.components().size();
        ComponentId partner;
        for (const auto& [id, c] : t.components())
            if (c.role.find("partner") != std::string::npos)
                partner = id;
        QVERIFY(partner.isValid());
        Component renamed = *t.component(partner);
        renamed.name += " renamed";
        t.updateComponent(renamed);
        kept.edited({partner}, {});
        QCOMPARE(kept.findings().findings(), runChecks(t));
        QCOMPARE(kept.naming().records(), deriveDnsRecords(t));
        QVERIFY2(kept.naming().lastDerived() <= 2,
                 qPrintable(QStringLiteral("%1 owners named again").arg(kept.naming().lastDerived())));
        const auto [components, links] = kept.findings().lastChecked();
        QVERIFY2(components < total / 4,
                 qPrintable(QStringLiteral("%1 of %2 components checked again").arg(components).arg(total)));
        QVERIFY(components >= 2);
        QVERIFY(links >= 1 && links < t.links().size() / 4);

        // An edge's rename names again that edge (its pool and members), not every edge.
        ComponentId edge;
        for (const auto& [id, c] : t.components())
            if (c.role == "edge-server" && !edge.isValid())
                edge = id;
        QVERIFY(edge.isValid());
        Component edgeRenamed = *t.component(edge);
        edgeRenamed.name += " renamed";
        t.updateComponent(edgeRenamed);
        kept.edited({edge}, {});
        QCOMPARE(kept.naming().records(), deriveDnsRecords(t));
        QCOMPARE(kept.naming().certificates(), deriveCertificates(t));
        const size_t edges = std::count_if(t.components().begin(), t.components().end(),
                                           [](const auto& entry) { return entry.second.role == "edge-server"; });
        QVERIFY2(kept.naming().lastDerived() >= 1 && kept.naming().lastDerived() < edges / 4,
                 qPrintable(QStringLiteral("%1 owners named again, of %2 edges")
                                .arg(kept.naming().lastDerived()).arg(edges)));
    }

    // The class of what a kept owner's records read besides the owner: a
    // member's name that is its pool's (a name of both roles), and a name
    // of a role the owner is not of, which falls back to the first owner of
    // that role. Neither is in the bundled catalog's records yet; a catalog
    // with one of each shows that the edit of the pool reaches them.
    void namesReadElsewhereFollow_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addRow("a member named as its pool") << QStringLiteral(
            R"({"id": "member-a", "location": "internal", "type": "A", "names": ["{name:edge-internal}"],
                "at": {"roles": ["edge-server"], "interface": "internal"}, "reason": {"en": "test", "ja": "テスト"},
                "reference": {"document": "test", "table": {"en": "test", "ja": "テスト"}, "row": 1}})");
        QTest::addRow("a front end named as the edge") << QStringLiteral(
            R"({"id": "fe-access", "location": "internal", "type": "A", "names": ["{name:access}"],
                "at": {"roles": ["front-end-pool"], "interface": "internal"}, "reason": {"en": "test", "ja": "テスト"},
                "reference": {"document": "test", "table": {"en": "test", "ja": "テスト"}, "row": 1}})");
    }
    void namesReadElsewhereFollow()
    {
        QFETCH(QString, record);
        nlohmann::json catalog = nlohmann::json::parse(test::resourceBytes(QStringLiteral(":/catalogs/lync2013-edge.json")));
        catalog["dns"].push_back(nlohmann::json::parse(record.toStdString()));
        const CatalogLoadResult loaded = loadCatalog(catalog.dump());
        QVERIFY2(loaded.catalog, joinDiagnostics(loaded.diagnostics, "").c_str());
        CatalogRegistry registry;
        registry.add(loaded.catalog);
        auto project = loadProject(test::resourceBytes(QStringLiteral(":/samples/scaled-edge-hlb.edgeplan")), registry);
        QVERIFY(project.topology);
        Kept kept(std::move(project.topology));
        Topology& t = kept.topology();
        const ComponentId pool = test::componentNamed(t, "edgepool01");
        QVERIFY(pool.isValid());
        const std::string id = nlohmann::json::parse(record.toStdString())["id"];
        const auto named = [&](const std::string& name) {
            return std::count_if(kept.naming().records().begin(), kept.naming().records().end(),
                                 [&](const DnsRecord& r) { return r.def->id == id && r.name == name; });
        };
        const std::string before = id == "member-a" ? "lsedge.contoso.net" : "sip.contoso.com";
        QVERIFY(named(before) > 0);

        Component edited = *t.component(pool);
        edited.fqdn = "pool2.contoso.net";
        edited.interfaces["access-edge"].fqdn = "sip2.contoso.com";
        t.updateComponent(edited);
        kept.edited({pool}, {});
        QCOMPARE(kept.naming().records(), deriveDnsRecords(t));
        QCOMPARE(named(before), 0);
        QVERIFY(named(id == "member-a" ? "pool2.contoso.net" : "sip2.contoso.com") > 0);
    }
};

QTEST_GUILESS_MAIN(TestFindingsIndex)
#include "tst_findingsindex.moc"
