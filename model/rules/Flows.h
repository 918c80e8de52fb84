#pragma once

#include "rules/RuleEngine.h"

#include <string>
#include <vector>

namespace edgeplan {

// One step of a flow played on a plan: the link and the two components that
// carry the step's rule, in the rule's direction; or, when no link carries
// it, why (the step is "missing", and the flow doubles as a check of the plan).
struct ResolvedStep
{
    const FlowStep* step = nullptr;
    const Rule* rule = nullptr;
    RuleBinding binding; // binding.link is invalid when the step is missing
    LocalizedText missing; // empty unless missing

    bool isMissing() const { return !binding.link.isValid(); }
};

struct ResolvedFlow
{
    const Flow* flow = nullptr;
    std::vector<ResolvedStep> steps;

    size_t missingCount() const;
};

// Finds, for every step, the first link (in link id order) whose rules
// include the step's rule.
ResolvedFlow resolveFlow(const Topology& topology, const Flow& flow);

// The catalog's flows whose scenario the plan has switched on, in catalog order.
std::vector<const Flow*> playableFlows(const Topology& topology);

// "TCP 5061 SIP (MTLS)": what the presenter shows large beside the hop.
std::string rulePortText(const Rule& rule);

// "no link carries SIP (MTLS) TCP 5061 from the Edge Server to the SIP
// federation partner (or Any Internet host)", in both languages.
LocalizedText missingStepMessage(const Catalog& catalog, const Rule& rule);

} // namespace edgeplan
