#pragma once

// The certificates a plan needs, by the catalog's `certificates` section.

#include "naming/Names.h"

#include <string>
#include <vector>

namespace edgeplan {

struct CertificateEntry
{
    const CertificateDef* def = nullptr;
    ComponentId component;            // the server or pool it is for
    std::vector<ComponentId> holders; // the servers that carry it: a pool's members, else the component
    std::string subject;
    std::vector<std::string> alternativeNames; // each once, in the catalog's order
    bool operator==(const CertificateEntry&) const = default;
};

std::vector<CertificateEntry> deriveCertificates(const Topology& topology);

std::string authorityName(const std::string& authorityId, Lang lang); // "Public CA", ...

} // namespace edgeplan
