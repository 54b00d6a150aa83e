#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace hvdesk::wsman {

class WsmanServer;

// One client connection of the WS-Management server: reads HTTP/1.1 requests with bounded
// buffers and timeouts, answers them, keeps the connection alive when the client wants it.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, WsmanServer *server);
    ~HttpConnection() override;

    void closeNow();

signals:
    void finished();

private:
    enum class State { Headers, Body, Closing };

    void finish();
    void onReadyRead();
    void onTimeout();
    void process();
    bool parseHeaders(qsizetype headerEnd);
    void handleRequest(const QByteArray &body);
    // Writes a response; closes after it when `close` or the client asked for it.
    void respond(int status, const QByteArray &body, const QByteArrayList &extraHeaders = {}, bool close = false,
        const QString &operation = {});
    void startTimer(int ms);

    QTcpSocket *m_socket;
    WsmanServer *m_server;
    QTimer m_timer;
    State m_state = State::Headers;
    QByteArray m_buffer;
    QByteArray m_method;
    QByteArray m_path;
    bool m_http10 = false;
    QHash<QByteArray, QByteArray> m_headers; // lower-case names
    qint64 m_contentLength = 0;
    bool m_keepAlive = true;
    bool m_waitingForFirstByte = true;
    bool m_finished = false;
    bool m_paused = false; // answers pile up unread: stop reading requests until they drain
};

} // namespace hvdesk::wsman
