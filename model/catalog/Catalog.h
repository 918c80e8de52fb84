#pragma once

// The rule catalog's types, its lookups by id and the text of a reference;
// catalog/CatalogReader reads one, catalog/CatalogValidator checks what its
// entries say of each other.

#include "base/Localized.h"
#include "base/Ports.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace edgeplan {

// Network zones, in order from the inside out (internal, perimeter, external).
struct Zone
{
    std::string id;
    LocalizedText name;
};

// A firewall stands between two adjacent zones.
struct Firewall
{
    std::string id;
    LocalizedText name;
    std::string innerZone;
    std::string outerZone;
};

// The positions by id of one list of a catalog, so that a lookup does not
// search the list: built by the loader once the list is read, as catalogs
// do not change after. A list whose size changed since is searched instead.
struct IdIndex
{
    std::unordered_map<std::string, int> positions; // a repeated id: its first place, as a search finds
    size_t size = 0;                                // of the list when indexed
};

struct InterfaceDef
{
    std::string id;
    LocalizedText name;
    // "external" interfaces face the Internet, "internal" ones the LAN; the
    // checks use it to know which address partners must reach.
    std::string side;
};

// A property a component of the role may carry (XMPP gateway, partner's
// server version, ...), which rules may require through `when`.
struct PropertyDef
{
    std::string id;
    LocalizedText name;
    std::string type; // "bool", "text" or "choice"
    std::vector<std::string> choices;
    std::string defaultValue;
};

// A role that the world has retired (Windows Live Messenger federation
// ended on 2013-03-15): components of it, when they hold the `when`
// property values, get a warning with the note.
struct Retirement
{
    std::string date; // YYYY-MM-DD
    LocalizedText note;
    std::map<std::string, std::string> when;
};

// A role whose components hold member servers (an edge pool holds edge
// servers). The pool's own interface addresses are its virtual addresses
// (VIPs), which exist only in the listed deployment variants (hardware load
// balancing); an empty list means the pool always has them.
struct PoolDef
{
    std::vector<std::string> members; // role ids
    std::vector<std::string> vipVariants;
};

struct RoleDef
{
    std::string id;
    LocalizedText name;
    std::string defaultZone;
    // The zones a component of the role may stand in; the catalog may leave
    // it out, and then it is the default zone alone.
    std::vector<std::string> allowedZones;
    std::string icon;
    // The start of a new component's name, numbered ("edge" → edge01,
    // edge02): a DNS label, as servers are named; empty for a role whose
    // components are named after the role (clients, partners).
    std::string hostName;
    std::vector<InterfaceDef> interfaces;
    std::vector<PropertyDef> properties;
    // A component of the role must be linked to one of these roles (partners
    // and clients reach the plan only through the edge server).
    std::vector<std::string> requiresLinkTo;
    // Every interface a rule uses needs a real address: a table that says
    // Any there cannot be handed to a firewall team.
    bool addressesRequired = false;
    std::optional<Retirement> retired;
    std::optional<PoolDef> pool;

    const InterfaceDef* interfaceDef(const std::string& interfaceId) const;
    const PropertyDef* propertyDef(const std::string& propertyId) const;
    bool allowsZone(const std::string& zoneId) const;

    IdIndex interfaceIndex;
    IdIndex propertyIndex;
};

// A rule that must be carried by some link whenever the scenario is used at
// all, and why (XMPP federation needs the Front End's XMPP gateway linked to
// the edge server).
struct RequiredRule
{
    std::string rule;
    LocalizedText why;
};

struct Scenario
{
    std::string id;
    LocalizedText name;
    LocalizedText description;
    std::vector<RequiredRule> requiredRules;
    LocalizedText shortName; // for a narrow column ("Remote access"); the name when the catalog gives none
    const LocalizedText& shortOrName() const { return shortName.en.empty() ? name : shortName; }
};

struct Service
{
    std::string id;
    LocalizedText name;
};

// One end of a rule: the roles it may bind to, the interface of those roles
// it uses (empty: the component as a whole), the document's own words for
// it, and property values the component must hold.
// How a rule's end binds a pool that holds members: one row per member
// server ("each server" in the documents), one row for the pool's virtual
// address ("VIP"), or both.
enum class PoolBinding { Vip, Members, Both };

