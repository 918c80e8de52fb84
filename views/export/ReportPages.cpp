#include "export/ReportPages.h"

#include "support/PrintPalette.h"

#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QRegularExpression>
#include <QTextOption>

#include <algorithm>

namespace edgeplan {

namespace {


constexpr double kBodyPoints = 9; // the tables' text: readable with a pen in hand
constexpr double kCellPad = 2;    // above and below a cell's text: 20 rows and more on a Letter page
constexpr double kCellSide = 2.5; // left and right of it
constexpr double kHeadSpace = 22; // the running head's band
constexpr double kFootSpace = 20; // the footer's band

// Lines break between words, and inside a word too long for the line (a
// name of 300 letters, an address list) rather than run off the page.
const QTextOption& wrapping()
{
    static const QTextOption option = [] {
        QTextOption o;
        o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return o;
    }();
    return option;
}

} // namespace

QString printable(const QString& text, bool keepBreaks, int maxLength)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026);
            break;
        }
        const char16_t u = c.unicode();
        if (u == '\n' && keepBreaks)
            out += c;
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0xfffe || u == 0xffff || u == 0x2028 ||
                 u == 0x2029)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

ReportPages::ReportPages(QIODevice* device, QPageSize::PageSizeId pageSize, Lang lang,
                         const QString& title, const QString& runningHead)
    : m_writer(device), m_lang(lang), m_runningHead(printable(runningHead, false, 120))
{
    m_writer.setResolution(72);
    m_writer.setPageSize(QPageSize(pageSize));
    m_writer.setPageOrientation(QPageLayout::Portrait);
    m_writer.setPageMargins(QMarginsF(8, 10, 8, 9), QPageLayout::Millimeter);
    m_writer.setTitle(printable(title, false, 200));
    m_writer.setCreator(QStringLiteral("Edgeplan"));
    if (m_painter.begin(&m_writer)) {
        m_painter.setRenderHint(QPainter::Antialiasing);
        startPage();
    }
}

QString ReportPages::pick(const char* en, const char* jaText) const
{
    return ja() ? QString::fromUtf8(jaText) : QString::fromUtf8(en);
}

bool ReportPages::finish()
{
    finishPage();
    return m_painter.end();
}

void ReportPages::setFont(double points, bool bold)
{
    QFont font;
    // Latin from Noto Sans, Japanese from its CJK sibling (not the Chinese
    // glyphs a fallback might pick).
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: "fi" stays two letters that a reader can search for and copy.
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_painter.setFont(font);
}

void ReportPages::startPage()
{
    m_width = m_writer.width();
    m_top = kHeadSpace;
    m_bottom = m_writer.height() - kFootSpace;
    m_y = m_top;
    if (m_page == 1)
        return; // the title page says it all
    setFont(7.5);
    m_painter.setPen(print::kQuiet);
    const QRectF band(0, 0, m_width, kHeadSpace - 8);
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, m_runningHead);
    if (!m_currentSection.isEmpty())
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignTop, m_currentSection);
    m_painter.setPen(QPen(print::kRule, 0.5));
    m_painter.drawLine(QPointF(0, kHeadSpace - 6), QPointF(m_width, kHeadSpace - 6));
}

void ReportPages::finishPage()
{
    const double height = m_writer.height();
    m_painter.setPen(QPen(print::kRule, 0.5));
    m_painter.drawLine(QPointF(0, height - kFootSpace + 6), QPointF(m_width, height - kFootSpace + 6));
    setFont(8);
    m_painter.setPen(print::kQuiet);
    const QString total = m_pageCount > 0 ? QString::number(m_pageCount) : QStringLiteral("?");
    const QString number = ja() ? QStringLiteral("%1 / %2 ページ").arg(m_page).arg(total)
                                : QStringLiteral("page %1 of %2").arg(m_page).arg(total);
    const QRectF band(0, height - kFootSpace + 8, m_width, kFootSpace - 8);
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, number);
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                       pick("Edgeplan: a draft for the network team to review",
                            "Edgeplan: ネットワーク担当者が確認するための下書き"));
}

