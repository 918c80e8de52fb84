#pragma once

// Helpers shared by the tests of the views and the app: those of the model
// tests (ModelSupport.h), read from the program's own resources, and the
// built-in catalogs as the views hold them.

#include "ModelSupport.h"
#include "support/Catalogs.h"

namespace edgeplan::test {

const Catalogs& builtInCatalogs();

} // namespace edgeplan::test
