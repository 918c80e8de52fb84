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

} // namespace edgeplan::test