void ReportPages::newPage(QPageLayout::Orientation orientation)
{
    finishPage();
    m_writer.setPageOrientation(orientation);
    m_writer.newPage();
    ++m_page;
    startPage();
}

void ReportPages::ensure(double height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage(m_writer.pageLayout().orientation());
}

void ReportPages::section(const QString& title, bool ownPage, QPageLayout::Orientation orientation,
                          double keepWith)
{
    m_currentSection = printable(title, false, 80);
    if (ownPage && (m_y > m_top || orientation != m_writer.pageLayout().orientation()))
        newPage(orientation);
    else
        ensure(keepWith);
    m_sections.append({m_currentSection, m_page});
    if (m_y > m_top)
        m_y += 10;
    block(m_currentSection, 15, true, print::kTitle);
    m_y += 4;
}

void ReportPages::heading(const QString& text, double keepWith)
{
    ensure(keepWith);
    if (m_y > m_top)
        m_y += 6;
    block(text, 11.5, true, print::kTitle);
    m_y += 2;
}

void ReportPages::block(const QString& text, double points, bool bold, const QColor& color)
{
    const QString shown = printable(text, true);
    setFont(points, bold);
    const QRectF box = m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), shown, wrapping());
    ensure(box.height());
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, m_y, m_width, box.height()), shown, wrapping());
    m_y += box.height() + 2;
}

void ReportPages::facts(const QList<QPair<QString, QString>>& facts, double keyWidth)
{
    for (const auto& [key, value] : facts) {
        const QString shown = printable(value, true);
        setFont(10);
        const QRectF box =
            m_painter.boundingRect(QRectF(keyWidth, 0, m_width - keyWidth, 1e6), shown, wrapping());
        ensure(std::max(box.height(), 14.0));
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(keyWidth, m_y, m_width - keyWidth, box.height()), shown, wrapping());
        setFont(10, true);
        m_painter.setPen(print::kQuiet);
        m_painter.drawText(QRectF(0, m_y, keyWidth - 8, 40), key, wrapping());
        m_y += std::max(box.height(), 14.0) + 5;
    }
}

QList<double> ReportPages::columnWidths(const QList<ReportColumn>& columns, const QList<QStringList>& rows)
{
    QList<double> widths(columns.size(), 0);
    double fixed = 0;
    double shares = 0;
    for (int c = 0; c < columns.size(); ++c) {
        if (!columns[c].fits) {
            shares += columns[c].weight;
            continue;
        }
        // The widest line of its cells, and the widest word of its head.
        setFont(kBodyPoints, false);
        const QFontMetricsF body(m_painter.font(), m_painter.device());
        double widest = 0;
        for (const QStringList& row : rows)
            for (const QString& line : printable(row.value(c), true).split(QLatin1Char('\n')))
                widest = std::max(widest, body.horizontalAdvance(line));
        setFont(kBodyPoints, true);
        const QFontMetricsF head(m_painter.font(), m_painter.device());
        for (const QString& word : columns[c].head.split(QRegularExpression(QStringLiteral("[ /]"))))
            widest = std::max(widest, head.horizontalAdvance(word + QLatin1Char('/')));
        widths[c] = std::min(widest + 2 * kCellSide + 4, columns[c].weight);
        fixed += widths[c];
    }
    // What the fitted columns leave goes to the others; when they would
    // leave those less than they keep, they shrink alike (and wrap).
    double rest = m_width - fixed;
    double least = 0;
    for (const ReportColumn& c : columns)
        if (!c.fits)
            least += c.least > 0 ? c.least : m_width * 0.2 * c.weight / shares;
    if (rest < least) {
        const double shrink = (m_width - least) / fixed;
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].fits)
                widths[c] *= shrink;
        rest = least;
    }
    for (int c = 0; c < columns.size(); ++c)
        if (!columns[c].fits)
            widths[c] = shares > 0 ? rest * columns[c].weight / shares : 0;
    if (shares == 0 && fixed < m_width)
        widths.last() += m_width - fixed;
    return widths;
}

