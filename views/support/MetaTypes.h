#pragma once

// The model's ids as Qt meta types, declared once for every signal, QVariant
// and item role that carries them (a vector of them is one too: Qt declares
// std::vector of any meta type).

#include "base/Ids.h"

#include <QMetaType>

Q_DECLARE_METATYPE(edgeplan::ComponentId)
Q_DECLARE_METATYPE(edgeplan::LinkId)
