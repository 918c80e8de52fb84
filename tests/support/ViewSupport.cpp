// TestSupport.h for the tests of the views and the app: the program's own
// Qt resources.

#include "TestSupport.h"

namespace edgeplan::test {

std::string resourceBytes(const QString& path)
{
    return fileBytes(path);
}

const Catalogs& builtInCatalogs()
{
    static const Catalogs catalogs = Catalogs::builtIn();
    return catalogs;
}

const CatalogRegistry& registry()
{
    return builtInCatalogs().registry();
}

} // namespace edgeplan::test
