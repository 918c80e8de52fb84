#pragma once

#include "Catalog.h"
#include "Ids.h"

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

// The addresses of one interface of a component. `natAddress` is the public
// address the outside sees when the interface sits behind NAT.
struct InterfaceAddress
{
    std::string address;
    std::string natAddress;
    bool operator==(const InterfaceAddress&) const = default;
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

    bool isScenarioEnabled(const std::string& scenarioId) const;
    void setScenarioEnabled(const std::string& scenarioId, bool enabled);
    const std::set<std::string>& enabledScenarios() const { return m_scenarios; }
    const std::string& variant() const { return m_variant; }
    // Top-level fields of the file this build does not know, as raw JSON.
    const std::map<std::string, std::string>& extraFields() const { return m_extraFields; }
    void setExtraFields(std::map<std::string, std::string> fields) { m_extraFields = std::move(fields); }
    void setVariant(const std::string& variantId); // "" for none

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
    // Removes the component and its links; returns the links removed.
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
    // Replaces every field of the component with the same id (an undo
    // snapshot, an inspector edit); checked like insertComponent.
    void updateComponent(const Component& component);
    // The property's value, or the role's default when the component sets none.
    std::string propertyValue(const Component& component, const std::string& property) const;

    LinkId addLink(ComponentId a, ComponentId b);
    void insertLink(const Link& link);
    void removeLink(LinkId id);

    // A name based on `base` that no component has yet: "Edge Server", "Edge Server 2", ...
    std::string uniqueName(const std::string& base) const;
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
    void touch() { ++m_revision; }
    void indexLink(const Link& link);
    void unindexLink(const Link& link);

    std::shared_ptr<const Catalog> m_catalog;
    std::string m_name;
    std::string m_author;
    std::set<std::string> m_scenarios;
    std::string m_variant;
    std::map<std::string, std::string> m_extraFields;
    std::map<ComponentId, Component> m_components;
    std::map<LinkId, Link> m_links;
    // Each component's links, so that finding them does not scan every link.
    std::map<ComponentId, std::set<LinkId>> m_linksByComponent;
    std::uint64_t m_nextComponent = 1;
    std::uint64_t m_nextLink = 1;
    std::uint64_t m_revision = 0;
};

} // namespace edgeplan
