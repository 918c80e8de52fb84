// The sign-off fields (customer, author, revision, change note): edited in
// Project > Properties as one undo step, printed on the report's title page
// and in the workbook's summary (read back by xlsx2csv), hostile text
// included.

#include "dialogs/ProjectPropertiesDialog.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/DocumentExport.h"
#include "PdfTools.h"
#include "TestSupport.h"

#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace edgeplan;

namespace {

// The workbook's first sheet (the summary) as xlsx2csv reads it.
QString summarySheet(const QString& xlsx)
{
    const QString xlsx2csv = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
    if (xlsx2csv.isEmpty())
        qFatal("xlsx2csv is not installed (make test installs it)");
    QProcess process;
    process.start(xlsx2csv, {QStringLiteral("--sheet"), QStringLiteral("1"), xlsx});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("xlsx2csv failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestSignOff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void propertiesEditIsOneUndoStep()
    {
        Document document(test::loadSample());
        const std::string authorBefore = document.topology().author();
        QUndoStack* stack = document.undoStack();
        const int before = stack->index();
        {
            ProjectPropertiesDialog dialog(&document, Lang::En);
            QCOMPARE(dialog.customerEdit()->text(), QString());
            dialog.customerEdit()->setText(QStringLiteral("Contoso Ltd."));
            dialog.authorEdit()->setText(QStringLiteral("R. Consultant"));
            dialog.revisionEdit()->setText(QStringLiteral(" 1.2 "));
            dialog.changeNoteEdit()->setText(QStringLiteral("XMPP federation added"));
            QSignalSpy changed(&document, &Document::projectChanged);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(changed.count() >= 1);
        }
        const SignOff expected{"Contoso Ltd.", "1.2", "XMPP federation added"};
        QVERIFY(document.topology().signOff() == expected);
        QCOMPARE(document.topology().author(), std::string("R. Consultant"));
        QCOMPARE(stack->index(), before + 1);
        QVERIFY(document.isModified());
        stack->undo();
        QVERIFY(document.topology().signOff() == SignOff{});
        QCOMPARE(document.topology().author(), authorBefore);
        stack->redo();
        QVERIFY(document.topology().signOff() == expected);
        QCOMPARE(document.topology().author(), std::string("R. Consultant"));
        // The dialog opens on what the plan holds; OK with nothing changed pushes nothing.
        ProjectPropertiesDialog again(&document, Lang::En);
        QCOMPARE(again.revisionEdit()->text(), QStringLiteral("1.2"));
        QCOMPARE(again.authorEdit()->text(), QStringLiteral("R. Consultant"));
        again.accept();
        QCOMPARE(stack->index(), before + 1);
    }

    void tooLongIsRefusedInTheDialog()
    {
        Document document(test::loadSample());
        ProjectPropertiesDialog dialog(&document, Lang::En);
        dialog.customerEdit()->setText(QString(5000, QLatin1Char('x')));
        const int before = document.undoStack()->index();
        dialog.accept();
        QCOMPARE(document.undoStack()->index(), before);
        QVERIFY(dialog.errorText().contains(QStringLiteral("customer")));
        QVERIFY(document.topology().signOff().customer.empty());
    }

    void titlePageAndWorkbook_data()
    {
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("revision");
        QTest::newRow("en") << int(Lang::En) << "Customer" << "Revision";
        QTest::newRow("ja") << int(Lang::Ja) << "顧客" << "改訂";
    }
    void titlePageAndWorkbook()
    {
        QFETCH(int, lang);
        QFETCH(QString, customer);
        QFETCH(QString, revision);
        Document document(test::loadSample());
        QVERIFY(document.setSignOff("Hanako Yamada", {"Fabrikam 株式会社", "B-7", "Public IM removed"}));
        const QString pdf = m_dir.filePath(QStringLiteral("title-%1.pdf").arg(lang));
        QString error;
        QVERIFY2(exportReportPdf(document.topology(), pdf, Lang(lang), &error), qPrintable(error));
        const QString title = test::pdfPageText(pdf, 1);
        for (const QString& value : {QStringLiteral("Fabrikam 株式会社"), QStringLiteral("B-7"),
                                     QStringLiteral("Public IM removed"), QStringLiteral("Hanako Yamada"), customer,
                                     revision})
            QVERIFY2(title.contains(value), qPrintable(value + QStringLiteral(" in ") + title));
        // The revision rides in every page's running head.
        QVERIFY(test::pdfPageText(pdf, 3).contains(QStringLiteral("B-7")));

        const QString xlsx = m_dir.filePath(QStringLiteral("summary-%1.xlsx").arg(lang));
        const std::string failure = exportRulesXlsx(document.topology(), {Lang(lang), {}, false}, xlsx.toStdString());
        QVERIFY2(failure.empty(), failure.c_str());
        const QString sheet = summarySheet(xlsx);
        QVERIFY2(sheet.contains(customer + QStringLiteral(",Fabrikam 株式会社")), qPrintable(sheet));
        QVERIFY(sheet.contains(revision + QStringLiteral(",B-7")));
        QVERIFY(sheet.contains(QStringLiteral(",Public IM removed")));
        QVERIFY(sheet.contains(QStringLiteral(",Hanako Yamada")));
    }

    void hostileTextStaysText()
    {
        Document document(test::loadSample());
        const std::string markup = "<b>ACME</b> & \"Co\" <script>alert(1)</script>";
        const std::string control = "red\x01\x1b[31m\x7fline\nbreak\ttab";
        std::string longNote;
        while (longNote.size() < 3900)
            longNote += "長い変更内容 long change note ";
        QVERIFY(document.setSignOff(control, {markup, control, longNote}));
        QVERIFY(document.setProjectName(QString(300, QLatin1Char('N'))));
        const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
        QString error;
        QVERIFY2(exportReportPdf(document.topology(), pdf, Lang::En, &error), qPrintable(error));
        const int pages = test::pdfPageCount(pdf);
        QVERIFY(pages >= 6 && pages < 40);
        const QString title = test::pdfPageText(pdf, 1) + test::pdfPageText(pdf, 2);
        QVERIFY2(title.contains(QString::fromStdString(markup)), qPrintable(title));
        QVERIFY(!title.contains(QChar(0x1b)));
        QVERIFY(!title.contains(QChar(0x01)));
        QVERIFY(title.contains(QStringLiteral("line break tab")));
        // (poppler reads 長 as the radical ⻑, which NFKC leaves alone)
        QVERIFY(title.contains(QStringLiteral("変更内容 long change note")));
        // A name of 300 letters breaks inside the word rather than run off the page.
        QVERIFY(title.contains(QString(40, QLatin1Char('N'))));
        QVERIFY(test::pdfPageText(pdf, pages).contains(QStringLiteral("page %1 of %1").arg(pages)));

        const QString xlsx = m_dir.filePath(QStringLiteral("hostile.xlsx"));
        const std::string failure = exportRulesXlsx(document.topology(), {}, xlsx.toStdString());
        QVERIFY2(failure.empty(), failure.c_str());
        const QString sheet = summarySheet(xlsx);
        QVERIFY2(sheet.contains(QStringLiteral("<b>ACME</b> & \"\"Co\"\" <script>alert(1)</script>")), qPrintable(sheet));
        QVERIFY(!sheet.contains(QChar(0x01)));
        QVERIFY(sheet.contains(QStringLiteral("長い変更内容 long change note")));
    }
};

QTEST_MAIN(TestSignOff)
#include "tst_signoff.moc"
