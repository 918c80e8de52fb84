// Importing an existing deployment (model/TopologyImport, FederationImport,
// Import): the hand-written topologies and federation lists of
// tests/data/import against the plans and firewall rows expected of them,
// written by hand below; every kind of bad input refused with its place.
//
// Long because every imported file has its expected plan written by hand
// here, next to the others of its layout; the cases share the loaders and the
// row comparisons.

#include "ModelSupport.h"

#include "base/Messages.h"
#include "catalog/CatalogReader.h"
#include "checks/Checks.h"
#include "EdgeplanRun.h"
#include "import/FederationImport.h"
#include "import/Import.h"
#include "io/CsvReader.h"
#include "io/JsonReader.h"
#include "io/XmlTree.h"
#include "rules/RuleEngine.h"
#include "rules/TableView.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace edgeplan;
using namespace edgeplan::test;

namespace {

std::string dataFile(const char* name)
{
    QFile file(QStringLiteral(EDGEPLAN_TEST_DATA "/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    const QByteArray data = file.readAll();
    return std::string(data.constData(), size_t(data.size()));
}

// The report's English entries, without their places.
std::vector<std::string> reportText(const ImportResult& result)
{
    std::vector<std::string> lines;
    for (const Diagnostic& entry : result.report)
        lines.push_back(entry.message);
    return lines;
}

std::shared_ptr<const Catalog> edgeCatalog()
{
    return registry().find(kImportCatalogId);
}

std::unique_ptr<Topology> imported(const char* name)
{
    ImportResult result = importTopology(dataFile(name), edgeCatalog());
    if (!result.topology)
        qFatal("%s does not import: %s", name, joinDiagnostics(result.diagnostics, "").c_str());
    return std::move(result.topology);
}

// One line per component, in name order:
// "role name (fqdn) in POOL {property=value} interface=address>nat@fqdn:port".
std::vector<std::string> describe(const Topology& topology)
{
    std::vector<std::string> lines;
    for (const auto& [id, c] : topology.components()) {
        std::string line = c.role + " " + c.name;
        if (!c.fqdn.empty())
            line += " (" + c.fqdn + ")";
        if (c.pool.isValid())
            line += " in " + topology.component(c.pool)->name;
        for (const auto& [key, value] : c.properties)
            line += " {" + key + "=" + value + "}";
        for (const auto& [interfaceId, a] : c.interfaces) {
            line += " " + interfaceId + "=" + a.address;
            if (!a.natAddress.empty())
                line += ">" + a.natAddress;
            if (!a.fqdn.empty())
                line += "@" + a.fqdn;
            if (a.port != 0)
                line += ":" + std::to_string(a.port);
        }
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::set<std::string> links(const Topology& topology)
{
    std::set<std::string> result;
    for (const auto& [id, link] : topology.links()) {
        std::string a = topology.component(link.a)->name;
        std::string b = topology.component(link.b)->name;
        result.insert(std::min(a, b) + " -- " + std::max(a, b));
    }
    return result;
}

// The rows the derivation makes, one per rule and pair of components
// (before they are folded into one row per opening, which would show only
// the first rule of an opening), one string each:
// "firewall rule source[address] > destination[address] transport ports".
std::set<std::string> rows(const Topology& topology)
{
    std::set<std::string> result;
    std::vector<RowView> views;
    for (const FirewallTable& table : deriveTables(topology).firewalls)
        for (const TableRow& tableRow : table.rows)
            views.push_back(rowView(topology, *table.firewall, tableRow, Lang::En));
    for (const RowView& row : views)
        result.insert(row.firewallId + " " + row.ruleId + " " + row.source.component + "[" + row.source.addressCell +
                      "] > " + row.destination.component + "[" + row.destination.addressCell + "] " + row.transport +
                      " " + row.ports);
    return result;
}

void verifyRows(const Topology& topology, const std::vector<std::string>& present,
                const std::vector<std::string>& absent)
{
    const std::set<std::string> actual = rows(topology);
    for (const std::string& row : present)
        QVERIFY2(actual.count(row), ("missing row: " + row).c_str());
    for (const std::string& row : absent)
        QVERIFY2(!actual.count(row), ("unexpected row: " + row).c_str());
}

// The positions of the components do not overlap: items are about 150 wide
// and 90 high with their labels.
bool overlapFree(const Topology& topology)
{
    std::vector<Point> points;
    for (const auto& [id, c] : topology.components())
        points.push_back(c.position);
    for (size_t i = 0; i < points.size(); ++i)
        for (size_t j = i + 1; j < points.size(); ++j)
            if (std::abs(points[i].x - points[j].x) < 150 && std::abs(points[i].y - points[j].y) < 90)
                return false;
    return true;
}

std::vector<std::string> strings(const QStringList& list)
{
    std::vector<std::string> result;
    for (const QString& item : list)
        result.push_back(item.toStdString());
    return result;
}

// Whether the report has an entry whose English contains `text`.
bool reportHas(const ImportResult& result, const std::string& text)
{
    const std::vector<std::string> lines = reportText(result);
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

// The codes of the report's entries.
std::multiset<std::string> reportCodes(const ImportResult& result)
{
    std::multiset<std::string> codes;
    for (const Diagnostic& entry : result.report)
        codes.insert(entry.code);
    return codes;
}

// The group titles of the English report, in order ("Created (4)", ...).
std::vector<std::string> reportTitles(const ImportResult& result)
{
    std::vector<std::string> titles;
    for (const std::string& line : reportLines(result, Lang::En))
        if (line.rfind("  ", 0) != 0)
            titles.push_back(line);
    return titles;
}

// The hand-written files of tests/data/import/real that reproduce the
// structures of public topology files, and those the issue names that no
// public file had.
const char* const kRealFiles[] = {
    "real/f1-edge-pool-xmpp.tbxml",
    "real/f2-standard-sql-express.tbxml",
    "real/f3-published-template.xml",
    "real/f4-published-always-on.xml",
    "real/f5-lync2013-standard.tbxml",
    "real/f6-downloaded-original-new.tbxml",
    "real/f7-published-edge-pstn.xml",
    "real/f8-published-edge-no-pool-link.xml",
};

const std::vector<std::string> kSingleEdge = {
    "any-host Any",
    "edge-server edge01 (edge01.contoso.net) {sipDomain=contoso.com} access-edge=131.107.155.10@sip.contoso.com "
    "av-edge=131.107.155.30@av.contoso.com internal=172.25.33.10 webconf-edge=131.107.155.20@webcon.contoso.com",
    "front-end-pool fe01 (fe01.contoso.net) {cms=true} {xmppGateway=false} internal=10.0.0.21",
    "internal-client Internal clients",
};

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleEdge()
    {
        ImportResult result = importTopology(dataFile("single-edge.tbxml"), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const Topology& plan = *result.topology;
        QCOMPARE(describe(plan), kSingleEdge);
        QCOMPARE(links(plan), (std::set<std::string>{"Any -- edge01", "Internal clients -- edge01", "edge01 -- fe01"}));
        QCOMPARE(plan.enabledScenarios(), (std::set<std::string>{"edge", "sip-federation"}));
        QCOMPARE(plan.variant(), std::string("single"));
        QVERIFY(!plan.nat());
        QCOMPARE(plan.name(), std::string("Imported topology (東京)"));
        QCOMPARE(plan.naming().sipDomains.size(), size_t(2));
        QCOMPARE(plan.naming().sipDomains[0].name, std::string("contoso.com"));
        QCOMPARE(plan.naming().sipDomains[1].name, std::string("fabrikam.net"));
        verifyRows(plan,
                   {"external edge-ext-6 Any[Any] > edge01[131.107.155.10] TCP 443",
                    "external edge-ext-7 Any[Any] > edge01[131.107.155.10] TCP 5061",
                    "external edge-ext-9 Any[Any] > edge01[131.107.155.20] TCP 443",
                    "external edge-ext-16 Any[Any] > edge01[131.107.155.30] TCP 443",
                    "internal edge-int-4 fe01[10.0.0.21] > edge01[172.25.33.10] TCP 8057",
                    "internal edge-int-5 fe01[10.0.0.21] > edge01[172.25.33.10] TCP 5062",
                    "internal edge-int-3 edge01[172.25.33.10] > fe01[10.0.0.21] TCP 5061"},
                   {"internal edge-int-1 fe01[10.0.0.21] > edge01[172.25.33.10] TCP 23456",
                    "external edge-ext-2 edge01[131.107.155.10] > Any[Any] TCP 5269"});
        // The Mediation service and the SQL store are in the report, and the
        // Mediation service is a note on its pool.
        const auto has = [&](const std::string& text) {
            const std::vector<std::string> lines = reportText(result);
            return std::any_of(lines.begin(), lines.end(),
                               [&](const std::string& line) { return line.find(text) != std::string::npos; });
        };
        QVERIFY(has("kept as a note on fe01: the MediationServer service on fe01.contoso.net"));
        QVERIFY(has("not modelled: UserStore on 1 cluster: sql01.contoso.net"));
        QVERIFY(has("created the edge server edge01 (edge01.contoso.net)"));
        const Component* fe = plan.component(componentNamed(plan, "fe01"));
        QCOMPARE(fe->extraFields.at("notes"),
                 std::string("[\"MediationServer service on fe01.contoso.net (not modelled)\"]"));
        QVERIFY(overlapFree(plan));
        // The plan survives a save and a load.
        ProjectLoadResult again = loadProject(saveProject(plan), registry());
        QVERIFY(again.topology);
        QVERIFY(*again.topology == plan);
    }

    // The structures of public topology files, each in a file of its own
    // written by hand (tests/data/import/real): the plan, its links, rows and
    // report as the file says them, derived by hand.
    void realLayouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("components");
        QTest::addColumn<QStringList>("linked");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QStringList>("report");
        QTest::addColumn<QStringList>("titles");

        // Topology Builder, ServiceVersion 7: an edge pool of three behind
        // NAT on one external address each (client SIP on 5061, web
        // conferencing on 444), XMPP; stores on a SQL Server default
        // instance's GUID; machines without attributes; simple URLs.
        QTest::newRow("F1 tbxml edge pool")
            << "real/f1-edge-pool-xmpp.tbxml"
            << QStringList{
                   "any-host Any",
                   "edge-pool edgepool (edgepool.litwareinc.com) {sipDomain=litwareinc.com} "
                   "access-edge=@sip.litwareinc.com:5061 av-edge=@sip.litwareinc.com "
                   "webconf-edge=@sip.litwareinc.com:444",
                   "edge-server edge01 (edge01.litwareinc.com) in edgepool {sipDomain=litwareinc.com} "
                   "access-edge=10.20.0.11>198.51.100.11:5061 av-edge=10.20.0.11>198.51.100.11 "
                   "internal=172.16.10.11 webconf-edge=10.20.0.11>198.51.100.11:444",
                   "edge-server edge02 (edge02.litwareinc.com) in edgepool {sipDomain=litwareinc.com} "
                   "access-edge=10.20.0.12>198.51.100.12:5061 av-edge=10.20.0.12>198.51.100.12 "
                   "internal=172.16.10.12 webconf-edge=10.20.0.12>198.51.100.12:444",
                   "edge-server edge03 (edge03.litwareinc.com) in edgepool {sipDomain=litwareinc.com} "
                   "access-edge=10.20.0.13>198.51.100.13:5061 av-edge=10.20.0.13>198.51.100.13 "
                   "internal=172.16.10.13 webconf-edge=10.20.0.13>198.51.100.13:444",
                   "front-end-pool fepool (fepool.litwareinc.com) {cms=false} {xmppGateway=true}",
                   "front-end-server fe01 (fe01.litwareinc.com) in fepool",
                   "front-end-server fe02 (fe02.litwareinc.com) in fepool",
                   "front-end-server fe03 (fe03.litwareinc.com) in fepool",
                   "internal-client Internal clients",
                   "office-web-apps wac01 (wac01.litwareinc.com)",
               }
            << QStringList{"Any -- edgepool", "Internal clients -- edgepool", "edgepool -- fepool"}
            << QStringList{"external edge-ext-6 Any[Any] > edge01[198.51.100.11 → 10.20.0.11] TCP 5061",
                           "external edge-ext-7 Any[Any] > edge01[198.51.100.11 → 10.20.0.11] TCP 5061",
                           "external edge-ext-9 Any[Any] > edge02[198.51.100.12 → 10.20.0.12] TCP 444",
                           "external edge-ext-16 Any[Any] > edge03[198.51.100.13 → 10.20.0.13] TCP 443",
                           "external edge-ext-2 edge01[198.51.100.11 → 10.20.0.11] > Any[Any] TCP 5269",
                           "internal edge-int-4 fe02[Any] > edge01[172.16.10.11] TCP 8057",
                           "internal edge-int-3 edge02[172.16.10.12] > fepool[Any] TCP 5061",
                           "internal xmpp-3 fepool[Any] > edge03[172.16.10.13] TCP 23456"}
            << QStringList{"external edge-ext-6 Any[Any] > edge01[198.51.100.11 → 10.20.0.11] TCP 443",
                           "external edge-ext-9 Any[Any] > edge02[198.51.100.12 → 10.20.0.12] TCP 443"}
            << QStringList{
                   "created the edge pool edgepool (edgepool.litwareinc.com) of 3 edge servers: edge01, edge02, edge03",
                   "created the front-end pool fepool (fepool.litwareinc.com) of 3 front-end servers: fe01, fe02, fe03",
                   "created the Office Web Apps server wac01 (wac01.litwareinc.com)",
                   "kept as a note on fepool: the MediationServer service on fepool.litwareinc.com (not modelled)",
                   "not modelled: UserStore on 1 cluster: sql01.litwareinc.com (default SQL Server instance)",
                   "not modelled: ArchivingStore on 1 cluster: sql01.litwareinc.com (default SQL Server instance)",
                   "not modelled: FileStore on 2 clusters: files01.litwareinc.com, files02.litwareinc.com",
                   "the Access Edge service of edgepool.litwareinc.com listens on port 5061 instead of 443",
                   "the Web Conferencing Edge service of edgepool.litwareinc.com listens on port 444 instead of 443",
                   "the Meet simple URL https://meet.litwareinc.com gives the name meet.litwareinc.com",
                   "the Dialin simple URL https://dialin.litwareinc.com gives the name dialin.litwareinc.com",
                   "edgepool runs Skype for Business Server 2015 (ServiceVersion 7)",
                   "fepool runs Skype for Business Server 2015 (ServiceVersion 7)",
                   "no catalog for Skype for Business Server 2015 yet: its pools are drawn with the rules of "
                   "lync2013-edge",
                   "the front-end pool fepool has the XMPP gateway",
                   "the central site Lakeside",
                   "scenarios: edge, sip-federation, xmpp-federation",
                   "variant: scaled-dns",
                   "NAT: the public addresses are the ConfiguredIPAddress values",
               }
            << QStringList{"Created (5)", "Settings (12)", "Kept as notes on components (1)", "Not modelled (5)",
                           "Warnings (1)"};
        // Topology Builder, ServiceVersion 8: a Standard Edition server whose
        // machine has no Fqdn, with its SQL Server Express instance "rtc"
        // inside the cluster.
        QTest::newRow("F2 tbxml Standard Edition, SQL rtc")
            << "real/f2-standard-sql-express.tbxml"
            << QStringList{"front-end-pool nw-sfb01 (nw-sfb01.northwindtraders.com) {cms=false} {xmppGateway=true}"}
            << QStringList{} << QStringList{} << QStringList{}
            << QStringList{
                   "created the front-end pool nw-sfb01 (nw-sfb01.northwindtraders.com)",
                   "kept as a note on nw-sfb01: the UserStore service on nw-sfb01.northwindtraders.com\\rtc (not modelled)",
                   "kept as a note on nw-sfb01: the FileStore service on nw-sfb01.northwindtraders.com (not modelled)",
                   "kept as a note on nw-sfb01: the MediationServer service on nw-sfb01.northwindtraders.com (not "
                   "modelled)",
                   "kept as a note on nw-sfb01: the ApplicationStore service on nw-sfb01.northwindtraders.com\\rtc (not "
                   "modelled)",
                   "nw-sfb01 runs Skype for Business Server 2019 (ServiceVersion 8)",
                   "no catalog for Skype for Business Server 2019 yet: its pools are drawn with the rules of "
                   "lync2013-edge",
                   "the front-end pool nw-sfb01 has the XMPP gateway",
                   "the central site HQ",
                   "scenarios: none",
               }
            << QStringList{"Created (1)", "Settings (6)", "Kept as notes on components (4)", "Warnings (1)"};

        // A published topology template, ServiceVersion 8, without an XML
        // declaration: the SQL Server instance in the top-level
        // <SqlInstances>, stores InstalledOn <SqlInstanceId>, the Central
        // Management store, an unexpanded PowerShell variable in a share name.
        QTest::newRow("F3 published template")
            << "real/f3-published-template.xml"
            << QStringList{"front-end-pool sfb-se (sfb-se.adatum.com) {cms=true} {xmppGateway=false}"}
            << QStringList{} << QStringList{} << QStringList{}
            << QStringList{
                   "created the front-end pool sfb-se (sfb-se.adatum.com)",
                   "kept as a note on sfb-se: the UserStore service on sfb-se.adatum.com\\rtc (not modelled)",
                   "kept as a note on sfb-se: the FileStore service on sfb-se.adatum.com (not modelled)",
                   "kept as a note on sfb-se: the ApplicationStore service on sfb-se.adatum.com\\rtc (not modelled)",
                   "kept as a note on sfb-se: the CentralMgmtStore service on sfb-se.adatum.com\\rtc (not modelled)",
                   "sfb-se runs Skype for Business Server 2019 (ServiceVersion 8)",
                   "the central site Adatum-Lab",
               }
            << QStringList{"Created (1)", "Settings (3)", "Kept as notes on components (4)", "Warnings (1)"};

        // Published, ServiceVersion 7: an AlwaysOn back end on the default
        // instance (Name ""), machines without interfaces, a file store
        // whose cluster is the bare domain name, Office Web Apps the
        // conferencing service depends on.
        QTest::newRow("F4 published AlwaysOn")
            << "real/f4-published-always-on.xml"
            << QStringList{"front-end-pool poolfe (poolfe.corp.wingtiptoys.com) {cms=true} {xmppGateway=false}",
                           "office-web-apps owa01 (owa01.corp.wingtiptoys.com)"}
            << QStringList{} << QStringList{} << QStringList{}
            << QStringList{
                   "created the front-end pool poolfe (poolfe.corp.wingtiptoys.com)",
                   "created the Office Web Apps server owa01 (owa01.corp.wingtiptoys.com)",
                   "not modelled: the SQL Server instance sql01.corp.wingtiptoys.com is an AlwaysOn availability group "
                   "with the primary node sql01.corp.wingtiptoys.com",
                   "not modelled: UserStore on 1 cluster: sql01.corp.wingtiptoys.com (default SQL Server instance)",
                   "not modelled: ApplicationStore on 1 cluster: sql01.corp.wingtiptoys.com (default SQL Server "
                   "instance)",
                   "not modelled: CentralMgmtStore on 1 cluster: sql01.corp.wingtiptoys.com (default SQL Server "
                   "instance)",
                   "not modelled: FileStore on 1 cluster: corp.wingtiptoys.com",
                   "poolfe runs Skype for Business Server 2015 (ServiceVersion 7)",
                   "owa01 runs Skype for Business Server 2015 (ServiceVersion 7)",
                   "the central site Riverside (Seattle, WA, USA)",
               }
            << QStringList{"Created (2)", "Settings (4)", "Not modelled (5)", "Warnings (1)"};

        // Topology Builder, ServiceVersion 6 (Lync Server 2013): a located
        // site, a machine without Fqdn and without a PSTN interface, IM-only
        // conferencing, no simple URLs.
        QTest::newRow("F5 tbxml Lync Server 2013")
            << "real/f5-lync2013-standard.tbxml"
            << QStringList{"front-end-pool LYNC-SE01 (LYNC-SE01.fabrikam.com) {cms=false} {xmppGateway=false}"}
            << QStringList{} << QStringList{} << QStringList{}
            << QStringList{
                   "created the front-end pool LYNC-SE01 (LYNC-SE01.fabrikam.com)",
                   "kept as a note on LYNC-SE01: the UserStore service on LYNC-SE01.fabrikam.com\\rtc (not modelled)",
                   "LYNC-SE01 runs Lync Server 2013 (ServiceVersion 6)",
                   "the central site Harbor (Springfield, OR, USA)",
                   "scenarios: none",
               }
            << QStringList{"Created (1)", "Settings (3)", "Kept as notes on components (3)"};

        // Topology Builder as downloaded from a deployment: the published
        // topology in <OriginalTopology> (its site without SiteId), the new
        // one in <NewTopology>; ids that are no GUIDs ("1-1", "sql1-1rtc",
        // "1userservices1"); UpaSeparator both self-closed and not.
        QTest::newRow("F6 tbxml OriginalTopology and NewTopology")
            << "real/f6-downloaded-original-new.tbxml"
            << QStringList{"front-end-pool lyncse (lyncse.tailspintoys.corp) {cms=true} {xmppGateway=false}"}
            << QStringList{} << QStringList{} << QStringList{}
            << QStringList{
                   "created the front-end pool lyncse (lyncse.tailspintoys.corp)",
                   "kept as a note on lyncse: the UserStore service on lyncse.tailspintoys.corp\\rtc (not modelled)",
                   "kept as a note on lyncse: the CentralMgmtStore service on lyncse.tailspintoys.corp\\rtc (not "
                   "modelled)",
                   "the Dialin simple URL https://dialin.tailspintoys.corp gives the name dialin.tailspintoys.corp",
                   "lyncse runs Lync Server 2013 (ServiceVersion 6)",
                   "the central site Basement",
                   "the file also holds the topology as it was last published (<OriginalTopology>): the new one is "
                   "imported",
               }
            << QStringList{"Created (1)", "Settings (4)", "Kept as notes on components (4)", "Warnings (1)"};

        // Published, ServiceVersion 7, hand-edited: one edge whose addresses
        // are 0.0.0.0, the external one NAT'd to a ConfiguredIPAddress; A/V
        // TURN/TCP moved to 442; the pool's services depend on the edge; a
        // PSTN gateway.
        QTest::newRow("F7 published edge behind NAT, PSTN gateway")
            << "real/f7-published-edge-pstn.xml"
            << QStringList{
                   "any-host Any",
                   "edge-server edge (edge.treyresearch.net) {sipDomain=treyresearch.net} "
                   "access-edge=>203.0.113.10@sip.treyresearch.net:5061 av-edge=>203.0.113.10@sip.treyresearch.net:442 "
                   "webconf-edge=>203.0.113.10@sip.treyresearch.net:444",
                   "front-end-pool fe (fe.treyresearch.net) {cms=true} {xmppGateway=false}",
                   "internal-client Internal clients",
               }
            << QStringList{"Any -- edge", "Internal clients -- edge", "edge -- fe"}
            << QStringList{"external edge-ext-6 Any[Any] > edge[203.0.113.10 → Any] TCP 5061",
                           "external edge-ext-9 Any[Any] > edge[203.0.113.10 → Any] TCP 444",
                           "external edge-ext-16 Any[Any] > edge[203.0.113.10 → Any] TCP 442",
                           "external edge-ext-8 edge[203.0.113.10 → Any] > Any[Any] TCP 5061",
                           "internal edge-int-3 edge[Any] > fe[Any] TCP 5061",
                           "internal edge-int-8 fe[Any] > edge[Any] TCP 4443"}
            << QStringList{"external edge-ext-16 Any[Any] > edge[203.0.113.10 → Any] TCP 443",
                           "external edge-ext-6 Any[Any] > edge[203.0.113.10 → Any] TCP 443",
                           "external edge-ext-2 edge[203.0.113.10 → Any] > Any[Any] TCP 5269",
                           "internal xmpp-3 fe[Any] > edge[Any] TCP 23456"}
            << QStringList{
                   "created the edge server edge (edge.treyresearch.net)",
                   "created the front-end pool fe (fe.treyresearch.net)",
                   "kept as a note on fe: the MediationServer service on fe.treyresearch.net (not modelled)",
                   "not modelled: PstnGateway on 1 cluster: sbc1.treyresearch.net",
                   "the Access Edge service of edge.treyresearch.net listens on port 5061 instead of 443",
                   "the Web Conferencing Edge service of edge.treyresearch.net listens on port 444 instead of 443",
                   "the A/V Edge service of edge.treyresearch.net listens on port 442 instead of 443",
                   "the central site Thames (Oxford, Oxfordshire, UK)",
                   "scenarios: edge, sip-federation",
                   "variant: single",
                   "NAT: the public addresses are the ConfiguredIPAddress values",
                   "the edge edge listens on every address (0.0.0.0) behind NAT on access-edge, webconf-edge, "
                   "av-edge: the topology has its public address only, so give its private address in the "
                   "inspector",
               }
            << QStringList{"Created (4)", "Settings (9)", "Kept as notes on components (5)", "Not modelled (1)",
                           "Warnings (2)"};

        // As F7 without the gateway, and no dependency of the pool on the
        // edge: the edge's on its next hop alone links them.
        QTest::newRow("F8 published edge, no pool-to-edge dependency")
            << "real/f8-published-edge-no-pool-link.xml"
            << QStringList{
                   "any-host Any",
                   "edge-server edge (edge.proseware.com) {sipDomain=proseware.com} "
                   "access-edge=>203.0.113.20@sip.proseware.com:5061 av-edge=>203.0.113.20@sip.proseware.com:442 "
                   "webconf-edge=>203.0.113.20@sip.proseware.com:444",
                   "front-end-pool fe (fe.proseware.com) {cms=true} {xmppGateway=false}",
                   "internal-client Internal clients",
               }
            << QStringList{"Any -- edge", "Internal clients -- edge", "edge -- fe"}
            << QStringList{"external edge-ext-16 Any[Any] > edge[203.0.113.20 → Any] TCP 442",
                           "internal edge-int-2 fe[Any] > edge[Any] TCP 5061"}
            << QStringList{"external edge-ext-16 Any[Any] > edge[203.0.113.20 → Any] TCP 443"}
            << QStringList{
                   "created the edge server edge (edge.proseware.com)",
                   "the A/V Edge service of edge.proseware.com listens on port 442 instead of 443",
                   "edge runs Skype for Business Server 2015 (ServiceVersion 7)",
                   "the central site Corporate (Bellevue, WA, USA)",
               }
            << QStringList{"Created (4)", "Settings (9)", "Kept as notes on components (5)", "Warnings (2)"};
    }
    void realLayouts()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, components);
        QFETCH(QStringList, linked);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QFETCH(QStringList, report);
        QFETCH(QStringList, titles);
        ImportResult result = importTopology(dataFile(file.toUtf8().constData()), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const Topology& plan = *result.topology;
        QCOMPARE(describe(plan), strings(components));
        const std::vector<std::string> links_ = strings(linked);
        QCOMPARE(links(plan), (std::set<std::string>(links_.begin(), links_.end())));
        verifyRows(plan, strings(present), strings(absent));
        const std::vector<std::string> lines = reportText(result);
        for (const std::string& line : strings(report))
            QVERIFY2(std::find(lines.begin(), lines.end(), line) != lines.end(), ("not in the report: " + line).c_str());
        QCOMPARE(reportTitles(result), strings(titles));
        QVERIFY(overlapFree(plan));
        // One site: no component says which.
        for (const auto& [id, c] : plan.components())
            QVERIFY2(c.site.empty(), c.name.c_str());
        // The plan survives a save and a load.
        ProjectLoadResult again = loadProject(saveProject(plan), registry());
        QVERIFY(again.topology);
        QVERIFY(*again.topology == plan);
    }

    // A Topology Builder file and a published one as Windows writes them
    // too: UTF-8 with a byte-order mark and CRLF, UTF-16LE with one (the
    // declaration, where there is one, saying utf-16). Each makes the plan
    // and the report of its UTF-8 original.
    void realEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("original");
        QTest::newRow("tbxml UTF-8 BOM CRLF") << "real/f1-edge-pool-xmpp-utf8bom-crlf.tbxml"
                                              << "real/f1-edge-pool-xmpp.tbxml";
        QTest::newRow("tbxml UTF-16LE BOM CRLF") << "real/f1-edge-pool-xmpp-utf16-crlf.tbxml"
                                                 << "real/f1-edge-pool-xmpp.tbxml";
        QTest::newRow("published UTF-8 BOM CRLF") << "real/f7-published-edge-pstn-utf8bom-crlf.xml"
                                                  << "real/f7-published-edge-pstn.xml";
        QTest::newRow("published UTF-16LE BOM CRLF") << "real/f7-published-edge-pstn-utf16-crlf.xml"
                                                     << "real/f7-published-edge-pstn.xml";
    }
    void realEncodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, original);
        const std::string bytes = dataFile(file.toUtf8().constData());
        QVERIFY(bytes.size() > 2 && (bytes.compare(0, 3, "\xef\xbb\xbf") == 0 || bytes.compare(0, 2, "\xff\xfe") == 0));
        QCOMPARE(detectImportFormat(bytes), ImportFormat::Topology);
        ImportResult result = importTopology(bytes, edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        ImportResult expected = importTopology(dataFile(original.toUtf8().constData()), edgeCatalog());
        QVERIFY(expected.topology);
        QCOMPARE(describe(*result.topology), describe(*expected.topology));
        QVERIFY(*result.topology == *expected.topology);
        QCOMPARE(reportText(result), reportText(expected));
    }

    // Two central sites, each with its front end and edge, in both layouts:
    // each component says its site, each site a band of its own below the
    // last, in the file's order; each front end is linked to its own edge.
    void severalSites_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tbxml") << "real/several-sites.tbxml";
        QTest::newRow("published") << "real/several-sites.xml";
    }
    void severalSites()
    {
        QFETCH(QString, file);
        ImportResult result = importTopology(dataFile(file.toUtf8().constData()), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const Topology& plan = *result.topology;
        QCOMPARE(describe(plan),
                 (std::vector<std::string>{
                     "any-host Any",
                     "edge-server edgenorth (edgenorth.litwareinc.com) {sipDomain=litwareinc.com} "
                     "access-edge=198.51.100.10@sipnorth.litwareinc.com av-edge=198.51.100.10@sipnorth.litwareinc.com "
                     "internal=172.16.1.10 webconf-edge=198.51.100.10@sipnorth.litwareinc.com:444",
                     "edge-server edgesouth (edgesouth.litwareinc.com) {sipDomain=litwareinc.com} "
                     "access-edge=203.0.113.20@sipsouth.litwareinc.com av-edge=203.0.113.20@sipsouth.litwareinc.com "
                     "internal=172.16.2.10 webconf-edge=203.0.113.20@sipsouth.litwareinc.com:444",
                     "front-end-pool fenorth (fenorth.litwareinc.com) {cms=false} {xmppGateway=false} internal=10.1.0.10",
                     "front-end-pool fesouth (fesouth.litwareinc.com) {cms=false} {xmppGateway=false} internal=10.2.0.10",
                     "internal-client Internal clients",
                 }));
        QCOMPARE(links(plan), (std::set<std::string>{"Any -- edgenorth", "Any -- edgesouth",
                                                     "Internal clients -- edgenorth", "Internal clients -- edgesouth",
                                                     "edgenorth -- fenorth", "edgesouth -- fesouth"}));
        QCOMPARE(plan.name(), std::string("Imported topology (North, South)"));
        QCOMPARE(plan.variant(), std::string("single"));
        QVERIFY(!plan.nat());
        verifyRows(plan,
                   {"internal edge-int-3 edgenorth[172.16.1.10] > fenorth[10.1.0.10] TCP 5061",
                    "internal edge-int-3 edgesouth[172.16.2.10] > fesouth[10.2.0.10] TCP 5061",
                    "internal edge-int-4 fesouth[10.2.0.10] > edgesouth[172.16.2.10] TCP 8057",
                    "external edge-ext-9 Any[Any] > edgesouth[203.0.113.20] TCP 444",
                    "external edge-ext-6 Any[Any] > edgenorth[198.51.100.10] TCP 443"},
                   {"internal edge-int-3 edgenorth[172.16.1.10] > fesouth[10.2.0.10] TCP 5061",
                    "internal edge-int-4 fenorth[10.1.0.10] > edgesouth[172.16.2.10] TCP 8057"});
        const std::map<std::string, std::string> siteOf = {{"fenorth", "North"},   {"edgenorth", "North"},
                                                           {"fesouth", "South"},   {"edgesouth", "South"},
                                                           {"Any", ""},            {"Internal clients", ""}};
        double lowestNorth = -1e9;
        double highestSouth = 1e9;
        for (const auto& [id, c] : plan.components()) {
            QVERIFY2(siteOf.count(c.name), c.name.c_str());
            QCOMPARE(c.site, siteOf.at(c.name));
            if (c.site == "North")
                lowestNorth = std::max(lowestNorth, c.position.y);
            if (c.site == "South")
                highestSouth = std::min(highestSouth, c.position.y);
        }
        QVERIFY2(lowestNorth < highestSouth, (std::to_string(lowestNorth) + " " + std::to_string(highestSouth)).c_str());
        QVERIFY(overlapFree(plan));
        const std::vector<std::string> lines = reportText(result);
        for (const char* line : {"the central site North (Sapporo, JP)", "the central site South (Fukuoka, JP)",
                                 "created the edge server edgenorth (edgenorth.litwareinc.com)",
                                 "created the edge server edgesouth (edgesouth.litwareinc.com)",
                                 "kept as a note on fesouth: the UserStore service on fesouth.litwareinc.com\\rtc (not "
                                 "modelled)"})
            QVERIFY2(std::find(lines.begin(), lines.end(), line) != lines.end(), line);
        // The other layout says the same.
        ImportResult builder = importTopology(dataFile("real/several-sites.tbxml"), edgeCatalog());
        QVERIFY(builder.topology);
        QVERIFY(*builder.topology == plan);
        QCOMPARE(reportText(builder), lines);
    }

    // A branch site with a Survivable Branch Appliance (Registrar and
    // Mediation on one cluster of the branch), in both layouts: the branch
    // inside its central site (Topology Builder) or naming it (published).
    // The Mediation pool, the gateways, Persistent Chat, the trusted
    // application pool and the mirror are in the report, not in the plan.
    void branchSite_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("trusted"); // the trusted application pool's role name
        QTest::addColumn<QString>("container"); // what holds the branch site in the Topology Builder file
        QTest::newRow("tbxml BranchSites") << "real/branch-site.tbxml" << "ExternalServer" << "BranchSites";
        QTest::newRow("tbxml RemoteSites") << "real/branch-site.tbxml" << "ExternalServer" << "RemoteSites";
        QTest::newRow("published") << "real/branch-site.xml" << "TrustedApplicationPool" << "";
    }
    void branchSite()
    {
        QFETCH(QString, file);
        QFETCH(QString, trusted);
        QFETCH(QString, container);
        QString text = QString::fromStdString(dataFile(file.toUtf8().constData()));
        if (!container.isEmpty() && container != QLatin1String("BranchSites")) {
            QVERIFY(text.contains(QLatin1String("<BranchSites>")));
            text.replace(QLatin1String("BranchSites>"), container + QLatin1String(">"));
        }
        ImportResult result = importTopology(text.toStdString(), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const Topology& plan = *result.topology;
        QCOMPARE(describe(plan),
                 (std::vector<std::string>{
                     "any-host Any",
                     "branch-appliance sba01 (sba01.litwareinc.com) internal=10.50.0.10",
                     "edge-server edge01 (edge01.litwareinc.com) {sipDomain=litwareinc.com} "
                     "access-edge=198.51.100.40@sip.litwareinc.com av-edge=198.51.100.40@sip.litwareinc.com "
                     "internal=172.16.5.10 webconf-edge=198.51.100.40@sip.litwareinc.com:444",
                     "front-end-pool fepool (fepool.litwareinc.com) {cms=false} {xmppGateway=false}",
                     "front-end-server fe01 (fe01.litwareinc.com) in fepool internal=10.0.1.11",
                     "front-end-server fe02 (fe02.litwareinc.com) in fepool internal=10.0.1.12",
                     "internal-client Internal clients",
                 }));
        QCOMPARE(links(plan), (std::set<std::string>{"Any -- edge01", "Internal clients -- edge01", "edge01 -- fepool",
                                                     "edge01 -- sba01"}));
        QCOMPARE(plan.name(), std::string("Imported topology (Central)"));
        verifyRows(plan,
                   {"internal edge-int-5 sba01[10.50.0.10] > edge01[172.16.5.10] TCP 5062",
                    "internal edge-int-6 sba01[10.50.0.10] > edge01[172.16.5.10] UDP 3478",
                    "internal edge-int-4 fe02[10.0.1.12] > edge01[172.16.5.10] TCP 8057",
                    "external edge-ext-6 Any[Any] > edge01[198.51.100.40] TCP 443",
                    "external edge-ext-9 Any[Any] > edge01[198.51.100.40] TCP 444"},
                   {"external edge-ext-9 Any[Any] > edge01[198.51.100.40] TCP 443"});
        for (const auto& [id, c] : plan.components()) {
            const std::string site = c.name == "sba01"                            ? "Harbor Branch"
                                     : c.name == "Any" || c.name == "Internal clients" ? ""
                                                                                       : "Central";
            QCOMPARE(c.site, site);
        }
        QVERIFY(overlapFree(plan));
        const std::vector<std::string> lines = reportText(result);
        const std::vector<std::string> expected = {
            "created the branch appliance sba01 (sba01.litwareinc.com)",
            "not modelled: MediationServer on 1 cluster: med.litwareinc.com",
            "not modelled: PstnGateway on 2 clusters: gw1.litwareinc.com, gwbranch.litwareinc.com",
            "not modelled: PersistentChatServer on 1 cluster: pchat.litwareinc.com",
            "not modelled: PersistentChatStore on 1 cluster: sql01.litwareinc.com\\pchat",
            "not modelled: UserStore on 1 cluster: sql01.litwareinc.com\\rtc",
            "not modelled: " + trusted.toStdString() + " on 1 cluster: trusted.litwareinc.com",
            "not modelled: the SQL Server instance sql01.litwareinc.com\\rtc is mirrored (sql02.litwareinc.com)",
            "the central site Central",
            "the branch site Harbor Branch (Kobe, JP)",
            "sba01 runs Lync Server 2013 (ServiceVersion 6)",
        };
        for (const std::string& line : expected)
            QVERIFY2(std::find(lines.begin(), lines.end(), line) != lines.end(), line.c_str());
        QCOMPARE(reportTitles(result), (std::vector<std::string>{"Created (5)", "Settings (8)", "Not modelled (7)"}));
    }

    // A reference the plan does not need, to a cluster, SQL Server instance
    // or service the file lacks, is a warning, in both layouts: the plan is
    // the one without it.
    void unmodelledReferences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("tbxml store on no SQL Server instance")
            << "real/f1-edge-pool-xmpp.tbxml"
            << "RoleName=\"UserStore\" RoleVersion=\"1\" InstalledOn=\"7a10c001-1111-4000-8000-0000000000d1\""
            << "RoleName=\"UserStore\" RoleVersion=\"1\" InstalledOn=\"7a10c001-1111-4000-8000-0000000000ee\""
            << "import.missing-cluster-skipped"
            << "the UserStore service is installed on 7a10c001-1111-4000-8000-0000000000ee, which is not a cluster "
               "of the topology: it is left out";
        QTest::newRow("tbxml pool depending on no service")
            << "real/f1-edge-pool-xmpp.tbxml"
            << "<Dependency ServiceUniqueId=\"7a10c001-1111-4000-8000-000000000105\" Usage=\"Default\" />"
            << "<Dependency ServiceUniqueId=\"7a10c001-1111-4000-8000-0000000001ff\" Usage=\"Default\" />"
            << "import.missing-service-skipped"
            << "the Registrar service depends on 7a10c001-1111-4000-8000-0000000001ff, which is not a service of the "
               "topology: no link is drawn for it";
        QTest::newRow("published store on no cluster")
            << "real/f7-published-edge-pstn.xml"
            << "<ServiceId SiteId=\"1\" RoleName=\"CentralMgmtStore\" Instance=\"1\" />\n      <DependsOn />\n"
               "      <InstalledOn>\n        <SqlInstanceId Name=\"rtc\">\n          <ClusterId SiteId=\"1\" "
               "Number=\"1\" />"
            << "<ServiceId SiteId=\"1\" RoleName=\"CentralMgmtStore\" Instance=\"1\" />\n      <DependsOn />\n"
               "      <InstalledOn>\n        <SqlInstanceId Name=\"rtc\">\n          <ClusterId SiteId=\"1\" "
               "Number=\"9\" />"
            << "import.missing-cluster-skipped"
            << "the CentralMgmtStore service is installed on site 1, cluster 9, which is not a cluster of the topology: "
               "it is left out";
        QTest::newRow("published SQL Server instance on no cluster")
            << "real/f4-published-always-on.xml"
            << "<SqlInstanceId Name=\"\">\n        <ClusterId SiteId=\"1\" Number=\"2\" />\n      </SqlInstanceId>\n"
               "    </SqlInstance>"
            << "<SqlInstanceId Name=\"\">\n        <ClusterId SiteId=\"1\" Number=\"8\" />\n      </SqlInstanceId>\n"
               "    </SqlInstance>"
            << "import.sql-no-cluster"
            << "the SQL Server instance  stands on a cluster the topology lacks";
        QTest::newRow("published pool depending on no service")
            << "real/f7-published-edge-pstn.xml"
            << "<ServiceId SiteId=\"1\" RoleName=\"UserServices\" Instance=\"1\" />\n        </Dependency>\n"
               "        <Dependency Usage=\"Default\">\n          <ServiceId SiteId=\"1\" RoleName=\"EdgeServer\""
            << "<ServiceId SiteId=\"1\" RoleName=\"UserServices\" Instance=\"1\" />\n        </Dependency>\n"
               "        <Dependency Usage=\"Default\">\n          <ServiceId SiteId=\"1\" RoleName=\"WacService\""
            << "import.missing-service-skipped"
            << "the ConfServices service depends on 1-WacService-1, which is not a service of the topology: no link is "
               "drawn for it";
    }
    void unmodelledReferences()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const std::string original = dataFile(file.toUtf8().constData());
        std::string bytes = original;
        const size_t at = bytes.find(from.toStdString());
        QVERIFY2(at != std::string::npos, qPrintable(from));
        bytes.replace(at, size_t(from.toUtf8().size()), to.toStdString());
        ImportResult result = importTopology(bytes, edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const auto entry = std::find_if(result.report.begin(), result.report.end(),
                                        [&](const Diagnostic& d) { return d.code == code.toStdString(); });
        QVERIFY2(entry != result.report.end(), qPrintable(code));
        QCOMPARE(QString::fromStdString(entry->message), message);
        QVERIFY(!entry->where.empty());
        QCOMPARE(reportGroup(*entry), ReportGroup::Warnings);
        QVERIFY2(hasTranslatedMessage(*entry), entry->code.c_str());
        QCOMPARE(describe(*result.topology), describe(*imported(file.toUtf8().constData())));
    }

    // Elements and attributes of a namespace the importer does not know are
    // set aside, one warning per name, whatever their local name: the
    // inventory's <x:Machine> is no machine of the cluster.
    void foreignNamespaces()
    {
        ImportResult result = importTopology(dataFile("real/foreign-namespaces.tbxml"), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(describe(*result.topology),
                 (std::vector<std::string>{
                     "front-end-pool se01 (se01.litwareinc.com) {cms=false} {xmppGateway=false} internal=10.0.0.5"}));
        const std::vector<std::string> lines = reportText(result);
        for (const char* line :
             {"set aside 1 <Asset> element of the namespace urn:example:inventory, which this importer does not know",
              "set aside 1 <Machine> element of the namespace urn:example:inventory, which this importer does not know",
              "set aside 2 owner attributes of the namespace urn:example:inventory, which this importer does not know",
              "created the front-end pool se01 (se01.litwareinc.com)"})
            QVERIFY2(std::find(lines.begin(), lines.end(), line) != lines.end(), line);
        const std::multiset<std::string> codes = reportCodes(result);
        QCOMPARE(codes.count("import.foreign-element"), size_t(2));
        QCOMPARE(codes.count("import.foreign-attribute"), size_t(1));
        QVERIFY(!reportHas(result, "spare01"));
        for (const Diagnostic& entry : result.report)
            if (entry.code.rfind("import.foreign-", 0) == 0)
                QCOMPARE(reportGroup(entry), ReportGroup::Warnings);
    }

    // Office Web Apps added by a name of one label: imported, and the
    // warning names the component.
    void singleLabelName()
    {
        ImportResult result = importTopology(dataFile("real/single-label-wac.xml"), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(describe(*result.topology),
                 (std::vector<std::string>{
                     "front-end-pool se01 (se01.litwareinc.com) {cms=false} {xmppGateway=false} internal=10.0.0.5",
                     "office-web-apps LAB-WAC1 (LAB-WAC1) internal=10.0.0.60"}));
        std::vector<const Diagnostic*> single;
        for (const Diagnostic& entry : result.report)
            if (entry.code == "import.single-label")
                single.push_back(&entry);
        QCOMPARE(single.size(), size_t(1));
        QCOMPARE(single.front()->message,
                 std::string("the Office Web Apps Server LAB-WAC1 is named LAB-WAC1, a name of one label: its DNS "
                             "records and certificates need the full name"));
        QCOMPARE(single.front()->args.at(0), std::string("LAB-WAC1"));
        QCOMPARE(reportGroup(*single.front()), ReportGroup::Warnings);
        QVERIFY(hasTranslatedMessage(*single.front()));
        QVERIFY(reportHas(result, "created the Office Web Apps server LAB-WAC1 (LAB-WAC1)"));
    }

    // The product by ServiceVersion: 6 Lync Server 2013, drawn with its own
    // rules; 7 and 8 Skype for Business Server 2015 and 2019, drawn with
    // Lync Server 2013's for now; any other number unknown, none not given.
    void versions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("serviceVersion"); // what replaces every ServiceVersion="N"; "-" drops them
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("fallback"); // import.catalog-fallback expected
        QTest::newRow("6") << "real/f5-lync2013-standard.tbxml" << "" << "LYNC-SE01 runs Lync Server 2013 (ServiceVersion 6)"
                           << "import.version" << false;
        QTest::newRow("7 tbxml") << "real/f1-edge-pool-xmpp.tbxml" << ""
                                 << "edgepool runs Skype for Business Server 2015 (ServiceVersion 7)" << "import.version"
                                 << true;
        QTest::newRow("7 published") << "real/f8-published-edge-no-pool-link.xml" << ""
                                     << "fe runs Skype for Business Server 2015 (ServiceVersion 7)" << "import.version"
                                     << true;
        QTest::newRow("8") << "real/f3-published-template.xml" << ""
                           << "sfb-se runs Skype for Business Server 2019 (ServiceVersion 8)" << "import.version" << true;
        QTest::newRow("5") << "real/f5-lync2013-standard.tbxml" << "5"
                           << "LYNC-SE01 has ServiceVersion 5, which this importer does not know: its product is "
                              "unknown, and it is drawn with the Lync Server 2013 rules"
                           << "import.version-unknown" << false;
        QTest::newRow("9") << "real/f7-published-edge-pstn.xml" << "9"
                           << "edge has ServiceVersion 9, which this importer does not know: its product is unknown, "
                              "and it is drawn with the Lync Server 2013 rules"
                           << "import.version-unknown" << false;
        QTest::newRow("none") << "real/f6-downloaded-original-new.tbxml" << "-"
                              << "the version of lyncse is not given: it is drawn with the Lync Server 2013 rules"
                              << "import.version-none" << false;
    }
    void versions()
    {
        QFETCH(QString, file);
        QFETCH(QString, serviceVersion);
        QFETCH(QString, line);
        QFETCH(QString, code);
        QFETCH(bool, fallback);
        QString text = QString::fromStdString(dataFile(file.toUtf8().constData()));
        if (serviceVersion == QLatin1String("-"))
            text.replace(QRegularExpression(QStringLiteral(" ServiceVersion=\"\\d\"")), QString());
        else if (!serviceVersion.isEmpty())
            text.replace(QRegularExpression(QStringLiteral("ServiceVersion=\"\\d\"")),
                         QStringLiteral("ServiceVersion=\"%1\"").arg(serviceVersion));
        ImportResult result = importTopology(text.toStdString(), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const auto entry = std::find_if(result.report.begin(), result.report.end(),
                                        [&](const Diagnostic& d) { return d.message == line.toStdString(); });
        QVERIFY2(entry != result.report.end(), qPrintable(line));
        QCOMPARE(QString::fromStdString(entry->code), code);
        QCOMPARE(reportGroup(*entry), code == QLatin1String("import.version") ? ReportGroup::Settings
                                                                               : ReportGroup::Warnings);
        const std::multiset<std::string> codes = reportCodes(result);
        QCOMPARE(codes.count("import.catalog-fallback") == 1, fallback);
        // RoleVersion 1 and 2 say nothing of the product.
        QVERIFY(!reportHas(result, "RoleVersion"));
    }

    // Every report of every file here in both languages: the groups in
    // their order with their counts, each entry with a Japanese template.
    void reportGroups()
    {
        std::vector<std::string> files(std::begin(kRealFiles), std::end(kRealFiles));
        for (const char* more : {"real/several-sites.tbxml", "real/several-sites.xml", "real/branch-site.tbxml",
                                 "real/branch-site.xml", "real/foreign-namespaces.tbxml", "real/single-label-wac.xml",
                                 "real/f1-edge-pool-xmpp-utf16-crlf.tbxml"})
            files.push_back(more);
        for (const std::string& file : files) {
            ImportResult result = importTopology(dataFile(file.c_str()), edgeCatalog());
            QVERIFY2(result.topology, (file + ": " + joinDiagnostics(result.diagnostics, "")).c_str());
            for (const Diagnostic& entry : result.report)
                QVERIFY2(hasTranslatedMessage(entry), (file + ": " + entry.code).c_str());
            const std::vector<std::string> english = reportLines(result, Lang::En);
            const std::vector<std::string> japanese = reportLines(result, Lang::Ja);
            QCOMPARE(english.size(), japanese.size());
            size_t entries = 0;
            for (const std::string& title : reportTitles(result)) {
                const size_t open = title.rfind(" (");
                QVERIFY2(open != std::string::npos, title.c_str());
                entries += std::stoul(title.substr(open + 2));
            }
            QCOMPARE(entries, result.report.size());
            for (const std::string& line : japanese)
                QVERIFY2(line.rfind("  ", 0) == 0 || line.find("作成したもの") == 0 || line.find("プランの設定") == 0 ||
                             line.find("コンポーネントのメモとして残したもの") == 0 ||
                             line.find("モデル化していないもの") == 0 || line.find("警告") == 0,
                         (file + ": " + line).c_str());
        }
    }

    // The same deployment in the other layout makes the same plan, and says
    // the same in its report.
    // A topology is drawn with its product's catalog when the registry holds
    // one (here the whole-edge catalog's rules registered as sfb2015-edge),
    // else with lync2013-edge, and the report says which.
    void catalogOfTheProduct()
    {
        std::string bytes = dataFile("single-edge.xml");
        for (size_t at = bytes.find("ServiceVersion=\"6\""); at != std::string::npos;
             at = bytes.find("ServiceVersion=\"6\"", at))
            bytes.replace(at, 18, "ServiceVersion=\"7\"");
        nlohmann::json doc = nlohmann::json::parse(test::resourceBytes(QStringLiteral(":/catalogs/lync2013-edge.json")));
        doc["id"] = "sfb2015-edge";
        const CatalogLoadResult sfb = loadCatalog(doc.dump());
        QVERIFY2(sfb.catalog, joinDiagnostics(sfb.diagnostics, "").c_str());
        CatalogRegistry choices;
        choices.add(edgeCatalog());
        choices.add(sfb.catalog);

        const ImportResult chosen = importTopology(bytes, edgeCatalog(), &choices);
        QVERIFY2(chosen.topology, joinDiagnostics(chosen.diagnostics, "").c_str());
        QCOMPARE(chosen.topology->catalog().id, std::string("sfb2015-edge"));
        const auto lines = reportText(chosen);
        QVERIFY(std::count(lines.begin(), lines.end(),
                           "drawn with the catalog sfb2015-edge: the topology runs Skype for Business Server 2015 "
                           "(ServiceVersion 7)") == 1);
        QVERIFY(std::none_of(lines.begin(), lines.end(),
                             [](const std::string& line) { return line.find("no catalog for") != std::string::npos; }));
        // The same rows as with the Lync catalog: the copy has its rules.
        const ImportResult fallback = importTopology(bytes, edgeCatalog(), &test::registry());
        QVERIFY(fallback.topology);
        QCOMPARE(fallback.topology->catalog().id, std::string(kImportCatalogId));
        QCOMPARE(rows(*chosen.topology), rows(*fallback.topology));
        const auto fallbackLines = reportText(fallback);
        QVERIFY(std::count(fallbackLines.begin(), fallbackLines.end(),
                           "no catalog for Skype for Business Server 2015 yet: its pools are drawn with the rules of "
                           "lync2013-edge") == 1);
        // A Lync Server 2013 topology stays with lync2013-edge whatever the registry holds.
        const ImportResult lync = importTopology(dataFile("single-edge.xml"), edgeCatalog(), &choices);
        QVERIFY(lync.topology);
        QCOMPARE(lync.topology->catalog().id, std::string(kImportCatalogId));
    }

    void bothLayouts()
    {
        ImportResult builder = importTopology(dataFile("single-edge.tbxml"), edgeCatalog());
        ImportResult published = importTopology(dataFile("single-edge.xml"), edgeCatalog());
        QVERIFY2(published.topology, joinDiagnostics(published.diagnostics, "").c_str());
        QVERIFY(builder.topology);
        QVERIFY(*published.topology == *builder.topology);
        QCOMPARE(reportText(published), reportText(builder));
        QCOMPARE(detectImportFormat(dataFile("single-edge.xml")), ImportFormat::Topology);
    }

    // The same file in the encodings and line ends Windows writes.
    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("UTF-8, LF") << "single-edge.tbxml";
        QTest::newRow("UTF-8 with BOM, CRLF") << "single-edge-utf8bom-crlf.tbxml";
        QTest::newRow("UTF-16LE with BOM, CRLF") << "single-edge-utf16-crlf.tbxml";
    }
    void encodings()
    {
        QFETCH(QString, file);
        const auto plan = imported(file.toUtf8().constData());
        QCOMPARE(describe(*plan), kSingleEdge);
        QCOMPARE(plan->name(), std::string("Imported topology (東京)"));
        QCOMPARE(detectImportFormat(dataFile(file.toUtf8().constData())), ImportFormat::Topology);
    }

    // PowerShell writes encoding="utf-16" into the declaration of text it
    // then saves as UTF-8: without a UTF-16 byte-order mark, UTF-8 it is.
    void utf8DeclaredUtf16()
    {
        std::string bytes = dataFile("single-edge.tbxml");
        bytes.replace(bytes.find("encoding=\"utf-8\""), 16, "encoding=\"utf-16\"");
        const auto plan = importTopology(bytes, edgeCatalog()).topology;
        QVERIFY(plan);
        QCOMPARE(describe(*plan), kSingleEdge);
        QCOMPARE(plan->name(), std::string("Imported topology (東京)"));
    }

    // A published topology: an edge pool of three behind NAT, DNS load
    // balanced, with XMPP; a front-end pool of two with the XMPP gateway.
    void edgePoolWithNat()
    {
        ImportResult result = importTopology(dataFile("pool-nat.xml"), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const Topology& plan = *result.topology;
        QCOMPARE(describe(plan),
                 (std::vector<std::string>{
                     "any-host Any",
                     "edge-pool edgepool (edgepool.contoso.net) {sipDomain=contoso.com} access-edge=@sip.contoso.com "
                     "av-edge=@av.contoso.com webconf-edge=@webcon.contoso.com",
                     "edge-server edge01 (edge01.contoso.net) in edgepool {sipDomain=contoso.com} "
                     "access-edge=10.1.1.11>131.107.155.11 av-edge=10.1.1.31>131.107.155.31 internal=172.25.33.11 "
                     "webconf-edge=10.1.1.21>131.107.155.21",
                     "edge-server edge02 (edge02.contoso.net) in edgepool {sipDomain=contoso.com} "
                     "access-edge=10.1.1.12>131.107.155.12 av-edge=10.1.1.32>131.107.155.32 internal=172.25.33.12 "
                     "webconf-edge=10.1.1.22>131.107.155.22",
                     "edge-server edge03 (edge03.contoso.net) in edgepool {sipDomain=contoso.com} "
                     "access-edge=10.1.1.13>131.107.155.13 av-edge=10.1.1.33>131.107.155.33 internal=172.25.33.13 "
                     "webconf-edge=10.1.1.23>131.107.155.23",
                     "front-end-pool pool01 (pool01.contoso.net) {cms=false} {xmppGateway=true}",
                     "front-end-server fe01 (fe01.contoso.net) in pool01 internal=10.0.0.21",
                     "front-end-server fe02 (fe02.contoso.net) in pool01 internal=10.0.0.22",
                     "internal-client Internal clients",
                 }));
        QCOMPARE(links(plan),
                 (std::set<std::string>{"Any -- edgepool", "Internal clients -- edgepool", "edgepool -- pool01"}));
        QCOMPARE(plan.enabledScenarios(), (std::set<std::string>{"edge", "sip-federation", "xmpp-federation"}));
        QCOMPARE(plan.variant(), std::string("scaled-dns"));
        QVERIFY(plan.nat());
        verifyRows(plan,
                   {"external edge-ext-6 Any[Any] > edge02[131.107.155.12 → 10.1.1.12] TCP 443",
                    "external edge-ext-2 edge03[131.107.155.13 → 10.1.1.13] > Any[Any] TCP 5269",
                    "internal edge-int-4 fe02[10.0.0.22] > edge01[172.25.33.11] TCP 8057",
                    "internal xmpp-3 pool01[Any] > edge03[172.25.33.13] TCP 23456"},
                   {});
        const auto has = [&](const std::string& text) {
            const std::vector<std::string> lines = reportText(result);
            return std::any_of(lines.begin(), lines.end(),
                               [&](const std::string& line) { return line.find(text) != std::string::npos; });
        };
        QVERIFY(has("not modelled: MediationServer on 1 cluster: med01.contoso.net"));
        QVERIFY(has("created the edge pool edgepool (edgepool.contoso.net) of 3 edge servers: edge01, edge02, edge03"));
        QVERIFY(overlapFree(plan));
    }

    // An edge cluster with addresses of its own is hardware load balanced:
    // they are the pool's virtual addresses. So is one marked
    // IsHardwareLoadBalanced, without them.
    void hardwareLoadBalancedPool()
    {
        std::string bytes = dataFile("pool-nat.xml");
        const std::string cluster = "<ClusterId SiteId=\"1\" Number=\"2\" />\n";
        bytes.insert(bytes.find(cluster) + cluster.size(),
                     "      <NetInterface InterfaceSide=\"Internal\" InterfaceNumber=\"1\" IPAddress=\"172.25.33.10\" />\n"
                     "      <NetInterface InterfaceSide=\"External\" InterfaceNumber=\"1\" IPAddress=\"10.1.1.10\" "
                     "ConfiguredIPAddress=\"131.107.155.10\" />\n");
        ImportResult result = importTopology(bytes, edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(result.topology->variant(), std::string("scaled-hlb"));
        const Component* pool = result.topology->component(componentNamed(*result.topology, "edgepool"));
        QCOMPARE(pool->interfaces.at("access-edge"), (InterfaceAddress{"10.1.1.10", "131.107.155.10", "sip.contoso.com", 0}));
        QCOMPARE(pool->interfaces.at("internal"), (InterfaceAddress{"172.25.33.10", "", "", 0}));
        QVERIFY(!pool->interfaces.count("av-edge") || pool->interfaces.at("av-edge").address.empty());

        std::string marked = dataFile("pool-nat.xml");
        const std::string fqdn = "Fqdn=\"edgepool.contoso.net\"";
        marked.insert(marked.find(fqdn), "IsHardwareLoadBalanced=\"true\" ");
        const auto plan = importTopology(marked, edgeCatalog()).topology;
        QVERIFY(plan);
        QCOMPARE(plan->variant(), std::string("scaled-hlb"));
    }

    // One external address, as Topology Builder sets it up: client SIP on
    // 5061, web conferencing on 444, A/V on 443, and the tables say so. No
    // MTLS 5061 outside and no XMPP proxy: neither scenario is on. The
    // shared-443 note speaks of A/V alone: the services moved off 443 do
    // not share it.
    void sharedAddressMovesPorts()
    {
        const auto plan = imported("shared-address.tbxml");
        QCOMPARE(describe(*plan),
                 (std::vector<std::string>{
                     "any-host Any",
                     "edge-server edge01 (edge01.contoso.net) {sipDomain=contoso.com} "
                     "access-edge=131.107.155.10@sip.contoso.com:5061 av-edge=131.107.155.10@av.contoso.com "
                     "internal=172.25.33.10 webconf-edge=131.107.155.10@webcon.contoso.com:444",
                     "front-end-pool fe01 (fe01.contoso.net) {cms=false} {xmppGateway=false} internal=10.0.0.21",
                     "internal-client Internal clients",
                 }));
        QCOMPARE(plan->enabledScenarios(), (std::set<std::string>{"edge"}));
        verifyRows(*plan,
                   {"external edge-ext-9 Any[Any] > edge01[131.107.155.10] TCP 444",
                    "external edge-ext-6 Any[Any] > edge01[131.107.155.10] TCP 5061",
                    "external edge-ext-16 Any[Any] > edge01[131.107.155.10] TCP 443"},
                   {"external edge-ext-9 Any[Any] > edge01[131.107.155.10] TCP 443",
                    "external edge-ext-6 Any[Any] > edge01[131.107.155.10] TCP 443"});
        std::vector<std::string> shared;
        for (const Finding& finding : runChecks(*plan))
            if (finding.code == "port.443-shared")
                shared.push_back(finding.message.text(Lang::En));
        QCOMPARE(shared.size(), size_t(1));
        QVERIFY2(shared.front().find("Clients reach A/V Edge service (external)") != std::string::npos,
                 shared.front().c_str());
    }

    // No edge: the front end, a director linked to it, Office Web Apps; the
    // PSTN gateway and the file store only in the report.
    void frontEndWithoutEdge()
    {
        ImportResult result = importTopology(dataFile("front-end-only.xml"), edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        const Topology& plan = *result.topology;
        QCOMPARE(describe(plan), (std::vector<std::string>{
                                     "director dir01 (dir01.contoso.net) internal=10.0.0.41",
                                     "front-end-pool se01 (se01.contoso.net) {cms=false} {xmppGateway=false}",
                                     "office-web-apps owa01 (owa01.contoso.net) internal=10.0.0.51",
                                 }));
        QCOMPARE(links(plan), (std::set<std::string>{}));
        QVERIFY(plan.enabledScenarios().empty());
        QCOMPARE(plan.variant(), std::string());
        const std::vector<std::string> expected = {
            "kept as a note on se01: the MediationServer service on se01.contoso.net (not modelled)",
            "not modelled: PstnGateway on 1 cluster: gw01.contoso.net",
            "not modelled: FileStore on 1 cluster: files.contoso.net",
        };
        const std::vector<std::string> report = reportText(result);
        for (const std::string& line : expected)
            QVERIFY2(std::find(report.begin(), report.end(), line) != report.end(), line.c_str());
        QVERIFY(overlapFree(plan));
        // Office Web Apps under the other name topologies give it.
        std::string bytes = dataFile("front-end-only.xml");
        bytes.replace(bytes.find("RoleName=\"WacServer\""), 20, "RoleName=\"WacService\"");
        const auto renamed = importTopology(bytes, edgeCatalog()).topology;
        QVERIFY(renamed);
        QCOMPARE(describe(*renamed), describe(plan));
    }

    // Federation lists added to the imported single edge, linked to it.
    void federationLists()
    {
        const auto base = imported("single-edge.tbxml");
        ImportResult sip = importFederationList(dataFile("allowed-domains.csv"), *base);
        QVERIFY2(sip.topology, joinDiagnostics(sip.diagnostics, "").c_str());
        ImportResult xmpp = importFederationList(dataFile("xmpp-partners.csv"), *sip.topology);
        QVERIFY2(xmpp.topology, joinDiagnostics(xmpp.diagnostics, "").c_str());
        ImportResult pub = importFederationList(dataFile("public-providers-utf16.csv"), *xmpp.topology);
        QVERIFY2(pub.topology, joinDiagnostics(pub.diagnostics, "").c_str());
        ImportResult more = importFederationList(dataFile("allowed-domains-notype-crlf.csv"), *pub.topology);
        QVERIFY2(more.topology, joinDiagnostics(more.diagnostics, "").c_str());
        const Topology& plan = *more.topology;
        std::vector<std::string> expected = kSingleEdge;
        for (const char* line : {
                 "public-im-provider LyncOnline (sipfed.online.lync.com)",
                 "public-im-provider Skype (federation.messenger.msn.com) {network=skype}",
                 "sip-federation-partner adatum.com (sip.adatum.com) {sipDomain=adatum.com}",
                 "sip-federation-partner fabrikam.com (sip.fabrikam.com) {sipDomain=fabrikam.com}",
                 "sip-federation-partner litwareinc.com {sipDomain=litwareinc.com}",
                 "sip-federation-partner northwind.example (sip.northwind.example) {sipDomain=northwind.example}",
                 "xmpp-partner jabber.example (xmpp.jabber.example) {sipDomain=jabber.example}",
             })
            expected.push_back(line);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(describe(plan), expected);
        for (const char* partner : {"fabrikam.com", "litwareinc.com", "adatum.com", "northwind.example",
                                    "jabber.example", "Skype", "LyncOnline"})
            QVERIFY2(links(plan).count(std::string(partner) < "edge01" ? std::string(partner) + " -- edge01"
                                                                       : "edge01 -- " + std::string(partner)),
                     partner);
        QCOMPARE(plan.enabledScenarios(),
                 (std::set<std::string>{"edge", "sip-federation", "xmpp-federation", "public-im"}));
        // The Japanese comment, the quoted comma and quotes, the line break.
        QCOMPARE(plan.component(componentNamed(plan, "fabrikam.com"))->extraFields.at("notes"),
                 std::string("[\"取引先 (大阪)\"]"));
        QCOMPARE(plan.component(componentNamed(plan, "litwareinc.com"))->extraFields.at("notes"),
                 std::string("[\"Partner, \\\"Litware\\\" since 2014\"]"));
        QCOMPARE(plan.component(componentNamed(plan, "northwind.example"))->extraFields.at("notes"),
                 std::string("[\"multi\\r\\nline\"]"));
        const std::vector<std::string> pubReport = reportText(pub);
        QVERIFY(std::find(pubReport.begin(), pubReport.end(),
                          "left out the public IM provider Yahoo: it is disabled") != pubReport.end());
        verifyRows(plan, {"external sip-federation-1 edge01[131.107.155.10] > fabrikam.com[Any] TCP 5061",
                          "external xmpp-1 jabber.example[Any] > edge01[131.107.155.10] TCP 5269"},
                   {});
        QVERIFY(overlapFree(plan));
        // The same list again adds nothing.
        ImportResult again = importFederationList(dataFile("allowed-domains.csv"), plan);
        QVERIFY(again.topology);
        QCOMPARE(again.topology->components().size(), plan.components().size());
        const std::vector<std::string> againReport = reportText(again);
        QVERIFY(std::find(againReport.begin(), againReport.end(),
                          "left out the SIP federation partner fabrikam.com: the plan already has it") !=
                againReport.end());
    }

    // Several inputs in one go, told apart by their content.
    void importInputsTogether()
    {
        ImportResult result = importInputs({{"domains.txt", dataFile("allowed-domains.csv")},
                                            {"topology.csv", dataFile("single-edge.tbxml")}},
                                           nullptr, edgeCatalog());
        QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(result.topology->components().size(), kSingleEdge.size() + 3);
        // The topology's report comes first, each entry naming its input
        // (and a list's its line), in both languages.
        QCOMPARE(result.report.front().where, std::string("topology.csv"));
        const std::vector<std::string> english = reportLines(result, Lang::En);
        QVERIFY(std::find(english.begin(), english.end(),
                          "  domains.txt: line 3: created the SIP federation partner fabrikam.com "
                          "(sip.fabrikam.com), with the note \u201c取引先 (大阪)\u201d") != english.end());
        const std::vector<std::string> japanese = reportLines(result, Lang::Ja);
        QVERIFY(std::find(japanese.begin(), japanese.end(),
                          "  topology.csv: エッジ サーバー edge01 (edge01.contoso.net) を作成しました") != japanese.end());
        QVERIFY(std::find(japanese.begin(), japanese.end(),
                          "  domains.txt: 3 行: SIP フェデレーション パートナー fabrikam.com (sip.fabrikam.com) "
                          "を作成しました。メモ:「取引先 (大阪)」") != japanese.end());
        for (const Diagnostic& entry : result.report)
            QVERIFY2(hasTranslatedMessage(entry), entry.code.c_str());

        ImportResult alone = importInputs({{"domains.csv", dataFile("allowed-domains.csv")}}, nullptr, edgeCatalog());
        QVERIFY(!alone.topology);
        QCOMPARE(alone.diagnostics.at(0).code, std::string("import.list-alone"));

        const auto base = imported("single-edge.tbxml");
        ImportResult into = importInputs({{"t.xml", dataFile("pool-nat.xml")}}, base.get(), edgeCatalog());
        QVERIFY(!into.topology);
        QCOMPARE(into.diagnostics.at(0).code, std::string("import.topology-into"));

        // One bad input spoils the lot.
        ImportResult spoiled = importInputs({{"topology.xml", dataFile("single-edge.tbxml")},
                                             {"bad.csv", "\"Identity\",\"Domain\",\"ProxyFqdn\",\"Comment\","
                                                         "\"MarkForMonitoring\"\n\"a\",\"a.com\",\"x\"\"y\",\"\",\"\"\n"
                                                         "\"b\",\"b.com\",\"\",\"\"\n"}},
                                            nullptr, edgeCatalog());
        QVERIFY(!spoiled.topology);
        QVERIFY(spoiled.report.empty());
        QCOMPARE(spoiled.diagnostics.at(0).toString(),
                 std::string("bad.csv: line 3, column 1: the record has 4 fields; the header has 5"));
    }

    // Every bad topology is refused, naming its place; nothing is imported.
    void badTopologies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const std::string single = dataFile("single-edge.tbxml");
        const std::string pool = dataFile("pool-nat.xml");
        auto replaced = [](std::string text, const std::string& from, const std::string& to) {
            const size_t at = text.find(from);
            if (at == std::string::npos)
                qFatal("no %s", from.c_str());
            return QByteArray::fromStdString(text.replace(at, from.size(), to));
        };
        QTest::newRow("not XML") << QByteArray("Identity,Name\n") << "xml.syntax"
                                 << "line 1, column 1: not well-formed XML: syntax error";
        QTest::newRow("another XML") << QByteArray("<?xml version=\"1.0\"?>\n<project>\n</project>\n")
                                     << "import.not-topology"
                                     << "line 2, column 1 (<project>): this is not a Lync topology: the root element "
                                        "is <project>, not <TopologyBuilder> or <Topology>";
        QTest::newRow("DOCTYPE")
            << replaced(single, "<TopologyBuilder ", "<!DOCTYPE TopologyBuilder>\n<TopologyBuilder ") << "xml.doctype"
            << "line 3, column 26: a DOCTYPE is not allowed: topology files never carry one";
        QTest::newRow("entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY a \"b\">]>\n<t>&a;</t>")
                                << "xml.doctype"
                                << "line 2, column 13: a DOCTYPE is not allowed: topology files never carry one";
        QTest::newRow("undeclared entity") << QByteArray("<Topology>&lol;</Topology>") << "xml.syntax"
                                           << "line 1, column 11: not well-formed XML: undefined entity";
        QTest::newRow("unclosed") << QByteArray::fromStdString(single.substr(0, single.size() - 20)) << "xml.syntax"
                                  << "line 71, column 17: not well-formed XML: no element found";
        QTest::newRow("duplicate GUID")
            << replaced(single, "6f1c7a3e-0000-4000-8000-0000000000a3", "6F1C7A3E-0000-4000-8000-0000000000A2")
            << "import.duplicate-guid"
            << "line 33, column 17 (<Machine>): the UniqueId 6F1C7A3E-0000-4000-8000-0000000000A2 is used twice "
               "(first at line 23)";
        // A service the plan is drawn from on a cluster the file lacks, and
        // an edge whose next hop the file lacks (the same for a store or a
        // pool's dependency is a warning: unmodelledReferences).
        QTest::newRow("edge installed nowhere")
            << replaced(single, "InstalledOn=\"6f1c7a3e-0000-4000-8000-0000000000c2\"",
                        "InstalledOn=\"6f1c7a3e-0000-4000-8000-0000000000ff\"")
            << "import.missing-cluster"
            << "line 51, column 13 (<Service>): the EdgeServer service is installed on "
               "6f1c7a3e-0000-4000-8000-0000000000ff, which is not a cluster of the topology";
        QTest::newRow("next hop nowhere")
            << replaced(pool, "<Dependency Usage=\"NextHop\">\n          <ServiceId SiteId=\"1\" RoleName=\"Registrar\" Instance=\"1\" />",
                        "<Dependency Usage=\"NextHop\">\n          <ServiceId SiteId=\"1\" RoleName=\"Registrar\" Instance=\"7\" />")
            << "import.missing-service"
            << "line 88, column 11 (<ServiceId>): the EdgeServer service depends on 1-Registrar-7, which is not a "
               "service of the topology";
        QTest::newRow("site nowhere") << replaced(pool, "<ClusterId SiteId=\"1\" Number=\"3\" />\n      <Machine",
                                                  "<ClusterId SiteId=\"9\" Number=\"3\" />\n      <Machine")
                                      << "import.missing-site"
                                      << "line 45, column 7 (<ClusterId>): the site 9 is not among the Sites";
        QTest::newRow("interface nowhere")
            << replaced(pool, "<NetInterface InterfaceSide=\"External\" InterfaceNumber=\"3\" IPAddress=\"10.1.1.33\" "
                              "ConfiguredIPAddress=\"131.107.155.33\" />",
                        "")
            << "import.missing-interface"
            << "line 37, column 7 (<Machine>): the machine edge03.contoso.net has no External interface 3, which the "
               "edge's port at line 102 uses";
        QTest::newRow("not an address") << replaced(single, "IPAddress=\"131.107.155.20\"", "IPAddress=\"131.107.155.\"")
                                        << "address.invalid"
                                        << "line 26, column 19 (<NetInterface>): IPAddress \"131.107.155.\" is not an "
                                           "IPv4 or IPv6 address";
        QTest::newRow("bad port") << replaced(single, "Port=\"8057\"", "Port=\"80a57\"") << "import.number"
                                  << "line 60, column 17 (<Port>): Port \"80a57\" is not a number from 0 to 65535";
        QTest::newRow("no NewTopology")
            << QByteArray("<TopologyBuilder xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008\"/>")
            << "import.missing-element"
            << "line 1, column 1 (<TopologyBuilder>): <TopologyBuilder> has no <NewTopology><PartialTopology>";
        std::string deep;
        for (int i = 0; i < 100; ++i)
            deep += "<a>";
        QTest::newRow("deep") << QByteArray::fromStdString(deep) << "limit.element-depth"
                              << "line 1, column 193: elements nest deeper than 64 levels";
        QTest::newRow("not a name") << replaced(single, "ConfiguredFqdn=\"webcon.contoso.com\"",
                                                "ConfiguredFqdn=\"webcon contoso\"")
                                    << "import.fqdn"
                                    << "line 59, column 17 (<Port>): ConfiguredFqdn \"webcon contoso\" is not a DNS name";
    }
    void badTopologies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, message);
        ImportResult result = importTopology(bytes.toStdString(), edgeCatalog());
        QVERIFY(!result.topology);
        QVERIFY(result.report.empty());
        QVERIFY(!result.diagnostics.empty());
        QCOMPARE(QString::fromStdString(result.diagnostics.front().code), code);
        QCOMPARE(QString::fromStdString(result.diagnostics.front().toString()), message);
        for (const Diagnostic& d : result.diagnostics)
            QVERIFY2(hasTranslatedMessage(d), d.code.c_str());
    }

    void overSizeLimit()
    {
        std::string big = "<Topology>";
        big.resize(JsonReader::kMaxBytes + 1, ' ');
        ImportResult result = importTopology(big, edgeCatalog());
        QVERIFY(!result.topology);
        QCOMPARE(result.diagnostics.at(0).code, std::string("limit.file-size"));
        const auto base = imported("single-edge.tbxml");
        ImportResult list = importFederationList(big, *base);
        QVERIFY(!list.topology);
        QCOMPARE(list.diagnostics.at(0).code, std::string("limit.file-size"));
    }

    // The CSV reader is strict: each break of RFC 4180 is named by its place.
    void csvReader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("result"); // fields joined by | and rows by /, or the error
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << "a|b/1|2";
        QTest::newRow("CRLF, no last line end") << QByteArray("a,b\r\n1,2") << "a|b/1|2";
        QTest::newRow("quoted") << QByteArray("\"a\",\"b\"\n\"1,\"\"x\"\"\",\"\"\n") << "a|b/1,\"x\"|";
        QTest::newRow("line break in quotes") << QByteArray("a,b\n\"x\ny\",2\n") << "a|b/x\ny|2";
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << "a|b|c/||";
        QTest::newRow("Japanese") << QByteArray("a,b\n\"日本\",語\n") << "a|b/日本|語";
        QTest::newRow("stray quote") << QByteArray("a,b\n1,2\"3\n") << "line 2, column 4: a quote inside a field "
                                                                        "that does not start with one";
        QTest::newRow("text after quote") << QByteArray("a,b\n\"1\"x,2\n")
                                          << "line 2, column 4: text after the closing quote of a field";
        QTest::newRow("unterminated") << QByteArray("a,b\n1,\"2\n") << "line 2, column 3: a quoted field that never ends";
        QTest::newRow("short record") << QByteArray("a,b\n1\n") << "line 2, column 1: the record has 1 fields; the "
                                                                    "header has 2";
        QTest::newRow("long record") << QByteArray("a,b\n1,2,3\n") << "line 2, column 1: the record has 3 fields; "
                                                                       "the header has 2";
        QTest::newRow("blank line") << QByteArray("a,b\n\n1,2\n") << "line 2, column 1: a blank line in the middle of "
                                                                      "the list";
        QTest::newRow("lone CR") << QByteArray("a,b\n1\r2,3\n") << "line 2, column 2: a carriage return outside "
                                                                    "quotes that does not end the line";
        QTest::newRow("column counts characters") << QByteArray("a,b\n日本\"x,2\n")
                                                  << "line 2, column 3: a quote inside a field that does not start "
                                                     "with one";
        QTest::newRow("empty") << QByteArray("") << "line 1, column 1: the list is empty: not even a header line";
    }
    void csvReader()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, result);
        Diagnostics diagnostics;
        const auto table = readCsv(text.toStdString(), diagnostics);
        if (!table) {
            QCOMPARE(diagnostics.size(), size_t(1));
            QCOMPARE(QString::fromStdString(diagnostics.front().toString()), result);
            QVERIFY2(hasTranslatedMessage(diagnostics.front()), diagnostics.front().code.c_str());
            return;
        }
        QVERIFY(diagnostics.empty());
        QStringList rowsText;
        QStringList header;
        for (const std::string& field : table->header)
            header << QString::fromStdString(field);
        rowsText << header.join('|');
        for (const auto& row : table->rows) {
            QStringList fields;
            for (const std::string& field : row)
                fields << QString::fromStdString(field);
            rowsText << fields.join('|');
        }
        QCOMPARE(rowsText.join('/'), result);
    }

    void textDecoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("result"); // the text, or the error
        QTest::newRow("UTF-8") << QByteArray("a\xc3\xa9") << "aé";
        QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf" "a") << "a";
        QTest::newRow("UTF-16LE BOM") << QByteArray("\xff\xfe" "a\0\x3d\xd8\x00\xde", 8) << "a😀";
        QTest::newRow("odd UTF-16") << QByteArray("\xff\xfe" "a\0b", 5)
                                    << "byte 5: the UTF-16 text ends in the middle of a character";
        QTest::newRow("lone surrogate") << QByteArray("\xff\xfe" "\x3d\xd8" "a\0", 6)
                                        << "byte 3: a lone UTF-16 surrogate";
        QTest::newRow("Latin-1") << QByteArray("caf\xe9") << "byte 4: the text is neither UTF-8 nor UTF-16 with a "
                                                             "byte-order mark";
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << "byte 1: the text is neither UTF-8 nor UTF-16 with a "
                                                               "byte-order mark";
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << "byte 2: the text holds a NUL character";
        QTest::newRow("UTF-16BE") << QByteArray("\xfe\xff\0a", 4)
                                  << "UTF-16 big-endian text is not read; save it as UTF-8";
    }
    void textDecoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, result);
        Diagnostics diagnostics;
        const auto text = decodeText(bytes.toStdString(), diagnostics);
        if (text)
            QCOMPARE(QString::fromStdString(*text), result);
        else
            QCOMPARE(QString::fromStdString(diagnostics.at(0).toString()), result);
        for (const Diagnostic& d : diagnostics)
            QVERIFY2(hasTranslatedMessage(d), d.code.c_str());
    }

    // Bad federation lists: refused with their place; nothing imported.
    void badFederationLists_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown header") << QByteArray("#TYPE Something\n\"Name\",\"Value\"\n\"a\",\"b\"\n")
                                        << "line 2: the header is not that of Get-CsAllowedDomain, "
                                           "Get-CsXmppAllowedPartner or Get-CsPublicProvider exported with Export-Csv";
        QTest::newRow("no domain") << QByteArray("Identity,Domain,ProxyFqdn,Comment,MarkForMonitoring\n"
                                                 "a,,sip.a.com,,False\n")
                                   << "line 2: the row has no Domain";
        QTest::newRow("broken quoting") << QByteArray("#TYPE x\nIdentity,Domain,ProxyFqdn,Comment,MarkForMonitoring\n"
                                                      "a,a.com,\"sip.a.com,,False\n")
                                        << "line 3, column 9: a quoted field that never ends";
        QTest::newRow("name with a space") << QByteArray("Identity,Domain,ProxyFqdn,Comment,MarkForMonitoring\n"
                                                         "a,a.com,sip a.com,,False\n")
                                           << "line 2: ProxyFqdn \"sip a.com\" is not a DNS name";
    }
    void badFederationLists()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto base = imported("single-edge.tbxml");
        ImportResult result = importFederationList(bytes.toStdString(), *base);
        QVERIFY(!result.topology);
        QVERIFY(result.report.empty());
        QCOMPARE(QString::fromStdString(result.diagnostics.at(0).toString()), message);
        for (const Diagnostic& d : result.diagnostics)
            QVERIFY2(hasTranslatedMessage(d), d.code.c_str());
    }

    // In Japanese, the place and the message both.
    void japaneseMessages()
    {
        ImportResult result = importInputs({{"a.xml", "<Topology>\n  <Clusters><Cluster><Machine/></Cluster></Clusters>\n</Topology>"}},
                                           nullptr, edgeCatalog());
        QVERIFY(!result.topology);
        QCOMPARE(QString::fromStdString(diagnosticString(result.diagnostics.at(0), Lang::Ja)),
                 QStringLiteral("a.xml: 2 行 13 列 (<Cluster>): <Cluster> に <ClusterId> がありません"));
        Diagnostics diagnostics;
        QVERIFY(!readCsv("a,b\n1\n", diagnostics));
        QCOMPARE(QString::fromStdString(diagnosticString(diagnostics.at(0), Lang::Ja)),
                 QStringLiteral("2 行 1 列: このレコードのフィールドは 1 個ですが、ヘッダーは 2 個です"));
    }

    void listNeedsAnEdge()
    {
        const auto plan = imported("front-end-only.xml");
        ImportResult result = importFederationList(dataFile("allowed-domains.csv"), *plan);
        QVERIFY(!result.topology);
        QCOMPARE(result.diagnostics.at(0).code, std::string("import.no-edge"));
    }

    // edgeplan import: the plan written atomically and the report printed;
    // on bad input the diagnostics with their file and place, and no file.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(EDGEPLAN_TEST_DATA "/import/");
        const QString plan = dir.filePath(QStringLiteral("plan.edgeplan"));
        Run run = edgeplanRun({QStringLiteral("import"), QStringLiteral("--output"), plan,
                               data + QStringLiteral("pool-nat.xml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("created the edge pool edgepool (edgepool.contoso.net) of 3 edge "
                                                 "servers: edge01, edge02, edge03")),
                 qPrintable(run.out + run.err));
        QVERIFY(QFile::exists(plan));

        const QString merged = dir.filePath(QStringLiteral("merged.edgeplan"));
        run = edgeplanRun({QStringLiteral("import"), QStringLiteral("--into"), plan, QStringLiteral("--output"),
                           merged, data + QStringLiteral("xmpp-partners.csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("created the XMPP partner jabber.example")), qPrintable(run.out));
        run = edgeplanRun({QStringLiteral("rules"), QStringLiteral("--lang"), QStringLiteral("en"), merged});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("jabber.example")), qPrintable(run.out));

        const QString refused = dir.filePath(QStringLiteral("refused.edgeplan"));
        const QString bad = dir.filePath(QStringLiteral("bad.xml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [<!ENTITY x \"y\">]>\n<Topology/>\n");
        file.close();
        run = edgeplanRun({QStringLiteral("import"), QStringLiteral("--output"), refused, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(bad + QStringLiteral(": line 2, column 20: a DOCTYPE is not allowed")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(refused));

        run = edgeplanRun({QStringLiteral("import"), data + QStringLiteral("pool-nat.xml")});
        QCOMPARE(run.exitCode, 2);
        run = edgeplanRun({QStringLiteral("rules"), QStringLiteral("--into"), plan, plan});
        QCOMPARE(run.exitCode, 2);
    }

    void formatsAreToldByContent()
    {
        QCOMPARE(detectImportFormat(dataFile("pool-nat.xml")), ImportFormat::Topology);
        QCOMPARE(detectImportFormat(dataFile("allowed-domains.csv")), ImportFormat::FederationList);
        QCOMPARE(detectImportFormat(dataFile("public-providers-utf16.csv")), ImportFormat::FederationList);
        QCOMPARE(detectImportFormat(dataFile("allowed-domains-notype-crlf.csv")), ImportFormat::FederationList);
        QCOMPARE(detectImportFormat("{\"format\": \"edgeplan\"}"), ImportFormat::Unknown);
        QCOMPARE(detectImportFormat("Name,Value\n1,2\n"), ImportFormat::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
