#include "export/ExportFormats.h"

#include "export/DocumentExport.h"
#include "export/FirewallConfigExport.h"

// The marker lupdate reads the descriptions by (app/CMakeLists.txt gives it
// this file); the model itself has no Qt.
#define QT_TRANSLATE_NOOP(scope, x) x

namespace edgeplan {

namespace {

std::string dnsCsv(const Topology& topology, const ExportOptions& options)
{
    return exportDnsCsv(topology, options.lang);
}

std::string certificatesCsv(const Topology& topology, const ExportOptions& options)
{
    return exportCertificatesCsv(topology, options.lang);
}

} // namespace

const std::vector<ExportFormat>& exportFormatTable()
{
    using K = ExportKind;
    static const std::vector<ExportFormat> formats = {
        {"csv", "csv", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as CSV (Excel)"), K::Text,
         exportRulesCsv},
        {"xlsx", "xlsx", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as an Excel workbook"),
         K::Workbook},
        {"md", "md", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as Markdown"), K::Text,
         exportRulesMarkdown},
        {"html", "html", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as a web page"), K::Text,
         exportRulesHtml},
        {"json", "json", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as JSON"), K::Text,
         exportRulesJson},
        {"nftables", "nft", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "nftables ruleset (draft)"), K::Text,
         exportNftables},
        {"powershell", "ps1",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Windows Firewall PowerShell script (draft)"), K::Text,
         exportPowershell},
        {"asa", "txt", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Cisco ASA access lists (draft)"), K::Text,
         exportAsa},
        {"svg", "svg", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram as SVG"), K::Diagram},
        {"png", "png", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram as PNG"), K::Diagram},
        {"pdf", "pdf", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram as PDF"), K::Diagram},
        {"drawio", "drawio", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram for diagrams.net (draw.io)"),
         K::Text, exportDrawio},
        {"report", "pdf", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Handoff report (PDF)"), K::Report},
        {"dns-csv", "csv", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "DNS records as CSV (Excel)"), K::Text,
         dnsCsv},
        {"dns-zone", "", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "DNS zone files for BIND (a folder)"),
         K::Folder, nullptr, exportDnsZones},
        {"certs-csv", "csv", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Certificates as CSV (Excel)"), K::Text,
         certificatesCsv},
        {"openssl-cnf", "", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "OpenSSL certificate requests (a folder)"),
         K::Folder, nullptr, exportOpensslConfigs},
    };
    return formats;
}

const ExportFormat* exportFormatById(const std::string& id)
{
    for (const ExportFormat& format : exportFormatTable())
        if (id == format.id)
            return &format;
    return nullptr;
}

} // namespace edgeplan
