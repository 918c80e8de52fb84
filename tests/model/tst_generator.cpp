// The plan generator behind `edgeplan generate`: deterministic, and its
// plans load, carry rules on every link and pass the design checks.

#include "base/Address.h"
#include "checks/Checks.h"
#include "EdgeplanRun.h"
#include "plan/Generator.h"
#include "rules/RuleEngine.h"
#include "ModelSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace edgeplan;
using test::edgeplanRun;
using test::Run;

namespace {

std::shared_ptr<const Catalog> catalog()
{
    return test::registry().find("lync2013-federation");
}

std::string generatedBytes(int sites, int partners, std::uint64_t seed)
{
    return saveProject(*generatePlan(catalog(), {sites, partners, seed}));
}

std::string fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    return std::string(data.constData(), size_t(data.size()));
}

size_t countRole(const Topology& topology, const std::string& role)
{
    size_t n = 0;
    for (const auto& [id, component] : topology.components())
        n += component.role == role;
    return n;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<int>("sites");
        QTest::addColumn<int>("partners");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("one site, no partner") << 1 << 0 << quint64(1);
        QTest::newRow("five sites, forty partners") << 5 << 40 << quint64(7);
        QTest::newRow("twenty sites, three hundred partners") << 20 << 300 << quint64(42);
        QTest::newRow("largest seed") << 3 << 10 << quint64(18446744073709551615ULL);
    }

    void sameSeedGivesSameBytes_data() { sizes_data(); }
    void sameSeedGivesSameBytes()
    {
        QFETCH(int, sites);
        QFETCH(int, partners);
        QFETCH(quint64, seed);
        const std::string first = generatedBytes(sites, partners, seed);
        QCOMPARE(generatedBytes(sites, partners, seed), first);
    }

    void differentSeedsGiveDifferentPlans()
    {
        const auto a = generatePlan(catalog(), {5, 40, 1});
        const auto b = generatePlan(catalog(), {5, 40, 2});
        QVERIFY(saveProject(*a) != saveProject(*b));
        // Not only the name that quotes the seed: the plans themselves differ.
        QVERIFY(a->components() != b->components());
    }

    void loadsWithTheExpectedCounts_data() { sizes_data(); }
    void loadsWithTheExpectedCounts()
    {
        QFETCH(int, sites);
        QFETCH(int, partners);
        QFETCH(quint64, seed);
        const GeneratorOptions options{sites, partners, seed};
        const ProjectLoadResult loaded = loadProject(saveProject(*generatePlan(catalog(), options)), test::registry());
        QVERIFY2(loaded.diagnostics.empty(), joinDiagnostics(loaded.diagnostics, "").c_str());
        const Topology& plan = *loaded.topology;
        const GeneratedShape shape = generatedShape(options);
        QCOMPARE(plan.components().size(), shape.componentCount());
        QCOMPARE(plan.links().size(), shape.linkCount());
        QCOMPARE(countRole(plan, "front-end-pool"), size_t(sites));
        const size_t edges = countRole(plan, "edge-server");
        QVERIFY(edges >= size_t(2 * sites) && edges <= size_t(4 * sites));
        QCOMPARE(countRole(plan, "sip-federation-partner") + countRole(plan, "public-im-provider") +
                     countRole(plan, "xmpp-partner"),
                 size_t(partners));
        QVERIFY(countRole(plan, "external-client") >= size_t(sites));
        for (const Scenario& scenario : plan.catalog().scenarios)
            QVERIFY(plan.isScenarioEnabled(scenario.id));
    }

    void partnersOfEveryKind()
    {
        const auto plan = generatePlan(catalog(), {4, 200, 3});
        QVERIFY(countRole(*plan, "sip-federation-partner") > 0);
        QVERIFY(countRole(*plan, "public-im-provider") > 0);
        QVERIFY(countRole(*plan, "xmpp-partner") > 0);
    }

    void everyLinkCarriesARule()
    {
        const auto plan = generatePlan(catalog(), {6, 80, 11});
        QVERIFY(!plan->links().empty());
        for (const auto& [id, link] : plan->links())
            QVERIFY2(!linkRules(*plan, id).empty(), std::to_string(id.value).c_str());
        // Each partner federates with every edge server of its site's pool.
        for (const auto& [id, component] : plan->components())
            if (component.role == "xmpp-partner")
                QVERIFY(plan->linksOf(id).size() >= 2);
    }

    void namesFqdnsAndAddressesAreUnique()
    {
        // Past the documentation blocks into 198.18.0.0/15.
        const auto plan = generatePlan(catalog(), {50, 900, 5});
        std::set<std::string> names;
        std::set<std::string> fqdns;
        std::set<std::string> addresses;
        size_t fqdnCount = 0;
        size_t addressCount = 0;
        for (const auto& [id, component] : plan->components()) {
            names.insert(component.name);
            if (!component.fqdn.empty()) {
                fqdns.insert(component.fqdn);
                ++fqdnCount;
            }
            for (const auto& [interfaceId, address] : component.interfaces) {
                QVERIFY(isValidAddress(address.address));
                addresses.insert(address.address);
                ++addressCount;
            }
        }
        QCOMPARE(names.size(), plan->components().size());
        QCOMPARE(fqdns.size(), fqdnCount);
        QCOMPARE(addresses.size(), addressCount);
        QVERIFY(addresses.count("198.18.0.1"));
    }

    void smallPlanPassesTheDesignChecks()
    {
        const auto plan = generatePlan(catalog(), {3, 30, 4});
        const std::vector<Finding> findings = runChecks(*plan);
        for (const Finding& finding : findings)
            QVERIFY2(finding.severity == Severity::Information,
                     (finding.code + ": " + finding.message.en).c_str());
        QVERIFY(deriveTables(*plan).ruleCount() > 0);
    }

    void commandWritesTheGeneratedPlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.edgeplan"));
        const Run run = edgeplanRun({QStringLiteral("generate"), QStringLiteral("--sites"), QStringLiteral("4"),
                                     QStringLiteral("--partners"), QStringLiteral("25"), QStringLiteral("--seed"),
                                     QStringLiteral("9"), QStringLiteral("--output"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(fileBytes(path) == generatedBytes(4, 25, 9));
        const Run validate = edgeplanRun({QStringLiteral("validate"), path});
        QCOMPARE(validate.exitCode, 0);
        QVERIFY(validate.out.contains(QStringLiteral(": valid:")));
    }

    void commandDefaultSeedIsOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.edgeplan"));
        const Run run = edgeplanRun({QStringLiteral("generate"), QStringLiteral("--sites"), QStringLiteral("2"),
                                     QStringLiteral("--partners"), QStringLiteral("3"), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(fileBytes(path) == generatedBytes(2, 3, 1));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--output=OUT");
        QTest::newRow("no sites") << QStringList{"--partners", "3", out} << "needs --sites";
        QTest::newRow("no partners") << QStringList{"--sites", "3", out} << "needs --partners";
        QTest::newRow("no output") << QStringList{"--sites", "3", "--partners", "3"} << "needs --output";
        QTest::newRow("zero sites") << QStringList{"--sites", "0", "--partners", "3", out} << "--sites takes";
        QTest::newRow("sites not a number") << QStringList{"--sites", "many", "--partners", "3", out} << "'many'";
        QTest::newRow("negative partners") << QStringList{"--sites", "2", "--partners", "-1", out}
                                           << "--partners takes";
        QTest::newRow("bad seed") << QStringList{"--sites", "2", "--partners", "1", "--seed", "x", out}
                                  << "--seed takes";
        QTest::newRow("beyond the loader's limit")
            << QStringList{"--sites", "100000", "--partners", "200000", out} << "at most 200000";
        QTest::newRow("a project file") << QStringList{"--sites", "2", "--partners", "1", out, "x.edgeplan"}
                                        << "takes no project file";
        QTest::newRow("a format") << QStringList{"--sites", "2", "--partners", "1", "--format", "csv", out}
                                  << "'generate' takes";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.edgeplan"));
        arguments.replaceInStrings(QStringLiteral("OUT"), path);
        arguments.prepend(QStringLiteral("generate"));
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        const Run run = edgeplanRun(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }

    void sizeOptionsGoWithGenerateOnly()
    {
        const Run run = edgeplanRun({QStringLiteral("rules"), QStringLiteral("--sites"), QStringLiteral("3"),
                                     QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--sites goes with 'generate'")), qPrintable(run.err));
    }

    void helpNamesTheCommand()
    {
        const Run run = edgeplanRun({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("generate --sites N --partners M [--seed S] --output FILE")));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
