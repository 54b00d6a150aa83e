#pragma once

#include <wsman/Message.h>

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace hvdesk::wsman {

// Who sent a request, for a dispatcher that authorises or logs.
struct RequestContext
{
    QString user; // the authenticated account; empty for an anonymous Identify
    QHostAddress peer;
    bool tls = false;
    QString endpoint; // "host:port" the server listens on
};

// What the server sends back: a whole envelope (ResponseWriter) and its HTTP status. WinRM answers
// faults with 500, everything else with 200.
struct Reply
{
    QByteArray envelope;
    int httpStatus = 200;

    static Reply ok(const QByteArray &envelope) { return Reply { envelope, 200 }; }
    static Reply fault(const Request &request, const Fault &fault);
};

// The server hands every well-formed, authenticated request to a dispatcher; malformed ones are
// answered with a fault before they get here. Called on the server's thread; it must not block
// for long (it holds up only its own connection, but on the server's event loop).
class Dispatcher
{
public:
    virtual ~Dispatcher();
    virtual Reply dispatch(const Request &request, const RequestContext &context) = 0;
};

} // namespace hvdesk::wsman
