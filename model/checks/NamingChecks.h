#pragma once

#include "checks/Checks.h"
#include "plan/Topology.h"

#include <vector>

namespace edgeplan {

// dns.srv-target-missing, dns.domain-record-missing, dns.private-external,
// name.not-fqdn (see NamingChecks.cpp); runChecks includes them.
std::vector<Finding> namingFindings(const Topology& topology);

} // namespace edgeplan
