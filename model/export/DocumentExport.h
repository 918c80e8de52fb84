#pragma once

#include "export/TableExport.h"

#include <string>

namespace edgeplan {

// One self-contained HTML file (inline CSS, no scripts) with a table per
// firewall, every text escaped; prints on A4.
std::string exportRulesHtml(const Topology& topology, const ExportOptions& options);

// A diagrams.net (draw.io) file, uncompressed mxGraph XML: zones as
// containers, components as shapes, links as edges labelled with their ports.
std::string exportDrawio(const Topology& topology, const ExportOptions& options);

// Writes the rule tables as an Excel workbook (libxlsxwriter): a summary
// sheet and one sheet per firewall. Written to a temporary file beside
// `path` and renamed, so a failure leaves `path` as it was. Returns an
// English error, empty on success.
std::string exportRulesXlsx(const Topology& topology, const ExportOptions& options,
                            const std::string& path);

} // namespace edgeplan
