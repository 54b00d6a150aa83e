#pragma once

#include <wsman/Message.h>

#include <QByteArrayView>
#include <QCoreApplication>

namespace hvdesk::wsman {

// Reads a response envelope with XmlIn, in one pass and without a DOM: Identify,
// Enumerate (optimized items), Pull, Release, Get/Put (one object), Invoke output and s:Fault.
// Anything that is not a well-formed SOAP envelope gives Kind::Invalid and an error with line and
// column; limits (depth, attributes, no DTD) keep hostile input bounded.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    static Response parse(QByteArrayView data);
};

inline Response parseResponse(QByteArrayView data)
{
    return ResponseParser::parse(data);
}

} // namespace hvdesk::wsman
