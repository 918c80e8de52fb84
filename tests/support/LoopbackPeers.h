#pragma once

// Real protocol servers on 127.0.0.0/8 for tests of `edgeplan verify`.
//
// Each peer owns a QTemporaryDir with its configuration, pid file and
// runtime files, starts the Debian binary with QProcess in its own process
// group, waits (without sleeping) until the server is ready, and stops the
// whole group in its destructor. Only Qt Core and Qt Network are used.
//
// Binding ports below 1024 (443, 53) needs root; callers should QSKIP when
// geteuid() != 0. Several peers may share one address on different ports.

#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace test {

// How long start() waits for a server to become ready.
inline constexpr int peerStartTimeoutMs = 10000;

struct SelfSignedCertificate
{
    QString certificatePath;
    QString keyPath;
};

// Creates an RSA 2048 key and a self-signed certificate valid for two days in
// dir, with CN=commonName and subjectAltName DNS entries for dnsNames.
std::optional<SelfSignedCertificate> makeSelfSignedCertificate(const QString& dir,
                                                               const QString& commonName,
                                                               const QStringList& dnsNames,
                                                               QString* error);

// True when running as root (needed for ports < 1024 and for dropping to
// "nobody" for Prosody).
bool runningAsRoot();

class LoopbackPeer
{
  public:
    virtual ~LoopbackPeer();
    LoopbackPeer(const LoopbackPeer&) = delete;
    LoopbackPeer& operator=(const LoopbackPeer&) = delete;

    bool isRunning() const;
    // Everything the server wrote to stdout and stderr so far.
    QString log() const;
    // SIGTERM to the server, repeated to its whole process group every
    // 0.5 s, SIGKILL to the group after 5 s; then kills and reaps workers
    // left in the group. Blocks until done. Safe to call more than once.
    void stop();
    // The temporary folder with this peer's configuration.
    QString directory() const;

  protected:
    LoopbackPeer();

    // Adjusts the child between fork and exec (after it became a process
    // group leader); e.g. to drop root privileges.
    using ChildSetup = std::function<void()>;

    // Starts program and waits until ready() returns true. ready() is
    // re-evaluated whenever the server writes output and every 50 ms
    // (for probes). Returns false, with the log in *error, if the server
    // exits first, logs one of fatalMessages (for servers that keep running
    // without their listener), or is not ready within peerStartTimeoutMs.
    bool launch(const QString& program, const QStringList& arguments,
                const std::function<bool()>& ready, const QStringList& fatalMessages,
                QString* error, const ChildSetup& childSetup = {});
    // ready() helper: the collected log contains text.
    bool logContains(const QString& text) const;

    bool writeFile(const QString& name, const QByteArray& contents, QString* error) const;
    QString path(const QString& name) const;
    bool checkDirectory(QString* error) const;

  private:
    // Moves new output from the process into m_log.
    void collectOutput() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_processGroup = 0; // the server's pid, leader of its own group
    mutable QString m_log;
};

// Kamailio with TLS listeners only (no plain UDP/TCP). Clients need no
// certificate. Answers OPTIONS with "SIP/2.0 200 OK", anything else with 501.
class Kamailio : public LoopbackPeer
{
  public:
    bool start(const QString& address, const QList<quint16>& tlsPorts,
               const SelfSignedCertificate& cert, QString* error);
};

// Prosody with only an s2s listener. Its <stream:features> offer
// <starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/> to a server opening
// a jabber:server stream to `domain`. Runs as "nobody" when started as root
// (Prosody refuses to run as root).
class Prosody : public LoopbackPeer
{
  public:
    bool start(const QString& address, quint16 s2sPort, const QString& domain,
               const SelfSignedCertificate& cert, QString* error);
};

// coturn answering STUN Binding Requests on UDP only (no TURN, no TCP/TLS,
// no CLI, no database outside the temporary folder).
class Coturn : public LoopbackPeer
{
  public:
    bool start(const QString& address, quint16 port, QString* error);
};

// dnsmasq on address:53, answering authoritatively for the given SRV and A
// records only: no upstream servers, no /etc/hosts, REFUSED for others.
class Dnsmasq : public LoopbackPeer
{
  public:
    struct Srv
    {
        QString name;   // e.g. _sipfederationtls._tcp.example.test
        QString target; // e.g. sip.example.test
        quint16 port = 0;
    };
    struct Host
    {
        QString name;
        QString address; // IPv4 or IPv6
    };
    bool start(const QString& address, const QList<Srv>& srv, const QList<Host>& hosts,
               QString* error);
};

} // namespace test
