#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QLockFile;
class QMenu;

namespace edgeplan {

class Document;
class WatchedFile;

// A plan that a session left behind without closing it (a crash, a kill).
struct RecoveryEntry
{
    QString recoveryPath; // the plan as last autosaved
    QString originalPath; // the file it belongs to; empty when never saved
    QString projectName;
    QDateTime savedAt;
    QByteArray originalHash; // the original's bytes when last read or saved
    bool readOnly = false;
    std::shared_ptr<QLockFile> lock; // held while the entry is offered
};

// Writes a modified plan to a recovery file every so often (the setting
// "autosave/intervalSeconds", 0 = off) and removes it when the plan is
// saved or closed on purpose. Each session holds a lock beside its file,
// so that another instance offers only the files of sessions that are gone.
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalSeconds = 60;
    static inline const QString kIntervalKey = QStringLiteral("autosave/intervalSeconds");

    Autosave(Document* document, const WatchedFile* file, QObject* parent = nullptr);
    ~Autosave() override;

    // recovery/ under the application's data folder.
    static QString folder();
    static int intervalSeconds();
    // Stores the setting and applies it here; other windows follow at their next tick.
    void setIntervalSeconds(int seconds);
    // The Autosave submenu: Off, every 1, 2, 5 or 10 minutes.
    void populate(QMenu* menu);
    // The submenu's words in the installed language.
    void retranslate();

    // The timer's slot: writes the plan if autosave is on and it changed since the last write.
    void tick();
    // Writes the plan now, whatever the setting; false (and writeFailed) when it cannot.
    bool writeNow();
    // Removes this session's recovery file: the plan was saved or let go.
    void discard();
    // Where this session writes; the file exists only while there is something to recover.
    QString recoveryPath() const;

    // Recovery files no running session holds, newest first, each locked for the caller.
    static std::vector<RecoveryEntry> orphans();
    static void remove(const RecoveryEntry& entry);

Q_SIGNALS:
    // The recovery file could not be written (the window says so in its status bar).
    void writeFailed(const QString& message);

private:
    void applyInterval(int seconds);

    Document* m_document;
    const WatchedFile* m_file;
    QTimer m_timer;
    QString m_base; // recovery folder + session id, without extension
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = true;
    QMenu* m_menu = nullptr; // File > Autosave, owned by its menu
};

} // namespace edgeplan
