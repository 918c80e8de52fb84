// The flow handout: one PDF page per step (pdfinfo), each page holding its
// own port (pdftotext -f N -l N), a missing hop's page saying what is
// missing; and the same through `edgeplan export --format flow-pdf`.

#include "catalog/CatalogReader.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/FlowHandout.h"
#include "PdfTools.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace edgeplan;

class TestFlowHandout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void onePagePerStep_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<int>("lang");
        const auto catalog = loadCatalog(test::catalogBytes()).catalog;
        for (const Flow& flow : catalog->flows) {
            QTest::newRow((flow.id + " en").c_str()) << QString::fromStdString(flow.id) << int(Lang::En);
            QTest::newRow((flow.id + " ja").c_str()) << QString::fromStdString(flow.id) << int(Lang::Ja);
        }
    }

    void onePagePerStep()
    {
        QFETCH(QString, flow);
        QFETCH(int, lang);
        Document document(test::loadSample());
        const Flow* def = document.catalog().flow(flow.toStdString());
        QVERIFY(def);
        const QString path = m_dir.filePath(flow + QString::number(lang) + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(exportFlowHandoutPdf(document.topology(), flow.toStdString(), path, {}, Lang(lang), &error),
                 qPrintable(error));
        QCOMPARE(test::pdfPageCount(path), int(def->steps.size()));
        for (size_t i = 0; i < def->steps.size(); ++i) {
            const Rule* rule = document.catalog().rule(def->steps[i].rule);
            const QString text = test::pdfPageText(path, int(i) + 1);
            const QString port = QString::fromStdString(rule->ports.toString());
            QVERIFY2(text.contains(port), qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(text)));
            QVERIFY(text.contains(QString::fromStdString(rule->protocol)));
            QVERIFY(text.contains(QString::fromStdString(def->title.text(Lang(lang)))));
            if (Lang(lang) == Lang::Ja)
                QVERIFY(text.contains(QStringLiteral("ステップ %1 / %2").arg(i + 1).arg(def->steps.size())));
            else
                QVERIFY(text.contains(QStringLiteral("Step %1 of %2").arg(i + 1).arg(def->steps.size())));
        }
        // Every page ends up on the hop of its own rule: the steps' ports differ in order.
        if (flow == QLatin1String("xmpp-partner-message")) {
            QVERIFY(test::pdfPageText(path, 2).contains(QStringLiteral("23456")));
            QVERIFY(!test::pdfPageText(path, 1).contains(QStringLiteral("23456")));
        }
    }

    void missingStepPage()
    {
        auto topology = test::loadSample();
        topology->removeLink(topology->linkBetween(test::componentNamed(*topology, "fepool01"),
                                                   test::componentNamed(*topology, "edge01")));
        Document document(std::move(topology));
        const QString path = m_dir.filePath(QStringLiteral("missing.pdf"));
        QString error;
        QVERIFY2(exportFlowHandoutPdf(document.topology(), "xmpp-partner-message", path, {}, Lang::En, &error),
                 qPrintable(error));
        QCOMPARE(test::pdfPageCount(path), 3);
        const QString page2 = test::pdfPageText(path, 2);
        QVERIFY2(page2.contains(QStringLiteral("Missing in this plan: no link carries XMPP (MTLS) TCP 23456")),
                 qPrintable(page2));
        QVERIFY(page2.contains(QStringLiteral("23456")));
        QVERIFY(!test::pdfPageText(path, 1).contains(QStringLiteral("Missing")));
    }

    void reportListsTheFlows()
    {
        Document document(test::loadSample());
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(exportReportPdf(document.topology(), path, Lang::En, &error), qPrintable(error));
        const int pages = test::pdfPageCount(path);
        const QString last = test::pdfPageText(path, pages) + test::pdfPageText(path, pages - 1);
        QVERIFY2(last.contains(QStringLiteral("Flows")), qPrintable(last));
        QVERIFY(last.contains(QStringLiteral("An XMPP partner sends a message")));
        QVERIFY(last.contains(QStringLiteral("TCP 23456 XMPP (MTLS)")));
        QVERIFY(last.contains(QStringLiteral("fepool01")));
    }

    void unknownFlowIsRefused()
    {
        Document document(test::loadSample());
        QString error;
        QVERIFY(!exportFlowHandoutPdf(document.topology(), "no-such-flow", m_dir.filePath(QStringLiteral("x.pdf")),
                                      {}, Lang::En, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-flow")));
    }

    void commandLine()
    {
        const QString sample = QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan");
        const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
        QProcess process;
        process.start(QStringLiteral(EDGEPLAN_BINARY),
                      {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("flow-pdf"),
                       QStringLiteral("--flow"), QStringLiteral("messenger-av-call"), QStringLiteral("--output"),
                       path, sample});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(test::pdfPageCount(path), 3);
        QVERIFY(test::pdfPageText(path, 1).contains(QStringLiteral("3478")));
        QVERIFY(test::pdfPageText(path, 3).contains(QStringLiteral("50000-59999")));

        process.start(QStringLiteral(EDGEPLAN_BINARY),
                      {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("flow-pdf"),
                       QStringLiteral("--output"), path, sample});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--flow"));

        process.start(QStringLiteral(EDGEPLAN_BINARY),
                      {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("flow-pdf"),
                       QStringLiteral("--flow"), QStringLiteral("nope"), QStringLiteral("--output"), path,
                       sample});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("xmpp-partner-message"));
    }
};

QTEST_MAIN(TestFlowHandout)
#include "tst_flowhandout.moc"
