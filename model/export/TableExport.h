#pragma once

#include "rules/TableView.h"

#include <string>

namespace edgeplan {

struct ExportOptions
{
    Lang lang = Lang::En;
    std::string firewallId; // empty: every firewall
    bool merge = false;     // one row per firewall, direction, ends, transport and protocol
    // The rows from named sources that a row from Any covers: left out (the
    // default) or kept, each marked "covered by row N".
    CoveredRows covered = CoveredRows::Fold;
};

// The rows an export writes: one per opening (rowViews), numbered, or
// merged (see mergeRows).
std::vector<RowView> exportRows(const Topology& topology, const RuleTables& tables,
                                const ExportOptions& options);

// The opening lines every generated file carries: which project and catalog
// it comes from, and that it is a draft to review. No line breaks inside.
std::vector<std::string> generatedNotice(const Topology& topology, Lang lang);

// Per-firewall tables as aligned text for a terminal, every value shown by
// terminalText (a name's line break or escape sequence does not act).
std::string exportRulesText(const Topology& topology, const ExportOptions& options);
// RFC 4180 CSV, UTF-8 with a byte-order mark, cells that Excel would read
// as formulas neutralised with a leading apostrophe.
std::string exportRulesCsv(const Topology& topology, const ExportOptions& options);
std::string exportRulesMarkdown(const Topology& topology, const ExportOptions& options);
// {"format":"edgeplan-rules","version":1,...}
std::string exportRulesJson(const Topology& topology, const ExportOptions& options);

std::string csvCell(const std::string& value);
std::string markdownCell(const std::string& value);

} // namespace edgeplan
