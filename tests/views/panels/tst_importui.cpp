// File > Import in the window: the dialog shows the kind of each file, a
// drawing of the resulting plan and the import report before anything
// changes; Import applies it as one undo step; a file with a problem imports
// nothing and says where; the report speaks the window's language.

#include "dialogs/ImportDialog.h"
#include "document/Document.h"
#include "support/Language.h"
#include "tables/RuleTableDock.h"
#include "TestSupport.h"
#include "window/MainWindow.h"
#include "SampleWindowTest.h"
#include "WindowSupport.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace edgeplan;

namespace {

QString importData(const char* name)
{
    return QStringLiteral(EDGEPLAN_TEST_DATA "/import/") + QLatin1String(name);
}

// Every line of the report tree, each level indented by two more spaces.
void addLines(const QTreeWidgetItem* item, const QString& indent, QStringList& lines)
{
    lines << indent + item->text(0);
    for (int j = 0; j < item->childCount(); ++j)
        addLines(item->child(j), indent + QStringLiteral("  "), lines);
}

QStringList reportLines(const QTreeWidget* tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        addLines(tree->topLevelItem(i), QString(), lines);
    return lines;
}

bool anyContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString& line) { return line.contains(text); });
}

const Component* named(const Topology& topology, const std::string& name)
{
    return topology.component(test::componentNamed(topology, name));
}

} // namespace

class TestImportUi : public test::SampleWindowTest
{
    Q_OBJECT

private:
    // File > Import, with `use` run on the open dialog (it accepts or rejects it).
    void withImport(const std::function<void(ImportDialog*)>& use)
    {
        test::withDialog(*m_window, "importAction", use);
    }

    QStringList ruleCells() const
    {
        QStringList cells;
        const QAbstractItemModel* model = m_window->ruleTable()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                cells << model->index(row, column).data().toString();
        return cells;
    }

private Q_SLOTS:

