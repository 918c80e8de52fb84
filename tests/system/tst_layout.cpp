// The house's layout, as docs/ARCHITECTURE.md describes it: every source
// of model/, views/ and app/ stands in a room, includes name the room of
// what they include, model/ includes no Qt, the model's rooms include only
// rooms below them, and every test program of every room of tests/ is
// registered with CTest.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

QString sourceDir()
{
    return QStringLiteral(EDGEPLAN_SOURCE_DIR);
}

// Every .cpp and .h below the folder, relative to the source tree.
QStringList sourcesBelow(const QString& folder)
{
    QStringList files;
    QDirIterator it(sourceDir() + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(sourceDir()).relativeFilePath(it.next());
    files.sort();
    return files;
}

QString text(const QString& relative)
{
    QFile file(sourceDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return QString::fromUtf8(file.readAll());
}

// The headers a file includes by "room/File.h" (or by a bare name).
QStringList includesOf(const QString& relative)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QStringList headers;
    auto it = include.globalMatch(text(relative));
    while (it.hasNext())
        headers << it.next().captured(1);
    return headers;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySourceStandsInARoom_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::newRow("model") << "model";
        QTest::newRow("views") << "views";
        QTest::newRow("app") << "app";
    }
    void everySourceStandsInARoom()
    {
        QFETCH(QString, layer);
        const QStringList files = sourcesBelow(layer);
        QVERIFY(files.size() > 10);
        QStringList loose;
        for (const QString& file : files)
            if (file.count(QLatin1Char('/')) != 2)
                loose << file;
        QVERIFY2(loose.isEmpty(), qPrintable(QStringLiteral("not in a room: ") + loose.join(QStringLiteral(", "))));
    }

    // A room a newcomer can take in: about twelve files at most, and a file
    // past about 450 lines says in its opening comment why it stays whole.
    void roomsAndFilesStaySmall()
    {
        constexpr int kRoomFiles = 13;
        constexpr int kFileLines = 470;
        QMap<QString, int> rooms;
        QStringList crowded;
        QStringList unexplained;
        for (const QString& layer : {QStringLiteral("model"), QStringLiteral("views"), QStringLiteral("app"),
                                     QStringLiteral("tests")})
            for (const QString& file : sourcesBelow(layer)) {
                if (file.startsWith(QLatin1String("tests/fuzz/corpus")) || file.startsWith(QLatin1String("tests/data")))
                    continue;
                ++rooms[QFileInfo(file).path()];
                const QString source = text(file);
                const QStringList lines = source.split(QLatin1Char('\n'));
                int opening = 0;
                while (opening < lines.size() && lines[opening].startsWith(QLatin1String("//")))
                    ++opening;
                if (lines.size() > kFileLines && opening < 3)
                    unexplained << QStringLiteral("%1 (%2 lines)").arg(file).arg(lines.size());
            }
        for (auto it = rooms.cbegin(); it != rooms.cend(); ++it)
            if (it.value() > kRoomFiles)
                crowded << QStringLiteral("%1 (%2 files)").arg(it.key()).arg(it.value());
        QVERIFY2(crowded.isEmpty(), qPrintable(QStringLiteral("crowded rooms: ") + crowded.join(QStringLiteral(", "))));
        QVERIFY2(unexplained.isEmpty(),
                 qPrintable(QStringLiteral("long files without a reason: ") + unexplained.join(QStringLiteral(", "))));
    }

    // #include "room/File.h": a reader sees where each header lives.
    void includesNameTheRoom()
    {
        QStringList unnamed;
        for (const QString& layer : {QStringLiteral("model"), QStringLiteral("views"), QStringLiteral("app")})
            for (const QString& file : sourcesBelow(layer))
                for (const QString& header : includesOf(file))
                    if (!header.contains(QLatin1Char('/')) && !header.endsWith(QLatin1String(".moc")))
                        unnamed << file + QStringLiteral(": ") + header;
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // The model is plain C++: no Qt header in any of its rooms.
    void modelIncludesNoQt()
    {
        static const QRegularExpression qt(QStringLiteral("^\\s*#\\s*include\\s+<Q"),
                                           QRegularExpression::MultilineOption);
        QStringList withQt;
        for (const QString& file : sourcesBelow(QStringLiteral("model")))
            if (qt.match(text(file)).hasMatch())
                withQt << file;
        QVERIFY2(withQt.isEmpty(), qPrintable(withQt.join(QLatin1Char('\n'))));
    }

    // Rooms include only rooms below them: the model's rooms, each an arrow
    // to every room one of its files includes, make no cycle. The includes
    // below go against the order, each for its reason, and each must still
    // stand (a fixed one leaves the list).
    void modelRoomsMakeNoCycle()
    {
        static const QSet<QString> exceptions = {
            // io/ holds the JSON reader the catalog is read with, and the
            // project file, which reads plans.
            QStringLiteral("model/catalog/CatalogReader.cpp: io/JsonReader.h"),
            QStringLiteral("model/catalog/CatalogValidator.cpp: io/JsonReader.h"),
            // The generator links only what carries a rule.
            QStringLiteral("model/plan/Generator.cpp: rules/RuleEngine.h"),
        };
        QMap<QString, QSet<QString>> arrows; // room -> the rooms it includes
        QSet<QString> standing;
        for (const QString& file : sourcesBelow(QStringLiteral("model"))) {
            const QString room = file.section(QLatin1Char('/'), 1, 1);
            arrows[room];
            for (const QString& header : includesOf(file)) {
                const QString target = header.section(QLatin1Char('/'), 0, 0);
                if (target == room || !QFileInfo::exists(sourceDir() + QStringLiteral("/model/") + header))
                    continue;
                const QString use = file + QStringLiteral(": ") + header;
                if (exceptions.contains(use))
                    standing << use;
                else
                    arrows[room] << target;
            }
        }
        QCOMPARE(standing, exceptions);

        // Depth first: a room met again while it is on the path closes a cycle.
        QMap<QString, int> state; // 1 on the path, 2 done
        QStringList path;
        QStringList cycle;
        std::function<void(const QString&)> visit = [&](const QString& room) {
            state[room] = 1;
            path << room;
            const QSet<QString> rooms = arrows.value(room);
            QStringList targets(rooms.begin(), rooms.end());
            targets.sort();
            for (const QString& target : targets) {
                if (!cycle.isEmpty())
                    break;
                if (state.value(target) == 1)
                    cycle = path.mid(path.indexOf(target)) << target;
                else if (state.value(target) == 0)
                    visit(target);
            }
            path.removeLast();
            state[room] = 2;
        };
        for (auto it = arrows.cbegin(); it != arrows.cend() && cycle.isEmpty(); ++it)
            if (state.value(it.key()) == 0)
                visit(it.key());
        QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("rooms in a cycle: ") + cycle.join(QStringLiteral(" -> "))));
    }

    // Every tst_*.cpp of every room of tests/ is a test CTest runs, and
    // CTest runs nothing else: a file moved or added is never dropped.
    void everyTestIsRegistered()
    {
        QSet<QString> files;
        for (const QString& file : sourcesBelow(QStringLiteral("tests")))
            if (QFileInfo(file).fileName().startsWith(QLatin1String("tst_")) && file.endsWith(QLatin1String(".cpp")) &&
                !file.startsWith(QLatin1String("tests/data/")) && !file.startsWith(QLatin1String("tests/fuzz/")))
                files << QFileInfo(file).baseName();
        QVERIFY(files.contains(QStringLiteral("tst_layout")));

        QProcess ctest;
        ctest.setWorkingDirectory(QStringLiteral(EDGEPLAN_BUILD_DIR));
        ctest.start(QStringLiteral("ctest"), {QStringLiteral("-N")});
        QVERIFY(ctest.waitForFinished(60000));
        QCOMPARE(ctest.exitCode(), 0);
        const QString listing = QString::fromUtf8(ctest.readAllStandardOutput());
        static const QRegularExpression test(QStringLiteral("Test\\s+#\\d+:\\s+(\\S+)"));
        QSet<QString> registered;
        auto it = test.globalMatch(listing);
        while (it.hasNext())
            registered << it.next().captured(1);
        static const QRegularExpression total(QStringLiteral("Total Tests:\\s*(\\d+)"));
        const auto count = total.match(listing);
        QVERIFY2(count.hasMatch(), qPrintable(listing));
        QCOMPARE(count.captured(1).toInt(), int(registered.size()));
        QCOMPARE(registered, files);
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
