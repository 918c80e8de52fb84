#include "checks/NamingChecks.h"

#include "base/Address.h"
#include "naming/Certificates.h"
#include "naming/DnsRecords.h"

#include <algorithm>

namespace edgeplan {

using namespace naming;

std::vector<Finding> namingFindings(const Topology& topology)
{
    return namingFindings(topology, deriveDnsRecords(topology), deriveCertificates(topology));
}

std::vector<Finding> namingFindings(const Topology& topology, const std::vector<DnsRecord>& records,
                                    const std::vector<CertificateEntry>& certificates)
{
    const DomainScope scope(topology);
    std::vector<Finding> findings;
    auto add = [&](Severity severity, std::string code, std::vector<ComponentId> components,
                   std::vector<std::string> args, LocalizedText message) {
        for (size_t i = 0; i < args.size(); ++i) {
            const std::string key = "{" + std::to_string(i) + "}";
            for (std::string* text : {&message.en, &message.ja})
                for (size_t at = text->find(key); at != std::string::npos; at = text->find(key, at + args[i].size()))
                    text->replace(at, key.size(), args[i]);
        }
        findings.push_back({severity, std::move(code), std::move(components), {}, std::move(args), std::move(message)});
    };
    const Catalog& catalog = topology.catalog();
    const std::vector<SipDomain> domains = effectiveSipDomains(topology);

    // A plan that publishes names needs a SIP domain to publish them in.
    if (domains.empty()) {
        std::vector<ComponentId> publishers;
        for (const std::string& role : publishingRoles(catalog))
            for (const Component* c : ownersOf(topology, {role}))
                if (std::any_of(catalog.dnsRecords.begin(), catalog.dnsRecords.end(),
                                [&](const DnsRecordDef& d) { return contains(d.at.roles, c->role); }))
                    publishers.push_back(c->id);
        std::sort(publishers.begin(), publishers.end());
        if (!publishers.empty())
            add(Severity::Warning, "dns.no-sip-domain", publishers, {},
                {"The plan has no SIP domain: without one, Edgeplan cannot say which DNS records and certificate names the edge needs. Add one in Project > Properties.",
                 "プランに SIP ドメインがありません。SIP ドメインがないと、エッジに必要な DNS レコードと証明書の名前を判断できません。[プロジェクト] > [プロパティ] で追加してください。"});
    }

    for (const DnsRecord& srv : records) {
        if (srv.type != "SRV")
            continue;
        const bool resolved = std::any_of(records.begin(), records.end(), [&](const DnsRecord& a) {
            return a.type != "SRV" && a.location == srv.location && !a.value.empty() && sameDnsName(a.name, srv.value);
        });
        if (!resolved)
            add(Severity::Error, "dns.srv-target-missing", {}, {srv.name, srv.value},
                {"The SRV record {0} points to {1}, but the plan gives {1} no address: clients and partners that find the SRV record cannot reach the server.",
                 "SRV レコード {0} は {1} を指していますが、プランには {1} のアドレスがありません。SRV レコードを見つけたクライアントやパートナーはサーバーに到達できません。"});
    }

    for (const DnsRecordDef& def : catalog.dnsRecords) {
        if (def.domainFlag.empty() || def.requiredBy.empty() || !planHolds(topology, def.planHas))
            continue;
        const auto scenario = std::find_if(def.requiredBy.begin(), def.requiredBy.end(),
                                           [&](const std::string& s) { return topology.isScenarioEnabled(s); });
        if (scenario == def.requiredBy.end())
            continue;
        const Scenario* on = catalog.scenario(*scenario);
        for (const SipDomain& domain : domains) {
            if (domainHasFlag(domain, def.domainFlag))
                continue;
            const std::string service = def.service + "." + domain.name;
            add(Severity::Error, "dns.domain-record-missing", {}, {domain.name, service, *scenario},
                {"The SIP domain {0} publishes no {1} record while " + (on ? on->name.en : *scenario) +
                     " is on: partners cannot find the edge for users of {0}.",
                 "SIP ドメイン {0} は {1} レコードを公開していませんが、" + (on ? on->name.ja : *scenario) +
                     "が有効です。パートナーは {0} のユーザーのエッジを見つけられません。"});
        }
    }

    for (const DnsRecord& r : records)
        if (r.type != "SRV" && r.location == DnsLocation::External && !r.value.empty() && isPrivateAddress(r.value))
            add(Severity::Error, "dns.private-external", {r.component}, {r.name, r.value},
                {"The external DNS record {0} would carry the private address {1}: the Internet cannot reach it. Publish the public (NAT) address.",
                 "外部 DNS レコード {0} にプライベート アドレス {1} が入ります。インターネットからは到達できません。パブリック (NAT) アドレスを公開してください。"});

    // Every name the records and certificates use must be a DNS name.
    std::vector<std::string> reported;
    // `where` says in both languages what uses the name; args keep the ids.
    auto checkName = [&](const std::string& name, const LocalizedText& where, const std::string& id, bool wildcard,
                         ComponentId component) {
        if (name.empty() || isFqdn(name, wildcard) || contains(reported, name))
            return;
        reported.push_back(name);
        std::vector<ComponentId> components;
        if (component.isValid())
            components.push_back(component);
        add(Severity::Error, "name.not-fqdn", components, {name, id},
            {"\u201c{0}\u201d (" + where.en +
                 ") is not a fully qualified DNS name: certificates and DNS records need a name like sip.contoso.com.",
             "「{0}」(" + where.ja +
                 ") は完全修飾 DNS 名ではありません。証明書と DNS レコードには sip.contoso.com のような名前が必要です。"});
    };
    for (const SipDomain& domain : domains)
        checkName(domain.name, {"SIP domain", "SIP ドメイン"}, "sipDomain", false, {});
    for (const CertificateEntry& cert : certificates) {
        checkName(cert.subject, cert.def->name, cert.def->id, false, cert.component);
        for (const std::string& san : cert.alternativeNames)
            checkName(san, cert.def->name, cert.def->id, true, cert.component);
    }
    const LocalizedText dnsRecord{"DNS record", "DNS レコード"};
    for (const DnsRecord& r : records) {
        checkName(r.name, dnsRecord, r.def->id, false, r.component);
        if (r.type == "SRV")
            checkName(r.value, dnsRecord, r.def->id, false, {});
    }
    return findings;
}

} // namespace edgeplan
