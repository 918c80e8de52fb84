// One window per user: a second launch with a file hands the file to the
// window already open (the real program as the second process, this test
// as the first), which opens it as File > Open would; the commands and
// --screenshot never touch the socket.

#include "actions/FileActions.h"
#include "document/Document.h"
#include "session/SingleInstance.h"
#include "TestSupport.h"
#include "window/MainWindow.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace edgeplan;

namespace {

std::unique_ptr<MainWindow> emptyWindow()
{
    const Catalogs& catalogs = test::builtInCatalogs();
    auto topology = std::make_unique<Topology>(catalogs.defaultCatalog());
    return std::make_unique<MainWindow>(catalogs, std::move(topology), QString());
}

// The window already open: an empty plan, listening.
struct FirstWindow
{
    std::unique_ptr<MainWindow> window = emptyWindow();
    SingleInstance* instance = new SingleInstance(window.get());
    bool listening = instance->listen();
    QSignalSpy handled{instance, &SingleInstance::fileHandled};
};

// What a window that died leaves behind: a socket file nobody listens on.
bool makeStaleSocket(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    if (size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_socket;
    std::unique_ptr<QProcess> m_second;

    QString samplePlan(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(FileActions::kSamplePath, path))
            qFatal("cannot copy the sample to %s", qPrintable(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // The real program, as a launch from the desktop or a shell would run it.
    QProcess* launch(const QStringList& arguments)
    {
        m_second = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("EDGEPLAN_INSTANCE_NAME"), m_socket);
        env.remove(QStringLiteral("EDGEPLAN_NO_SINGLE_INSTANCE"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_second->setProcessEnvironment(env);
        m_second->setWorkingDirectory(m_dir.path());
        m_second->start(QStringLiteral(EDGEPLAN_BINARY), arguments);
        return m_second.get();
    }

    static int exitCodeOf(QProcess* process)
    {
        if (!process->waitForFinished(60000))
            return -1;
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A socket of this run's own: no clash with a real window or another test.
        m_socket = m_dir.filePath(QStringLiteral("instance"));
        qputenv("EDGEPLAN_INSTANCE_NAME", QFile::encodeName(m_socket));
        QCOMPARE(SingleInstance::serverName(), m_socket);
    }

    void cleanup()
    {
        if (m_second && m_second->state() != QProcess::NotRunning) {
            m_second->kill();
            m_second->waitForFinished();
        }
        m_second.reset();
    }

    void serverNameIsPerUser()
    {
        qunsetenv("EDGEPLAN_INSTANCE_NAME");
        const QString name = SingleInstance::serverName();
        qputenv("EDGEPLAN_INSTANCE_NAME", QFile::encodeName(m_socket));
        const QString uid = QString::number(uint(getuid()));
        QVERIFY2(name.endsWith(QStringLiteral("edgeplan-") + uid) ||
                     name == qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/edgeplan-instance"),
                 qPrintable(name));
    }

    void secondLaunchOpensFileInFirstWindow_data()
    {
        QTest::addColumn<bool>("relative");
        QTest::addColumn<bool>("stale");
        QTest::newRow("absolute path") << false << false;
        QTest::newRow("relative path arrives absolute") << true << false;
        QTest::newRow("socket of a window that died") << false << true;
    }

    void secondLaunchOpensFileInFirstWindow()
    {
        QFETCH(bool, relative);
        QFETCH(bool, stale);
        if (stale) {
            QVERIFY(makeStaleSocket(m_socket));
            QVERIFY(QFileInfo::exists(m_socket));
        }
        FirstWindow first;
        QVERIFY(first.listening);
        const QString path = samplePlan(QStringLiteral("handed.edgeplan"));

        QProcess* second = launch({relative ? QFileInfo(path).fileName() : path});
        QVERIFY(first.handled.wait(60000));
        QCOMPARE(exitCodeOf(second), 0);
        QCOMPARE(first.handled.count(), 1);
        QCOMPARE(first.handled.at(0).at(0).toString(), path);
        QCOMPARE(first.handled.at(0).at(1).toBool(), true);
        QCOMPARE(first.window->document()->filePath(), path);
        QVERIFY(!first.window->document()->isModified());
        QVERIFY(first.window->document()->topology().components().size() > 0);
    }

    void modifiedPlanIsAskedAboutFirst_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("opens");
        QTest::newRow("cancel keeps the plan") << int(SaveChoice::Cancel) << false;
        QTest::newRow("discard opens the file") << int(SaveChoice::Discard) << true;
    }

    void modifiedPlanIsAskedAboutFirst()
    {
        QFETCH(int, answer);
        QFETCH(bool, opens);
        FirstWindow first;
        QVERIFY(first.listening);
        MainWindow* window = first.window.get();
        window->document()->markModified();
        int asked = 0;
        window->fileActions()->setSavePrompt([&](const QString&) {
            ++asked;
            return SaveChoice(answer);
        });
        const QString path = samplePlan(QStringLiteral("asked.edgeplan"));

        QProcess* second = launch({path});
        QVERIFY(first.handled.wait(60000));
        QCOMPARE(exitCodeOf(second), 0);
        QCOMPARE(asked, 1);
        QCOMPARE(first.handled.at(0).at(1).toBool(), opens);
        QCOMPARE(window->document()->filePath(), opens ? path : QString());
        QCOMPARE(window->document()->isModified(), !opens);
    }

    void onlyTheFirstWindowListens()
    {
        FirstWindow first;
        QVERIFY(first.listening);
        FirstWindow second;
        QVERIFY(!second.listening);
        QVERIFY(first.instance->isListening());
        QVERIFY(!second.instance->isListening());
    }

    void commandsAndScreenshotsNeverConnect()
    {
        QLocalServer server;
        QVERIFY(server.listen(m_socket));
        QSignalSpy connections(&server, &QLocalServer::newConnection);
        const QString path = samplePlan(QStringLiteral("headless.edgeplan"));

        QProcess* rules = launch({QStringLiteral("rules"), QStringLiteral("--lang"),
                                  QStringLiteral("en"), path});
        QCOMPARE(exitCodeOf(rules), 0);
        QVERIFY(rules->readAllStandardOutput().contains("External firewall"));

        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        QProcess* screenshot = launch({QStringLiteral("--screenshot"), png, path});
        QCOMPARE(exitCodeOf(screenshot), 0);
        QVERIFY(QFileInfo(png).size() > 0);

        QVERIFY(!server.waitForNewConnection(0));
        QCOMPARE(connections.count(), 0);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
