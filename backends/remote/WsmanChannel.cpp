#include "WsmanChannel.h"

#include "RemoteBackend.h"

namespace hvdesk::remote {

WsmanChannel::WsmanChannel(const EndpointAddress &endpoint, const RemoteAccess &access, QObject *parent)
    : Channel(parent)
{
    wsman::ClientOptions options;
    options.url = endpoint.url();
    // wsman+http:// is the user's explicit choice of plain HTTP (the URI says so).
    options.allowPlainHttp = !endpoint.https;
    options.pins = access.pins;
    options.prompts = access.prompts;
    options.log = access.log;
    m_client = new wsman::WsmanClient(options, this);
}

void WsmanChannel::send(const wsman::Request &request, Callback done)
{
    sendCancellable(request, std::move(done));
}

quint64 WsmanChannel::sendCancellable(const wsman::Request &request, Callback done)
{
    return m_client->send(request, [done](const wsman::Response &response, const Error &error) {
        // A WS-Management fault is an answer: the caller reads it from the response.
        if (response.isFault())
            return done(response, Error());
        done(response, error);
    });
}

void WsmanChannel::cancel(quint64 id)
{
    m_client->cancel(id);
}

void WsmanChannel::setCredentials(const Credentials &credentials)
{
    m_client->setCredentials(credentials);
}

int WsmanChannel::roundTrips() const
{
    return int(m_client->roundTrips());
}

ChannelFactory WsmanChannel::factory()
{
    return [](const EndpointAddress &endpoint, const RemoteAccess &access) -> std::unique_ptr<Channel> {
        return std::make_unique<WsmanChannel>(endpoint, access);
    };
}

std::unique_ptr<HostBackend> RemoteBackend::create(const QString &uri, const RemoteAccess &access, Error *error)
{
    return create(uri, access, WsmanChannel::factory(), error);
}

} // namespace hvdesk::remote
