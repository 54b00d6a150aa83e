#include "HttpConnection.h"

#include "WsmanServer.h"

#include <wsman/RequestParser.h>
#include <wsman/ResponseWriter.h>

#include <QSslSocket>
#include <QTcpSocket>

namespace hvdesk::wsman {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

// Reads at most this much of the socket at a time; the socket's own buffer is bounded too, so a
// client that sends more than a request holds still in the kernel, not in memory here.
constexpr qint64 ReadChunk = 64 * 1024;
// A client that sends requests but does not read the answers is not served further until it
// has read them: the answers it leaves unread stay below this.
constexpr qint64 MaxUnreadOutput = 8 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, WsmanServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeNow);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            closeNow();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_paused && m_socket->bytesToWrite() <= MaxUnreadOutput) {
            m_paused = false;
            process();
            onReadyRead();
        }
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::sslErrors, this, [this] { closeNow(); });
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onReadyRead);
    }
    // The TLS handshake and the first request's headers must arrive within the header timeout.
    startTimer(m_server->config().headerTimeoutMs);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::startTimer(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Closing;
    m_timer.stop();
    emit finished();
    deleteLater();
}

void HttpConnection::closeNow()
{
    if (m_finished)
        return;
    m_state = State::Closing;
    m_socket->disconnect(this);
    m_socket->abort();
    finish();
}

void HttpConnection::onTimeout()
{
    m_server->mutableStats().timeouts++;
    // A client that stalls inside a request learns why; an idle one is just closed.
    if (!m_waitingForFirstByte && m_state != State::Closing && m_socket
        && m_socket->state() == QAbstractSocket::ConnectedState)
        respond(408, {}, {}, true);
    else
        closeNow();
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Closing || m_paused)
        return;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && !ssl->isEncrypted())
        return;
    const ServerConfig &config = m_server->config();
    while (m_state != State::Closing && !m_paused && m_socket->bytesAvailable() > 0) {
        const qint64 limit = m_state == State::Headers ? config.maxHeaderBytes + 4 : m_contentLength;
        const qint64 room = limit - m_buffer.size();
        if (room <= 0)
            break;
        const QByteArray chunk = m_socket->read(qMin<qint64>(room, ReadChunk));
        if (chunk.isEmpty())
            break;
        if (m_waitingForFirstByte) {
            m_waitingForFirstByte = false;
            startTimer(config.headerTimeoutMs);
        }
        m_buffer += chunk;
        process();
    }
}

void HttpConnection::process()
{
    const ServerConfig &config = m_server->config();
    for (;;) {
        if (m_state == State::Closing)
            return;
        if (m_socket->bytesToWrite() > MaxUnreadOutput) {
            m_paused = true;
            return;
        }
        if (m_state == State::Headers) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > config.maxHeaderBytes) {
                    m_server->mutableStats().rejected++;
                    respond(431, {}, {}, true);
                }
                return;
            }
            if (end + 4 > config.maxHeaderBytes + 4) {
                m_server->mutableStats().rejected++;
                respond(431, {}, {}, true);
                return;
            }
            if (!parseHeaders(end))
                return;
            m_buffer.remove(0, end + 4);
            m_state = State::Body;
            startTimer(config.bodyTimeoutMs);
        }
        if (m_state != State::Body)
            return;
        if (m_buffer.size() < m_contentLength) {
            // Pull more from the socket: the loop in onReadyRead reads up to the body's end.
            if (m_socket->bytesAvailable() > 0)
                QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
            return;
        }
        const QByteArray body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        handleRequest(body);
        if (m_state == State::Closing)
            return;
        m_state = State::Headers;
        m_waitingForFirstByte = m_buffer.isEmpty();
        startTimer(m_waitingForFirstByte ? config.idleTimeoutMs : config.headerTimeoutMs);
        if (m_buffer.isEmpty()) {
            if (m_socket->bytesAvailable() > 0)
                QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
            return;
        }
    }
}

