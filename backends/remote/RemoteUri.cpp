#include "RemoteUri.h"

#include <QUrlQuery>

namespace hvdesk::remote {

using namespace Qt::StringLiterals;

QUrl EndpointAddress::url() const
{
    QUrl u;
    u.setScheme(https ? u"https"_s : u"http"_s);
    u.setHost(host);
    u.setPort(port);
    u.setPath(path);
    return u;
}

QString EndpointAddress::key() const
{
    return (host.contains(QLatin1Char(':')) ? u"[%1]"_s.arg(host) : host) + QLatin1Char(':') + QString::number(port);
}

std::optional<RemoteUri> RemoteUri::parse(const QString &text, Error *error)
{
    auto fail = [&](const QString &field, const QString &message, const QString &fix) {
        if (error) {
            error->code = u"uri.remote"_s;
            error->field = field;
            error->message = message;
            error->fix = fix;
        }
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "wsman+https"_L1 && scheme != "wsman+http"_L1))
        return fail(u"uri"_s, tr("'%1' is not a WS-Management URI.").arg(text),
            tr("Use wsman+https://host[:port], for example wsman+https://hyperv01:5986."));
    if (!url.password().isEmpty())
        return fail(u"uri"_s, tr("The URI contains a password; hvdesk does not take passwords in URIs."),
            tr("Remove the password from the URI: hvdesk asks for it and keeps it in the system keychain."));
    if (url.host().isEmpty())
        return fail(u"host"_s, tr("'%1' names no host.").arg(text), tr("Add the host's name: wsman+https://host."));
    const QString path = url.path();
    if (!path.isEmpty() && path != "/"_L1 && path.compare("/wsman"_L1, Qt::CaseInsensitive) != 0)
        return fail(u"path"_s, tr("'%1': WinRM listens on /wsman, not on '%2'.").arg(text, path),
            tr("Leave the path out, or use /wsman."));

    RemoteUri r;
    r.uri = text;
    r.https = scheme == "wsman+https"_L1;
    r.user = url.userName();
    const quint16 defaultPort = r.https ? DefaultHttpsPort : DefaultHttpPort;
    EndpointAddress first;
    first.host = url.host();
    first.port = quint16(url.port(defaultPort));
    first.https = r.https;
    r.endpoints << first;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "host"_L1)
            return fail(key, tr("'%1': the option '%2' is not known.").arg(text, key),
                tr("Only host=name[:port] may follow the '?'."));
        const QUrl extra(u"x://"_s + value, QUrl::StrictMode);
        if (!extra.isValid() || extra.host().isEmpty() || !extra.path().isEmpty() || !extra.userInfo().isEmpty())
            return fail(u"host"_s, tr("'%1' is not a host name with an optional port.").arg(value),
                tr("Write host=name or host=name:port."));
        EndpointAddress e;
        e.host = extra.host();
        e.port = quint16(extra.port(defaultPort));
        e.https = r.https;
        if (!r.endpoints.contains(e))
            r.endpoints << e;
    }
    return r;
}

} // namespace hvdesk::remote
