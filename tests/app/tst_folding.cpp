// Rule folding (issue 24): one row per opening, in every output. The NAT
// sample's folded tables, counted by hand from the sample and the whole-edge
// catalog; the covered rows kept with --keep-covered's option; and a
// scripted series of edits after which the window's table, every export and
// the firewall configurations agree, and the table index's folded rows are
// a fold from scratch.

#include "document/Document.h"
#include "export/DocumentExport.h"
#include "export/FirewallConfigExport.h"
#include "export/TableExport.h"
#include "io/CsvReader.h"
#include "rules/Folding.h"
#include "tables/RuleTableModel.h"
#include "RuleTableChecks.h"
#include "TestSupport.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace edgeplan;

namespace {

// What a firewall's outputs show of each row: its number and its opening
// (direction, transport, ports, both address cells).
using Opening = std::tuple<std::string, std::string, std::string, std::string, std::string>;
struct Shown
{
    std::vector<int> numbers;
    std::set<Opening> openings;
};
using ShownTables = std::map<std::string, Shown>; // by firewall id

const char* const kNat = "consolidated-edge-nat.edgeplan";

// The sample's tables, reasoned out from the catalog's rows for its links:
// internal 15 rows, of which edge-int-1 (Gg425891 internal row 1) and
// xmpp-3 (JJ618373 XMPP row 3) are both fepool01 → edge01 TCP 23456: 14.
// External 24 rows: edge-ext-6 (Any → Access Edge TCP 443) and public-im-3
// (Remote users, no address: Any too) are one opening; from or to Any cover
// Public IM provider → 5061 (edge-ext-7), Litware → 5269 (edge-ext-1), the
// Live Messenger client's STUN in (edge-ext-15), and out: Fabrikam and the
// Public IM provider on 5061 (edge-ext-8), the client's RTP 50000-59999
// (edge-ext-10) and STUN 3478 (edge-ext-14): 24 − 1 − 7 = 16. Kept: 23.
constexpr size_t kInternalRows = 15, kInternalFolded = 14;
constexpr size_t kExternalRows = 24, kExternalFolded = 16, kExternalCovered = 7;

void checkNumbered(const ShownTables& tables, const std::map<std::string, size_t>& expected, const char* format)
{
    for (const auto& [firewall, count] : expected) {
        const auto it = tables.find(firewall);
        const size_t shown = it == tables.end() ? 0 : it->second.numbers.size();
        QVERIFY2(shown == count, qPrintable(QStringLiteral("%1, %2: %3 rows, not %4")
                                                .arg(format, QString::fromStdString(firewall))
                                                .arg(shown)
                                                .arg(count)));
        if (count == 0)
            continue;
        for (size_t i = 0; i < it->second.numbers.size(); ++i)
            QVERIFY2(it->second.numbers[i] == int(i) + 1, qPrintable(QStringLiteral("%1: row %2 numbered %3")
                                                                          .arg(format)
                                                                          .arg(i + 1)
                                                                          .arg(it->second.numbers[i])));
        if (!it->second.openings.empty())
            QVERIFY2(it->second.openings.size() == count,
                     qPrintable(QStringLiteral("%1, %2: two rows of one opening").arg(format, QString::fromStdString(firewall))));
    }
}

ShownTables fromCsv(const Topology& topology, const std::string& csv)
{
    std::map<std::string, std::string> idOf;
    for (const Firewall& fw : topology.catalog().firewalls)
        idOf[fw.name.text(Lang::En)] = fw.id;
    ShownTables tables;
    Diagnostics diagnostics;
    const auto table = readCsv(csv.substr(3), diagnostics);
    if (!table)
        return tables;
    for (const auto& r : table->rows) {
        Shown& shown = tables[idOf[r[1]]];
        shown.numbers.push_back(std::stoi(r[0]));
        shown.openings.insert({r[2], r[6], r[7], r[9], r[11]});
    }
    return tables;
}

ShownTables fromJson(const std::string& text)
{
    ShownTables tables;
    const auto json = nlohmann::json::parse(text);
    for (const auto& fw : json["firewalls"]) {
        Shown& shown = tables[fw["id"].get<std::string>()];
        for (const auto& rule : fw["rules"]) {
            auto cell = [](const nlohmann::json& end) {
                return end.value("natAddress", std::string()) + "/" + end["address"].get<std::string>();
            };
            shown.numbers.push_back(rule["number"].get<int>());
            shown.openings.insert({rule["direction"], rule["transport"], rule["ports"], cell(rule["source"]),
                                   cell(rule["destination"])});
        }
    }
    return tables;
}

// Sections by firewall in document order, numbers from the lines that
// start a row: "N " (text), "| N |" (Markdown), "<tr><td>N</td>" (HTML),
// "# N. " (nftables), "remark N. " (ASA).
ShownTables fromSections(const Topology& topology, const std::string& text, const QString& sectionStart,
                         const QRegularExpression& rowNumber)
{
    ShownTables tables;
    const auto& firewalls = topology.catalog().firewalls;
    const QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'));
    size_t section = 0;
    bool started = false;
    for (const QString& line : lines) {
        if (line.startsWith(sectionStart) || line.contains(sectionStart)) {
            for (size_t f = 0; f < firewalls.size(); ++f)
                if (line.contains(QString::fromStdString(firewalls[f].name.text(Lang::En))) ||
                    line.contains(QString::fromStdString(firewalls[f].id + "_"))) {
                    section = f;
                    started = true;
                }
            continue;
        }
        const auto match = rowNumber.match(line);
        if (started && match.hasMatch())
            tables[firewalls[section].id].numbers.push_back(match.captured(1).toInt());
    }
    return tables;
}

// The nftables chains come inbound then outbound for each firewall: the
// numbers of a firewall are one sequence once sorted.
void sortNumbers(ShownTables& tables)
{
    for (auto& [id, shown] : tables)
        std::sort(shown.numbers.begin(), shown.numbers.end());
}

ShownTables fromXlsx(const Topology& topology, const QString& path)
{
    ShownTables tables;
    const QString xlsx2csv = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
    if (xlsx2csv.isEmpty())
        return tables;
    const auto& firewalls = topology.catalog().firewalls;
    for (size_t f = 0; f < firewalls.size(); ++f) {
        QProcess process;
        process.start(xlsx2csv, {QStringLiteral("--sheet"), QString::number(f + 2), path});
        if (!process.waitForFinished(60000))
            return {};
        const std::string csv = process.readAllStandardOutput().toStdString();
        Diagnostics diagnostics;
        const auto table = readCsv(csv, diagnostics);
        if (!table)
            return {};
        Shown& shown = tables[firewalls[f].id];
        for (const auto& r : table->rows) {
            shown.numbers.push_back(std::stoi(r[0]));
            shown.openings.insert({r[1], r[5], r[6], r[8], r[10]});
        }
    }
    return tables;
}

ShownTables fromWindow(const RuleTableModel& model)
{
    ShownTables tables;
    for (int row = 0; row < model.rowCount(); ++row) {
        const RowView& view = *model.rowAt(row);
        Shown& shown = tables[model.firewallIdAt(row)];
        shown.numbers.push_back(model.headerData(row, Qt::Vertical, Qt::DisplayRole).toInt());
        shown.openings.insert(
            {view.directionId, view.transport, view.ports, view.source.addressCell, view.destination.addressCell});
    }
    return tables;
}

ShownTables fromAsa(const Topology& topology, const std::string& text)
{
    // The ASA lists are named after the firewall id, one per direction.
    ShownTables tables;
    const QRegularExpression remark(QStringLiteral("^access-list (\\S+) remark (\\d+)\\. "));
    for (const QString& line : QString::fromStdString(text).split('\n')) {
        const auto match = remark.match(line);
        if (!match.hasMatch())
            continue;
        for (const Firewall& fw : topology.catalog().firewalls)
            if (match.captured(1).startsWith(QString::fromStdString(fw.id) + "_"))
                tables[fw.id].numbers.push_back(match.captured(2).toInt());
    }
    sortNumbers(tables);
    return tables;
}

// The PowerShell rules, each named "Edgeplan <firewall> N (<rule>): ...":
// the host firewall's rules of the perimeter servers, so some rows of each
// table. Each must carry the port of the row its number names.
void checkPowershell(const Topology& topology, const ExportOptions& options)
{
    const std::vector<RowView> rows = rowViews(topology, deriveTables(topology), Lang::En, {}, options.covered);
    const QRegularExpression rule(
        QStringLiteral("-DisplayName 'Edgeplan (.+?) (\\d+) \\(.*-(?:Local|Remote)Port '([^']*)'"));
    int named = 0;
    for (const QString& line : QString::fromStdString(exportPowershell(topology, options)).split('\n')) {
        const auto match = rule.match(line);
        if (!match.hasMatch())
            continue;
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const RowView& r) {
            return QString::fromStdString(r.firewallName) == match.captured(1) &&
                   r.number == match.captured(2).toInt();
        });
        QVERIFY2(row != rows.end(), qPrintable(line));
        QCOMPARE(match.captured(3), QString::fromStdString(row->ports).remove(QLatin1Char(' ')));
        ++named;
    }
    QVERIFY(named > 0);
}

