#pragma once

#include "lync/TopologyImport.h"

#include <string_view>

namespace edgeplan {

enum class FederationListKind { AllowedDomains, XmppPartners, PublicProviders };

// Adds the rows of a federation list, as `Export-Csv` writes it (a first
// line "#TYPE ..." or none; UTF-8 with or without a byte-order mark or
// UTF-16LE with one), to a copy of `plan`, each linked to the plan's edge
// (its first edge pool, else its first edge server):
// - Get-CsAllowedDomain (Identity, Domain, ProxyFqdn, Comment,
//   MarkForMonitoring): a SIP federation partner per domain;
// - Get-CsXmppAllowedPartner (Identity, Domain, ProxyFqdn, PartnerType or
//   the negotiation columns): an XMPP partner per domain;
// - Get-CsPublicProvider (Identity, ProxyFqdn, VerificationLevel, Enabled):
//   a public IM provider per enabled row.
// The kind is told by the header. A domain the plan already has a partner
// of the same role for is left out and reported; a comment is kept as the
// component's note. The scenario of the list is switched on.
ImportResult importFederationList(const std::string& bytes, const Topology& plan);

// Whether the bytes look like a federation list (a CSV whose header names
// one of the kinds above); for telling the formats apart.
bool looksLikeFederationList(const std::string& bytes);
// The same for text already decoded (decodeText).
bool looksLikeFederationText(std::string_view text);

} // namespace edgeplan
