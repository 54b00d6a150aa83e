#pragma once

#include <wsmanserver/Dispatcher.h>

#include <models/Error.h>
#include <models/RemoteAccess.h>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace hvdesk::wsman {

class HttpConnection;

struct ServerConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: an ephemeral port (see WsmanServer::port())
    QString path = QStringLiteral("/wsman");
    // TLS when a certificate and key are set (HTTPS); plain HTTP otherwise.
    QSslCertificate certificate = QSslCertificate();
    QSslKey privateKey = QSslKey();
    // Basic authentication against these accounts; a request without valid credentials gets 401.
    QList<Credentials> accounts;
    QString realm = QStringLiteral("WSMAN");
    QString machineName = QStringLiteral("localhost"); // f:WSManFault Machine
    // Bounds: WinRM's default MaxEnvelopeSizekb (500 KB) for request bodies.
    qint64 maxRequestBytes = 512000;
    int maxHeaderBytes = 16384;
    int maxConnections = 64;
    int headerTimeoutMs = 10000; // from a request's first byte (or the connection) to its last header
    int bodyTimeoutMs = 30000; // from the end of the headers to the end of the body
    int idleTimeoutMs = 60000; // between requests on a kept-alive connection

    bool tls() const { return !certificate.isNull() && !privateKey.isNull(); }
};

// What the server has done, for tests, logs and benchmarks.
struct ServerStats
{
    quint64 connections = 0; // accepted
    quint64 refusedConnections = 0; // over maxConnections
    quint64 requests = 0; // HTTP requests answered, any status
    quint64 dispatched = 0; // handed to the dispatcher
    quint64 unauthorized = 0; // answered 401
    quint64 rejected = 0; // answered 4xx/5xx before the dispatcher (bad HTTP, too large, ...)
    quint64 timeouts = 0; // connections closed for a header, body or idle timeout
};

// An HTTP/1.1 server for WS-Management: POST <path> only, Basic authentication, bounded request
// size and connection count, header, body and idle timeouts, keep-alive. Every envelope is parsed
// (RequestParser) and either answered with a fault or handed to the Dispatcher. Garbage, slow or
// oversized input gets an HTTP error or a closed connection, never a crash or a hang.
class WsmanServer : public QTcpServer
{
    Q_OBJECT

public:
    WsmanServer(Dispatcher *dispatcher, ServerConfig config, QObject *parent = nullptr);
    ~WsmanServer() override;

    // Starts listening; false with the reason (address in use, bad certificate, ...).
    bool start(Error *error);
    void stop();
    quint16 port() const { return serverPort(); }
    QString endpoint() const;
    const ServerConfig &config() const { return m_config; }
    const ServerStats &stats() const { return m_stats; }
    int activeConnections() const { return int(m_connections.size()); }

    // Used by the connections.
    ServerStats &mutableStats() { return m_stats; }
    Dispatcher *dispatcher() const { return m_dispatcher; }
    // The account the Authorization header names, if its password matches (constant time).
    std::optional<QString> authenticate(QByteArrayView authorization) const;

signals:
    // After each answered HTTP request: status and, for dispatched ones, the operation.
    void requestAnswered(int httpStatus, const QString &operation);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Dispatcher *m_dispatcher;
    ServerConfig m_config;
    ServerStats m_stats;
    QList<QPointer<HttpConnection>> m_connections;
};

} // namespace hvdesk::wsman
