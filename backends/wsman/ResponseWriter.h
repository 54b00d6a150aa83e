#pragma once

#include <wsman/Message.h>

#include <QByteArray>

namespace hvdesk::wsman {

// Writes response envelopes in the shape Windows WinRM sends them, for the server. RelatesTo is
// the request's MessageID exactly as it came (with or without "uuid:"); items are written as
// <p:Class xmlns:p="resourceUri"> with their properties in order.
class ResponseWriter
{
public:
    // Any response; `response.kind` chooses the body.
    static QByteArray write(const Request &request, const Response &response);

    static QByteArray identify(const IdentifyInfo &info);
    // Items are written when there are any or the request asked for optimized enumeration.
    static QByteArray enumerate(
        const Request &request, const std::vector<CimInstance> &items, const QString &context, bool endOfSequence);
    static QByteArray pull(
        const Request &request, const std::vector<CimInstance> &items, const QString &context, bool endOfSequence);
    static QByteArray release(const Request &request);
    static QByteArray get(const Request &request, const CimInstance &instance);
    static QByteArray put(const Request &request, const CimInstance &instance);
    // <p:Method_OUTPUT xmlns:p="resourceUri"> with the output's properties (ReturnValue, Job, ...).
    static QByteArray invoke(const Request &request, const CimInstance &output);
    static QByteArray fault(const Request &request, const Fault &fault);
};

} // namespace hvdesk::wsman
