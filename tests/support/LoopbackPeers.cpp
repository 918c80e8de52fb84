// Real protocol servers on loopback for the verify tests (LoopbackPeers.h):
// Kamailio, Prosody, coturn and dnsmasq, each written a configuration, a
// certificate and a folder of its own, started, waited for and stopped.
// Long because the four peers share the start, the wait and the teardown;
// a file per peer would repeat them.
#include "LoopbackPeers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace test {

namespace {

constexpr int pollIntervalMs = 50;
constexpr int terminateTimeoutMs = 5000;
constexpr int terminateRepeatMs = 500;

// Makes this process the parent of orphaned server workers, so stop() can
// reap them instead of leaving zombies to an init that may not reap.
void becomeSubreaper()
{
    static const bool done = [] {
        ::prctl(PR_SET_CHILD_SUBREAPER, 1);
        return true;
    }();
    Q_UNUSED(done);
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// True if something already accepts TCP connections on address:port. Used so
// that a server left over from an earlier run cannot pass for the new one.
bool tcpAnswers(const QString& address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(address), port);
    // Loopback refuses immediately; the bound only matters for a busy server.
    const bool connected = socket.waitForConnected(250);
    socket.abort();
    return connected;
}

bool copyFile(const QString& from, const QString& to, QString* error)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        setError(error, QStringLiteral("cannot copy %1 to %2").arg(from, to));
        return false;
    }
    return true;
}

} // namespace

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

std::optional<SelfSignedCertificate> makeSelfSignedCertificate(const QString& dir,
                                                               const QString& commonName,
                                                               const QStringList& dnsNames,
                                                               QString* error)
{
    QString base = commonName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    SelfSignedCertificate result{QDir(dir).filePath(base + QStringLiteral("-cert.pem")),
                                 QDir(dir).filePath(base + QStringLiteral("-key.pem"))};

    QStringList arguments{
        QStringLiteral("req"),      QStringLiteral("-x509"),  QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
        QStringLiteral("2"),        QStringLiteral("-subj"),  QStringLiteral("/CN=") + commonName,
        QStringLiteral("-keyout"),  result.keyPath,           QStringLiteral("-out"),
        result.certificatePath};
    if (!dnsNames.isEmpty()) {
        QStringList entries;
        for (const QString& name : dnsNames)
            entries << QStringLiteral("DNS:") + name;
        arguments << QStringLiteral("-addext")
                  << QStringLiteral("subjectAltName=") + entries.join(QLatin1Char(','));
    }

    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted() || !openssl.waitForFinished(30000)) {
        setError(error, QStringLiteral("openssl did not run: ") + openssl.errorString());
        openssl.kill();
        openssl.waitForFinished();
        return std::nullopt;
    }
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        setError(error, QStringLiteral("openssl req failed:\n") +
                            QString::fromLocal8Bit(openssl.readAll()));
        return std::nullopt;
    }
    return result;
}

// ---------------------------------------------------------------------------

LoopbackPeer::LoopbackPeer() = default;

LoopbackPeer::~LoopbackPeer()
{
    stop();
}

bool LoopbackPeer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString LoopbackPeer::log() const
{
    collectOutput();
    return m_log;
}

QString LoopbackPeer::directory() const
{
    return m_dir.path();
}

QString LoopbackPeer::path(const QString& name) const
{
    return m_dir.filePath(name);
}

bool LoopbackPeer::checkDirectory(QString* error) const
{
    if (!m_dir.isValid()) {
        setError(error, QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString());
        return false;
    }
    return true;
}

