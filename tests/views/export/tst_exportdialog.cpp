// File > Export: the dialog remembers the last choices, and every format it
// offers is written from the window's own diagram.

#include "diagram/DiagramScene.h"
#include "dialogs/ExportDialog.h"
#include "document/Document.h"
#include "export/PlanExporter.h"
#include "PdfTools.h"
#include "support/Language.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace edgeplan;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeplanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();
    }

    void remembersTheLastChoices()
    {
        const auto topology = test::loadSample();
        ExportRequest wanted;
        {
            ExportDialog dialog(topology->catalog(), QStringLiteral("plan"), false);
            wanted = dialog.request();
            wanted.format = QStringLiteral("nftables");
            wanted.lang = Lang::Ja;
            wanted.firewallId = QStringLiteral("external");
            wanted.merge = true;
            wanted.path = m_dir.filePath(QStringLiteral("edge.nft"));
            dialog.setRequest(wanted);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ExportDialog again(topology->catalog(), QStringLiteral("other"), false);
        const ExportRequest remembered = again.request();
        QCOMPARE(remembered.format, wanted.format);
        QCOMPARE(remembered.lang, Lang::Ja);
        QCOMPARE(remembered.firewallId, QStringLiteral("external"));
        QVERIFY(remembered.merge);
        QCOMPARE(remembered.path, m_dir.filePath(QStringLiteral("other.nft")));
    }

    // The first time, the dialog offers the handoff report, listed first,
    // in the window's language; after the window's language changes, the
    // export follows it again (#25).
    void offersTheReportInTheWindowsLanguage()
    {
        QSettings().remove(QStringLiteral("export"));
        const auto topology = test::loadSample();
        installLanguage(Lang::Ja);
        {
            ExportDialog dialog(topology->catalog(), QStringLiteral("plan"), false);
            auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
            QVERIFY(format);
            QCOMPARE(format->itemData(0).toString(), QStringLiteral("report"));
            QCOMPARE(format->count(), int(exportFormats().size()));
            for (const ExportFormatInfo& f : exportFormats())
                QCOMPARE(format->itemText(format->findData(f.id)), exportFormatDescription(f));
            const ExportRequest first = dialog.request();
            QCOMPARE(first.format, QStringLiteral("report"));
            QCOMPARE(first.lang, Lang::Ja);
            QVERIFY(first.path.endsWith(QStringLiteral("plan.pdf")));
            ExportRequest english = first;
            english.lang = Lang::En; // an English export from a Japanese window: kept
            dialog.setRequest(english);
            dialog.accept();
        }
        // Chosen in a Japanese window, kept while the window stays Japanese.
        QCOMPARE(ExportDialog(topology->catalog(), QStringLiteral("plan"), false).request().lang, Lang::En);
        // An English export chosen in an English window; the window turns
        // Japanese: the export follows it.
        installLanguage(Lang::En);
        {
            ExportDialog dialog(topology->catalog(), QStringLiteral("plan"), false);
            QCOMPARE(dialog.request().lang, Lang::En);
            dialog.accept();
        }
        installLanguage(Lang::Ja);
        QCOMPARE(ExportDialog(topology->catalog(), QStringLiteral("plan"), false).request().lang, Lang::Ja);
        installLanguage(Lang::En);
    }

    void reportPageSizeReachesTheRequest()
    {
        const auto topology = test::loadSample();
        ExportDialog dialog(topology->catalog(), QStringLiteral("plan"), false);
        auto* size = dialog.findChild<QComboBox*>(QStringLiteral("pageSize"));
        QVERIFY(size);
        ExportRequest request = dialog.request();
        request.format = QStringLiteral("csv");
        dialog.setRequest(request);
        QVERIFY(!size->isEnabled());
        request.format = QStringLiteral("report");
        request.pageSize = QPageSize::Letter;
        request.path = m_dir.filePath(QStringLiteral("letter.pdf"));
        dialog.setRequest(request);
        QVERIFY(size->isEnabled());
        QCOMPARE(dialog.request().pageSize, QPageSize::Letter);
        size->setCurrentIndex(size->findData(int(QPageSize::A4)));
        QCOMPARE(dialog.request().pageSize, QPageSize::A4);
        // And the exporter honours it.
        Document document(test::loadSample());
        request.pageSize = QPageSize::Letter;
        QString error;
        QVERIFY2(exportPlan(document.topology(), nullptr, request, &error), qPrintable(error));
        QVERIFY(test::runTool(QStringLiteral("pdfinfo"), {request.path}).contains(QStringLiteral("(letter)")));
    }

    void emptyPathIsRefused()
    {
        const auto topology = test::loadSample();
        ExportDialog dialog(topology->catalog(), QStringLiteral("plan"), false);
        ExportRequest request = dialog.request();
        request.path.clear();
        dialog.setRequest(request);
        QTimer::singleShot(0, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void everyFormatFromTheWindowsScene()
    {
        Document document(test::loadSample());
        DiagramScene scene(&document);
        for (const ExportFormatInfo& format : exportFormats()) {
            ExportRequest request;
            request.format = format.id;
            request.path = m_dir.filePath(QStringLiteral("all.") + format.id + QLatin1Char('.') + format.extension);
            QString error;
            QVERIFY2(exportPlan(document.topology(), &scene, request, &error), qPrintable(format.id + ": " + error));
            QVERIFY2(QFileInfo(request.path).size() > 100, qPrintable(format.id));
        }
        ExportRequest bad;
        bad.format = QStringLiteral("docx");
        bad.path = m_dir.filePath(QStringLiteral("x.docx"));
        QString error;
        QVERIFY(!exportPlan(document.topology(), &scene, bad, &error));
        QVERIFY(error.contains(QStringLiteral("docx")));
        QVERIFY(!QFile::exists(bad.path));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
