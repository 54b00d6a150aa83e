#include "SimdServer.h"

#include <wsman/WsmanClient.h>
#include <wsmanserver/SelfSignedCertificate.h>

#include <QDir>

namespace hvdesk::simd {

using namespace Qt::StringLiterals;

// The HTTP server's view of a provider: envelopes in, envelopes out (faults with status 500).
class SimdServer::ProviderDispatcher : public wsman::Dispatcher
{
public:
    ProviderDispatcher(SimulationHost &host, const QString &hostName)
        : provider(host, hostName)
    {
    }
    wsman::Reply dispatch(const wsman::Request &request, const wsman::RequestContext &) override
    {
        return provider.reply(request);
    }
    HyperVProvider provider;
};

SimdServer::SimdServer(sim::Topology topology, QObject *parent)
    : QObject(parent)
    , m_host(std::make_unique<SimulationHost>(std::move(topology)))
{
}

SimdServer::~SimdServer()
{
    stop();
}

bool SimdServer::start(const SimdOptions &options, Error *error)
{
    stop();
    wsman::SelfSignedCertificate certificate;
    QStringList names { u"localhost"_s };
    for (const HostInfo &h : m_host->simulation().hosts())
        names << h.name;
    if (options.https) {
        if (!QDir().mkpath(options.stateDirectory)) {
            if (error) {
                error->code = u"simd.state-dir"_s;
                error->field = u"state-dir"_s;
                error->message = tr("Cannot create the state directory '%1'.").arg(options.stateDirectory);
                error->fix = tr("Choose a writable directory with --state-dir.");
            }
            return false;
        }
        certificate
            = wsman::SelfSignedCertificate::loadOrGenerate(u"hvdesk-simd"_s, names, options.stateDirectory, error);
        if (certificate.isNull())
            return false;
    }
    const int base = options.basePort >= 0
        ? options.basePort
        : (options.https ? SimdOptions::DefaultHttpsPort : SimdOptions::DefaultHttpPort);
    const QList<HostInfo> &hosts = m_host->simulation().hosts();
    for (int i = 0; i < hosts.size(); ++i) {
        auto dispatcher = std::make_unique<ProviderDispatcher>(*m_host, hosts[i].name);
        wsman::ServerConfig config;
        config.address = options.bind;
        config.port = base == 0 ? 0 : quint16(base + i);
        if (options.https) {
            config.certificate = certificate.certificate;
            config.privateKey = certificate.key;
        }
        config.accounts = { options.account };
        config.machineName = hosts[i].name;
        config.maxRequestBytes = options.maxRequestBytes;
        config.maxConnections = options.maxConnections;
        auto server = std::make_unique<wsman::WsmanServer>(dispatcher.get(), config);
        if (!server->start(error)) {
            stop();
            return false;
        }
        Endpoint e;
        e.hostName = hosts[i].name;
        e.port = server->port();
        e.url.setScheme(options.https ? u"https"_s : u"http"_s);
        e.url.setHost(options.bind.toString());
        e.url.setPort(e.port);
        e.url.setPath(u"/wsman"_s);
        if (options.https)
            e.sha256 = wsman::WsmanClient::fingerprint(certificate.certificate);
        m_endpoints << e;
        m_dispatchers.push_back(std::move(dispatcher));
        m_servers.push_back(std::move(server));
    }
    return true;
}

void SimdServer::stop()
{
    for (const auto &s : m_servers)
        s->stop();
    m_servers.clear();
    m_dispatchers.clear();
    m_endpoints.clear();
}

HyperVProvider *SimdServer::provider(const QString &hostName) const
{
    for (const auto &d : m_dispatchers) {
        if (d->provider.hostName().compare(hostName, Qt::CaseInsensitive) == 0)
            return &d->provider;
    }
    return nullptr;
}

quint64 SimdServer::requestsAnswered() const
{
    quint64 n = 0;
    for (const auto &s : m_servers)
        n += s->stats().requests;
    return n;
}

} // namespace hvdesk::simd
