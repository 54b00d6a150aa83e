#include "HyperVProvider.h"

#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

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

// A conservative estimate of an item's size in an envelope, to keep responses within the
// client's MaxEnvelopeSize without writing them twice.
qsizetype estimateSize(const CimInstance &instance)
{
    qsizetype size = instance.className().size() * 2 + instance.resourceUri().size() + 80;
    for (const wsman::CimProperty &p : instance.properties()) {
        const wsman::CimValue &v = p.value;
        const qsizetype tags = p.name.size() * 2 + 16;
        switch (v.kind()) {
        case wsman::CimValue::Kind::Null:
            size += tags + 24;
            break;
        case wsman::CimValue::Kind::String:
        case wsman::CimValue::Kind::StringArray:
            for (const QString &t : v.texts())
                size += tags + t.size() * 3 / 2;
            break;
        case wsman::CimValue::Kind::Reference:
        case wsman::CimValue::Kind::ReferenceArray:
            for (const wsman::Epr &e : v.eprs()) {
                size += tags + 300 + e.resourceUri.size();
                for (const wsman::Selector &s : e.selectors)
                    size += 40 + s.name.size() + s.value.size();
            }
            break;
        case wsman::CimValue::Kind::Instance:
        case wsman::CimValue::Kind::InstanceArray:
            for (const CimInstance &e : v.embedded())
                size += tags + estimateSize(e) * 2; // CIM-XML as escaped text
            break;
        }
    }
    return size;
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
    return wsman::ResponseWriter::write(parsed.request, handle(parsed.request));
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
    expireContexts();
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
        return enumerate(request);
    case wsman::Operation::Pull:
        return pull(request);
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

Response HyperVProvider::enumerate(const Request &request)
{
    const QString ns = wsman::wmiNamespaceOf(request.resourceUri);
    QString className = wsman::classFromResourceUri(request.resourceUri);
    if (ns.isEmpty())
        return faultResponse(Fault::make(Fault::Kind::DestinationUnreachable,
            tr("The WS-Management service cannot process the request. The resource URI "
               "'%1' is not supported.")
                .arg(request.resourceUri)));
    std::optional<wsman::WqlQuery> query;
    if (!request.filter.isEmpty() || !request.filterDialect.isEmpty()) {
        if (request.filterDialect != wsman::WqlDialect)
            return faultResponse(Fault::make(Fault::Kind::CannotProcessFilter,
                tr("The requested filter dialect '%1' is not supported.").arg(request.filterDialect)));
        Error error;
        query = wsman::WqlQuery::parse(request.filter, &error);
        if (!query->isValid())
            return faultResponse(Fault::make(Fault::Kind::CannotProcessFilter, error.message));
        if (className != u"*"_s && className.compare(query->className(), Qt::CaseInsensitive) != 0)
            return faultResponse(Fault::make(Fault::Kind::CannotProcessFilter,
                tr("The query names the class %1, the resource URI %2.").arg(query->className(), className)));
        className = query->className();
    } else if (className == u"*"_s) {
        return faultResponse(
            Fault::make(Fault::Kind::CannotProcessFilter, tr("Enumerating a whole namespace needs a WQL filter.")));
    }

    std::vector<CimInstance> items;
    Response fault;
    if (!lookup(ns, className, &items, &fault))
        return fault;
    if (query) {
        std::vector<CimInstance> kept;
        kept.reserve(items.size());
        for (const CimInstance &i : items) {
            if (query->matches(i))
                kept.push_back(query->selectsAll() ? i : query->project(i));
        }
        items = std::move(kept);
    }

    Response r;
    r.kind = Response::Kind::Enumerate;
    size_t next = 0;
    if (request.optimizeEnumeration)
        r.items = batch(items, &next, request.maxElements, request.maxEnvelopeSize);
    if (next >= items.size() && request.optimizeEnumeration) {
        r.endOfSequence = true;
        return r;
    }
    r.enumerationContext = storeContext(std::move(items), next);
    return r;
}

Response HyperVProvider::pull(const Request &request)
{
    const auto it = m_contexts.find(request.enumerationContext);
    if (it == m_contexts.end())
        return faultResponse(Fault::make(Fault::Kind::InvalidEnumerationContext,
            tr("The enumeration context supplied in the message is not valid: it is "
               "unknown, was released or has expired.")));
    Context &c = *it;
    Response r;
    r.kind = Response::Kind::Pull;
    r.items = batch(c.items, &c.next, request.maxElements, request.maxEnvelopeSize);
    c.lastUsedMs = wallMs();
    if (c.next >= c.items.size()) {
        r.endOfSequence = true;
        m_contexts.erase(it);
    } else {
        r.enumerationContext = request.enumerationContext;
    }
    return r;
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

std::vector<CimInstance> HyperVProvider::batch(
    std::vector<CimInstance> &items, size_t *next, int maxElements, int maxEnvelopeSize) const
{
    std::vector<CimInstance> out;
    const size_t count = maxElements > 0 ? size_t(maxElements) : 1;
    const qsizetype budget = qMax(4096, maxEnvelopeSize - EnvelopeHeaderReserve);
    qsizetype used = 0;
    while (*next < items.size() && out.size() < count) {
        const qsizetype size = estimateSize(items[*next]);
        if (!out.empty() && used + size > budget)
            break; // the rest comes with the next Pull; a single item always goes
        used += size;
        out.push_back(std::move(items[*next]));
        ++*next;
    }
    return out;
}

QString HyperVProvider::storeContext(std::vector<CimInstance> items, size_t next)
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
    const QString id = u"uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    Context c;
    c.items = std::move(items);
    c.next = next;
    c.lastUsedMs = wallMs();
    m_contexts.insert(id, std::move(c));
    return id;
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