// Every output of the plan, against the counts.
void checkEveryOutput(const Topology& topology, const std::map<std::string, size_t>& expected,
                      const QString& folder, CoveredRows covered = CoveredRows::Fold)
{
    const ExportOptions options{Lang::En, {}, false, covered};
    const QString xlsx = folder + QStringLiteral("/rules.xlsx");
    const std::string error = exportRulesXlsx(topology, options, xlsx.toStdString());
    QVERIFY2(error.empty(), error.c_str());
    ShownTables nft = fromSections(topology, exportNftables(topology, options), QStringLiteral("\tchain "),
                                   QRegularExpression(QStringLiteral("^\\t\\t# (\\d+)\\. ")));
    sortNumbers(nft);
    const std::pair<const char*, ShownTables> outputs[] = {
        {"csv", fromCsv(topology, exportRulesCsv(topology, options))},
        {"json", fromJson(exportRulesJson(topology, options))},
        {"text", fromSections(topology, exportRulesText(topology, options), QStringLiteral("== "),
                              QRegularExpression(QStringLiteral("^(\\d+)!?  ")))},
        {"markdown", fromSections(topology, exportRulesMarkdown(topology, options), QStringLiteral("## "),
                                  QRegularExpression(QStringLiteral("^\\| (\\d+) \\|")))},
        {"html", fromSections(topology, exportRulesHtml(topology, options), QStringLiteral("<h2>"),
                              QRegularExpression(QStringLiteral("^<tr[^>]*><td>(\\d+)</td>")))},
        {"nftables", nft},
        {"asa", fromAsa(topology, exportAsa(topology, options))},
        {"xlsx", fromXlsx(topology, xlsx)},
    };
    for (const auto& [format, shown] : outputs) {
        QVERIFY2(!shown.empty(), format); // xlsx: xlsx2csv is missing (make test installs it)
        checkNumbered(shown, expected, format);
        if (QTest::currentTestFailed())
            return;
    }
    // The host firewalls' rules name rows of the tables, by their numbers.
    checkPowershell(topology, options);
}

