// Every export of the rule tables, read back by a real reader: CSV parsed,
// XLSX through xlsx2csv, HTML and draw.io as XML, nftables through
// `nft --check`, PowerShell and ASA tokenised, each with a hostile name.

#include "export/DocumentExport.h"
#include "export/ExportFormats.h"
#include "export/FirewallConfigExport.h"
#include "rules/TableView.h"
#include "export/TableExport.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace edgeplan;

namespace {

const std::string kHostile = "=HYPERLINK(\"x\"), \"quoted\"\n<script>alert('1')</script> ‘curly’ & \\";

// RFC 4180 parser: rows of cells.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.empty() || !rows.back().empty())
        rows.back().push_back(cell);
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

// The values of PowerShell's single-quoted literals in a line, as PowerShell reads them.
std::vector<std::string> powershellLiterals(const std::string& line)
{
    auto isQuote = [&](size_t i, size_t* length) {
        if (line[i] == '\'') {
            *length = 1;
            return true;
        }
        if (i + 2 < line.size() && static_cast<unsigned char>(line[i]) == 0xE2 &&
            static_cast<unsigned char>(line[i + 1]) == 0x80 &&
            static_cast<unsigned char>(line[i + 2]) >= 0x98 &&
            static_cast<unsigned char>(line[i + 2]) <= 0x9B) {
            *length = 3;
            return true;
        }
        return false;
    };
    std::vector<std::string> values;
    size_t i = 0;
    size_t q = 0;
    while (i < line.size()) {
        if (!isQuote(i, &q)) {
            ++i;
            continue;
        }
        i += q;
        std::string value;
        while (i < line.size()) {
            size_t q1 = 0;
            size_t q2 = 0;
            if (isQuote(i, &q1)) {
                if (i + q1 < line.size() && isQuote(i + q1, &q2)) {
                    value += line.substr(i, q1);
                    i += q1 + q2;
                    continue;
                }
                i += q1;
                break;
            }
            value += line[i++];
        }
        values.push_back(value);
    }
    return values;
}

QString tool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<Topology> hostileSample()
    {
        auto topology = test::loadSample();
        topology->setComponentName(test::componentNamed(*topology, "Remote user"), kHostile);
        topology->setName("<b>Plan</b> & \"quotes\"");
        return topology;
    }

private Q_SLOTS:
    void csvParsesBack()
    {
        const auto topology = hostileSample();
        const std::string csv = exportRulesCsv(*topology, {Lang::En, {}, false});
        QVERIFY(csv.rfind("\xEF\xBB\xBF", 0) == 0);
        const auto rows = parseCsv(csv.substr(3));
        QCOMPARE(rows.size(), size_t(11));
        // The row's number first (one numbering with every output), then the 13 cells.
        for (const auto& row : rows)
            QCOMPARE(row.size(), size_t(14));
        QCOMPARE(rows[0][0], std::string("#"));
        QCOMPARE(rows[0][1], std::string("Firewall"));
        QCOMPARE(rows[1][0], std::string("1"));
        // The hostile name survives, neutralised against formula injection.
        const auto hostileRow = std::find_if(rows.begin(), rows.end(),
                                             [](const auto& r) { return r[7] == "443"; });
        QVERIFY(hostileRow != rows.end());
        QCOMPARE((*hostileRow)[8], "'" + kHostile);
        QCOMPARE((*hostileRow)[9], std::string("192.0.2.50"));
    }

