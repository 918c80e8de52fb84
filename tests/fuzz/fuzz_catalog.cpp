// libFuzzer target: the catalog loader refuses anything broken with
// diagnostics and never crashes; a plan on a catalog it accepts, with a
// component of each role, gives well-formed XML outputs (the catalog's
// names and notes reach them all).

#include "catalog/CatalogReader.h"
#include "plan/Topology.h"
#include "XmlOutputs.h"

namespace {

void requireWellFormedPlan(const std::shared_ptr<const edgeplan::Catalog>& catalog)
{
    edgeplan::Topology topology(catalog);
    for (const edgeplan::Scenario& scenario : catalog->scenarios)
        topology.setScenarioEnabled(scenario.id, true);
    edgeplan::ComponentId previous;
    double x = 0;
    for (const edgeplan::RoleDef& role : catalog->roles) {
        try {
            const edgeplan::ComponentId id =
                topology.addComponent(role.id, role.name.text(edgeplan::Lang::En), role.defaultZone, {x, 0});
            x += 200;
            if (previous.isValid())
                topology.addLink(previous, id);
            previous = id;
        } catch (const edgeplan::EditError&) {
            // A role the plan cannot hold as it is (a pool member, say): left out.
        }
    }
    edgeplan::fuzz::requireWellFormedOutputs(topology);
}

} // namespace

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
        requireWellFormedPlan(result.catalog);
    }
    return 0;
}
