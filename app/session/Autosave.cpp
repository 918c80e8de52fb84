#include "session/Autosave.h"

#include "document/Document.h"
#include "session/WatchedFile.h"
#include "support/Catalogs.h"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace edgeplan {

namespace {

const QString kPlanSuffix = QStringLiteral(".edgeplan");
const QString kInfoSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

QSettings settings()
{
    return QSettings(QStringLiteral("Edgeplan"), QStringLiteral("Edgeplan"));
}

// A lock that only a dead owner gives up: the age of a live session's lock says nothing.
std::unique_ptr<QLockFile> tryLock(const QString& base)
{
    auto lock = std::make_unique<QLockFile>(base + kLockSuffix);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

Autosave::Autosave(Document* document, const WatchedFile* file, QObject* parent)
    : QObject(parent), m_document(document), m_file(file),
      m_base(QDir(folder()).filePath(QUuid::createUuid().toString(QUuid::Id128)))
{
    connect(&m_timer, &QTimer::timeout, this, &Autosave::tick);
    const auto changed = [this] { m_dirty = true; };
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, changed);
    connect(m_document, &Document::modelReset, this, changed);
    connect(m_document, &Document::filePathChanged, this, changed);
    connect(m_document, &Document::readOnlyChanged, this, changed);
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    applyInterval(intervalSeconds());
}

// Not discard(): a session that ends without closing its plan leaves it to recover.
Autosave::~Autosave() = default;

QString Autosave::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

int Autosave::intervalSeconds()
{
    return std::max(0, settings().value(kIntervalKey, kDefaultIntervalSeconds).toInt());
}

void Autosave::setIntervalSeconds(int seconds)
{
    settings().setValue(kIntervalKey, seconds);
    applyInterval(seconds);
}

void Autosave::applyInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive() || m_timer.interval() != seconds * 1000)
        m_timer.start(seconds * 1000);
}

void Autosave::populate(QMenu* menu)
{
    m_menu = menu->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("autosaveMenu"));
    auto* group = new QActionGroup(m_menu);
    for (int seconds : {0, 60, 120, 300, 600}) {
        QAction* action = m_menu->addAction(QString());
        action->setCheckable(true);
        action->setData(seconds);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { setIntervalSeconds(seconds); });
    }
    const auto showSetting = [group] {
        const int current = intervalSeconds();
        for (QAction* action : group->actions())
            action->setChecked(action->data().toInt() == current);
    };
    // Another window may have changed the setting.
    connect(m_menu, &QMenu::aboutToShow, this, showSetting);
    showSetting();
    retranslate();
}

void Autosave::retranslate()
{
    if (!m_menu)
        return;
    m_menu->setTitle(tr("A&utosave"));
    for (QAction* action : m_menu->actions()) {
        switch (action->data().toInt()) {
        case 0: action->setText(tr("Off")); break;
        case 60: action->setText(tr("Every Minute")); break;
        case 120: action->setText(tr("Every 2 Minutes")); break;
        case 300: action->setText(tr("Every 5 Minutes")); break;
        case 600: action->setText(tr("Every 10 Minutes")); break;
        default: break;
        }
    }
}

void Autosave::tick()
{
    const int seconds = intervalSeconds();
    applyInterval(seconds);
    if (seconds > 0 && m_dirty && m_document->isModified())
        writeNow();
}

bool Autosave::writeNow()
{
    QString error;
    if (!m_lock) {
        QDir().mkpath(folder());
        m_lock = tryLock(m_base);
        if (!m_lock) {
            Q_EMIT writeFailed(tr("Autosave failed: %1 cannot be locked.")
                                   .arg(QDir::toNativeSeparators(m_base + kLockSuffix)));
            return false;
        }
    }
    const QJsonObject info{
        {QStringLiteral("original"), m_document->filePath()},
        {QStringLiteral("name"), QString::fromStdString(m_document->topology().name())},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("originalHash"), QString::fromLatin1(m_file->hash().toHex())},
        {QStringLiteral("readOnly"), m_document->isReadOnly()},
    };
    // The plan before its description: a description always names a whole plan.
    if (!writeFileAtomically(m_base + kPlanSuffix, saveProject(m_document->topology()), &error) ||
        !writeFileAtomically(m_base + kInfoSuffix, QJsonDocument(info).toJson().toStdString(),
                             &error)) {
        Q_EMIT writeFailed(tr("Autosave failed: %1").arg(error));
        return false;
    }
    m_dirty = false;
    return true;
}

void Autosave::discard()
{
    QFile::remove(m_base + kInfoSuffix);
    QFile::remove(m_base + kPlanSuffix);
    m_lock.reset();
    m_dirty = true;
}

QString Autosave::recoveryPath() const
{
    return m_base + kPlanSuffix;
}

std::vector<RecoveryEntry> Autosave::orphans()
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(folder());
    const QStringList infos = dir.entryList({QStringLiteral("*") + kInfoSuffix}, QDir::Files);
    for (const QString& name : infos) {
        const QString base = dir.filePath(QFileInfo(name).completeBaseName());
        std::unique_ptr<QLockFile> lock = tryLock(base);
        if (!lock)
            continue; // a running session's
        QFile file(base + kInfoSuffix);
        const QJsonObject info = file.open(QIODevice::ReadOnly)
                                     ? QJsonDocument::fromJson(file.read(64 * 1024)).object()
                                     : QJsonObject();
        RecoveryEntry entry;
        entry.recoveryPath = base + kPlanSuffix;
        if (!QFileInfo(entry.recoveryPath).isFile()) {
            QFile::remove(base + kInfoSuffix);
            continue;
        }
        entry.originalPath = info.value(QStringLiteral("original")).toString();
        entry.projectName = info.value(QStringLiteral("name")).toString();
        entry.savedAt = QDateTime::fromString(info.value(QStringLiteral("saved")).toString(),
                                              Qt::ISODateWithMs);
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(entry.recoveryPath).lastModified();
        entry.originalHash =
            QByteArray::fromHex(info.value(QStringLiteral("originalHash")).toString().toLatin1());
        entry.readOnly = info.value(QStringLiteral("readOnly")).toBool();
        entry.lock = std::move(lock);
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.savedAt > b.savedAt; });
    return entries;
}

void Autosave::remove(const RecoveryEntry& entry)
{
    const QString base = entry.recoveryPath.chopped(kPlanSuffix.size());
    QFile::remove(base + kInfoSuffix);
    QFile::remove(entry.recoveryPath);
    if (entry.lock)
        entry.lock->unlock();
}

} // namespace edgeplan
