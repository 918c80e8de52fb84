// Every place of a plan that holds a DNS name (a component's FQDN, a
// service's FQDN, a SIP domain, the project's domains and names) takes only
// DNS names, by the one rule of model/DnsName.h: a hostile name is refused
// when a plan loads (with its JSON pointer), when the model is edited, and
// when the document is edited (nothing changes); real names load.

#include "base/DnsName.h"
#include "base/Messages.h"
#include "document/Document.h"
#include "TestSupport.h"

#include <QtTest>

using namespace edgeplan;
using nlohmann::json;

namespace {

const char* const kSample = ":/samples/consolidated-edge-nat.edgeplan";

// The fields, each as a JSON Patch that puts NAME there and the pointer
// that a problem with it names.
struct Field
{
    const char* id;
    const char* pointer;
};
const Field kFields[] = {
    {"component fqdn", "/components/0/fqdn"},
    {"service fqdn", "/components/0/interfaces/webconf-edge/fqdn"},
    {"sip domain property", "/components/0/properties/sipDomain"},
    {"project sip domain", "/naming/sipDomains/0/name"},
    {"internal domain", "/naming/internalDomain"},
    {"project name", "/naming/names/meet"},
};

json withName(const std::string& field, const std::string& name)
{
    json doc = json::parse(test::resourceBytes(QString::fromLatin1(kSample)));
    if (field == "component fqdn")
        doc["components"][0]["fqdn"] = name;
    else if (field == "service fqdn")
        doc["components"][0]["interfaces"]["webconf-edge"]["fqdn"] = name;
    else if (field == "sip domain property")
        doc["components"][0]["properties"]["sipDomain"] = name;
    else if (field == "project sip domain")
        doc["naming"] = {{"sipDomains", {{{"name", name}}}}};
    else if (field == "internal domain")
        doc["naming"] = {{"sipDomains", {{{"name", "contoso.com"}}}}, {"internalDomain", name}};
    else if (field == "project name")
        doc["naming"] = {{"names", {{"meet", name}}}};
    return doc;
}

// The same edit on a loaded plan, as the inspector and the project
// properties make it; throws EditError when the model refuses.
void edit(Topology& topology, const std::string& field, const std::string& name)
{
    const ComponentId edge = test::componentNamed(topology, "edge01");
    Component changed = *topology.component(edge);
    ProjectNaming naming = topology.naming();
    if (field == "component fqdn") {
        topology.setComponentFqdn(edge, name);
    } else if (field == "service fqdn") {
        changed.interfaces["webconf-edge"].fqdn = name;
        topology.updateComponent(changed);
    } else if (field == "sip domain property") {
        topology.setComponentProperty(edge, kSipDomainProperty, name);
    } else {
        if (field == "project sip domain")
            naming.sipDomains = {SipDomain{name}};
        else if (field == "internal domain")
            naming.internalDomain = name;
        else
            naming.names["meet"] = name;
        topology.setNaming(naming);
    }
}

bool hasControl(const std::string& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

} // namespace

class TestDnsNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The one normaliser: every comparison of names (checks, naming, the
    // verifier) goes through it.
    void normaliser_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "sip.contoso.com" << "sip.contoso.com" << "sip.contoso.com";
        QTest::newRow("case and dot") << "SIP.Contoso.COM." << "SIP.Contoso.COM" << "sip.contoso.com";
        QTest::newRow("two dots") << "a.b.." << "a.b" << "a.b";
        QTest::newRow("only dots") << ".." << "" << "";
        QTest::newRow("empty") << "" << "" << "";
        QTest::newRow("not ASCII stays") << "\u00C4.Example" << "\u00C4.Example" << "\u00C4.example";
        QTest::newRow("Turkish I is ASCII") << "SIP.TITAN.COM" << "SIP.TITAN.COM" << "sip.titan.com";
    }
    void normaliser()
    {
        QFETCH(QString, name);
        QFETCH(QString, written);
        QFETCH(QString, key);
        QCOMPARE(QString::fromStdString(withoutTrailingDot(name.toStdString())), written);
        QCOMPARE(QString::fromStdString(dnsNameKey(name.toStdString())), key);
        QVERIFY(sameDnsName(name.toStdString(), key.toStdString()));
        QVERIFY(!sameDnsName(name.toStdString(), key.toStdString() + "x"));
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("code");
        const std::string label63(63, 'a');
        const std::pair<const char*, std::pair<std::string, const char*>> names[] = {
            {"CR LF header", {"sip.fabrikam.test\r\nX-Injected: yes\r\n\r\nINVITE sip:a@b SIP/2.0", "name.space"}},
            {"LF", {"sip.fabrikam.test\nDNS.9 = evil.example", "name.space"}},
            {"NUL", {std::string("sip.fabrikam.test\0.evil", 23), "name.space"}},
            {"tab", {"sip\t.fabrikam.test", "name.space"}},
            {"DEL", {"sip\x7f.fabrikam.test", "name.space"}},
            {"space", {"sip fabrikam.test", "name.space"}},
            {"markup", {"<script>.fabrikam.test", "name.character"}},
            {"at sign", {"user@fabrikam.test", "name.character"}},
            {"colon and port", {"sip.fabrikam.test:5061", "name.character"}},
            {"slash", {"sip.fabrikam.test/x", "name.character"}},
            {"non-ASCII", {"s\xC3\xAFp.fabrikam.test", "name.character"}},
            {"label of 64", {std::string(64, 'a') + ".fabrikam.test", "name.label-too-long"}},
            {"name of 255", {label63 + "." + label63 + "." + label63 + "." + label63, "name.too-long"}},
            {"empty label", {"a..b", "name.label-empty"}},
            {"leading dot", {".fabrikam.test", "name.label-empty"}},
            {"leading hyphen", {"-sip.fabrikam.test", "name.hyphen"}},
            {"trailing hyphen", {"sip-.fabrikam.test", "name.hyphen"}},
            {"only a dot", {".", "name.empty"}},
        };
        for (const Field& field : kFields)
            for (const auto& [tag, value] : names)
                QTest::addRow("%s: %s", field.id, tag)
                    << QString::fromLatin1(field.id) << QString::fromLatin1(field.pointer)
                    << QByteArray(value.first.data(), qsizetype(value.first.size())) << QString::fromLatin1(value.second);
    }