std::map<std::string, size_t> openingCounts(const RuleTables& tables)
{
    std::map<std::string, size_t> counts;
    for (const FirewallTable& table : tables.firewalls)
        counts[table.firewall->id] = table.openingCount();
    return counts;
}

} // namespace

class TestFolding : public QObject
{
    Q_OBJECT

private slots:
    void natSampleHasOneRowPerOpening()
    {
        const auto topology = test::loadBundledSample(kNat);
        const RuleTables tables = deriveTables(*topology);
        QCOMPARE(tables.firewalls[0].firewall->id, std::string("internal"));
        QCOMPARE(tables.firewalls[0].rows.size(), kInternalRows);
        QCOMPARE(tables.firewalls[1].rows.size(), kExternalRows);
        QCOMPARE(tables.firewalls[0].openingCount(), kInternalFolded);
        QCOMPARE(tables.firewalls[1].openingCount(), kExternalFolded);
        QCOMPARE(tables.firewalls[1].folded.size(), kExternalFolded + kExternalCovered);
        // Row 1 of the internal table cites both catalog rows of TCP 23456.
        const auto rows = rowViews(*topology, tables, Lang::En, "internal");
        QCOMPARE(rows[0].ports, std::string("23456"));
        QCOMPARE(rows[0].ruleIds, (std::vector<std::string>{"edge-int-1", "xmpp-3"}));
        QVERIFY(rows[0].reference.find("JJ618373") != std::string::npos);
        QVERIFY(rows[0].reference.find("Gg425891") != std::string::npos);
        // The row from Any to the Access Edge on 5061 lists the partner it covers.
        const auto external = rowViews(*topology, tables, Lang::En, "external");
        const auto in5061 = std::find_if(external.begin(), external.end(), [](const RowView& r) {
            return r.ports == "5061" && r.directionId == "inbound";
        });
        QVERIFY(in5061 != external.end());
        QCOMPARE(in5061->source.address, std::string("Any"));
        QCOMPARE(in5061->covers, (std::vector<std::string>{"Public IM provider (198.51.100.20)"}));
        QVERIFY(in5061->note.find("Covers: Public IM provider") != std::string::npos);
        const auto ja = rowViews(*topology, tables, Lang::Ja, "external");
        QVERIFY(ja[size_t(in5061 - external.begin())].note.find("次を含みます") != std::string::npos);
        QTemporaryDir dir;
        checkEveryOutput(*topology, {{"internal", kInternalFolded}, {"external", kExternalFolded}}, dir.path());
    }

