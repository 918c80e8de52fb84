// Every XML output of a plan, whatever its names hold: the SVG (through
// render and export), the draw.io file, each XML part of the workbook and
// the HTML page are well-formed for xmllint and QXmlStreamReader, open no
// script element, and still show the name. Through the command line and
// through exportPlan, the window's code path.

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "EdgeplanRun.h"
#include "export/PlanExporter.h"
#include "panels/ScenarioBar.h"
#include "support/Catalogs.h"
#include "support/PlainText.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace edgeplan;

namespace {

const QString kSample = QStringLiteral(EDGEPLAN_SOURCE_DIR "/resources/samples/federation-edge.edgeplan");
const QStringList kFormats = {QStringLiteral("svg"), QStringLiteral("drawio"), QStringLiteral("html"),
                              QStringLiteral("xlsx")};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the program prints, or a note that it failed.
QByteArray runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                   int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput() + process.readAllStandardError();
}

// The text a reader sees, without what may be drawn or stored differently
// (line breaks, controls, replacement characters, spaces): names drawn in
// the SVG are cut into lines and runs by the scene.
QString core(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c.unicode() >= 0x20 && c != QChar(0xFFFD) && c != QLatin1Char(' '))
            out += c;
    return out;
}

// The XML documents of one output: the file itself, or each XML part of a workbook.
QList<QPair<QString, QByteArray>> xmlDocuments(const QString& path)
{
    if (!path.endsWith(QLatin1String(".xlsx")))
        return {{QFileInfo(path).fileName(), fileBytes(path)}};
    QList<QPair<QString, QByteArray>> parts;
    const QString list = QString::fromUtf8(runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path}));
    for (const QString& part : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (part.endsWith(QLatin1String(".xml")) || part.endsWith(QLatin1String(".rels")))
            parts.append({part, runTool(QStringLiteral("unzip"),
                                        {QStringLiteral("-p"), path,
                                         QString(part).replace(QLatin1Char('['), QStringLiteral("[[]"))})});
    return parts;
}

// Text as Excel reads a cell: "_x000D_" is a carriage return (ECMA-376 ST_Xstring).
QString ooxmlDecoded(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from);
        out += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        from = match.capturedEnd();
    }
    return out + text.mid(from);
}

// Checks every XML document of the output at `path` and that the texts a
// reader sees (character data, attribute values) hold each of `visible`.
// The SVG shows names as the scene draws them, cut with an ellipsis at
// 180 pixels: there the first eight characters must show.
void checkOutput(const QString& path, const QStringList& visible)
{
    const auto documents = xmlDocuments(path);
    QVERIFY2(!documents.isEmpty(), qPrintable(path));
    QString seen;
    QString attributes;
    for (const auto& [name, bytes] : documents) {
        const QString where = path + QLatin1Char(':') + name;
        QVERIFY2(!bytes.isEmpty(), qPrintable(where));
        int lint = -1;
        const QByteArray complaint =
            runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("-")}, bytes, &lint);
        QVERIFY2(lint == 0, qPrintable(where + QLatin1Char(' ') + QString::fromUtf8(complaint)));
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                QVERIFY2(xml.name().compare(QLatin1String("script"), Qt::CaseInsensitive) != 0,
                         qPrintable(where + QStringLiteral(": a script element")));
                for (const QXmlStreamAttribute& attribute : xml.attributes())
                    attributes += attribute.value().toString() + QLatin1Char('\n');
            }
            if (xml.isCharacters())
                seen += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(where + QLatin1Char(' ') + xml.errorString()));
        QVERIFY2(!bytes.contains("<script"), qPrintable(where));
    }
    if (path.endsWith(QLatin1String(".xlsx")))
        seen = ooxmlDecoded(seen);
    const bool drawn = path.endsWith(QLatin1String(".svg"));
    for (const QString& text : visible) {
        const QString shown = core(drawn ? text.left(8) : text);
        QVERIFY2(core(seen).contains(shown) || core(attributes).contains(shown),
                 qPrintable(path + QStringLiteral(" does not show ") + text));
    }
}

