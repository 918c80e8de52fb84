#pragma once

// The one list of the formats Edgeplan writes, in menu order: the command
// line (`export --format`, its help), the Export dialog and the exporter
// (views/export/PlanExporter) all read it. Adding a format is a row here
// (docs/ARCHITECTURE.md, "Where to add").

#include "export/NamingExport.h"
#include "export/TableExport.h"

#include <string>
#include <vector>

namespace edgeplan {

// How a format is written: text or a folder of files by the model alone (its
// function below), the workbook by libxlsxwriter, a diagram or the report by
// the views (they need Qt to draw).
enum class ExportKind { Text, Folder, Workbook, Diagram, Report };

struct ExportFormat
{
    const char* id;
    const char* extension;   // empty: the export is a folder of files
    const char* description; // English; the views translate it (context edgeplan::PlanExporter)
    ExportKind kind;
    std::string (*text)(const Topology&, const ExportOptions&) = nullptr; // ExportKind::Text
    // ExportKind::Folder; throws ExportError (NamingExport.h) rather than write a
    // name that is no DNS name.
    std::vector<ExportFile> (*folder)(const Topology&) = nullptr;
};

const std::vector<ExportFormat>& exportFormatTable();
// Null when no format has the id.
const ExportFormat* exportFormatById(const std::string& id);

} // namespace edgeplan