    void csvNeutralisesEveryFormulaStart_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* start : {"=", "+", "-", "@", "\t", "\r"})
            QTest::newRow(start) << QString::fromLatin1(start) + QStringLiteral("SUM(A1)");
    }

    void csvNeutralisesEveryFormulaStart()
    {
        QFETCH(QString, name);
        const std::string cell = csvCell(name.toStdString());
        const auto rows = parseCsv(cell + "\r\n");
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][0], "'" + name.toStdString());
        QCOMPARE(csvCell("plain"), std::string("plain"));
    }

    void mergedRows()
    {
        const auto topology = test::loadSample();
        const std::string csv = exportRulesCsv(*topology, {Lang::En, {}, true});
        const auto rows = parseCsv(csv.substr(3));
        // STUN both ways and RTP stay apart (different direction or transport); 10 rules, 10 rows:
        // nothing in the sample shares firewall, direction, ends, transport and protocol.
        QCOMPARE(rows.size(), size_t(11));
        QCOMPARE(rows[0].back(), std::string("Rules"));
        // Two ports between the same ends with the same protocol merge into one row.
        auto plan = test::loadSample();
        const RuleTables tables = deriveTables(*plan);
        auto views = rowViews(*plan, tables, Lang::En);
        views[2].ports = "5062";
        views[2].directionId = views[1].directionId;
        views[2].source = views[1].source;
        views[2].destination = views[1].destination;
        views[2].ruleIds = {"extra"};
        const auto merged = mergeRows(views);
        QCOMPARE(merged.size(), views.size() - 1);
        QCOMPARE(merged[1].ports, views[1].ports + ", 5062");
        QCOMPARE(merged[1].count, 2);
    }

    void xlsxReadByXlsx2csv()
    {
        const QString xlsx2csv = tool(QStringLiteral("xlsx2csv"));
        QVERIFY2(!xlsx2csv.isEmpty(), "xlsx2csv is not installed (make test installs it)");
        const auto topology = hostileSample();
        for (Lang lang : {Lang::En, Lang::Ja}) {
            const QString path = m_dir.filePath(QStringLiteral("rules-%1.xlsx").arg(langCode(lang)));
            const std::string error = exportRulesXlsx(*topology, {lang, {}, false}, path.toStdString());
            QVERIFY2(error.empty(), error.c_str());
            QProcess process;
            process.start(xlsx2csv, {QStringLiteral("--all"), path});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            const QStringList sheets = out.split(QStringLiteral("-------- "), Qt::SkipEmptyParts);
            QCOMPARE(sheets.size(), 5);
            if (lang == Lang::En) {
                QVERIFY(sheets[0].startsWith(QStringLiteral("1 - Summary")));
                QVERIFY(sheets[1].startsWith(QStringLiteral("2 - Internal firewall")));
                QVERIFY(sheets[2].startsWith(QStringLiteral("3 - External firewall")));
                // The DNS records and certificates of the same plan.
                QVERIFY(sheets[3].startsWith(QStringLiteral("4 - DNS records")));
                QVERIFY(sheets[3].contains(QStringLiteral("_sipfederationtls._tcp.")));
                QVERIFY(sheets[4].startsWith(QStringLiteral("5 - Certificates")));
                QVERIFY(sheets[4].contains(QStringLiteral("Public CA")));
                QVERIFY(sheets[0].contains(QStringLiteral("JJ618373")));
                QVERIFY(sheets[0].contains(QStringLiteral("203.0.113.10")));
            } else {
                QVERIFY(sheets[1].startsWith(QStringLiteral("2 - 内部ファイアウォール")));
                QVERIFY(sheets[3].startsWith(QStringLiteral("4 - DNS レコード")));
                QVERIFY(sheets[4].startsWith(QStringLiteral("5 - 証明書")));
                QVERIFY(sheets[2].contains(QStringLiteral("SIP を使用したフェデレーションおよびパブリック IM 接続用")));
            }
            // Header + rows; ports stay text.
            QCOMPARE(sheets[1].trimmed().split('\n').size(), 1 + 1 + 1);
            QVERIFY(sheets[2].contains(QStringLiteral(",50000-59999,")));
            QVERIFY(sheets[2].contains(QStringLiteral("<script>")));
        }
    }

    void xlsxFailureLeavesOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/rules.xlsx"));
        const auto topology = test::loadSample();
        const std::string error = exportRulesXlsx(*topology, {}, path.toStdString());
        QVERIFY(!error.empty());
        QVERIFY(!QFile::exists(path));
    }

    void htmlIsWellFormedAndEscaped()
    {
        const auto topology = hostileSample();
        const std::string html = exportRulesHtml(*topology, {Lang::En, {}, false});
        QXmlStreamReader xml(QByteArray::fromStdString(html));
        int cells = 0;
        int tables = 0;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                QVERIFY2(xml.name() != QLatin1String("script"), "a script element in the export");
                cells += xml.name() == QLatin1String("td");
                tables += xml.name() == QLatin1String("table");
            }
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(tables, 2);
        QCOMPARE(cells, 10 * 12); // the row's number and 11 cells
        QVERIFY(text.contains(QStringLiteral("<script>alert('1')</script>")));
        QVERIFY(QByteArray::fromStdString(html).contains("&lt;script&gt;"));
        QVERIFY(!QByteArray::fromStdString(html).contains("<script"));
        QVERIFY(html.find("@page { size: A4") != std::string::npos);
    }

    void nftablesPassesNftCheck()
    {
        const QString nft = tool(QStringLiteral("nft"));
        QVERIFY2(!nft.isEmpty(), "nft is not installed (make test installs nftables)");
        auto topology = hostileSample();
        // IPv6 and an Any end in the same ruleset.
        topology->setInterfaceAddress(test::componentNamed(*topology, "Litware (XMPP)"), "public", "");
        for (Lang lang : {Lang::En, Lang::Ja}) {
            const QString path = m_dir.filePath(QStringLiteral("rules-%1.nft").arg(langCode(lang)));
            QString error;
            QVERIFY(writeFileAtomically(path, exportNftables(*topology, {lang, {}, false}), &error));
            QProcess process;
            process.start(nft, {QStringLiteral("--check"), QStringLiteral("--file"), path});
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            if (err.contains(QStringLiteral("Operation not permitted")))
                QSKIP("nft --check needs CAP_NET_ADMIN (CI runs as root)");
            QVERIFY2(process.exitCode() == 0, qPrintable(err));
        }
        const std::string text = exportNftables(*topology, {});
        QVERIFY(text.find("table inet edgeplan") != std::string::npos);
        QVERIFY(text.find("tcp dport 50000-59999") != std::string::npos);
        QVERIFY(text.find("chain external_inbound") != std::string::npos);
        // Any: no address match at all on the XMPP partner's side.
        QVERIFY(text.find("tcp dport 5269 accept comment \"xmpp-1 XMPP\"") != std::string::npos);
        QVERIFY(text.find("ip daddr 203.0.113.10 tcp dport 5269") != std::string::npos);
    }

    void powershellQuotesHostileNames()
    {
        const auto topology = hostileSample();
        const std::string script = exportPowershell(*topology, {Lang::En, {}, false});
        int commands = 0;
        bool sawHostile = false;
        size_t start = 0;
        while (start < script.size()) {
            const size_t end = script.find('\n', start);
            const std::string line = script.substr(start, end - start);
            start = end == std::string::npos ? script.size() : end + 1;
            if (line.rfind("New-NetFirewallRule", 0) != 0)
                continue;
            ++commands;
            const auto literals = powershellLiterals(line);
            QCOMPARE(literals.size(), size_t(4)); // name, port, address, description
            if (literals[0].find("<script>") != std::string::npos) {
                sawHostile = true;
                std::string expected = kHostile;
                std::replace(expected.begin(), expected.end(), '\n', ' ');
                // Named after the firewall's table and the row's number there.
                QCOMPARE(literals[0], "Edgeplan External firewall 4 (public-im-3): SIP (TLS) from " + expected);
            }
            // Outside the literals only the cmdlet and its switches remain.
            std::string rest = line;
            for (const char* word : {"New-NetFirewallRule", "-DisplayName", "-Direction", "Inbound",
                                     "Outbound", "-Protocol", "TCP", "UDP", "-LocalPort",
                                     "-RemotePort", "-RemoteAddress", "-Action", "Allow",
                                     "-Description"})
                for (size_t p; (p = rest.find(word)) != std::string::npos && p < rest.find('\'');)
                    rest.erase(p, std::strlen(word));
            QVERIFY2(rest.find_first_not_of(' ') == rest.find('\''), line.c_str());
        }
        QCOMPARE(commands, 10); // every rule touches the edge server
        QVERIFY(sawHostile);
        QCOMPARE(powershellQuote("it's ‘x’"), std::string("'it''s ‘‘x’’'"));
    }

    void asaListsAndObjectGroups()
    {
        const auto topology = hostileSample();
        const std::string asa = exportAsa(*topology, {Lang::En, {}, false});
        QVERIFY(asa.find("object-group network EP_edge01\n") != std::string::npos);
        QVERIFY(asa.find("access-list external_outside_in extended permit tcp object-group EP_") !=
                std::string::npos);
        QVERIFY(asa.find("range 50000 59999") != std::string::npos);
        QVERIFY(asa.find("access-list internal_inside_in extended permit tcp object-group EP_fepool01 "
                         "object-group EP_edge01 eq 23456") != std::string::npos);
        size_t permits = 0;
        for (size_t p = 0; (p = asa.find(" extended permit ", p)) != std::string::npos; ++p)
            ++permits;
        QCOMPARE(permits, size_t(10));
        // No line break smuggled in by the hostile name: every line is a known statement.
        size_t start = 0;
        while (start < asa.size()) {
            const size_t end = asa.find('\n', start);
            const std::string line = asa.substr(start, end - start);
            start = end + 1;
            const bool known = line.rfind("!", 0) == 0 || line.rfind("object-group network ", 0) == 0 ||
                               line.rfind(" description ", 0) == 0 ||
                               line.rfind(" network-object host ", 0) == 0 ||
                               line.rfind("access-list ", 0) == 0;
            QVERIFY2(known, line.c_str());
        }
    }

    void drawioHasACellPerComponentAndLink()
    {
        const auto topology = hostileSample();
        const std::string drawio = exportDrawio(*topology, {Lang::En, {}, false});
        QXmlStreamReader xml(QByteArray::fromStdString(drawio));
        int vertices = 0;
        int edges = 0;
        int zones = 0;
        QStringList labels;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != QLatin1String("mxCell"))
                continue;
            const auto attributes = xml.attributes();
            const QString id = attributes.value(QLatin1String("id")).toString();
            if (id.startsWith(QLatin1String("zone-")))
                ++zones;
            else if (attributes.value(QLatin1String("vertex")) == QLatin1String("1"))
                ++vertices;
            if (attributes.value(QLatin1String("edge")) == QLatin1String("1")) {
                ++edges;
                labels << attributes.value(QLatin1String("value")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(zones, 3);
        QCOMPARE(vertices, 7);
        QCOMPARE(edges, 6);
        QVERIFY(labels.join('\n').contains(QStringLiteral("UDP 3478 STUN/MSTURN ⇄")));
        QVERIFY(labels.join('\n').contains(QStringLiteral("TCP 23456 XMPP (MTLS)")));
    }

    void everyTextFormatThroughTheCommandLine()
    {
        const QString sample = QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan");
        for (const ExportFormat& format : exportFormatTable()) {
            if (format.kind != ExportKind::Text)
                continue;
            for (const char* lang : {"en", "ja"}) {
                const QString out = m_dir.filePath(QStringLiteral("cli-%1-%2.%3")
                                                       .arg(QLatin1String(format.id), QLatin1String(lang),
                                                            QLatin1String(format.extension)));
                QProcess process;
                process.start(QStringLiteral(EDGEPLAN_BINARY),
                              {QStringLiteral("export"), QStringLiteral("--format"),
                               QLatin1String(format.id), QStringLiteral("--lang"), QLatin1String(lang),
                               QStringLiteral("--output"), out, sample});
                QVERIFY(process.waitForFinished(60000));
                QVERIFY2(process.exitCode() == 0, format.id);
                QVERIFY2(QFileInfo(out).size() > 200, format.id);
            }
        }
    }

    // An end without an address reads 任意 in Japanese tables, as the
    // inspector says it (#25); the firewall configurations keep their own
    // keyword, whatever the language.
    void anyIsTranslatedInTablesNotInConfigurations()
    {
        const auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        const std::string anyJa = "\u4efb\u610f";
        int anyEnds = 0;
        for (const RowView& row : rowViews(*topology, deriveTables(*topology), Lang::Ja))
            for (const EndpointView* end : {&row.source, &row.destination})
                if (end->address == "Any") {
                    ++anyEnds;
                    QCOMPARE(end->addressCell, anyJa);
                }
        QVERIFY(anyEnds >= 10);
        for (const RowView& row : rowViews(*topology, deriveTables(*topology), Lang::En))
            QVERIFY(row.source.addressCell != anyJa && row.destination.addressCell != anyJa);
        const ExportOptions ja{Lang::Ja, {}, false};
        for (const std::string& table : {exportRulesCsv(*topology, ja), exportRulesText(*topology, ja),
                                         exportRulesMarkdown(*topology, ja), exportRulesHtml(*topology, ja)}) {
            QVERIFY(table.find(anyJa) != std::string::npos);
            // "Any" is left only as the name the plan gives a component.
            QVERIFY2(table.find("(Any)") == std::string::npos && table.find("Internal clients,Any") == std::string::npos &&
                         table.find("Internal clients (Any)") == std::string::npos &&
                         table.find("Internal clients | Any") == std::string::npos,
                     table.substr(0, 400).c_str());
        }
        for (const std::string& config : {exportNftables(*topology, ja), exportAsa(*topology, ja)}) {
            // Only the comments may say 任意 (the plan's words); no rule line does.
            for (const QString& line : QString::fromStdString(config).split(QLatin1Char('\n'))) {
                const QString code = line.section(QLatin1Char('#'), 0, 0).section(QStringLiteral(" remark "), 0, 0);
                QVERIFY2(!code.contains(QString::fromStdString(anyJa)), qPrintable(line));
            }
        }
        QVERIFY(exportPowershell(*topology, ja).find("-RemoteAddress 'Any'") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
