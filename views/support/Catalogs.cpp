#include "support/Catalogs.h"

#include "base/Messages.h"
#include "catalog/CatalogReader.h"
#include "support/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace edgeplan {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// The first is the default: the seed's catalog.
const char* const kBuiltInCatalogs[] = {":/catalogs/lync2013-federation.json",
                                        ":/catalogs/lync2013-edge.json"};

// The system's reason for a failed step on `file`: strerror(error) when the
// step left one in errno, else the file's own errorString().
QString systemReason(int error, const QFileDevice& file)
{
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString();
}

} // namespace

Catalogs Catalogs::builtIn()
{
    Catalogs catalogs;
    for (const char* path : kBuiltInCatalogs) {
        std::string bytes;
        QString error;
        if (!readFileBytes(QString::fromLatin1(path), &bytes, &error))
            qFatal("built-in catalog %s: %s", path, qPrintable(error));
        const CatalogLoadResult result = loadCatalog(bytes);
        if (!result.catalog)
            qFatal("built-in catalog %s is broken:\n%s", path,
                   joinDiagnostics(result.diagnostics, "  ").c_str());
        if (!catalogs.m_default)
            catalogs.m_default = result.catalog;
        catalogs.m_registry.add(result.catalog);
    }
    return catalogs;
}

bool Catalogs::addFile(const QString& path, QStringList* errors)
{
    std::string bytes;
    QString error;
    if (!readFileBytes(path, &bytes, &error)) {
        errors->append(error);
        return false;
    }
    const CatalogLoadResult result = loadCatalog(bytes);
    if (!result.catalog) {
        errors->append(diagnosticLines(result.diagnostics, path));
        return false;
    }
    m_registry.add(result.catalog);
    m_default = result.catalog;
    return true;
}

bool readFileBytes(const QString& path, std::string* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("edgeplan", "%1: cannot open: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = QCoreApplication::translate("edgeplan", "%1: the file is larger than 64 MiB")
                     .arg(path);
        return false;
    }
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes) {
        *error = QCoreApplication::translate("edgeplan", "%1: the file is larger than 64 MiB")
                     .arg(path);
        return false;
    }
    bytes->assign(data.constData(), static_cast<size_t>(data.size()));
    return true;
}

bool writeFileAtomically(const QString& path, const std::string& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("edgeplan", "%1: cannot write: %2")
                     .arg(path, file.errorString());
        return false;
    }
    const auto size = static_cast<qint64>(bytes.size());
    // Flush before commit: Qt 6.4's commit renames the file into place even
    // when its own flush of the buffered bytes fails (a full disk), leaving a
    // truncated file where the old one was. A short write (the disk filled
    // up during it) leaves Qt's errorString() at "Unknown error": the reason
    // is the system's, in errno, read right after each step.
    errno = 0;
    bool written = file.write(bytes.data(), size) == size;
    if (written) {
        errno = 0;
        written = file.flush();
    }
    if (written) {
        errno = 0;
        written = file.commit();
    }
    const int failure = errno; // before anything else can set it
    if (!written) {
        *error = QCoreApplication::translate("edgeplan", "%1: cannot write: %2")
                     .arg(path, systemReason(failure, file));
        file.cancelWriting();
        return false;
    }
    return true;
}

QStringList diagnosticLines(const Diagnostics& diagnostics, const QString& file, Lang lang)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(QStringLiteral("%1: %2").arg(file, QString::fromStdString(diagnosticString(d, lang))));
    return lines;
}

} // namespace edgeplan

namespace edgeplan {

std::unique_ptr<Topology> loadProjectFile(const QString& path, const CatalogRegistry& catalogs,
                                          QStringList* errors)
{
    ProjectFileRead read = readProjectFile(path, catalogs);
    errors->append(read.errors);
    return std::move(read.topology);
}

ProjectFileRead readProjectFile(const QString& path, const CatalogRegistry& catalogs,
                                const ProjectLoadOptions& options)
{
    ProjectFileRead read;
    QString error;
    if (!readFileBytes(path, &read.bytes, &error)) {
        read.errors.append(error);
        return read;
    }
    ProjectLoadResult result = loadProject(read.bytes, catalogs, options);
    if (!result.topology) {
        read.errors.append(diagnosticLines(result.diagnostics, path));
        return read;
    }
    read.topology = std::move(result.topology);
    read.newerVersion = result.newerVersion;
    read.version = result.version;
    return read;
}

} // namespace edgeplan

namespace edgeplan {

QStringList diagnosticLines(const Diagnostics& diagnostics, const QString& file)
{
    return diagnosticLines(diagnostics, file, installedLanguage());
}

} // namespace edgeplan
