#include "export/DiagramExport.h"

#include "diagram/DiagramScene.h"
#include "export/TableExport.h"
#include "support/Catalogs.h"
#include "text/XmlText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>
#include <optional>

namespace edgeplan {

namespace {

bool writeBuffer(const QString& path, const QByteArray& bytes, QString* error)
{
    return writeFileAtomically(path, std::string(bytes.constData(), size_t(bytes.size())), error);
}

// The messages' context, the same for lupdate and at run time.
struct DiagramExport
{
    Q_DECLARE_TR_FUNCTIONS(edgeplan::DiagramExport)
};

// The largest picture a file holds: a side within Qt's int sizes (and a
// PNG's pixels within what one image in memory may take).
constexpr double kMaxSide = 1e9;
constexpr double kMaxPngSide = 1e6;
constexpr double kMaxPngPixels = 400.0 * 1000 * 1000;

struct SizeLimit
{
    double side;
    double area;
    bool scalable; // the user may choose a smaller scale
};
constexpr SizeLimit kVectorLimit{kMaxSide, kMaxSide * kMaxSide, false};
constexpr SizeLimit kPngLimit{kMaxPngSide, kMaxPngPixels, true};

// The size of `rect` drawn at `scale`, computed in doubles and checked
// before any int size is made of it; nullopt with the message when it
// cannot be drawn.
std::optional<QSize> pictureSize(const QRectF& rect, double scale, const SizeLimit& limit,
                                 const QString& path, QString* error)
{
    const double width = std::ceil(rect.width() * scale);
    const double height = std::ceil(rect.height() * scale);
    if (!(width >= 1 && height >= 1)) {
        *error = DiagramExport::tr("%1: the diagram is empty: nothing to draw").arg(path);
        return std::nullopt;
    }
    if (!(width <= limit.side && height <= limit.side && width * height <= limit.area)) {
        *error = !limit.scalable ? DiagramExport::tr("%1: the diagram is too large to draw (%2 × %3)")
                                    .arg(path, QString::number(width, 'g', 3), QString::number(height, 'g', 3))
                              : DiagramExport::tr("%1: the picture would be too large; choose a smaller scale")
                                    .arg(path);
        return std::nullopt;
    }
    return QSize(int(width), int(height));
}

QString drawingFailed(const QString& path)
{
    return DiagramExport::tr("%1: cannot draw the picture: nothing was written").arg(path);
}

} // namespace

DiagramRenderState::DiagramRenderState(DiagramScene& scene, const DiagramExportOptions& options)
    : m_scene(scene), m_components(scene.selectedComponents()), m_links(scene.selectedLinks()),
      m_highlight(scene.highlightedLink()), m_lang(scene.language()), m_badges(scene.badgesVisible()),
      m_print(scene.printStyle())
{
    scene.setLanguage(options.lang);
    scene.setBadgesVisible(false);
    scene.setPrintStyle(options.print);
    if (options.selectionOnly && (!m_components.empty() || !m_links.empty())) {
        for (QGraphicsItem* item : scene.items()) {
            if (item->isVisible() && !item->isSelected() && item->parentItem() == nullptr &&
                (item->flags() & QGraphicsItem::ItemIsSelectable)) {
                item->setVisible(false);
                m_hidden.append(item);
            }
        }
        for (QGraphicsItem* item : scene.selectedItems())
            m_rect |= item->sceneBoundingRect();
        m_rect.adjust(-40, -40, 40, 40);
    }
    for (QGraphicsItem* item : scene.items()) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            m_cached.append({item, item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    scene.clearSelection();
    scene.setHighlightedLink({});
    scene.layoutLabels();
    if (m_rect.isNull())
        m_rect = scene.contentsRect();
}

DiagramRenderState::~DiagramRenderState()
{
    for (QGraphicsItem* item : m_hidden)
        item->setVisible(true);
    for (const auto& [item, mode] : m_cached)
        item->setCacheMode(mode);
    m_scene.setLanguage(m_lang);
    m_scene.setBadgesVisible(m_badges);
    m_scene.setPrintStyle(m_print);
    m_scene.selectItems(m_components, m_links);
    m_scene.setHighlightedLink(m_highlight);
}

bool exportDiagramSvg(DiagramScene& scene, const QString& path, const DiagramExportOptions& options,
                      QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        DiagramRenderState state(scene, options);
        const QRectF rect = state.rect();
        const std::optional<QSize> size = pictureSize(rect, 1.0, kVectorLimit, path, error);
        if (!size)
            return false;
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(*size);
        generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
        // Qt 6.4 writes the title and the description as they are, markup
        // and all: escape them here.
        generator.setTitle(QString::fromStdString(xmlEscape(scene.topology().name())));
        generator.setDescription(
            QString::fromStdString(xmlEscape(DiagramExport::tr("Generated by Edgeplan").toStdString())));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = drawingFailed(path);
            return false;
        }
        scene.render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
        if (!painter.end()) {
            *error = drawingFailed(path);
            return false;
        }
    }
    // The texts the scene draws are escaped by QSvgGenerator but not cleaned:
    // a control character or U+FFFE in a name would make the file
    // ill-formed. One pass over the finished document catches every text,
    // whichever item drew it (markup is ASCII, so the pass cannot harm it).
    const QByteArray& svg = buffer.data();
    return writeFileAtomically(path, xmlCleanText(std::string_view(svg.constData(), size_t(svg.size()))),
                               error);
}

bool exportDiagramPng(DiagramScene& scene, const QString& path, const DiagramExportOptions& options,
                      QString* error)
{
    QByteArray bytes;
    {
        DiagramRenderState state(scene, options);
        const QRectF rect = state.rect();
        const double scale = std::clamp(options.scale, 0.1, 8.0);
        const std::optional<QSize> size = pictureSize(rect, scale, kPngLimit, path, error);
        if (!size)
            return false;
        QImage image(*size, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            *error = DiagramExport::tr("%1: not enough memory for a picture of %2 × %3 pixels")
                         .arg(path)
                         .arg(size->width())
                         .arg(size->height());
            return false;
        }
        image.fill(options.transparent ? Qt::transparent : Qt::white);
        QPainter painter;
        if (!painter.begin(&image)) {
            *error = drawingFailed(path);
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(*size)), rect);
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG") || bytes.isEmpty()) {
            *error = DiagramExport::tr("%1: cannot encode the PNG: nothing was written").arg(path);
            return false;
        }
    }
    return writeBuffer(path, bytes, error);
}