bool LoopbackPeer::writeFile(const QString& name, const QByteArray& contents, QString* error) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size()) {
        setError(error,
                 QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

bool LoopbackPeer::logContains(const QString& text) const
{
    return m_log.contains(text);
}

void LoopbackPeer::collectOutput() const
{
    if (m_process)
        m_log += QString::fromLocal8Bit(m_process->readAll());
}

bool LoopbackPeer::launch(const QString& program, const QStringList& arguments,
                          const std::function<bool()>& ready, const QStringList& fatalMessages,
                          QString* error, const ChildSetup& childSetup)
{
    stop();
    becomeSubreaper();
    m_log.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir.path());
    // A process group of its own, so stop() also reaches forked workers
    // (Kamailio) and nothing reacts to the test's terminal signals.
    m_process->setChildProcessModifier([childSetup] {
        ::setsid();
        if (childSetup)
            childSetup();
    });

    const QString command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    m_log = QStringLiteral("$ ") + command + QLatin1Char('\n');
    m_process->start(program, arguments);
    if (!m_process->waitForStarted()) {
        setError(error,
                 QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString()));
        m_process.reset();
        return false;
    }
    // processId() is 0 once the process ended; stop() still needs the group.
    m_processGroup = m_process->processId();

    // Wait on the process's own signals; the poll timer only drives probes
    // (servers that print nothing reliable once their socket is open).
    QEventLoop loop;
    bool isReady = false;
    QString fatal;
    const auto check = [&] {
        collectOutput();
        if (isReady || !fatal.isEmpty())
            return;
        for (const QString& message : fatalMessages) {
            if (logContains(message)) {
                fatal = message;
                loop.quit();
                return;
            }
        }
        if (ready()) {
            isReady = true;
            loop.quit();
        }
    };
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, check);
    QObject::connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(pollIntervalMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);

    check();
    if (!isReady && fatal.isEmpty() && m_process->state() == QProcess::Running) {
        poll.start();
        deadline.start(peerStartTimeoutMs);
        loop.exec();
    }
    collectOutput();

    if (isReady && m_process->state() == QProcess::Running)
        return true;

    QString reason;
    if (!fatal.isEmpty()) {
        reason = QStringLiteral("%1 logged \"%2\"").arg(program, fatal);
    } else if (m_process->state() == QProcess::NotRunning) {
        reason = QStringLiteral("%1 exited early (exit code %2)")
                     .arg(program)
                     .arg(m_process->exitCode());
    } else {
        reason =
            QStringLiteral("%1 was not ready within %2 ms").arg(program).arg(peerStartTimeoutMs);
    }
    stop();
    setError(error, reason + QStringLiteral("; its output:\n") + m_log);
    return false;
}

void LoopbackPeer::stop()
{
    if (!m_process)
        return;
    const auto pid = static_cast<pid_t>(m_processGroup);
    m_processGroup = 0;
    if (m_process->state() != QProcess::NotRunning && pid > 0) {
        const QDeadlineTimer deadline(terminateTimeoutMs);
        ::kill(pid, SIGTERM);
        while (!m_process->waitForFinished(terminateRepeatMs)) {
            if (deadline.hasExpired()) {
                ::kill(-pid, SIGKILL);
                m_process->waitForFinished(terminateTimeoutMs);
                break;
            }
            // A Kamailio worker that is still initialising when its main
            // process forwards SIGTERM misses it, and the main process then
            // waits for it for a minute. Repeat the signal to the whole group.
            ::kill(-pid, SIGTERM);
        }
    }
    if (pid > 0) {
        // Workers that outlived the main process would keep the ports.
        if (::kill(-pid, 0) == 0)
            ::kill(-pid, SIGKILL);
        // As subreaper we inherited them: reap them, so no zombie is left.
        while (::waitpid(-pid, nullptr, 0) > 0) {
        }
    }
    collectOutput();
    m_process.reset();
}

// ---------------------------------------------------------------------------

