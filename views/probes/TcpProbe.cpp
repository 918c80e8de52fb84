#include "probes/Probe.h"

#include "support/QtText.h"

#include <QTcpSocket>

namespace edgeplan {

namespace {

// A TCP connect: is the port open.
class TcpProbe : public Probe
{
public:
    using Probe::Probe;

protected:
    void run() override
    {
        auto* socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, [this, socket] {
            pass(ProbeWords::tr("open"), ProbeWords::tr("Connected to %1.").arg(socket->peerAddress().toString()));
            socket->abort();
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { failSocket(socket); });
        socket->connectToHost(m_address, quint16(m_spec.port));
    }
};

} // namespace

Probe* newTcpProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    return new TcpProbe(spec, options, parent);
}

} // namespace edgeplan
