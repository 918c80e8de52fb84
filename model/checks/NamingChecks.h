#pragma once

#include "checks/Checks.h"
#include "naming/Certificates.h"
#include "naming/DnsRecords.h"
#include "plan/Topology.h"

#include <vector>

namespace edgeplan {

// dns.srv-target-missing, dns.domain-record-missing, dns.private-external,
// name.not-fqdn (see NamingChecks.cpp); runChecks includes them.
std::vector<Finding> namingFindings(const Topology& topology);
// The same on the records and certificates the caller derived already.
std::vector<Finding> namingFindings(const Topology& topology, const std::vector<DnsRecord>& records,
                                    const std::vector<CertificateEntry>& certificates);

} // namespace edgeplan