bool HttpConnection::parseHeaders(qsizetype headerEnd)
{
    const ServerConfig &config = m_server->config();
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    m_headers.clear();
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        m_server->mutableStats().rejected++;
        respond(requestLine.size() == 3 && requestLine[2].startsWith("HTTP/") ? 505 : 400, {}, {}, true);
        return false;
    }
    m_method = requestLine[0];
    m_path = requestLine[1];
    m_http10 = requestLine[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_server->mutableStats().rejected++;
            respond(400, {}, {}, true);
            return false;
        }
        m_headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = m_headers.value("connection").toLower();
    m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");

    // Decide from the headers alone; a request refused here is not read any further.
    const auto refuse = [this](int status, const QByteArrayList &extra = {}) {
        m_server->mutableStats().rejected++;
        respond(status, {}, extra, true);
        return false;
    };
    const QByteArray path = m_path.left(m_path.indexOf('?') < 0 ? m_path.size() : m_path.indexOf('?'));
    if (path != config.path.toUtf8())
        return refuse(404);
    if (m_method != "POST")
        return refuse(405, { "Allow: POST" });
    if (m_headers.contains("transfer-encoding"))
        return refuse(411); // WinRM clients send Content-Length; chunked bodies are not taken
    bool ok = false;
    const QByteArray lengthText = m_headers.value("content-length");
    m_contentLength = lengthText.toLongLong(&ok);
    if (lengthText.isEmpty() || !ok || m_contentLength < 0)
        return refuse(411);
    if (m_contentLength > config.maxRequestBytes)
        return refuse(413);
    const QByteArray type = m_headers.value("content-type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/soap+xml"))
        return refuse(415);
    return true;
}

void HttpConnection::handleRequest(const QByteArray &body)
{
    const ServerConfig &config = m_server->config();
    RequestContext context;
    context.peer = m_socket->peerAddress();
    context.tls = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    context.endpoint = m_server->endpoint();

    const std::optional<QString> user = m_server->authenticate(m_headers.value("authorization"));
    ParsedRequest parsed;
    if (!user) {
        // WinRM answers an Identify without credentials when the client says it is one.
        const bool anonymousIdentify = m_headers.value("wsmanidentify").toLower() == "unauthenticated";
        if (anonymousIdentify)
            parsed = RequestParser::parse(body);
        if (!anonymousIdentify || !parsed.ok() || parsed.request.operation != Operation::Identify) {
            m_server->mutableStats().unauthorized++;
            respond(401, {}, { "WWW-Authenticate: Basic realm=\"" + config.realm.toUtf8() + "\"" });
            return;
        }
    } else {
        context.user = *user;
        parsed = RequestParser::parse(body);
    }
    if (!parsed.ok()) {
        Fault fault = parsed.fault;
        fault.machine = config.machineName;
        const Reply reply = Reply::fault(parsed.request, fault);
        respond(reply.httpStatus, reply.envelope, {}, false, operationName(parsed.request.operation));
        return;
    }
    m_server->mutableStats().dispatched++;
    Reply reply;
    try {
        reply = m_server->dispatcher()->dispatch(parsed.request, context);
    } catch (...) {
        // A dispatcher bug is the server's fault, answered as such; the connection lives on.
        reply = Reply::fault(parsed.request,
            Fault::make(Fault::Kind::InternalError, QStringLiteral("The request could not be processed.")));
    }
    if (!m_socket)
        return;
    QString operation = operationName(parsed.request.operation);
    if (parsed.request.operation == Operation::Invoke)
        operation += QLatin1Char(' ') + parsed.request.method;
    respond(reply.httpStatus, reply.envelope, {}, false, operation);
}

void HttpConnection::respond(
    int status, const QByteArray &body, const QByteArrayList &extraHeaders, bool close, const QString &operation)
{
    if (!m_socket || m_state == State::Closing)
        return;
    const bool closeAfter = close || !m_keepAlive;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Server: hvdesk-wsman\r\n";
    if (!body.isEmpty())
        head += "Content-Type: application/soap+xml;charset=UTF-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &h : extraHeaders)
        head += h + "\r\n";
    head += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (!body.isEmpty())
        m_socket->write(body);
    m_server->mutableStats().requests++;
    emit m_server->requestAnswered(status, operation);
    if (closeAfter) {
        m_state = State::Closing;
        m_timer.stop();
        QTcpSocket *socket = m_socket;
        socket->disconnect(this);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        socket->disconnectFromHost(); // after the response is written
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            finish();
        } else {
            // A peer that never reads must not keep the connection forever.
            QTimer::singleShot(5000, this, [this, socket] {
                socket->abort();
                finish();
            });
        }
    }
}

} // namespace hvdesk::wsman
