#pragma once

#include "base/Diagnostic.h"
#include "catalog/Catalog.h"

namespace edgeplan {

// What a catalog's entries say of each other, once each is read: ids unique
// and not empty, every zone, role, interface, property, scenario, service,
// variant and rule they name known, flows' steps and name templates sound.
// Adds a Diagnostic with the JSON pointer of each problem; the references
// first, then (when they hold) the flows, then the naming sections.
void validateCatalog(const Catalog& catalog, Diagnostics& diagnostics);

} // namespace edgeplan
