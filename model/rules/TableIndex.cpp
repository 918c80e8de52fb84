// TableIndex (rules/RuleEngine.h): the tables of deriveTables kept current
// edit by edit, their folded rows (rules/Folding.h) included.

#include "rules/Folding.h"
#include "rules/Placement.h"
#include "rules/RuleEngine.h"

#include <set>
#include <unordered_set>

namespace edgeplan {

namespace {

// The openings whose links' facts this update has kept already: once is
// enough, as every row that joins one later comes from a link the update
// derives again (kept at its start). Per thread, cleared by each update(),
// so that the header (and all that includes it) need not change for it.
thread_local std::unordered_set<const void*> t_notedOpenings;

} // namespace

TableIndex::TableIndex(const Topology& topology) : m_topology(topology)
{
    rebuild();
}

void TableIndex::rebuild()
{
    m_rows.clear();
    m_byLink.clear();
    m_linksByEnd.clear();
    m_openings.clear();
    m_scenarioOfRule = scenarioIndexByRule(m_topology.catalog());
    m_planConditions = planConditions();
    for (const auto& [linkId, link] : m_topology.links())
        addLink(linkId);
    m_before.clear();
    m_tables.reset();
}

std::vector<bool> TableIndex::planConditions() const
{
    std::vector<bool> result;
    for (const Rule& rule : m_topology.catalog().rules)
        if (rule.planHas)
            result.push_back(m_topology.holds(*rule.planHas));
    return result;
}

std::optional<std::vector<LinkId>> TableIndex::update(const std::vector<LinkId>& links,
                                                      const std::vector<ComponentId>& components)
{
    // A rule that the plan's contents switch on or off (an OCS 2007 partner
    // added, changed or removed) touches every link: derive everything again.
    if (!m_planConditions.empty() && planConditions() != m_planConditions) {
        rebuild();
        return std::nullopt;
    }
    std::set<LinkId> touched(links.begin(), links.end());
    for (const ComponentId id : components) {
        for (const LinkId link : m_topology.linksOf(id))
            touched.insert(link);
        if (const auto found = m_linksByEnd.find(id); found != m_linksByEnd.end())
            for (const auto& [link, count] : found->second)
                touched.insert(link);
        // A member's rows hang on its pool's links.
        if (const Component* c = m_topology.component(id); c && c->pool.isValid())
            for (const LinkId link : m_topology.linksOf(c->pool))
                touched.insert(link);
    }
    // The facts of the touched links now; the links whose rows fold with
    // theirs are noted as their openings change (noteLinksOf).
    m_before.clear();
    for (const LinkId link : touched)
        m_before.emplace(link, rowFacts(link));
    // Every touched link out first, then in again: a row that two of them
    // carry (a member's row through its pool's link and its own) is made
    // afresh, not kept from the link not yet derived again.
    m_noting = true;
    t_notedOpenings.clear();
    for (const LinkId link : touched)
        removeLink(link);
    for (const LinkId link : touched)
        if (m_topology.link(link))
            addLink(link);
    m_noting = false;
    if (!touched.empty())
        m_tables.reset();
    std::vector<LinkId> changed;
    for (const auto& [link, facts] : m_before)
        if (facts != rowFacts(link))
            changed.push_back(link);
    m_before.clear();
    return changed;
}

std::vector<TableIndex::RowFacts> TableIndex::rowFacts(LinkId link) const
{
    std::vector<RowFacts> facts;
    const auto found = m_byLink.find(link);
    if (found == m_byLink.end())
        return facts;
    facts.reserve(found->second.size());
    for (const Key& key : found->second) {
        const auto row = m_rows.find(key);
        if (row == m_rows.end())
            continue;
        const TableRow& r = row->second.row;
        const Opening* opening = row->second.opening;
        facts.push_back({key.firewall, key.rule, key.sourceId, key.destinationId, r.binding.ports, r.direction,
                         r.crossesSeveral, opening ? opening->members.size() : 1,
                         opening && opening->coveredBy, opening ? opening->coveringCount : 0});
    }
    return facts;
}

void TableIndex::noteLinksOf(const Opening& opening)
{
    if (!m_noting || !t_notedOpenings.insert(&opening).second)
        return;
    for (const auto& [key, entry] : opening.members)
        for (const LinkId link : entry->links)
            if (!m_before.count(link))
                m_before.emplace(link, rowFacts(link));
}

// Of the openings of the same firewall, direction, transport and ports as
// `key` (an opening from or to Any), those it may cover: from Any to D, the
// openings to D (side by side: the destination comes before the source in
// the key); from S to Any, the openings from S (told by a string compare
// before anything else is done with them). An opening with Any at both ends
// covers none (coveringKeys).
template <typename F>
void TableIndex::forEachOfPorts(const OpeningKey& key, F&& f)
{
    const bool fromAny = key.source == kAnyAddress;
    const bool toAny = key.destination == kAnyAddress;
    if (fromAny == toAny)
        return;
    OpeningKey low = key;
    low.source.clear();
    if (toAny)
        low.destination.clear();
    for (auto it = m_openings.lower_bound(low); it != m_openings.end() && samePorts(it->first, key); ++it) {
        if (fromAny && it->first.destination != key.destination)
            break;
        if (toAny && it->first.source != key.source)
            continue;
        f(it->second);
    }
}

void TableIndex::recover(Opening& opening)
{
    Opening* cover = nullptr;
    for (const OpeningKey& key : coveringKeys(*opening.key))
        if (const auto found = m_openings.find(key); found != m_openings.end()) {
            cover = &found->second;
            break;
        }
    if (cover == opening.coveredBy)
        return;
    noteLinksOf(opening);
    if (opening.coveredBy) {
        noteLinksOf(*opening.coveredBy);
        --opening.coveredBy->coveringCount;
    }
    if (cover) {
        noteLinksOf(*cover);
        ++cover->coveringCount;
    }
    opening.coveredBy = cover;
}

void TableIndex::joinOpening(const Key& key, Entry& entry)
{
    const OpeningKey openingKeyOfRow = openingKey(m_topology, key.firewall, entry.row);
    const auto [it, created] = m_openings.try_emplace(openingKeyOfRow);
    Opening& opening = it->second;
    if (created) {
        opening.key = &it->first;
        opening.withAny = openingKeyOfRow.source == kAnyAddress || openingKeyOfRow.destination == kAnyAddress;
        recover(opening);
        // An opening from or to Any may cover others of its ports now.
        if (opening.withAny)
            forEachOfPorts(openingKeyOfRow, [&](Opening& other) {
                if (&other != &opening)
                    recover(other);
            });
    } else {
        noteLinksOf(opening);
    }
    opening.members.emplace(&key, &entry);
    entry.opening = &opening;
}

void TableIndex::leaveOpening(const Key& key, Entry& entry)
{
    Opening& opening = *entry.opening;
    entry.opening = nullptr;
    noteLinksOf(opening);
    opening.members.erase(&key);
    if (!opening.members.empty())
        return;
    if (opening.coveredBy) {
        noteLinksOf(*opening.coveredBy);
        --opening.coveredBy->coveringCount;
    }
    // The openings it covered look for another coverer once it is gone.
    std::vector<Opening*> uncovered;
    if (opening.withAny)
        forEachOfPorts(*opening.key, [&](Opening& other) {
            if (other.coveredBy != &opening)
                return;
            noteLinksOf(other);
            other.coveredBy = nullptr;
            uncovered.push_back(&other);
        });
    const OpeningKey gone = *opening.key;
    m_openings.erase(gone);
    for (Opening* other : uncovered)
        recover(*other);
}

void TableIndex::addLink(LinkId linkId)
{
    std::vector<Key>& keys = m_byLink[linkId];
    const Catalog& catalog = m_topology.catalog();
    for (const RuleBinding& binding : linkRules(m_topology, linkId)) {
        const Placement placement = placementOf(m_topology, binding);
        const long rule = static_cast<long>(binding.rule - catalog.rules.data());
        Key key{-1,
                m_scenarioOfRule[size_t(rule)],
                rule,
                m_topology.component(binding.source)->name,
                m_topology.component(binding.destination)->name,
                binding.source,
                binding.destination};
        auto place = [&](long firewall) {
            key.firewall = firewall;
            auto [it, inserted] = m_rows.try_emplace(key);
            Entry& entry = it->second;
            if (inserted) {
                entry.row = {binding, placement.direction, placement.crossed.size() > 1};
            } else if (linkId < entry.row.binding.link) {
                entry.row.binding.link = linkId; // the lowest link stands for all, as in deriveTables
            }
            entry.links.insert(linkId);
            if (inserted && firewall >= 0)
                joinOpening(it->first, entry);
            keys.push_back(key);
            ++m_linksByEnd[binding.source][linkId];
            ++m_linksByEnd[binding.destination][linkId];
        };
        if (placement.crossed.empty())
            place(-1);
        for (const Firewall* fw : placement.crossed)
            place(static_cast<long>(fw - catalog.firewalls.data()));
    }
}

void TableIndex::removeLink(LinkId linkId)
{
    const auto found = m_byLink.find(linkId);
    if (found == m_byLink.end())
        return;
    for (const Key& key : found->second) {
        for (const ComponentId end : {key.sourceId, key.destinationId}) {
            const auto byEnd = m_linksByEnd.find(end);
            if (byEnd == m_linksByEnd.end())
                continue;
            if (const auto count = byEnd->second.find(linkId); count != byEnd->second.end() && --count->second == 0)
                byEnd->second.erase(count);
            if (byEnd->second.empty())
                m_linksByEnd.erase(byEnd);
        }
        const auto it = m_rows.find(key);
        if (it == m_rows.end())
            continue;
        Entry& entry = it->second;
        entry.links.erase(linkId);
        if (entry.links.empty()) {
            if (entry.opening)
                leaveOpening(it->first, entry);
            m_rows.erase(it);
        } else if (entry.row.binding.link == linkId) {
            entry.row.binding.link = *entry.links.begin();
        }
    }
    m_byLink.erase(found);
}

// The rows in table order; each opening's first row starts its folded row
// and the others join it, then the covered openings are hung on the row
// from Any that covers them: one pass over the kept openings, no fold.
const RuleTables& TableIndex::tables() const
{
    if (m_tables)
        return *m_tables;
    RuleTables tables;
    const Catalog& catalog = m_topology.catalog();
    for (const Firewall& fw : catalog.firewalls)
        tables.firewalls.push_back({&fw, {}, {}});
    std::vector<std::vector<const Opening*>> openings(catalog.firewalls.size());
    for (const auto& [key, entry] : m_rows) {
        if (key.firewall < 0) {
            tables.unfiltered.push_back(entry.row.binding);
            continue;
        }
        FirewallTable& table = tables.firewalls[size_t(key.firewall)];
        table.rows.push_back(entry.row);
        const Opening& opening = *entry.opening;
        if (opening.members.begin()->second == &entry) {
            opening.foldedIndex = table.folded.size();
            table.folded.push_back({entry.row, {}, {}, std::nullopt});
            openings[size_t(key.firewall)].push_back(&opening);
        } else {
            table.folded[opening.foldedIndex].also.push_back(entry.row);
        }
    }
    for (size_t f = 0; f < openings.size(); ++f) {
        std::vector<FoldedRow>& folded = tables.firewalls[f].folded;
        for (size_t i = 0; i < folded.size(); ++i) {
            const Opening* cover = openings[f][i]->coveredBy;
            if (!cover)
                continue;
            folded[i].coveredBy = cover->foldedIndex;
            std::vector<TableRow>& covers = folded[cover->foldedIndex].covers;
            covers.push_back(folded[i].row);
            covers.insert(covers.end(), folded[i].also.begin(), folded[i].also.end());
        }
    }
    m_tables = std::move(tables);
    return *m_tables;
}

size_t TableIndex::ruleCount() const
{
    return m_rows.size();
}

std::vector<LinkId> TableIndex::bareLinks() const
{
    std::vector<LinkId> bare;
    for (const auto& [id, link] : m_topology.links()) {
        const auto it = m_byLink.find(id);
        if (it == m_byLink.end() || it->second.empty())
            bare.push_back(id);
    }
    return bare;
}

} // namespace edgeplan
