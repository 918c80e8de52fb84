// The command line as scripts use it: outputs, languages and exit codes of
// the real edgeplan binary.

#include "EdgeplanRun.h"
#include "export/ExportFormats.h"
#include "PdfTools.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace edgeplan;
using test::edgeplanRun;
using test::Run;
using nlohmann::json;

namespace {

QString sample()
{
    return QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeProject(const QString& name, const std::string& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes.data(), qint64(bytes.size()));
        return path;
    }

private Q_SLOTS:
    void rulesPrintsTwoFirewallTables()
    {
        const Run run = edgeplanRun({QStringLiteral("rules"), sample()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("== Internal firewall (1 rule) ==")));
        QVERIFY(run.out.contains(QStringLiteral("== External firewall (9 rules) ==")));
        for (const char* port : {"5061", "443", "50000-59999", "3478", "5269", "23456"})
            QVERIFY2(run.out.contains(QLatin1String(port)), port);
        // The internal table holds 23456 and nothing else.
        const QString internal = run.out.section(QStringLiteral("== External firewall"), 0, 0);
        QVERIFY(internal.contains(QStringLiteral("23456")));
        QVERIFY(!internal.contains(QStringLiteral("5061")));
    }

    void rulesInJapaneseUsesTheDocumentsWording()
    {
        const Run run = edgeplanRun({QStringLiteral("rules"), QStringLiteral("--lang"),
                                     QStringLiteral("ja"), sample()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("内部ファイアウォール")));
        QVERIFY(run.out.contains(QStringLiteral("外部ファイアウォール")));
        QVERIFY(run.out.contains(QStringLiteral("SIP を使用したフェデレーションおよびパブリック IM 接続用")));
        QVERIFY(run.out.contains(QStringLiteral("Windows Live Messenger とのパブリック IM 接続では必須。")));
    }

