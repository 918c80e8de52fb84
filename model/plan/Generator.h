#pragma once

#include "plan/Topology.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace edgeplan {

// What `edgeplan generate` builds: a global enterprise with `sites` sites
// (per site an edge pool, a front-end pool and external clients) and
// `partners` federated partners, all drawn from `seed`.
struct GeneratorOptions
{
    int sites = 1;
    int partners = 0;
    std::uint64_t seed = 1;
};

// A small fixed generator (splitmix64), so that the same seed gives the
// same plan with every compiler and standard library.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // A number in [0, bound); the modulo's slight bias does not matter here.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

private:
    std::uint64_t m_state;
};

struct GeneratedSite
{
    int edgeServers = 0;
    int clients = 0;
};

enum class PartnerKind { SipFederation, PublicIm, Xmpp };

struct GeneratedPartner
{
    PartnerKind kind = PartnerKind::SipFederation;
    int homeSite = 0; // the site whose edge pool it federates with
};

// The shape of the plan the options draw, before any component is made:
// callers check its size against the loader's limits first.
struct GeneratedShape
{
    std::vector<GeneratedSite> sites;
    std::vector<GeneratedPartner> partners;

    size_t componentCount() const;
    // Every link the recipe asks for; the catalog may carry fewer.
    size_t linkCount() const;
};

GeneratedShape generatedShape(const GeneratorOptions& options);

// A zone's band on the diagram, defined here once: the diagram draws them
// (views/layout/ZoneLayout), and plans that Edgeplan lays out itself
// (generated, imported) place components in them. Left to right from the
// inside out, each kZoneBandWidth wide, the outermost (the Internet holds
// the most partners) kOuterZoneBandWidth.
inline constexpr double kZoneBandWidth = 400;
inline constexpr double kOuterZoneBandWidth = 600;
struct ZoneBand
{
    double left = 0;
    double width = 0;
    double centre() const { return left + width / 2; }
};
std::vector<ZoneBand> zoneBands(const Catalog& catalog);

// The plan itself against `catalog`: every scenario switched on, a link
// wherever the catalog has a rule between the two roles, unique names,
// FQDNs and addresses (documentation and benchmarking blocks outside,
// 10/8 inside), positions in the zone bands. Roles the catalog lacks are
// left out.
std::unique_ptr<Topology> generatePlan(std::shared_ptr<const Catalog> catalog,
                                       const GeneratorOptions& options);

} // namespace edgeplan
