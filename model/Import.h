#pragma once

#include "Localized.h"
#include "TopologyImport.h"

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
ImportResult importInputs(const std::vector<ImportInput>& inputs, const Topology* into,
                          std::shared_ptr<const Catalog> catalog);

// The report, one line per entry in the language: "input: what was done",
// with the CSV line where a row made it.
std::vector<std::string> reportLines(const ImportResult& result, Lang lang);

} // namespace edgeplan
