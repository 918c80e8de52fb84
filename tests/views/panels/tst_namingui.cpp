// DNS records and certificates in the window: the DNS and Certificates
// panels show what the export gives, Project > Properties edits the SIP
// domains in one undo step and refuses a bad domain, the panels speak the
// window's language and the inspector lists a component's records.

#include "diagram/DiagramScene.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ProjectPropertiesDialog.h"
#include "document/Document.h"
#include "naming/CertificateTableModel.h"
#include "naming/DnsTableModel.h"
#include "naming/NamingDock.h"
#include "panels/InspectorComponentForm.h"
#include "panels/InspectorWidget.h"
#include "support/Language.h"
#include "TestSupport.h"
#include "window/MainWindow.h"
#include "SampleWindowTest.h"
#include "WindowSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace edgeplan;

namespace {

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

const QStringList kFabrikamNames = {
    QStringLiteral("sip.fabrikam.com"), QStringLiteral("_sip._tls.fabrikam.com"),
    QStringLiteral("_sipfederationtls._tcp.fabrikam.com"), QStringLiteral("_xmpp-server._tcp.fabrikam.com"),
    QStringLiteral("lyncdiscover.fabrikam.com")};

} // namespace

class TestNamingUi : public test::SampleWindowTest
{
    Q_OBJECT

private:
    QAbstractItemModel* dnsModel() const { return m_window->dnsTable()->view()->model(); }
    QAbstractItemModel* certificateModel() const { return m_window->certificateTable()->view()->model(); }

    // Project > Properties, with `edit` run on the open dialog (it accepts or rejects it).
    void withProperties(const std::function<void(ProjectPropertiesDialog*)>& edit)
    {
        test::withDialog(*m_window, "projectPropertiesAction", edit);
    }

    QStringList edgeExternalNames() const
    {
        const QModelIndex subject = certificateModel()->index(0, CertificateTableModel::SubjectColumn);
        QStringList names = certificateModel()
                                ->index(0, CertificateTableModel::AlternativeNamesColumn)
                                .data()
                                .toString()
                                .split(QLatin1Char('\n'));
        return names << subject.data().toString();
    }

private Q_SLOTS:

