#pragma once

#include "export/TableExport.h"

#include <string>

namespace edgeplan {

// Drafts of firewall configurations for the network team, generated from
// the rule tables. Every value that comes from the plan is reduced or
// quoted so that it cannot break out of its place in the syntax.

// An nftables ruleset: `table inet edgeplan`, one regular chain per firewall
// and direction, each rule commented with its document reference.
std::string exportNftables(const Topology& topology, const ExportOptions& options);

// A PowerShell script of New-NetFirewallRule calls for the host firewall of
// each component in a zone that firewalls guard on both sides (the
// perimeter: the Edge Servers).
std::string exportPowershell(const Topology& topology, const ExportOptions& options);

// Cisco ASA access lists, with a network object-group per component; per
// firewall one list for traffic arriving on its outside interface and one
// for its inside interface.
std::string exportAsa(const Topology& topology, const ExportOptions& options);

// A PowerShell single-quoted string literal of `text`.
std::string powershellQuote(const std::string& text);
// An nftables comment string (no quotes, no line breaks, at most 128 bytes).
std::string nftComment(const std::string& text);
// A name of letters, digits and `allowed` characters only, at most `max` bytes.
std::string identifier(const std::string& text, const std::string& allowed, size_t max);

} // namespace edgeplan
