#include "probes/Probe.h"

#include "support/QtText.h"

#include <QDnsLookup>

namespace edgeplan {

namespace {

// A DNS SRV record, compared with the target and port the plan names.
class SrvProbe : public Probe
{
public:
    using Probe::Probe;

protected:
    bool connects() const override { return false; }

    void run() override
    {
        auto* lookup = newLookup(this, QDnsLookup::SRV, qs(m_spec.host), m_options.nameserver);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup] { answered(lookup); });
        lookup->lookup();
    }

    void answered(QDnsLookup* lookup)
    {
        if (lookup->error() != QDnsLookup::NoError) {
            fail(lookup->error() == QDnsLookup::NotFoundError ? ProbeWords::tr("no record") : ProbeWords::tr("lookup failed"),
                 lookup->errorString());
            return;
        }
        QStringList seen;
        bool match = false;
        for (const QDnsServiceRecord& record : lookup->serviceRecords()) {
            seen << QStringLiteral("%1:%2 (%3 %4)")
                        .arg(lower(record.target()))
                        .arg(record.port())
                        .arg(ProbeWords::tr("priority %1").arg(record.priority()),
                             ProbeWords::tr("weight %1").arg(record.weight()));
            match = match || (lower(record.target()) == lower(qs(m_spec.expectedTarget)) &&
                              int(record.port()) == m_spec.expectedPort);
        }
        const QString records = seen.join(QStringLiteral(", "));
        if (m_spec.expectedTarget.empty()) {
            warn(ProbeWords::tr("found"), ProbeWords::tr("DNS: %1. The plan gives no FQDN to compare with.").arg(records));
        } else if (match) {
            pass(ProbeWords::tr("matches the plan"), ProbeWords::tr("DNS: %1.").arg(records));
        } else {
            fail(ProbeWords::tr("mismatch"), ProbeWords::tr("DNS: %1. The plan says %2:%3.")
                                               .arg(records, qs(m_spec.expectedTarget))
                                               .arg(m_spec.expectedPort));
        }
    }
};

} // namespace

Probe* newSrvProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    return new SrvProbe(spec, options, parent);
}

} // namespace edgeplan
