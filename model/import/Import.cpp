#include "import/Import.h"

#include "base/Messages.h"

#include "import/FederationImport.h"
#include "io/CsvReader.h"

namespace edgeplan {

ImportFormat detectImportFormat(const std::string& bytes)
{
    Diagnostics ignored;
    const auto text = decodeText(bytes, ignored);
    if (!text)
        return ImportFormat::Unknown;
    const size_t first = text->find_first_not_of(" \t\r\n");
    if (first != std::string::npos && (*text)[first] == '<')
        return ImportFormat::Topology;
    return looksLikeFederationText(*text) ? ImportFormat::FederationList : ImportFormat::Unknown;
}

namespace {

void addFrom(ImportResult& result, ImportResult&& part, const std::string& name)
{
    for (Diagnostic& d : part.diagnostics) {
        d.where = d.where.empty() ? name : name + ": " + d.where;
        result.diagnostics.push_back(std::move(d));
    }
    for (Diagnostic& line : part.report) {
        line.where = line.where.empty() ? name : name + ": " + line.where;
        result.report.push_back(std::move(line));
    }
}

} // namespace

ReportGroup reportGroup(const Diagnostic& entry)
{
    static const std::pair<const char*, ReportGroup> kByPrefix[] = {
        {"import.created-", ReportGroup::Created},
        {"import.added-", ReportGroup::Created},
        {"import.scenario-on", ReportGroup::Created},
        {"import.scenarios", ReportGroup::Settings},
        {"import.no-scenarios", ReportGroup::Settings},
        {"import.variant", ReportGroup::Settings}, // not import.variant-kept: see below
        {"import.nat", ReportGroup::Settings},
        {"import.moved-port", ReportGroup::Settings},
        {"import.xmpp-gateway", ReportGroup::Settings},
        {"import.version", ReportGroup::Settings},
        {"import.simple-url", ReportGroup::Settings},
        {"import.site-", ReportGroup::Settings},
        {"import.catalog-chosen", ReportGroup::Settings},
        {"import.kept-note", ReportGroup::Notes},
        {"import.not-modelled", ReportGroup::NotModelled},
        {"import.sql-always-on", ReportGroup::NotModelled},
        {"import.sql-mirror", ReportGroup::NotModelled},
        {"import.simple-url-others", ReportGroup::NotModelled},
    };
    // Warnings whatever their prefix says: a product not given is as much a
    // guess as one unknown.
    static const char* const kWarnings[] = {"import.variant-kept",       "import.nat-no-address",
                                            "import.version-none",       "import.version-unknown",
                                            "import.version-unreadable", "import.simple-url-unreadable"};
    for (const char* code : kWarnings)
        if (entry.code == code)
            return ReportGroup::Warnings;
    const ReportGroup* best = nullptr;
    size_t bestLength = 0;
    for (const auto& [prefix, group] : kByPrefix) {
        const size_t length = std::char_traits<char>::length(prefix);
        if (entry.code.compare(0, length, prefix) == 0 && length > bestLength) {
            best = &group;
            bestLength = length;
        }
    }
    return best ? *best : ReportGroup::Warnings;
}

std::string reportGroupTitle(ReportGroup group, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    switch (group) {
    case ReportGroup::Created:
        return ja ? "作成したもの" : "Created";
    case ReportGroup::Settings:
        return ja ? "プランの設定" : "Settings";
    case ReportGroup::Notes:
        return ja ? "コンポーネントのメモとして残したもの" : "Kept as notes on components";
    case ReportGroup::NotModelled:
        return ja ? "モデル化していないもの" : "Not modelled";
    case ReportGroup::Warnings:
        return ja ? "警告" : "Warnings";
    }
    return {};
}

std::vector<std::string> reportLines(const ImportResult& result, Lang lang)
{
    std::vector<std::string> lines;
    lines.reserve(result.report.size() + std::size(kReportGroups));
    for (const ReportGroup group : kReportGroups) {
        std::vector<std::string> entries;
        for (const Diagnostic& entry : result.report)
            if (reportGroup(entry) == group)
                entries.push_back("  " + diagnosticString(entry, lang));
        if (entries.empty())
            continue;
        lines.push_back(reportGroupTitle(group, lang) + " (" + std::to_string(entries.size()) + ")");
        lines.insert(lines.end(), entries.begin(), entries.end());
    }
    return lines;
}

ImportResult importInputs(const std::vector<ImportInput>& inputs, const Topology* into,
                          std::shared_ptr<const Catalog> catalog, const CatalogRegistry* choices)
{
    ImportResult result;
    auto fail = [&](const std::string& where, const std::string& code, const std::string& message) {
        result.diagnostics.push_back({code, where, {}, message});
    };
    std::vector<const ImportInput*> topologies;
    std::vector<const ImportInput*> lists;
    for (const ImportInput& input : inputs) {
        switch (detectImportFormat(input.bytes)) {
        case ImportFormat::Topology:
            topologies.push_back(&input);
            break;
        case ImportFormat::FederationList:
            lists.push_back(&input);
            break;
        case ImportFormat::Unknown:
            fail(input.name, "import.format",
                 "neither a Lync topology (XML) nor a federation list exported with Export-Csv");
            break;
        }
    }
    if (inputs.empty())
        fail("", "import.no-input", "nothing to import");
    if (topologies.size() > 1)
        fail(topologies[1]->name, "import.two-topologies", "only one topology file can be imported at a time");
    if (!topologies.empty() && into)
        fail(topologies.front()->name, "import.topology-into",
             "a topology makes a new plan; it cannot be imported into another");
    if (topologies.empty() && !into && !lists.empty())
        fail(lists.front()->name, "import.list-alone",
             "a federation list is added to a plan: give the plan, or a topology file with it");
    if (!result.diagnostics.empty())
        return result;

    std::unique_ptr<Topology> plan;
    if (!topologies.empty()) {
        ImportResult part = importTopology(topologies.front()->bytes, catalog, choices);
        plan = std::move(part.topology);
        addFrom(result, std::move(part), topologies.front()->name);
    }
    for (const ImportInput* list : lists) {
        const Topology* base = plan ? plan.get() : into;
        if (!base)
            break;
        ImportResult part = importFederationList(list->bytes, *base);
        if (part.topology)
            plan = std::move(part.topology);
        addFrom(result, std::move(part), list->name);
    }
    if (result.diagnostics.empty())
        result.topology = std::move(plan);
    else
        result.report.clear();
    return result;
}

} // namespace edgeplan
