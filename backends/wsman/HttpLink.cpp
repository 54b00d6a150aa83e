#include "HttpLink.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace hvdesk::wsman {

HttpLink::HttpLink(QString host, quint16 port, const QSslConfiguration *tls, qint64 maxBodyBytes,
    int idleLifetimeMs, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_reader(maxBodyBytes)
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
    m_reader.reset();
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
    const HttpFailure failure { kind, error, text, m_reader.receivedAny() };
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
        if (error == QAbstractSocket::RemoteHostClosedError && m_reader.finish() == HttpAnswerReader::Status::Done) {
            conclude(HttpAnswerReader::Status::Done); // an answer that ends with the connection
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
    if (m_state != State::Busy)
        return;
    HttpAnswerReader::Status status = m_reader.status();
    while (status == HttpAnswerReader::Status::NeedMore && m_socket->bytesAvailable() > 0) {
        if (m_reader.room() > 0) // a body of known length: straight into its buffer
            status = m_reader.readInto([this](char *data, qint64 max) { return m_socket->read(data, max); });
        else
            status = m_reader.feed(m_socket->readAll());
    }
    if (status != HttpAnswerReader::Status::NeedMore)
        conclude(status);
}

void HttpLink::conclude(HttpAnswerReader::Status status)
{
    if (status == HttpAnswerReader::Status::Failed) {
        const bool tooLarge = m_reader.failure() == HttpAnswerReader::Failure::TooLarge;
        fail(tooLarge ? HttpFailure::Kind::TooLarge : HttpFailure::Kind::NotHttp, m_reader.failureText());
        return;
    }
    const HttpAnswer answer = m_reader.takeAnswer();
    m_answers++;
    // Bytes beyond the answer were never asked for: such a connection is not reused.
    if (m_reader.keepAlive() && m_socket->bytesAvailable() == 0)
        becomeIdle();
    else
        abort();
    emit answered(answer); // the last thing: the receiver may abort this link or its own owner
}

} // namespace hvdesk::wsman
