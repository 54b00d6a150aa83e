#pragma once

#include "HyperVProvider.h"
#include "SimulationHost.h"

#include <simulated/Topology.h>

#include <wsmanserver/Dispatcher.h>
#include <wsmanserver/WsmanServer.h>

#include <models/Error.h>
#include <models/RemoteAccess.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace hvdesk::simd {

// How hvdesk-simd serves a simulated estate.
struct SimdOptions
{
    static constexpr quint16 DefaultHttpsPort = 5986;
    static constexpr quint16 DefaultHttpPort = 5985;

    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    int basePort = -1; // -1: 5986 (HTTPS) or 5985 (HTTP); 0: ephemeral ports
    bool https = true;
    QString stateDirectory; // where the self-signed certificate is kept
    Credentials account; // Basic authentication
    qint64 maxRequestBytes = 512000;
    int maxConnections = 64; // per endpoint
};

// The simulation served over WS-Management: one endpoint (listening port) per simulated host, as
// a real WS-Man endpoint is one Windows host, all sharing one simulation so that a move from one
// endpoint's host lands on another's. HTTPS uses one self-signed certificate, made at the first
// start and kept in the state directory.
class SimdServer : public QObject
{
    Q_OBJECT

public:
    struct Endpoint
    {
        QString hostName;
        QUrl url; // https://127.0.0.1:5986/wsman
        QString sha256; // the certificate's fingerprint, "AB:CD:..." (HTTPS)
        quint16 port = 0;
    };

    explicit SimdServer(sim::Topology topology, QObject *parent = nullptr);
    ~SimdServer() override;

    bool start(const SimdOptions &options, Error *error);
    void stop();
    QList<Endpoint> endpoints() const { return m_endpoints; }
    SimulationHost &simulation() { return *m_host; }
    HyperVProvider *provider(const QString &hostName) const;
    wsman::WsmanServer *server(int index) const { return m_servers.at(size_t(index)).get(); }
    int serverCount() const { return int(m_servers.size()); }
    // Requests answered by every endpoint (for tests and benchmarks).
    quint64 requestsAnswered() const;

private:
    class ProviderDispatcher;

    std::unique_ptr<SimulationHost> m_host;
    std::vector<std::unique_ptr<ProviderDispatcher>> m_dispatchers;
    std::vector<std::unique_ptr<wsman::WsmanServer>> m_servers;
    QList<Endpoint> m_endpoints;
};

} // namespace hvdesk::simd
