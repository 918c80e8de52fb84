#include "session/WatchedFile.h"

#include "support/Catalogs.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace edgeplan {

WatchedFile::WatchedFile(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &WatchedFile::check);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &WatchedFile::check);
}

void WatchedFile::track(const QString& path, const QByteArray& hash)
{
    m_hash = hash;
    m_reported.clear();
    if (path == m_path) {
        // Keep the watches: the events of a save that just happened are still
        // to come, and must find the new hash.
        if (!m_path.isEmpty())
            watch();
        return;
    }
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path = path;
    if (!m_path.isEmpty()) {
        m_watcher.addPath(QFileInfo(m_path).absolutePath());
        watch();
    }
}

void WatchedFile::watch()
{
    // A replaced file drops out of the watcher; take the new one.
    if (!m_watcher.files().contains(m_path) && QFileInfo(m_path).isFile())
        m_watcher.addPath(m_path);
}

WatchedFile::OnDisk WatchedFile::readFile(const QString& path)
{
    OnDisk disk;
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return disk;
    disk.exists = true;
    disk.readable = readFileBytes(path, &disk.bytes, &disk.error);
    disk.hash = disk.readable ? hashOf(disk.bytes) : QByteArray();
    return disk;
}

QByteArray WatchedFile::hashOf(const std::string& bytes)
{
    return QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
                                    QCryptographicHash::Sha256);
}

void WatchedFile::check()
{
    if (m_path.isEmpty())
        return;
    watch();
    const OnDisk disk = read();
    if (differs(disk) && disk.hash != m_reported) {
        m_reported = disk.hash;
        Q_EMIT changedOnDisk();
    }
    Q_EMIT checked();
}

} // namespace edgeplan
