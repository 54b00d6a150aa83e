#include "HyperVProvider.h"

#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <wsman/InstanceXml.h>
#include <wsman/RequestParser.h>
#include <wsman/ResponseWriter.h>
#include <wsman/WqlQuery.h>

#include <QDateTime>
#include <QUuid>

namespace hvdesk::simd {

using namespace Qt::StringLiterals;
using wsman::CimInstance;
using wsman::Fault;
using wsman::Request;
using wsman::Response;

namespace {

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Room for the envelope up front (the client's limit, or less for a few items), so that filling
// it rarely moves what is already written.
qsizetype envelopeReserve(const Request &request, size_t items)
{
    if (request.operation == wsman::Operation::Enumerate && !request.optimizeEnumeration)
        return 4096; // no items: they wait for a Pull
    const qsizetype limit = qsizetype(qBound(8192, request.maxEnvelopeSize, 4 * 1024 * 1024)) + 16 * 1024;
    return qMin(limit, 8192 + qsizetype(qMin<size_t>(items, 1 << 20)) * 2048);
}

} // namespace

HyperVProvider::HyperVProvider(SimulationHost &host, QString hostName)
    : m_host(host)
    , m_instances(host, std::move(hostName))
{
}

QByteArray HyperVProvider::handleEnvelope(QByteArrayView envelope)
{
    const wsman::ParsedRequest parsed = wsman::RequestParser::parse(envelope);
    if (!parsed.ok())
        return wsman::ResponseWriter::fault(parsed.request, parsed.fault);
    return reply(parsed.request).envelope;
}

wsman::Reply HyperVProvider::reply(const Request &request)
{
    expireContexts();
    switch (request.operation) {
    case wsman::Operation::Enumerate:
        return enumerate(request);
    case wsman::Operation::Pull:
        return pull(request);
    default:
        break;
    }
    const Response response = handle(request);
    return wsman::Reply { wsman::ResponseWriter::write(request, response), response.isFault() ? 500 : 200 };
}

Response HyperVProvider::faultResponse(const Fault &fault)
{
    Response r;
    r.kind = Response::Kind::Fault;
    r.fault = fault;
    return r;
}

Response HyperVProvider::handle(const Request &request)
{
    switch (request.operation) {
    case wsman::Operation::Identify: {
        Response r;
        r.kind = Response::Kind::Identify;
        r.identify.productVendor = u"Microsoft Corporation"_s;
        const int h = m_instances.hostIndex();
        const QString build = h >= 0 ? m_host.simulation().hosts()[h].osBuild : QString();
        r.identify.productVersion = u"OS: %1 SP: 0.0 Stack: 3.0 (hvdesk-simd)"_s.arg(build);
        return r;
    }
    case wsman::Operation::Enumerate:
    case wsman::Operation::Pull:
        break; // reply() writes these itself
    case wsman::Operation::Release:
        return release(request);
    case wsman::Operation::Get:
        return get(request);
    case wsman::Operation::Invoke:
        return invoke(request);
    case wsman::Operation::Put:
        return faultResponse(Fault::make(Fault::Kind::ActionNotSupported,
            tr("The WS-Management service does not support Put on %1.").arg(request.resourceUri)));
    case wsman::Operation::Unknown:
        break;
    }
    return faultResponse(Fault::make(
        Fault::Kind::ActionNotSupported, tr("The action '%1' is not supported by the service.").arg(request.action)));
}

bool HyperVProvider::lookup(const QString &ns, const QString &className, std::vector<CimInstance> *out, Response *fault)
{
    switch (m_instances.instances(ns, className, out)) {
    case HostInstances::Lookup::Ok:
        return true;
    case HostInstances::Lookup::InvalidNamespace:
        *fault = faultResponse(Fault::wmi(Fault::Kind::DestinationUnreachable,
            tr("The WS-Management service cannot process the request. The WMI service or the WMI provider returned an "
               "unknown error: HRESULT 0x8004100e "),
            QString::number(hyperv::WbemInvalidNamespace), tr("Invalid namespace "),
            QString::number(hyperv::WbemInvalidNamespace)));
        fault->fault.machine = m_instances.hostName();
        return false;
    case HostInstances::Lookup::InvalidClass:
        *fault = faultResponse(Fault::wmi(Fault::Kind::DestinationUnreachable,
            tr("The WS-Management service cannot process the request. The specified class does not exist in the given "
               "namespace. "),
            QString::number(hyperv::WbemInvalidClass), tr("Invalid class "),
            QString::number(hyperv::WbemInvalidClass)));
        fault->fault.machine = m_instances.hostName();
        return false;
    }
    return false;
}

wsman::Reply HyperVProvider::enumerate(const Request &request)
{
    const QString ns = wsman::wmiNamespaceOf(request.resourceUri);
    QString className = wsman::classFromResourceUri(request.resourceUri);
    if (ns.isEmpty())
        return wsman::Reply::fault(request,
            Fault::make(Fault::Kind::DestinationUnreachable,
                tr("The WS-Management service cannot process the request. The resource URI "
                   "'%1' is not supported.")
                    .arg(request.resourceUri)));
    std::optional<wsman::WqlQuery> query;
    if (!request.filter.isEmpty() || !request.filterDialect.isEmpty()) {
        if (request.filterDialect != wsman::WqlDialect)
            return wsman::Reply::fault(request,
                Fault::make(Fault::Kind::CannotProcessFilter,
                    tr("The requested filter dialect '%1' is not supported.").arg(request.filterDialect)));
        Error error;
        query = wsman::WqlQuery::parse(request.filter, &error);
        if (!query->isValid())
            return wsman::Reply::fault(request, Fault::make(Fault::Kind::CannotProcessFilter, error.message));
        if (className != u"*"_s && className.compare(query->className(), Qt::CaseInsensitive) != 0)
            return wsman::Reply::fault(request,
                Fault::make(Fault::Kind::CannotProcessFilter,
                    tr("The query names the class %1, the resource URI %2.").arg(query->className(), className)));
        className = query->className();
    } else if (className == u"*"_s) {
        return wsman::Reply::fault(request,
            Fault::make(Fault::Kind::CannotProcessFilter, tr("Enumerating a whole namespace needs a WQL filter.")));
    }

    // Without a filter, a class the simulation writes directly takes no objects at all.
    HostInstances::ItemWriter direct;
    std::vector<CimInstance> items;
    if (query || !m_instances.itemWriter(ns, className, &direct)) {
        Response fault;
        if (!lookup(ns, className, &items, &fault))
            return wsman::Reply::fault(request, fault.fault);
        if (query) {
            std::vector<CimInstance> kept;
            kept.reserve(items.size());
            for (CimInstance &i : items) {
                if (query->matches(i))
                    kept.push_back(query->selectsAll() ? std::move(i) : query->project(i));
            }
            items = std::move(kept);
        }
        direct.count = items.size();
        direct.write = [&items, &request](wsman::XmlOut &out, size_t i) {
            wsman::InstanceXml::writeInstance(out, items[i], request.resourceUri);
        };
    }

    // The context's name is written before the items; it is left out again if they all fit.
    const QString id = newContextId();
    wsman::EnumerationResponseWriter out(request, false, id, envelopeReserve(request, direct.count));
    Context rest;
    writeItems(out, direct.count, direct.write, request, &rest);
    const bool end = rest.ends.empty() && request.optimizeEnumeration;
    if (!end)
        storeContext(id, std::move(rest));
    return wsman::Reply::ok(out.finish(end, !end));
}

wsman::Reply HyperVProvider::pull(const Request &request)
{
    const auto it = m_contexts.find(request.enumerationContext);
    if (it == m_contexts.end())
        return wsman::Reply::fault(request,
            Fault::make(Fault::Kind::InvalidEnumerationContext,
                tr("The enumeration context supplied in the message is not valid: it is "
                   "unknown, was released or has expired.")));
    Context &c = *it;
    // The items were measured when they were written: how many fit is known before copying.
    const auto [count, budget] = batchLimits(request);
    const auto startOf = [&c](size_t i) { return i == 0 ? qsizetype(0) : c.ends[i - 1]; };
    size_t last = c.next;
    qsizetype used = 0;
    while (last < c.ends.size() && last - c.next < size_t(count)) {
        const qsizetype size
            = c.ends[last] - startOf(last) + (last == c.next ? wsman::EnumerationResponseWriter::ItemsTagSize : 0);
        if (last > c.next && used + size > budget)
            break; // it comes with the next Pull; a single item always goes
        used += size;
        ++last;
    }
    wsman::EnumerationResponseWriter out(request, true, request.enumerationContext, 4096 + used);
    for (size_t i = c.next; i < last; ++i)
        out.addWritten(QByteArrayView(c.items).sliced(startOf(i), c.ends[i] - startOf(i)));
    c.next = last;
    c.lastUsedMs = wallMs();
    const bool end = c.next >= c.ends.size();
    if (end)
        m_contexts.erase(it);
    return wsman::Reply::ok(out.finish(end, !end));
}

Response HyperVProvider::release(const Request &request)
{
    if (!m_contexts.remove(request.enumerationContext))
        return faultResponse(Fault::make(Fault::Kind::InvalidEnumerationContext,
            tr("The enumeration context supplied in the message is not valid.")));
    Response r;
    r.kind = Response::Kind::Release;
    return r;
}

std::pair<int, qsizetype> HyperVProvider::batchLimits(const Request &request)
{
    return { request.maxElements > 0 ? request.maxElements : 1,
        qMax<qsizetype>(4096, request.maxEnvelopeSize - EnvelopeHeaderReserve) };
}

void HyperVProvider::writeItems(wsman::EnumerationResponseWriter &out, size_t count,
    const std::function<void(wsman::XmlOut &, size_t)> &write, const Request &request, Context *rest)
{
    size_t next = 0;
    qsizetype used = 0;
    if (request.optimizeEnumeration) {
        const auto [max, budget] = batchLimits(request);
        while (next < count && out.count() < max) {
            write(out.beginItem(), next);
            const qsizetype size = out.endItem();
            if (out.count() > 1 && used + size > budget) {
                // It comes with the next Pull, as written; a single item always goes.
                rest->items = out.lastItem().toByteArray();
                rest->ends.push_back(rest->items.size());
                out.dropLast();
                ++next;
                break;
            }
            used += size;
            ++next;
        }
    }
    if (next >= count)
        return;
    // The rest is written now, from the state the envelope showed; what the items written so far
    // took tells what to reserve.
    const size_t left = count - next;
    const qsizetype average = out.count() > 0 ? used / out.count() + 64 : 1024;
    const qsizetype estimate = qsizetype(qMin<size_t>(left, size_t(64 << 20) / size_t(average))) * average;
    wsman::XmlOut xml(rest->items.size() + estimate); // at most 64 MB up front; it grows as needed
    xml.raw(rest->items);
    rest->ends.reserve(rest->ends.size() + left);
    for (; next < count; ++next) {
        write(xml, next);
        rest->ends.push_back(xml.size());
    }
    rest->items = xml.take();
}

QString HyperVProvider::newContextId()
{
    return u"uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

void HyperVProvider::storeContext(const QString &id, Context context)
{
    // Bounded: the oldest open enumeration makes room for a new one.
    while (m_contexts.size() >= MaxEnumerationContexts) {
        auto oldest = m_contexts.begin();
        for (auto it = m_contexts.begin(); it != m_contexts.end(); ++it) {
            if (it->lastUsedMs < oldest->lastUsedMs)
                oldest = it;
        }
        m_contexts.erase(oldest);
    }
    context.lastUsedMs = wallMs();
    m_contexts.emplace(id, std::move(context));
}

void HyperVProvider::expireContexts()
{
    const qint64 now = wallMs();
    for (auto it = m_contexts.begin(); it != m_contexts.end();) {
        if (now - it->lastUsedMs > EnumerationContextLifetimeMs)
            it = m_contexts.erase(it);
        else
            ++it;
    }
}

bool HyperVProvider::target(const Request &request, CimInstance *out, Response *fault)
{
    const QString ns = wsman::wmiNamespaceOf(request.resourceUri);
    const QString className = wsman::classFromResourceUri(request.resourceUri);
    if (ns.isEmpty() || className == u"*"_s) {
        *fault = faultResponse(Fault::make(Fault::Kind::DestinationUnreachable,
            tr("The resource URI '%1' does not name a class.").arg(request.resourceUri)));
        return false;
    }
    std::vector<CimInstance> items;
    if (!lookup(ns, className, &items, fault))
        return false;
    const QStringList keys = hyperv::Values::keyProperties(className);
    if (request.selectors.isEmpty()) {
        if (items.size() == 1 || keys.isEmpty()) { // a singleton, or a class of static methods
            *out = items.empty() ? CimInstance(className, request.resourceUri) : items.front();
            return true;
        }
    }
    const auto invalid = [&](const QString &why) {
        *fault = faultResponse(Fault::make(Fault::Kind::InvalidSelectors,
            tr("The WS-Management service cannot process the request because the "
               "request contained invalid selectors for the resource. "),
            why));
        fault->fault.machine = m_instances.hostName();
        return false;
    };
    for (const wsman::Selector &s : request.selectors) {
        if (!keys.contains(s.name, Qt::CaseInsensitive))
            return invalid(tr("%1 is not a key of %2; its keys are %3.").arg(s.name, className, keys.join(u", "_s)));
    }
    for (const QString &key : keys) {
        const bool given = std::any_of(request.selectors.begin(), request.selectors.end(),
            [&](const wsman::Selector &s) { return s.name.compare(key, Qt::CaseInsensitive) == 0; });
        if (!given)
            return invalid(tr("The selector %1 of %2 is missing.").arg(key, className));
    }
    for (const CimInstance &i : items) {
        const bool match
            = std::all_of(request.selectors.begin(), request.selectors.end(), [&](const wsman::Selector &s) {
                  return i.string(s.name).value_or(QString()).compare(s.value, Qt::CaseInsensitive) == 0;
              });
        if (match) {
            *out = i;
            return true;
        }
    }
    return invalid(tr("No %1 has these selectors on %2.").arg(className, m_instances.hostName()));
}

Response HyperVProvider::get(const Request &request)
{
    Response r;
    if (!target(request, &r.instance, &r))
        return r;
    r.kind = Response::Kind::Get;
    return r;
}

} // namespace hvdesk::simd
