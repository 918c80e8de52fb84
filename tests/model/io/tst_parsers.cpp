// Every parser is linear and bounded (issue 21, findings 4 and 10): the CSV
// reader refuses the pathological shapes at their limits, with the place,
// and takes what is just below them, in UTF-8 and in UTF-16LE; every number
// of a catalog or a plan is read strictly, anything else refused with its
// JSON pointer. No timing here: the bench times the reader.

#include "ModelSupport.h"

#include "base/Messages.h"
#include "base/Ports.h"
#include "catalog/CatalogReader.h"
#include "import/FederationImport.h"
#include "import/Import.h"
#include "io/CsvReader.h"
#include "io/JsonReader.h"
#include "io/XmlTree.h"
#include "lync/TopologyFile.h"

#include <QTest>

using namespace edgeplan;
using nlohmann::json;

namespace {

// "line L, column C" with the column in characters, for fields of `width`
// characters each followed by a comma: where field `index` (0-based) starts.
QString fieldPlace(int line, size_t index, size_t width)
{
    return QStringLiteral("line %1, column %2").arg(line).arg(index * (width + 1) + 1);
}

std::string repeat(const std::string& piece, size_t count)
{
    std::string out;
    out.reserve(piece.size() * count);
    for (size_t i = 0; i < count; ++i)
        out += piece;
    return out;
}

// `count` fields of `field` in one record, and its line end.
std::string record(const std::string& field, size_t count, const std::string& end = "\n")
{
    std::string out = repeat(field + ",", count);
    out.back() = end[0];
    return out + end.substr(1);
}

// The UTF-8 text as Windows' Export-Csv -Encoding Unicode writes it.
QByteArray utf16le(const QByteArray& utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out("\xff\xfe");
    out.reserve(2 + 2 * text.size());
    for (const QChar c : text) {
        out += char(c.unicode() & 0xff);
        out += char(c.unicode() >> 8);
    }
    return out;
}

QString firstRefusal(const Diagnostics& diagnostics);

QString csvResult(const std::optional<CsvTable>& table, const Diagnostics& diagnostics)
{
    return table ? QStringLiteral("%1 rows").arg(table->rows.size()) : firstRefusal(diagnostics);
}

// "code at place" of the first diagnostic, or why it cannot be shown.
QString firstRefusal(const Diagnostics& diagnostics)
{
    if (diagnostics.empty())
        return QStringLiteral("no diagnostic");
    const Diagnostic& d = diagnostics.front();
    if (!hasTranslatedMessage(d))
        return QStringLiteral("no Japanese message for ") + QString::fromStdString(d.code);
    return QString::fromStdString(d.code + " at " + d.where);
}

} // namespace

class TestParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each shape in UTF-8 and in UTF-16LE with a byte-order mark: the result
    // ("N rows", or "code at place") is the same, the column counted in
    // characters.
    void csvLimits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("result");
        const size_t fields = CsvLimits::kMaxFieldsPerRecord;
        const size_t records = CsvLimits::kMaxRecords;
        const size_t bytes = CsvLimits::kMaxFieldBytes;
        const auto add = [](const char* name, const std::string& text, const QString& result) {
            const QByteArray utf8 = QByteArray::fromStdString(text);
            QTest::newRow(name) << utf8 << result;
            QTest::newRow((std::string(name) + ", UTF-16LE").c_str()) << utf16le(utf8) << result;
        };
        const auto refused = [](const char* code, const QString& place) {
            return QString::fromLatin1(code) + QStringLiteral(" at ") + place;
        };

        // One huge line of quoted fields (finding 4: 100,000 of them).
        add("100,000 quoted fields on one line", record("\"日\"", 100000),
            refused("limit.record-fields", fieldPlace(1, fields, 3)));
        add("quoted fields up to the limit", record("\"日\"", fields) + record("\"x\"", fields), "1 rows");
        add("one quoted field past the limit", record("\"日\"", fields + 1),
            refused("limit.record-fields", fieldPlace(1, fields, 3)));
        // Millions of empty fields: on one line, and over many lines.
        add("4 MiB of commas", std::string(4 * 1024 * 1024, ',') + "\n",
            refused("limit.record-fields", fieldPlace(1, fields, 0)));
        const size_t linesBelow = CsvLimits::kMaxFields / fields;
        add("empty fields up to the limit in all", repeat(record("", fields), linesBelow),
            QStringLiteral("%1 rows").arg(linesBelow - 1));
        add("one empty field past the limit in all",
            repeat(record("", fields), linesBelow) + record("", CsvLimits::kMaxFields - linesBelow * fields + 1),
            refused("limit.fields", fieldPlace(int(linesBelow) + 1, CsvLimits::kMaxFields - linesBelow * fields, 0)));
        add("millions of empty fields over many lines", repeat(record("", fields), linesBelow + 1000),
            refused("limit.fields", fieldPlace(int(linesBelow) + 1, CsvLimits::kMaxFields - linesBelow * fields, 0)));
        // A huge number of records, with LF, CRLF, and both mixed.
        add("records up to the limit", "a\n" + repeat("x\n", records), QStringLiteral("%1 rows").arg(records));
        add("one record past the limit", "a\n" + repeat("x\n", records + 1),
            refused("limit.rows", fieldPlace(int(records) + 2, 0, 0)));
        add("one CRLF record past the limit", "a\r\n" + repeat("x\r\n", records + 1),
            refused("limit.rows", fieldPlace(int(records) + 2, 0, 0)));
        add("CRLF and LF mixed, past the limit", "a\r\n" + repeat("x\r\ny\n", records / 2) + "\"z\"\r\n",
            refused("limit.rows", fieldPlace(int(records) + 2, 0, 0)));
        add("quoted line breaks count as lines", "a,b\n" + repeat("\"x\r\ny\",\"\n\"\n", records) + "z,z\n",
            refused("limit.rows", fieldPlace(int(3 * records) + 2, 0, 0)));
        add("CRLF and LF mixed, below the limit", "a,b\r\n" + repeat("x,\"1\"\r\ny,2\n", 1000), "2000 rows");
        // A huge single field, plain and quoted.
        add("a field of 1 MiB", "a,b\nx," + std::string(1024 * 1024, 'x') + "\n",
            refused("limit.field", fieldPlace(2, 1, 1)));
        add("a quoted field of 1 MiB", "a,b\nx,\"" + std::string(1024 * 1024, 'x') + "\"\n",
            refused("limit.field", fieldPlace(2, 1, 1)));
        add("a field at the limit", "a,b\nx," + std::string(bytes, 'x') + "\n", "1 rows");
        add("a field a byte past the limit", "a,b\nx," + std::string(bytes + 1, 'x') + "\n",
            refused("limit.field", fieldPlace(2, 1, 1)));
        add("a quoted field at the limit, doubled quotes counted once",
            "a\n\"" + repeat("\"\"", bytes) + "\"\n", "1 rows");
        add("a quoted field a byte past the limit", "a\n\"" + repeat("\"\"", bytes) + "x\"\n",
            refused("limit.field", fieldPlace(2, 0, 0)));
        add("a quoted field of line breaks past the limit", "a\n\"" + std::string(bytes + 1, '\n') + "\"\n",
            refused("limit.field", fieldPlace(2, 0, 0)));
        // An unterminated quote: named where it opens, not where the text ends.
        add("an unterminated quote", "a,b\nx,\"" + std::string(4 * 1024, 'y'),
            refused("csv.quote", fieldPlace(2, 1, 1)));
    }

    void csvLimits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, result);
        Diagnostics diagnostics;
        const auto text = decodeText(bytes.toStdString(), diagnostics);
        QVERIFY2(text, joinDiagnostics(diagnostics, "").c_str());
        const auto table = readCsv(*text, diagnostics);
        QCOMPARE(csvResult(table, diagnostics), result);
        QCOMPARE(diagnostics.size(), size_t(table ? 0 : 1));
    }

    // Through the import, the place counts the #TYPE line, and the format
    // is still told from the header alone.
    void federationListLimits()
    {
        const std::string header = "\"Identity\",\"Domain\",\"ProxyFqdn\",\"Comment\",\"MarkForMonitoring\"";
        const std::string bytes = "#TYPE Microsoft.Rtc.Management.WritableConfig.Policy.Edge.AllowedDomain\n" + header +
                                  "\n" + record("\"a\"", 300);
        QCOMPARE(detectImportFormat(bytes), ImportFormat::FederationList);
        const auto plan = test::loadSample();
        const ImportResult result = importFederationList(bytes, *plan);
        QVERIFY(!result.topology);
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(QString::fromStdString(result.diagnostics.front().toString()),
                 QStringLiteral("line 3, column 1025: a record has more than 256 fields"));
        QCOMPARE(QString::fromStdString(diagnosticString(result.diagnostics.front(), Lang::Ja)),
                 QStringLiteral("3 行 1025 列: フィールドが 256 個を超えるレコードがあります"));
    }

    // An element's attributes are bounded as its children are.
    void xmlAttributes_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("result");
        QTest::newRow("at the limit") << 256 << "";
        QTest::newRow("one past") << 257 << "line 2, column 1: an element has more than 256 attributes";
        QTest::newRow("a hundred thousand") << 100000 << "line 2, column 1: an element has more than 256 attributes";
    }

    void xmlAttributes()
    {
        QFETCH(int, count);
        QFETCH(QString, result);
        std::string xml = "<Topology>\n<Machine";
        for (int i = 0; i < count; ++i)
            xml += " a" + std::to_string(i) + "=\"\"";
        xml += "/></Topology>";
        Diagnostics diagnostics;
        const auto root = parseXml(xml, diagnostics);
        QCOMPARE(diagnostics.empty() ? QString() : QString::fromStdString(diagnostics.front().toString()), result);
        QCOMPARE(bool(root), result.isEmpty());
        if (root)
            QCOMPARE(root->children.at(0)->attributes.size(), size_t(count));
        for (const Diagnostic& d : diagnostics)
            QVERIFY2(hasTranslatedMessage(d), d.code.c_str());
    }

    // The topology reader finds repeated interfaces and domains through sets
    // (linear in their number), case-blind as before.
    void topologyRepeats()
    {
        std::string xml = "<Topology><InternalDomains DefaultDomain=\"contoso.com\">"
                          "<InternalDomain Name=\"Contoso.COM\"/><InternalDomain Name=\"fabrikam.com\"/>"
                          "<InternalDomain Name=\"FABRIKAM.com\"/></InternalDomains>"
                          "<Sites><Site SiteId=\"1\"/></Sites><Clusters><Cluster><ClusterId SiteId=\"1\" Number=\"1\"/>"
                          "<Machine Fqdn=\"a.contoso.com\">";
        for (int i = 0; i < 5000; ++i)
            xml += "<NetInterface InterfaceSide=\"Side" + std::to_string(i) + "\" InterfaceNumber=\"1\"/>";
        xml += "<NetInterface InterfaceSide=\"side4999\" InterfaceNumber=\"1\"/>"
               "<NetInterface InterfaceSide=\"Side4999\" InterfaceNumber=\"2\"/>"
               "</Machine></Cluster></Clusters></Topology>";
        Diagnostics diagnostics;
        const auto root = parseXml(xml, diagnostics);
        QVERIFY(root);
        const lync::TopologyFile file = lync::readTopologyFile(*root, diagnostics);
        QCOMPARE(file.domains, (std::vector<std::string>{"contoso.com", "fabrikam.com"}));
        QCOMPARE(diagnostics.size(), size_t(1));
        QCOMPARE(QString::fromStdString(diagnostics.front().code), QStringLiteral("import.duplicate-interface"));
        QVERIFY2(diagnostics.front().where.rfind("line 1, column ", 0) == 0, diagnostics.front().where.c_str());
        QCOMPARE(file.clusters.at(0).machines.at(0).interfaces.size(), size_t(5002));
    }

    // Ports as the catalog writes them: strict, "1,2" is not 12.
    void portRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result"); // canonical, or empty when refused
        QTest::newRow("single") << "5061" << "5061";
        QTest::newRow("range") << "50000-59999" << "50000-59999";
        QTest::newRow("document's thousands") << "50,000-59,999" << "50000-59999";
        QTest::newRow("thousands, single") << "1,000" << "1000";
        QTest::newRow("whole range") << "1-65535" << "1-65535";
        QTest::newRow("one-port range") << "80-80" << "80";
        for (const char* bad : {"1,2", "1 2", "0x10", "065536", "05061", "5-", "-5", "-", "+5061", " 5061",
                                "5061 ", "5061\n", "5061.0", "5061.7", "1e3", "50000 - 59999", "50000--59999",
                                "5-6-7", "5,0000", "50,00", ",5061", "5061,", "50,,000", "0,080", "１２３",
                                "5061a", "", "0", "65536", "65,536", "99999999999999999999", "60000-50000"})
            QTest::newRow(qPrintable(QStringLiteral("bad \"%1\"").arg(QString::fromUtf8(bad)))) << bad << "";
    }

    void portRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, result);
        std::string why;
        const auto range = parsePortRange(text.toStdString(), &why);
        QCOMPARE(range ? QString::fromStdString(range->toString()) : QString(), result);
        QCOMPARE(why.empty(), bool(range));
    }

    // Each number field of a catalog, several bad values each, refused with
    // its pointer; the valid forms still load.
    void catalogNumbers_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QString>("code");  // empty: loads
        const json catalog = json::parse(test::catalogBytes());
        size_t srv = 0;
        while (catalog["dns"][srv]["type"] != "SRV")
            ++srv;
        const QString dns = QStringLiteral("/dns/%1").arg(srv);
        const auto add = [](const QString& pointer, const char* value, const char* code) {
            QTest::newRow(qPrintable(pointer + QStringLiteral(" = ") + QString::fromUtf8(value)))
                << pointer << QString::fromUtf8(value) << QString::fromLatin1(code);
        };
        for (const char* bad : {R"("1,2")", R"("1 2")", R"("0x10")", R"("065536")", R"("5-")", R"("-5")",
                                R"("+5061")", R"(" 5061")", R"("5061.7")", R"("1e3")", R"("50000 - 59999")",
                                R"("50,00-59,999")", R"("0")"})
            add("/rules/0/ports", bad, "catalog.ports");
        add("/rules/0/ports", "5061", "json.type");
        for (const char* good : {R"("5061")", R"("50000-59999")", R"("50,000-59,999")", R"("1,000")"})
            add("/rules/0/ports", good, "");
        for (const char* bad : {"1.5", "1.0", "1e0", R"("1")", "true", "18446744073709551617"})
            add("/version", bad, "json.type");
        add("/version", "18446744073709551615", "number.range");
        add("/version", "2", "catalog.version");
        add("/version", "-1", "catalog.version");
        for (const char* bad : {"0", "-1", "4294967297", "9223372036854775808"})
            add("/rules/0/reference/row", bad, "number.range");
        for (const char* bad : {"1.5", "3.0", "1e3", R"("3")", "null"})
            add("/rules/0/reference/row", bad, "json.type");
        add("/rules/0/reference/row", "1000000", "");
        for (const char* bad : {"0", "-443", "65536", "4294967739"})
            add(dns + "/port", bad, "port.range");
        for (const char* bad : {"443.5", "443.0", "4.43e2", R"("443")", "[443]"})
            add(dns + "/port", bad, "json.type");
        for (const char* field : {"/priority", "/weight"}) {
            for (const char* bad : {"-1", "65536", "18446744073709551615"})
                add(dns + field, bad, "number.range");
            for (const char* bad : {"0.5", "1e1", R"("10")"})
                add(dns + field, bad, "json.type");
            add(dns + field, "0", "");
            add(dns + field, "65535", "");
        }
    }

    void catalogNumbers()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        json doc = json::parse(test::catalogBytes());
        doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        const CatalogLoadResult result = loadCatalog(doc.dump(2));
        if (code.isEmpty()) {
            QVERIFY2(result.catalog, joinDiagnostics(result.diagnostics, "").c_str());
            return;
        }
        QVERIFY(!result.catalog);
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(firstRefusal(result.diagnostics), code + QStringLiteral(" at ") + pointer);
    }

    // Shapes of a JSON file within 64 MiB that cost memory far beyond their
    // bytes: each refused while it is parsed, at the limit it passes, with
    // its place; the same shape just within the limit passes the parse
    // (and fails for what it is, not for its size).
    void jsonLimits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("catalog"); // else a plan
        QTest::addColumn<QString>("result");
        const size_t items = JsonReader::kMaxItems;
        const std::string plan = R"({"format":"edgeplan","version":1,"catalog":"lync2013-federation","name":"x",)";
        const auto list = [](const std::string& item, size_t count) { return record(item, count, "]"); };
        const auto add = [](const char* name, const std::string& text, const char* result, bool catalog = false) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << catalog << QString::fromUtf8(result);
        };

        add("many empty arrays", "[" + list("[]", items + 1), "limit.items at /");
        add("empty arrays up to the limit", "[" + list("[]", items), "json.type at /");
        add("many empty objects as components", plan + R"("components":[)" + list("{}", items + 1) + "}",
            "limit.items at /components");
        add("many small numbers as links", plan + R"("links":[)" + list("0", items + 1) + "}", "limit.items at /links");
        add("a repeated key", "{" + record(R"("a":0)", items + 1, "}"), "limit.items at /");
        add("a repeated key up to the limit", "{" + record(R"("a":0)", items, "}"), "json.missing at /format");
        add("a repeated key in the naming", plan + R"("naming":{)" + record(R"("a":[])", items + 1, "}") + "}",
            "limit.items at /naming");
        add("many rules in a catalog", R"({"format":"edgeplan-catalog","rules":[)" + list("{}", items + 1) + "}",
            "limit.items at /rules", true);
        // Lists each within the limit, past the limit of values in all: the
        // value one past it is the first to be refused. Value 1 is the root,
        // then each list and its members.
        const size_t lists = JsonReader::kMaxValues / (items + 1) + 1;
        const size_t past = JsonReader::kMaxValues + 1 - 2;
        add("values past the limit in all", "[" + list("[" + list("0", items), lists),
            qPrintable(QStringLiteral("limit.values at /%1/%2").arg(past / (items + 1)).arg(past % (items + 1) - 1)));
        add("nesting one level past the limit", std::string(JsonReader::kMaxDepth + 1, '['),
            "limit.depth at line 1, column 65");
        add("nesting at the limit", std::string(JsonReader::kMaxDepth, '[') + std::string(JsonReader::kMaxDepth, ']'),
            "json.type at /");
        add("a text one character past the limit",
            R"({"name":")" + repeat("名", JsonReader::kMaxStringLength + 1) + R"("})",
            "limit.string-length at line 1, column 9");
        add("a text at the limit", R"({"name":")" + repeat("名", JsonReader::kMaxStringLength) + R"("})",
            "json.missing at /format");
    }

    void jsonLimits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, catalog);
        QFETCH(QString, result);
        const std::string text = bytes.toStdString();
        const Diagnostics diagnostics =
            catalog ? loadCatalog(text).diagnostics : loadProject(text, test::registry()).diagnostics;
        QCOMPARE(firstRefusal(diagnostics), result);
        if (result.startsWith(QLatin1String("limit.")))
            QCOMPARE(diagnostics.size(), size_t(1));
    }

    // Each number field of a plan the same way.
    void projectNumbers_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QString>("code");  // empty: loads
        const auto add = [](const char* pointer, const char* value, const char* code) {
            QTest::newRow(qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(pointer), QString::fromUtf8(value))))
                << QString::fromLatin1(pointer) << QString::fromUtf8(value) << QString::fromLatin1(code);
        };
        for (const char* bad : {"1.5", "1.0", "1e0", R"("1")", "null", "18446744073709551617"})
            add("/version", bad, "json.type");
        add("/version", "9223372036854775808", "number.range");
        for (const char* bad : {"0", "-1", "2"})
            add("/version", bad, "project.version");
        for (const char* pointer : {"/components/0/id", "/links/0/id", "/links/0/a", "/components/0/pool"}) {
            for (const char* bad : {"1.5", "1.0", "1e2", R"("1")", R"("1,2")", "true", "[1]", "18446744073709551617"})
                add(pointer, bad, "json.type");
            for (const char* bad : {"0", "-1", "-9223372036854775808"})
                add(pointer, bad, "project.invalid-id");
            add(pointer, "9223372036854775808", "number.range");
            add(pointer, "18446744073709551615", "number.range");
        }
        const char* port = "/components/0/interfaces/access-edge/port";
        for (const char* bad : {"5061.7", "5061.0", "5.061e3", R"("5061")", R"("1,2")", "null", "false"})
            add(port, bad, "json.type");
        for (const char* bad : {"0", "-5061", "65536", "4294972357", "9223372036854775807"})
            add(port, bad, "port.range");
        add(port, "18446744073709551615", "number.range");
        add(port, "444", "");
        add(port, "65535", "");
        for (const char* pointer : {"/components/0/position/x", "/components/0/position/y"}) {
            for (const char* bad : {R"("600")", "true", "null", "[600]", "{}"})
                add(pointer, bad, "json.type");
            for (const char* good : {"600", "-600.5", "1e3", "0"})
                add(pointer, good, "");
        }
    }

    void projectNumbers()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        json doc = json::parse(test::sampleBytes());
        doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        const ProjectLoadResult result = loadProject(doc.dump(2), test::registry());
        if (code.isEmpty()) {
            QVERIFY2(result.topology, joinDiagnostics(result.diagnostics, "").c_str());
            return;
        }
        QVERIFY(!result.topology);
        QCOMPARE(firstRefusal(result.diagnostics), code + QStringLiteral(" at ") + pointer);
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
