#include "export/SafeOutput.h"

#include "export/NamingExport.h"
#include "support/Catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <set>

namespace edgeplan {

const char* const kFolderManifest = ".edgeplan-export";

namespace {

struct SafeOutput
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::SafeOutput)
};

struct FileIdentity
{
    dev_t device;
    ino_t inode;
    bool operator==(const FileIdentity&) const = default;
};

// The file that `path` names, links followed; nullopt when there is none.
std::optional<FileIdentity> identity(const QString& path)
{
    struct stat status;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino};
}

// Whether one of the folders above `path` (as written, and once its links
// are resolved) is `folder`.
bool liesInside(const QString& path, const FileIdentity& folder)
{
    const QFileInfo info(path);
    for (QString dir : {QDir::cleanPath(info.absolutePath()), QFileInfo(info.canonicalFilePath()).absolutePath()}) {
        while (!dir.isEmpty()) {
            if (identity(dir) == folder)
                return true;
            const QString up = QFileInfo(dir).absolutePath();
            if (up == dir)
                break;
            dir = up;
        }
    }
    return false;
}

// The process's umask, which a new folder's permissions honour.
std::filesystem::perms umaskValue()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return std::filesystem::perms(mask);
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString cannotWrite(const QString& path, const std::error_code& error)
{
    return QCoreApplication::translate("edgeplan", "%1: cannot write: %2")
        .arg(path, QString::fromLocal8Bit(error.message().c_str()));
}

std::set<QString> manifestNames(const QString& folder)
{
    std::set<QString> names;
    std::string bytes;
    QString ignored;
    const QString manifest = QDir(folder).filePath(QString::fromLatin1(kFolderManifest));
    if (QFileInfo(manifest).isFile() && readFileBytes(manifest, &bytes, &ignored))
        for (const QString& line : QString::fromStdString(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            names.insert(line);
    return names;
}

// The entries of `folder` that neither this export nor an earlier one wrote.
QStringList strangers(const QString& folder, const std::set<QString>& written)
{
    const std::set<QString> listed = manifestNames(folder);
    QStringList result;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const bool ours = written.count(entry.fileName()) || listed.count(entry.fileName());
        if (!ours || entry.isSymLink() || !entry.isFile())
            result << entry.fileName();
    }
    return result;
}

} // namespace

QString outputOverwritesInput(const QString& output, const QStringList& inputs)
{
    const std::optional<FileIdentity> target = identity(output);
    if (!target)
        return {};
    const bool folder = QFileInfo(output).isDir();
    for (const QString& input : inputs) {
        const std::optional<FileIdentity> read = identity(input);
        if (!read)
            continue;
        if (read == target)
            return SafeOutput::tr("%1 is the same file as %2, an input: it would be overwritten; "
                                  "choose another output")
                .arg(output, input);
        if (folder && liesInside(input, *target))
            return SafeOutput::tr("the folder %1 holds %2, an input: it would be replaced; "
                                  "choose another output")
                .arg(output, input);
    }
    return {};
}

bool writeFolderAtomically(const QString& path, const std::vector<ExportFile>& files, QString* error)
{
    const QFileInfo given(path);
    if (given.exists() && !given.isDir()) {
        *error = SafeOutput::tr("%1 is a file: the export writes a folder").arg(path);
        return false;
    }
    // A link to a folder: the folder it names is the one replaced.
    const QString target = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QCoreApplication::translate("edgeplan::PlanExporter", "%1: cannot create the folder")
                     .arg(parent);
        return false;
    }
    std::set<QString> names{QString::fromLatin1(kFolderManifest)};
    for (const ExportFile& file : files)
        names.insert(QString::fromStdString(file.name));
    if (given.exists()) {
        const QStringList others = strangers(target, names);
        if (!others.isEmpty()) {
            const QStringList shown = others.mid(0, 5);
            *error = SafeOutput::tr("%1 holds files that the export did not write (%2): nothing was "
                                    "written; move them away or choose another folder")
                         .arg(path, shown.join(QStringLiteral(", ")) +
                                        (others.size() > shown.size() ? QStringLiteral(", …") : QString()));
            return false;
        }
    }

    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".%1.XXXXXX").arg(QFileInfo(target).fileName())));
    if (!staging.isValid()) {
        *error = QCoreApplication::translate("edgeplan", "%1: cannot write: %2").arg(path, staging.errorString());
        return false;
    }
    std::string manifest;
    for (const ExportFile& file : files) {
        const QString name = QString::fromStdString(file.name);
        if (!writeFileAtomically(staging.filePath(name), file.content, error)) {
            // The message names the file where it was to go, not the staging folder.
            error->replace(staging.path(), target);
            return false;
        }
        manifest += file.name + "\n";
    }
    if (!writeFileAtomically(staging.filePath(QString::fromLatin1(kFolderManifest)), manifest, error)) {
        error->replace(staging.path(), target);
        return false;
    }
    // The new folder gets the old one's permissions, or a new folder's.
    std::error_code failed;
    const auto permissions = given.exists() ? std::filesystem::status(fsPath(target), failed).permissions()
                                            : std::filesystem::perms::all & ~umaskValue();
    std::filesystem::permissions(fsPath(staging.path()), permissions, failed);

    if (!given.exists()) {
        std::filesystem::rename(fsPath(staging.path()), fsPath(target), failed);
        if (failed) {
            *error = cannotWrite(path, failed);
            return false;
        }
        staging.setAutoRemove(false);
        return true;
    }
    const QString aside = staging.path() + QStringLiteral(".old");
    std::filesystem::rename(fsPath(target), fsPath(aside), failed);
    if (failed) {
        *error = cannotWrite(path, failed);
        return false;
    }
    std::filesystem::rename(fsPath(staging.path()), fsPath(target), failed);
    if (failed) {
        *error = cannotWrite(path, failed);
        std::error_code ignored;
        std::filesystem::rename(fsPath(aside), fsPath(target), ignored);
        return false;
    }
    staging.setAutoRemove(false);
    QDir(aside).removeRecursively();
    return true;
}

} // namespace edgeplan