    void keptCoveredRowsSayWhichRowCoversThem()
    {
        const auto topology = test::loadBundledSample(kNat);
        const RuleTables tables = deriveTables(*topology);
        const auto rows = rowViews(*topology, tables, Lang::En, "external", CoveredRows::Keep);
        QCOMPARE(rows.size(), kExternalFolded + kExternalCovered);
        size_t covered = 0;
        for (const RowView& row : rows) {
            if (row.coveredBy == 0)
                continue;
            ++covered;
            const RowView& cover = rows[size_t(row.coveredBy - 1)];
            QCOMPARE(cover.number, row.coveredBy);
            QVERIFY(cover.source.address == "Any" || cover.destination.address == "Any");
            QCOMPARE(cover.ports, row.ports);
            QCOMPARE(cover.transport, row.transport);
            QCOMPARE(cover.directionId, row.directionId);
            QVERIFY(row.note.find("covered by row " + std::to_string(row.coveredBy)) != std::string::npos);
        }
        QCOMPARE(covered, kExternalCovered);
        // Fabrikam's 5061 out is covered by edge01 → Any on 5061.
        const auto fabrikam = std::find_if(rows.begin(), rows.end(), [](const RowView& r) {
            return r.destination.component == "Fabrikam (SIP federation)";
        });
        QVERIFY(fabrikam != rows.end());
        QCOMPARE(rows[size_t(fabrikam->coveredBy - 1)].destination.address, std::string("Any"));
        const std::string text = exportRulesText(*topology, {Lang::En, {}, false, CoveredRows::Keep});
        QVERIFY(text.find("covered by row " + std::to_string(fabrikam->coveredBy)) != std::string::npos);
        const auto json = nlohmann::json::parse(exportRulesJson(*topology, {Lang::En, {}, false, CoveredRows::Keep}));
        QCOMPARE(json["firewalls"][1]["rules"].size(), kExternalFolded + kExternalCovered);
        QTemporaryDir dir;
        checkEveryOutput(*topology, {{"internal", kInternalFolded}, {"external", kExternalFolded + kExternalCovered}},
                         dir.path(), CoveredRows::Keep);
        // Folded by default: no row says it is covered.
        QVERIFY(exportRulesText(*topology, {}).find("covered by row") == std::string::npos);
    }

