#include "export/PlanExporter.h"

#include "diagram/DiagramScene.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/DocumentExport.h"
#include "export/SafeOutput.h"
#include "naming/Naming.h"
#include "support/Catalogs.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace edgeplan {

const QList<ExportFormatInfo>& exportFormats()
{
    static const QList<ExportFormatInfo> formats = {
        {"csv", "csv", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as CSV (Excel)")},
        {"xlsx", "xlsx",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as an Excel workbook")},
        {"md", "md", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as Markdown")},
        {"html", "html", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as a web page")},
        {"json", "json", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Rule tables as JSON")},
        {"nftables", "nft",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "nftables ruleset (draft)")},
        {"powershell", "ps1",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Windows Firewall PowerShell script (draft)")},
        {"asa", "txt",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Cisco ASA access lists (draft)")},
        {"svg", "svg", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram as SVG")},
        {"png", "png", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram as PNG")},
        {"pdf", "pdf", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram as PDF")},
        {"drawio", "drawio",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Diagram for diagrams.net (draw.io)")},
        {"report", "pdf", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Handoff report (PDF)")},
        {"dns-csv", "csv", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "DNS records as CSV (Excel)")},
        {"dns-zone", "", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "DNS zone files for BIND (a folder)")},
        {"certs-csv", "csv", QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "Certificates as CSV (Excel)")},
        {"openssl-cnf", "",
         QT_TRANSLATE_NOOP("edgeplan::PlanExporter", "OpenSSL certificate requests (a folder)")},
    };
    return formats;
}

QString exportFormatDescription(const ExportFormatInfo& format)
{
    return QCoreApplication::translate("edgeplan::PlanExporter",
                                       format.description.toUtf8().constData());
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
    // The open plan's own file is never the export's output, nor in its folder.
    if (const QString refusal = outputOverwritesInput(request.path, {document.filePath()}); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (const TextExportFormat* text = findTextExportFormat(format))
        return writeFileAtomically(request.path, text->write(document.topology(), options), error);
    if (const FolderExportFormat* folder = findFolderExportFormat(format)) {
        std::vector<ExportFile> files;
        try {
            files = folder->write(document.topology());
        } catch (const ExportError& e) {
            *error = QCoreApplication::translate("edgeplan::PlanExporter", "Nothing was written: %1")
                         .arg(QString::fromStdString(e.what()));
            return false;
        }
        return writeFolderAtomically(request.path, files, error);
    }
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
    *error = QCoreApplication::translate("edgeplan::PlanExporter", "unknown export format '%1'")
                 .arg(request.format);
    return false;
}

} // namespace edgeplan