struct RuleEndpoint
{
    std::vector<std::string> roles;
    std::string interfaceId;
    LocalizedText label;
    std::map<std::string, std::string> when;
    PoolBinding pool = PoolBinding::Vip;
};

// The plan holds a component of one of the roles with the property values
// (a federation partner running OCS 2007).
struct PlanCondition
{
    std::vector<std::string> roles;
    std::map<std::string, std::string> when;
};

// Which end's listening port the rule's ports are, when a topology may move
// it (one shared external address puts web conferencing on 444).
enum class ListenPort { None, From, To };

struct Reference
{
    std::string document;
    LocalizedText table;
    int row = 0;
    std::string key;                 // the row's id in the reference tables ("E6"), if any
    std::vector<std::string> alsoIn; // other pages that list the same row
};

// "JJ618373, <table> E6": where a catalog row of names, DNS records or
// certificates comes from, for the exports and the window's tool tips.
std::string referenceText(const Reference& reference, Lang lang);

struct Rule
{
    std::string id;
    std::string scenario;
    std::string service;
    std::string protocol; // as the document writes it: "SIP (MTLS)", "STUN/MSTURN"
    Transport transport = Transport::Tcp;
    PortRange ports;
    RuleEndpoint from;
    RuleEndpoint to;
    LocalizedText label; // the document's first column, word for word
    LocalizedText note;
    Reference reference;
    std::vector<std::string> variants; // empty: holds in every deployment variant
    ListenPort listenPort = ListenPort::None;
    std::optional<PlanCondition> planHas; // listed only when the plan holds such a component
    std::string jaSource; // "translated" when no Microsoft page gives the Japanese
};

struct CatalogSource
{
    std::string document;
    LocalizedText title;
    std::string date;
    std::string url;
};

struct Variant
{
    std::string id;
    LocalizedText name;
    bool natAllowed = true; // hardware load balancing forbids NAT
    // The port summary page that describes this variant, behind NAT and with
    // public addresses (empty document: the catalog names none). A rule cites
    // it when its reference lists it (the reference's document or alsoIn).
    CatalogSource natPage;
    CatalogSource publicPage;
};

// One hop of a flow: the catalog rule that carries it, and what the hop
// means, in the source document's terms.
struct FlowStep
{
    std::string rule;
    LocalizedText caption;
};

// A named sequence of catalog rules ("an XMPP partner sends a message") that
// the presenter view plays hop by hop. Every step's rule belongs to the
// flow's scenario.
struct Flow
{
    std::string id;
    LocalizedText title;
    LocalizedText description;
    std::string scenario;
    std::vector<FlowStep> steps;
};

// A DNS name the plan publishes (sip.contoso.com), and where a plan keeps its
// own value for it: "interface" (the FQDN of the interface `interfaceId` of a
// component of one of `roles`), "component" (the component's FQDN) or
// "project" (the project's list of names). When the plan keeps none, the name
// is `defaultName`, a template: {domain} the default SIP domain,
// {internalDomain}, {component} the component's name as a DNS label.
struct NameDef
{
    std::string id;
    LocalizedText name;
    std::string source; // "interface", "component" or "project"
    std::vector<std::string> roles;
    std::string interfaceId;
    std::string defaultName;
};

enum class DnsLocation { External, Internal };

// The components whose addresses an A record gives: of the roles (only the
// first role the plan holds, when `firstRoleOnly`), the interface's address,
// a pool's members or VIP as for rules.
struct AddressBinding
{
    std::vector<std::string> roles;
    std::string interfaceId;
    PoolBinding pool = PoolBinding::Vip;
    bool firstRoleOnly = false;
};

