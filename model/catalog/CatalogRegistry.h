#pragma once

#include "catalog/Catalog.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace edgeplan {

// The catalogs a project may name, by id.
class CatalogRegistry
{
public:
    void add(std::shared_ptr<const Catalog> catalog);
    std::shared_ptr<const Catalog> find(const std::string& id) const;
    std::vector<std::string> ids() const;

private:
    std::map<std::string, std::shared_ptr<const Catalog>> m_catalogs;
};

} // namespace edgeplan
