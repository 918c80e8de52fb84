#pragma once

#include <cstdint>
#include <functional>
// After <functional>, which has included it: Qt 6.4's moc, which reads the
// headers a Q_OBJECT header includes, cannot parse <compare> on its own.
#include <compare>

namespace edgeplan {

// Typed ids, so that a component id can never be passed where a link id is
// meant. Zero is "no id".
template <typename Tag>
struct Id
{
    std::uint64_t value = 0;

    bool isValid() const { return value != 0; }
    auto operator<=>(const Id&) const = default;
};

using ComponentId = Id<struct ComponentTag>;
using LinkId = Id<struct LinkTag>;

} // namespace edgeplan

template <typename Tag>
struct std::hash<edgeplan::Id<Tag>>
{
    size_t operator()(const edgeplan::Id<Tag>& id) const noexcept
    {
        return std::hash<std::uint64_t>{}(id.value);
    }
};
