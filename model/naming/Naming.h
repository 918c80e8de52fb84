#pragma once

// The DNS records and certificates a plan needs, derived from the same
// topology as the firewall tables, by the catalog's `names`, `dns` and
// `certificates` sections: the room's front door. Their checks stand in
// checks/NamingChecks, their exports (CSV, BIND zone files, OpenSSL request
// configurations) in export/NamingExport.

#include "naming/Certificates.h"
#include "naming/DnsRecords.h"
#include "naming/Names.h"
#include "naming/NamingIndex.h"