    // A topology with one shared external address: the dialog shows the
    // plan and says the web conferencing port moved; Import replaces the
    // plan, the rule table says 444, and one undo brings the sample back.
    void topologyReplacesThePlanInOneUndoStep()
    {
        const std::string before = saveProject(m_window->document()->topology());
        QUndoStack* undo = m_window->document()->undoStack();
        const int steps = undo->count();
        withImport([&](ImportDialog* dialog) {
            QVERIFY(!dialog->importButton()->isEnabled()); // nothing chosen yet
            dialog->addFiles({importData("shared-address.tbxml")});
            QCOMPARE(dialog->fileList()->topLevelItemCount(), 1);
            QCOMPARE(dialog->fileList()->topLevelItem(0)->text(ImportDialog::FileKindColumn),
                     QStringLiteral("Lync topology"));
            QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(reportLines(dialog->reportList()).join('\n')));
            QVERIFY(dialog->replacesPlan());
            QVERIFY2(dialog->summaryText().contains(QStringLiteral("replaces the plan in the window")),
                     qPrintable(dialog->summaryText()));
            const QStringList report = reportLines(dialog->reportList());
            QVERIFY2(anyContains(report, QStringLiteral("listens on port 444 instead of 443")),
                     qPrintable(report.join('\n')));
            QCOMPARE(report.first(), QStringLiteral("shared-address.tbxml"));
            // Under the file, the entries stand in their groups, in order.
            QVERIFY2(report.at(1).startsWith(QStringLiteral("  Created (")), qPrintable(report.join('\n')));
            QVERIFY2(report.at(2).startsWith(QStringLiteral("    created the ")), qPrintable(report.join('\n')));
            const auto groupAt = [&](const QString& title) {
                return std::find_if(report.begin(), report.end(),
                                    [&](const QString& line) { return line.startsWith("  " + title + " ("); }) -
                       report.begin();
            };
            QVERIFY(groupAt(QStringLiteral("Created")) < groupAt(QStringLiteral("Settings")));
            QVERIFY(groupAt(QStringLiteral("Settings")) < report.size());
            // The preview draws every component of the plan to be.
            auto* preview = dialog->findChild<QGraphicsView*>(QStringLiteral("importPreview"));
            QVERIFY(preview && preview->scene());
            QVERIFY(size_t(preview->scene()->items().size()) >= dialog->preview()->components().size());
            // Nothing has changed yet.
            QCOMPARE(saveProject(m_window->document()->topology()), before);
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("edgeplan-import.png")));
            dialog->importButton()->click();
        });
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Import topology"));
        const Topology& plan = m_window->document()->topology();
        QCOMPARE(plan.catalog().id, std::string(kImportCatalogId));
        QVERIFY(plan.isScenarioEnabled("edge"));
        QVERIFY2(ruleCells().contains(QStringLiteral("444")), qPrintable(ruleCells().join(' ')));
        QVERIFY(m_window->document()->isModified());
        undo->undo();
        QCOMPARE(saveProject(m_window->document()->topology()), before);
        undo->redo();
        QVERIFY(ruleCells().contains(QStringLiteral("444")));
    }

    // Federation lists alone go into the open plan: their partners are
    // linked to its edge, and one undo takes them all away.
    void federationListsAddToTheOpenPlan()
    {
        const size_t components = m_window->document()->topology().components().size();
        QUndoStack* undo = m_window->document()->undoStack();
        withImport([&](ImportDialog* dialog) {
            dialog->addFiles({importData("allowed-domains.csv"), importData("xmpp-partners.csv")});
            QCOMPARE(dialog->fileList()->topLevelItem(1)->text(ImportDialog::FileKindColumn),
                     QStringLiteral("Federation list"));
            QVERIFY(!dialog->replacesPlan());
            QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(reportLines(dialog->reportList()).join('\n')));
            const QStringList report = reportLines(dialog->reportList());
            QVERIFY2(report.contains(QStringLiteral("allowed-domains.csv")), qPrintable(report.join('\n')));
            QVERIFY2(anyContains(report, QStringLiteral("  line 3: created the SIP federation partner fabrikam.com")),
                     qPrintable(report.join('\n')));
            QVERIFY(anyContains(report, QStringLiteral("created the XMPP partner jabber.example")));
            const size_t added = dialog->preview()->components().size() - components;
            QVERIFY(added >= 4);
            QVERIFY2(dialog->summaryText().startsWith(QString::number(added)), qPrintable(dialog->summaryText()));
            dialog->importButton()->click();
        });
        const Topology& plan = m_window->document()->topology();
        const Component* fabrikam = named(plan, "fabrikam.com");
        QVERIFY(fabrikam);
        QCOMPARE(fabrikam->fqdn, std::string("sip.fabrikam.com"));
        QVERIFY(named(plan, "jabber.example"));
        QVERIFY(plan.isScenarioEnabled("xmpp-federation"));
        bool linked = false;
        for (const auto& [id, link] : plan.links()) {
            const ComponentId other = link.a == fabrikam->id ? link.b : link.b == fabrikam->id ? link.a : ComponentId{};
            if (other.isValid() && plan.component(other)->role.find("edge") != std::string::npos)
                linked = true;
        }
        QVERIFY(linked);
        QCOMPARE(undo->undoText(), QStringLiteral("Import federation lists"));
        undo->undo();
        QCOMPARE(m_window->document()->topology().components().size(), components);
        QVERIFY(!named(m_window->document()->topology(), "fabrikam.com"));
    }

    // A file with a DOCTYPE and a file of nothing Edgeplan knows: Import
    // stays off, the report names the file and the place, the plan is untouched.
    void badFilesImportNothing()
    {
        QTemporaryDir dir;
        const QString doctype = dir.filePath(QStringLiteral("evil.xml"));
        QFile file(doctype);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [<!ENTITY x \"y\">]>\n<Topology/>\n");
        file.close();
        const QString notes = dir.filePath(QStringLiteral("notes.csv"));
        QFile other(notes);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("just, some, text\n");
        other.close();
        const std::string before = saveProject(m_window->document()->topology());
        const int steps = m_window->document()->undoStack()->count();
        withImport([&](ImportDialog* dialog) {
            dialog->addFiles({doctype});
            QVERIFY(!dialog->importButton()->isEnabled());
            QVERIFY(!dialog->preview());
            QStringList report = reportLines(dialog->reportList());
            QVERIFY2(anyContains(report, QStringLiteral("evil.xml: line 2, column 20: a DOCTYPE is not allowed")),
                     qPrintable(report.join('\n')));
            QVERIFY(dialog->summaryText().contains(QStringLiteral("Nothing can be imported")));
            QCOMPARE(dialog->reportList()->topLevelItem(0)->foreground(0).color(), QColor(0xb0, 0x1e, 0x1e));

            dialog->addFiles({notes});
            QCOMPARE(dialog->fileList()->topLevelItem(1)->text(ImportDialog::FileKindColumn),
                     QStringLiteral("Not importable"));
            report = reportLines(dialog->reportList());
            QVERIFY2(anyContains(report, QStringLiteral("notes.csv: neither a Lync topology")),
                     qPrintable(report.join('\n')));
            // Removing both leaves an empty dialog, and still nothing to import.
            dialog->fileList()->selectAll();
            dialog->removeSelectedFiles();
            QVERIFY(dialog->files().isEmpty());
            QCOMPARE(dialog->reportList()->topLevelItemCount(), 0);
            QVERIFY(!dialog->importButton()->isEnabled());
            dialog->importButton()->click(); // disabled: no effect
        });
        QCOMPARE(m_window->document()->undoStack()->count(), steps);
        QCOMPARE(saveProject(m_window->document()->topology()), before);
        QVERIFY(!m_window->document()->isModified());
    }

    // In Japanese, the report and the dialog's words are Japanese.
    void reportInJapanese()
    {
        m_window->setLanguage(Lang::Ja);
        withImport([&](ImportDialog* dialog) {
            dialog->addFiles({importData("single-edge.tbxml")});
            const QStringList report = reportLines(dialog->reportList());
            QVERIFY2(anyContains(report, QStringLiteral("エッジ サーバー edge01 (edge01.contoso.net) を作成しました")),
                     qPrintable(report.join('\n')));
            QVERIFY(test::hasJapanese(dialog->windowTitle()));
            QVERIFY(test::hasJapanese(dialog->summaryText()));
            QVERIFY2(test::hasJapanese(dialog->importButton()->text()), qPrintable(dialog->importButton()->text()));
        });
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
