// The installed program: `cmake --install` into a temporary DESTDIR, as a
// package build does, then the installed tree checked with the desktop's
// own validators (desktop-file-validate, appstreamcli, mandoc, xmllint,
// update-mime-database), the icons' sizes, the installed program run, and
// the Debian package that CPack makes of the same build.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral(EDGEPLAN_APP_ID);

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runProgram(const QString& program, const QStringList& arguments,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("%1 did not finish").arg(program)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Below the prefix: what the package and `make install` must put there.
QStringList installedFiles()
{
    return {QStringLiteral("bin/edgeplan"),
            QStringLiteral("share/applications/%1.desktop").arg(kAppId),
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
            QStringLiteral("share/mime/packages/%1.xml").arg(kAppId),
            QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
            QStringLiteral("share/icons/hicolor/48x48/apps/%1.png").arg(kAppId),
            QStringLiteral("share/icons/hicolor/128x128/apps/%1.png").arg(kAppId),
            QStringLiteral("share/icons/hicolor/256x256/apps/%1.png").arg(kAppId),
            QStringLiteral("share/man/man1/edgeplan.1"),
            QStringLiteral("share/edgeplan/samples/federation-edge.edgeplan"),
            QStringLiteral("share/edgeplan/samples/consolidated-edge-nat.edgeplan"),
            QStringLiteral("share/edgeplan/samples/scaled-edge-hlb.edgeplan"),
            QStringLiteral("share/edgeplan/catalogs/lync2013-federation.json"),
            QStringLiteral("share/edgeplan/catalogs/lync2013-edge.json")};
}

QString describe(const Result& result)
{
    return QStringLiteral("exit %1\n%2%3").arg(result.exitCode).arg(result.out, result.err);
}

// The installed program as a script runs it: no display, English, C locale.
QProcessEnvironment commandEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;     // DESTDIR
    QString m_prefix;   // DESTDIR/usr
    QString m_tool;     // the last tool required

    QString installed(const QString& relative) const { return m_prefix + QLatin1Char('/') + relative; }

    bool haveTool(const QString& name)
    {
        m_tool = QStandardPaths::findExecutable(name);
        return !m_tool.isEmpty();
    }

    QStringList helpOptions()
    {
        const Result help = runProgram(installed(QStringLiteral("bin/edgeplan")),
                                       {QStringLiteral("--help"), QStringLiteral("--lang"),
                                        QStringLiteral("en")},
                                       commandEnvironment());
        if (help.exitCode != 0)
            qFatal("edgeplan --help failed: %s", qPrintable(describe(help)));
        QStringList options;
        const QRegularExpression option(QStringLiteral("(?:^|[\\s,\\[])(--[a-z][a-z-]*)"));
        for (auto match = option.globalMatch(help.out); match.hasNext();) {
            const QString name = match.next().captured(1);
            if (!options.contains(name))
                options << name;
        }
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("root"));
        m_prefix = m_root + QStringLiteral("/usr");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), m_root);
        const Result install = runProgram(QStringLiteral(EDGEPLAN_CMAKE),
                                          {QStringLiteral("--install"), QStringLiteral(EDGEPLAN_BUILD_DIR),
                                           QStringLiteral("--prefix"), QStringLiteral("/usr")},
                                          env);
        QVERIFY2(install.exitCode == 0, qPrintable(describe(install)));
    }

    void installsEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : installedFiles())
            QTest::newRow(qPrintable(path)) << path;
    }

    void installsEveryFile()
    {
        QFETCH(QString, path);
        const QFileInfo info(installed(path));
        QVERIFY2(info.isFile(), qPrintable(info.filePath()));
        QVERIFY(info.size() > 0);
        if (path.startsWith(QLatin1String("bin/")))
            QVERIFY(info.isExecutable());
    }

    void installsNothingElse()
    {
        // Tests, helpers and libraries stay in the build folder.
        QStringList unexpected;
        for (QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next().mid(m_prefix.size() + 1);
            if (path.startsWith(QLatin1String("bin/")) && path != QLatin1String("bin/edgeplan"))
                unexpected << path;
            if (path.startsWith(QLatin1String("lib")) || path.startsWith(QLatin1String("include")))
                unexpected << path;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    void desktopEntryIsValid()
    {
        if (!haveTool(QStringLiteral("desktop-file-validate")))
            QSKIP("desktop-file-validate is missing (Debian package desktop-file-utils)");
        const QString path = installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
        const Result result = runProgram(m_tool, {path});
        QVERIFY2(result.exitCode == 0 && result.out.isEmpty() && result.err.isEmpty(),
                 qPrintable(describe(result)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString entry = QString::fromUtf8(file.readAll());
        for (const QString& line :
             {QStringLiteral("Exec=edgeplan %f"), QStringLiteral("Icon=%1").arg(kAppId),
              QStringLiteral("MimeType=application/x-edgeplan;")})
            QVERIFY2(entry.contains(QLatin1Char('\n') + line + QLatin1Char('\n')), qPrintable(line));
        for (const QString& key : {QStringLiteral("Comment[ja]="), QStringLiteral("Keywords[ja]="),
                                   QStringLiteral("GenericName[ja]=")})
            QVERIFY2(entry.contains(key), qPrintable(key));
    }

    void metainfoIsValid()
    {
        if (!haveTool(QStringLiteral("appstreamcli")))
            QSKIP("appstreamcli is missing (Debian package appstream)");
        const QString path = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
        const Result result = runProgram(m_tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                  QStringLiteral("--no-color"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        // Not even a warning or an info: only the pedantic note on the
        // reverse-DNS id's capital letter would be allowed.
        QVERIFY2(!result.out.contains(QRegularExpression(QStringLiteral("^[EWI]: "),
                                                         QRegularExpression::MultilineOption)),
                 qPrintable(result.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        QVERIFY(xml.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(EDGEPLAN_CMAKE_VERSION))));
        QVERIFY(xml.contains(QStringLiteral("<mediatype>application/x-edgeplan</mediatype>")));
        QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
    }

    void manualPageIsClean()
    {
        if (!haveTool(QStringLiteral("mandoc")))
            QSKIP("mandoc is missing (Debian package mandoc)");
        const Result result =
            runProgram(m_tool, {QStringLiteral("-Tlint"), installed(QStringLiteral("share/man/man1/edgeplan.1"))});
        QVERIFY2(result.exitCode == 0 && result.out.isEmpty() && result.err.isEmpty(),
                 qPrintable(describe(result)));
    }

    void manualPageCoversEveryOptionAndCommand()
    {
        QFile file(installed(QStringLiteral("share/man/man1/edgeplan.1")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        const QStringList options = helpOptions();
        QVERIFY2(options.size() >= 18, qPrintable(options.join(QLatin1Char(' '))));
        QStringList missing;
        for (const QString& option : options)
            if (!page.contains(QStringLiteral("Fl -") + option.mid(2) + QLatin1Char('\n')) &&
                !page.contains(QStringLiteral("Fl -") + option.mid(2) + QLatin1Char(' ')))
                missing << option;
        // The commands, as the help's own list names them.
        const Result help = runProgram(installed(QStringLiteral("bin/edgeplan")),
                                       {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")},
                                       commandEnvironment());
        const QRegularExpression command(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
        QStringList commands{QStringLiteral("import")};
        const QString list = help.out.mid(help.out.indexOf(QStringLiteral("\nCommands:\n")));
        for (auto match = command.globalMatch(list); match.hasNext();)
            commands << match.next().captured(1);
        QVERIFY2(commands.size() >= 8, qPrintable(commands.join(QLatin1Char(' '))));
        for (const QString& name : commands)
            if (!page.contains(QStringLiteral(".It Cm ") + name))
                missing << name;
        // The export formats, as the help's list (the one format table) names them.
        const qsizetype formatsAt = help.out.indexOf(QStringLiteral("\nFormats of export --format F:\n"));
        QVERIFY(formatsAt > 0);
        const QString formatList = help.out.mid(formatsAt + 1).section(QStringLiteral("\n\n"), 0, 0);
        const QRegularExpression format(QStringLiteral("^    ([a-z-]+)  "), QRegularExpression::MultilineOption);
        int formats = 0;
        for (auto match = format.globalMatch(formatList); match.hasNext(); ++formats) {
            const QString id = match.next().captured(1);
            // ".It Cm csv , xlsx , md": an item of the page's list names it.
            const QRegularExpression item(QStringLiteral("^\\.It Cm (.* )?%1( .*)?$").arg(QRegularExpression::escape(id)),
                                          QRegularExpression::MultilineOption);
            if (!item.match(page).hasMatch())
                missing << id;
        }
        QVERIFY2(formats >= 10, qPrintable(formatList));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in edgeplan.1: ") + missing.join(QLatin1Char(' '))));
    }

    void mimeDefinitionDetectsPlans()
    {
        if (!haveTool(QStringLiteral("xmllint")))
            QSKIP("xmllint is missing (Debian package libxml2-utils)");
        const QString packages = installed(QStringLiteral("share/mime/packages/%1.xml").arg(kAppId));
        const Result lint = runProgram(m_tool, {QStringLiteral("--noout"), packages});
        QVERIFY2(lint.exitCode == 0 && lint.err.isEmpty(), qPrintable(describe(lint)));
        if (!haveTool(QStringLiteral("update-mime-database")))
            QSKIP("update-mime-database is missing (Debian package shared-mime-info)");
        // A MIME database of the installed definition alone, read by Qt as a
        // file manager would read the system's.
        const QString share = m_dir.filePath(QStringLiteral("mime-share"));
        QVERIFY(QDir().mkpath(share + QStringLiteral("/mime/packages")));
        QVERIFY(QFile::copy(packages, share + QStringLiteral("/mime/packages/%1.xml").arg(kAppId)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("no-home"))));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(share) + ":/usr/local/share:/usr/share");
        const Result update = runProgram(m_tool, {share + QStringLiteral("/mime")});
        QVERIFY2(update.exitCode == 0 && update.err.isEmpty(), qPrintable(describe(update)));
        QVERIFY(QFile::exists(share + QStringLiteral("/mime/mime.cache")));

        const QMimeDatabase db;
        const QString sample = installed(QStringLiteral("share/edgeplan/samples/federation-edge.edgeplan"));
        const QMimeType byName = db.mimeTypeForFile(sample, QMimeDatabase::MatchExtension);
        QCOMPARE(byName.name(), QStringLiteral("application/x-edgeplan"));
        QVERIFY(byName.inherits(QStringLiteral("application/json")));
        QCOMPARE(byName.iconName(), kAppId);
        // By content alone: a plan under another name, pretty or compact.
        const QString renamed = m_dir.filePath(QStringLiteral("plan-without-extension"));
        QVERIFY(QFile::copy(sample, renamed));
        QCOMPARE(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-edgeplan"));
        QCOMPARE(db.mimeTypeForData(QByteArrayLiteral("{\"format\":\"edgeplan\",\"version\":1}")).name(),
                 QStringLiteral("application/x-edgeplan"));
        // A catalog is JSON of another format.
        const QString catalog = installed(QStringLiteral("share/edgeplan/catalogs/lync2013-edge.json"));
        QVERIFY(db.mimeTypeForFile(catalog, QMimeDatabase::MatchContent).name() !=
                QStringLiteral("application/x-edgeplan"));
    }

    void iconsAreMadeFromTheSvg_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {48, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void iconsAreMadeFromTheSvg()
    {
        QFETCH(int, size);
        const QString path =
            installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(size, size));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        // Drawn edge to edge: the corners are clear, the middle is not.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    void installedProgramRuns()
    {
        const QString program = installed(QStringLiteral("bin/edgeplan"));
        const Result version = runProgram(program, {QStringLiteral("--version")}, commandEnvironment());
        QVERIFY2(version.exitCode == 0, qPrintable(describe(version)));
        QCOMPARE(version.out, QStringLiteral("edgeplan %1\n").arg(QStringLiteral(EDGEPLAN_CMAKE_VERSION)));

        const QString sample = installed(QStringLiteral("share/edgeplan/samples/federation-edge.edgeplan"));
        const Result rules = runProgram(program, {QStringLiteral("rules"), QStringLiteral("--lang"),
                                                  QStringLiteral("en"), sample},
                                        commandEnvironment());
        QVERIFY2(rules.exitCode == 0, qPrintable(describe(rules)));
        QVERIFY(rules.out.contains(QStringLiteral("== Internal firewall (1 rule) ==")));
        QVERIFY(rules.out.contains(QStringLiteral("== External firewall (9 rules) ==")));

        // Its own translation travels inside the program.
        const Result help = runProgram(program, {QStringLiteral("--help"), QStringLiteral("--lang"),
                                                 QStringLiteral("ja")},
                                       commandEnvironment());
        QVERIFY2(help.exitCode == 0, qPrintable(describe(help)));
        QVERIFY2(help.out.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]"))),
                 qPrintable(help.out));

        // A catalog installed beside the samples loads as a user catalog.
        const Result withCatalog = runProgram(
            program, {QStringLiteral("validate"), QStringLiteral("--catalog"),
                      installed(QStringLiteral("share/edgeplan/catalogs/lync2013-edge.json")), sample},
            commandEnvironment());
        QVERIFY2(withCatalog.exitCode == 0, qPrintable(describe(withCatalog)));
    }

    void debianPackage()
    {
        if (!haveTool(QStringLiteral("dpkg-deb")))
            QSKIP("dpkg-deb is missing");
        const QString dpkgDeb = m_tool;
        if (!haveTool(QStringLiteral("dpkg-shlibdeps")))
            QSKIP("dpkg-shlibdeps is missing (Debian package dpkg-dev)");
        if (!haveTool(QStringLiteral("file")))
            QSKIP("file is missing (CPack's DEB generator needs it for dpkg-shlibdeps)");
        // `make package` with the configuration of this build: CPack installs
        // the build as it stands, so nothing compiles again.
        const QString out = m_dir.filePath(QStringLiteral("package"));
        const Result cpack = runProgram(QStringLiteral(EDGEPLAN_CPACK),
                                        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                         QStringLiteral(EDGEPLAN_BUILD_DIR "/CPackConfig.cmake"),
                                         QStringLiteral("-B"), out},
                                        QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(describe(cpack)));
        const Result arch = runProgram(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
        QCOMPARE(arch.exitCode, 0);
        const QString deb = QStringLiteral("%1/edgeplan_%2_%3.deb")
                                .arg(out, QStringLiteral(EDGEPLAN_CMAKE_VERSION), arch.out.trimmed());
        QVERIFY2(QFile::exists(deb), qPrintable(deb + QLatin1Char('\n') + cpack.out));

        const Result contents = runProgram(dpkgDeb, {QStringLiteral("--contents"), deb});
        QVERIFY2(contents.exitCode == 0, qPrintable(describe(contents)));
        for (const QString& path : installedFiles()) {
            const QString entry = QStringLiteral(" ./usr/") + path + QLatin1Char('\n');
            QVERIFY2(contents.out.contains(entry), qPrintable(path));
        }

        const Result info = runProgram(dpkgDeb, {QStringLiteral("--info"), deb});
        QVERIFY2(info.exitCode == 0, qPrintable(describe(info)));
        QVERIFY(info.out.contains(QStringLiteral(" Package: edgeplan\n")));
        QVERIFY(info.out.contains(QStringLiteral(" Version: %1\n").arg(QStringLiteral(EDGEPLAN_CMAKE_VERSION))));
        QVERIFY(info.out.contains(QStringLiteral(" Maintainer: ")));
        QVERIFY(info.out.contains(QStringLiteral(" Section: ")));
        QVERIFY(info.out.contains(QStringLiteral(" Homepage: https://")));
        QVERIFY(info.out.contains(QStringLiteral(" Description: planner for Lync Server 2013")));
        const QRegularExpression depends(QStringLiteral("^ Depends: (.*)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = depends.match(info.out);
        QVERIFY2(match.hasMatch(), qPrintable(info.out));
        // Computed by dpkg-shlibdeps from the program's libraries.
        for (const QString& library : {QStringLiteral("libqt6core6"), QStringLiteral("libqt6widgets6"),
                                       QStringLiteral("libqt6network6"), QStringLiteral("libqt6svg6"),
                                       QStringLiteral("libc6")})
            QVERIFY2(match.captured(1).contains(library), qPrintable(match.captured(1)));
        // Debian's triggers refresh the caches; no maintainer script can fail.
        for (const QString& script : {QStringLiteral("postinst"), QStringLiteral("prerm"),
                                      QStringLiteral("postrm"), QStringLiteral("preinst")})
            QVERIFY2(!info.out.contains(QLatin1Char(' ') + script + QLatin1Char(' ')), qPrintable(script));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
