// Project files: every kind of broken file is refused with its place, a
// round trip changes nothing, and a failed save leaves the old file intact.

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace edgeplan;
using nlohmann::json;

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleLoads()
    {
        const auto topology = test::loadSample();
        QCOMPARE(topology->components().size(), size_t(7));
        QCOMPARE(topology->links().size(), size_t(6));
        QCOMPARE(topology->enabledScenarios().size(), size_t(3));
        QCOMPARE(topology->catalog().id, std::string("lync2013-federation"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("patch"); // JSON Patch (RFC 6902) applied to the sample
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");

        QTest::newRow("wrong type") << R"([{"op":"replace","path":"/name","value":5}])"
                                    << "json.type" << "/name";
        QTest::newRow("position not a number")
            << R"([{"op":"replace","path":"/components/2/position/x","value":"left"}])"
            << "json.type" << "/components/2/position/x";
        QTest::newRow("unknown role")
            << R"([{"op":"replace","path":"/components/1/role","value":"mainframe"}])"
            << "component.unknown-role" << "/components/1/role";
        QTest::newRow("unknown zone")
            << R"([{"op":"replace","path":"/components/1/zone","value":"moon"}])"
            << "component.unknown-zone" << "/components/1/zone";
        QTest::newRow("unknown interface")
            << R"([{"op":"add","path":"/components/2/interfaces/internal","value":{"address":"10.1.1.1"}}])"
            << "component.unknown-interface" << "/components/2/interfaces/internal";
        QTest::newRow("link to a missing component")
            << R"([{"op":"replace","path":"/links/3/b","value":42}])" << "link.missing-component"
            << "/links/3/b";
        QTest::newRow("link to itself") << R"([{"op":"replace","path":"/links/0/a","value":1}])"
                                        << "link.self" << "/links/0";
        QTest::newRow("duplicate component id")
            << R"([{"op":"replace","path":"/components/3/id","value":3}])"
            << "component.duplicate-id" << "/components/3/id";
        QTest::newRow("duplicate link id") << R"([{"op":"replace","path":"/links/2/id","value":1}])"
                                           << "link.duplicate-id" << "/links/2/id";
        QTest::newRow("negative id") << R"([{"op":"replace","path":"/components/0/id","value":-1}])"
                                     << "project.invalid-id" << "/components/0/id";
        QTest::newRow("address is not an address")
            << R"([{"op":"replace","path":"/components/0/interfaces/access-edge/address","value":"203.0.113.300"}])"
            << "address.invalid" << "/components/0/interfaces/access-edge/address";
        QTest::newRow("address is markup")
            << R"([{"op":"replace","path":"/components/6/interfaces/public/address","value":"<script>"}])"
            << "address.invalid" << "/components/6/interfaces/public/address";
        QTest::newRow("unknown catalog") << R"([{"op":"replace","path":"/catalog","value":"ocs2007"}])"
                                         << "project.unknown-catalog" << "/catalog";
        QTest::newRow("newer version") << R"([{"op":"replace","path":"/version","value":2}])"
                                       << "project.version" << "/version";
        QTest::newRow("not a project") << R"([{"op":"replace","path":"/format","value":"drawio"}])"
                                       << "project.format" << "/format";
        QTest::newRow("missing field") << R"([{"op":"remove","path":"/components/4/zone"}])"
                                       << "json.missing" << "/components/4/zone";
        QTest::newRow("unknown scenario") << R"([{"op":"add","path":"/scenarios/-","value":"pstn"}])"
                                          << "scenario.unknown" << "/scenarios/3";
        QTest::newRow("bad property value")
            << R"([{"op":"replace","path":"/components/1/properties/xmppGateway","value":"yes"}])"
            << "property.invalid" << "/components/1/properties/xmppGateway";
        QTest::newRow("components not a list")
            << R"([{"op":"replace","path":"/components","value":{}}])" << "json.type" << "/components";
        QTest::newRow("root not an object") << R"([{"op":"replace","path":"","value":[1,2]}])"
                                            << "json.type" << "/";
    }

    void errors()
    {
        QFETCH(QString, patch);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const json broken = json::parse(test::sampleBytes()).patch(json::parse(patch.toStdString()));
        const ProjectLoadResult result = loadProject(broken.dump(2), test::registry());
        QVERIFY(!result.topology);
        const auto it = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                     [&](const Diagnostic& d) { return d.code == code.toStdString(); });
        QVERIFY2(it != result.diagnostics.end(), joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(QString::fromStdString(it->where), where);
        QVERIFY(!it->message.empty());
    }

    void syntaxErrorHasLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("stray word") << "{\n  \"format\": \"edgeplan\",\n  oops\n}" << "line 3, column 3";
        QTest::newRow("truncated") << "{\n  \"format\": \"edgeplan\"," << "line 2, column 24";
        QTest::newRow("empty file") << "" << "line 1, column 1";
        QTest::newRow("not UTF-8") << QString::fromLatin1("{\"name\": \"\xff\"}") << "line 1, column 11";
    }

    void syntaxErrorHasLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        std::string bytes = text.toStdString();
        if (QByteArray(QTest::currentDataTag()) == "not UTF-8")
            bytes = std::string("{\"name\": \"\xff\"}");
        const ProjectLoadResult result = loadProject(bytes, test::registry());
        QVERIFY(!result.topology);
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(result.diagnostics[0].code, std::string("json.syntax"));
        QCOMPARE(QString::fromStdString(result.diagnostics[0].where), where);
    }

    void everyProblemIsReported()
    {
        json doc = json::parse(test::sampleBytes());
        doc["components"][0]["interfaces"]["internal"]["address"] = "10.0.0";
        doc["components"][3]["role"] = "fax";
        doc["links"][5]["a"] = 99;
        const ProjectLoadResult result = loadProject(doc.dump(), test::registry());
        QVERIFY(!result.topology);
        QCOMPARE(result.diagnostics.size(), size_t(3));
        QCOMPARE(result.diagnostics[0].where, std::string("/components/0/interfaces/internal/address"));
        QCOMPARE(result.diagnostics[1].where, std::string("/components/3/role"));
        QCOMPARE(result.diagnostics[2].where, std::string("/links/5/a"));
    }

    void hostileInputDoesNotCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("nulls") << QByteArray("{\"format\":null,\"version\":null,\"catalog\":null}");
        QTest::newRow("huge id") << QByteArray(R"({"format":"edgeplan","version":1,"catalog":"lync2013-federation","name":"x","scenarios":[],"components":[{"id":1e300,"role":"edge-server","name":"e","zone":"perimeter","position":{"x":0,"y":0}}],"links":[]})");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    }

    void hostileInputDoesNotCrash()
    {
        QFETCH(QByteArray, bytes);
        const ProjectLoadResult result =
            loadProject(std::string(bytes.constData(), size_t(bytes.size())), test::registry());
        QVERIFY(!result.topology);
        QVERIFY(!result.diagnostics.empty());
    }

    void roundTrip()
    {
        const auto first = test::loadSample();
        const std::string saved = saveProject(*first);
        const ProjectLoadResult again = loadProject(saved, test::registry());
        QVERIFY2(again.topology, joinDiagnostics(again.diagnostics, "").c_str());
        QVERIFY(*again.topology == *first);
        QCOMPARE(saveProject(*again.topology), saved);
    }

    void roundTripKeepsMarkupAndUnicode()
    {
        auto topology = test::loadSample();
        const ComponentId edge = test::componentNamed(*topology, "edge01");
        topology->setComponentName(edge, "<b>エッジ</b> \"1\" & 'co'\n\t");
        topology->setComponentPosition(edge, {0.1 + 0.2, -1e-7});
        topology->setInterfaceNatAddress(edge, "access-edge", "198.51.100.99");
        Component sited = *topology->component(edge);
        sited.site = "<i>大阪</i> & \"HQ\"";
        topology->updateComponent(sited);
        const std::string saved = saveProject(*topology);
        QVERIFY(saved.find("\"site\": \"<i>大阪</i> & \\\"HQ\\\"\"") != std::string::npos);
        const ProjectLoadResult again = loadProject(saved, test::registry());
        QVERIFY(again.topology);
        QVERIFY(*again.topology == *topology);
        QCOMPARE(again.topology->component(edge)->site, sited.site);
        // A component without a site writes no field.
        QVERIFY(saveProject(*test::loadSample()).find("\"site\"") == std::string::npos);
    }

    void signOffRoundTrip()
    {
        auto topology = test::loadSample();
        topology->setAuthor("A. Consultant");
        const SignOff signOff{"<b>ACME</b> & \"Co\"", "1.2\n", "新しい XMPP ルール\t\u0001"};
        topology->setSignOff(signOff);
        const std::string saved = saveProject(*topology);
        const json doc = json::parse(saved);
        QCOMPARE(doc["customer"].get<std::string>(), signOff.customer);
        QCOMPARE(doc["revision"].get<std::string>(), signOff.revision);
        QCOMPARE(doc["changeNote"].get<std::string>(), signOff.changeNote);
        QCOMPARE(doc["version"].get<int>(), 1);
        const ProjectLoadResult again = loadProject(saved, test::registry());
        QVERIFY2(again.topology, joinDiagnostics(again.diagnostics, "").c_str());
        QVERIFY(again.topology->signOff() == signOff);
        QCOMPARE(again.topology->author(), std::string("A. Consultant"));
        QVERIFY(*again.topology == *topology);
        // None of the fields kept as unknown ones (they would be written twice).
        QVERIFY(again.topology->extraFields().empty());
    }

    void signOffMissingOrEmptyLoadsEmpty()
    {
        // The bundled sample predates the fields: they load empty and are not written.
        const auto old = test::loadSample();
        QVERIFY(old->signOff() == SignOff{});
        const std::string saved = saveProject(*old);
        QVERIFY(saved.find("\"customer\"") == std::string::npos);
        QVERIFY(saved.find("\"revision\"") == std::string::npos);
        QVERIFY(saved.find("\"changeNote\"") == std::string::npos);
        json doc = json::parse(test::sampleBytes());
        doc["customer"] = "";
        doc["revision"] = "B";
        QVERIFY(loadProject(doc.dump(), test::registry()).topology->signOff() == (SignOff{"", "B", ""}));
        // A field of the wrong type is refused with its place, as every field is.
        doc["revision"] = 7;
        const ProjectLoadResult wrong = loadProject(doc.dump(), test::registry());
        QVERIFY(!wrong.topology);
        QCOMPARE(QString::fromStdString(wrong.diagnostics.at(0).where), QStringLiteral("/revision"));
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QByteArray deep = "{\"a\":";
        for (int i = 0; i < 70; ++i)
            deep += "[";
        QTest::newRow("nested 70 deep") << deep << "limit.depth" << "line 1, column 69";
        QTest::newRow("long string") << QByteArray("{\n  \"name\": \"") + QByteArray(5000, 'x') + "\"}"
                                     << "limit.string-length" << "line 2, column 11";
        QByteArray manyComponents = R"({"format":"edgeplan","version":1,"catalog":"lync2013-federation","name":"x","scenarios":[],"links":[],"components":[)";
        for (int i = 0; i < 200001; ++i)
            manyComponents += i ? ",0" : "0";
        manyComponents += "]}";
        // nlohmann throws out_of_range, not parse_error, on a number that
        // overflows a double: found by fuzz_project.
        QTest::newRow("number overflows a double") << QByteArray("{\"format\":\"edgeplan\",\n \"version\": 1e99999}")
                                                   << "json.number" << "line 2, column 13";
        QTest::newRow("too many components") << manyComponents << "limit.items" << "/components";
    }

    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const ProjectLoadResult result =
            loadProject(std::string(bytes.constData(), size_t(bytes.size())), test::registry());
        QVERIFY(!result.topology);
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(QString::fromStdString(result.diagnostics[0].code), code);
        QCOMPARE(QString::fromStdString(result.diagnostics[0].where), where);
        // A Japanese name of 4,096 characters is still fine: the limit counts characters.
        json doc = json::parse(test::sampleBytes());
        std::string name;
        for (int i = 0; i < 4096; ++i)
            name += "名";
        doc["name"] = name;
        QVERIFY(loadProject(doc.dump(), test::registry()).topology);
    }

    void unknownFieldsSurviveARoundTrip()
    {
        json doc = json::parse(test::sampleBytes());
        doc["futureSetting"] = {{"mode", "fast"}, {"levels", {1, 2, 3}}};
        doc["components"][2]["colour"] = "#ff0000";
        doc["links"][0]["waypoints"] = json::array({{{"x", 1}, {"y", 2}}});
        const ProjectLoadResult loaded = loadProject(doc.dump(), test::registry());
        QVERIFY2(loaded.topology, joinDiagnostics(loaded.diagnostics, "").c_str());
        const json saved = json::parse(saveProject(*loaded.topology));
        QCOMPARE(saved["futureSetting"], doc["futureSetting"]);
        QCOMPARE(saved["components"][2]["colour"], doc["components"][2]["colour"]);
        QCOMPARE(saved["links"][0]["waypoints"], doc["links"][0]["waypoints"]);
    }

    void newerVersionReadOnlyWhenAsked()
    {
        json doc = json::parse(test::sampleBytes());
        doc["version"] = 3;
        const ProjectLoadResult refused = loadProject(doc.dump(), test::registry());
        QVERIFY(!refused.topology);
        QCOMPARE(refused.diagnostics[0].code, std::string("project.version"));
        const ProjectLoadResult accepted =
            loadProject(doc.dump(), test::registry(), ProjectLoadOptions{true});
        QVERIFY(accepted.topology);
        QVERIFY(accepted.newerVersion);
        QCOMPARE(accepted.version, 3);
        QCOMPARE(accepted.topology->components().size(), size_t(7));
    }

    void atomicSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.edgeplan"));
        const std::string original = test::sampleBytes();
        QString error;
        QVERIFY(writeFileAtomically(path, original, &error));

        // Make every write past 1 KiB fail (EFBIG), even for root.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        // 4 KiB stays in QSaveFile's buffer until commit, whose own flush
        // failure Qt 6.4 ignores; 64 KiB fails in write().
        const bool small4k = writeFileAtomically(path, std::string(4 * 1024, 'x'), &error);
        const bool written = writeFileAtomically(path, std::string(64 * 1024, 'x'), &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

        QVERIFY(!small4k);
        QVERIFY(!written);
        QVERIFY(error.contains(path));
        std::string now;
        QString readError;
        QVERIFY(readFileBytes(path, &now, &readError));
        QCOMPARE(now, original);
        // No temporary file left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void saveToAMissingFolderFails()
    {
        QString error;
        QVERIFY(!writeFileAtomically(QStringLiteral("/nonexistent-edgeplan/x.edgeplan"), "{}", &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-edgeplan/x.edgeplan")));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
