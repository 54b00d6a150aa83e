#pragma once

#include <models/Error.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace hvdesk::remote {

// One WS-Management endpoint: a Windows host's WinRM listener.
struct EndpointAddress
{
    QString host;
    quint16 port = 0;
    bool https = true;
    QString path = QStringLiteral("/wsman");

    QUrl url() const; // https://host:5986/wsman
    QString key() const; // "host:port": how credentials and certificate pins are filed
    bool operator==(const EndpointAddress &) const = default;
};

// A remote connection's URI:
//   wsman+https://host[:port][/wsman][?host=other[:port]&host=...]   (default port 5986)
//   wsman+http://host[:port][...]                                  (default port 5985)
// The URI's host is the first endpoint; each "host" query item adds one (the same scheme). A user
// name may precede the host ("user@host"); a password may not: it would end up in settings and
// logs.
struct RemoteUri
{
    Q_DECLARE_TR_FUNCTIONS(RemoteUri)

public:
    static constexpr quint16 DefaultHttpsPort = 5986;
    static constexpr quint16 DefaultHttpPort = 5985;

    QString uri;
    bool https = true;
    QString user;
    QList<EndpointAddress> endpoints;

    static std::optional<RemoteUri> parse(const QString &uri, Error *error);
};

} // namespace hvdesk::remote
