#include "probes/Probe.h"

#include "support/QtText.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

namespace edgeplan {

namespace {

// RFC 5389 Binding Request over UDP, sent again every 500 ms until an answer
// or the timeout (7.2.1 retransmits; loopback never needs it).
class StunProbe : public Probe
{
public:
    using Probe::Probe;

protected:
    void run() override
    {
        for (auto& byte : m_transaction)
            byte = std::uint8_t(QRandomGenerator::global()->bounded(256));
        const std::string request = stunBindingRequest(m_transaction);
        m_request = QByteArray(request.data(), qsizetype(request.size()));
        m_socket = new QUdpSocket(this);
        connect(m_socket, &QUdpSocket::connected, this, [this] {
            send();
            m_retransmit.start(500);
        });
        connect(&m_retransmit, &QTimer::timeout, this, [this] { send(); });
        connect(m_socket, &QUdpSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QUdpSocket::errorOccurred, this, [this] {
            if (m_socket->error() == QAbstractSocket::ConnectionRefusedError)
                fail(ProbeWords::tr("refused"), ProbeWords::tr("Port unreachable: nothing listens on UDP %1.").arg(m_spec.port));
            else
                fail(ProbeWords::tr("error"), m_socket->errorString());
        });
        m_socket->connectToHost(m_address, quint16(m_spec.port));
    }

    void send() { m_socket->write(m_request); }

    void read()
    {
        while (m_socket->hasPendingDatagrams()) {
            QByteArray datagram(qsizetype(std::max<qint64>(m_socket->pendingDatagramSize(), 0)), '\0');
            const qint64 n = m_socket->readDatagram(datagram.data(), datagram.size());
            if (n < 0)
                continue;
            std::string why;
            const auto response = parseStunResponse(datagram.left(n).toStdString(), m_transaction, &why);
            if (!response) {
                m_ignored << qs(why);
                continue; // not ours: keep waiting
            }
            m_retransmit.stop();
            if (!response->success) {
                fail(ProbeWords::tr("error response"), ProbeWords::tr("Binding Error Response, code %1.").arg(response->errorCode));
                return;
            }
            if (response->mappedAddress.empty()) {
                warn(ProbeWords::tr("no mapped address"), ProbeWords::tr("Binding Success without a mapped address."));
                return;
            }
            pass(ProbeWords::tr("mapped %1:%2").arg(qs(response->mappedAddress)).arg(response->mappedPort),
                 ProbeWords::tr("Binding Success Response: this end is seen as %1 port %2.")
                     .arg(qs(response->mappedAddress))
                     .arg(response->mappedPort));
            return;
        }
    }

    void timedOut() override
    {
        if (!m_ignored.isEmpty())
            fail(ProbeWords::tr("not STUN"), ProbeWords::tr("Answers came, but none was a STUN response to this request: %1")
                                               .arg(m_ignored.join(QStringLiteral("; "))));
        else
            Probe::timedOut();
    }

    QUdpSocket* m_socket = nullptr;
    QTimer m_retransmit;
    QByteArray m_request;
    QStringList m_ignored;
    StunTransactionId m_transaction{};
};

} // namespace

Probe* newStunProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    return new StunProbe(spec, options, parent);
}

} // namespace edgeplan
