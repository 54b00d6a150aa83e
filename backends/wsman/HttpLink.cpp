#include "HttpLink.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <cctype>

namespace hvdesk::wsman {

namespace {

// An answer's head (status line and headers) and a chunk-size or trailer line stay below these.
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxChunkLine = 1024;

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    for (QByteArrayView part : QByteArray::fromRawData(value.data(), value.size()).split(',')) {
        if (equalsIgnoringCase(part.trimmed(), token))
            return true;
    }
    return false;
}

} // namespace

HttpLink::HttpLink(QString host, quint16 port, const QSslConfiguration *tls, qint64 maxAnswerBytes,
    int idleLifetimeMs, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_maxAnswerBytes(maxAnswerBytes)
{
    if (tls) {
        m_ssl = new QSslSocket(this);
        m_ssl->setSslConfiguration(*tls);
        m_socket = m_ssl;
        connect(m_ssl, &QSslSocket::sslErrors, this, &HttpLink::sslErrors);
        connect(m_ssl, &QSslSocket::encrypted, this, &HttpLink::onEncrypted);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpLink::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpLink::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpLink::onSocketEnded);
    connect(m_socket, &QTcpSocket::disconnected, this,
        [this] { onSocketEnded(QAbstractSocket::RemoteHostClosedError); });
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleLifetimeMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        abort();
        emit closed();
    });
}

HttpLink::~HttpLink()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HttpLink::open()
{
    m_state = State::Connecting;
    if (m_ssl)
        m_ssl->connectToHostEncrypted(m_host, m_port);
    else
        m_socket->connectToHost(m_host, m_port);
}

void HttpLink::onConnected()
{
    if (m_state != State::Connecting)
        return;
    // A request goes out as one write; no reason to hold back its last segment.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    becomeIdle();
    emit ready();
}

void HttpLink::onEncrypted()
{
    if (m_state != State::Connecting)
        return;
    emit encrypted();
    if (m_state != State::Connecting) // the owner refused the certificate
        return;
    onConnected();
}

QSslCertificate HttpLink::peerCertificate() const
{
    return m_ssl ? m_ssl->peerCertificate() : QSslCertificate();
}

void HttpLink::ignoreSslErrors(const QList<QSslError> &errors)
{
    if (m_ssl)
        m_ssl->ignoreSslErrors(errors);
}

void HttpLink::becomeIdle()
{
    m_state = State::Ready;
    if (m_idle.interval() > 0)
        m_idle.start();
}

void HttpLink::send(const QByteArray &request)
{
    Q_ASSERT(m_state == State::Ready);
    m_idle.stop();
    m_state = State::Busy;
    m_exchange++;
    m_phase = Phase::Head;
    m_in.clear();
    m_scanned = 0;
    m_answer = HttpAnswer {};
    m_keepAlive = true;
    m_receivedAny = false;
    m_socket->write(request);
}

void HttpLink::abort()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idle.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpLink::fail(HttpFailure::Kind kind, const QString &text, QAbstractSocket::SocketError error)
{
    const HttpFailure failure { kind, error, text, m_receivedAny };
    abort();
    emit failed(failure);
}

void HttpLink::onSocketEnded(QAbstractSocket::SocketError error)
{
    switch (m_state) {
    case State::Closed:
        return;
    case State::Ready: // the host closed an idle connection, as it may
        abort();
        emit closed();
        return;
    case State::Busy:
        // Whatever is still buffered comes first: an answer that ends with the connection.
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        if (m_state != State::Busy)
            return;
        if (m_phase == Phase::UntilClose && error == QAbstractSocket::RemoteHostClosedError) {
            m_keepAlive = false;
            finishAnswer();
            return;
        }
        break;
    case State::Connecting:
        break;
    }
    fail(HttpFailure::Kind::Network, m_socket->errorString(), error);
}

