#include "Message.h"

namespace hvdesk::wsman {

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Identify:
        return QStringLiteral("Identify");
    case Operation::Enumerate:
        return QStringLiteral("Enumerate");
    case Operation::Pull:
        return QStringLiteral("Pull");
    case Operation::Release:
        return QStringLiteral("Release");
    case Operation::Get:
        return QStringLiteral("Get");
    case Operation::Put:
        return QStringLiteral("Put");
    case Operation::Invoke:
        return QStringLiteral("Invoke");
    case Operation::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

bool isIdempotent(Operation operation)
{
    switch (operation) {
    case Operation::Identify:
    case Operation::Enumerate:
    case Operation::Pull:
    case Operation::Get:
        return true;
    default:
        return false;
    }
}

QString Request::effectiveAction() const
{
    if (!action.isEmpty())
        return action;
    switch (operation) {
    case Operation::Enumerate:
        return action::Enumerate;
    case Operation::Pull:
        return action::Pull;
    case Operation::Release:
        return action::Release;
    case Operation::Get:
        return action::Get;
    case Operation::Put:
        return action::Put;
    case Operation::Invoke:
        return resourceUri + QLatin1Char('/') + method;
    case Operation::Identify:
    case Operation::Unknown:
        break;
    }
    return {};
}

Request Request::identify()
{
    Request r;
    r.operation = Operation::Identify;
    return r;
}

Request Request::enumerate(const QString &resourceUri, const QString &wql, int maxElements)
{
    Request r;
    r.operation = Operation::Enumerate;
    r.resourceUri = resourceUri;
    if (!wql.isEmpty()) {
        r.filterDialect = WqlDialect;
        r.filter = wql;
    }
    r.optimizeEnumeration = maxElements > 0;
    r.maxElements = maxElements;
    return r;
}

Request Request::pull(const QString &resourceUri, const QString &context, int maxElements)
{
    Request r;
    r.operation = Operation::Pull;
    r.resourceUri = resourceUri;
    r.enumerationContext = context;
    r.maxElements = maxElements;
    return r;
}

Request Request::release(const QString &resourceUri, const QString &context)
{
    Request r;
    r.operation = Operation::Release;
    r.resourceUri = resourceUri;
    r.enumerationContext = context;
    return r;
}

Request Request::get(const QString &resourceUri, const QList<Selector> &selectors)
{
    Request r;
    r.operation = Operation::Get;
    r.resourceUri = resourceUri;
    r.selectors = selectors;
    return r;
}

Request Request::get(const Epr &epr)
{
    return get(epr.resourceUri, epr.selectors);
}

Request Request::put(const CimInstance &instance, const QList<Selector> &selectors)
{
    Request r;
    r.operation = Operation::Put;
    r.resourceUri = instance.resourceUri();
    r.selectors = selectors;
    r.instance = instance;
    return r;
}

Request Request::invoke(const QString &resourceUri, const QString &method, const QList<Selector> &selectors,
    const QList<CimProperty> &parameters)
{
    Request r;
    r.operation = Operation::Invoke;
    r.resourceUri = resourceUri;
    r.method = method;
    r.selectors = selectors;
    r.parameters = parameters;
    return r;
}

Request Request::invoke(const Epr &target, const QString &method, const QList<CimProperty> &parameters)
{
    return invoke(target.resourceUri, method, target.selectors, parameters);
}

} // namespace hvdesk::wsman
