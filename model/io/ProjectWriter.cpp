#include "io/ProjectFile.h"

#include <nlohmann/json.hpp>

namespace edgeplan {

using nlohmann::ordered_json;

std::string saveProject(const Topology& topology)
{
    ordered_json root;
    root["format"] = "edgeplan";
    root["version"] = kProjectFormatVersion;
    root["name"] = topology.name();
    if (!topology.author().empty())
        root["author"] = topology.author();
    const SignOff& signOff = topology.signOff();
    if (!signOff.customer.empty())
        root["customer"] = signOff.customer;
    if (!signOff.revision.empty())
        root["revision"] = signOff.revision;
    if (!signOff.changeNote.empty())
        root["changeNote"] = signOff.changeNote;
    root["catalog"] = topology.catalog().id;
    ordered_json scenarios = ordered_json::array();
    for (const Scenario& scenario : topology.catalog().scenarios)
        if (topology.isScenarioEnabled(scenario.id))
            scenarios.push_back(scenario.id);
    root["scenarios"] = scenarios;
    if (!topology.variant().empty())
        root["variant"] = topology.variant();
    if (topology.nat())
        root["nat"] = true;
    if (topology.naming() != ProjectNaming{}) {
        const ProjectNaming& naming = topology.naming();
        ordered_json object;
        ordered_json domains = ordered_json::array();
        for (const SipDomain& domain : naming.sipDomains) {
            ordered_json item;
            item["name"] = domain.name;
            item["federation"] = domain.federation;
            item["xmpp"] = domain.xmpp;
            domains.push_back(item);
        }
        object["sipDomains"] = domains;
        if (!naming.internalDomain.empty())
            object["internalDomain"] = naming.internalDomain;
        if (!naming.names.empty())
            object["names"] = naming.names;
        root["naming"] = object;
    }
    auto addExtra = [](ordered_json& object, const std::map<std::string, std::string>& extra) {
        for (const auto& [key, raw] : extra)
            if (!object.contains(key))
                object[key] = ordered_json::parse(raw, nullptr, false);
    };
    ordered_json components = ordered_json::array();
    for (const auto& [id, c] : topology.components()) {
        ordered_json item;
        item["id"] = id.value;
        item["role"] = c.role;
        item["name"] = c.name;
        item["zone"] = c.zone;
        item["position"] = {{"x", c.position.x}, {"y", c.position.y}};
        if (!c.fqdn.empty())
            item["fqdn"] = c.fqdn;
        if (!c.interfaces.empty()) {
            ordered_json interfaces = ordered_json::object();
            for (const auto& [interfaceId, addresses] : c.interfaces) {
                ordered_json entry = ordered_json::object();
                if (!addresses.address.empty())
                    entry["address"] = addresses.address;
                if (!addresses.natAddress.empty())
                    entry["natAddress"] = addresses.natAddress;
                if (!addresses.fqdn.empty())
                    entry["fqdn"] = addresses.fqdn;
                if (addresses.port != 0)
                    entry["port"] = addresses.port;
                interfaces[interfaceId] = entry;
            }
            item["interfaces"] = interfaces;
        }
        if (!c.properties.empty())
            item["properties"] = c.properties;
        if (c.pool.isValid())
            item["pool"] = c.pool.value;
        if (!c.site.empty())
            item["site"] = c.site;
        addExtra(item, c.extraFields);
        components.push_back(item);
    }
    root["components"] = components;
    ordered_json links = ordered_json::array();
    for (const auto& [id, link] : topology.links()) {
        ordered_json item = {{"id", id.value}, {"a", link.a.value}, {"b", link.b.value}};
        addExtra(item, link.extraFields);
        links.push_back(item);
    }
    root["links"] = links;
    addExtra(root, topology.extraFields());
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace edgeplan
