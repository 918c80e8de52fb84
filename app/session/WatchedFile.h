#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

#include <string>

namespace edgeplan {

// The file a plan was read from or last saved to, and a hash of its bytes
// then. Tells when another program changes it: the watcher watches the
// folder too, since many editors replace a file rather than write it, and a
// change counts only when the bytes differ, so our own saves stay silent.
class WatchedFile : public QObject
{
    Q_OBJECT

public:
    explicit WatchedFile(QObject* parent = nullptr);

    // Follows `path` (none when empty), whose bytes had `hash` (empty: no file).
    void track(const QString& path, const QByteArray& hash);
    QString path() const { return m_path; }
    QByteArray hash() const { return m_hash; }

    struct OnDisk
    {
        bool exists = false;
        bool readable = true;
        std::string bytes;
        QByteArray hash;
        QString error; // why it is not readable
    };
    OnDisk read() const { return readFile(m_path); }
    static OnDisk readFile(const QString& path);
    // Whether `disk` holds other bytes than the tracked ones; a missing or
    // unreadable file has nothing to lose and counts as unchanged.
    bool differs(const OnDisk& disk) const
    {
        return disk.exists && disk.readable && disk.hash != m_hash;
    }

    static QByteArray hashOf(const std::string& bytes);

Q_SIGNALS:
    // The file now holds other bytes; once for each new content.
    void changedOnDisk();
    // After every look at the file, changed or not (tests wait on it).
    void checked();

private:
    void check();
    void watch();

    QFileSystemWatcher m_watcher;
    QString m_path;
    QByteArray m_hash;
    QByteArray m_reported; // the content changedOnDisk last announced
};

} // namespace edgeplan
