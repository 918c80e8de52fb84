// The inspector: editing a component's fields, validation of addresses,
// a link's rules and the project page.

#include "document/Document.h"
#include "panels/InspectorComponentForm.h"
#include "panels/InspectorWidget.h"
#include "rules/RuleEngine.h"
#include "support/Catalogs.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace edgeplan;
using edgeplan::test::componentNamed;
using edgeplan::test::loadSample;

namespace {

// Types into the field as a user would and presses Enter.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>(loadSample());
        m_inspector = std::make_unique<InspectorWidget>(m_document.get());
        m_inspector->show();
        m_edge = componentNamed(m_document->topology(), "edge01");
        m_inspector->setSelection({m_edge}, {});
    }

    void cleanup()
    {
        m_inspector.reset();
        m_document.reset();
    }

    void badAddressShowsErrorAndChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("octet too big") << "address:access-edge" << "203.0.113.300";
        QTest::newRow("a name") << "address:internal" << "edge.corp.example.com";
        QTest::newRow("a prefix") << "address:internal" << "10.0.1.0/24";
        // A listening port is read as strictly as the catalog reads ports.
        for (const char* port : {"+443", "0443", "4,43", "443-444", "0", "65536", "4 43", "0x1bb", "443.0"})
            QTest::newRow(qPrintable(QStringLiteral("port %1").arg(QLatin1String(port))))
                << "port:access-edge" << port;
        QTest::newRow("NAT junk") << "nat:access-edge" << "1.2.3";
    }

    void badAddressShowsErrorAndChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        const std::string before = saveProject(m_document->topology());
        InspectorComponentForm* form = m_inspector->componentForm();
        QVERIFY(form);
        auto* edit = form->findChild<QLineEdit*>(field);
        QVERIFY(edit);
        QVERIFY(form->errorText().isEmpty());
        typeInto(edit, text);
        QVERIFY(form->errorText().contains(text));
        QVERIFY(edit->property("invalid").toBool());
        QCOMPARE(edit->text(), text); // left for the user to correct
        QCOMPARE(saveProject(m_document->topology()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);

        // Correcting it clears the error.
        typeInto(edit, field.startsWith(QLatin1String("port:")) ? QStringLiteral("4443") : QStringLiteral("192.0.2.7"));
        QVERIFY(form->errorText().isEmpty());
        QVERIFY(!edit->property("invalid").toBool());
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void goodAddressAppliesAndUndoes()
    {
        const Topology& t = m_document->topology();
        const std::string before = saveProject(t);
        auto* edit = m_inspector->componentForm()->findChild<QLineEdit*>("address:access-edge");
        QCOMPARE(edit->text(), QStringLiteral("203.0.113.10"));
        typeInto(edit, QStringLiteral("2001:db8::10"));
        QCOMPARE(t.component(m_edge)->address("access-edge"), std::string("2001:db8::10"));
        QCOMPARE(m_document->undoStack()->count(), 1);
        const std::string after = saveProject(t);
        m_document->undoStack()->undo();
        QCOMPARE(saveProject(t), before);
        QCOMPARE(edit->text(), QStringLiteral("203.0.113.10")); // the form follows the model
        m_document->undoStack()->redo();
        QCOMPARE(saveProject(t), after);
        QCOMPARE(edit->text(), QStringLiteral("2001:db8::10"));
    }

    void clearingAnAddressRemovesTheInterfaceEntry()
    {
        auto* edit = m_inspector->componentForm()->findChild<QLineEdit*>("address:internal");
        typeInto(edit, QString());
        QVERIFY(!m_document->topology().component(m_edge)->interfaces.count("internal"));
    }

    void nameFqdnZoneAndPropertyEdits()
    {
        const Topology& t = m_document->topology();
        InspectorComponentForm* form = m_inspector->componentForm();
        typeInto(form->findChild<QLineEdit*>("name"), QStringLiteral("edge02"));
        QCOMPARE(t.component(m_edge)->name, std::string("edge02"));
        typeInto(form->findChild<QLineEdit*>("fqdn"), QStringLiteral("sip.example.com"));
        QCOMPARE(t.component(m_edge)->fqdn, std::string("sip.example.com"));

        auto* zone = form->findChild<QComboBox*>("zone");
        const int external = zone->findData(QStringLiteral("external"));
        QVERIFY(external >= 0);
        zone->setCurrentIndex(external);
        Q_EMIT zone->activated(external);
        QCOMPARE(t.component(m_edge)->zone, std::string("external"));
        QCOMPARE(m_document->undoStack()->count(), 3);

        // The pool's XMPP gateway switch.
        const ComponentId pool = componentNamed(t, "fepool01");
        m_inspector->setSelection({pool}, {});
        auto* gateway = m_inspector->componentForm()->findChild<QCheckBox*>("property:xmppGateway");
        QVERIFY(gateway);
        QVERIFY(gateway->isChecked());
        const size_t rulesBefore = deriveTables(t).ruleCount();
        gateway->click();
        QCOMPARE(t.propertyValue(*t.component(pool), "xmppGateway"), std::string("false"));
        QVERIFY(deriveTables(t).ruleCount() < rulesBefore);
        m_document->undoStack()->undo();
        QVERIFY(gateway->isChecked());
        QCOMPARE(deriveTables(t).ruleCount(), rulesBefore);
    }

    void aLinkShowsItsRules()
    {
        const Topology& t = m_document->topology();
        const LinkId link = t.linkBetween(m_edge, componentNamed(t, "Public IM provider"));
        QVERIFY(link.isValid());
        m_inspector->setSelection({}, {link});
        auto* rules = m_inspector->findChild<QTreeWidget*>("linkRules");
        QVERIFY(rules && rules->isVisible());
        const size_t expected = linkRules(t, link).size();
        QVERIFY(expected > 0);
        QCOMPARE(size_t(rules->topLevelItemCount()), expected);
        // Switching the scenario off leaves the link with no rule.
        m_document->setScenarioEnabled("public-im", false);
        QCOMPARE(rules->topLevelItemCount(), 1);
        QVERIFY(linkRules(t, link).empty());
    }

    void nothingSelectedEditsTheProjectName()
    {
        m_inspector->setSelection({}, {});
        auto* name = m_inspector->findChild<QLineEdit*>("projectName");
        QVERIFY(name && name->isVisible());
        QCOMPARE(name->text().toStdString(), m_document->topology().name());
        typeInto(name, QStringLiteral("Contoso edge"));
        QCOMPARE(m_document->topology().name(), std::string("Contoso edge"));
        m_document->undoStack()->undo();
        QCOMPARE(name->text().toStdString(), m_document->topology().name());
    }

    void removedComponentLeavesTheForm()
    {
        m_document->removeItems({m_edge}, {});
        QVERIFY(m_inspector->findChild<QLineEdit*>("projectName")->isVisible());
        m_document->undoStack()->undo();
        // Undo puts the component back but not the selection: the canvas owns that.
        QVERIFY(m_inspector->findChild<QLineEdit*>("projectName")->isVisible());
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<InspectorWidget> m_inspector;
    ComponentId m_edge;
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
