#pragma once

#include "base/Ids.h"
#include "base/Localized.h"

#include <QGraphicsItem>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QRectF>
#include <QString>

#include <vector>

namespace edgeplan {

class DiagramScene;
class Topology;
struct Finding;
struct RuleTables;

struct DiagramExportOptions
{
    Lang lang = Lang::En;
    bool selectionOnly = false;
    double scale = 2.0;       // PNG pixels per scene unit
    bool transparent = false; // PNG background
    bool print = false;       // the scene's print style (DiagramScene::setPrintStyle)
};

// Prepares the scene for a picture: no selection marks, no highlight, no
// badges, no cached bitmaps (a cached item would land in a vector file as
// an image), optionally only the selected items; restores it all when it
// goes. Every vector export draws through one.
class DiagramRenderState
{
public:
    DiagramRenderState(DiagramScene& scene, const DiagramExportOptions& options);
    ~DiagramRenderState();
    DiagramRenderState(const DiagramRenderState&) = delete;
    DiagramRenderState& operator=(const DiagramRenderState&) = delete;

    // What the picture shows, in scene coordinates.
    QRectF rect() const { return m_rect; }

private:
    DiagramScene& m_scene;
    std::vector<ComponentId> m_components;
    std::vector<LinkId> m_links;
    LinkId m_highlight;
    Lang m_lang;
    bool m_badges;
    bool m_print;
    QList<QGraphicsItem*> m_hidden;
    QList<QPair<QGraphicsItem*, QGraphicsItem::CacheMode>> m_cached;
    QRectF m_rect;
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

// What the handoff report reads: the plan, its tables and its findings (the
// window's document has them derived already).
struct ReportInput
{
    const Topology& topology;
    const RuleTables& tables;
    const std::vector<Finding>& findings;
};

// The handoff report (PDF, A4 or Letter; views/export/ReportWriter.cpp says
// what it holds), on the plan's own tables and findings, or on those given.
bool exportReportPdf(const Topology& topology, const QString& path, Lang lang, QString* error,
                     QPageSize::PageSizeId pageSize = QPageSize::A4);
bool exportReportPdf(const ReportInput& input, const QString& path, Lang lang, QString* error,
                     QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace edgeplan
