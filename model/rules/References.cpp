#include "rules/References.h"

#include <algorithm>

namespace edgeplan {

namespace {

bool listsRow(const Reference& reference, const std::string& document)
{
    return reference.document == document ||
           std::find(reference.alsoIn.begin(), reference.alsoIn.end(), document) != reference.alsoIn.end();
}

// The variant's page when it lists the row, else null.
const CatalogSource* citedVariantPage(const Topology& topology, const Reference& reference)
{
    const CatalogSource* page = variantPage(topology);
    return page && reference.document != page->document && listsRow(reference, page->document) ? page
                                                                                                : nullptr;
}

std::string rowNumber(int row, Lang lang)
{
    return lang == Lang::Ja ? std::to_string(row) + " 行目" : "row " + std::to_string(row);
}

} // namespace

const CatalogSource* variantPage(const Topology& topology)
{
    const Variant* variant = topology.catalog().variant(topology.variant());
    if (!variant)
        return nullptr;
    const CatalogSource& page = topology.nat() && variant->natAllowed ? variant->natPage : variant->publicPage;
    return page.document.empty() ? nullptr : &page;
}

std::string citedDocument(const Topology& topology, const Reference& reference)
{
    const CatalogSource* page = citedVariantPage(topology, reference);
    return page ? page->document : reference.document;
}

std::string referenceKey(const Topology& topology, const Reference& reference, Lang lang)
{
    const std::string document = citedDocument(topology, reference);
    if (!reference.key.empty())
        return document + " " + reference.key;
    return document + " " + rowNumber(reference.row, lang);
}

std::string citedReferenceText(const Topology& topology, const Reference& reference, Lang lang)
{
    // The row number belongs to the page the row comes from; on another
    // page the row is known by its key.
    if (const CatalogSource* page = citedVariantPage(topology, reference); page && !reference.key.empty())
        return page->document + " · " + page->title.text(lang) + " · " + reference.key;
    return reference.document + " · " + reference.table.text(lang) + " · " + rowNumber(reference.row, lang);
}

std::vector<CitedPage> citedPages(const Topology& topology, const RuleTables& tables)
{
    const CatalogSource& source = topology.catalog().source;
    std::vector<CitedPage> pages;
    auto cite = [&](const Reference& reference) {
        const CatalogSource* page = citedVariantPage(topology, reference);
        const std::string document = page ? page->document : reference.document;
        if (std::any_of(pages.begin(), pages.end(), [&](const CitedPage& p) { return p.document == document; }))
            return;
        if (!page && variantPage(topology) && variantPage(topology)->document == document)
            page = variantPage(topology);
        if (!page && source.document == document)
            page = &source;
        pages.push_back(page ? CitedPage{document, page->title, page->date, page->url}
                             : CitedPage{document, reference.table, {}, {}});
    };
    for (const FirewallTable& table : tables.firewalls)
        for (const TableRow& row : table.rows)
            cite(row.binding.rule->reference);
    for (const RuleBinding& binding : tables.unfiltered)
        cite(binding.rule->reference);
    return pages;
}

std::string citedPageLine(const CitedPage& page, Lang lang)
{
    std::string line = page.document + " \u2014 " + page.title.text(lang);
    if (!page.date.empty())
        line += " (" + page.date + ")";
    return line;
}

} // namespace edgeplan
