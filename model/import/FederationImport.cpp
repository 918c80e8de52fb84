#include "import/FederationImport.h"

#include "base/DnsName.h"
#include "io/CsvReader.h"
#include "plan/Generator.h"
#include "text/AsciiText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string_view>

namespace edgeplan {

namespace {

constexpr double kRowHeight = 120;
constexpr double kColumnWidth = 200;
constexpr double kTop = 120;

// Where a list's new components go: columns across their zone's band,
// each filled top down before the next (a short list stays one column, its
// links to the edge crossing nothing), a long list in as many rows as it
// takes to fill the band's columns; every other column half a row lower,
// so that links to a further column pass between the nearer one's
// components. Cells a component of the plan already stands in are skipped.
class GridPlacer
{
public:
    GridPlacer(const Catalog& catalog, const std::string& zone, const Topology& plan, size_t count)
    {
        const int index = catalog.zoneIndex(zone);
        if (index >= 0) {
            const ZoneBand band = zoneBands(catalog)[size_t(index)];
            m_left = band.left;
            m_columns = std::max<size_t>(1, size_t(band.width / kColumnWidth));
            m_columnWidth = band.width / double(m_columns);
        }
        m_rows = std::max(kMinRows, (count + m_columns - 1) / m_columns);
        for (const auto& [id, component] : plan.components())
            if (component.zone == zone)
                if (const auto key = bucket(component.position))
                    m_taken[*key].push_back(component.position);
    }

    Point next()
    {
        for (;; ++m_cell) {
            const size_t column = (m_cell / m_rows) % m_columns;
            const size_t row = m_cell / (m_rows * m_columns) * m_rows + m_cell % m_rows;
            const Point cell{m_left + m_columnWidth * (double(column) + 0.5),
                             kTop + kRowHeight * (double(row) + (column % 2 ? 0.5 : 0))};
            if (isFree(cell)) {
                ++m_cell;
                return cell;
            }
        }
    }

private:
    using Bucket = std::pair<long long, long long>;

    // The components are kept in buckets a cell wide and a row high, so
    // that a cell is checked against the few near it, not the whole plan.
    std::optional<Bucket> bucket(const Point& p) const
    {
        const double bx = std::floor(p.x / bucketWidth());
        const double by = std::floor(p.y / kRowHeight);
        // Far beyond any cell (or not a number): it takes no cell's place.
        if (!(std::abs(bx) < 1e15 && std::abs(by) < 1e15))
            return std::nullopt;
        return Bucket{static_cast<long long>(bx), static_cast<long long>(by)};
    }

    double bucketWidth() const { return std::max(m_columnWidth, 1.0); }

    bool isFree(const Point& cell) const
    {
        const auto key = bucket(cell);
        if (!key)
            return true;
        for (long long dx = -1; dx <= 1; ++dx) {
            for (long long dy = -1; dy <= 1; ++dy) {
                const auto it = m_taken.find({key->first + dx, key->second + dy});
                if (it == m_taken.end())
                    continue;
                for (const Point& p : it->second)
                    if (std::abs(p.x - cell.x) < m_columnWidth * 0.75 && std::abs(p.y - cell.y) < kRowHeight * 0.75)
                        return false;
            }
        }
        return true;
    }