QStringList ReportPages::fitted(const QStringList& row, const QList<ReportColumn>& columns,
                                const QList<double>& widths, bool bold)
{
    setFont(kBodyPoints, bold);
    const QFontMetricsF metrics(m_painter.font(), m_painter.device());
    QStringList cells;
    for (int c = 0; c < row.size(); ++c) {
        QString text = printable(row[c], true);
        const int lines = c < columns.size() ? columns[c].maxLines : 0;
        const QRectF area(0, 0, widths[c] - 2 * kCellSide, 1e6);
        const double limit = lines * metrics.lineSpacing() + 1;
        if (lines > 0 && m_painter.boundingRect(area, text, wrapping()).height() > limit) {
            // The longest start of the text that fits, with "…".
            qsizetype low = 0;
            qsizetype high = text.size();
            while (low < high) {
                const qsizetype mid = (low + high + 1) / 2;
                const QString candidate = text.left(mid).trimmed() + QChar(0x2026);
                if (m_painter.boundingRect(area, candidate, wrapping()).height() <= limit)
                    low = mid;
                else
                    high = mid - 1;
            }
            text = text.left(low).trimmed() + QChar(0x2026);
        }
        cells << text;
    }
    return cells;
}

double ReportPages::rowHeight(const QStringList& row, const QList<double>& widths, bool bold)
{
    setFont(kBodyPoints, bold);
    double height = 0;
    for (int c = 0; c < row.size(); ++c) {
        const QRectF box =
            m_painter.boundingRect(QRectF(0, 0, widths[c] - 2 * kCellSide, 1e6), row[c], wrapping());
        height = std::max(height, box.height());
    }
    return height + 2 * kCellPad;
}

void ReportPages::drawRow(const QStringList& row, const QList<double>& widths, bool head, bool shade)
{
    const double height = rowHeight(row, widths, head);
    m_painter.fillRect(QRectF(0, m_y, m_width, height), head ? print::kHeadFill : shade ? print::kShadeFill : Qt::white);
    double x = 0;
    for (int c = 0; c < row.size(); ++c) {
        const QRectF cell(x, m_y, widths[c], height);
        m_painter.setPen(QPen(print::kRule, 0.5));
        m_painter.drawRect(cell);
        m_painter.setPen(Qt::black);
        m_painter.drawText(cell.adjusted(kCellSide, kCellPad, -kCellSide, -kCellPad), row[c], wrapping());
        x += widths[c];
    }
    m_y += height;
}

void ReportPages::table(const QString& title, const QList<ReportColumn>& columns, const QList<QStringList>& rows,
                        bool titleShown)
{
    const QList<double> widths = columnWidths(columns, rows);
    QStringList head;
    for (const ReportColumn& c : columns)
        head << c.head;
    head = fitted(head, {}, widths, true);
    QList<QStringList> cells;
    for (const QStringList& row : rows)
        cells << fitted(row, columns, widths, false);
    const double headHeight = rowHeight(head, widths, true);
    const double first = cells.isEmpty() ? 0 : rowHeight(cells.first(), widths, false);
    if (!title.isEmpty() && !titleShown)
        heading(title, 40 + headHeight + first);
    else
        ensure(headHeight + first);
    drawRow(head, widths, true, false);
    for (int i = 0; i < cells.size(); ++i) {
        const double height = rowHeight(cells[i], widths, false);
        if (m_y + height > m_bottom) {
            newPage(m_writer.pageLayout().orientation());
            if (!title.isEmpty()) {
                block(title + pick(" (continued)", "（続き）"), 11.5, true, print::kTitle);
                m_y += 2;
            }
            drawRow(head, widths, true, false);
        }
        drawRow(cells[i], widths, false, i % 2 == 1);
    }
    m_y += 10;
}

} // namespace edgeplan