void HttpLink::onReadyRead()
{
    if (m_state == State::Ready) {
        // Nothing may arrive between answers; a connection that talks out of turn is not reused.
        abort();
        emit closed();
        return;
    }
    if (m_state != State::Busy || m_socket->bytesAvailable() <= 0)
        return;
    m_receivedAny = true;
    const quint64 exchange = m_exchange;
    for (;;) {
        switch (m_phase) {
        case Phase::Head:
            m_in += m_socket->readAll();
            if (!readHead())
                return;
            break;
        case Phase::Length: {
            // Straight into the body's buffer, reserved for its size when the head was read.
            const qint64 want = m_length - m_answer.body.size();
            const qint64 n = qMin(want, m_socket->bytesAvailable());
            if (n > 0) {
                const qsizetype at = m_answer.body.size();
                m_answer.body.resize(at + n);
                const qint64 got = m_socket->read(m_answer.body.data() + at, n);
                m_answer.body.resize(at + qMax<qint64>(got, 0));
            }
            if (m_answer.body.size() < m_length)
                return;
            finishAnswer();
            return;
        }
        case Phase::Chunked:
            m_in += m_socket->readAll();
            if (!readChunked())
                return;
            break;
        case Phase::UntilClose:
            if (m_answer.body.size() + m_socket->bytesAvailable() > m_maxAnswerBytes)
                return fail(HttpFailure::Kind::TooLarge);
            m_answer.body += m_socket->readAll();
            return;
        }
        // Answered (and maybe already carrying the next request): that one reads for itself.
        if (m_state != State::Busy || exchange != m_exchange)
            return;
    }
}

bool HttpLink::readHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_scanned - 3));
    if (end < 0) {
        m_scanned = m_in.size();
        if (m_in.size() > MaxHeadBytes)
            fail(HttpFailure::Kind::NotHttp, tr("the answer's headers exceed %1 KB").arg(MaxHeadBytes / 1024));
        return false;
    }
    if (end > MaxHeadBytes) {
        fail(HttpFailure::Kind::NotHttp, tr("the answer's headers exceed %1 KB").arg(MaxHeadBytes / 1024));
        return false;
    }
    const QByteArrayView head(m_in.constData(), end);
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine[8] != ' '
        || !std::isdigit(uchar(statusLine[9])) || !std::isdigit(uchar(statusLine[10]))
        || !std::isdigit(uchar(statusLine[11])) || (statusLine.size() > 12 && statusLine[12] != ' ')) {
        fail(HttpFailure::Kind::NotHttp, tr("the answer does not start with an HTTP status line"));
        return false;
    }
    const bool http10 = statusLine[7] == '0';
    const int status = (statusLine[9] - '0') * 100 + (statusLine[10] - '0') * 10 + (statusLine[11] - '0');
    bool chunked = false;
    qint64 length = -1;
    QByteArrayView connection;
    QByteArrayView contentType;
    qsizetype at = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (at < head.size()) {
        qsizetype next = head.indexOf("\r\n", at);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(at, next - at);
        at = next + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(HttpFailure::Kind::NotHttp, tr("the answer has a malformed header line"));
            return false;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (equalsIgnoringCase(name, "content-length")) {
            bool ok = false;
            const qint64 n = QByteArray::fromRawData(value.data(), value.size()).toLongLong(&ok);
            if (!ok || n < 0 || (length >= 0 && length != n)) {
                fail(HttpFailure::Kind::NotHttp, tr("the answer has an invalid Content-Length"));
                return false;
            }
            length = n;
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            chunked = listsToken(value, "chunked");
        } else if (equalsIgnoringCase(name, "connection")) {
            connection = value;
        } else if (equalsIgnoringCase(name, "content-type")) {
            contentType = value;
        }
    }
    const QByteArray reason = statusLine.size() > 13 ? statusLine.sliced(13).toByteArray() : QByteArray();
    const QByteArray type = contentType.toByteArray();
    m_in.remove(0, end + 4);
    m_scanned = 0;
    if (status >= 100 && status < 200) // interim (100 Continue): the real answer follows
        return true;

    m_answer.status = status;
    m_answer.reason = reason;
    m_answer.contentType = type;
    m_keepAlive = http10 ? listsToken(connection, "keep-alive") : !listsToken(connection, "close");
    if (status == 204 || status == 304) {
        finishAnswer();
        return true;
    }
    if (chunked) {
        m_phase = Phase::Chunked;
        m_chunkStep = ChunkStep::Size;
        m_length = 0;
        return readChunked();
    }
    if (length >= 0) {
        if (length > m_maxAnswerBytes) {
            fail(HttpFailure::Kind::TooLarge);
            return false;
        }
        m_phase = Phase::Length;
        m_length = length;
        m_answer.body.reserve(length);
        m_answer.body.append(m_in.constData(), qMin<qint64>(length, m_in.size()));
        m_in.remove(0, m_answer.body.size());
        if (m_answer.body.size() == length) {
            finishAnswer();
            return true;
        }
        return m_socket->bytesAvailable() > 0;
    }
    // No length given: the body ends with the connection.
    m_phase = Phase::UntilClose;
    m_keepAlive = false;
    if (m_in.size() > m_maxAnswerBytes) {
        fail(HttpFailure::Kind::TooLarge);
        return false;
    }
    m_answer.body = std::exchange(m_in, {});
    return m_socket->bytesAvailable() > 0;
}

