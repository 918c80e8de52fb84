#pragma once

#include "base/Localized.h"
#include "export/ExportFormats.h"

#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <QStringList>

namespace edgeplan {

class DiagramScene;
class Topology;

// One export of a plan, as File > Export and `edgeplan export` ask for it.
struct ExportRequest
{
    QString format; // an id of exportFormats()
    QString path;
    Lang lang = Lang::En;
    QString firewallId;       // tables and firewall drafts: one firewall only
    bool merge = false;       // tables: merged rows
    CoveredRows covered = CoveredRows::Fold; // tables: the rows a row from Any covers, kept or not
    bool selectionOnly = false; // diagrams: only the selected items
    double scale = 2.0;       // PNG
    bool transparent = false; // PNG
    QPageSize::PageSizeId pageSize = QPageSize::A4; // the report: A4 or Letter
    // The files the export must not overwrite nor write its folder over:
    // the open plan's, or the command line's inputs.
    QStringList inputs;
};

// The report's page sizes, as `--page-size` and the Export dialog name them.
const QList<QPair<QString, QPageSize::PageSizeId>>& reportPageSizes();

struct ExportFormatInfo
{
    QString id;
    QString extension; // empty: the export is a folder of files
    QString description; // English; exportFormatDescription() translates it
    ExportKind kind = ExportKind::Text;
};

// Every format Edgeplan writes, in menu order: model/export/ExportFormats'
// table as the views show it.
const QList<ExportFormatInfo>& exportFormats();
const ExportFormatInfo* findExportFormat(const QString& id);
// The description in the installed language.
QString exportFormatDescription(const ExportFormatInfo& format);

// Writes the export of the plan atomically. `scene` is the window's diagram
// (for the selection and the view as it is); without one, a picture of the
// plan is drawn. False with a message naming the file on failure.
bool exportPlan(const Topology& topology, DiagramScene* scene, const ExportRequest& request, QString* error);

} // namespace edgeplan
