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

namespace naming {
// One owner's certificate of a definition, which NamingIndex keeps per owner.
CertificateEntry certificateFor(const Topology& topology, const CertificateDef& def, const Component& owner);
} // namespace naming

std::string authorityName(const std::string& authorityId, Lang lang); // "Public CA", ...

} // namespace edgeplan
