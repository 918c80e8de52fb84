#pragma once

// The one way the views turn the model's text (UTF-8 in std::string) into
// Qt's.

#include <QString>

#include <string>

namespace edgeplan {

inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace edgeplan
