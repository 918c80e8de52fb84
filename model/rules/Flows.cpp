#include "rules/Flows.h"

#include <algorithm>

namespace edgeplan {

size_t ResolvedFlow::missingCount() const
{
    return size_t(std::count_if(steps.begin(), steps.end(),
                                [](const ResolvedStep& s) { return s.isMissing(); }));
}

ResolvedFlow resolveFlow(const Topology& topology, const Flow& flow)
{
    std::vector<RuleBinding> bindings;
    for (const auto& [id, link] : topology.links()) {
        const std::vector<RuleBinding> carried = linkRules(topology, id);
        bindings.insert(bindings.end(), carried.begin(), carried.end());
    }
    ResolvedFlow result{&flow, {}};
    for (const FlowStep& step : flow.steps) {
        ResolvedStep resolved{&step, topology.catalog().rule(step.rule), {}, {}};
        const auto found = std::find_if(bindings.begin(), bindings.end(), [&](const RuleBinding& b) {
            return b.rule && b.rule->id == step.rule;
        });
        if (found != bindings.end())
            resolved.binding = *found;
        else if (resolved.rule)
            resolved.missing = missingStepMessage(topology.catalog(), *resolved.rule);
        result.steps.push_back(resolved);
    }
    return result;
}

std::vector<const Flow*> playableFlows(const Topology& topology)
{
    std::vector<const Flow*> result;
    for (const Flow& flow : topology.catalog().flows)
        if (topology.isScenarioEnabled(flow.scenario))
            result.push_back(&flow);
    return result;
}

std::string rulePortText(const Rule& rule)
{
    return transportName(rule.transport) + " " + rule.ports.toString() + " " + rule.protocol;
}

namespace {

// "Front End pool (Hosts the XMPP gateway)": the role, with the property
// values the rule's end requires.
std::string endName(const Catalog& catalog, const RuleEndpoint& end, Lang lang)
{
    if (end.roles.empty())
        return {};
    const RoleDef* role = catalog.role(end.roles.front());
    std::string name = role ? role->name.text(lang) : end.roles.front();
    std::vector<std::string> conditions;
    for (const auto& [property, value] : end.when) {
        const PropertyDef* def = role ? role->propertyDef(property) : nullptr;
        const std::string propertyName = def ? def->name.text(lang) : property;
        conditions.push_back(def && def->type == "bool" && value == "true" ? propertyName
                                                                            : propertyName + ": " + value);
    }
    for (size_t i = 1; i < end.roles.size(); ++i) {
        const RoleDef* other = catalog.role(end.roles[i]);
        conditions.push_back((lang == Lang::Ja ? "または" : "or ") +
                             (other ? other->name.text(lang) : end.roles[i]));
    }
    if (conditions.empty())
        return name;
    std::string joined;
    for (const std::string& c : conditions)
        joined += (joined.empty() ? "" : ", ") + c;
    return name + " (" + joined + ")";
}

// Japanese text leaves a space between Japanese and Latin words only.
std::string joinJa(const std::vector<std::string>& parts)
{
    std::string result;
    for (const std::string& part : parts) {
        if (part.empty())
            continue;
        const bool latinBefore = !result.empty() && static_cast<unsigned char>(result.back()) < 0x80;
        const bool latinAfter = static_cast<unsigned char>(part.front()) < 0x80;
        if (!result.empty() && (latinBefore || latinAfter))
            result += ' ';
        result += part;
    }
    return result;
}

} // namespace

LocalizedText missingStepMessage(const Catalog& catalog, const Rule& rule)
{
    const std::string what = rule.protocol + " " + transportName(rule.transport) + " " +
                             rule.ports.toString();
    return {"no link carries " + what + " from the " + endName(catalog, rule.from, Lang::En) +
                " to the " + endName(catalog, rule.to, Lang::En),
            joinJa({endName(catalog, rule.from, Lang::Ja), "から", endName(catalog, rule.to, Lang::Ja),
                    "への", what, "を通すリンクがありません"})};
}

} // namespace edgeplan
