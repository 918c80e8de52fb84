#include "catalog/CatalogRegistry.h"

namespace edgeplan {

void CatalogRegistry::add(std::shared_ptr<const Catalog> catalog)
{
    if (catalog)
        m_catalogs[catalog->id] = std::move(catalog);
}

std::shared_ptr<const Catalog> CatalogRegistry::find(const std::string& id) const
{
    const auto it = m_catalogs.find(id);
    return it == m_catalogs.end() ? nullptr : it->second;
}

std::vector<std::string> CatalogRegistry::ids() const
{
    std::vector<std::string> result;
    for (const auto& [id, catalog] : m_catalogs)
        result.push_back(id);
    return result;
}

} // namespace edgeplan
