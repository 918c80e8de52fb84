// Which page a rule cites (rules/References): the port summary page of the
// plan's deployment variant, with or without NAT, when that page lists the
// row; the row's own page otherwise; and the pages a plan's tables cite.
// The expected pages are read from resources/catalogs/lync2013-edge.json
// (each variant's natPage and publicPage, each rule's reference and alsoIn).

#include "ModelSupport.h"
#include "rules/References.h"
#include "rules/TableView.h"

#include <QtTest>

using namespace edgeplan;

class TestReferences : public QObject
{
    Q_OBJECT

private:
    // The whole-edge catalog with a change applied to its JSON, loaded.
    static CatalogLoadResult mutatedEdgeCatalog(const std::function<void(nlohmann::json&)>& mutate)
    {
        nlohmann::json doc = nlohmann::json::parse(
            test::resourceBytes(QStringLiteral(":/catalogs/lync2013-edge.json")));
        mutate(doc);
        return loadCatalog(doc.dump());
    }

    // The row of the rule in the plan's tables, spelled out in English.
    static RowView rowOf(const Topology& topology, const std::string& ruleId)
    {
        for (const RowView& row : rowViews(topology, deriveTables(topology), Lang::En))
            if (row.ruleId == ruleId)
                return row;
        qFatal("no row of %s", ruleId.c_str());
    }

    static std::vector<std::string> documents(const std::vector<CitedPage>& pages)
    {
        std::vector<std::string> ids;
        for (const CitedPage& page : pages)
            ids.push_back(page.document);
        return ids;
    }

