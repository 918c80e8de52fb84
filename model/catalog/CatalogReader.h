#pragma once

#include "base/Diagnostic.h"
#include "catalog/Catalog.h"

#include <memory>
#include <string>

namespace edgeplan {

struct CatalogLoadResult
{
    std::shared_ptr<const Catalog> catalog; // null when diagnostics is not empty
    Diagnostics diagnostics;
};

// Reads a catalog and checks it against its schema: every problem is
// reported with the JSON pointer of the entry concerned.
CatalogLoadResult loadCatalog(const std::string& bytes);

} // namespace edgeplan