    // The same records and certificates as `edgeplan export --format dns-csv / certs-csv`.
    void panelsShowTheExportsRows()
    {
        QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("dnsDock")));
        QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("certificatesDock")));
        QCOMPARE(dnsModel()->rowCount(), 15);
        QCOMPARE(certificateModel()->rowCount(), 3);
        const QStringList names = column(dnsModel(), DnsTableModel::NameColumn);
        QCOMPARE(names.front(), QStringLiteral("sip.contoso.com"));
        QCOMPARE(dnsModel()->index(0, DnsTableModel::ValueColumn).data().toString(),
                 QStringLiteral("131.107.155.10"));
        const int srv = int(names.indexOf(QStringLiteral("_sip._tls.contoso.com")));
        QVERIFY(srv >= 0);
        QCOMPARE(dnsModel()->index(srv, DnsTableModel::TypeColumn).data().toString(), QStringLiteral("SRV"));
        QCOMPARE(dnsModel()->index(srv, DnsTableModel::PortColumn).data().toInt(), 443);
        QCOMPARE(dnsModel()->index(srv, DnsTableModel::ComponentColumn).data().toString(), QStringLiteral("edge01"));
        QVERIFY(dnsModel()->index(0, DnsTableModel::ReasonColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("Gg412787")));
        QCOMPARE(certificateModel()->index(0, CertificateTableModel::SubjectColumn).data().toString(),
                 QStringLiteral("sip.contoso.com"));
        QCOMPARE(certificateModel()->index(2, CertificateTableModel::ComponentColumn).data().toString(),
                 QStringLiteral("rp01"));
        // For a look at the panels (the pictures of docs/dns-and-certificates.md):
        // edge01 in the inspector, the certificates tab raised, then the DNS tab.
        m_window->resize(1500, 960);
        m_window->resizeDocks({m_window->findChild<QDockWidget*>(QStringLiteral("dnsDock"))}, {330}, Qt::Vertical);
        m_window->scene()->selectItems({test::componentNamed(m_window->document()->topology(), "edge01")}, {});
        m_window->findChild<QDockWidget*>(QStringLiteral("certificatesDock"))->raise();
        m_window->grab().save(QDir::temp().filePath(QStringLiteral("edgeplan-certificates.png")));
        m_window->findChild<QDockWidget*>(QStringLiteral("dnsDock"))->raise();
        m_window->grab().save(QDir::temp().filePath(QStringLiteral("edgeplan-dns.png")));
    }

    // A move derives nothing again; a new service name shows at once.
    void panelsFollowEditsButNotMoves()
    {
        Document* document = m_window->document();
        const ComponentId edge = test::componentNamed(document->topology(), "edge01");
        QSignalSpy resets(dnsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy names(document, &Document::namesChanged);
        Component moved = *document->topology().component(edge);
        moved.position.x += 40;
        QVERIFY(document->changeComponents({moved}, QStringLiteral("Move")));
        QCOMPARE(names.count(), 0);
        QCOMPARE(resets.count(), 0);
        Component renamed = moved;
        renamed.interfaces["webconf-edge"].fqdn = "conf.contoso.com";
        QVERIFY(document->changeComponents({renamed}, QStringLiteral("Change service FQDN")));
        QCOMPARE(names.count(), 1);
        QVERIFY(column(dnsModel(), DnsTableModel::NameColumn).contains(QStringLiteral("conf.contoso.com")));
    }

    // A row with a component selects it on the diagram.
    void choosingARowSelectsItsComponent()
    {
        QTableView* view = m_window->dnsTable()->view();
        view->setCurrentIndex(dnsModel()->index(0, 0));
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        QCOMPARE(m_window->scene()->selectedComponents(), std::vector<ComponentId>{edge});
    }

    void addingADomainIsOneUndoStep()
    {
        Document* document = m_window->document();
        const QStringList before = column(dnsModel(), DnsTableModel::NameColumn);
        const int steps = document->undoStack()->count();
        withProperties([](ProjectPropertiesDialog* dialog) {
            // The domains in force before the project kept any: the edge's.
            QCOMPARE(dialog->domainTable()->rowCount(), 1);
            QCOMPARE(dialog->domainTable()->item(0, 0)->text(), QStringLiteral("contoso.com"));
            QCOMPARE(dialog->internalDomainEdit()->placeholderText(), QStringLiteral("contoso.com"));
            QVERIFY(dialog->nameTable()->rowCount() > 0);
            QCoreApplication::processEvents(); // the dialog's first layout
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("edgeplan-properties.png")));
            dialog->addDomain(QStringLiteral("fabrikam.com"));
            dialog->accept();
            QCOMPARE(dialog->errorText(), QString());
            QVERIFY(!dialog->isVisible());
        });
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(document->topology().naming().sipDomains.size(), size_t(2));
        const QStringList after = column(dnsModel(), DnsTableModel::NameColumn);
        for (const QString& name : kFabrikamNames)
            QVERIFY2(after.contains(name), qPrintable(name));
        QCOMPARE(after.size(), before.size() + kFabrikamNames.size());
        QVERIFY(edgeExternalNames().contains(QStringLiteral("sip.fabrikam.com")));

        document->undoStack()->undo();
        QCOMPARE(column(dnsModel(), DnsTableModel::NameColumn), before);
        QVERIFY(!edgeExternalNames().contains(QStringLiteral("sip.fabrikam.com")));
        QVERIFY(document->topology().naming().sipDomains.empty());

        document->undoStack()->redo();
        QCOMPARE(column(dnsModel(), DnsTableModel::NameColumn), after);
        QVERIFY(edgeExternalNames().contains(QStringLiteral("sip.fabrikam.com")));
    }

    // OK without a change adds no step: the edge's old domain stays where it is.
    void okWithoutAChangeChangesNothing()
    {
        Document* document = m_window->document();
        const int steps = document->undoStack()->count();
        withProperties([](ProjectPropertiesDialog* dialog) { dialog->accept(); });
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(document->topology().naming().sipDomains.empty());
    }

    void aBadDomainIsRefused()
    {
        Document* document = m_window->document();
        const int steps = document->undoStack()->count();
        const ProjectNaming naming = document->topology().naming();
        QString message;
        withProperties([&message](ProjectPropertiesDialog* dialog) {
            dialog->addDomain(QStringLiteral("bad domain"));
            dialog->accept();
            QVERIFY(dialog->isVisible()); // OK stays in the dialog
            message = dialog->errorText();
        });
        QVERIFY2(message.contains(QStringLiteral("SIP domain")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("bad domain")), qPrintable(message));
        QCOMPARE(document->undoStack()->count(), steps);
        QCOMPARE(document->topology().naming(), naming);
        QCOMPARE(dnsModel()->rowCount(), 15);
    }

    // A service name and a project name set in the dialog: one step together.
    void namesAndComponentNamesInOneStep()
    {
        Document* document = m_window->document();
        const int steps = document->undoStack()->count();
        const ComponentId edge = test::componentNamed(document->topology(), "edge01");
        withProperties([](ProjectPropertiesDialog* dialog) {
            for (int row = 0; row < dialog->nameTable()->rowCount(); ++row) {
                QLineEdit* edit = dialog->nameEdit(row);
                if (edit->placeholderText() == QStringLiteral("webcon.contoso.com"))
                    edit->setText(QStringLiteral("conf.contoso.com"));
                else if (edit->placeholderText() == QStringLiteral("lsedge.contoso.net"))
                    edit->setText(QStringLiteral("edge-int.contoso.net"));
            }
            dialog->accept();
            QCOMPARE(dialog->errorText(), QString());
        });
        QCOMPARE(document->undoStack()->count(), steps + 1);
        const QStringList names = column(dnsModel(), DnsTableModel::NameColumn);
        QVERIFY2(names.contains(QStringLiteral("conf.contoso.com")), qPrintable(names.join(' ')));
        QVERIFY(!names.contains(QStringLiteral("webcon.contoso.com")));
        QVERIFY(document->topology().component(edge) != nullptr);
        document->undoStack()->undo();
        QVERIFY(column(dnsModel(), DnsTableModel::NameColumn).contains(QStringLiteral("webcon.contoso.com")));
    }

    void panelsFollowTheLanguage()
    {
        const QString english = dnsModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
        QCOMPARE(english, QStringLiteral("Location"));
        m_window->setLanguage(Lang::Ja);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (const QAbstractItemModel* model : {dnsModel(), certificateModel()}) {
            const QString header = model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(test::hasJapanese(header), qPrintable(header));
        }
        const auto* certificates = m_window->findChild<QDockWidget*>(QStringLiteral("certificatesDock"));
        QCOMPARE(certificates->windowTitle(), QStringLiteral("証明書"));
        QVERIFY(test::hasJapanese(dnsModel()->index(0, DnsTableModel::LocationColumn).data().toString()));
        m_window->setLanguage(Lang::En);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(dnsModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), english);
    }

    // The folder formats from File > Export: a folder named after the plan, filled.
    void exportDialogWritesFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString& format : {QStringLiteral("dns-zone"), QStringLiteral("openssl-cnf")}) {
            ExportDialog dialog(m_window->document()->catalog(), QStringLiteral("plan"), false);
            ExportRequest request = dialog.request();
            request.format = QStringLiteral("csv");
            request.path = dir.filePath(QStringLiteral("plan.csv"));
            dialog.setRequest(request);
            auto* formats = dialog.findChildren<QComboBox*>().front();
            formats->setCurrentIndex(formats->findData(format)); // as the user picks it
            request = dialog.request();
            QCOMPARE(request.path, dir.filePath(QStringLiteral("plan")));
            QString error;
            QVERIFY2(exportPlan(m_window->document()->topology(), m_window->scene(), request, &error), qPrintable(error));
            QVERIFY(!QDir(request.path).entryList(QDir::Files).isEmpty());
            QDir(request.path).removeRecursively();
        }
    }

    void inspectorListsTheComponentsRecords()
    {
        const ComponentId edge = test::componentNamed(m_window->document()->topology(), "edge01");
        m_window->scene()->selectItems({edge}, {});
        InspectorComponentForm* form = m_window->inspector()->componentForm();
        QVERIFY(form);
        QCOMPARE(form->componentId(), edge);
        const QString text = form->namingText();
        QVERIFY2(text.contains(QStringLiteral("A sip.contoso.com \u2192 131.107.155.10")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SRV _sip._tls.contoso.com \u2192 sip.contoso.com:443")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Certificate: sip.contoso.com")), qPrintable(text));
        // A domain added elsewhere shows at once.
        withProperties([](ProjectPropertiesDialog* dialog) {
            dialog->addDomain(QStringLiteral("fabrikam.com"));
            dialog->accept();
        });
        QVERIFY(m_window->inspector()->componentForm()->namingText().contains(QStringLiteral("sip.fabrikam.com")));
    }
};

QTEST_MAIN(TestNamingUi)
#include "tst_namingui.moc"