// A DNS record the plan needs. Names and targets are templates as for
// NameDef, plus {sipDomain} (the record repeats for every SIP domain) and
// {name:ID} (a name of the catalog's `names`, of the bound component).
struct DnsRecordDef
{
    std::string id;
    DnsLocation location = DnsLocation::External;
    std::string type;               // "A" (A or AAAA by the address) or "SRV"
    std::vector<std::string> names; // A: every name the addresses are published under
    AddressBinding at;              // A
    std::string service;            // SRV: "_sip._tls"; the name is service.{sipDomain}
    std::string target;             // SRV
    int port = 0;                   // SRV
    std::string portFrom;           // SRV: an interface whose listening port, when the plan moves it, is the port
    int priority = 0;
    int weight = 0;
    std::vector<std::string> scenarios;  // listed only when one is on; empty: always
    std::optional<PlanCondition> planHas; // listed only when the plan holds such a component
    std::string domainFlag;              // per SIP domain: only for domains with this flag ("federation", "xmpp")
    std::vector<std::string> requiredBy; // a domain without the flag is a mistake while one of these scenarios is on
    LocalizedText reason;
    Reference reference;
};

// A name a certificate carries, and when.
struct CertificateNameDef
{
    std::string name; // template, {sipDomain} repeats it per domain
    std::vector<std::string> scenarios;
    std::optional<PlanCondition> planHas;
};

// A certificate the plan needs: one per component of the roles (a pool's
// members carry the pool's), assigned to the interface.
struct CertificateDef
{
    std::string id;
    LocalizedText name;
    std::vector<std::string> roles;
    std::string interfaceId;
    std::string subject;                       // template
    std::vector<CertificateNameDef> alternativeNames; // empty: no SAN extension
    std::string authority;                     // "public" or "public-or-private"
    std::vector<std::string> keyUsage;         // "digitalSignature", "keyEncipherment"
    std::vector<std::string> extendedKeyUsage; // "serverAuth", "clientAuth"
    LocalizedText note;
    Reference reference;
};

class Catalog
{
public:
    std::string id;
    int version = 1;
    LocalizedText title;
    CatalogSource source;
    std::vector<Zone> zones;
    std::vector<Firewall> firewalls;
    std::vector<Service> services;
    std::vector<Scenario> scenarios;
    std::vector<Variant> variants;
    std::vector<RoleDef> roles;
    std::vector<Rule> rules; // in the document's order
    std::vector<Flow> flows; // in the catalog's order
    std::vector<NameDef> names;
    std::vector<DnsRecordDef> dnsRecords;          // in report order
    std::vector<CertificateDef> certificates;      // in report order

    const RoleDef* role(const std::string& roleId) const;
    const Zone* zone(const std::string& zoneId) const;
    int zoneIndex(const std::string& zoneId) const; // -1 when unknown
    const Firewall* firewall(const std::string& firewallId) const;
    const Service* service(const std::string& serviceId) const;
    const Scenario* scenario(const std::string& scenarioId) const;
    int scenarioIndex(const std::string& scenarioId) const;
    const Rule* rule(const std::string& ruleId) const;
    int ruleIndex(const std::string& ruleId) const;
    const Flow* flow(const std::string& flowId) const;
    // The firewalls a path between the two zones passes, from the inside out.
    std::vector<const Firewall*> firewallsBetween(const std::string& zoneA,
                                                  const std::string& zoneB) const;
    const Variant* variant(const std::string& variantId) const;
    const NameDef* nameDef(const std::string& nameId) const;
    // Whether any rule can bind a component of roleA to one of roleB (either way).
    bool rolesCanLink(const std::string& roleA, const std::string& roleB) const;

    // Which of an interface's own fields mean something for a component of
    // the role, by what the catalog reads of them: a public (NAT) address on
    // an interface that faces outward from a zone behind a firewall; a
    // service FQDN where a name of `names` is the interface's; a listening
    // port where a rule or an SRV record takes its port from the interface.
    struct InterfaceFields
    {
        bool nat = false;
        bool serviceFqdn = false;
        bool listeningPort = false;
    };
    InterfaceFields interfaceFields(const RoleDef& role, const InterfaceDef& interface) const;

    // Indexes the lists above (and each role's interfaces and properties)
    // for the lookups; the loader calls it once every list is read.
    void index();

private:
    IdIndex m_zoneIndex;
    IdIndex m_firewallIndex;
    IdIndex m_serviceIndex;
    IdIndex m_scenarioIndex;
    IdIndex m_variantIndex;
    IdIndex m_roleIndex;
    IdIndex m_ruleIndex;
    IdIndex m_flowIndex;
    IdIndex m_nameIndex;
};

} // namespace edgeplan