bool HttpLink::readChunked()
{
    qsizetype pos = 0;
    const auto consumed = [this, &pos] {
        m_in.remove(0, pos);
        return false;
    };
    for (;;) {
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            const qsizetype lineEnd = m_in.indexOf("\r\n", pos);
            if (lineEnd < 0) {
                if (m_in.size() - pos > MaxChunkLine) {
                    fail(HttpFailure::Kind::NotHttp, tr("the answer has a malformed chunk"));
                    return false;
                }
                return consumed();
            }
            QByteArrayView line(m_in.constData() + pos, lineEnd - pos);
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon); // chunk extensions are ignored
            line = line.trimmed();
            bool ok = !line.isEmpty() && line.size() <= 15;
            const qint64 size = ok ? QByteArray::fromRawData(line.data(), line.size()).toLongLong(&ok, 16) : 0;
            if (!ok || size < 0) {
                fail(HttpFailure::Kind::NotHttp, tr("the answer has a malformed chunk"));
                return false;
            }
            pos = lineEnd + 2;
            if (size == 0) {
                m_chunkStep = ChunkStep::Trailer;
                break;
            }
            if (m_answer.body.size() + size > m_maxAnswerBytes) {
                fail(HttpFailure::Kind::TooLarge);
                return false;
            }
            m_length = size;
            m_chunkStep = ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            const qint64 n = qMin<qint64>(m_length, m_in.size() - pos);
            m_answer.body.append(m_in.constData() + pos, n);
            pos += n;
            m_length -= n;
            if (m_length > 0)
                return consumed();
            m_chunkStep = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd:
            if (m_in.size() - pos < 2)
                return consumed();
            if (m_in[pos] != '\r' || m_in[pos + 1] != '\n') {
                fail(HttpFailure::Kind::NotHttp, tr("the answer has a malformed chunk"));
                return false;
            }
            pos += 2;
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer: {
            // Trailer fields, if any, up to an empty line; their content is not used.
            const qsizetype lineEnd = m_in.indexOf("\r\n", pos);
            if (lineEnd < 0) {
                if (m_in.size() - pos > MaxChunkLine) {
                    fail(HttpFailure::Kind::NotHttp, tr("the answer has a malformed chunk"));
                    return false;
                }
                return consumed();
            }
            const bool last = lineEnd == pos;
            pos = lineEnd + 2;
            if (last) {
                m_in.remove(0, pos);
                finishAnswer();
                return true;
            }
            break;
        }
        }
    }
}

void HttpLink::finishAnswer()
{
    HttpAnswer answer = std::move(m_answer);
    m_answer = HttpAnswer {};
    m_answers++;
    // Bytes beyond the answer were never asked for: such a connection is not reused.
    if (m_keepAlive && m_in.isEmpty() && m_socket->bytesAvailable() == 0) {
        m_in = QByteArray();
        becomeIdle();
    } else {
        abort();
    }
    emit answered(answer); // the last thing: the receiver may abort this link or its own owner
}

} // namespace hvdesk::wsman
