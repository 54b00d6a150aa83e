#include "WsmanServer.h"

#include "HttpConnection.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace hvdesk::wsman {

WsmanServer::WsmanServer(Dispatcher *dispatcher, ServerConfig config, QObject *parent)
    : QTcpServer(parent)
    , m_dispatcher(dispatcher)
    , m_config(std::move(config))
{
    // Connections are accepted one by one in incomingConnection; the pending queue stays short.
    setMaxPendingConnections(m_config.maxConnections);
}

WsmanServer::~WsmanServer()
{
    stop();
}

bool WsmanServer::start(Error *error)
{
    if (error)
        *error = Error {};
    if (m_config.tls() && !QSslSocket::supportsSsl()) {
        if (error)
            *error = Error { QStringLiteral("tls.unavailable"), tr("TLS is not available: Qt has no TLS backend."), {},
                tr("Install Qt's OpenSSL plug-in (libssl3).") };
        return false;
    }
    if (!listen(m_config.address, m_config.port)) {
        if (error)
            *error = Error { QStringLiteral("server.listen"),
                tr("Cannot listen on %1:%2: %3.")
                    .arg(m_config.address.toString())
                    .arg(m_config.port)
                    .arg(errorString()),
                QStringLiteral("port"), tr("Choose another port, or stop the program that uses it.") };
        return false;
    }
    return true;
}

void WsmanServer::stop()
{
    close();
    const auto connections = m_connections;
    for (const QPointer<HttpConnection> &c : connections) {
        if (c)
            c->closeNow();
    }
    m_connections.clear();
}

QString WsmanServer::endpoint() const
{
    return m_config.address.toString() + QLatin1Char(':') + QString::number(serverPort());
}

void WsmanServer::incomingConnection(qintptr socketDescriptor)
{
    m_connections.removeIf([](const QPointer<HttpConnection> &c) { return c.isNull(); });
    if (m_connections.size() >= m_config.maxConnections) {
        m_stats.refusedConnections++;
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        // Over plain HTTP the client learns why; a TLS client just sees the connection close.
        if (!m_config.tls())
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n"
                          "Retry-After: 1\r\n\r\n");
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        else
            QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_config.tls()) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_config.certificate);
        ssl->setPrivateKey(m_config.privateKey);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    m_stats.connections++;
    auto *connection = new HttpConnection(socket, this);
    m_connections.append(connection);
}

namespace {

QByteArray accountDigest(const QString &user, const QString &password)
{
    // User names compare without case, as Windows accounts do; passwords exactly.
    const QByteArray text = user.toLower().toUtf8() + '\0' + password.toUtf8();
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

std::optional<QString> WsmanServer::authenticate(QByteArrayView authorization) const
{
    const QByteArray header = authorization.toByteArray().trimmed();
    if (!header.toLower().startsWith("basic "))
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    const QString user = QString::fromUtf8(pair.left(colon));
    const QByteArray given = accountDigest(user, QString::fromUtf8(pair.mid(colon + 1)));
    std::optional<QString> match;
    // Every account is compared, so the time taken does not say which one matched.
    for (const Credentials &account : m_config.accounts) {
        if (constantTimeEqual(given, accountDigest(account.user, account.password)) && !match)
            match = account.user;
    }
    return match;
}

} // namespace hvdesk::wsman
