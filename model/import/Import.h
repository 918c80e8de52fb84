#pragma once

#include "base/Localized.h"
#include "lync/TopologyImport.h"

#include <string>
#include <vector>

namespace edgeplan {

enum class ImportFormat { Unknown, Topology, FederationList };

// Told from the content, never the name: XML is a topology, a CSV whose
// header is one of FederationImport's lists a federation list.
ImportFormat detectImportFormat(const std::string& bytes);

struct ImportInput
{
    std::string name; // for messages: the file's name
    std::string bytes;
};

// Imports the inputs in one go: the topology file, at most one, makes the
// plan unless `into` is given (then none may be), and the federation lists
// are added to it. Each diagnostic's place starts with its input's name;
// any problem in any input leaves the result without a plan.
// `catalog` and `choices` as importTopology takes them.
ImportResult importInputs(const std::vector<ImportInput>& inputs, const Topology* into,
                          std::shared_ptr<const Catalog> catalog, const CatalogRegistry* choices = nullptr);

// What a consultant does with a report entry: read what the plan now holds
// (created, and its settings), check the notes kept on components, know what
// the plan leaves out (not modelled), and look into the warnings.
enum class ReportGroup { Created, Settings, Notes, NotModelled, Warnings };
inline constexpr ReportGroup kReportGroups[] = {ReportGroup::Created, ReportGroup::Settings, ReportGroup::Notes,
                                                ReportGroup::NotModelled, ReportGroup::Warnings};

// By the entry's code; a code no group names is a warning.
ReportGroup reportGroup(const Diagnostic& entry);
// "Created", "Settings", "Kept as notes", "Not modelled", "Warnings".
std::string reportGroupTitle(ReportGroup group, Lang lang);

// The report in the language, by group in kReportGroups' order: a title line
// per group that has entries ("Created (4)"), then its entries, each
// "  input: what was done" with the CSV line where a row made it.
std::vector<std::string> reportLines(const ImportResult& result, Lang lang);

} // namespace edgeplan