    void exportJson()
    {
        const QString out = m_dir.filePath(QStringLiteral("rules.json"));
        const Run run = edgeplanRun({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--output"), out, sample()});
        QCOMPARE(run.exitCode, 0);
        std::string bytes;
        QString error;
        QVERIFY(readFileBytes(out, &bytes, &error));
        const json doc = json::parse(bytes);
        QCOMPARE(doc["format"], "edgeplan-rules");
        QCOMPARE(doc["version"], 1);
        QCOMPARE(doc["catalog"]["document"], "JJ618373");
        QCOMPARE(doc["firewalls"].size(), size_t(2));
        QCOMPARE(doc["firewalls"][0]["id"], "internal");
        QCOMPARE(doc["firewalls"][0]["rules"].size(), size_t(1));
        QCOMPARE(doc["firewalls"][1]["rules"].size(), size_t(9));
        const json& media = doc["firewalls"][1]["rules"][4];
        QCOMPARE(media["ports"], "50000-59999");
        QVERIFY(media["ports"].is_string());
        QCOMPARE(media["source"]["component"], "edge01");
        QCOMPARE(media["source"]["address"], "203.0.113.10");
        QCOMPARE(media["destination"]["role"], "live-messenger-client");
        QCOMPARE(media["direction"], "outbound");
        QCOMPARE(media["scenario"], "public-im");
        QCOMPARE(media["reference"]["row"], 4);
    }

    void exportCsvAndMarkdown_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv en") << "csv" << "en" << "Client-to-server SIP traffic for external user access.";
        QTest::newRow("csv ja") << "csv" << "ja" << "SIP を使用したフェデレーションおよびパブリック IM 接続用";
        QTest::newRow("md en") << "md" << "en" << "## External firewall";
        QTest::newRow("md ja") << "md" << "ja" << "## 内部ファイアウォール";
    }

    void exportCsvAndMarkdown()
    {
        QFETCH(QString, format);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(QStringLiteral("rules.") + format);
        const Run run = edgeplanRun({QStringLiteral("export"), QStringLiteral("--format"), format,
                                     QStringLiteral("--lang"), lang, QStringLiteral("-o"), out, sample()});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
        if (format == QLatin1String("csv")) {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            // Header plus one line per rule.
            QCOMPARE(text.count(QStringLiteral("\r\n")), 11);
        } else {
            QCOMPARE(text.count(QStringLiteral("\n| ")), 2 + 10);
        }
    }

    void exportOneFirewallToStdout()
    {
        const Run run = edgeplanRun({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--firewall"),
                                     QStringLiteral("internal"), QStringLiteral("--output"),
                                     QStringLiteral("-"), sample()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 2);
        QVERIFY(run.out.contains(QStringLiteral("23456")));
    }

    void validate()
    {
        const Run ok = edgeplanRun({QStringLiteral("validate"), sample()});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("7 components, 6 links, 10 firewall rules")));

        json doc = json::parse(test::sampleBytes());
        doc["components"][0]["interfaces"]["access-edge"]["address"] = "203.0.113.999";
        doc["links"][1]["b"] = 77;
        const QString broken = writeProject(QStringLiteral("broken.edgeplan"), doc.dump(2));
        const Run bad = edgeplanRun({QStringLiteral("validate"), broken});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(broken + QStringLiteral(": /components/0/interfaces/access-edge/address: ")),
                 qPrintable(bad.err));
        QVERIFY(bad.err.contains(QStringLiteral("/links/1/b: ")));
        QCOMPARE(bad.err.trimmed().split('\n').size(), 2);
    }

    void validateRunsTheDesignChecks_data()
    {
        QTest::addColumn<QString>("pointer"); // empty: the sample as it is
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("sample: warnings only")
            << "" << "" << QStringList{} << 0
            << QStringList{"warning role.retired (Live Messenger client): ",
                           "information port.443-shared (edge01): ", "valid: 7 components"};
        QTest::newRow("edge server on the internal network")
            << "/components/0/zone" << "\"internal\"" << QStringList{} << 1
            << QStringList{"error component.wrong-zone (edge01): ", "error link.crosses-firewalls",
                           ": invalid: 6 errors, 1 warning, 1 information"};
        QTest::newRow("private Access Edge address, in Japanese")
            << "/components/0/interfaces/access-edge/address" << "\"192.168.10.10\""
            << QStringList{"--lang", "ja"} << 1
            << QStringList{"error address.private (edge01): ",
                           "アクセス エッジ サービス (外部)のアドレス 192.168.10.10 はプライベート アドレスで"};
        QTest::newRow("text format by name") << "" << "" << QStringList{"--format", "text"} << 0
                                             << QStringList{"warning role.retired"};
    }

    void validateRunsTheDesignChecks()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, contains);
        json doc = json::parse(test::sampleBytes());
        if (!pointer.isEmpty())
            doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        const QString path = writeProject(QStringLiteral("checked.edgeplan"), doc.dump(2));
        const Run run = edgeplanRun(QStringList{QStringLiteral("validate")} << options << path);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString& text : contains)
            QVERIFY2(run.out.contains(text), qPrintable(run.out));
        QCOMPARE(run.out.contains(QStringLiteral(": valid: ")), exitCode == 0);
    }

    void validateJson()
    {
        json doc = json::parse(test::sampleBytes());
        doc["components"][2]["zone"] = "perimeter";
        const QString path = writeProject(QStringLiteral("partner-in-dmz.edgeplan"), doc.dump(2));
        const Run bad = edgeplanRun({QStringLiteral("validate"), QStringLiteral("--format"),
                                     QStringLiteral("json"), path});
        QCOMPARE(bad.exitCode, 1);
        const json out = json::parse(bad.out.toStdString());
        QCOMPARE(out["format"], "edgeplan-findings");
        QCOMPARE(out["version"], 1);
        const json& first = out["findings"].at(0);
        QCOMPARE(first["severity"], "error");
        QCOMPARE(first["code"], "component.wrong-zone");
        QCOMPARE(first["components"], json::array({"Fabrikam (SIP federation)"}));
        QVERIFY(first["links"].is_array());
        QVERIFY(first["message"].get<std::string>().find("Perimeter network (DMZ)") != std::string::npos);

        const Run ok = edgeplanRun({QStringLiteral("validate"), QStringLiteral("-f"),
                                    QStringLiteral("json"), QStringLiteral("--lang"),
                                    QStringLiteral("ja"), sample()});
        QCOMPARE(ok.exitCode, 0);
        const json sampleOut = json::parse(ok.out.toStdString());
        QCOMPARE(sampleOut["findings"].size(), size_t(2));
        for (const json& finding : sampleOut["findings"])
            QVERIFY(finding["severity"] != "error");
        QVERIFY(sampleOut["findings"][0]["message"].get<std::string>().find("中国本土") !=
                std::string::npos);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << "rules" << "{\n \"format\": \"edgeplan\"\n,," << "line 3, column 2";
        QTest::newRow("newer version")
            << "validate" << R"({"format":"edgeplan","version":9,"catalog":"lync2013-federation"})"
            << "/version: the file has version 9";
        QTest::newRow("unknown catalog")
            << "export" << R"({"format":"edgeplan","version":1,"catalog":"nope","name":"","scenarios":[],"components":[],"links":[]})"
            << "/catalog: unknown catalog";
    }

    void badInput()
    {
        QFETCH(QString, command);
        QFETCH(QString, contents);
        QFETCH(QString, message);
        const QString path = writeProject(QStringLiteral("bad.edgeplan"), contents.toStdString());
        QStringList args{command};
        if (command == QLatin1String("export"))
            args << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("-o")
                 << m_dir.filePath(QStringLiteral("never.csv"));
        const Run run = edgeplanRun(args << path);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
    }

    void missingFile()
    {
        const Run run = edgeplanRun({QStringLiteral("rules"), QStringLiteral("/nonexistent/plan.edgeplan")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/plan.edgeplan")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{"rules", "--colour", sample()};
        QTest::newRow("no project") << QStringList{"rules"};
        QTest::newRow("two projects") << QStringList{"validate", sample(), sample()};
        QTest::newRow("bad language") << QStringList{"rules", "--lang", "fr", sample()};
        QTest::newRow("export without format") << QStringList{"export", "-o", "x.csv", sample()};
        QTest::newRow("export without output") << QStringList{"export", "--format", "csv", sample()};
        QTest::newRow("unknown format")
            << QStringList{"export", "--format", "docx", "-o", "x.docx", sample()};
        QTest::newRow("unknown firewall") << QStringList{"rules", "--firewall", "dmz", sample()};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("format without command") << QStringList{"--format", "csv", sample()};
        QTest::newRow("validate as CSV") << QStringList{"validate", "--format", "csv", sample()};
        QTest::newRow("unknown page size")
            << QStringList{"export", "--format", "report", "--page-size", "a5", "-o", "x.pdf", sample()};
        QTest::newRow("unknown sample") << QStringList{"--sample", "nope"};
        QTest::newRow("sample and a project") << QStringList{"--sample", "federation-edge", sample()};
        QTest::newRow("sample of a command") << QStringList{"rules", "--sample", "federation-edge", sample()};
        QTest::newRow("page size of a CSV")
            << QStringList{"export", "--format", "csv", "--page-size", "letter", "-o", "x.csv", sample()};
    }

    void reportPageSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        const Run run = edgeplanRun({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("report"),
                                     QStringLiteral("--page-size"), QStringLiteral("letter"), QStringLiteral("-o"), path,
                                     sample()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(test::runTool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("(letter)")));
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = edgeplanRun(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("edgeplan: ")));
        QVERIFY(run.err.contains(QStringLiteral("--help")));
    }

    void help()
    {
        const Run run = edgeplanRun({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* word : {"rules", "export", "validate", "--screenshot", "--lang", "--catalog",
                                 "--format", "--output", "Exit codes"})
            QVERIFY2(run.out.contains(QLatin1String(word)), word);
    }

    // The help lists what the tables hold, in both languages: every export
    // format of the one format table, every catalog built in, every command.
    void helpListsTheTables()
    {
        for (const char* lang : {"en", "ja"}) {
            const Run run = edgeplanRun({QStringLiteral("--help"), QStringLiteral("--lang"), QLatin1String(lang)});
            QCOMPARE(run.exitCode, 0);
            for (const ExportFormat& format : exportFormatTable()) {
                const QRegularExpression line(QStringLiteral("\n    %1  +\\S").arg(QLatin1String(format.id)));
                QVERIFY2(line.match(run.out).hasMatch(), format.id);
            }
            for (const std::string& id : test::registry().ids()) {
                const QRegularExpression line(QStringLiteral("\n    %1  +\\S").arg(QString::fromStdString(id)));
                QVERIFY2(line.match(run.out).hasMatch(), id.c_str());
            }
            for (const char* command : {"rules", "export", "render", "validate", "verify", "generate", "convert",
                                        "import"})
                QVERIFY2(run.out.contains(QStringLiteral("\n  ") + QLatin1String(command) + QLatin1Char(' ')),
                         command);
        }
    }

    void windowWithoutDisplaySaysWhatToDo()
    {
        const Run run = edgeplanRun({sample()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("xvfb-run")));
        QVERIFY(run.err.contains(QStringLiteral("edgeplan rules")));
    }

    // --sample names a bundled sample: an unknown one is refused with the
    // list; a known one gets as far as the window.
    void sampleOpensTheWindow()
    {
        const Run unknown = edgeplanRun({QStringLiteral("--sample"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("'nope'")) &&
                     unknown.err.contains(QStringLiteral("federation-edge, consolidated-edge-nat, scaled-edge-hlb")),
                 qPrintable(unknown.err));
        const Run known = edgeplanRun({QStringLiteral("--sample"), QStringLiteral("scaled-edge-hlb")});
        QCOMPARE(known.exitCode, 1);
        QVERIFY2(known.err.contains(QStringLiteral("xvfb-run")), qPrintable(known.err));
    }

    void otherCatalog()
    {
        json catalog = json::parse(test::catalogBytes());
        catalog["rules"][3]["ports"] = "70000";
        const QString path = writeProject(QStringLiteral("catalog.json"), catalog.dump());
        const Run run = edgeplanRun({QStringLiteral("rules"), QStringLiteral("--catalog"), path, sample()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("/rules/3/ports: rule \"public-im-3\": port 70000")),
                 qPrintable(run.err));

        catalog = json::parse(test::catalogBytes());
        catalog["id"] = "custom";
        catalog["rules"][3]["ports"] = "8443";
        const QString custom = writeProject(QStringLiteral("custom.json"), catalog.dump());
        json project = json::parse(test::sampleBytes());
        project["catalog"] = "custom";
        const QString plan = writeProject(QStringLiteral("custom.edgeplan"), project.dump());
        const Run ok = edgeplanRun({QStringLiteral("rules"), QStringLiteral("--catalog"), custom, plan});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("8443")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
