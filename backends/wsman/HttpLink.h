#pragma once

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

// One HTTP answer as read off the wire (interim 1xx answers are skipped).
struct HttpAnswer
{
    int status = 0;
    QByteArray reason;
    QByteArray contentType;
    QByteArray body;
};

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
    HttpLink(QString host, quint16 port, const QSslConfiguration *tls, qint64 maxAnswerBytes, int idleLifetimeMs,
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
    enum class Phase { Head, Length, Chunked, UntilClose };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketEnded(QAbstractSocket::SocketError error);
    bool readHead(); // false: wait for more
    bool readChunked(); // false: wait for more
    void finishAnswer();
    void fail(HttpFailure::Kind kind, const QString &text = {},
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError);
    void becomeIdle();

    QString m_host;
    quint16 m_port;
    qint64 m_maxAnswerBytes;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_ssl = nullptr;
    QTimer m_idle;
    State m_state = State::Connecting;
    quint64 m_call = 0;
    int m_answers = 0;
    quint64 m_exchange = 0; // counts send()s

    // The answer being read.
    Phase m_phase = Phase::Head;
    QByteArray m_in; // head bytes, and chunked bodies' raw bytes
    qsizetype m_scanned = 0; // of m_in, already searched for the head's end
    HttpAnswer m_answer;
    qint64 m_length = 0; // Length: the body's size; Chunked: what is left of the chunk
    enum class ChunkStep { Size, Data, DataEnd, Trailer } m_chunkStep = ChunkStep::Size;
    bool m_keepAlive = true;
    bool m_receivedAny = false;
};

} // namespace hvdesk::wsman
