#include "export/PlanExporter.h"

#include "diagram/DiagramScene.h"
#include "checks/Checks.h"
#include "export/DiagramExport.h"
#include "export/DocumentExport.h"
#include "export/NamingExport.h"
#include "export/SafeOutput.h"
#include "support/Catalogs.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace edgeplan {

const QList<ExportFormatInfo>& exportFormats()
{
    static const QList<ExportFormatInfo> formats = [] {
        QList<ExportFormatInfo> list;
        for (const ExportFormat& format : exportFormatTable())
            list.append({QString::fromLatin1(format.id), QString::fromLatin1(format.extension),
                         QString::fromLatin1(format.description), format.kind});
        return list;
    }();
    return formats;
}

QString exportFormatDescription(const ExportFormatInfo& format)
{
    return QCoreApplication::translate("edgeplan::PlanExporter",
                                       format.description.toUtf8().constData());
}

const QList<QPair<QString, QPageSize::PageSizeId>>& reportPageSizes()
{
    static const QList<QPair<QString, QPageSize::PageSizeId>> sizes = {
        {QStringLiteral("a4"), QPageSize::A4}, {QStringLiteral("letter"), QPageSize::Letter}};
    return sizes;
}

const ExportFormatInfo* findExportFormat(const QString& id)
{
    for (const ExportFormatInfo& format : exportFormats())
        if (format.id == id)
            return &format;
    return nullptr;
}

bool exportPlan(const Topology& topology, DiagramScene* scene, const ExportRequest& request, QString* error)
{
    const std::string format = request.format.toStdString();
    const ExportOptions options{request.lang, request.firewallId.toStdString(), request.merge,
                                request.covered};
    // The plan's own file is never the export's output, nor in its folder.
    if (const QString refusal = outputOverwritesInput(request.path, request.inputs); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const ExportFormat* known = exportFormatById(format);
    if (!known) {
        *error = QCoreApplication::translate("edgeplan::PlanExporter", "unknown export format '%1'")
                     .arg(request.format);
        return false;
    }
    switch (known->kind) {
    case ExportKind::Text:
        return writeFileAtomically(request.path, known->text(topology, options), error);
    case ExportKind::Folder: {
        std::vector<ExportFile> files;
        try {
            files = known->folder(topology);
        } catch (const ExportError& e) {
            *error = QCoreApplication::translate("edgeplan::PlanExporter", "Nothing was written: %1")
                         .arg(QString::fromStdString(e.what()));
            return false;
        }
        return writeFolderAtomically(request.path, files, error);
    }
    case ExportKind::Workbook: {
        const std::string failure =
            exportRulesXlsx(topology, options, request.path.toStdString());
        if (!failure.empty())
            *error = QStringLiteral("%1: %2").arg(request.path, QString::fromStdString(failure));
        return failure.empty();
    }
    case ExportKind::Report:
        return exportReportPdf(topology, request.path, request.lang, error, request.pageSize);
    case ExportKind::Diagram: {
        std::unique_ptr<DiagramScene> own;
        if (!scene) {
            own = std::make_unique<DiagramScene>(topology, std::vector<Finding>{});
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
    }
    *error = QCoreApplication::translate("edgeplan::PlanExporter", "unknown export format '%1'")
                 .arg(request.format);
    return false;
}

} // namespace edgeplan
