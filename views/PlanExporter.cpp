#include "PlanExporter.h"

#include "Catalogs.h"
#include "DiagramExport.h"
#include "DiagramScene.h"
#include "Document.h"
#include "DocumentExport.h"

#include <QCoreApplication>

#include <memory>

namespace edgeplan {

const QList<ExportFormatInfo>& exportFormats()
{
    static const QList<ExportFormatInfo> formats = {
        {"csv", "csv", "Rule tables as CSV (Excel)"},
        {"xlsx", "xlsx", "Rule tables as an Excel workbook"},
        {"md", "md", "Rule tables as Markdown"},
        {"html", "html", "Rule tables as a web page"},
        {"json", "json", "Rule tables as JSON"},
        {"nftables", "nft", "nftables ruleset (draft)"},
        {"powershell", "ps1", "Windows Firewall PowerShell script (draft)"},
        {"asa", "txt", "Cisco ASA access lists (draft)"},
        {"svg", "svg", "Diagram as SVG"},
        {"png", "png", "Diagram as PNG"},
        {"pdf", "pdf", "Diagram as PDF"},
        {"drawio", "drawio", "Diagram for diagrams.net (draw.io)"},
        {"report", "pdf", "Handoff report (PDF)"},
    };
    return formats;
}

const ExportFormatInfo* findExportFormat(const QString& id)
{
    for (const ExportFormatInfo& format : exportFormats())
        if (format.id == id)
            return &format;
    return nullptr;
}

bool exportPlan(Document& document, DiagramScene* scene, const ExportRequest& request,
                QString* error)
{
    const std::string format = request.format.toStdString();
    const ExportOptions options{request.lang, request.firewallId.toStdString(), request.merge};
    if (const TextExportFormat* text = findTextExportFormat(format))
        return writeFileAtomically(request.path, text->write(document.topology(), options), error);
    if (format == "xlsx") {
        const std::string failure =
            exportRulesXlsx(document.topology(), options, request.path.toStdString());
        if (!failure.empty())
            *error = QStringLiteral("%1: %2").arg(request.path, QString::fromStdString(failure));
        return failure.empty();
    }
    if (format == "report")
        return exportReportPdf(document, request.path, request.lang, error);
    if (format == "svg" || format == "png" || format == "pdf") {
        std::unique_ptr<DiagramScene> own;
        if (!scene) {
            own = std::make_unique<DiagramScene>(&document);
            scene = own.get();
        }
        DiagramExportOptions diagram;
        diagram.lang = request.lang;
        diagram.selectionOnly = request.selectionOnly;
        diagram.scale = request.scale;
        diagram.transparent = request.transparent;
        if (format == "svg")
            return exportDiagramSvg(*scene, request.path, diagram, error);
        if (format == "png")
            return exportDiagramPng(*scene, request.path, diagram, error);
        return exportDiagramPdf(*scene, request.path, diagram, error);
    }
    *error = QCoreApplication::translate("PlanExporter", "unknown export format '%1'").arg(request.format);
    return false;
}

} // namespace edgeplan
