#pragma once

#include "base/Localized.h"

#include <QString>

namespace edgeplan {

class DiagramScene;
class Document;

struct DiagramExportOptions
{
    Lang lang = Lang::En;
    bool selectionOnly = false;
    double scale = 2.0;       // PNG pixels per scene unit
    bool transparent = false; // PNG background
};

// The diagram as on screen (zones, walls, components, port labels), without
// selection marks, written atomically. False with a message on failure.
bool exportDiagramSvg(DiagramScene& scene, const QString& path, const DiagramExportOptions& options,
                      QString* error);
bool exportDiagramPng(DiagramScene& scene, const QString& path, const DiagramExportOptions& options,
                      QString* error);
bool exportDiagramPdf(DiagramScene& scene, const QString& path, const DiagramExportOptions& options,
                      QString* error);
// Picks SVG, PNG or PDF from the file's extension.
bool exportDiagramByExtension(DiagramScene& scene, const QString& path,
                              const DiagramExportOptions& options, QString* error);

// The handoff report (PDF, A4): title page, the diagram on a landscape page,
// one table per firewall (its header repeated on each page), the components
// with their addresses, and the notes of the source document.
bool exportReportPdf(Document& document, const QString& path, Lang lang, QString* error);

} // namespace edgeplan
