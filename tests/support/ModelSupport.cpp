// ModelSupport.h for the model tests: the resources from the source tree
// (EDGEPLAN_RESOURCES), so that no test of the model needs the views.

#include "ModelSupport.h"

#include <QDir>

namespace edgeplan::test {

namespace {

QString sourcePath(const QString& path)
{
    if (path.startsWith(QLatin1String(":/")))
        return QStringLiteral(EDGEPLAN_RESOURCES) + path.mid(1);
    return path;
}

} // namespace

std::string resourceBytes(const QString& path)
{
    return fileBytes(sourcePath(path));
}

const CatalogRegistry& registry()
{
    static const CatalogRegistry catalogs = [] {
        CatalogRegistry result;
        const QDir folder(QStringLiteral(EDGEPLAN_RESOURCES "/catalogs"));
        for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const CatalogLoadResult loaded = loadCatalog(fileBytes(folder.filePath(name)));
            if (!loaded.catalog)
                qFatal("%s does not load: %s", qPrintable(name), joinDiagnostics(loaded.diagnostics, "").c_str());
            result.add(loaded.catalog);
        }
        return result;
    }();
    return catalogs;
}

} // namespace edgeplan::test
