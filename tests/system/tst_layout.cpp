// The house's layout, as docs/ARCHITECTURE.md describes it: every source
// of model/, views/ and app/ stands in a room, includes name the room of
// what they include, model/ includes no Qt, and every test program of every
// room of tests/ is registered with CTest.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

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

    // #include "room/File.h": a reader sees where each header lives.
    void includesNameTheRoom()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        QStringList unnamed;
        for (const QString& layer : {QStringLiteral("model"), QStringLiteral("views"), QStringLiteral("app")})
            for (const QString& file : sourcesBelow(layer)) {
                auto it = include.globalMatch(text(file));
                while (it.hasNext()) {
                    const QString header = it.next().captured(1);
                    if (!header.contains(QLatin1Char('/')) && !header.endsWith(QLatin1String(".moc")))
                        unnamed << file + QStringLiteral(": ") + header;
                }
            }
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
