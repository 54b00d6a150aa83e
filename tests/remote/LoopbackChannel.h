#pragma once

// A channel that hands each request, written as a real envelope, to an in-process provider and
// parses its real response envelope: the whole WS-Management path but the socket. For fast
// mapping tests; the HTTP(S) tests use the product's channel against the real server.

#include <remote/Channel.h>
#include <simd/HyperVProvider.h>
#include <simd/SimulationHost.h>

#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace hvdesk::test {

// The simulated hosts, each as an endpoint named after the host ("crusader:5985").
class LoopbackNetwork
{
public:
    explicit LoopbackNetwork(sim::Topology topology)
        : m_host(std::make_unique<simd::SimulationHost>(std::move(topology)))
    {
        m_host->setClockMode(simd::SimulationHost::ClockMode::Manual);
        for (const HostInfo &h : m_host->simulation().hosts())
            m_providers.insert(h.name.toLower(), std::make_shared<simd::HyperVProvider>(*m_host, h.name));
    }

    simd::SimulationHost &host() { return *m_host; }
    simd::HyperVProvider *provider(const QString &hostName) const
    {
        return m_providers.value(hostName.toLower()).get();
    }
    void setPassword(const QString &password) { m_password = password; }
    const QString &password() const { return m_password; }
    void setReachable(bool reachable) { m_reachable = reachable; }
    // Classes this "host" does not have (an older Windows): asked for, they get WMI's invalid
    // class fault from the provider itself.
    QStringList hiddenClasses;
    bool reachable() const { return m_reachable; }
    int requests = 0;

    remote::ChannelFactory factory();

private:
    std::unique_ptr<simd::SimulationHost> m_host;
    QHash<QString, std::shared_ptr<simd::HyperVProvider>> m_providers;
    QString m_password = QStringLiteral("secret");
    bool m_reachable = true;
};

class LoopbackChannel : public remote::Channel
{
public:
    LoopbackChannel(LoopbackNetwork *network, remote::EndpointAddress address)
        : m_network(network)
        , m_address(std::move(address))
    {
    }

    void setCredentials(const Credentials &credentials) override { m_credentials = credentials; }
    int roundTrips() const override { return m_roundTrips; }

    void send(const wsman::Request &request, Callback done) override
    {
        ++m_roundTrips;
        ++m_network->requests;
        // Through the real writer, provider and parser; answered from the event loop, as a
        // socket would.
        wsman::Request sent = request;
        if (m_network->hiddenClasses.contains(sent.className(), Qt::CaseInsensitive))
            sent.resourceUri += QStringLiteral("_NotOnThisHost");
        const QByteArray envelope = wsman::RequestWriter::write(sent);
        QPointer<LoopbackChannel> self(this);
        QTimer::singleShot(0, this, [self, envelope, done] {
            if (!self)
                return;
            Error error;
            simd::HyperVProvider *provider = self->m_network->provider(self->m_address.host);
            if (!self->m_network->reachable()) {
                error.code = QStringLiteral("net.refused");
                error.message = QStringLiteral("Connection refused by %1.").arg(self->m_address.key());
                return done(wsman::Response(), error);
            }
            if (!provider) {
                error.code = QStringLiteral("net.host-not-found");
                error.message = QStringLiteral("Host %1 not found.").arg(self->m_address.host);
                return done(wsman::Response(), error);
            }
            if (self->m_credentials.password != self->m_network->password()) {
                error.code = QStringLiteral("auth.denied");
                error.message = QStringLiteral("%1 refused the credentials of '%2'.")
                                    .arg(self->m_address.key(), self->m_credentials.user);
                return done(wsman::Response(), error);
            }
            const QByteArray response = provider->handleEnvelope(envelope);
            done(wsman::ResponseParser::parse(response), Error());
        });
    }

private:
    LoopbackNetwork *m_network;
    remote::EndpointAddress m_address;
    Credentials m_credentials;
    int m_roundTrips = 0;
};

inline remote::ChannelFactory LoopbackNetwork::factory()
{
    return [this](const remote::EndpointAddress &address, const RemoteAccess &) {
        return std::make_unique<LoopbackChannel>(this, address);
    };
}

} // namespace hvdesk::test