    // How many of the plan's rows cite the page (by their short key).
    static int rowsCiting(const Topology& topology, const std::string& document)
    {
        int n = 0;
        for (const RowView& row : rowViews(topology, deriveTables(topology), Lang::En))
            n += row.referenceKey.rfind(document + " ", 0) == 0;
        return n;
    }

private Q_SLOTS:
    void eachVariantHasItsPage_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("nat");
        QTest::addColumn<QString>("page");
        QTest::newRow("single, NAT") << "single" << true << "Gg425891";
        QTest::newRow("single, public") << "single" << false << "JJ204756";
        QTest::newRow("DNS load balancing, NAT") << "scaled-dns" << true << "Gg412756";
        QTest::newRow("DNS load balancing, public") << "scaled-dns" << false << "JJ205394";
        QTest::newRow("hardware load balancers") << "scaled-hlb" << false << "Gg398739";
        // NAT is refused with load balancers (a check says so); the page stays the variant's.
        QTest::newRow("hardware load balancers, NAT") << "scaled-hlb" << true << "Gg398739";
    }

    void eachVariantHasItsPage()
    {
        QFETCH(QString, variant);
        QFETCH(bool, nat);
        QFETCH(QString, page);
        auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        topology->setVariant(variant.toStdString());
        topology->setNat(nat);
        const CatalogSource* cited = variantPage(*topology);
        QVERIFY(cited);
        QCOMPARE(QString::fromStdString(cited->document), page);
        QVERIFY(!cited->title.en.empty() && !cited->title.ja.empty());
        // edge-ext-7 (E7) comes from Gg425891 and every other page lists it;
        // its opening (TCP 5061 in) also stands for the seed's federation row.
        const RowView row = rowOf(*topology, "edge-ext-7");
        QVERIFY2(QString::fromStdString(row.referenceKey).startsWith(page + " E7; JJ618373 "),
                 row.referenceKey.c_str());
        QVERIFY2(QString::fromStdString(row.reference).startsWith(page + " · "), row.reference.c_str());
    }

    void theHlbSampleCitesItsOwnPage()
    {
        const auto topology = test::loadBundledSample("scaled-edge-hlb.edgeplan");
        QCOMPARE(topology->variant(), std::string("scaled-hlb"));
        // On another page the row is known by its key, not by the row number of Gg425891.
        const RowView e6 = rowOf(*topology, "edge-ext-6");
        QCOMPARE(e6.referenceKey, std::string("Gg398739 E6"));
        QCOMPARE(e6.reference, std::string("Gg398739 · Port summary - Scaled consolidated edge with hardware "
                                           "load balancers · E6"));
        // Only the HLB page has I7b: it cites its own page, by its row.
        const RowView i7b = rowOf(*topology, "edge-int-7b");
        QCOMPARE(i7b.referenceKey, std::string("Gg398739 I7b"));
        QVERIFY2(i7b.reference.find("row 6") != std::string::npos, i7b.reference.c_str());
        // Nothing of the sample cites the single edge's page any more.
        QCOMPARE(rowsCiting(*topology, "Gg425891"), 0);
        QVERIFY(rowsCiting(*topology, "Gg398739") > 0);
        const std::vector<std::string> pages = documents(citedPages(*topology, deriveTables(*topology)));
        QVERIFY(std::find(pages.begin(), pages.end(), "Gg425891") == pages.end());
        QCOMPARE(pages.front(), std::string("Gg398739"));
    }

    void rowsNoVariantPageListsKeepTheirPage()
    {
        // The federation rows come from JJ618373 and no port summary lists them.
        const auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        topology->setVariant("scaled-hlb");
        topology->setNat(false);
        for (const RowView& row : rowViews(*topology, deriveTables(*topology), Lang::Ja))
            if (row.scenarioId == "sip-federation" || row.scenarioId == "public-im" ||
                row.scenarioId == "xmpp-federation") {
                QVERIFY2(row.referenceKey.rfind("JJ618373 ", 0) == 0, row.referenceKey.c_str());
                QVERIFY2(row.reference.find(" 行目") != std::string::npos, row.reference.c_str());
            }
    }

    void citedPagesAreThoseOfTheRows()
    {
        const auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        const RuleTables tables = deriveTables(*topology);
        const std::vector<CitedPage> pages = citedPages(*topology, tables);
        std::set<std::string> fromRows;
        for (const RowView& row : rowViews(*topology, tables, Lang::En))
            fromRows.insert(row.referenceKey.substr(0, row.referenceKey.find(' ')));
        const std::vector<std::string> ids = documents(pages);
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()), fromRows);
        QCOMPARE(ids.size(), fromRows.size()); // each once
        for (const CitedPage& page : pages)
            QVERIFY2(!page.title.en.empty(), page.document.c_str());
        const auto gg = std::find_if(pages.begin(), pages.end(), [](const CitedPage& p) {
            return p.document == "Gg425891";
        });
        QVERIFY(gg != pages.end());
        QCOMPARE(gg->title.en, std::string("Port summary - Single consolidated edge with private IP addresses using NAT"));
    }

    void aCatalogWithoutPagesCitesTheRowsPage()
    {
        const CatalogLoadResult loaded = mutatedEdgeCatalog([](nlohmann::json& doc) {
            for (nlohmann::json& variant : doc["variants"]) {
                variant.erase("natPage");
                variant.erase("publicPage");
            }
        });
        QVERIFY(loaded.catalog);
        for (const Variant& variant : loaded.catalog->variants)
            QVERIFY(variant.natPage.document.empty() && variant.publicPage.document.empty());
        auto sample = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        sample->setVariant("scaled-hlb");
        sample->setNat(false);
        QVERIFY(rowOf(*sample, "edge-ext-7").referenceKey.rfind("Gg398739 E7; ", 0) == 0);
        std::vector<std::string> problems;
        const auto converted = convertTopology(*sample, loaded.catalog, &problems);
        QVERIFY(converted);
        QVERIFY(!variantPage(*converted));
        QVERIFY(rowOf(*converted, "edge-ext-7").referenceKey.rfind("Gg425891 E7; ", 0) == 0);
        QVERIFY(rowOf(*converted, "edge-ext-7").reference.rfind("Gg425891 · Firewall Summary", 0) == 0);
    }

    void aBrokenPageNamesItsPlace()
    {
        const CatalogLoadResult notObject = mutatedEdgeCatalog([](nlohmann::json& doc) {
            doc["variants"][0]["natPage"] = "Gg425891";
        });
        QVERIFY(!notObject.catalog);
        bool placed = false;
        for (const Diagnostic& d : notObject.diagnostics)
            placed = placed || d.where == "/variants/0/natPage";
        QVERIFY2(placed, joinDiagnostics(notObject.diagnostics, "").c_str());
        const CatalogLoadResult noDocument = mutatedEdgeCatalog([](nlohmann::json& doc) {
            doc["variants"][1]["publicPage"].erase("document");
        });
        QVERIFY(!noDocument.catalog);
        QVERIFY(test::findDiagnostic(noDocument.diagnostics, "json.missing"));
    }
};

QTEST_APPLESS_MAIN(TestReferences)
#include "tst_references.moc"
