#pragma once

#include "base/Localized.h"

#include <QString>
#include <QStringList>

#include <string>

namespace edgeplan {

class Topology;

// The trainer's handout of one flow (PDF, A4 landscape): one page per step,
// each with the flow's title, the diagram with that hop highlighted, the
// caption and the hop's row of the port table. A step that no link carries
// gets a page saying what is missing. Written atomically; false with a
// message in `error` when the flow is unknown or the file cannot be written.
// `inputs`: the files it must not overwrite (the plan's own).
bool exportFlowHandoutPdf(const Topology& topology, const std::string& flowId, const QString& path,
                          const QStringList& inputs, Lang lang, QString* error);

} // namespace edgeplan
