// The whole-edge catalog (lync2013-edge) against the reference tables, and
// its two samples against the pages they come from. The expected rows are
// data written from the reference (tests/data/edge), not program output.
//
// Long because each reference table has its cases here, row by row, against
// one set of data files; split by table, the programs would repeat the
// loading and the comparisons.

#include "ModelSupport.h"

#include "catalog/CatalogReader.h"
#include "checks/Checks.h"
#include "export/TableExport.h"
#include "rules/RuleEngine.h"
#include "rules/TableView.h"

#include <QTest>

#include <map>
#include <set>

using namespace edgeplan;
using namespace edgeplan::test;
using nlohmann::json;

namespace {

std::shared_ptr<const Catalog> edgeCatalog()
{
    return registry().find("lync2013-edge");
}

std::unique_ptr<Topology> loadResource(const QString& path)
{
    auto result = loadProject(resourceBytes(path), registry());
    if (!result.topology)
        qFatal("%s does not load: %s", qPrintable(path),
               joinDiagnostics(result.diagnostics, "").c_str());
    return std::move(result.topology);
}

// The reference key of a row's rule ("E6"), or the rule id for the seed's rules.
std::string keyOf(const Rule& rule)
{
    return rule.reference.key.empty() ? rule.id : rule.reference.key;
}

// (key, transport, ports) -> count, per firewall id.
using Counts = std::map<std::string, std::map<std::tuple<std::string, std::string, std::string>, int>>;

Counts countRows(const Topology& topology, const RuleTables& tables)
{
    Counts counts;
    for (const FirewallTable& table : tables.firewalls)
        for (const TableRow& row : table.rows)
            ++counts[table.firewall->id][{keyOf(*row.binding.rule), transportName(row.binding.rule->transport),
                                          row.binding.ports.toString()}];
    (void)topology;
    return counts;
}

Counts expectedCounts(const json& expected)
{
    Counts counts;
    for (const auto& [firewall, rows] : expected.at("firewalls").items())
        for (const json& row : rows)
            counts[firewall][{row.at("key").get<std::string>(), row.at("transport").get<std::string>(),
                              row.at("ports").get<std::string>()}] += row.at("count").get<int>();
    return counts;
}

std::set<std::string> keys(const Topology& topology)
{
    std::set<std::string> result;
    for (const FirewallTable& table : deriveTables(topology).firewalls)
        for (const TableRow& row : table.rows)
            result.insert(table.firewall->id + ":" + keyOf(*row.binding.rule));
    return result;
}

ComponentId firstOfRole(const Topology& topology, const std::string& role)
{
    for (const auto& [id, c] : topology.components())
        if (c.role == role)
            return id;
    return {};
}

} // namespace

class TestEdgeCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The inspector offers an interface's NAT address, service FQDN and
    // listening port only where the catalog reads them: the edge's external
    // interfaces, never an internal interface or a client on the Internet.
    void interfaceFieldsFollowTheCatalog()
    {
        const auto catalog = edgeCatalog();
        auto fields = [&](const char* role, const char* interfaceId) {
            const RoleDef* def = catalog->role(role);
            if (!def || !def->interfaceDef(interfaceId))
                qFatal("no interface %s of %s", interfaceId, role);
            return catalog->interfaceFields(*def, *def->interfaceDef(interfaceId));
        };
        const auto access = fields("edge-server", "access-edge");
        QVERIFY(access.nat && access.serviceFqdn && access.listeningPort);
        const auto webconf = fields("edge-pool", "webconf-edge");
        QVERIFY(webconf.nat && webconf.serviceFqdn && webconf.listeningPort);
        const auto internal = fields("edge-server", "internal");
        QVERIFY(!internal.nat && !internal.listeningPort);
        for (const char* role : {"external-client", "sip-federation-partner", "public-im-provider", "xmpp-partner"}) {
            const auto outside = fields(role, "public");
            QVERIFY2(!outside.nat && !outside.serviceFqdn && !outside.listeningPort, role);
        }
        const auto frontEnd = fields("front-end-pool", "internal");
        QVERIFY(!frontEnd.nat && !frontEnd.listeningPort);
        // A catalog without the listening ports' rules offers none but the
        // SRV record's (the federation catalog's access edge).
        const auto federation = registry().find("lync2013-federation");
        const RoleDef& edge = *federation->role("edge-server");
        QVERIFY(federation->interfaceFields(edge, *edge.interfaceDef("access-edge")).listeningPort);
        if (const InterfaceDef* av = edge.interfaceDef("av-edge"))
            QVERIFY(!federation->interfaceFields(edge, *av).listeningPort);
    }

    void loadsAsBuiltIn()
    {
        const auto catalog = edgeCatalog();
        QVERIFY(catalog);
        QCOMPARE(catalog->variants.size(), size_t(3));
        QVERIFY(catalog->role("edge-pool") && catalog->role("edge-pool")->pool);
        for (const char* role : {"director", "reverse-proxy", "office-web-apps", "internal-client",
                                 "branch-appliance", "any-host", "front-end-server"})
            QVERIFY2(catalog->role(role), role);
    }

    // Every row E1-E17, I1-I11, I7b and R1-R5 of the reference is a rule,
    // with its transport, port and a page that lists it.
    void everyReferenceRowIsARule()
    {
        const auto catalog = edgeCatalog();
        const json reference = readJson(EDGEPLAN_TEST_DATA "/edge/reference-rows.json");
        int checked = 0;
        for (const json& row : reference.at("rows")) {
            const std::string key = row.at("key");
            if (row.contains("outOfScope"))
                continue;
            std::vector<const Rule*> rules;
            for (const Rule& rule : catalog->rules)
                if (rule.reference.key == key)
                    rules.push_back(&rule);
            QVERIFY2(rules.size() == 1, key.c_str());
            const Rule& rule = *rules.front();
            QCOMPARE(transportName(rule.transport), row.at("transport").get<std::string>());
            const auto ports = parsePortRange(row.at("ports").get<std::string>());
            QVERIFY2(ports && *ports == rule.ports, key.c_str());
            const auto pages = row.at("pages").get<std::vector<std::string>>();
            QVERIFY2(std::find(pages.begin(), pages.end(), rule.reference.document) != pages.end(),
                     (key + " cites " + rule.reference.document).c_str());
            QVERIFY2(rule.reference.row > 0, key.c_str());
            QVERIFY2(!rule.note.en.empty() && !rule.note.ja.empty(), key.c_str());
            ++checked;
        }
        QCOMPARE(checked, 34);
    }

    // The seed's ten rules are in the whole-edge catalog word for word, so
    // that a plan can move between the two.
    void containsTheSeedsRules()
    {
        const auto seed = registry().find("lync2013-federation");
        const auto edge = edgeCatalog();
        for (const Rule& rule : seed->rules) {
            const Rule* same = edge->rule(rule.id);
            QVERIFY2(same, rule.id.c_str());
            QCOMPARE(same->label.en, rule.label.en);
            QCOMPARE(same->label.ja, rule.label.ja);
            QCOMPARE(same->note.en, rule.note.en);
            QCOMPARE(same->note.ja, rule.note.ja);
            QCOMPARE(same->ports, rule.ports);
            QCOMPARE(same->reference.document, rule.reference.document);
            QCOMPARE(same->reference.row, rule.reference.row);
        }
        for (const RoleDef& role : seed->roles) {
            const RoleDef* same = edge->role(role.id);
            QVERIFY2(same, role.id.c_str());
            for (const InterfaceDef& iface : role.interfaces)
                QVERIFY2(same->interfaceDef(iface.id), (role.id + "/" + iface.id).c_str());
            for (const PropertyDef& property : role.properties)
                QVERIFY2(same->propertyDef(property.id), (role.id + "/" + property.id).c_str());
        }
    }

    void sampleMatchesItsPage_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Gg425891 single edge, NAT")
            << ":/samples/consolidated-edge-nat.edgeplan" << "consolidated-edge-nat.expected.json";
        QTest::newRow("Gg398739 scaled edge, HLB")
            << ":/samples/scaled-edge-hlb.edgeplan" << "scaled-edge-hlb.expected.json";
    }

    void sampleMatchesItsPage()
    {
        QFETCH(QString, sample);
        QFETCH(QString, expected);
        const auto topology = loadResource(sample);
        const json page = readJson(std::string(EDGEPLAN_TEST_DATA "/edge/") + expected.toStdString());
        const Counts actual = countRows(*topology, deriveTables(*topology));
        const Counts wanted = expectedCounts(page);
        for (const auto& [firewall, rows] : wanted) {
            for (const auto& [row, count] : rows) {
                const auto& got = actual.count(firewall) ? actual.at(firewall) : decltype(rows){};
                const auto it = got.find(row);
                const int have = it == got.end() ? 0 : it->second;
                QVERIFY2(have == count, (firewall + " " + std::get<0>(row) + " " + std::get<2>(row) +
                                         ": " + std::to_string(have) + " rows, the page has " +
                                         std::to_string(count))
                                            .c_str());
            }
        }
        QCOMPARE(actual, wanted); // and no row the page lacks
    }

    // On the single-edge page the rows follow the page's order, in the
    // page's own words for each end.
    void natSampleRowsInPageOrder()
    {
        const auto topology = loadResource(":/samples/consolidated-edge-nat.edgeplan");
        const json page = readJson(EDGEPLAN_TEST_DATA "/edge/consolidated-edge-nat.expected.json");
        const RuleTables tables = deriveTables(*topology);
        for (const FirewallTable& table : tables.firewalls) {
            const json& rows = page.at("firewalls").at(table.firewall->id);
            QCOMPARE(table.rows.size(), rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                const Rule& rule = *table.rows[i].binding.rule;
                const std::string where = table.firewall->id + " row " + std::to_string(i + 1) + " " + keyOf(rule);
                QVERIFY2(keyOf(rule) == rows[i].at("key").get<std::string>(), where.c_str());
                // The seed's rules keep the seed page's (JJ618373) wording,
                // which differs from Gg425891's copy of the table in places.
                if (rule.reference.key.empty())
                    continue;
                QVERIFY2(rule.from.label.en == rows[i].at("from").get<std::string>(),
                         (where + ": " + rule.from.label.en).c_str());
                QVERIFY2(rule.to.label.en == rows[i].at("to").get<std::string>(),
                         (where + ": " + rule.to.label.en).c_str());
            }
        }
    }

    // Hardware load balancing adds the rows the HLB page has and the
    // single-edge page lacks: the internal VIP's outbound 443 (I7b) and the
    // XMPP outbound row of the external table (E2). NAT changes no row.
    void variantAndNatChangeThePagesRows()
    {
        auto topology = loadResource(":/samples/consolidated-edge-nat.edgeplan");
        const auto before = keys(*topology);
        topology->setVariant("scaled-hlb");
        const auto after = keys(*topology);
        std::set<std::string> added;
        std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                            std::inserter(added, added.end()));
        QCOMPARE(added, (std::set<std::string>{"external:E2", "internal:I7b"}));
        QVERIFY(std::includes(after.begin(), after.end(), before.begin(), before.end()));
        topology->setVariant("single");
        topology->setNat(false);
        QCOMPARE(keys(*topology), before);
    }

    // The inbound A/V range and UDP outbound appear only with an OCS 2007
    // partner, in a full derivation and through the incremental index.
    void ocs2007PartnerAddsTheMediaRows()
    {
        auto topology = loadResource(":/samples/consolidated-edge-nat.edgeplan");
        TableIndex index(*topology);
        const ComponentId partner = firstOfRole(*topology, "sip-federation-partner");
        QVERIFY(partner.isValid());
        QVERIFY(!keys(*topology).count("external:E12"));
        topology->setComponentProperty(partner, "serverVersion", "ocs2007");
        index.update({}, {partner});
        for (const char* key : {"external:E11", "external:E12", "external:E13"})
            QVERIFY2(keys(*topology).count(key), key);
        QCOMPARE(index.tables().firewalls[1].rows, deriveTables(*topology).firewalls[1].rows);
        topology->setComponentProperty(partner, "serverVersion", "ocs2007r2");
        index.update({}, {partner});
        QVERIFY(!keys(*topology).count("external:E12"));
        QCOMPARE(index.tables().firewalls[1].rows, deriveTables(*topology).firewalls[1].rows);
        // Removing the OCS 2007 partner takes its rows from every link.
        topology->setComponentProperty(partner, "serverVersion", "ocs2007");
        index.update({}, {partner});
        std::vector<LinkId> removed;
        for (const Link& l : topology->removeComponent(partner))
            removed.push_back(l.id);
        index.update(removed);
        QCOMPARE(index.tables().firewalls[1].rows, deriveTables(*topology).firewalls[1].rows);
    }

    // One shared external address: web conferencing listens on 444, and the
    // table says so.
    void listeningPortFollowsThePlan()
    {
        auto topology = loadResource(":/samples/consolidated-edge-nat.edgeplan");
        const ComponentId edge = firstOfRole(*topology, "edge-server");
        Component changed = *topology->component(edge);
        changed.interfaces["webconf-edge"].port = 444;
        topology->updateComponent(changed);
        bool found = false;
        const RuleTables tables = deriveTables(*topology);
        for (const TableRow& row : tables.firewalls[1].rows) {
            if (keyOf(*row.binding.rule) == "E9") {
                QCOMPARE(row.binding.ports.toString(), std::string("444"));
                found = true;
            }
            if (keyOf(*row.binding.rule) == "E16")
                QCOMPARE(row.binding.ports.toString(), std::string("443"));
        }
        QVERIFY(found);
        // The exports say the same: the moved port, and a NAT'd service as
        // its public address and the private one it is translated to.
        for (const bool merge : {false, true}) {
            const std::string csv = exportRulesCsv(*topology, {Lang::En, "external", merge});
            QVERIFY(csv.find("PSOM (TLS),TCP,444,") != std::string::npos);
            QVERIFY(csv.find("131.107.155.20 \u2192 10.45.16.20") != std::string::npos);
            QVERIFY(csv.find("PSOM (TLS),TCP,443,") == std::string::npos);
        }
        const std::string text = exportRulesText(*topology, {Lang::En, "external", false});
        QVERIFY(text.find("131.107.155.10 \u2192 10.45.16.10") != std::string::npos);
    }

    // A pool's per-node rows follow its members; VIP rows stay one.
    void poolRowsFollowMembers()
    {
        auto topology = loadResource(":/samples/scaled-edge-hlb.edgeplan");
        TableIndex index(*topology);
        const ComponentId pool = firstOfRole(*topology, "edge-pool");
        const auto members = topology->members(pool);
        QCOMPARE(members.size(), size_t(2));
        auto count = [&](const std::string& key) {
            int n = 0;
            for (const FirewallTable& table : deriveTables(*topology).firewalls)
                for (const TableRow& row : table.rows)
                    n += keyOf(*row.binding.rule) == key;
            return n;
        };
        QCOMPARE(count("E3"), 2);  // each node's Access Edge
        QCOMPARE(count("E6"), 1);  // the VIP
        QCOMPARE(count("E15"), 3); // the VIP and each node
        // Without hardware load balancing there is no VIP: every row per node.
        topology->setVariant("scaled-dns");
        QCOMPARE(count("E6"), 2);
        QCOMPARE(count("E15"), 2);
        topology->setVariant("scaled-hlb");
        index.rebuild();
        // A member leaves the pool: the index derives the pool's links again.
        Component leaving = *topology->component(members[1]);
        leaving.pool = {};
        topology->updateComponent(leaving);
        index.update({}, {pool, leaving.id});
        QCOMPARE(count("E3"), 1);
        QCOMPARE(index.tables().firewalls[1].rows, deriveTables(*topology).firewalls[1].rows);
        QCOMPARE(index.tables().firewalls[0].rows, deriveTables(*topology).firewalls[0].rows);
        // A pool with members cannot be removed on its own.
        QVERIFY_THROWS_EXCEPTION(EditError, topology->removeComponent(pool));
    }

    void poolMembershipIsChecked()
    {
        auto topology = loadResource(":/samples/scaled-edge-hlb.edgeplan");
        const ComponentId pool = firstOfRole(*topology, "edge-pool");
        const ComponentId partner = firstOfRole(*topology, "sip-federation-partner");
        QVERIFY(partner.isValid());
        try {
            topology->setComponentPool(partner, pool);
            QFAIL("a partner joined an edge pool");
        } catch (const EditError& e) {
            QCOMPARE(e.code(), std::string("pool.role"));
        }
        // A file naming a pool that does not exist says where.
        json doc = json::parse(resourceBytes(":/samples/scaled-edge-hlb.edgeplan"));
        for (json& c : doc["components"])
            if (c.contains("pool"))
                c["pool"] = 999;
        const auto result = loadProject(doc.dump(), registry());
        QVERIFY(!result.topology);
        const Diagnostic* d = findDiagnostic(result.diagnostics, "pool.missing");
        QVERIFY(d);
        QVERIFY(d->where.find("/pool") != std::string::npos);
    }

    // The seed's sample moves to the whole-edge catalog and back unchanged;
    // a plan with roles the seed lacks names them.
    void convertsBetweenCatalogs()
    {
        const auto seed = loadSample();
        std::vector<std::string> problems;
        const auto edge = convertTopology(*seed, edgeCatalog(), &problems);
        QVERIFY(edge);
        QCOMPARE(edge->catalog().id, std::string("lync2013-edge"));
        QCOMPARE(edge->components().size(), seed->components().size());
        QCOMPARE(edge->links().size(), seed->links().size());
        const auto back = convertTopology(*edge, registry().find("lync2013-federation"), &problems);
        QVERIFY(back);
        QVERIFY(*back == *seed);
        QCOMPARE(saveProject(*back), saveProject(*seed));

        const auto hlb = loadResource(":/samples/scaled-edge-hlb.edgeplan");
        QVERIFY(!convertTopology(*hlb, registry().find("lync2013-federation"), &problems));
        QVERIFY(std::any_of(problems.begin(), problems.end(),
                            [](const std::string& p) { return p.find("edge-pool") != std::string::npos; }));
    }

    // Project files keep the new fields.
    void newFieldsRoundTrip()
    {
        const auto topology = loadResource(":/samples/consolidated-edge-nat.edgeplan");
        QVERIFY(topology->nat());
        QCOMPARE(topology->variant(), std::string("single"));
        const ComponentId edge = firstOfRole(*topology, "edge-server");
        QCOMPARE(topology->component(edge)->interfaces.at("webconf-edge").fqdn,
                 std::string("webcon.contoso.com"));
        const auto again = loadProject(saveProject(*topology), registry());
        QVERIFY(again.topology);
        QVERIFY(*again.topology == *topology);
        const auto hlb = loadResource(":/samples/scaled-edge-hlb.edgeplan");
        const auto hlbAgain = loadProject(saveProject(*hlb), registry());
        QVERIFY(hlbAgain.topology && *hlbAgain.topology == *hlb);
    }

    // Each whole-edge check fires on a plan made for it and stays quiet on
    // both samples.
    void checks_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("code");
        const QString nat = ":/samples/consolidated-edge-nat.edgeplan";
        const QString hlb = ":/samples/scaled-edge-hlb.edgeplan";
        QTest::newRow("NAT under hardware load balancing") << nat << "variant-hlb" << "deployment.nat-forbidden";
        QTest::newRow("NAT flag under HLB") << hlb << "nat-on" << "deployment.nat-forbidden";
        QTest::newRow("NAT on the internal interface") << nat << "nat-internal" << "address.nat-internal";
        QTest::newRow("internal and external in one subnet") << nat << "same-subnet" << "address.same-subnet";
        QTest::newRow("NAT'd service without a public address") << nat << "drop-public" << "address.nat-missing";
        QTest::newRow("per-server rule on a pool VIP") << hlb << "empty-pool" << "pool.balanced-per-server";
        QTest::newRow("members run different services") << hlb << "member-without-av" << "pool.services-differ";
    }

    void checks()
    {
        QFETCH(QString, sample);
        QFETCH(QString, edit);
        QFETCH(QString, code);
        auto topology = loadResource(sample);
        auto has = [&](const Topology& t) {
            const auto findings = runChecks(t);
            return std::any_of(findings.begin(), findings.end(),
                               [&](const Finding& f) { return f.code == code.toStdString(); });
        };
        QVERIFY2(!has(*topology), "the sample itself has the finding");
        const ComponentId edge = firstOfRole(*topology, "edge-server");
        Component c = *topology->component(edge);
        if (edit == "variant-hlb") {
            topology->setVariant("scaled-hlb");
        } else if (edit == "nat-on") {
            topology->setNat(true);
        } else if (edit == "nat-internal") {
            c.interfaces["internal"].natAddress = "131.107.155.50";
            topology->updateComponent(c);
        } else if (edit == "same-subnet") {
            c.interfaces["internal"].address = "10.45.16.99";
            topology->updateComponent(c);
        } else if (edit == "drop-public") {
            c.interfaces["av-edge"].natAddress.clear();
            topology->updateComponent(c);
        } else if (edit == "empty-pool") {
            const ComponentId pool = firstOfRole(*topology, "edge-pool");
            for (ComponentId member : topology->members(pool))
                topology->setComponentPool(member, {});
        } else if (edit == "member-without-av") {
            c.interfaces.erase("av-edge");
            topology->updateComponent(c);
        }
        QVERIFY2(has(*topology), qPrintable(edit));
        // The finding speaks both languages.
        for (const Finding& f : runChecks(*topology))
            if (f.code == code.toStdString())
                QVERIFY(!f.message.en.empty() && !f.message.ja.empty() && f.message.en != f.message.ja);
    }

    void samplesHaveNoErrors()
    {
        for (const char* path : {":/samples/consolidated-edge-nat.edgeplan", ":/samples/scaled-edge-hlb.edgeplan"}) {
            const auto topology = loadResource(path);
            const auto findings = runChecks(*topology);
            QVERIFY2(!hasErrors(findings), findingsText(*topology, findings, Lang::En).c_str());
        }
    }

    void catalogFieldsAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("pool binding") << "/rules/0/to/pool" << "\"every\"" << "catalog.pool-binding";
        QTest::newRow("listen port") << "/rules/0/listenPort" << "\"up\"" << "catalog.listen-port";
        QTest::newRow("planHas role")
            << "/rules/0/planHas" << "{\"roles\": [\"nobody\"]}" << "catalog.unknown-role";
        QTest::newRow("pool member")
            << "/roles/0/pool" << "{\"members\": [\"ghost\"]}" << "catalog.unknown-role";
        QTest::newRow("host name in capitals") << "/roles/0/hostName" << "\"Edge\"" << "catalog.host-name";
        QTest::newRow("host name with a space") << "/roles/0/hostName" << "\"edge server\"" << "catalog.host-name";
        QTest::newRow("host name ending in a hyphen") << "/roles/0/hostName" << "\"edge-\"" << "catalog.host-name";
        QTest::newRow("host name too long") << "/roles/0/hostName" << "\"abcdefghijklmnopqrstu\""
                                            << "catalog.host-name";
    }

    // A new server is named as the samples name them, numbered on from the
    // first free number in the name's width; a client or partner after its
    // role; a copy of "edge01" beside it is edge02, of "Partner 2" Partner 3.
    void newComponentsAreNumbered()
    {
        auto topology = loadBundledSample("consolidated-edge-nat.edgeplan");
        const Catalog& catalog = topology->catalog();
        const RoleDef& edge = *catalog.role("edge-server");
        QCOMPARE(edge.hostName, std::string("edge"));
        QCOMPARE(topology->newComponentName(edge, "Edge Server"), std::string("edge02")); // edge01 is taken
        const ComponentId second = topology->addComponent("edge-server", "edge02", "perimeter", {0, 0});
        QCOMPARE(topology->newComponentName(edge, "Edge Server"), std::string("edge03"));
        topology->removeComponent(test::componentNamed(*topology, "edge01"));
        QCOMPARE(topology->newComponentName(edge, "Edge Server"), std::string("edge01")); // the first free
        QCOMPARE(topology->newComponentName(*catalog.role("front-end-pool"), "Front End pool"), std::string("fepool02"));
        QCOMPARE(topology->newComponentName(*catalog.role("director"), "Director"), std::string("dir02"));
        const RoleDef& partner = *catalog.role("sip-federation-partner");
        QVERIFY(partner.hostName.empty());
        QCOMPARE(topology->newComponentName(partner, "SIP federation partner"), std::string("SIP federation partner"));
        topology->addComponent("sip-federation-partner", "SIP federation partner", "external", {0, 0});
        QCOMPARE(topology->newComponentName(partner, "SIP federation partner"), std::string("SIP federation partner 2"));
        // Widths and names that are no host names.
        topology->setComponentName(second, "site001-edge09");
        QCOMPARE(topology->uniqueName("site001-edge09"), std::string("site001-edge01"));
        topology->addComponent("any-host", "2013", "external", {0, 0});
        QCOMPARE(topology->uniqueName("2013"), std::string("2013 2"));
        topology->addComponent("any-host", "Host 7", "external", {0, 0});
        QCOMPARE(topology->uniqueName("Host 7"), std::string("Host 7 2"));
        // Every built-in server role has a host name; no client or partner.
        for (const RoleDef& role : catalog.roles)
            QVERIFY2(role.hostName.empty() == (role.defaultZone == "external" || role.id == "internal-client"),
                     role.id.c_str());
    }

    void catalogFieldsAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        json doc = json::parse(catalogBytes());
        doc[json::json_pointer(field.toStdString())] = json::parse(value.toStdString());
        const auto result = loadCatalog(doc.dump());
        QVERIFY(!result.catalog);
        const Diagnostic* d = findDiagnostic(result.diagnostics, code.toStdString());
        QVERIFY2(d, qPrintable(QString::fromStdString(joinDiagnostics(result.diagnostics, ""))));
        QVERIFY(d->where.rfind(field.toStdString().substr(0, field.lastIndexOf('/')), 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestEdgeCatalog)
#include "tst_edgecatalog.moc"
