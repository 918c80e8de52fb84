#include "session/SingleInstance.h"

#include "actions/FileActions.h"
#include "document/Document.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <unistd.h>

namespace edgeplan {

namespace {

// A request is one absolute path in UTF-8 and a newline; the answer, once
// the path is taken, is "ok\n". Opening comes after the answer: a question
// about unsaved changes may wait on the user for as long as it likes.
constexpr int kTimeoutMs = 5000;
constexpr qint64 kMaxRequestBytes = 64 * 1024;
const QByteArray kAnswer = QByteArrayLiteral("ok\n");

} // namespace

QString SingleInstance::serverName()
{
    const QString name = qEnvironmentVariable("EDGEPLAN_INSTANCE_NAME");
    if (!name.isEmpty())
        return name;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("edgeplan-instance"));
    return QStringLiteral("edgeplan-%1").arg(uint(getuid()));
}

bool SingleInstance::enabled()
{
    return !qEnvironmentVariableIsSet("EDGEPLAN_NO_SINGLE_INSTANCE");
}

bool SingleInstance::handOff(const QString& path)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(path.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    QByteArray answer;
    while (answer.size() < kAnswer.size() && socket.waitForReadyRead(kTimeoutMs))
        answer += socket.readAll();
    return answer == kAnswer;
}

SingleInstance::SingleInstance(MainWindow* window)
    : QObject(window), m_window(window), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::listen()
{
    // Asked first: with access options, Qt's listen() replaces a socket
    // file that is there, live or not.
    const QString name = serverName();
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(kTimeoutMs)) {
        probe.abort();
        return false;
    }
    // Nobody answers: what is left is a window's that died.
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket);
    }
}

void SingleInstance::read(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    const QString path = QString::fromUtf8(socket->readLine()).chopped(1);
    socket->write(kAnswer);
    socket->disconnectFromServer();
    if (QDir::isAbsolutePath(path))
        QTimer::singleShot(0, this, [this, path] { open(path); });
}

void SingleInstance::open(const QString& path)
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    const bool opened = m_window->fileActions()->openFile(path);
    Q_EMIT fileHandled(path, opened);
}

} // namespace edgeplan