    static constexpr size_t kMinRows = 5;
    double m_left = 0;
    size_t m_columns = 1;
    size_t m_rows = kMinRows;
    double m_columnWidth = kColumnWidth;
    size_t m_cell = 0;
    std::map<Bucket, std::vector<Point>> m_taken;
};

std::string trimmed(const std::string& text)
{
    const size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

struct ListKind
{
    FederationListKind kind;
    const char* role;
    const char* scenario;
    const char* label;
};

constexpr ListKind kKinds[] = {
    {FederationListKind::AllowedDomains, "sip-federation-partner", "sip-federation", "SIP federation partner"},
    {FederationListKind::XmppPartners, "xmpp-partner", "xmpp-federation", "XMPP partner"},
    {FederationListKind::PublicProviders, "public-im-provider", "public-im", "public IM provider"},
};

std::optional<FederationListKind> kindOf(const std::vector<std::string>& header)
{
    const auto has = [&](const char* name) {
        return std::any_of(header.begin(), header.end(), [&](const std::string& h) { return asciiLower(h) == asciiLower(name); });
    };
    if (has("Domain") && (has("PartnerType") || has("TLSNegotiation") || has("SaslNegotiation") ||
                          has("SupportDialbackNegotiation")))
        return FederationListKind::XmppPartners;
    if (has("Domain") && has("ProxyFqdn") && (has("MarkForMonitoring") || has("Comment")))
        return FederationListKind::AllowedDomains;
    if (!has("Domain") && has("ProxyFqdn") && has("VerificationLevel"))
        return FederationListKind::PublicProviders;
    return std::nullopt;
}

struct ParsedList
{
    CsvTable table;
    FederationListKind kind = FederationListKind::AllowedDomains;
};

// The text without its "#TYPE ..." line, if any, and the number of the
// line it then starts on.
std::pair<std::string_view, int> withoutTypeLine(std::string_view text)
{
    if (text.empty() || text.front() != '#')
        return {text, 1};
    const size_t end = text.find('\n');
    return {end == std::string_view::npos ? std::string_view() : text.substr(end + 1), 2};
}

std::optional<ParsedList> parseList(const std::string& bytes, Diagnostics& diagnostics)
{
    const auto text = decodeText(bytes, diagnostics);
    if (!text)
        return std::nullopt;
    const auto [csv, firstLine] = withoutTypeLine(*text);
    auto table = readCsv(csv, diagnostics, firstLine);
    if (!table)
        return std::nullopt;
    const auto kind = kindOf(table->header);
    if (!kind) {
        diagnostics.push_back({"import.not-federation-list", "line " + std::to_string(firstLine), {},
                               "the header is not that of Get-CsAllowedDomain, Get-CsXmppAllowedPartner or "
                               "Get-CsPublicProvider exported with Export-Csv"});
        return std::nullopt;
    }
    return ParsedList{std::move(*table), *kind};
}

// The public IM network of a provider, told by its name; empty when unknown.
std::string networkOf(const std::string& identity)
{
    const std::string name = asciiLower(identity);
    if (name.find("skype") != std::string::npos)
        return "skype";
    if (name.find("msn") != std::string::npos || name.find("live") != std::string::npos ||
        name.find("messenger") != std::string::npos)
        return "windows-live";
    if (name.find("aol") != std::string::npos)
        return "aol";
    if (name.find("yahoo") != std::string::npos)
        return "yahoo";
    return {};
}

class FederationImporter
{
public:
    FederationImporter(ImportResult& result, const Topology& plan) : m_result(result), m_plan(plan) {}

    void run(const std::string& bytes)
    {
        auto parsed = parseList(bytes, m_result.diagnostics);
        if (!parsed)
            return;
        const ListKind& kind = *std::find_if(std::begin(kKinds), std::end(kKinds),
                                             [&](const ListKind& k) { return k.kind == parsed->kind; });
        const Catalog& catalog = m_plan.catalog();
        if (!catalog.role(kind.role)) {
            fail("", "component.unknown-role", "unknown role \"" + std::string(kind.role) + "\"", {kind.role});
            return;
        }
        const ComponentId edge = findEdge();
        if (!edge.isValid()) {
            fail("", "import.no-edge", "the plan has no edge server or edge pool to link the partners to");
            return;
        }
        auto topology = convertTopology(m_plan, m_plan.catalogPtr(), nullptr);
        if (!topology) {
            fail("", "import.plan", "the plan cannot be copied");
            return;
        }
        const CsvTable& table = parsed->table;
        const auto column = [&](const char* name) -> int {
            for (size_t i = 0; i < table.header.size(); ++i)
                if (asciiLower(table.header[i]) == asciiLower(name))
                    return int(i);
            return -1;
        };
        const int domainColumn = column("Domain");
        const int proxyColumn = column("ProxyFqdn");
        const int identityColumn = column("Identity");
        const int commentColumn = column(parsed->kind == FederationListKind::XmppPartners ? "Description" : "Comment");
        const int enabledColumn = column("Enabled");
        const auto field = [&](size_t row, int col) {
            return col < 0 ? std::string() : trimmed(table.rows[row][size_t(col)]);
        };

        std::map<std::string, bool> known; // lower-cased key of partners of the role already in the plan
        // The names taken, kept here: Topology::uniqueName looks at every
        // component, and a list may hold thousands of domains.
        std::set<std::string> taken;
        for (const auto& entry : topology->components())
            taken.insert(entry.second.name);
        const auto uniqueName = [&](const std::string& base) {
            if (taken.insert(base).second)
                return base;
            for (int n = 2;; ++n)
                if (const std::string candidate = base + " " + std::to_string(n); taken.insert(candidate).second)
                    return candidate;
        };
        for (const auto& entry : topology->components()) {
            const Component& component = entry.second;
            if (component.role != kind.role)
                continue;
            known[asciiLower(topology->propertyValue(component, kSipDomainProperty))] = true;
            known[asciiLower(component.name)] = true;
        }
        const std::string& zone = catalog.role(kind.role)->defaultZone;
        GridPlacer place(catalog, zone, *topology, table.rows.size());

        size_t added = 0;
        for (size_t row = 0; row < table.rows.size(); ++row) {
            const std::string where = "line " + std::to_string(table.rowLines[row]);
            Component component;
            component.role = kind.role;
            component.zone = zone;
            const std::string proxy = field(row, proxyColumn);
            std::string key;
            if (parsed->kind == FederationListKind::PublicProviders) {
                const std::string identity = field(row, identityColumn);
                if (identity.empty()) {
                    fail(where, "import.missing-field", "the row has no Identity", {"Identity"});
                    continue;
                }
                if (asciiLower(field(row, enabledColumn)) == "false") {
                    m_result.report.push_back({"import.provider-disabled", where, {identity},
                                               "left out the public IM provider " + identity + ": it is disabled"});
                    continue;
                }
                component.name = identity;
                key = identity;
                if (const std::string network = networkOf(identity); !network.empty())
                    component.properties["network"] = network;
                else
                    m_result.report.push_back({"import.provider-network", where, {identity},
                                               "the public IM provider " + identity +
                                                   " is of no network the catalog knows; it keeps the default network"});
            } else {
                const std::string domain = field(row, domainColumn);
                if (domain.empty()) {
                    fail(where, "import.missing-field", "the row has no Domain", {"Domain"});
                    continue;
                }
                component.name = domain;
                component.properties[kSipDomainProperty] = domain;
                key = domain;
            }
            if (!proxy.empty() && !isFqdn(proxy)) {
                fail(where, "import.fqdn", "ProxyFqdn \"" + proxy + "\" is not a DNS name", {"ProxyFqdn", proxy});
                continue;
            }
            if (parsed->kind != FederationListKind::PublicProviders && !isFqdn(key)) {
                fail(where, "import.fqdn", "Domain \"" + key + "\" is not a DNS name", {"Domain", key});
                continue;
            }
            component.fqdn = proxy;
            if (known.count(asciiLower(key))) {
                m_result.report.push_back({"import.already-there", where, {kind.label, key},
                                           "left out the " + std::string(kind.label) + " " + key +
                                               ": the plan already has it"});
                continue;
            }
            known[asciiLower(key)] = true;
            const std::string comment = field(row, commentColumn);
            if (!comment.empty())
                component.extraFields["notes"] = nlohmann::json::array({comment}).dump();
            component.id = topology->nextComponentId();
            component.name = uniqueName(component.name);
            component.position = place.next();
            try {
                topology->insertComponent(component);
                topology->addLink(edge, component.id);
            } catch (const EditError& e) {
                fail(where, e.code(), e.what(), e.args());
                continue;
            }
            ++added;
            std::string english = "created the " + std::string(kind.label) + " " + component.name;
            std::vector<std::string> args{kind.label, component.name};
            std::string code = "import.created-partner";
            if (!proxy.empty()) {
                english += " (" + proxy + ")";
                args.push_back(proxy);
                code += "-proxy";
            }
            if (!comment.empty()) {
                english += ", with the note \u201c" + comment + "\u201d";
                args.push_back(comment);
                code += "-note";
            }
            m_result.report.push_back({code, where, std::move(args), english});
        }
        if (!m_result.diagnostics.empty())
            return;
        if (catalog.scenario(kind.scenario) && added > 0 && !topology->isScenarioEnabled(kind.scenario)) {
            topology->setScenarioEnabled(kind.scenario, true);
            m_result.report.push_back({"import.scenario-on", "", {kind.scenario},
                                       "switched on the scenario " + std::string(kind.scenario)});
        }
        m_result.topology = std::move(topology);
    }

private:
    void fail(const std::string& where, const std::string& code, const std::string& message,
              std::vector<std::string> args = {})
    {
        m_result.diagnostics.push_back({code, where, std::move(args), message});
    }

    ComponentId findEdge() const
    {
        for (const char* role : {"edge-pool", "edge-server"})
            for (const auto& [id, component] : m_plan.components())
                if (component.role == role && !component.pool.isValid())
                    return id;
        return {};
    }

    ImportResult& m_result;
    const Topology& m_plan;
};

} // namespace

ImportResult importFederationList(const std::string& bytes, const Topology& plan)
{
    ImportResult result;
    FederationImporter(result, plan).run(bytes);
    if (!result.diagnostics.empty()) {
        result.topology.reset();
        result.report.clear();
    }
    return result;
}

bool looksLikeFederationList(const std::string& bytes)
{
    Diagnostics ignored;
    const auto text = decodeText(bytes, ignored);
    return text && looksLikeFederationText(*text);
}

bool looksLikeFederationText(std::string_view text)
{
    // Only the header line is read, not the whole list.
    std::string_view head = withoutTypeLine(text).first;
    head = head.substr(0, head.find('\n') == std::string_view::npos ? head.size() : head.find('\n') + 1);
    Diagnostics ignored;
    const auto table = readCsv(head, ignored);
    return table && kindOf(table->header).has_value();
}

} // namespace edgeplan
