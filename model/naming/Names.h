#pragma once

// The names a plan publishes, by the catalog's `names` section: the SIP
// domains in force, a component's name as a DNS label, the value of each
// name. Below, in namespace naming, what the DNS records, the certificates
// and the naming checks derive theirs with: the catalog's name templates
// expanded, the components a definition binds, the domain cache.

#include "base/DnsName.h" // isFqdn: the one rule for DNS names
#include "plan/Topology.h"

#include <optional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace edgeplan {

// The SIP domains in force: the project's own, or, while it lists none, the
// `sipDomain` property of the components that publish DNS names (plans from
// before the project kept domains), each once, in component order.
std::vector<SipDomain> effectiveSipDomains(const Topology& topology);
std::string defaultSipDomain(const Topology& topology);  // "" when there is none
std::string internalDomain(const Topology& topology);    // the project's, else the default SIP domain

// A component's name as a DNS label: lower case, letters, digits and hyphens.
std::string dnsLabel(const std::string& name);

// The value of a catalog name for a component (for "interface" and
// "component" names; the pool's, for a pool member), and whether the plan
// set it or it is the catalog's default.
struct NameValue
{
    const NameDef* def = nullptr;
    ComponentId component; // invalid for "project" names
    std::string value;
    std::string defaultValue;
    bool isDefault = true;
};
NameValue resolveName(const Topology& topology, const NameDef& def, const Component* component);

// Every name of the plan: the project's, then per component in id order (a
// pool's members share the pool's and are not listed).
std::vector<NameValue> planNames(const Topology& topology);

namespace naming {

bool contains(const std::vector<std::string>& list, const std::string& value);
// Whether one of the scenarios is on; an empty list always is.
bool scenariosOn(const Topology& topology, const std::vector<std::string>& scenarios);
bool planHolds(const Topology& topology, const std::optional<PlanCondition>& condition);

// The components of the roles that stand for themselves: a member whose
// pool is of the roles too is the pool's business.
std::vector<const Component*> ownersOf(const Topology& topology, const std::vector<std::string>& roles);
// The first of them in id order, or null.
const Component* firstOwnerOf(const Topology& topology, const std::vector<std::string>& roles);

// The roles whose components publish names: the sources of the project's
// SIP domains while it lists none.
std::set<std::string> publishingRoles(const Catalog& catalog);

// While a derivation runs, the SIP domains in force are worked out once:
// every name of every record needs the default domain, and finding it from
// the components' properties scans the whole plan. So are the owners of
// each set of roles, which every definition of a record, a name or a
// certificate asks for. The outermost scope of a thread keeps them until
// it ends; the plan does not change while it lasts.
struct DomainCache
{
    const Topology* topology = nullptr;
    std::vector<SipDomain> domains;
    mutable std::map<std::vector<std::string>, std::vector<const Component*>> owners;
};

class DomainScope
{
public:
    explicit DomainScope(const Topology& topology);
    ~DomainScope();
    DomainScope(const DomainScope&) = delete;
    DomainScope& operator=(const DomainScope&) = delete;

private:
    DomainCache m_cache;
    bool m_owner = false;
};

// While one lives on this thread, each name that falls back to the first
// owner of its roles (a name of a role the component being named is not
// of) notes which component that was: what a derivation kept per owner
// depends on besides the owner, its pool and its members.
class FallbackRecorder
{
public:
    FallbackRecorder();
    ~FallbackRecorder();
    FallbackRecorder(const FallbackRecorder&) = delete;
    FallbackRecorder& operator=(const FallbackRecorder&) = delete;
    // Each set of roles asked for, with the owner found (invalid: none).
    const std::vector<std::pair<std::vector<std::string>, ComponentId>>& used() const { return m_used; }
    void note(const std::vector<std::string>& roles, const Component* owner);

private:
    std::vector<std::pair<std::vector<std::string>, ComponentId>> m_used;
    FallbackRecorder* m_outer = nullptr;
};

struct Expansion
{
    const Topology& topology;
    const Component* component = nullptr;
    std::string sipDomain;
    int depth = 0;
    bool* missing = nullptr; // set when a domain the text needs is not known
};

// A template with its placeholders filled in: {domain}, {sipDomain},
// {internalDomain}, {component}, {name:ID}.
std::string expand(const std::string& text, const Expansion& context);

// Whether a SIP domain carries the flag ("federation", "xmpp"); any domain
// does for no flag.
bool domainHasFlag(const SipDomain& domain, const std::string& flag);

// Adds the name unless it is empty or listed already (as a DNS name).
void addName(std::vector<std::string>& names, const std::string& name);

// The names a template gives: one, or one per SIP domain (with the flag).
std::vector<std::pair<std::string, std::string>> expandPerDomain(const Topology& topology,
                                                                 const std::string& text,
                                                                 const Component* component,
                                                                 const std::string& flag);

} // namespace naming

} // namespace edgeplan
