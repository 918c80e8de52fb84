#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace edgeplan {

class MainWindow;

// One window per user for files opened from the desktop: the first window
// listens on a local socket; a later `edgeplan FILE` hands FILE to it and
// exits, and the first window opens it as File > Open would (asking about
// unsaved changes first) and comes to the front.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The socket: EDGEPLAN_INSTANCE_NAME if set (tests), else in
    // $XDG_RUNTIME_DIR (private to the user) or, without one, a name of the
    // user's id in the temporary folder.
    static QString serverName();
    // False when EDGEPLAN_NO_SINGLE_INSTANCE is set: every launch opens its own window.
    static bool enabled();
    // Gives `path` (absolute) to a running window; true once it took it.
    static bool handOff(const QString& path);

    explicit SingleInstance(MainWindow* window);
    ~SingleInstance() override;

    // Starts listening unless another window already does; a socket left
    // behind by a window that died is removed first.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // A path came from another launch and the window tried to open it:
    // `opened` is false when the user kept the plan or the file did not load.
    void fileHandled(const QString& path, bool opened);

private:
    void accept();
    void read(QLocalSocket* socket);
    void open(const QString& path);

    MainWindow* m_window;
    QLocalServer* m_server;
};

} // namespace edgeplan
