// Every output is safe: pictures whose size cannot be drawn are refused,
// no command writes over its own input, terminals show names without acting
// on them, folder exports are all or nothing, and a write that fails names
// the file and the system's reason. Through the real binary and through the
// window's code path (exportPlan, the flow handout), which writes the same.
//
// Long because each output path has its case beside the others, so that a new
// export cannot skip one of the rules; a program per rule would repeat the
// fixtures.

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "export/FlowHandout.h"
#include "export/NamingExport.h"
#include "export/PlanExporter.h"
#include "export/SafeOutput.h"
#include "export/TableExport.h"
#include "TestSupport.h"
#include "text/TerminalText.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <sched.h>

using namespace edgeplan;
using nlohmann::json;

namespace {

// How a write is made to fail.
enum class Disk { Full, AlmostFull, SizeLimit };

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real binary; with `sizeLimit`, every write past that many bytes fails
// with EFBIG in it.
Run runEdgeplan(const QStringList& arguments, rlim_t sizeLimit = 0)
{
    QProcess process;
    if (sizeLimit)
        process.setChildProcessModifier([sizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{sizeLimit, sizeLimit};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    process.start(QStringLiteral(EDGEPLAN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("edgeplan did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Every file under `dir` with its bytes: what a failed write must leave as it was.
QMap<QString, QByteArray> tree(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[QDir(dir).relativeFilePath(path)] = it.fileInfo().isDir() ? QByteArray("<dir>") : fileBytes(path);
    }
    return files;
}

json sampleJson(const char* name = "federation-edge.edgeplan")
{
    return json::parse(test::resourceBytes(QStringLiteral(":/samples/") + QLatin1String(name)));
}

std::unique_ptr<Topology> loadJson(const json& doc)
{
    auto result = loadProject(doc.dump(), test::registry());
    if (!result.topology)
        qFatal("does not load: %s", joinDiagnostics(result.diagnostics, "").c_str());
    return std::move(result.topology);
}

} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tmpfs; // a small tmpfs in this process's own mount namespace
    QString m_noTmpfs; // why there is none

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString writePlan(const QString& name, const json& doc)
    {
        writeBytes(path(name), QByteArray::fromStdString(doc.dump(2)));
        return path(name);
    }

    // Leaves the tmpfs with no room, or with a few KiB: a write that starts
    // fits in part and then fails (Qt's short write says "Unknown error").
    void fillTmpfs(Disk disk)
    {
        QFile ballast(QDir(m_tmpfs).filePath(QStringLiteral("ballast")));
        QVERIFY(ballast.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(64 * 1024, 'b');
        while (ballast.write(block) == block.size()) {
        }
        while (ballast.write(block.left(512)) > 0) {
        }
        if (disk == Disk::AlmostFull)
            QVERIFY(ballast.resize(ballast.size() - 4 * 1024));
    }

    void emptyTmpfs() { QFile::remove(QDir(m_tmpfs).filePath(QStringLiteral("ballast"))); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::signal(SIGXFSZ, SIG_IGN);
        // A full disk of its own: a tmpfs of 1 MiB, mounted where only this
        // process and the edgeplan it starts see it (root only: CI runs as root).
        const QString mountPoint = path(QStringLiteral("tmpfs"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (geteuid() != 0)
            m_noTmpfs = QStringLiteral("not root: cannot mount a tmpfs to fill up");
        else if (unshare(CLONE_NEWNS) != 0 || mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
                 mount("edgeplan-test", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m") != 0)
            m_noTmpfs = QStringLiteral("cannot mount a tmpfs: ") + QString::fromLocal8Bit(strerror(errno));
        else
            m_tmpfs = mountPoint;
    }

    void cleanupTestCase()
    {
        if (!m_tmpfs.isEmpty())
            umount2(QFile::encodeName(m_tmpfs).constData(), MNT_DETACH);
    }

    // Class 2: a picture's size is computed in doubles and checked before
    // use; a plan that cannot be drawn is refused at load or at export, and
    // the old file stays as it was.
    void picturesOfAnySizeAreCheckedBeforeDrawing_data()
    {
        QTest::addColumn<QString>("axis");
        QTest::addColumn<double>("at");
        QTest::addColumn<QStringList>("command"); // OUT and PLAN stand for the files
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList render = {"render", "--output", "OUT", "PLAN"};
        const QString place = QStringLiteral("/components/0/position/");
        QTest::newRow("x=1e12 png") << "x" << 1e12 << render << "keep.png" << 1 << place + "x";
        QTest::newRow("y=-1e12 svg") << "y" << -1e12 << render << "keep.svg" << 1 << place + "y";
        QTest::newRow("x=1e300 pdf") << "x" << 1e300 << render << "keep.pdf" << 1 << place + "x";
        QTest::newRow("x=-1e12 report")
            << "x" << -1e12 << QStringList{"export", "--format", "report", "--output", "OUT", "PLAN"}
            << "keep.pdf" << 1 << place + "x";
        QTest::newRow("x=1e12 screenshot")
            << "x" << 1e12 << QStringList{"--screenshot", "OUT", "PLAN"} << "keep.png" << 1 << place + "x";
        QTest::newRow("x=9e7 png too large") << "x" << 9e7 << render << "keep.png" << 1 << "too large";
        QTest::newRow("y=-9e7 png too large")
            << "y" << -9e7 << QStringList{"export", "--format", "png", "--output", "OUT", "PLAN"} << "keep.png"
            << 1 << "too large";
        QTest::newRow("x=4e4 png at scale 8")
            << "x" << 4e4 << QStringList{"render", "--scale", "8", "--output", "OUT", "PLAN"} << "keep.png"
            << 1 << "too large";
        QTest::newRow("x=9e7 svg") << "x" << 9e7 << render << "keep.svg" << 0 << "";
        QTest::newRow("x=9e7 pdf") << "x" << 9e7 << render << "keep.pdf" << 0 << "";
        QTest::newRow("x=9e7 report")
            << "x" << 9e7 << QStringList{"export", "--format", "report", "--output", "OUT", "PLAN"}
            << "keep.pdf" << 0 << "";
    }

    void picturesOfAnySizeAreCheckedBeforeDrawing()
    {
        QFETCH(QString, axis);
        QFETCH(double, at);
        QFETCH(QStringList, command);
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        json doc = sampleJson();
        doc["components"][0]["position"][axis.toStdString()] = at;
        const QString plan = writePlan(QStringLiteral("far.edgeplan"), doc);
        const QString out = path(output);
        const QByteArray old("the old picture");
        writeBytes(out, old);
        command.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
        command.replaceInStrings(QRegularExpression(QStringLiteral("^PLAN$")), plan);
        const Run run = runEdgeplan(command);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        if (exitCode != 0) {
            QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
            QCOMPARE(fileBytes(out), old);
        } else {
            QVERIFY(fileBytes(out).size() > 1000);
        }

        // The window's path: a plan that loaded, drawn through exportPlan.
        if (std::abs(at) > 1e8)
            return;
        Document document(loadJson(doc));
        DiagramScene scene(&document);
        for (const QString& format : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                                      QStringLiteral("report")}) {
            ExportRequest request;
            request.format = format;
            request.path = path(QStringLiteral("window.") + format);
            request.scale = command.contains(QStringLiteral("8")) ? 8 : 2;
            writeBytes(request.path, old);
            QString error;
            // Only a PNG has a size in pixels that may be too large to hold.
            const bool tooLarge = format == QLatin1String("png") && (exitCode == 0 || message == QLatin1String("too large"));
            QVERIFY2(exportPlan(document.topology(), &scene, request, &error) == !tooLarge, qPrintable(format + error));
            if (tooLarge) {
                QVERIFY2(error.contains(request.path) && error.contains(QStringLiteral("too large")), qPrintable(error));
                QCOMPARE(fileBytes(request.path), old);
            } else {
                QVERIFY(fileBytes(request.path).size() > 1000);
            }
        }
    }

    // Class 3: no command writes over one of its inputs, however the output
    // is named (the same path, a symbolic or hard link, a path through ..),
    // nor replaces a folder that holds one.
    void noCommandOverwritesItsInput_data()
    {
        QTest::addColumn<QStringList>("command"); // IN: the input as given, OUT: the output
        QTest::addColumn<QString>("input");       // the input file, in the test's folder
        QTest::addColumn<QString>("output");      // how the output names it: same, symlink, hardlink, dotdot, folder

        const QStringList csv = {"export", "--format", "csv", "--output", "OUT", "IN"};
        QTest::newRow("export csv, same path") << csv << "p.edgeplan" << "same";
        QTest::newRow("export csv, symlink") << csv << "p.edgeplan" << "symlink";
        QTest::newRow("export csv, hard link") << csv << "p.edgeplan" << "hardlink";
        QTest::newRow("export csv, ../") << csv << "p.edgeplan" << "dotdot";
        QTest::newRow("export xlsx") << QStringList{"export", "--format", "xlsx", "--output", "OUT", "IN"}
                                     << "p.edgeplan" << "symlink";
        QTest::newRow("export report") << QStringList{"export", "--format", "report", "--output", "OUT", "IN"}
                                       << "p.edgeplan" << "hardlink";
        QTest::newRow("export dns-zone into its folder")
            << QStringList{"export", "--format", "dns-zone", "--output", "OUT", "IN"} << "zones/p.edgeplan"
            << "folder";
        QTest::newRow("export openssl-cnf into its folder")
            << QStringList{"export", "--format", "openssl-cnf", "--output", "OUT", "IN"} << "req/sub/p.edgeplan"
            << "folder";
        QTest::newRow("flow-pdf")
            << QStringList{"export", "--format", "flow-pdf", "--flow", "sip-federation-im", "--output", "OUT", "IN"}
            << "p.edgeplan" << "same";
        QTest::newRow("render") << QStringList{"render", "--output", "OUT", "IN"} << "p.svg" << "symlink";
        QTest::newRow("convert") << QStringList{"convert", "--catalog", "lync2013-edge", "--output", "OUT", "IN"}
                                 << "p.edgeplan" << "dotdot";
        QTest::newRow("import into itself")
            << QStringList{"import", "--into", "IN", "--output", "OUT", EDGEPLAN_TEST_DATA "/import/allowed-domains.csv"}
            << "p.edgeplan" << "same";
        QTest::newRow("generate over its catalog")
            << QStringList{"generate", "--sites", "1", "--partners", "1", "--catalog", "IN", "--output", "OUT"}
            << "catalog.json" << "hardlink";
        QTest::newRow("screenshot") << QStringList{"--screenshot", "OUT", "IN"} << "p.edgeplan" << "same";
    }

    void noCommandOverwritesItsInput()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QTemporaryDir dir(path(QStringLiteral("inputs-XXXXXX")));
        const QString in = dir.filePath(input);
        QVERIFY(QDir().mkpath(QFileInfo(in).absolutePath()));
        const QByteArray bytes = input.endsWith(QLatin1String(".json"))
                                     ? QByteArray::fromStdString(test::catalogBytes())
                                     : QByteArray::fromStdString(test::sampleBytes());
        writeBytes(in, bytes);
        QString out = in;
        if (output == QLatin1String("symlink")) {
            out = dir.filePath(QStringLiteral("link-") + QFileInfo(in).fileName());
            QVERIFY(QFile::link(in, out));
        } else if (output == QLatin1String("hardlink")) {
            out = dir.filePath(QStringLiteral("hard-") + QFileInfo(in).fileName());
            QCOMPARE(::link(QFile::encodeName(in).constData(), QFile::encodeName(out).constData()), 0);
        } else if (output == QLatin1String("dotdot")) {
            out = dir.filePath(QStringLiteral("zones/../") + input);
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("zones"))));
        } else if (output == QLatin1String("folder")) {
            out = dir.filePath(input.section(QLatin1Char('/'), 0, 0));
        }
        const QMap<QString, QByteArray> before = tree(dir.path());
        command.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
        command.replaceInStrings(QRegularExpression(QStringLiteral("^IN$")), in);
        const Run run = runEdgeplan(command);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY2(run.err.contains(QFile::encodeName(in)) && run.err.contains("an input"), run.err.constData());
        QCOMPARE(tree(dir.path()), before);

        // The window: the open plan's own file is never an export's output.
        if (!input.endsWith(QLatin1String(".edgeplan")))
            return;
        Document document(loadJson(json::parse(bytes.toStdString())));
        document.setFilePath(in);
        DiagramScene scene(&document);
        const QString format = command.contains(QStringLiteral("--format"))
                                   ? command[command.indexOf(QStringLiteral("--format")) + 1]
                                   : QStringLiteral("csv");
        QString error;
        if (format == QLatin1String("flow-pdf")) {
            QVERIFY(!exportFlowHandoutPdf(document.topology(), "sip-federation-im", out, {document.filePath()}, Lang::En, &error));
        } else {
            ExportRequest request;
            request.format = format;
            request.path = out;
            request.inputs = {document.filePath()};
            QVERIFY(!exportPlan(document.topology(), &scene, request, &error));
        }
        QVERIFY2(error.contains(in) && error.contains(QStringLiteral("an input")), qPrintable(error));
        QCOMPARE(tree(dir.path()), before);
    }

    // A different file of the same name elsewhere, or a new file, is no input.
    void outputsBesideTheInputAreWritten()
    {
        const QString in = writePlan(QStringLiteral("plan.edgeplan"), sampleJson());
        QVERIFY(outputOverwritesInput(path(QStringLiteral("plan.csv")), {in}).isEmpty());
        QVERIFY(outputOverwritesInput(in, {QStringLiteral(":/samples/federation-edge.edgeplan")}).isEmpty());
        QVERIFY(!outputOverwritesInput(m_dir.path(), {in}).isEmpty());
        const Run run = runEdgeplan({"export", "--format", "csv", "--output", path(QStringLiteral("plan.csv")), in});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    // Class 7: what a person reads on a terminal shows control characters,
    // line separators and bidirectional controls escaped: no name adds a
    // row, clears the screen or sets the title. Data to '-' stays exact.
    void terminalsShowNamesWithoutActingOnThem_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("shown");
        QTest::newRow("line feed") << "edge\n1      Incoming  Access  SIP" << "edge\\n1      Incoming";
        QTest::newRow("carriage return") << "edge\rFAKE" << "edge\\rFAKE";
        QTest::newRow("clear screen") << "edge\x1b[2J\x1b[H" << "edge\\x1b[2J\\x1b[H";
        QTest::newRow("window title") << "edge\x1b]0;pwned\x07" << "edge\\x1b]0;pwned\\x07";
        QTest::newRow("tab and DEL") << "edge\t\x7f" << "edge\\t\\x7f";
        QTest::newRow("C1 CSI") << QString::fromUtf8("edge\xc2\x9b" "2J") << "edge\\u009b2J";
        QTest::newRow("next line") << QString::fromUtf8("edge\xc2\x85" "x") << "edge\\u0085x";
        QTest::newRow("line separator") << QString::fromUtf8("edge\u2028x\u2029") << "edge\\u2028x\\u2029";
        QTest::newRow("right-to-left override") << QString::fromUtf8("edge\u202excod.exe") << "edge\\u202excod.exe";
        QTest::newRow("isolates") << QString::fromUtf8("\u2066edge\u2069\u2067") << "\\u2066edge\\u2069\\u2067";
    }

    void terminalsShowNamesWithoutActingOnThem()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(terminalText(hostile.toStdString())).left(shown.size()), shown);

        // The same plan with plain names gives the number of lines to expect.
        json plain = sampleJson("scaled-edge-hlb.edgeplan");
        json evil = plain;
        evil["name"] = hostile.toStdString();
        for (json& c : evil["components"])
            c["name"] = (hostile + QString::number(c["id"].get<int>())).toStdString();
        const QString plainPlan = writePlan(QStringLiteral("plain.edgeplan"), plain);
        const QString evilPlan = writePlan(QStringLiteral("evil.edgeplan"), evil);
        const QString missing = path(hostile + QStringLiteral(".edgeplan"));
        const QList<QStringList> commands = {{"rules", "PLAN"},
                                             {"rules", "--lang", "ja", "PLAN"},
                                             {"validate", "PLAN"},
                                             {"rules", "--firewall", hostile, "PLAN"}};
        for (QStringList command : commands) {
            QStringList plainCommand = command;
            plainCommand.replaceInStrings(QRegularExpression(QStringLiteral("^PLAN$")), plainPlan);
            command.replaceInStrings(QRegularExpression(QStringLiteral("^PLAN$")), evilPlan);
            const Run expected = runEdgeplan(plainCommand);
            const Run run = runEdgeplan(command);
            QCOMPARE(run.exitCode, expected.exitCode);
            for (const QByteArray& text : {run.out, run.err}) {
                const QString decoded = QString::fromUtf8(text);
                for (QChar c : decoded)
                    QVERIFY2(c == QLatin1Char('\n') ||
                                 (c.unicode() >= 0x20 && c.unicode() != 0x7f &&
                                  !(c.unicode() >= 0x80 && c.unicode() <= 0x9f) && c.category() != QChar::Separator_Line &&
                                  c.category() != QChar::Separator_Paragraph &&
                                  !(c.unicode() >= 0x202a && c.unicode() <= 0x202e) &&
                                  !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069)),
                             qPrintable(command.join(' ') + QStringLiteral(": U+%1").arg(c.unicode(), 4, 16)));
            }
            QCOMPARE(run.out.count('\n'), expected.out.count('\n'));
            QCOMPARE(run.err.count('\n'), expected.err.count('\n'));
        }
        const Run rules = runEdgeplan({"rules", evilPlan});
        QVERIFY2(rules.out.contains(shown.toUtf8()), rules.out.constData());

        // A message quoting a path names it visibly, on one line.
        const Run error = runEdgeplan({"validate", missing});
        QCOMPARE(error.exitCode, 1);
        QCOMPARE(error.err.count('\n'), 1);
        QVERIFY2(error.err.contains(shown.toUtf8()), error.err.constData());

        // The import report: the names of the files it read.
        const QString list = path(hostile + QStringLiteral(".csv"));
        QVERIFY(QFile::copy(QStringLiteral(EDGEPLAN_TEST_DATA "/import/allowed-domains.csv"), list) ||
                QFile::exists(list));
        for (const QString& output : {path(QStringLiteral("imported.edgeplan")), QStringLiteral("-")}) {
            const Run report = runEdgeplan({"import", "--into", plainPlan, "--output", output, list});
            QVERIFY2(report.exitCode == 0, report.err.constData());
            const QByteArray text = output == QLatin1String("-") ? report.err : report.out;
            QVERIFY2(text.contains(shown.toUtf8()), text.constData());
            QVERIFY(!text.contains(hostile.toUtf8()));
        }

        // Data to standard output is the export's bytes, exactly.
        const Run csv = runEdgeplan({"export", "--format", "csv", "--output", "-", evilPlan});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out, QByteArray::fromStdString(exportRulesCsv(*loadJson(evil), {Lang::En, {}, false})));
    }

