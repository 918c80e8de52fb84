#include "lync/TopologyFile.h"

#include "lync/TopologyReader.h"
#include "text/AsciiText.h"

#include <set>

namespace edgeplan::lync {

namespace {

constexpr char kNamespacePrefix[] = "urn:schema:Microsoft.Rtc.Management.";
constexpr char kSchemaInstance[] = "http://www.w3.org/2001/XMLSchema-instance";

// The roles the importer builds components from (TopologyImport).
const std::set<std::string> kModelledRoles = {"EdgeServer", "UserServices", "Registrar", "WacServer", "WacService"};

// Takes every element and attribute of another namespace out of the tree,
// counting them by name and namespace for one warning each.
void setAsideForeign(XmlElement& root, Diagnostics& warnings)
{
    struct Seen
    {
        int count = 0;
        std::string where;
    };
    std::map<std::pair<std::string, std::string>, Seen> elements;   // (ns, name)
    std::map<std::pair<std::string, std::string>, Seen> attributes; // (ns, name)
    std::vector<XmlElement*> open{&root};
    while (!open.empty()) {
        XmlElement* element = open.back();
        open.pop_back();
        auto& attrs = element->attributes;
        for (auto it = attrs.begin(); it != attrs.end();) {
            const std::string& key = it->first;
            const size_t close = key.find('}');
            if (key.empty() || key.front() != '{' || close == std::string::npos) {
                ++it;
                continue;
            }
            const std::string ns = key.substr(1, close - 1);
            if (ns != kSchemaInstance && !microsoftNamespace(ns)) {
                Seen& seen = attributes[{ns, key.substr(close + 1)}];
                if (seen.count++ == 0)
                    seen.where = element->where();
            }
            it = attrs.erase(it);
        }
        auto& children = element->children;
        for (auto it = children.begin(); it != children.end();) {
            if (microsoftNamespace((*it)->ns)) {
                open.push_back(it->get());
                ++it;
                continue;
            }
            Seen& seen = elements[{(*it)->ns, (*it)->name}];
            if (seen.count++ == 0)
                seen.where = (*it)->where();
            it = children.erase(it);
        }
    }
    for (const auto& [key, seen] : elements)
        warnings.push_back({"import.foreign-element", seen.where, {key.second, key.first, std::to_string(seen.count)},
                            "set aside " + std::to_string(seen.count) + " <" + key.second + "> element" +
                                (seen.count == 1 ? "" : "s") + " of the namespace " + key.first +
                                ", which this importer does not know"});
    for (const auto& [key, seen] : attributes)
        warnings.push_back({"import.foreign-attribute", seen.where,
                            {key.second, key.first, std::to_string(seen.count)},
                            "set aside " + std::to_string(seen.count) + " " + key.second + " attribute" +
                                (seen.count == 1 ? "" : "s") + " of the namespace " + key.first +
                                ", which this importer does not know"});
}

} // namespace

bool microsoftNamespace(const std::string& ns)
{
    return ns.empty() || ns.rfind(kNamespacePrefix, 0) == 0;
}

const NetIf* Machine::find(const std::string& side, int number) const
{
    for (const NetIf& netIf : interfaces)
        if (equalNoCase(netIf.side, side) && netIf.number == number)
            return &netIf;
    return nullptr;
}

bool isModelledRole(const std::string& role)
{
    return kModelledRoles.count(role) > 0;
}

TopologyFile readTopologyFile(XmlElement& root, Diagnostics& diagnostics)
{
    TopologyFile file;
    setAsideForeign(root, file.warnings);
    TopologyReader(file, diagnostics).read(root);
    return file;
}

} // namespace edgeplan::lync