    void hostileNamesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, pointer);
        QFETCH(QByteArray, name);
        QFETCH(QString, code);
        const std::string value = name.toStdString();

        // On load: refused, with the name's own pointer, in both languages.
        const ProjectLoadResult loaded = loadProject(withName(field.toStdString(), value).dump(), test::registry());
        QVERIFY(!loaded.topology);
        const Diagnostic* d = test::findDiagnostic(loaded.diagnostics, code.toStdString());
        QVERIFY2(d, joinDiagnostics(loaded.diagnostics, "").c_str());
        QCOMPARE(QString::fromStdString(d->where), pointer);
        QVERIFY(hasTranslatedMessage(*d));
        // The message shows the name without acting on it.
        QVERIFY2(!hasControl(d->message), d->message.c_str());
        QVERIFY2(!hasControl(diagnosticMessage(*d, Lang::Ja)), diagnosticMessage(*d, Lang::Ja).c_str());

        // On an edit of the model: refused, nothing changed.
        auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        const Topology before(*topology);
        try {
            edit(*topology, field.toStdString(), value);
            QFAIL("the model kept a name that is no DNS name");
        } catch (const EditError& e) {
            QCOMPARE(QString::fromStdString(e.code()), code);
        }
        QVERIFY(*topology == before);
    }

    // What the inspector and the project properties do: the document
    // refuses with the model's message and no undo step is made.
    void documentRefusesHostileNames_data()
    {
        QTest::addColumn<QString>("field");
        for (const Field& field : kFields)
            QTest::newRow(field.id) << QString::fromLatin1(field.id);
    }

    void documentRefusesHostileNames()
    {
        QFETCH(QString, field);
        const std::string hostile = "sip.fabrikam.test\r\nX-Injected: yes";
        Document document(test::loadBundledSample("consolidated-edge-nat.edgeplan"));
        const Topology before(document.topology());
        const ComponentId edge = test::componentNamed(before, "edge01");
        Component changed = *before.component(edge);
        ProjectNaming naming = before.naming();
        QString error;
        bool accepted = true;
        if (field == QLatin1String("component fqdn") || field == QLatin1String("service fqdn") ||
            field == QLatin1String("sip domain property")) {
            if (field == QLatin1String("component fqdn"))
                changed.fqdn = hostile;
            else if (field == QLatin1String("service fqdn"))
                changed.interfaces["webconf-edge"].fqdn = hostile;
            else
                changed.properties[kSipDomainProperty] = hostile;
            accepted = document.changeComponents({changed}, QStringLiteral("edit"), &error);
        } else {
            if (field == QLatin1String("project sip domain"))
                naming.sipDomains = {SipDomain{hostile}};
            else if (field == QLatin1String("internal domain"))
                naming.internalDomain = hostile;
            else
                naming.names["meet"] = hostile;
            accepted = document.setNaming(naming, {}, &error);
        }
        QVERIFY(!accepted);
        QVERIFY2(error.contains(QLatin1String("sip.fabrikam.test\\r\\nX-Injected")), qPrintable(error));
        QVERIFY(document.topology() == before);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    // Names of real deployments load and edit: one label, upper case, a
    // trailing dot, punycode, SRV-style underscores.
    void realNamesAreKept_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("name");
        for (const Field& field : kFields)
            for (const char* name : {"S4BLab92-WAC1", "SIP.Contoso.COM.", "xn--bcher-kva.example", "edge_01.contoso.net",
                                     "a.b", "1.example"})
                QTest::addRow("%s: %s", field.id, name) << QString::fromLatin1(field.id) << QString::fromLatin1(name);
    }

    void realNamesAreKept()
    {
        QFETCH(QString, field);
        QFETCH(QString, name);
        const ProjectLoadResult loaded =
            loadProject(withName(field.toStdString(), name.toStdString()).dump(), test::registry());
        QVERIFY2(loaded.topology, joinDiagnostics(loaded.diagnostics, "").c_str());
        auto topology = test::loadBundledSample("consolidated-edge-nat.edgeplan");
        edit(*topology, field.toStdString(), name.toStdString());
    }

    void everyBundledPlanLoads_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* sample : {"federation-edge", "scaled-edge-hlb", "consolidated-edge-nat"})
            QTest::newRow(sample) << QStringLiteral(":/samples/%1.edgeplan").arg(QLatin1String(sample));
        for (const char* data : {"verify/loopback", "verify/federation-only"})
            QTest::newRow(data) << QStringLiteral(EDGEPLAN_TEST_DATA "/%1.edgeplan").arg(QLatin1String(data));
    }

    void everyBundledPlanLoads()
    {
        QFETCH(QString, path);
        const ProjectLoadResult loaded = loadProject(test::resourceBytes(path), test::registry());
        QVERIFY2(loaded.topology, joinDiagnostics(loaded.diagnostics, "").c_str());
    }

    // One rule: the exports' FQDN test is the load rule plus two labels.
    void fqdnIsADnsNameOfTwoLabels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dnsName");
        QTest::addColumn<bool>("fqdn");
        QTest::newRow("one label") << "S4BLab92-WAC1" << true << false;
        QTest::newRow("two labels") << "contoso.com" << true << true;
        QTest::newRow("trailing dot") << "contoso.com." << true << true;
        QTest::newRow("one label, trailing dot") << "wac1." << true << false;
        QTest::newRow("CR LF") << "contoso.com\r\nX: y" << false << false;
        QTest::newRow("wildcard") << "*.contoso.com" << false << false;
    }

    void fqdnIsADnsNameOfTwoLabels()
    {
        QFETCH(QString, name);
        QFETCH(bool, dnsName);
        QFETCH(bool, fqdn);
        QCOMPARE(isDnsName(name.toStdString()), dnsName);
        QCOMPARE(isFqdn(name.toStdString()), fqdn);
    }
};

QTEST_GUILESS_MAIN(TestDnsNames)
#include "tst_dnsnames.moc"
