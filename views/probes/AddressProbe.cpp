#include "probes/Probe.h"

#include "support/QtText.h"

#include <algorithm>

namespace edgeplan {

namespace {

// A name's A and AAAA records, compared with the addresses the plan gives it.
class AddressProbe : public Probe
{
public:
    using Probe::Probe;

protected:
    bool connects() const override { return false; }

    void run() override { resolve(); }

    void resolvedAll(const QList<QHostAddress>& found, const QStringList& errors) override
    {
        if (found.isEmpty()) {
            fail(errors.isEmpty() ? ProbeWords::tr("no record") : ProbeWords::tr("lookup failed"),
                 errors.isEmpty() ? ProbeWords::tr("No A or AAAA record for %1.").arg(qs(m_spec.host))
                                  : errors.join(QStringLiteral("; ")));
            return;
        }
        QStringList addresses;
        for (const QHostAddress& address : found)
            addresses << address.toString();
        QStringList planned;
        for (const std::string& address : m_spec.expectedAddresses)
            planned << qs(address);
        const bool match = std::any_of(addresses.begin(), addresses.end(),
                                       [&](const QString& a) { return planned.contains(a); });
        const QString dns = addresses.join(QStringLiteral(", "));
        if (planned.isEmpty())
            warn(ProbeWords::tr("found"), ProbeWords::tr("DNS: %1. The plan gives no address to compare with.").arg(dns));
        else if (match)
            pass(ProbeWords::tr("matches the plan"), ProbeWords::tr("DNS: %1.").arg(dns));
        else
            fail(ProbeWords::tr("mismatch"), ProbeWords::tr("DNS: %1. The plan says %2.").arg(dns, planned.join(QStringLiteral(", "))));
    }
};

} // namespace

Probe* newAddressProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    return new AddressProbe(spec, options, parent);
}

} // namespace edgeplan
