#pragma once

#include "base/Localized.h"

#include <QColor>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPair>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

class QIODevice;

namespace edgeplan {

// One column of a report table: its head, its share of the page's width
// and the most lines a cell may take (0: as many as it needs; a longer
// text is cut with "…"). A column that `fits` is as wide as its widest
// line (up to `weight` points) and the others share what is left by weight.
struct ReportColumn
{
    QString head;
    double weight = 1;
    int maxLines = 0;
    bool fits = false;
    // For a column that shares the rest: the points it keeps before the
    // fitted columns shrink (and wrap); 0 for its share of a fifth of the page.
    double least = 0;
};

// Where a section of the report starts, for the contents page.
struct ReportSection
{
    QString title;
    int page = 0;
};

// The handoff report's pages, in points (72 per inch): A4 or Letter,
// portrait or landscape page by page, a running head (the project and its
// revision, the section) and "page N of M" on every page; text blocks, key
// and value lists, and tables that run over several pages with their head
// repeated under the title and "(continued)". The report is laid out twice
// with the same words (ReportWriter.cpp): the first run learns the number of
// pages and where each section starts, the second prints them.
class ReportPages
{
public:
    ReportPages(QIODevice* device, QPageSize::PageSizeId pageSize, Lang lang, const QString& title,
                const QString& runningHead);

    // False when the painter could not start on the PDF.
    bool begun() const { return m_painter.isActive(); }
    bool finish();

    Lang lang() const { return m_lang; }
    bool ja() const { return m_lang == Lang::Ja; }
    QString pick(const char* en, const char* jaText) const;

    // The page count the footers print ("page N of M"); 0 while unknown.
    void setPageCount(int count) { m_pageCount = count; }
    int page() const { return m_page; }
    const QList<ReportSection>& sections() const { return m_sections; }

    // A page of the given orientation (the first one is portrait).
    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // A section's heading, noted for the contents page; it starts a page of
    // `orientation` when `ownPage`, else when less than `keepWith` points
    // of this one are left.
    void section(const QString& title, bool ownPage = false,
                 QPageLayout::Orientation orientation = QPageLayout::Portrait, double keepWith = 120);
    // A smaller heading inside a section, kept with what follows it.
    void heading(const QString& text, double keepWith = 60);

    double width() const { return m_width; }
    double bottom() const { return m_bottom; }
    double y() const { return m_y; }
    void skip(double points) { m_y += points; }
    // Starts a page when less than `height` is left on this one.
    void ensure(double height);
    QPainter& painter() { return m_painter; }

    void block(const QString& text, double points = 10, bool bold = false,
               const QColor& color = Qt::black);
    // Keys in a column, their values wrapped beside them.
    void facts(const QList<QPair<QString, QString>>& facts, double keyWidth = 130);
    // A table under `title`, broken over pages: its title with "(continued)"
    // and its head repeated on every page it runs on. `titleShown`: the
    // title stands just above already (a section's heading).
    void table(const QString& title, const QList<ReportColumn>& columns, const QList<QStringList>& rows,
               bool titleShown = false);

    void setFont(double points, bool bold = false);

private:
    void startPage();
    void finishPage();
    QList<double> columnWidths(const QList<ReportColumn>& columns, const QList<QStringList>& rows);
    // The cells of a row as they are drawn: cut to their columns' lines.
    QStringList fitted(const QStringList& row, const QList<ReportColumn>& columns,
                       const QList<double>& widths, bool bold);
    double rowHeight(const QStringList& row, const QList<double>& widths, bool bold);
    void drawRow(const QStringList& row, const QList<double>& widths, bool head, bool shade);

    QPdfWriter m_writer;
    QPainter m_painter;
    Lang m_lang;
    QString m_runningHead;
    QString m_currentSection;
    QList<ReportSection> m_sections;
    int m_page = 1;
    int m_pageCount = 0;
    double m_top = 0;    // below the running head
    double m_bottom = 0; // above the footer
    double m_width = 0;
    double m_y = 0;
};

// Text as a page may show it: no control characters (a line break stays
// where `keepBreaks`), no U+FFFE/U+FFFF, at most `maxLength` characters.
QString printable(const QString& text, bool keepBreaks = false, int maxLength = 2000);

} // namespace edgeplan
