#pragma once

// The DNS records and certificates as files: tables of text, CSV, BIND zone
// files and OpenSSL request configurations.

#include "base/Localized.h"
#include "plan/Topology.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace edgeplan {

// One file of an export that writes several (a zone per domain, a request
// configuration per certificate): its name inside the output folder.
struct ExportFile
{
    std::string name;
    std::string content;
};

// The reports as tables of text in one language, as every export writes
// them (CSV, the workbook, the handoff report).
struct TextTable
{
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};
TextTable dnsTable(const Topology& topology, Lang lang);
TextTable certificateTable(const Topology& topology, Lang lang);

// RFC 4180 CSV with a byte-order mark, as the rule tables.
std::string exportDnsCsv(const Topology& topology, Lang lang);
std::string exportCertificatesCsv(const Topology& topology, Lang lang);

// A BIND zone file per DNS zone ("external-contoso.com.zone",
// "internal-contoso.net.zone"), each standing alone with placeholder SOA and
// NS records. Throws ExportError when a name is no DNS name.
std::vector<ExportFile> exportDnsZones(const Topology& topology);
// An OpenSSL request configuration per certificate ("edge-external-edge01.cnf"),
// from which `openssl req -new -config FILE` makes a CSR with the SANs.
// Throws ExportError when a name is no DNS name.
std::vector<ExportFile> exportOpensslConfigs(const Topology& topology);

class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace edgeplan
