// libFuzzer target: the catalog loader refuses anything broken with
// diagnostics and never crashes.

#include "Catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const edgeplan::CatalogLoadResult result = edgeplan::loadCatalog(bytes);
    if (!result.catalog && result.diagnostics.empty())
        __builtin_trap();
    if (result.catalog) {
        // Every rule the loader accepted names roles the catalog has.
        for (const edgeplan::Rule& rule : result.catalog->rules)
            for (const std::string& role : rule.from.roles)
                if (!result.catalog->role(role))
                    __builtin_trap();
    }
    return 0;
}
