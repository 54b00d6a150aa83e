#pragma once

#include <wsman/Message.h>
#include <wsman/XmlIo.h>

#include <QByteArray>
#include <QByteArrayView>

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

// An EnumerateResponse or PullResponse written one item at a time, for a server that fills the
// envelope up to the client's MaxEnvelopeSize: add() tells what an item took, dropLast() takes
// back one that did not fit. Items are written once, straight into the envelope; the result is
// byte for byte what ResponseWriter::enumerate() and pull() write. An item may also be written
// by the caller (beginItem/endItem) or come already written (addWritten: a fragment kept from an
// earlier envelope, see lastItem()).
class EnumerationResponseWriter
{
public:
    // The open tag of the Items element, which the first item's size includes.
    static constexpr qsizetype ItemsTagSize = 9; // <w:Items> or <n:Items>

    // `context`: the EnumerationContext, written unless finish() is told to leave it out.
    EnumerationResponseWriter(const Request &request, bool pull, const QString &context, qsizetype reserve = 4096);
    EnumerationResponseWriter(const EnumerationResponseWriter &) = delete;
    EnumerationResponseWriter &operator=(const EnumerationResponseWriter &) = delete;

    // Writes an item; returns the bytes it took.
    qsizetype add(const CimInstance &item);
    // An item the caller writes: exactly one item is appended to the XmlOut beginItem() returns,
    // then endItem() counts it and returns the bytes it took, as add() does.
    XmlOut &beginItem();
    qsizetype endItem();
    // An item as written before; returns the bytes it took, as add() does.
    qsizetype addWritten(QByteArrayView item);
    // The last item's own bytes (without the Items tag), valid until the writer changes.
    QByteArrayView lastItem() const;
    // Takes back the last item added (once per add).
    void dropLast();
    int count() const { return m_count; }
    // The envelope. `keepContext` false leaves the EnumerationContext out: the enumeration ended.
    QByteArray finish(bool endOfSequence, bool keepContext = true);

private:
    XmlOut m_out;
    const Request &m_request;
    QString m_fallbackUri;
    bool m_pull;
    int m_count = 0;
    qsizetype m_contextStart = 0; // the EnumerationContext element, [start, end)
    qsizetype m_contextEnd = 0;
    qsizetype m_itemsStart = -1; // where the Items element opens, -1 before the first item
    qsizetype m_itemStart = -1; // where the item being written starts, with the Items tag if first
    qsizetype m_lastStart = -1; // where the last item starts
};

} // namespace hvdesk::wsman
