#pragma once

#include <wsman/Message.h>

#include <QByteArrayView>
#include <QCoreApplication>

namespace hvdesk::wsman {

// A request as the server read it; when it cannot be served, `fault` says why in WinRM's terms
// and `request` holds what was read (its MessageID, for RelatesTo).
struct ParsedRequest
{
    Request request;
    Fault fault;
    bool ok() const { return fault.isNull(); }
};

// The server side's reader of request envelopes: headers (To, ResourceURI, ReplyTo, Action,
// MessageID as sent, with or without "uuid:", MaxEnvelopeSize, OperationTimeout, Locale,
// SelectorSet) and bodies (Identify, Enumerate with filter and optimization, Pull, Release,
// Get, Put, Invoke with its parameters decoded: EPRs and CIM-XML embedded instances).
class RequestParser
{
    Q_DECLARE_TR_FUNCTIONS(RequestParser)

public:
    static ParsedRequest parse(QByteArrayView data);
    // xs:duration ("PT60S", "PT60.000S", "P1DT2H", ...) in milliseconds; -1 when not one.
    static qint64 parseDuration(QStringView text);
};

} // namespace hvdesk::wsman
