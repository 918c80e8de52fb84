// make bench: how Edgeplan's model scales, each figure a ratio against a
// baseline measured in the same process, so that it holds on a noisy
// machine. Times are the median of several runs (steady_clock). Nothing here
// passes or fails: the table says which goals are met.
//
//   edgeplan_bench [--reps R] [--sites N --partners M]

#include "Generator.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "TableExport.h"
#include "TableView.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace edgeplan;

namespace {

// Keeps the optimiser from dropping work whose result is unused.
volatile size_t g_sink = 0;

double medianMs(int repetitions, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "edgeplan_bench: cannot read %s\n", path.c_str());
        std::exit(1);
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string milliseconds(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ms < 10 ? "%.3f ms" : "%.1f ms", ms);
    return buffer;
}

std::string ratio(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f\u00d7", value);
    return buffer;
}

struct Row
{
    std::string figure;
    std::string measured;
    std::string baseline;
    std::string ratio;
    std::string goal;
    std::string met;
};

void printTable(const std::vector<Row>& rows)
{
    std::printf("| figure | measured | baseline | ratio | goal | met |\n");
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf("| %s | %s | %s | %s | %s | %s |\n", r.figure.c_str(), r.measured.c_str(),
                    r.baseline.c_str(), r.ratio.c_str(), r.goal.c_str(), r.met.c_str());
}

struct Plan
{
    std::string bytes;
    std::unique_ptr<Topology> topology;
};

Plan makePlan(const std::shared_ptr<const Catalog>& catalog, int sites, int partners)
{
    Plan plan;
    plan.bytes = saveProject(*generatePlan(catalog, {sites, partners, 1}));
    CatalogRegistry registry;
    registry.add(catalog);
    auto loaded = loadProject(plan.bytes, registry);
    if (!loaded.topology) {
        std::fprintf(stderr, "edgeplan_bench: the generated plan does not load\n");
        std::exit(1);
    }
    plan.topology = std::move(loaded.topology);
    return plan;
}

// The baseline of the CSV export: the same rows, each field written as it
// is, with nothing quoted and nothing derived.
void writeRowsPlain(std::FILE* file, const std::vector<RowView>& rows)
{
    for (const RowView& r : rows)
        std::fprintf(file, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", r.firewallName.c_str(),
                     r.direction.c_str(), r.scenario.c_str(), r.service.c_str(), r.protocol.c_str(),
                     r.transport.c_str(), r.ports.c_str(), r.source.component.c_str(),
                     r.source.address.c_str(), r.destination.component.c_str(),
                     r.destination.address.c_str(), r.note.c_str(), r.reference.c_str());
    std::fflush(file);
}

} // namespace

int main(int argc, char** argv)
{
    int repetitions = 5;
    // About 10,000 components and 20,000 links (6 components and 9 links a
    // site, 1 component and 3 links a partner, on average).
    int sites = 1111;
    int partners = 3333;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--reps"))
            repetitions = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--sites"))
            sites = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--partners"))
            partners = std::max(0, std::atoi(argv[i + 1]));
    }

    const CatalogLoadResult catalogLoad =
        loadCatalog(readFile(EDGEPLAN_SOURCE_DIR "/resources/catalogs/lync2013-federation.json"));
    if (!catalogLoad.catalog) {
        std::fprintf(stderr, "edgeplan_bench: the built-in catalog does not load\n");
        return 1;
    }
    CatalogRegistry registry;
    registry.add(catalogLoad.catalog);

    const Plan large = makePlan(catalogLoad.catalog, sites, partners);
    const Plan small = makePlan(catalogLoad.catalog, std::max(1, sites / 10), partners / 10);
    const size_t components = large.topology->components().size();
    const size_t links = large.topology->links().size();
    const size_t smallLinks = small.topology->links().size();
    std::printf("edgeplan_bench: %s build, median of %d runs; plan of %zu components, %zu links "
                "(%d sites, %d partners, seed 1), %zu bytes\n\n",
                EDGEPLAN_BUILD_TYPE, repetitions, components, links, sites, partners, large.bytes.size());

    std::vector<Row> rows;

    // Load: the whole loader against nlohmann::json's parse of the same bytes.
    const double parseMs =
        medianMs(repetitions, [&] { g_sink = g_sink + nlohmann::json::parse(large.bytes).size(); });
    const double loadMs = medianMs(repetitions, [&] {
        g_sink = g_sink + loadProject(large.bytes, registry).topology->components().size();
    });
    rows.push_back({"load the project into the model", milliseconds(loadMs),
                    "json::parse " + milliseconds(parseMs), ratio(loadMs / parseMs), "\u2264 1.5\u00d7",
                    loadMs / parseMs <= 1.5 ? "yes" : "no"});

    // Derivation: linear if ten times the links cost at most twelve times the time.
    const double deriveSmallMs =
        medianMs(repetitions, [&] { g_sink = g_sink + deriveTables(*small.topology).ruleCount(); });
    const double deriveMs =
        medianMs(repetitions, [&] { g_sink = g_sink + deriveTables(*large.topology).ruleCount(); });
    const double growth = deriveMs / deriveSmallMs;
    const double linkRatio = double(links) / double(smallLinks);
    char perLink[96];
    std::snprintf(perLink, sizeof perLink, "%s (%.2f \u00b5s a link)", milliseconds(deriveMs).c_str(),
                  deriveMs * 1000 / double(links));
    char perSmallLink[128];
    std::snprintf(perSmallLink, sizeof perSmallLink, "%zu links: %s (%.2f \u00b5s a link)", smallLinks,
                  milliseconds(deriveSmallMs).c_str(), deriveSmallMs * 1000 / double(smallLinks));
    char derivedRatio[64];
    std::snprintf(derivedRatio, sizeof derivedRatio, "%s for %.1f\u00d7 the links", ratio(growth).c_str(),
                  linkRatio);
    rows.push_back({"derive every firewall table", perLink, perSmallLink, derivedRatio,
                    "\u2264 12\u00d7 for 10\u00d7 the links", growth <= 1.2 * linkRatio ? "yes" : "no"});

    // CSV: the exporter (which derives the tables itself) against the same
    // number of rows written with fprintf, both into a temporary file.
    const ExportOptions csvOptions;
    const std::vector<RowView> views =
        rowViews(*large.topology, deriveTables(*large.topology), csvOptions.lang);
    std::FILE* file = std::tmpfile();
    if (!file) {
        std::fprintf(stderr, "edgeplan_bench: no temporary file\n");
        return 1;
    }
    const double fprintfMs = medianMs(repetitions, [&] {
        std::rewind(file);
        writeRowsPlain(file, views);
    });
    const double csvMs = medianMs(repetitions, [&] {
        const std::string csv = exportRulesCsv(*large.topology, csvOptions);
        std::rewind(file);
        std::fwrite(csv.data(), 1, csv.size(), file);
        std::fflush(file);
    });
    std::fclose(file);
    char csvBaseline[96];
    std::snprintf(csvBaseline, sizeof csvBaseline, "fprintf of %zu rows %s", views.size(),
                  milliseconds(fprintfMs).c_str());
    rows.push_back({"export it as CSV", milliseconds(csvMs), csvBaseline, ratio(csvMs / fprintfMs),
                    "\u2264 2\u00d7", csvMs / fprintfMs <= 2 ? "yes" : "no"});

    for (const char* later : {"build the scene", "paint the scene (fit, 100 %)", "drag a component with 100 links",
                              "one edit's rule derivation", "peak memory in the window",
                              "start to first painted window"})
        rows.push_back({later, "not measured yet", "", "", "", ""});

    printTable(rows);
    return 0;
}