    // Class 8: a folder export is all or nothing: written beside the folder
    // and swapped in; what an earlier export wrote and this one does not is
    // gone; a folder holding anything else of the user's is left alone.
    void folderExportsAreAllOrNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("window");
        for (const char* format : {"dns-zone", "openssl-cnf"}) {
            QTest::addRow("%s, command line", format) << format << false;
            QTest::addRow("%s, window", format) << format << true;
        }
    }

    void folderExportsAreAllOrNothing()
    {
        QFETCH(QString, format);
        QFETCH(bool, window);
        QTemporaryDir dir(path(QStringLiteral("folder-XXXXXX")));
        const QString folder = dir.filePath(QStringLiteral("out"));
        auto exportTo = [&](const char* sample, rlim_t sizeLimit = 0) -> std::pair<bool, QString> {
            const QString plan = writePlan(QStringLiteral("folder.edgeplan"), sampleJson(sample));
            if (!window) {
                const Run run = runEdgeplan({"export", "--format", format, "--output", folder, plan}, sizeLimit);
                return {run.exitCode == 0, QString::fromUtf8(run.err)};
            }
            Document document(loadJson(sampleJson(sample)));
            ExportRequest request;
            request.format = format;
            request.path = folder;
            rlimit old{};
            getrlimit(RLIMIT_FSIZE, &old);
            rlimit small{sizeLimit, old.rlim_max};
            if (sizeLimit)
                setrlimit(RLIMIT_FSIZE, &small);
            QString error;
            const bool ok = exportPlan(document.topology(), nullptr, request, &error);
            setrlimit(RLIMIT_FSIZE, &old);
            return {ok, error};
        };
        auto names = [&](const char* sample) {
            const auto topology = loadJson(sampleJson(sample));
            QStringList list;
            for (const ExportFile& file : format == QLatin1String("dns-zone") ? exportDnsZones(*topology)
                                                                               : exportOpensslConfigs(*topology))
                list << QString::fromStdString(file.name);
            list << QString::fromLatin1(kFolderManifest);
            list.sort();
            return list;
        };
        const auto listing = [&] {
            return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        };

        // The larger plan first, then the smaller: nothing of the first stays.
        auto [ok, error] = exportTo("consolidated-edge-nat.edgeplan");
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(listing(), names("consolidated-edge-nat.edgeplan"));
        std::tie(ok, error) = exportTo("federation-edge.edgeplan");
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(listing(), names("federation-edge.edgeplan"));
        QVERIFY(names("federation-edge.edgeplan") != names("consolidated-edge-nat.edgeplan"));
        // Nothing left beside it: no staging folder, no old folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("out")}));

        // A write that fails half-way (every file past 100 bytes): the old
        // folder stays whole, and nothing is left beside it.
        QMap<QString, QByteArray> before = tree(folder);
        std::tie(ok, error) = exportTo("consolidated-edge-nat.edgeplan", 100);
        QVERIFY(!ok);
        QVERIFY2(error.contains(folder) && error.contains(QStringLiteral("File too large")), qPrintable(error));
        QCOMPARE(tree(folder), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("out")}));

        // Files of the user's in the folder (a private key beside its request,
        // a folder, a link named as one of the export's files): refused, untouched.
        const QString exported = names("federation-edge.edgeplan").constLast();
        const QStringList strangers = {QStringLiteral("edge.key"), QStringLiteral("notes/"), exported};
        for (const QString& stranger : strangers) {
            const QString where = QDir(folder).filePath(stranger);
            if (stranger.endsWith(QLatin1Char('/'))) {
                QVERIFY(QDir().mkpath(where));
            } else if (stranger == exported) {
                QVERIFY(QFile::remove(where));
                QVERIFY(QFile::link(path(QStringLiteral("folder.edgeplan")), where));
            } else {
                writeBytes(where, "-----BEGIN PRIVATE KEY-----\n");
            }
            before = tree(folder);
            std::tie(ok, error) = exportTo("federation-edge.edgeplan");
            QVERIFY(!ok);
            QVERIFY2(error.contains(folder) && error.contains(QFileInfo(where).fileName()), qPrintable(error));
            QCOMPARE(tree(folder), before);
            QVERIFY(stranger.endsWith(QLatin1Char('/')) ? QDir(where).removeRecursively() : QFile::remove(where));
        }
        std::tie(ok, error) = exportTo("federation-edge.edgeplan");
        QVERIFY2(ok, qPrintable(error));
    }

    // Class 9: a failed write names the file and the system's reason (a full
    // disk, a disk that fills up during the write, the file size limit), and
    // leaves the old file as it was, through every writer.
    void writeFailuresNameTheFileAndTheReason_data()
    {
        QTest::addColumn<QString>("format"); // "" for writeFileAtomically itself
        QTest::addColumn<bool>("window");
        QTest::addColumn<int>("disk");
        const QList<QPair<const char*, Disk>> disks = {
            {"full", Disk::Full}, {"almost full", Disk::AlmostFull}, {"size limit", Disk::SizeLimit}};
        for (const auto& [name, disk] : disks) {
            QTest::addRow("writeFileAtomically, %s", name) << "" << true << int(disk);
            for (const char* format : {"csv", "xlsx", "png", "report", "dns-zone"})
                QTest::addRow("%s, command line, %s", format, name) << format << false << int(disk);
            for (const char* format : {"csv", "xlsx", "png", "dns-zone"})
                QTest::addRow("%s, window, %s", format, name) << format << true << int(disk);
        }
    }

    void writeFailuresNameTheFileAndTheReason()
    {
        QFETCH(QString, format);
        QFETCH(bool, window);
        QFETCH(int, disk);
        const bool sizeLimit = Disk(disk) == Disk::SizeLimit;
        if (!sizeLimit && m_tmpfs.isEmpty())
            QSKIP(qPrintable(m_noTmpfs));
        QTemporaryDir row(QDir(sizeLimit ? m_dir.path() : m_tmpfs).filePath(QStringLiteral("row-XXXXXX")));
        const QString where = row.path();
        const QString target = QDir(where).filePath(QStringLiteral("out.") + (format.isEmpty() ? "txt" : format));
        // The old output: a file, or a folder an earlier export wrote.
        // A plan whose every output is larger than the room left.
        const json doc = sampleJson("scaled-edge-hlb.edgeplan");
        const QString plan = writePlan(QStringLiteral("write.edgeplan"), doc);
        if (format == QLatin1String("dns-zone")) {
            const Run first = runEdgeplan({"export", "--format", format, "--output", target, plan});
            QVERIFY2(first.exitCode == 0, first.err.constData());
        } else {
            writeBytes(target, "the old output");
        }
        const QMap<QString, QByteArray> before = tree(where);
        if (!sizeLimit)
            fillTmpfs(Disk(disk));
        const QString reason =
            sizeLimit ? QStringLiteral("File too large") : QStringLiteral("No space left on device");

        QString error;
        bool ok = false;
        if (window) {
            rlimit old{};
            getrlimit(RLIMIT_FSIZE, &old);
            rlimit small{1024, old.rlim_max};
            if (sizeLimit)
                setrlimit(RLIMIT_FSIZE, &small);
            if (format.isEmpty()) {
                ok = writeFileAtomically(target, std::string(64 * 1024, 'x'), &error);
            } else {
                Document document(loadJson(doc));
                ExportRequest request;
                request.format = format;
                request.path = target;
                ok = exportPlan(document.topology(), nullptr, request, &error);
            }
            setrlimit(RLIMIT_FSIZE, &old);
        } else {
            const Run run = runEdgeplan({"export", "--format", format, "--output", target, plan}, sizeLimit ? 1024 : 0);
            ok = run.exitCode == 0;
            QCOMPARE(run.exitCode, 1);
            error = QString::fromUtf8(run.err);
        }
        if (!sizeLimit)
            emptyTmpfs();
        QVERIFY(!ok);
        QVERIFY2(error.contains(target) && error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
        QCOMPARE(tree(where), before);
    }
};

QTEST_MAIN(TestSafeOutput)
#include "tst_safeoutput.moc"
