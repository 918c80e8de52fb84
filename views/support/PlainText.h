#pragma once

#include <QAction>
#include <QRegularExpression>
#include <QString>
#include <QTextDocument>

namespace edgeplan {

// A tool tip that shows `text` as it is. Qt takes a tool tip that looks like
// markup for rich text, so a name such as `<img src=…>` or `<b>x</b>` would
// be rendered, not shown: every tool tip made of a plan's, a catalog's or a
// file's words goes through here.
inline QString plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

// A menu text without its accelerator, as a button, a tool tip or a list
// of keys says it: "&Undo" → "Undo", "元に戻す(&U)" → "元に戻す", "R&&D" → "R&D".
inline QString withoutAccelerator(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&[^)&]\\)|&(?!&)"));
    return text.remove(accelerator).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

// What a menu command is called in a sentence or a list of keys: its text
// without the accelerator or the trailing ellipsis ("開く(&O)..." → "開く"),
// or its icon text where the text says more (Undo's "&Undo Rename edge01").
inline QString commandName(const QAction& action)
{
    // The ellipsis first: an icon text is the name without one too.
    QString name = withoutAccelerator(action.text());
    for (const QString& ellipsis : {QStringLiteral("..."), QStringLiteral("\u2026")})
        if (name.endsWith(ellipsis))
            name.chop(ellipsis.size());
    name = name.trimmed();
    if (const QString icon = withoutAccelerator(action.iconText()).trimmed();
        !icon.isEmpty() && name.startsWith(icon) && name != icon)
        return icon;
    return name;
}

} // namespace edgeplan
