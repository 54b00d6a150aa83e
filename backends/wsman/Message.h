#pragma once

#include <wsman/CimInstance.h>
#include <wsman/Fault.h>
#include <wsman/Namespaces.h>

#include <models/Error.h>

#include <QList>
#include <QString>

#include <vector>

namespace hvdesk::wsman {

enum class Operation { Unknown, Identify, Enumerate, Pull, Release, Get, Put, Invoke };

// "Enumerate", "Invoke" ... for logs and errors.
QString operationName(Operation operation);
// Whether sending it twice is harmless: reads are retried, changes never.
bool isIdempotent(Operation operation);

// One WS-Management request. The client fills it and writes it (RequestWriter); the server
// parses one (RequestParser) into the same value, so both sides share one model.
struct Request
{
    Operation operation = Operation::Unknown;
    QString action; // empty: derived from the operation (and the method for Invoke)
    QString to; // the endpoint URL, e.g. "https://host:5986/wsman"
    QString resourceUri;
    QString messageId; // empty: the writer makes "uuid:<random>"; the server keeps it as sent
    QString replyTo = QString(AnonymousAddress);
    QList<Selector> selectors;
    int maxEnvelopeSize = DefaultMaxEnvelopeSize;
    int operationTimeoutMs = DefaultOperationTimeoutMs;
    QString locale = QStringLiteral("en-US");

    // Enumerate
    QString filterDialect; // ns WqlDialect when a WQL filter is given
    QString filter;
    bool optimizeEnumeration = false;
    int maxElements = 0; // Enumerate (with optimization) and Pull; 0: not sent

    // Pull and Release
    QString enumerationContext;

    // Invoke: the method and its input parameters, in order (EPRs, embedded instances, text).
    QString method;
    QList<CimProperty> parameters;

    // Put: the new state of the object.
    CimInstance instance;

    QString effectiveAction() const;
    QString className() const { return classFromResourceUri(resourceUri); }

    static Request identify();
    static Request enumerate(const QString &resourceUri, const QString &wql = {}, int maxElements = 0);
    static Request pull(const QString &resourceUri, const QString &context, int maxElements = 0);
    static Request release(const QString &resourceUri, const QString &context);
    static Request get(const QString &resourceUri, const QList<Selector> &selectors);
    static Request get(const Epr &epr);
    static Request put(const CimInstance &instance, const QList<Selector> &selectors);
    static Request invoke(const QString &resourceUri, const QString &method, const QList<Selector> &selectors,
        const QList<CimProperty> &parameters);
    static Request invoke(const Epr &target, const QString &method, const QList<CimProperty> &parameters);

    bool operator==(const Request &) const = default;
};

struct IdentifyInfo
{
    QString protocolVersion = QString(ns::Wsman);
    QString productVendor;
    QString productVersion;
    bool operator==(const IdentifyInfo &) const = default;
};

// One WS-Management response, parsed (ResponseParser) or to be written (ResponseWriter).
struct Response
{
    enum class Kind { Invalid, Identify, Enumerate, Pull, Release, Get, Put, Invoke, Fault };

    Kind kind = Kind::Invalid;
    QString action;
    QString messageId;
    QString relatesTo;

    IdentifyInfo identify;

    // Enumerate (optimized) and Pull
    std::vector<CimInstance> items;
    QString enumerationContext;
    bool endOfSequence = false;

    // Get, Put, and Invoke's output (<p:Method_OUTPUT>: className "Method_OUTPUT", ReturnValue,
    // out parameters such as Job).
    CimInstance instance;

    wsman::Fault fault; // Kind::Fault
    Error error; // Kind::Invalid: what was wrong with the XML, with line and column

    bool isFault() const { return kind == Kind::Fault; }
    bool isValid() const { return kind != Kind::Invalid; }
    // Invoke: ReturnValue (0 done, 4096 job started), nullopt when absent.
    std::optional<qint64> returnValue() const { return instance.int64(QStringLiteral("ReturnValue")); }

    bool operator==(const Response &) const = default;
};

} // namespace hvdesk::wsman
