#include "BackendFactory.h"

#include "HostBackend.h"

namespace hvdesk {

void BackendFactory::registerScheme(const QString &scheme, const QString &description, Creator creator)
{
    m_entries.insert(scheme.toLower(), Entry{description, std::move(creator)});
}

QStringList BackendFactory::schemes() const
{
    return m_entries.keys();
}

QString BackendFactory::description(const QString &scheme) const
{
    return m_entries.value(scheme.toLower()).description;
}

QString BackendFactory::schemeOf(const QString &uri)
{
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    return colon <= 0 ? QString() : uri.left(colon).trimmed().toLower();
}

std::unique_ptr<HostBackend> BackendFactory::create(const QString &uri, Error *error) const
{
    const QString trimmed = uri.trimmed();
    const QString scheme = schemeOf(trimmed);
    const auto it = m_entries.constFind(scheme);
    if (scheme.isEmpty() || it == m_entries.constEnd()) {
        if (error) {
            error->code = QStringLiteral("uri.scheme");
            error->field = QStringLiteral("uri");
            error->message = scheme.isEmpty()
                ? tr("Server: '%1' is not a connection URI.").arg(trimmed)
                : tr("Server: hvdesk cannot connect to '%1' URIs.").arg(scheme);
            QStringList known;
            for (auto e = m_entries.constBegin(); e != m_entries.constEnd(); ++e)
                known << e.key() + QLatin1Char(':');
            error->fix = tr("Use one of: %1 (for example sim:demo).").arg(known.join(QStringLiteral(", ")));
        }
        return nullptr;
    }
    Error localError;
    std::unique_ptr<HostBackend> backend = it->creator(trimmed, &localError);
    if (!backend && error)
        *error = localError;
    return backend;
}

} // namespace hvdesk
