#pragma once

#include "Channel.h"

#include <wsman/WsmanClient.h>

namespace hvdesk::remote {

// The product's channel: WS-Management over HTTP(S) with TLS verification, certificate pinning,
// Basic authentication, retries of idempotent reads and the protocol log (WsmanClient).
class WsmanChannel : public Channel
{
    Q_OBJECT

public:
    WsmanChannel(const EndpointAddress &endpoint, const RemoteAccess &access, QObject *parent = nullptr);

    void send(const wsman::Request &request, Callback done) override;
    quint64 sendCancellable(const wsman::Request &request, Callback done) override;
    void cancel(quint64 id) override;
    void setCredentials(const Credentials &credentials) override;
    int roundTrips() const override;
    wsman::WsmanClient &client() { return *m_client; }

    // The factory RemoteBackend::create uses.
    static ChannelFactory factory();

private:
    wsman::WsmanClient *m_client;
};

} // namespace hvdesk::remote
