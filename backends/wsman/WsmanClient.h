#pragma once

#include <wsman/Message.h>

#include <models/Error.h>
#include <models/RemoteAccess.h>

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

namespace hvdesk::wsman {

class HttpLink;
struct HttpAnswer;
struct HttpFailure;

struct ClientOptions
{
    QUrl url; // https://host:5986/wsman (or http://host:5985/wsman)
    Credentials credentials; // Basic authentication; sent only over HTTPS or allowed HTTP
    bool allowPlainHttp = false; // the user's explicit choice; otherwise http:// is refused
    int connectTimeoutMs = 15000; // until the request is on the wire (TCP + TLS)
    int requestTimeoutMs = 90000; // per attempt, until the whole response is in (a total: not reset by each byte)
    // Per request, every attempt and the pauses between them included (0: only the per-attempt
    // limits); a host that drips its answer cannot hold a request beyond this.
    int totalTimeoutMs = 120000;
    int maxAttempts = 3; // for idempotent requests after network failures (and changes never sent)
    int retryDelayMs = 500; // before the 2nd attempt; doubled for each further one
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    QList<QSslCertificate> caCertificates; // trusted besides the system's (an enterprise CA)
    CertificatePinStore *pins = nullptr; // null: accepted certificates are trusted for this session only
    ConnectionPrompts *prompts = nullptr; // null: an unverifiable certificate is refused
    ProtocolLogSink *log = nullptr;
    int maxConnections = 6; // requests beyond these wait for a free connection
    int idleConnectionMs = 30000; // an unused kept-alive connection is closed after this
};

// One WS-Management endpoint, spoken to asynchronously over HTTP/1.1 on this object's thread: a
// small pool of kept-alive connections (HttpLink), no thread of its own, so an answer is parsed
// where its bytes arrive. send() writes the envelope, and calls back once on this object's thread
// with the parsed response or one clear error. Never blocks; safe to use on the GUI thread.
//
// A change (Invoke) reaches the host at most once: it is sent again only when it provably never
// left (the connection or the certificate failed before it was written).
//
// Certificates: a chain that verifies and no pin: accepted silently. A chain that does not verify:
// its SHA-256 equal to the endpoint's pin: accepted; a different pin: refused loudly
// (tls.certificate-changed), never asked; no pin: the user is asked (ConnectionPrompts), and an
// accepted certificate is pinned. A verifying certificate that differs from a pin is refused too.
class WsmanClient : public QObject
{
    Q_OBJECT

public:
    // `response` is valid for a success and for a WS-Man fault (kind Fault, `error` from it);
    // other failures have an invalid response and only the error.
    using Callback = std::function<void(const Response &response, const Error &error)>;

    explicit WsmanClient(ClientOptions options, QObject *parent = nullptr);
    ~WsmanClient() override;

    // Idempotent per isIdempotent(request.operation): reads are retried, changes never.
    quint64 send(const Request &request, Callback done);
    quint64 send(const Request &request, bool idempotent, Callback done);
    // The callback of a cancelled request is not called.
    void cancel(quint64 id);
    void cancelAll();

    const ClientOptions &options() const { return m_options; }
    void setCredentials(const Credentials &credentials) { m_options.credentials = credentials; }
    QString endpoint() const { return m_endpoint; }
    // HTTP exchanges that got an answer (retries and refusals included): what a round trip costs.
    quint64 roundTrips() const { return m_roundTrips; }
    int pendingRequests() const { return int(m_calls.size()); }

    static QString fingerprint(const QSslCertificate &certificate); // "AB:CD:..."

signals:
    void roundTripFinished(quint64 id, int httpStatus, double elapsedMs);

private:
    struct Call;

    void startAttempt(quint64 id);
    // Gives the call a connection: an idle one, a new one, or a place in the queue.
    void dispatch(quint64 id);
    void openLinkFor(Call &call); // a new connection, carrying `call` once it is up
    void dropLink(HttpLink *link);
    // An idle link takes the next queued call; queued calls open links while there is room.
    void pump(HttpLink *idle = nullptr);
    void sendOn(HttpLink *link, Call &call);
    void onLinkReady(HttpLink *link);
    void onSslErrors(HttpLink *link, const QList<QSslError> &errors);
    void onEncrypted(HttpLink *link);
    void onAnswered(HttpLink *link, const HttpAnswer &answer);
    void onFailed(HttpLink *link, const HttpFailure &failure);
    void onTimeout(quint64 id, bool connecting);
    void onDeadline(quint64 id);
    // The answer is the one asked for: its action, RelatesTo and body match the request.
    Error checkAnswer(const Call &call, const Response &response) const;
    void handleAnswer(quint64 id, const HttpAnswer &answer);
    void waitForTrust(quint64 id);
    Call *findCall(quint64 id);
    void askTrust(quint64 id);
    void trustAnswered(bool trust);
    void retryOrFail(Call &call, const Error &error, bool retryable);
    void complete(quint64 id, const Response &response, const Error &error);
    QString currentPin() const;
    // A pinned certificate was replaced: refused, with both fingerprints.
    Error certificateChanged(const QString &pin, const QString &fingerprint) const;
    void record(const Call &call, int status, const QByteArray &response, const QString &error);

    ClientOptions m_options;
    QString m_endpoint;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QByteArray m_target; // request-target and Host header value
    QByteArray m_hostHeader;
    QList<HttpLink *> m_links;
    QList<quint64> m_queue; // calls waiting for a connection
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    quint64 m_nextId = 1;
    quint64 m_roundTrips = 0;
    QString m_sessionPin; // without a pin store
    bool m_asking = false; // one certificate question at a time
    QList<quint64> m_waitingForTrust;
    QString m_questionFingerprint;
};

} // namespace hvdesk::wsman
