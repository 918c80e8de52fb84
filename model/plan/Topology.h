#pragma once

#include "base/Ids.h"
#include "catalog/Catalog.h"

#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace edgeplan {

struct Point
{
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

// Who the plan is for and which revision of it this is, as the handoff
// report's title page and the workbook's summary print them; the author
// stays Topology::author(). Empty when not set.
struct SignOff
{
    std::string customer;
    std::string revision;   // "1.2", "B", as the consultant numbers them
    std::string changeNote; // what changed in this revision, in a few words
    bool operator==(const SignOff&) const = default;
};

// The addresses of one interface of a component. `natAddress` is the public
// address the outside sees when the interface sits behind NAT.
struct InterfaceAddress
{
    std::string address;
    std::string natAddress;
    std::string fqdn; // the service's own name (sip.contoso.com), if it has one
    int port = 0;     // a listening port the topology chose over the catalog's (444); 0: none
    bool empty() const { return address.empty() && natAddress.empty() && fqdn.empty() && port == 0; }
    bool operator==(const InterfaceAddress&) const = default;
};

// A SIP domain the deployment serves, and which of its per-domain DNS
// records it publishes (see DnsRecordDef::domainFlag).
struct SipDomain
{
    std::string name;
    bool federation = true; // _sipfederationtls._tcp: federated partners can find the edge
    bool xmpp = true;       // _xmpp-server._tcp: XMPP partners can find the edge
    bool operator==(const SipDomain&) const = default;
};

// The names a project publishes: its SIP domains (the first is the default),
// the internal DNS domain, and the names of the catalog's `names` that the
// project itself keeps (by NameDef id; the rest are defaults or live on
// components).
struct ProjectNaming
{
    std::vector<SipDomain> sipDomains;
    std::string internalDomain; // empty: the default SIP domain
    std::map<std::string, std::string> names;
    bool operator==(const ProjectNaming&) const = default;
};

struct Component
{
    ComponentId id;
    std::string role;
    std::string name;
    std::string zone;
    Point position;
    std::string fqdn;
    std::map<std::string, InterfaceAddress> interfaces; // by interface id; only those set
    std::map<std::string, std::string> properties;      // only those set; else the role's default
    ComponentId pool; // the pool the component is a member of, if any
    // The site of the deployment the component stands in (an imported
    // topology's central or branch site), empty when the plan has one; the
    // diagram draws a band for each site.
    std::string site;
    // Fields of the file this build does not know, as raw JSON, written back on save.
    std::map<std::string, std::string> extraFields;

    const std::string& address(const std::string& interfaceId) const;
    bool operator==(const Component&) const = default;
};

struct Link
{
    LinkId id;
    ComponentId a;
    ComponentId b;
    std::map<std::string, std::string> extraFields; // unknown fields, raw JSON
    bool operator==(const Link&) const = default;
};

// An edit that the model refuses: `code` is stable ("component.unknown-role"),
// what() is an English message.
class EditError : public std::runtime_error
{
public:
    // `args` are the values the message names, for its translations (see Messages.h).
    EditError(std::string code, const std::string& message, std::vector<std::string> args = {})
        : std::runtime_error(message), m_code(std::move(code)), m_args(std::move(args))
    {
    }
    const std::string& code() const { return m_code; }
    const std::vector<std::string>& args() const { return m_args; }

private:
    std::string m_code;
    std::vector<std::string> m_args;
};

// A plan: components placed in zones, links between them and the scenarios
// switched on, against one catalog. Every edit is a method that checks its
// arguments against the catalog and throws EditError rather than break an
// invariant; `revision()` moves on every successful edit.
class Topology
{
public:
    explicit Topology(std::shared_ptr<const Catalog> catalog);

    const Catalog& catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> catalogPtr() const { return m_catalog; }
    std::uint64_t revision() const { return m_revision; }

    const std::string& name() const { return m_name; }
    void setName(const std::string& name);
    const std::string& author() const { return m_author; }
    void setAuthor(const std::string& author);
    const SignOff& signOff() const { return m_signOff; }
    void setSignOff(const SignOff& signOff);

    bool isScenarioEnabled(const std::string& scenarioId) const;
    void setScenarioEnabled(const std::string& scenarioId, bool enabled);
    const std::set<std::string>& enabledScenarios() const { return m_scenarios; }
    const std::string& variant() const { return m_variant; }
    // The edge's external services sit behind NAT: their public addresses are
    // the interfaces' NAT addresses.
    bool nat() const { return m_nat; }
    void setNat(bool nat);
    // Top-level fields of the file this build does not know, as raw JSON.
    const std::map<std::string, std::string>& extraFields() const { return m_extraFields; }
    void setExtraFields(std::map<std::string, std::string> fields) { m_extraFields = std::move(fields); }
    void setVariant(const std::string& variantId); // "" for none
    const ProjectNaming& naming() const { return m_naming; }
    // Refuses a domain or name that is empty where it may not be, too long,
    // or holds a control character or a space; any other text is kept, and
    // the checks say what is not a DNS name.
    void setNaming(ProjectNaming naming);

