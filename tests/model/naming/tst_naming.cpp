// DNS records and certificates derived from the plan (model/Naming.h): the
// three bundled samples against data written from the DNS and certificate
// summary pages (tests/data/naming), the zone files against named-checkzone,
// the OpenSSL configurations against openssl req, and the naming checks.
//
// Long because the DNS records, the certificates and their checks are one
// derivation from one set of samples; split, the programs would load and
// compare the same data three times.

#include "ModelSupport.h"

#include "base/Address.h"
#include "checks/Checks.h"
#include "checks/NamingChecks.h"
#include "export/DocumentExport.h"
#include "export/NamingExport.h"
#include "naming/Naming.h"
#include "verify/Verify.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


using namespace edgeplan;
using namespace edgeplan::test;
using nlohmann::json;

namespace {

std::unique_ptr<Topology> loadNamed(const QString& sample)
{
    auto result = loadProject(resourceBytes(QStringLiteral(":/samples/%1.edgeplan").arg(sample)), registry());
    if (!result.topology)
        qFatal("%s does not load: %s", qPrintable(sample), joinDiagnostics(result.diagnostics, "").c_str());
    return std::move(result.topology);
}

json recordRows(const std::vector<DnsRecord>& records)
{
    json rows = json::array();
    for (const DnsRecord& r : records)
        rows.push_back({dnsLocationId(r.location), r.type, r.name, r.value, r.port});
    return rows;
}

json certificateRows(const Topology& topology, const std::vector<CertificateEntry>& certificates)
{
    json rows = json::array();
    for (const CertificateEntry& c : certificates) {
        json holders = json::array();
        for (const ComponentId id : c.holders)
            holders.push_back(topology.component(id)->name);
        rows.push_back({{"id", c.def->id},
                        {"component", topology.component(c.component)->name},
                        {"holders", holders},
                        {"subject", c.subject},
                        {"sans", c.alternativeNames}});
    }
    return rows;
}

bool hasFinding(const std::vector<Finding>& findings, const std::string& code)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
}

const DnsRecord* findRecord(const std::vector<DnsRecord>& records, const std::string& name,
                            const std::string& type = {})
{
    for (const DnsRecord& r : records)
        if (r.name == name && (type.empty() || r.type == type))
            return &r;
    return nullptr;
}

QString tool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

// Runs a program to its end; its exit code, with both outputs in `output`.
int run(const QString& program, const QStringList& args, QString* output, const QString& directory = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void setAccessEdge(Topology& topology, const std::string& component, const std::string& address,
                   const std::string& nat)
{
    const ComponentId id = componentNamed(topology, component);
    topology.setInterfaceAddress(id, "access-edge", address);
    topology.setInterfaceNatAddress(id, "access-edge", nat);
}

} // namespace

class TestNaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesMatchTheReference_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("seed") << QStringLiteral("federation-edge");
        QTest::newRow("nat") << QStringLiteral("consolidated-edge-nat");
        QTest::newRow("hlb") << QStringLiteral("scaled-edge-hlb");
    }

    void samplesMatchTheReference()
    {
        QFETCH(QString, sample);
        const auto topology = loadNamed(sample);
        const json expected = readJson(EDGEPLAN_TEST_DATA "/naming/" + sample.toStdString() + ".expected.json");
        QCOMPARE(recordRows(deriveDnsRecords(*topology)).dump(1), expected["dns"].dump(1));
        QCOMPARE(certificateRows(*topology, deriveCertificates(*topology)).dump(1),
                 expected["certificates"].dump(1));
        // Neither report gives a check cause on a sample.
        for (const Finding& f : namingFindings(*topology))
            QVERIFY2(false, (f.code + ": " + f.message.en).c_str());
    }

    // DNS load balancing: one A record per member server, none for the pool.
    void dnsLoadBalancingPublishesEveryMember()
    {
        auto topology = loadNamed(QStringLiteral("scaled-edge-hlb"));
        topology->setVariant("scaled-dns");
        const json expected = readJson(EDGEPLAN_TEST_DATA "/naming/scaled-edge-hlb.expected.json");
        QCOMPARE(recordRows(deriveDnsRecords(*topology)).dump(1), expected["dnsUnderDnsLoadBalancing"].dump(1));
        // The certificate is still the pool's, carried by both members.
        const auto certificates = deriveCertificates(*topology);
        QCOMPARE(certificates.size(), size_t(2));
        QCOMPARE(certificates[0].holders.size(), size_t(2));
    }

    void addingASipDomainAddsItsRecordsAndNames()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        const auto before = deriveDnsRecords(*topology);
        QVERIFY(!findRecord(before, "sip.fabrikam.com"));
        ProjectNaming naming;
        naming.sipDomains = {SipDomain{"contoso.com"}, SipDomain{"fabrikam.com"}};
        topology->setNaming(naming);
        const auto records = deriveDnsRecords(*topology);
        const DnsRecord* a = findRecord(records, "sip.fabrikam.com", "A");
        QVERIFY(a);
        QCOMPARE(a->value, std::string("131.107.155.10"));
        const DnsRecord* sip = findRecord(records, "_sip._tls.fabrikam.com");
        QVERIFY(sip);
        QCOMPARE(sip->value, std::string("sip.fabrikam.com"));
        QCOMPARE(sip->port, 443);
        QVERIFY(findRecord(records, "_sipfederationtls._tcp.fabrikam.com"));
        const DnsRecord* xmpp = findRecord(records, "_xmpp-server._tcp.fabrikam.com");
        QVERIFY(xmpp);
        QCOMPARE(xmpp->value, std::string("xmpp.contoso.com"));
        QVERIFY(findRecord(records, "lyncdiscover.fabrikam.com"));
        QCOMPARE(records.size(), before.size() + 5);
        // Gg398519's XMPP table, in its order: webcon, sip, sip.fabrikam, xmpp, the wildcard.
        const auto certificates = deriveCertificates(*topology);
        QCOMPARE(certificates[0].alternativeNames,
                 (std::vector<std::string>{"webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com",
                                           "xmpp.contoso.com", "*.contoso.com"}));
        QVERIFY(contains(certificates[2].alternativeNames, "lyncdiscover.fabrikam.com"));
        // A domain that publishes no federation record drops only that record.
        naming.sipDomains[1].federation = false;
        topology->setNaming(naming);
        QVERIFY(!findRecord(deriveDnsRecords(*topology), "_sipfederationtls._tcp.fabrikam.com"));
        QVERIFY(findRecord(deriveDnsRecords(*topology), "_sip._tls.fabrikam.com"));
    }

    // External records carry the public address; without one the private
    // address shows, and the check objects.
    void natPutsThePublicAddressInExternalRecords()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        for (const DnsRecord& r : deriveDnsRecords(*topology)) {
            if (r.type == "SRV")
                continue;
            QVERIFY2(r.location == DnsLocation::Internal || !isPrivateAddress(r.value), r.name.c_str());
        }
        QCOMPARE(findRecord(deriveDnsRecords(*topology), "lsedge.contoso.net")->value, std::string("172.25.33.10"));
        setAccessEdge(*topology, "edge01", "10.45.16.10", "");
        QCOMPARE(findRecord(deriveDnsRecords(*topology), "sip.contoso.com")->value, std::string("10.45.16.10"));
        QVERIFY(hasFinding(runChecks(*topology), "dns.private-external"));
        setAccessEdge(*topology, "edge01", "10.45.16.10", "131.107.155.99");
        QCOMPARE(findRecord(deriveDnsRecords(*topology), "sip.contoso.com")->value, std::string("131.107.155.99"));
        QVERIFY(!hasFinding(runChecks(*topology), "dns.private-external"));
    }

    // An IPv6 address gives an AAAA record; a moved Access Edge port moves
    // the clients' SRV record with it.
    void ipv6AndMovedPorts()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        const ComponentId edge = componentNamed(*topology, "edge01");
        topology->setInterfaceNatAddress(edge, "av-edge", "2001:db8::30");
        const auto records = deriveDnsRecords(*topology);
        const DnsRecord* av = findRecord(records, "av.contoso.com");
        QVERIFY(av);
        QCOMPARE(av->type, std::string("AAAA"));
        QCOMPARE(av->value, std::string("2001:db8::30"));
        Component changed = *topology->component(edge);
        changed.interfaces["access-edge"].port = 5062;
        topology->updateComponent(changed);
        QCOMPARE(findRecord(deriveDnsRecords(*topology), "_sip._tls.contoso.com")->port, 5062);
        QCOMPARE(findRecord(deriveDnsRecords(*topology), "_sipfederationtls._tcp.contoso.com")->port, 5061);
        // The zone file says AAAA and the moved port, and named-checkzone still takes it.
        bool aaaa = false;
        for (const ExportFile& file : exportDnsZones(*topology))
            aaaa = aaaa || file.content.find("av\tIN\tAAAA\t2001:db8::30") != std::string::npos;
        QVERIFY(aaaa);
    }

    void srvTargetWithoutAddressIsReported()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        QVERIFY(!hasFinding(runChecks(*topology), "dns.srv-target-missing"));
        setAccessEdge(*topology, "edge01", "", "");
        const auto findings = runChecks(*topology);
        const auto it = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding& f) { return f.code == "dns.srv-target-missing"; });
        QVERIFY(it != findings.end());
        QCOMPARE(it->severity, Severity::Error);
        QVERIFY(it->message.en.find("sip.contoso.com") != std::string::npos);
        QVERIFY(it->message.ja.find("sip.contoso.com") != std::string::npos);
        // The A record stays in the report, without an address.
        QCOMPARE(findRecord(deriveDnsRecords(*topology), "sip.contoso.com")->value, std::string());
    }

    void domainWithoutFederationRecordIsReportedWhileFederationIsOn()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        ProjectNaming naming;
        naming.sipDomains = {SipDomain{"contoso.com", false, true}};
        topology->setNaming(naming);
        auto findings = runChecks(*topology);
        QVERIFY(hasFinding(findings, "dns.domain-record-missing"));
        const auto it = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding& f) { return f.code == "dns.domain-record-missing"; });
        QVERIFY(it->message.en.find("_sipfederationtls._tcp.contoso.com") != std::string::npos);
        QVERIFY(it->message.ja.find("SIP フェデレーション") != std::string::npos ||
                it->message.ja.find("フェデレーション") != std::string::npos);
        topology->setScenarioEnabled("sip-federation", false);
        QVERIFY(!hasFinding(runChecks(*topology), "dns.domain-record-missing"));
    }

    void certificateNameThatIsNoFqdnIsReported()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        QVERIFY(!hasFinding(runChecks(*topology), "name.not-fqdn"));
        const ComponentId edge = componentNamed(*topology, "edge01");
        Component changed = *topology->component(edge);
        changed.interfaces["webconf-edge"].fqdn = "webcon";
        topology->updateComponent(changed);
        const auto findings = runChecks(*topology);
        QVERIFY(hasFinding(findings, "name.not-fqdn"));
        const auto it = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding& f) { return f.code == "name.not-fqdn"; });
        QCOMPARE(it->components, std::vector<ComponentId>{edge});
        QCOMPARE(it->args.front(), std::string("webcon"));
    }

    void planWithoutSipDomainIsReported()
    {
        auto topology = loadNamed(QStringLiteral("federation-edge"));
        QVERIFY(!hasFinding(runChecks(*topology), "dns.no-sip-domain"));
        topology->setComponentProperty(componentNamed(*topology, "edge01"), "sipDomain", "");
        QVERIFY(effectiveSipDomains(*topology).empty());
        QVERIFY(hasFinding(runChecks(*topology), "dns.no-sip-domain"));
        QVERIFY(!findRecord(deriveDnsRecords(*topology), "_sip._tls.example.com"));
    }

    void fqdnRules()
    {
        QVERIFY(isFqdn("sip.contoso.com"));
        QVERIFY(isFqdn("sip.contoso.com."));
        QVERIFY(isFqdn("_sip._tls.contoso.com"));
        QVERIFY(!isFqdn("sip"));
        QVERIFY(!isFqdn("sip..contoso.com"));
        QVERIFY(!isFqdn("-sip.contoso.com"));
        QVERIFY(!isFqdn("sip contoso.com"));
        QVERIFY(!isFqdn("*.contoso.com"));
        QVERIFY(isFqdn("*.contoso.com", true));
        QVERIFY(!isFqdn("a.*.contoso.com", true));
        QVERIFY(!isFqdn(std::string(64, 'a') + ".com"));
        QCOMPARE(dnsLabel("Edge Pool 01 (Tokyo)"), std::string("edge-pool-01-tokyo"));
        QCOMPARE(dnsLabel("エッジ"), std::string("host"));
    }

    // Every zone file stands alone and named-checkzone accepts it.
    void zoneFilesPassNamedCheckzone_data()
    {
        samplesMatchTheReference_data();
    }

    void zoneFilesPassNamedCheckzone()
    {
        QFETCH(QString, sample);
        const QString checkzone = tool(QStringLiteral("named-checkzone"));
        QVERIFY2(!checkzone.isEmpty(), "named-checkzone is not installed (make test installs bind9-utils)");
        QTemporaryDir dir;
        QString output;
        const QString folder = dir.filePath(QStringLiteral("zones"));
        QCOMPARE(run(QStringLiteral(EDGEPLAN_BINARY),
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dns-zone"),
                      QStringLiteral("--output"), folder,
                      QStringLiteral(":/samples/%1.edgeplan").arg(sample)},
                     &output),
                 0);
        const auto topology = loadNamed(sample);
        const auto files = exportDnsZones(*topology);
        QVERIFY(files.size() >= 2);
        const auto records = deriveDnsRecords(*topology);
        int written = 0;
        for (const ExportFile& file : files) {
            const QString path = QDir(folder).filePath(QString::fromStdString(file.name));
            QFile bytes(path);
            QVERIFY2(bytes.open(QIODevice::ReadOnly), qPrintable(path));
            QCOMPARE(bytes.readAll().toStdString(), file.content);
            // "external-contoso.com.zone" holds the zone contoso.com.
            const QString zone = QString::fromStdString(file.name).section(QLatin1Char('-'), 1).chopped(5);
            QVERIFY2(run(checkzone, {zone, path}, &output) == 0, qPrintable(output));
            QVERIFY2(output.contains(QStringLiteral("OK")), qPrintable(output));
            written += int(file.content.size() > 0);
        }
        QCOMPARE(written, int(files.size()));
        // Every record of the report is in exactly one file, as a record line.
        for (const DnsRecord& r : records) {
            int found = 0;
            for (const ExportFile& file : files) {
                const QString zone = QString::fromStdString(file.name).section(QLatin1Char('-'), 1).chopped(5);
                const bool external = file.name.rfind("external-", 0) == 0;
                if (external != (r.location == DnsLocation::External))
                    continue;
                const QString name = QString::fromStdString(r.name);
                if (!name.endsWith(QLatin1Char('.') + zone) && name != zone)
                    continue;
                const QString owner = name == zone ? QStringLiteral("@") : name.chopped(zone.size() + 1);
                const QString value = r.type == "SRV" ? QStringLiteral("%1 %2.").arg(r.port).arg(QString::fromStdString(r.value))
                                                      : QString::fromStdString(r.value);
                const QString line = owner + QStringLiteral("\tIN\t") + QString::fromStdString(r.type) + QLatin1Char('\t');
                for (const QString& l : QString::fromStdString(file.content).split(QLatin1Char('\n')))
                    found += l.startsWith(line) && l.endsWith(value);
            }
            QVERIFY2(found == 1, r.name.c_str());
        }
    }

    // openssl req makes a CSR from each configuration, with exactly the report's names.
    void opensslConfigurationsMakeRequests_data()
    {
        samplesMatchTheReference_data();
    }

    void opensslConfigurationsMakeRequests()
    {
        QFETCH(QString, sample);
        const QString openssl = tool(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "openssl is not installed (make test installs it)");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("requests"));
        QString output;
        QCOMPARE(run(QStringLiteral(EDGEPLAN_BINARY),
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("openssl-cnf"),
                      QStringLiteral("--output"), folder,
                      QStringLiteral(":/samples/%1.edgeplan").arg(sample)},
                     &output),
                 0);
        const auto topology = loadNamed(sample);
        const auto certificates = deriveCertificates(*topology);
        const auto files = exportOpensslConfigs(*topology);
        QCOMPARE(files.size(), certificates.size());
        for (size_t i = 0; i < files.size(); ++i) {
            const QString name = QString::fromStdString(files[i].name).chopped(4);
            QVERIFY2(run(openssl, {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
                                   name + QStringLiteral(".cnf"), QStringLiteral("-out"), name + QStringLiteral(".csr")},
                         &output, folder) == 0,
                     qPrintable(output));
            QVERIFY(QFile::exists(QDir(folder).filePath(name + QStringLiteral(".key"))));
            QCOMPARE(run(openssl, {QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                   QStringLiteral("-in"), name + QStringLiteral(".csr")},
                         &output, folder),
                     0);
            QVERIFY2(output.contains(QStringLiteral("CN = ") + QString::fromStdString(certificates[i].subject)) ||
                         output.contains(QStringLiteral("CN=") + QString::fromStdString(certificates[i].subject)),
                     qPrintable(output));
            QStringList sans;
            const auto matches = QRegularExpression(QStringLiteral("DNS:([^,\\s]+)")).globalMatch(output);
            for (auto it = matches; it.hasNext();)
                sans << it.next().captured(1);
            QStringList expected;
            for (const std::string& san : certificates[i].alternativeNames)
                expected << QString::fromStdString(san);
            QCOMPARE(sans, expected);
            QVERIFY(output.contains(QStringLiteral("TLS Web Server Authentication")));
        }
    }

    // A name that would break a zone file or a configuration never enters
    // the plan (tst_dnsnames); one the plan may keep but that is not fully
    // qualified is refused by the exports, naming it.
    void exportsRefuseNamesThatAreNoDnsNames()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        const ComponentId edge = componentNamed(*topology, "edge01");
        Component changed = *topology->component(edge);
        changed.interfaces["webconf-edge"].fqdn = "webcon.contoso.com\nDNS.9 = evil.example";
        QVERIFY_THROWS_EXCEPTION(EditError, topology->updateComponent(changed));
        changed.interfaces["webconf-edge"].fqdn = "webcon";
        topology->updateComponent(changed);
        for (auto write : {exportDnsZones, exportOpensslConfigs}) {
            try {
                write(*topology);
                QFAIL("the export wrote a name that is no DNS name");
            } catch (const ExportError& e) {
                QVERIFY2(std::string(e.what()).find("is not a fully qualified DNS name") != std::string::npos, e.what());
            }
        }
        // The CSV lists it as it is.
        QVERIFY(exportDnsCsv(*topology, Lang::En).find(",webcon,") != std::string::npos);
        // The command line leaves no folder behind.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("evil.edgeplan"));
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(saveProject(*topology)));
        file.close();
        QString output;
        const QString folder = dir.filePath(QStringLiteral("zones"));
        QCOMPARE(run(QStringLiteral(EDGEPLAN_BINARY),
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dns-zone"),
                      QStringLiteral("--output"), folder, project},
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("not a fully qualified DNS name")), qPrintable(output));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void csvExportsInBothLanguages()
    {
        const auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        const std::string en = exportDnsCsv(*topology, Lang::En);
        const std::string ja = exportDnsCsv(*topology, Lang::Ja);
        QVERIFY(en.rfind("\xEF\xBB\xBFLocation,Type,Name,Value", 0) == 0);
        QVERIFY(ja.find("アクセス エッジ外部インターフェイス") != std::string::npos);
        QCOMPARE(std::count(en.begin(), en.end(), '\n'), std::ptrdiff_t(16));
        const std::string certs = exportCertificatesCsv(*topology, Lang::En);
        QVERIFY(certs.find("webcon.contoso.com; sip.contoso.com; xmpp.contoso.com; *.contoso.com") != std::string::npos);
        QVERIFY(exportCertificatesCsv(*topology, Lang::Ja).find("パブリック CA") != std::string::npos);
    }

    void namingRoundTripsThroughTheProjectFile()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        // A plan without its own naming writes none: the samples stay as they are.
        QVERIFY(saveProject(*topology).find("\"naming\"") == std::string::npos);
        ProjectNaming naming;
        naming.sipDomains = {SipDomain{"contoso.com"}, SipDomain{"fabrikam.com", false, false}};
        naming.internalDomain = "contoso.net";
        naming.names["meet"] = "meetings.contoso.com";
        topology->setNaming(naming);
        const std::string saved = saveProject(*topology);
        auto loaded = loadProject(saved, registry());
        QVERIFY2(loaded.topology, joinDiagnostics(loaded.diagnostics, "").c_str());
        QCOMPARE(loaded.topology->naming(), naming);
        QCOMPARE(saveProject(*loaded.topology), saved);
        QVERIFY(findRecord(deriveDnsRecords(*loaded.topology), "meetings.contoso.com"));
        QVERIFY(findRecord(deriveDnsRecords(*loaded.topology), "lyncdiscoverinternal.contoso.net"));
    }

    void badNamingInAProjectFileIsNamed_data()
    {
        QTest::addColumn<QString>("naming");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("space") << QStringLiteral(R"({"sipDomains": [{"name": "contoso com"}]})")
                               << QStringLiteral("name.space") << QStringLiteral("/naming");
        QTest::newRow("duplicate") << QStringLiteral(R"({"sipDomains": [{"name": "a.com"}, {"name": "A.com"}]})")
                                   << QStringLiteral("name.duplicate-domain") << QStringLiteral("/naming");
        QTest::newRow("unknown name") << QStringLiteral(R"({"names": {"nosuch": "x.contoso.com"}})")
                                      << QStringLiteral("name.unknown") << QStringLiteral("/naming");
        QTest::newRow("not a string") << QStringLiteral(R"({"names": {"meet": 5}})")
                                      << QStringLiteral("json.type") << QStringLiteral("/naming/names/meet");
        QTest::newRow("no name") << QStringLiteral(R"({"sipDomains": [{"federation": true}]})")
                                 << QStringLiteral("json.missing") << QStringLiteral("/naming/sipDomains/0");
        QTest::newRow("not an object") << QStringLiteral(R"([1])") << QStringLiteral("json.type")
                                       << QStringLiteral("/naming");
    }

    void badNamingInAProjectFileIsNamed()
    {
        QFETCH(QString, naming);
        QFETCH(QString, code);
        QFETCH(QString, where);
        json doc = json::parse(resourceBytes(QStringLiteral(":/samples/consolidated-edge-nat.edgeplan")));
        doc["naming"] = json::parse(naming.toStdString());
        const auto result = loadProject(doc.dump(), registry());
        QVERIFY(!result.topology);
        const Diagnostic* d = findDiagnostic(result.diagnostics, code.toStdString());
        QVERIFY2(d, joinDiagnostics(result.diagnostics, "").c_str());
        QCOMPARE(QString::fromStdString(d->where).left(where.size()), where);
    }

    void setNamingRefusesWhatCannotBeKept()
    {
        auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        const ProjectNaming before = topology->naming();
        const auto revision = topology->revision();
        for (const std::string& bad : {std::string(), std::string("tab\tcontoso.com"), std::string(254, 'a')}) {
            ProjectNaming naming;
            naming.sipDomains = {SipDomain{bad}};
            QVERIFY_THROWS_EXCEPTION(EditError, topology->setNaming(naming));
        }
        QCOMPARE(topology->naming(), before);
        QCOMPARE(topology->revision(), revision);
    }

    void catalogNamingSectionsAreChecked_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("placeholder") << QStringLiteral("/dns/0/names/0") << QStringLiteral("\"{nosuch}.com\"")
                                     << QStringLiteral("catalog.name-template");
        QTest::newRow("role") << QStringLiteral("/dns/0/at/roles/0") << QStringLiteral("\"nosuch\"")
                              << QStringLiteral("catalog.unknown-role");
        QTest::newRow("interface") << QStringLiteral("/dns/0/at/interface") << QStringLiteral("\"nosuch\"")
                                   << QStringLiteral("catalog.unknown-interface");
        QTest::newRow("type") << QStringLiteral("/dns/0/type") << QStringLiteral("\"MX\"")
                              << QStringLiteral("catalog.dns-type");
        QTest::newRow("srv port") << QStringLiteral("/dns/1/port") << QStringLiteral("70000")
                                  << QStringLiteral("port.range");
        QTest::newRow("key usage") << QStringLiteral("/certificates/0/extendedKeyUsage/0")
                                   << QStringLiteral("\"codeSigning\"") << QStringLiteral("catalog.key-usage");
        QTest::newRow("source") << QStringLiteral("/names/0/source") << QStringLiteral("\"dns\"")
                                << QStringLiteral("catalog.name-source");
        QTest::newRow("scenario") << QStringLiteral("/dns/3/scenarios") << QStringLiteral("[\"nosuch\"]")
                                  << QStringLiteral("catalog.unknown-scenario");
    }

    void catalogNamingSectionsAreChecked()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const auto result = loadMutatedCatalog([&](json& doc) {
            doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        });
        QVERIFY(!result.catalog);
        const Diagnostic* d = findDiagnostic(result.diagnostics, code.toStdString());
        QVERIFY2(d, joinDiagnostics(result.diagnostics, "").c_str());
        QVERIFY2(QString::fromStdString(d->where).startsWith(pointer.section(QLatin1Char('/'), 0, 2)),
                 d->where.c_str());
    }

    void conversionKeepsTheNaming()
    {
        auto topology = loadNamed(QStringLiteral("federation-edge"));
        ProjectNaming naming;
        naming.sipDomains = {SipDomain{"example.com"}, SipDomain{"example.org"}};
        naming.names["xmpp"] = "im.example.com";
        topology->setNaming(naming);
        std::vector<std::string> problems;
        const auto converted = convertTopology(*topology, registry().find("lync2013-edge"), &problems);
        QVERIFY(converted);
        QCOMPARE(converted->naming(), naming);
        QVERIFY(findRecord(deriveDnsRecords(*converted), "_xmpp-server._tcp.example.org"));
        QCOMPARE(findRecord(deriveDnsRecords(*converted), "_xmpp-server._tcp.example.org")->value,
                 std::string("im.example.com"));
    }

    // The verify DNS probes ask exactly the records of the report.
    void verifyAsksTheReportsRecords()
    {
        const auto topology = loadNamed(QStringLiteral("consolidated-edge-nat"));
        const auto records = deriveDnsRecords(*topology);
        std::vector<ProbeSpec> dns;
        for (const ProbeSpec& p : planProbes(*topology, deriveTables(*topology)))
            if (p.kind == ProbeKind::DnsSrv || p.kind == ProbeKind::DnsAddress)
                dns.push_back(p);
        std::set<std::string> names;
        for (const DnsRecord& r : records)
            if (!r.value.empty())
                names.insert(r.name);
        // Every record of the report is asked; the rest belong to components
        // that publish nothing in the report (partners, the front end's FQDN).
        std::set<std::string> asked;
        for (const ProbeSpec& p : dns) {
            if (names.count(p.host)) {
                asked.insert(p.host);
                continue;
            }
            const Component* c = topology->component(p.component);
            QVERIFY2(c, p.host.c_str());
            QVERIFY2(std::none_of(records.begin(), records.end(),
                                  [&](const DnsRecord& r) { return r.component == c->id; }),
                     p.host.c_str());
        }
        QCOMPARE(asked, names);
        for (const ProbeSpec& p : dns) {
            if (p.kind != ProbeKind::DnsSrv || !names.count(p.host))
                continue;
            const DnsRecord* r = findRecord(records, p.host, "SRV");
            QVERIFY(r);
            QCOMPARE(p.expectedTarget, r->value);
            QCOMPARE(p.expectedPort, r->port);
        }
        const auto sip = std::find_if(dns.begin(), dns.end(), [](const ProbeSpec& p) { return p.host == "sip.contoso.com"; });
        QVERIFY(sip != dns.end());
        QCOMPARE(sip->expectedAddresses, std::vector<std::string>{"131.107.155.10"});
    }

private:
    static bool contains(const std::vector<std::string>& list, const std::string& value)
    {
        return std::find(list.begin(), list.end(), value) != list.end();
    }
};

QTEST_GUILESS_MAIN(TestNaming)
#include "tst_naming.moc"
