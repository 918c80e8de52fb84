#pragma once

// Reading PDFs back in tests with poppler's tools (make test installs
// poppler-utils): page counts from pdfinfo, text from pdftotext.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace edgeplan::test {

inline QString runTool(const QString& name, const QStringList& args)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s is not installed (make test installs poppler-utils)", qPrintable(name));
    QProcess process;
    process.start(path, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(name), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPageCount(const QString& pdf)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// One page's text (1-based), its lines joined: pdftotext breaks lines where
// the PDF does, and a phrase may straddle two. NFKC: poppler reads some CJK
// glyphs as their Kangxi radicals (⾳ for 音).
inline QString pdfPageText(const QString& pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                  QString::number(page), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// One page's text with its layout kept (pdftotext -layout): a table row
// stays on one line, its cells apart. NFKC as above.
inline QString pdfPageLayout(const QString& pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                                  QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

// The images the PDF holds, as pdfimages -list lists them (its two lines of
// heading left out).
inline QStringList pdfImages(const QString& pdf)
{
    QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

// Each page's size in points and pdfinfo's name of it ("A4", "letter"), from 1.
struct PdfPageSize
{
    double width = 0;
    double height = 0;
    QString name;
};
inline QList<PdfPageSize> pdfPageSizes(const QString& pdf)
{
    const int pages = pdfPageCount(pdf);
    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                             QStringLiteral("-l"), QString::number(pages), pdf});
    QList<PdfPageSize> sizes;
    const QRegularExpression line(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts(?: \\((\\w+)\\))?"));
    for (auto it = line.globalMatch(info); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sizes.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3)});
    }
    return sizes;
}

} // namespace edgeplan::test
