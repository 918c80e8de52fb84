#pragma once

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

} // namespace edgeplan
