#pragma once

#include "base/Diagnostic.h"
#include "catalog/CatalogRegistry.h"
#include "plan/Topology.h"

#include <memory>
#include <string>

namespace edgeplan {

constexpr int kProjectFormatVersion = 1;

struct ProjectLoadOptions
{
    // Read a file of a newer format version as far as this build
    // understands it (the window then opens it read-only).
    bool acceptNewerVersion = false;
};

struct ProjectLoadResult
{
    std::unique_ptr<Topology> topology; // null when diagnostics is not empty
    Diagnostics diagnostics;
    bool newerVersion = false; // only with acceptNewerVersion
    int version = 0;
};

// Reads a project file. Every problem is reported, each with its JSON
// pointer (or line and column for syntax); a file with any problem yields
// no topology, never a partial one. Fields this build does not know are
// kept and written back by saveProject.
ProjectLoadResult loadProject(const std::string& bytes, const CatalogRegistry& catalogs,
                              const ProjectLoadOptions& options = {});

// The project as the bytes of a .edgeplan file (UTF-8 JSON, stable order).
std::string saveProject(const Topology& topology);

} // namespace edgeplan