bool exportDiagramPdf(DiagramScene& scene, const QString& path, const DiagramExportOptions& options,
                      QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        DiagramRenderState state(scene, options);
        const QRectF rect = state.rect();
        if (!pictureSize(rect, 1.0, kVectorLimit, path, error))
            return false;
        QPdfWriter writer(&buffer);
        writer.setTitle(QString::fromStdString(scene.topology().name()));
        writer.setCreator(QStringLiteral("Edgeplan"));
        writer.setResolution(96);
        if (!writer.setPageSize(QPageSize(rect.size(), QPageSize::Point))) {
            *error = drawingFailed(path);
            return false;
        }
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = drawingFailed(path);
            return false;
        }
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), rect);
        if (!painter.end()) {
            *error = drawingFailed(path);
            return false;
        }
    }
    return writeBuffer(path, buffer.data(), error);
}

bool exportDiagramByExtension(DiagramScene& scene, const QString& path,
                              const DiagramExportOptions& options, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return exportDiagramSvg(scene, path, options, error);
    if (suffix == QLatin1String("png"))
        return exportDiagramPng(scene, path, options, error);
    if (suffix == QLatin1String("pdf"))
        return exportDiagramPdf(scene, path, options, error);
    *error = DiagramExport::tr("%1: choose a file ending in .svg, .png or .pdf").arg(path);
    return false;
}

} // namespace edgeplan