    // The folded rules (and the kept covered ones) are a ruleset nft accepts.
    void foldedNftablesPassesNftCheck()
    {
        const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        QVERIFY2(!nft.isEmpty(), "nft is not installed (make test installs nftables)");
        const auto topology = test::loadBundledSample(kNat);
        QTemporaryDir dir;
        for (const CoveredRows covered : {CoveredRows::Fold, CoveredRows::Keep}) {
            const QString path = dir.filePath(QStringLiteral("rules.nft"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(exportNftables(*topology, {Lang::Ja, {}, false, covered})));
            file.close();
            QProcess process;
            process.start(nft, {QStringLiteral("-c"), QStringLiteral("-f"), path});
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            if (err.contains(QStringLiteral("Operation not permitted")))
                QSKIP("nft --check needs CAP_NET_ADMIN (CI runs as root)");
            QVERIFY2(process.exitCode() == 0, qPrintable(err));
        }
    }

    void everyOutputAgreesAfterEveryEdit()
    {
        Document document(test::loadBundledSample(kNat));
        RuleTableModel window(&document);
        QTemporaryDir dir;
        const Topology& plan = document.topology();
        const ComponentId edge = test::componentNamed(plan, "edge01");
        const ComponentId any = test::componentNamed(plan, "Any");
        const ComponentId remote = test::componentNamed(plan, "Remote users");
        int step = 0;
        auto check = [&](const char* what) {
            ++step;
            const RuleTables fresh = deriveTables(plan);
            const RuleTables& kept = document.tables();
            for (size_t f = 0; f < fresh.firewalls.size(); ++f) {
                QVERIFY2(kept.firewalls[f].folded == fresh.firewalls[f].folded,
                         qPrintable(QStringLiteral("after %1: the kept folded rows of %2 are no fold from scratch")
                                        .arg(QLatin1String(what))
                                        .arg(f)));
                QVERIFY2(kept.firewalls[f].folded ==
                             foldRows(plan, long(f), fresh.firewalls[f].rows),
                         what);
            }
            const QString mismatch = test::ruleTableMismatch(window, rowViews(plan, fresh, Lang::En));
            QVERIFY2(mismatch.isEmpty(), qPrintable(QLatin1String(what) + QStringLiteral(": ") + mismatch));
            const auto counts = openingCounts(fresh);
            checkNumbered(fromWindow(window), counts, "window");
            if (QTest::currentTestFailed())
                return;
            checkEveryOutput(plan, counts, dir.path());
        };
        check("loading");
        QCOMPARE(openingCounts(document.tables())["external"], kExternalFolded);

        // A second named partner on 5061: covered by the row to Any at once.
        const ComponentId partner = document.addComponent("sip-federation-partner", "external", {900, 100});
        QVERIFY(partner.isValid());
        Component named = *plan.component(partner);
        named.name = "Contoso partner";
        named.interfaces["public"].address = "198.51.100.77";
        QVERIFY(document.changeComponents({named}, QStringLiteral("Readdress")));
        QVERIFY(document.addLink(edge, partner).isValid());
        check("a partner added and linked");
        QCOMPARE(openingCounts(document.tables())["external"], kExternalFolded);

        // Remote users given an address: its TCP 443 is its own opening, covered by Any's.
        Component users = *plan.component(remote);
        users.interfaces["public"].address = "203.0.113.50";
        QVERIFY(document.changeComponents({users}, QStringLiteral("Readdress")));
        check("remote users readdressed");

        // The Any host removed: nothing covers the named rows any more.
        QVERIFY(document.removeItems({any}, {}));
        check("the Any host removed");
        // Its 13 rows (rows 1 to 13 of the table, from or to Any) go; the
        // 11 partner and remote-user rows and the new partner's edge01 →
        // 198.51.100.77 TCP 5061 stay, each its own opening now: 12.
        QCOMPARE(openingCounts(document.tables())["external"], size_t(12));
        document.undoStack()->undo();
        check("its removal undone");
        QCOMPARE(openingCounts(document.tables())["external"], kExternalFolded);
        document.undoStack()->redo();
        check("its removal redone");
        document.undoStack()->undo();
        check("undone again");

        // A rename sorts rows elsewhere: the same openings.
        Component renamed = *plan.component(any);
        renamed.name = "AAA anywhere";
        QVERIFY(document.changeComponents({renamed}, QStringLiteral("Rename")));
        check("the Any host renamed");

        QVERIFY(document.setScenarioEnabled("public-im", false));
        check("public IM off");
        QVERIFY(document.setScenarioEnabled("public-im", true));
        check("public IM on");
        QVERIFY(document.setVariant("scaled-dns"));
        check("the scaled DNS variant");
        document.undoStack()->undo();
        check("the variant undone");
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        check("everything undone");
        QCOMPARE(openingCounts(document.tables())["external"], kExternalFolded);
        QCOMPARE(step, 13);
    }
};

QTEST_MAIN(TestFolding)
#include "tst_folding.moc"
