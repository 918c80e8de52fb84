#include "base/DnsName.h"

#include "text/AsciiText.h"

namespace edgeplan {

namespace {

bool isLabelCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isControlOrSpace(char c)
{
    return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
}

// The problem and the number of labels.
std::pair<DnsNameProblem, int> examine(const std::string& text, bool wildcard)
{
    for (const char c : text)
        if (isControlOrSpace(c))
            return {DnsNameProblem::Space, 0};
    std::string_view name = text;
    if (!name.empty() && name.back() == '.')
        name.remove_suffix(1);
    if (wildcard && name.substr(0, 2) == "*.")
        name.remove_prefix(2);
    if (name.empty())
        return {DnsNameProblem::Empty, 0};
    if (name.size() > 253)
        return {DnsNameProblem::TooLong, 0};
    for (const char c : name)
        if (c != '.' && !isLabelCharacter(c))
            return {DnsNameProblem::Character, 0};
    int labels = 0;
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find('.', start);
        if (end == std::string_view::npos)
            end = name.size();
        const std::string_view label = name.substr(start, end - start);
        if (label.empty())
            return {DnsNameProblem::EmptyLabel, 0};
        if (label.size() > 63)
            return {DnsNameProblem::LabelTooLong, 0};
        if (label.front() == '-' || label.back() == '-')
            return {DnsNameProblem::Hyphen, 0};
        ++labels;
        start = end + 1;
    }
    return {DnsNameProblem::None, labels};
}

} // namespace

DnsNameProblem dnsNameProblem(const std::string& name, bool wildcard)
{
    return examine(name, wildcard).first;
}

bool isFqdn(const std::string& name, bool wildcard)
{
    const auto [problem, labels] = examine(name, wildcard);
    return problem == DnsNameProblem::None && labels >= 2;
}

std::string withoutTrailingDot(std::string name)
{
    while (!name.empty() && name.back() == '.')
        name.pop_back();
    return name;
}

std::string dnsNameKey(const std::string& name)
{
    return asciiLower(withoutTrailingDot(name));
}

} // namespace edgeplan
