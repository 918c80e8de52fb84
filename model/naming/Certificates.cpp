#include "naming/Certificates.h"

namespace edgeplan {

using namespace naming;

CertificateEntry naming::certificateFor(const Topology& topology, const CertificateDef& def, const Component& owner)
{
    CertificateEntry entry;
    entry.def = &def;
    entry.component = owner.id;
    entry.holders = topology.members(owner.id);
    if (entry.holders.empty())
        entry.holders.push_back(owner.id);
    bool missing = false;
    entry.subject = withoutTrailingDot(expand(def.subject, Expansion{topology, &owner, {}, 0, &missing}));
    if (missing)
        entry.subject.clear();
    for (const CertificateNameDef& san : def.alternativeNames) {
        if (!scenariosOn(topology, san.scenarios) || !planHolds(topology, san.planHas))
            continue;
        for (const auto& [name, domain] : expandPerDomain(topology, san.name, &owner, {}))
            addName(entry.alternativeNames, withoutTrailingDot(name));
    }
    return entry;
}

std::vector<CertificateEntry> deriveCertificates(const Topology& topology)
{
    const DomainScope scope(topology);
    std::vector<CertificateEntry> result;
    for (const CertificateDef& def : topology.catalog().certificates)
        for (const Component* owner : ownersOf(topology, def.roles))
            result.push_back(certificateFor(topology, def, *owner));
    return result;
}

std::string authorityName(const std::string& authorityId, Lang lang)
{
    if (authorityId == "public")
        return lang == Lang::Ja ? "パブリック CA" : "Public CA";
    return lang == Lang::Ja ? "パブリックまたはプライベート (エンタープライズ) CA"
                            : "Public or private (enterprise) CA";
}

} // namespace edgeplan