bool Kamailio::start(const QString& address, const QList<quint16>& tlsPorts,
                     const SelfSignedCertificate& cert, QString* error)
{
    if (!checkDirectory(error))
        return false;
    if (tlsPorts.isEmpty()) {
        setError(error, QStringLiteral("Kamailio needs at least one TLS port"));
        return false;
    }
    for (quint16 port : tlsPorts) {
        if (tcpAnswers(address, port)) {
            setError(error, QStringLiteral("%1:%2 is already in use").arg(address).arg(port));
            return false;
        }
    }

    // MTLS style: a certificate for the server, none asked of clients.
    const QByteArray tlsConfig = QStringLiteral("[server:default]\n"
                                                "method = TLSv1.2+\n"
                                                "verify_certificate = no\n"
                                                "require_certificate = no\n"
                                                "certificate = %1\n"
                                                "private_key = %2\n"
                                                "\n"
                                                "[client:default]\n"
                                                "verify_certificate = no\n"
                                                "require_certificate = no\n")
                                     .arg(cert.certificatePath, cert.keyPath)
                                     .toUtf8();

    QString listen;
    for (quint16 port : tlsPorts)
        listen += QStringLiteral("listen=tls:%1:%2\n").arg(address).arg(port);
    // Only the listed TLS sockets: no default UDP/TCP listeners on all
    // interfaces. is_method() needs textops, so compare $rm via `method`.
    const QByteArray config = QStringLiteral("#!KAMAILIO\n"
                                             "debug=2\n"
                                             "log_stderror=yes\n"
                                             "children=1\n"
                                             "tcp_children=1\n"
                                             "auto_aliases=no\n"
                                             "dns=no\n"
                                             "rev_dns=no\n"
                                             "enable_tls=yes\n"
                                             "%1"
                                             "loadmodule \"tls.so\"\n"
                                             "loadmodule \"sl.so\"\n"
                                             "modparam(\"tls\", \"config\", %2)\n"
                                             "request_route {\n"
                                             "    if (method == \"OPTIONS\") {\n"
                                             "        sl_send_reply(\"200\", \"OK\");\n"
                                             "        exit;\n"
                                             "    }\n"
                                             "    sl_send_reply(\"501\", \"Not Implemented\");\n"
                                             "}\n")
                                  .arg(listen, quoted(path(QStringLiteral("tls.cfg"))))
                                  .toUtf8();

    if (!writeFile(QStringLiteral("tls.cfg"), tlsConfig, error) ||
        !writeFile(QStringLiteral("kamailio.cfg"), config, error) ||
        !QDir(directory()).mkpath(QStringLiteral("run"))) {
        return false;
    }

    const QStringList arguments{
        QStringLiteral("-f"),  path(QStringLiteral("kamailio.cfg")),
        QStringLiteral("-DD"), // no daemon: the QProcess is the main process
        QStringLiteral("-E"),  // log to stderr
        QStringLiteral("-P"),  path(QStringLiteral("kamailio.pid")),
        QStringLiteral("-Y"),  path(QStringLiteral("run")),
        QStringLiteral("-m"),  QStringLiteral("32"),
        QStringLiteral("-M"),  QStringLiteral("4")};
    // Kamailio logs nothing once its TCP main process accepts, so probe
    // every port until it connects.
    const auto ready = [address, tlsPorts] {
        for (quint16 port : tlsPorts) {
            if (!tcpAnswers(address, port))
                return false;
        }
        return true;
    };
    return launch(QStringLiteral("kamailio"), arguments, ready, {}, error);
}

// ---------------------------------------------------------------------------

bool Prosody::start(const QString& address, quint16 s2sPort, const QString& domain,
                    const SelfSignedCertificate& cert, QString* error)
{
    if (!checkDirectory(error))
        return false;
    const QDir dir(directory());
    if (!dir.mkpath(QStringLiteral("data")) || !dir.mkpath(QStringLiteral("certs"))) {
        setError(error, QStringLiteral("cannot create folders in ") + directory());
        return false;
    }
    // The caller's certificate may sit in a folder "nobody" cannot enter.
    const QString certificate = path(QStringLiteral("certs/server-cert.pem"));
    const QString key = path(QStringLiteral("certs/server-key.pem"));
    if (!copyFile(cert.certificatePath, certificate, error) || !copyFile(cert.keyPath, key, error))
        return false;

    const QByteArray config =
        QStringLiteral("pidfile = %1\n"
                       "data_path = %2\n"
                       "certificates = %3\n"
                       "log = { { levels = { min = \"info\" }, to = \"console\" } }\n"
                       "modules_enabled = { \"tls\", \"dialback\", \"s2s\", \"posix\" }\n"
                       "modules_disabled = { \"c2s\", \"offline\" }\n"
                       "interfaces = { %4 }\n"
                       "local_interfaces = { %4 }\n"
                       "s2s_interfaces = { %4 }\n"
                       "s2s_ports = { %5 }\n"
                       "c2s_ports = { }\n"
                       "s2s_direct_tls_ports = { }\n"
                       "s2s_secure_auth = false\n"
                       "ssl = { certificate = %6, key = %7 }\n"
                       "VirtualHost %8\n")
            .arg(quoted(path(QStringLiteral("prosody.pid"))), quoted(path(QStringLiteral("data"))),
                 quoted(path(QStringLiteral("certs"))), quoted(address), QString::number(s2sPort),
                 quoted(certificate), quoted(key), quoted(domain))
            .toUtf8();
    if (!writeFile(QStringLiteral("prosody.cfg.lua"), config, error))
        return false;

    // Prosody refuses to run as root: hand the folder to "nobody" and switch
    // to it in the child. getpwnam() is not safe after fork(), so look up here.
    ChildSetup dropRoot;
    if (runningAsRoot()) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody) {
            setError(error, QStringLiteral("no user \"nobody\" to run Prosody as"));
            return false;
        }
        const uid_t uid = nobody->pw_uid;
        const gid_t gid = nobody->pw_gid;
        const QStringList owned{directory(),
                                path(QStringLiteral("data")),
                                path(QStringLiteral("certs")),
                                certificate,
                                key,
                                path(QStringLiteral("prosody.cfg.lua"))};
        for (const QString& file : owned) {
            if (::chown(QFile::encodeName(file).constData(), uid, gid) != 0) {
                setError(error, QStringLiteral("cannot chown ") + file);
                return false;
            }
        }
        dropRoot = [uid, gid] {
            // Abort rather than run Prosody as root by accident.
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        };
    }

    const QStringList arguments{QStringLiteral("--config"), path(QStringLiteral("prosody.cfg.lua")),
                                QStringLiteral("-F")};
    const QString activated =
        QStringLiteral("Activated service 's2s' on [%1]:%2").arg(address).arg(s2sPort);
    // Without its certificate Prosody would not offer starttls, so wait
    // for both the listener and the certificate of the host.
    const QString certificatesLoaded = domain + QStringLiteral(":tls");
    const auto ready = [this, activated, certificatesLoaded] {
        return logContains(activated) && logContains(certificatesLoaded) &&
               logContains(QStringLiteral("Certificates loaded"));
    };
    // Prosody keeps running when it cannot bind, so that line is fatal here.
    return launch(QStringLiteral("prosody"), arguments, ready,
                  {QStringLiteral("Failed to open server port")}, error, dropRoot);
}

