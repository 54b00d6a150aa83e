#pragma once

#include "RemoteUri.h"

#include <models/Error.h>
#include <models/RemoteAccess.h>

#include <wsman/Message.h>

#include <QObject>

#include <functional>
#include <memory>

namespace hvdesk::remote {

// How the remote backend talks to one endpoint: one request out, its parsed response back,
// asynchronously on the caller's thread. The product sends over HTTP(S) (WsmanChannel); tests may
// hand envelopes straight to a provider. Failures arrive as an Error (refused, TLS, 401, timeout,
// malformed XML); a WS-Management fault arrives as a Response of Kind::Fault.
class Channel : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const wsman::Response &response, const Error &error)>;

    explicit Channel(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    virtual void send(const wsman::Request &request, Callback done) = 0;
    // The same, returning an id for cancel() (0: this channel cannot cancel).
    virtual quint64 sendCancellable(const wsman::Request &request, Callback done)
    {
        send(request, std::move(done));
        return 0;
    }
    // The request's callback is not called; its connection is let go.
    virtual void cancel(quint64 id) { Q_UNUSED(id) }
    virtual void setCredentials(const Credentials &credentials) = 0;
    // Requests that reached the endpoint (or were attempted), retries included.
    virtual int roundTrips() const = 0;
};

using ChannelFactory
    = std::function<std::unique_ptr<Channel>(const EndpointAddress &endpoint, const RemoteAccess &access)>;

} // namespace hvdesk::remote
