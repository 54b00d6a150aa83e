#pragma once

#include "HttpAnswerReader.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTimer>

class QSslSocket;
class QTcpSocket;

namespace hvdesk::wsman {

// Why an exchange ended without an answer.
struct HttpFailure
{
    enum class Kind {
        Network, // the socket failed or closed: `socketError`
        TooLarge, // the answer is bigger than allowed; nothing of it is kept
        NotHttp, // what came back is not an HTTP/1.x answer
    };
    Kind kind = Kind::Network;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString text; // the socket's own words, for messages
    bool receivedAny = false; // some of an answer had arrived
};

// One HTTP/1.1 connection to one endpoint, on the owner's thread, without a thread of its own:
// it connects (TCP, then TLS for https), carries one request at a time, reads its answer
// (Content-Length, chunked, or up to the connection's end) straight into one buffer, and is
// reused while both sides keep it alive. It makes no decisions of its own beyond HTTP: whether a
// certificate is trusted, what an answer means and whether to try again are its owner's.
//
// Links are always destroyed with deleteLater(): their signals come from inside socket handlers,
// and the owner (or the owner's caller) may go away in a slot.
class HttpLink : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Ready, Busy, Closed };

    // `tls` null: plain HTTP. An idle link closes itself after `idleLifetimeMs`.
    HttpLink(QString host, quint16 port, const QSslConfiguration *tls, qint64 maxBodyBytes, int idleLifetimeMs,
        QObject *parent = nullptr);
    ~HttpLink() override;

    void open();
    State state() const { return m_state; }
    // How many answers this connection has carried: a reused connection that fails with nothing
    // read was most likely closed by the host while idle.
    int answers() const { return m_answers; }
    // The call this link carries or connects for (0: none); the owner's bookkeeping.
    quint64 call() const { return m_call; }
    void setCall(quint64 call) { m_call = call; }

    // Ready only: writes the request (head and body as one buffer) and waits for its answer.
    void send(const QByteArray &request);
    // Closes at once; no further signals.
    void abort();

    QSslCertificate peerCertificate() const;
    // Only from a slot connected to sslErrors().
    void ignoreSslErrors(const QList<QSslError> &errors);

signals:
    void sslErrors(const QList<QSslError> &errors);
    void encrypted();
    void ready(); // connected (and encrypted): a request can be sent
    void answered(const HttpAnswer &answer); // the link is Ready again, or Closed when either side ends it
    void failed(const HttpFailure &failure); // the link is Closed
    void closed(); // an idle link ended (the host closed it, or it idled out)

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketEnded(QAbstractSocket::SocketError error);
    // After the reader's status changed: the answer, or the failure.
    void conclude(HttpAnswerReader::Status status);
    void fail(HttpFailure::Kind kind, const QString &text = {},
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError);
    void becomeIdle();

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_ssl = nullptr;
    QTimer m_idle;
    State m_state = State::Connecting;
    quint64 m_call = 0;
    int m_answers = 0;

    HttpAnswerReader m_reader; // the answer being read
};

} // namespace hvdesk::wsman