    const std::map<ComponentId, Component>& components() const { return m_components; }
    const Component* component(ComponentId id) const;
    const std::map<LinkId, Link>& links() const { return m_links; }
    const Link* link(LinkId id) const;
    std::vector<LinkId> linksOf(ComponentId id) const;
    // The link between the two components, in either direction, if any.
    LinkId linkBetween(ComponentId a, ComponentId b) const;

    ComponentId addComponent(const std::string& role, const std::string& name,
                             const std::string& zone, Point position);
    // Puts back a component with its own id (undo, paste, loading).
    void insertComponent(const Component& component);
    // Removes the component and its links; returns the links removed. A pool
    // that still has members cannot be removed.
    std::vector<Link> removeComponent(ComponentId id);
    void setComponentName(ComponentId id, const std::string& name);
    void setComponentZone(ComponentId id, const std::string& zone);
    void setComponentPosition(ComponentId id, Point position);
    void setComponentFqdn(ComponentId id, const std::string& fqdn);
    // Empty clears; anything else must be a literal IPv4 or IPv6 address.
    void setInterfaceAddress(ComponentId id, const std::string& interfaceId,
                             const std::string& address);
    void setInterfaceNatAddress(ComponentId id, const std::string& interfaceId,
                                const std::string& address);
    void setComponentProperty(ComponentId id, const std::string& property, const std::string& value);
    // Makes the component a member of the pool (invalid id: of none).
    void setComponentPool(ComponentId id, ComponentId pool);
    // The members of a pool component, in id order.
    std::vector<ComponentId> members(ComponentId pool) const;
    // Whether the pool component has its virtual addresses in the plan's
    // variant (an edge pool has VIPs only behind hardware load balancers).
    bool poolHasVip(const Component& pool) const;
    // Replaces every field of the component with the same id (an undo
    // snapshot, an inspector edit); checked like insertComponent.
    void updateComponent(const Component& component);
    // The property's value, or the role's default when the component sets none.
    std::string propertyValue(const Component& component, const std::string& property) const;
    // Whether a component of one of the condition's roles holds its property
    // values; remembered until the next edit.
    bool holds(const PlanCondition& condition) const;

    LinkId addLink(ComponentId a, ComponentId b);
    void insertLink(const Link& link);
    void removeLink(LinkId id);

    // A name based on `base` that no component has yet. A host name that
    // ends in a number counts on in its width ("edge01": edge02, edge03, the
    // first free); another name takes a number after a space ("Edge
    // Server", "Edge Server 2", ...).
    std::string uniqueName(const std::string& base) const;
    // The name of a new component of the role: its host name numbered from
    // 01 ("edge01", "edge02", as servers are named), or for a role without
    // one, `roleName` (the role's name in the user's language) made unique.
    std::string newComponentName(const RoleDef& role, const std::string& roleName) const;
    ComponentId nextComponentId() const { return ComponentId{m_nextComponent}; }
    LinkId nextLinkId() const { return LinkId{m_nextLink}; }

    bool operator==(const Topology& other) const;

    // Throws EditError if the component (its role, zone, interfaces,
    // addresses, properties, texts) could not stand in this plan.
    void checkComponent(const Component& component) const;
    // Throws EditError if the link could not join the plan's components;
    // `pending` holds components about to be inserted along with it.
    void checkLink(const Link& link, const std::vector<Component>& pending = {}) const;

private:
    Component& mutableComponent(ComponentId id);
    void checkAddress(const std::string& address) const;
    // An interface's address or its NAT address (the member), checked.
    void setInterfaceField(ComponentId id, const std::string& interfaceId,
                           std::string InterfaceAddress::*field, const std::string& address);
    void touch() { ++m_revision; }
    void indexLink(const Link& link);
    void unindexLink(const Link& link);

    std::shared_ptr<const Catalog> m_catalog;
    std::string m_name;
    std::string m_author;
    SignOff m_signOff;
    std::set<std::string> m_scenarios;
    std::string m_variant;
    bool m_nat = false;
    ProjectNaming m_naming;
    std::map<std::string, std::string> m_extraFields;
    std::map<ComponentId, Component> m_components;
    std::map<LinkId, Link> m_links;
    std::map<ComponentId, std::set<ComponentId>> m_members; // by pool
    // Each component's links, so that finding them does not scan every link.
    std::map<ComponentId, std::set<LinkId>> m_linksByComponent;
    std::uint64_t m_nextComponent = 1;
    std::uint64_t m_nextLink = 1;
    std::uint64_t m_revision = 0;
    mutable std::map<const PlanCondition*, bool> m_holds;
    mutable std::uint64_t m_holdsRevision = 0;
};

} // namespace edgeplan

namespace edgeplan {

// The same plan against another catalog: every component, link, scenario
// and setting carried over. Null, with one English line per component,
// link or scenario the target catalog cannot hold in `problems`. A variant
// the target does not know is dropped.
std::unique_ptr<Topology> convertTopology(const Topology& topology,
                                          std::shared_ptr<const Catalog> target,
                                          std::vector<std::string>* problems);

} // namespace edgeplan