// The SVG's title element, as a reader sees it.
QString svgTitle(const QString& path)
{
    QXmlStreamReader xml(fileBytes(path));
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("title"))
            return xml.readElementText();
        if (xml.name() != QLatin1String("svg"))
            xml.skipCurrentElement();
    }
    return {};
}

// U+0001 to U+001F as they are, or as a reader must see them (tab, line
// feed and carriage return kept, the others U+FFFD).
QString c0Controls(bool cleaned)
{
    QString text;
    for (char16_t c = 1; c < 0x20; ++c)
        text += !cleaned || c == u'\t' || c == u'\n' || c == u'\r' ? QChar(c) : QChar(0xFFFD);
    return text;
}

} // namespace

class TestXmlOutputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Hostile texts, and what a reader must see of each once the writers
    // have escaped and cleaned it (what XML cannot carry becomes U+FFFD).
    static void hostileRows(bool loneSurrogate)
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("visible");
        const QString script = QStringLiteral("</title><script>alert(1)</script><title>");
        QTest::newRow("title break-out") << script << script;
        QTest::newRow("cdata end") << QStringLiteral("x]]>y") << QStringLiteral("x]]>y");
        QTest::newRow("quotes and entities") << QStringLiteral("\"'&<>&amp;") << QStringLiteral("\"'&<>&amp;");
        QTest::newRow("U+FFFE") << QStringLiteral("a\uFFFEb") << QStringLiteral("a\uFFFDb");
        QTest::newRow("U+FFFF") << QStringLiteral("a\uFFFFb") << QStringLiteral("a\uFFFDb");
        QTest::newRow("C0 controls") << QStringLiteral("a") + c0Controls(false) + QStringLiteral("b")
                                     << QStringLiteral("a") + c0Controls(true) + QStringLiteral("b");
        QTest::newRow("DEL") << QStringLiteral("a\u007Fb") << QStringLiteral("a\u007Fb");
        QTest::newRow("japanese") << QStringLiteral("計画&<内部>") << QStringLiteral("計画&<内部>");
        // A project file cannot carry a lone surrogate (the loader refuses
        // it); the window can, and Qt makes it '?' on the way to the model.
        if (loneSurrogate)
            QTest::newRow("lone surrogates") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") +
                                                    QChar(0xDFFF)
                                             << QStringLiteral("a?b?");
    }

    // The bundled sample on a catalog of the test's own; null, with the
    // reason logged, when either does not load.
    static std::unique_ptr<Topology> sampleOn(const CatalogLoadResult& catalog)
    {
        if (!catalog.catalog) {
            qWarning("%s", joinDiagnostics(catalog.diagnostics, "\n").c_str());
            return nullptr;
        }
        nlohmann::json plan = nlohmann::json::parse(test::sampleBytes());
        plan["catalog"] = catalog.catalog->id;
        CatalogRegistry registry;
        registry.add(catalog.catalog);
        ProjectLoadResult loaded = loadProject(plan.dump(), registry);
        if (!loaded.topology)
            qWarning("%s", joinDiagnostics(loaded.diagnostics, "\n").c_str());
        return std::move(loaded.topology);
    }

    QString projectWith(const QString& hostile, const QString& tag)
    {
        nlohmann::json doc = nlohmann::json::parse(test::resourceBytes(kSample));
        doc["name"] = ("Plan " + hostile).toStdString();
        doc["author"] = hostile.toStdString();
        for (auto& component : doc["components"])
            if (component["name"] == "Remote user")
                component["name"] = ("R " + hostile).toStdString();
        const QString path = m_dir.filePath(tag + QStringLiteral(".edgeplan"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QByteArray::fromStdString(doc.dump(2)));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void throughTheCommandLine_data() { hostileRows(false); }

    void throughTheCommandLine()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, visible);
        const QString tag = QStringLiteral("cli-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString project = projectWith(hostile, tag);
        const QStringList names = {QStringLiteral("Plan ") + visible, QStringLiteral("R ") + visible};

        const QString rendered = m_dir.filePath(tag + QStringLiteral("-render.svg"));
        const test::Run render = test::edgeplanRun({QStringLiteral("render"), QStringLiteral("--output"), rendered, project});
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
        checkOutput(rendered, names);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(svgTitle(rendered), QStringLiteral("Plan ") + visible);

        for (const QString& format : kFormats) {
            const QString out = m_dir.filePath(tag + QStringLiteral("-export.") + format);
            const test::Run run = test::edgeplanRun({QStringLiteral("export"), QStringLiteral("--format"), format,
                                                     QStringLiteral("--output"), out, project});
            QVERIFY2(run.exitCode == 0, qPrintable(format + QLatin1Char(' ') + run.err));
            checkOutput(out, names);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void throughTheWindowsExport_data() { hostileRows(true); }

    // The window edits the plan through its Document and exports with its
    // own scene through exportPlan.
    void throughTheWindowsExport()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, visible);
        Document document(test::loadSample());
        DiagramScene scene(&document);
        QVERIFY(document.setProjectName(QStringLiteral("Plan ") + hostile));
        Component remote = *document.topology().component(test::componentNamed(document.topology(), "Remote user"));
        remote.name = (QStringLiteral("R ") + hostile).toStdString();
        QString error;
        QVERIFY2(document.changeComponents({remote}, QStringLiteral("Rename"), &error), qPrintable(error));
        const QStringList names = {QStringLiteral("Plan ") + visible, QStringLiteral("R ") + visible};
        const QString tag = QStringLiteral("window-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        for (const QString& format : kFormats) {
            for (DiagramScene* view : {&scene, static_cast<DiagramScene*>(nullptr)}) {
                ExportRequest request;
                request.format = format;
                request.path = m_dir.filePath(tag + (view ? QStringLiteral("-scene.") : QStringLiteral("-fresh.")) + format);
                QVERIFY2(exportPlan(document.topology(), view, request, &error), qPrintable(error));
                checkOutput(request.path, names);
                if (QTest::currentTestFailed())
                    return;
                if (format == QLatin1String("svg"))
                    QCOMPARE(svgTitle(request.path), QStringLiteral("Plan ") + visible);
            }
        }
    }

    void catalogTexts_data() { hostileRows(false); }

    // A user's catalog reaches the outputs too: zone, firewall and role
    // names, notes. Both firewalls get the same hostile name, which the
    // workbook must still turn into distinct, valid sheet names.
    void catalogTexts()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, visible);
        const std::string text = hostile.toStdString();
        const CatalogLoadResult catalog = test::loadMutatedCatalog([&](nlohmann::json& doc) {
            doc["id"] = "hostile-texts";
            for (auto& firewall : doc["firewalls"])
                firewall["name"] = {{"en", "Fw[1]:*?/\\' " + text + " and a name well past thirty-one characters"}, {"ja", text}};
            doc["zones"][0]["name"]["en"] = "Zone " + text;
            for (auto& rule : doc["rules"])
                rule["note"]["en"] = "Note " + text;
        });
        std::unique_ptr<Topology> loaded = sampleOn(catalog);
        QVERIFY(loaded);
        Document document(std::move(loaded));
        const QString tag = QStringLiteral("catalog-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        for (const QString& format : kFormats) {
            ExportRequest request;
            request.format = format;
            request.path = m_dir.filePath(tag + QLatin1Char('.') + format);
            QString error;
            QVERIFY2(exportPlan(document.topology(), nullptr, request, &error), qPrintable(error));
            // Zones are drawn and listed with the components; notes stand in the tables.
            QStringList names;
            if (format != QLatin1String("html"))
                names << QStringLiteral("Zone ") + visible;
            if (format == QLatin1String("html") || format == QLatin1String("xlsx"))
                names << QStringLiteral("Note ") + visible;
            checkOutput(request.path, names);
            if (QTest::currentTestFailed())
                return;
        }
        // Two sheets for the two firewalls, each name one Excel takes.
        const QByteArray workbook =
            runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), m_dir.filePath(tag + QStringLiteral(".xlsx")),
                                              QStringLiteral("xl/workbook.xml")});
        QXmlStreamReader xml(workbook);
        QStringList sheets;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
                sheets << xml.attributes().value(QLatin1String("name")).toString();
        QCOMPARE(sheets.size(), 5);
        QCOMPARE(QSet<QString>(sheets.begin(), sheets.end()).size(), 5);
        for (const QString& sheet : sheets) {
            QVERIFY2(sheet.size() <= 31, qPrintable(sheet));
            QVERIFY2(!sheet.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\\\x00-\\x1F\\x{FFFE}\\x{FFFF}]"))),
                     qPrintable(sheet));
            QVERIFY2(!sheet.startsWith(QLatin1Char('\'')) && !sheet.endsWith(QLatin1Char('\'')), qPrintable(sheet));
        }
    }

    // The window's tool tips show a catalog's or a plan's words as words:
    // Qt would render a tool tip that looks like markup.
    void toolTipsShowMarkupAsText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"<b>bold</b>", "<img src=\"x.png\">", "a &amp; b & c", "</p><h1>big</h1>",
                                 "<script>alert(1)</script>", "line one\nline two"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void toolTipsShowMarkupAsText()
    {
        QFETCH(QString, text);
        auto shown = [](const QString& toolTip) {
            QTextDocument rendered;
            rendered.setHtml(toolTip);
            return rendered.toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
        };
        QCOMPARE(shown(plainToolTip(text)), text);
        QVERIFY(plainToolTip(QString()).isEmpty());
        // Through a real view: the scenario switches show the catalog's descriptions.
        const CatalogLoadResult catalog = test::loadMutatedCatalog([&](nlohmann::json& doc) {
            doc["id"] = "markup-texts";
            for (auto& scenario : doc["scenarios"])
                scenario["description"]["en"] = text.toStdString();
        });
        std::unique_ptr<Topology> loaded = sampleOn(catalog);
        QVERIFY(loaded);
        Document document(std::move(loaded));
        ScenarioBar bar(&document);
        int checked = 0;
        for (const Scenario& scenario : document.catalog().scenarios) {
            QAction* action = bar.scenarioAction(QString::fromStdString(scenario.id));
            QVERIFY(action);
            QCOMPARE(shown(action->toolTip()), text);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // A project file is UTF-8: bytes that are none (a lone surrogate
    // encoded, a stray byte) are refused with the place, and nothing is written.
    void invalidUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("encoded lone surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("stray 0xFF") << QByteArray("\xFF");
        QTest::newRow("cut sequence") << QByteArray("\xE3\x81");
        QTest::newRow("json lone surrogate escape") << QByteArray("\\ud800");
    }

    void invalidUtf8IsRefused()
    {
        QFETCH(QByteArray, bytes);
        QByteArray file = fileBytes(kSample);
        const QByteArray marker = "\"name\": \"SIP, XMPP";
        QVERIFY(file.contains(marker));
        file.replace(marker, "\"name\": \"" + bytes + "SIP, XMPP");
        const QString project = m_dir.filePath(QStringLiteral("invalid.edgeplan"));
        QFile out(project);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(file);
        out.close();
        for (const QString& format : kFormats) {
            const QString target = m_dir.filePath(QStringLiteral("invalid.") + format);
            const test::Run run = test::edgeplanRun({QStringLiteral("export"), QStringLiteral("--format"), format,
                                                     QStringLiteral("--output"), target, project});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("invalid.edgeplan")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("line 4")), qPrintable(run.err));
            QVERIFY(!QFile::exists(target));
        }
    }
};

QTEST_MAIN(TestXmlOutputs)
#include "tst_xmloutputs.moc"