// ---------------------------------------------------------------------------

bool Coturn::start(const QString& address, quint16 port, QString* error)
{
    if (!checkDirectory(error))
        return false;
    const QStringList arguments{
        QStringLiteral("-n"), // no turnserver.conf
        QStringLiteral("-v"), // needed for the "listener opened" line
        QStringLiteral("--stun-only"), QStringLiteral("--no-cli"), QStringLiteral("--no-tcp"),
        QStringLiteral("--no-tls"), QStringLiteral("--no-dtls"),
        QStringLiteral("--listening-ip=") + address,
        QStringLiteral("--listening-port=") + QString::number(port),
        QStringLiteral("--relay-ip=") + address, QStringLiteral("--relay-threads=1"),
        QStringLiteral("--log-file=stdout"), QStringLiteral("--simple-log"),
        // Keep the pid file and SQLite user database out of /var.
        QStringLiteral("--pidfile=") + path(QStringLiteral("turnserver.pid")),
        QStringLiteral("--userdb=") + path(QStringLiteral("turndb"))};
    const QString opened = QStringLiteral("UDP listener opened on: %1:%2").arg(address).arg(port);
    const auto ready = [this, opened] { return logContains(opened); };
    return launch(QStringLiteral("turnserver"), arguments, ready, {}, error);
}

// ---------------------------------------------------------------------------

bool Dnsmasq::start(const QString& address, const QList<Srv>& srv, const QList<Host>& hosts,
                    QString* error)
{
    if (!checkDirectory(error))
        return false;
    QStringList arguments{
        QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
        QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
        QStringLiteral("--log-facility=-"), QStringLiteral("--log-queries"),
        QStringLiteral("--listen-address=") + address, QStringLiteral("--bind-interfaces"),
        // QDnsLookup in Qt 6.4 cannot choose the port.
        QStringLiteral("--port=53"),
        QStringLiteral("--pid-file=") + path(QStringLiteral("dnsmasq.pid"))};
    for (const Srv& record : srv) {
        arguments << QStringLiteral("--srv-host=%1,%2,%3,0,0")
                         .arg(record.name, record.target)
                         .arg(record.port);
    }
    for (const Host& host : hosts)
        arguments << QStringLiteral("--host-record=%1,%2").arg(host.name, host.address);

    // dnsmasq opens its sockets before it logs "started"; a failed bind
    // makes it exit instead.
    const auto ready = [this] { return logContains(QStringLiteral("started, version")); };
    return launch(QStringLiteral("dnsmasq"), arguments, ready, {}, error);
}

} // namespace test
