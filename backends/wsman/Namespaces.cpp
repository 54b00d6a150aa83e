#include "Namespaces.h"

namespace hvdesk::wsman {

QString wmiResourceUri(QLatin1String wmiNamespace, const QString &className)
{
    return WmiResourceBase + wmiNamespace + QLatin1Char('/') + className;
}

QString wmiResourceUri(const QString &wmiNamespace, const QString &className)
{
    return WmiResourceBase + wmiNamespace + QLatin1Char('/') + className;
}

QString classFromResourceUri(const QString &resourceUri)
{
    const qsizetype slash = resourceUri.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? resourceUri : resourceUri.mid(slash + 1);
}

QString wmiNamespaceOf(const QString &resourceUri)
{
    if (!resourceUri.startsWith(WmiResourceBase, Qt::CaseInsensitive))
        return {};
    const qsizetype slash = resourceUri.lastIndexOf(QLatin1Char('/'));
    if (slash <= WmiResourceBase.size())
        return {};
    return resourceUri.mid(WmiResourceBase.size(), slash - WmiResourceBase.size());
}

} // namespace hvdesk::wsman
