#pragma once

#include "rules/RuleEngine.h"

#include <string>
#include <vector>

namespace edgeplan {

// Which page a rule of the plan cites. A catalog row comes from one page
// (its reference's document) and the same row stands on other pages too
// (alsoIn); the plan's deployment variant, with or without NAT, has a port
// summary page of its own (the variant's natPage or publicPage). A rule
// cites that page when the page lists the row, else the page it comes from.

// The page of the plan's variant, or null when the catalog names none.
const CatalogSource* variantPage(const Topology& topology);

// The page id the rule cites in this plan ("Gg398739").
std::string citedDocument(const Topology& topology, const Reference& reference);

// The short key of a reference: the cited page and the row's key
// ("Gg398739 E7"), or the page and row number when the row has no key.
std::string referenceKey(const Topology& topology, const Reference& reference, Lang lang);

// The full text of a reference: "JJ618373 · <table> · row N" on the page
// the row comes from, "Gg398739 · <page title> · E7" on the variant's page.
std::string citedReferenceText(const Topology& topology, const Reference& reference, Lang lang);

// A page the tables cite, with its title (the page's own title where the
// catalog gives it, else the title of the first table cited on it).
struct CitedPage
{
    std::string document;
    LocalizedText title;
    std::string date; // empty when the catalog gives the page no date
    std::string url;
};

// The pages the plan's rule rows cite, each once, in the order the tables
// first cite them.
std::vector<CitedPage> citedPages(const Topology& topology, const RuleTables& tables);

// "Gg398739 — Port summary - … (2015-04-27)": a cited page on one line.
std::string citedPageLine(const CitedPage& page, Lang lang);

} // namespace edgeplan
