#pragma once

#include "io/ProjectFile.h"

#include <QString>
#include <QStringList>

namespace edgeplan {

// The catalogs built into the program (Qt resources), plus any loaded from
// files given with --catalog.
class Catalogs
{
public:
    // Loads every built-in catalog; a broken built-in is a programming error
    // and aborts with its diagnostics.
    static Catalogs builtIn();

    // Adds the catalog in `path`; false with every problem in `errors`.
    bool addFile(const QString& path, QStringList* errors);

    const CatalogRegistry& registry() const { return m_registry; }
    std::shared_ptr<const Catalog> defaultCatalog() const { return m_default; }

private:
    CatalogRegistry m_registry;
    std::shared_ptr<const Catalog> m_default;
};

// Reads a whole file for a loader, refusing one over the size limit.
bool readFileBytes(const QString& path, std::string* bytes, QString* error);

// Writes atomically through QSaveFile: on any failure the old file stays as
// it was, and the message names the file and the system's reason.
bool writeFileAtomically(const QString& path, const std::string& bytes, QString* error);

// "file: where: message" for each diagnostic, in the program's language.
QStringList diagnosticLines(const Diagnostics& diagnostics, const QString& file);
QStringList diagnosticLines(const Diagnostics& diagnostics, const QString& file, Lang lang);

} // namespace edgeplan

namespace edgeplan {

// Reads and loads a project file; null with every problem (file and place)
// in `errors` when it cannot be opened or is not a valid project.
std::unique_ptr<Topology> loadProjectFile(const QString& path, const CatalogRegistry& catalogs,
                                          QStringList* errors);

struct ProjectFileRead
{
    std::unique_ptr<Topology> topology; // null when errors is not empty
    QStringList errors;
    bool newerVersion = false; // only with acceptNewerVersion
    int version = 0;
    std::string bytes; // as read, for telling later whether the file changed
};

// As loadProjectFile, with the options and all a window needs to know.
ProjectFileRead readProjectFile(const QString& path, const CatalogRegistry& catalogs,
                                const ProjectLoadOptions& options = {});

} // namespace edgeplan
