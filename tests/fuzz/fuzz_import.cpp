// libFuzzer target: the importers must refuse anything broken with
// diagnostics, never crash; a plan they make can be derived and checked and
// survives a save and a second load unchanged and gives well-formed XML
// outputs.

#include "catalog/CatalogReader.h"
#include "checks/Checks.h"
#include "import/FederationImport.h"
#include "import/Import.h"
#include "io/ProjectFile.h"
#include "rules/RuleEngine.h"
#include "XmlOutputs.h"

#include <fstream>
#include <sstream>

namespace {

const edgeplan::CatalogRegistry& registry()
{
    static const edgeplan::CatalogRegistry catalogs = [] {
        edgeplan::CatalogRegistry r;
        std::ifstream in(EDGEPLAN_EDGE_CATALOG_PATH);
        std::stringstream bytes;
        bytes << in.rdbuf();
        r.add(edgeplan::loadCatalog(bytes.str()).catalog);
        return r;
    }();
    return catalogs;
}

// A plan with one edge server, for the federation lists to join.
const edgeplan::Topology& basePlan()
{
    static const edgeplan::Topology plan = [] {
        edgeplan::Topology topology(registry().find(edgeplan::kImportCatalogId));
        topology.addComponent("edge-server", "edge01", "perimeter", {600, 120});
        return topology;
    }();
    return plan;
}

void checkResult(const edgeplan::ImportResult& result)
{
    if (!result.topology) {
        if (result.diagnostics.empty())
            __builtin_trap(); // refused without saying why
        return;
    }
    if (!result.diagnostics.empty())
        __builtin_trap(); // a plan despite problems
    edgeplan::deriveTables(*result.topology);
    edgeplan::runChecks(*result.topology);
    edgeplan::fuzz::requireWellFormedOutputs(*result.topology);
    const std::string saved = edgeplan::saveProject(*result.topology);
    const edgeplan::ProjectLoadResult again = edgeplan::loadProject(saved, registry());
    if (!again.topology || !(*again.topology == *result.topology))
        __builtin_trap(); // an imported plan does not survive its own file
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto catalog = registry().find(edgeplan::kImportCatalogId);
    checkResult(edgeplan::importTopology(bytes, catalog));
    checkResult(edgeplan::importFederationList(bytes, basePlan()));
    checkResult(edgeplan::importInputs({{"input", bytes}}, nullptr, catalog));
    return 0;
}
