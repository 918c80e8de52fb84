// libFuzzer target: the project loader must refuse anything broken with
// diagnostics, never crash, and a project it accepts must survive a save
// and a second load unchanged and give well-formed XML outputs.

#include "catalog/CatalogReader.h"
#include "checks/Checks.h"
#include "export/NamingExport.h"
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
        for (const char* path : {EDGEPLAN_CATALOG_PATH, EDGEPLAN_EDGE_CATALOG_PATH}) {
            std::ifstream in(path);
            std::stringstream bytes;
            bytes << in.rdbuf();
            r.add(edgeplan::loadCatalog(bytes.str()).catalog);
        }
        return r;
    }();
    return catalogs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const edgeplan::ProjectLoadResult result = edgeplan::loadProject(bytes, registry());
    if (!result.topology) {
        if (result.diagnostics.empty())
            __builtin_trap(); // refused without saying why
        return 0;
    }
    // Whatever loads can be derived and checked (pools, NAT, variants).
    edgeplan::deriveTables(*result.topology);
    edgeplan::runChecks(*result.topology);
    // DNS and certificate exports either refuse a name that is no DNS name or
    // write only DNS names: no line of a zone file or configuration breaks.
    edgeplan::exportDnsCsv(*result.topology, edgeplan::Lang::Ja);
    edgeplan::exportCertificatesCsv(*result.topology, edgeplan::Lang::En);
    for (auto write : {edgeplan::exportDnsZones, edgeplan::exportOpensslConfigs}) {
        try {
            for (const edgeplan::ExportFile& file : write(*result.topology))
                for (const char c : file.content)
                    if (c == '\r' || c == '\0')
                        __builtin_trap(); // a name broke out of its line
        } catch (const edgeplan::ExportError&) {
        }
    }
    edgeplan::fuzz::requireWellFormedOutputs(*result.topology);
    const std::string saved = edgeplan::saveProject(*result.topology);
    const edgeplan::ProjectLoadResult again = edgeplan::loadProject(saved, registry());
    if (!again.topology || !(*again.topology == *result.topology))
        __builtin_trap(); // a round trip changed the plan
    return 0;
}
