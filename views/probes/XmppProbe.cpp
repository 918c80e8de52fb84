#include "probes/Probe.h"

#include "support/QtText.h"

#include <QTcpSocket>
#include <QXmlStreamReader>

namespace edgeplan {

namespace {

// The server-to-server stream header; the answer is read with
// QXmlStreamReader as it comes, up to the end of <stream:features>.
class XmppProbe : public Probe
{
public:
    using Probe::Probe;

protected:
    void run() override
    {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            std::string refused;
            const std::optional<std::string> header =
                xmppStreamHeader(m_spec.serverName.empty() ? m_spec.host : m_spec.serverName, {}, &refused);
            if (!header) {
                m_socket->abort();
                refuse(refused);
                return;
            }
            m_socket->write(header->data(), qint64(header->size()));
        });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::ConnectedState || m_sawStream)
                fail(ProbeWords::tr("closed"), ProbeWords::tr("The server closed the stream before its features: %1").arg(m_socket->errorString()));
            else
                failSocket(m_socket);
        });
        m_socket->connectToHost(m_address, quint16(m_spec.port));
    }

    void timedOut() override
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            fail(ProbeWords::tr("no features"), ProbeWords::tr("The port is open but no <stream:features> came within %1 s.")
                                                  .arg(seconds(m_options.timeoutMs)));
        else
            Probe::timedOut();
    }

    void read()
    {
        static const QString streams = QStringLiteral("http://etherx.jabber.org/streams");
        static const QString tls = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
        m_reader.addData(m_socket->readAll());
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const auto name = m_reader.name();
                const auto ns = m_reader.namespaceUri();
                if (name == QLatin1String("stream") && ns == streams) {
                    m_sawStream = true;
                    m_from = m_reader.attributes().value(QLatin1String("from")).toString();
                } else if (name == QLatin1String("features") && ns == streams) {
                    m_inFeatures = true;
                } else if (m_inFeatures && m_reader.namespaceUri() != streams && m_depthInFeatures++ == 0) {
                    m_features << name.toString();
                    m_starttls = m_starttls || (name == QLatin1String("starttls") && ns == tls);
                } else if (name == QLatin1String("error") && ns == streams) {
                    m_inError = true;
                } else if (m_inError && m_condition.isEmpty()) {
                    m_condition = name.toString();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (m_inFeatures && m_reader.name() == QLatin1String("features") && m_reader.namespaceUri() == streams) {
                    done();
                    return;
                }
                if (m_inFeatures && m_depthInFeatures > 0)
                    --m_depthInFeatures;
                if (m_inError && m_reader.name() == QLatin1String("error")) {
                    fail(ProbeWords::tr("stream error"), ProbeWords::tr("The server ended the stream: %1").arg(m_condition));
                    return;
                }
            }
        }
        if (m_reader.error() != QXmlStreamReader::NoError &&
            m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            fail(ProbeWords::tr("not XMPP"), ProbeWords::tr("The answer is not an XMPP stream: %1").arg(m_reader.errorString()));
    }

    void done()
    {
        m_socket->write("</stream:stream>");
        m_socket->disconnectFromHost();
        const QString detail = ProbeWords::tr("Stream from %1; features: %2.")
                                   .arg(m_from.isEmpty() ? ProbeWords::tr("(no from)") : m_from,
                                        m_features.isEmpty() ? ProbeWords::tr("(none)") : m_features.join(QStringLiteral(", ")));
        if (m_starttls)
            pass(ProbeWords::tr("offers STARTTLS"), detail);
        else
            warn(ProbeWords::tr("no STARTTLS"), detail);
    }

    QTcpSocket* m_socket = nullptr;
    QXmlStreamReader m_reader;
    QString m_from;
    QString m_condition;
    QStringList m_features;
    int m_depthInFeatures = 0;
    bool m_sawStream = false;
    bool m_inFeatures = false;
    bool m_inError = false;
    bool m_starttls = false;
};

} // namespace

Probe* newXmppProbe(const ProbeSpec& spec, const ProbeOptions& options, QObject* parent)
{
    return new XmppProbe(spec, options, parent);
}

} // namespace edgeplan
