// Diagram exports (SVG, PNG, PDF) and the handoff report, read back by
// QSvgRenderer, QImage, pdfinfo and pdftotext.

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "PdfTools.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace edgeplan;

namespace {

const QStringList kPorts = {QStringLiteral("5061"), QStringLiteral("443"),
                            QStringLiteral("50000-59999"), QStringLiteral("3478"),
                            QStringLiteral("5269"), QStringLiteral("23456")};

} // namespace

class TestDiagramExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<DiagramScene> m_scene;

private Q_SLOTS:
    void init()
    {
        auto topology = test::loadSample();
        topology->setComponentName(test::componentNamed(*topology, "Remote user"),
                                   "<i>R&D</i>");
        m_document = std::make_unique<Document>(std::move(topology));
        m_scene = std::make_unique<DiagramScene>(m_document.get());
    }

    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    void svg()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.svg"));
        QString error;
        QVERIFY2(exportDiagramSvg(*m_scene, path, {}, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().width() > 1000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            QVERIFY(!(xml.isStartElement() && xml.name() == QLatin1String("script")));
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(text.contains(QStringLiteral("<i>R&D</i>")));
        QVERIFY(file.seek(0));
        QVERIFY(file.readAll().contains("&lt;i&gt;R&amp;D&lt;/i&gt;"));
        for (const QString& port : kPorts)
            QVERIFY2(text.contains(port), qPrintable(port));
        QVERIFY(text.contains(QStringLiteral("External firewall")));
    }

    // A picture of the plan (an export's scene, no Document) draws what the
    // document's scene draws: the same SVG for every sample, both languages.
    // Its gestures edit nothing.
    void pictureDrawsAsTheDocumentsScene_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("lang");
        for (const QString& sample : QDir(QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples"))
                                         .entryList({QStringLiteral("*.edgeplan")}, QDir::Files, QDir::Name))
            for (const Lang lang : {Lang::En, Lang::Ja})
                QTest::newRow(qPrintable(sample + QLatin1Char(' ') + QLatin1String(langCode(lang))))
                    << sample << int(lang);
    }
    void pictureDrawsAsTheDocumentsScene()
    {
        QFETCH(QString, sample);
        QFETCH(int, lang);
        Document document(test::loadBundledSample(qPrintable(sample)));
        DiagramScene edited(&document);
        DiagramScene picture(document.topology(), document.findings());
        DiagramExportOptions options;
        options.lang = Lang(lang);
        QByteArray svgs[2];
        int i = 0;
        for (DiagramScene* scene : {&edited, &picture}) {
            scene->setLanguage(Lang(lang));
            scene->layoutLabels();
            const QString path = m_dir.filePath(QStringLiteral("scene%1.svg").arg(i));
            QString error;
            QVERIFY2(exportDiagramSvg(*scene, path, options, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            svgs[i++] = file.readAll();
        }
        QVERIFY(svgs[0].size() > 10000);
        QCOMPARE(svgs[1], svgs[0]);
        QCOMPARE(picture.document(), nullptr);
        QCOMPARE(picture.items().size(), edited.items().size());
        for (const auto& [id, component] : document.topology().components())
            QVERIFY(picture.componentItem(id));
        // A rename begun on a picture opens no editor.
        picture.beginRename(document.topology().components().begin()->first);
        QVERIFY(!picture.isRenaming());
    }

    void pngAtAScale()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.png"));
        QString error;
        DiagramExportOptions options;
        options.scale = 1.0;
        QVERIFY(exportDiagramPng(*m_scene, path, options, &error));
        QImage one(path);
        QVERIFY(!one.isNull());
        options.scale = 2.0;
        options.transparent = true;
        QVERIFY(exportDiagramPng(*m_scene, path, options, &error));
        QImage two(path);
        QCOMPARE(two.width(), one.width() * 2);
        QVERIFY(two.hasAlphaChannel());
        // The zones are painted: the middle of the picture is not empty.
        QVERIFY(qAlpha(two.pixel(two.width() / 2, two.height() / 2)) > 0);
    }

    void selectionOnly()
    {
        const ComponentId edge = test::componentNamed(m_document->topology(), "edge01");
        m_scene->selectItems({edge}, {});
        const QString whole = m_dir.filePath(QStringLiteral("whole.png"));
        const QString part = m_dir.filePath(QStringLiteral("part.png"));
        QString error;
        DiagramExportOptions options;
        QVERIFY(exportDiagramPng(*m_scene, whole, options, &error));
        options.selectionOnly = true;
        QVERIFY(exportDiagramPng(*m_scene, part, options, &error));
        QVERIFY(QImage(part).width() < QImage(whole).width() / 3);
        // The selection is given back afterwards.
        QCOMPARE(m_scene->selectedComponents(), std::vector<ComponentId>{edge});
    }

    void pdfHoldsEveryPort()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
        QString error;
        QVERIFY(exportDiagramPdf(*m_scene, path, {}, &error));
        const QString text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (const QString& port : kPorts)
            QVERIFY2(text.contains(port), qPrintable(port));
    }

    void report_data()
    {
        QTest::addColumn<int>("lang");
        QTest::newRow("en") << int(Lang::En);
        QTest::newRow("ja") << int(Lang::Ja);
    }

    void report()
    {
        QFETCH(int, lang);
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(exportReportPdf(m_document->topology(), path, Lang(lang), &error), qPrintable(error));
        const QString info = test::runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.contains(QStringLiteral("Page size:")));
        const int pages = info.section(QStringLiteral("Pages:"), 1).trimmed().section('\n', 0, 0).toInt();
        QVERIFY2(pages >= 4, qPrintable(info));
        const QString text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (const QString& port : kPorts)
            QVERIFY2(text.contains(port), qPrintable(port));
        QVERIFY(text.contains(QStringLiteral("JJ618373")));
        QVERIFY(text.contains(QStringLiteral("203.0.113.10")));
        if (Lang(lang) == Lang::En) {
            QVERIFY(text.contains(QStringLiteral("Internal firewall (1)")));
            QVERIFY(text.contains(QStringLiteral("External firewall (9)")));
            QVERIFY(text.contains(QStringLiteral("Components")));
            // The sample's findings: the retired Messenger client among them.
            QVERIFY(text.contains(QStringLiteral("Design checks")));
            QVERIFY(text.contains(QStringLiteral("role.retired")));
            // The DNS records and certificates of the same plan.
            QVERIFY(text.contains(QStringLiteral("DNS records")));
            QVERIFY(text.contains(QStringLiteral("_sipfederationtls._tcp.example.com")));
            QVERIFY(text.contains(QStringLiteral("Certificates")));
            QVERIFY(text.contains(QStringLiteral("*.example.com")));
        } else {
            QVERIFY(text.contains(QStringLiteral("ファイアウォール")));
            QVERIFY(text.contains(QStringLiteral("DNS レコード")));
            QVERIFY(text.contains(QStringLiteral("証明書")));
        }
    }

    void renderCommand()
    {
        const QString path = m_dir.filePath(QStringLiteral("render.svg"));
        QProcess process;
        process.start(QStringLiteral(EDGEPLAN_BINARY),
                      {QStringLiteral("render"), QStringLiteral("--output"), path,
                       QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QSvgRenderer(path).isValid());
        process.start(QStringLiteral(EDGEPLAN_BINARY),
                      {QStringLiteral("render"), QStringLiteral("--output"), m_dir.filePath("x.gif"),
                       QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
