#include "WsmanClient.h"

#include "RequestWriter.h"
#include "ResponseParser.h"

#include <QAuthenticator>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace hvdesk::wsman {

namespace {

// The envelope as an upload Qt Network cannot rewind. Qt resends a request by itself when a
// connection drops while it waits for the answer; for a change (Invoke) that could apply it twice.
// With this device such a resend fails (ContentReSendError) and every retry is this class's
// decision, for reads only.
class OneShotUpload : public QIODevice
{
public:
    OneShotUpload(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

struct WsmanClient::Call
{
    Request request;
    QByteArray envelope;
    bool idempotent = false;
    Callback done;
    int attempt = 0;
    QPointer<QNetworkReply> reply;
    QTimer connectTimer;
    QTimer requestTimer;
    QElapsedTimer elapsed;
    QDateTime started;
    QByteArray requestHeaders; // as logged, Authorization masked
    Error pendingError; // set before an abort, reported instead of "operation cancelled"
    bool pendingRetryable = false;
    bool needsTrust = false;
    bool sent = false; // the request reached the wire in this attempt
    bool trustRetried = false;
    CertificateQuestion question;
    QString peerFingerprint;
};

namespace {

QString operationLabel(const Request &request)
{
    QString label = operationName(request.operation);
    if (request.operation == Operation::Invoke)
        label += QLatin1Char(' ') + request.method;
    return label;
}

} // namespace

QString WsmanClient::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

WsmanClient::WsmanClient(ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    const bool https = m_options.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    m_endpoint = m_options.url.host() + QLatin1Char(':') + QString::number(m_options.url.port(https ? 5986 : 5985));
    // Basic credentials go in every request's header; never let Qt ask for more.
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this, [](QNetworkReply *, QAuthenticator *) {});
}

WsmanClient::~WsmanClient()
{
    cancelAll();
}

quint64 WsmanClient::send(const Request &request, Callback done)
{
    return send(request, isIdempotent(request.operation), std::move(done));
}

quint64 WsmanClient::send(const Request &request, bool idempotent, Callback done)
{
    const quint64 id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->request = request;
    if (call->request.to.isEmpty())
        call->request.to = m_options.url.toString();
    call->envelope = RequestWriter::write(call->request);
    call->idempotent = idempotent;
    call->done = std::move(done);
    call->connectTimer.setSingleShot(true);
    call->requestTimer.setSingleShot(true);
    m_calls.emplace(id, std::move(call));

    const QString scheme = m_options.url.scheme().toLower();
    Error refusal;
    if (!m_options.url.isValid() || m_options.url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        refusal = Error { QStringLiteral("transport.bad-url"),
            tr("'%1' is not a WS-Management address.").arg(m_options.url.toString()), QStringLiteral("url"),
            tr("Write it as https://host:5986/wsman.") };
    } else if (scheme == QLatin1String("http") && !m_options.allowPlainHttp) {
        refusal = Error { QStringLiteral("transport.plain-http"),
            tr("Plain HTTP to %1 is not allowed: the password and all data would cross the network "
               "unencrypted.")
                .arg(m_endpoint),
            QStringLiteral("url"),
            tr("Use https://%1:5986/wsman, or allow plain HTTP explicitly for this connection.")
                .arg(m_options.url.host()) };
    }
    if (!refusal.isNull()) {
        // Callbacks always come from the event loop, never from inside send().
        QTimer::singleShot(0, this, [this, id, refusal] { complete(id, Response(), refusal); });
        return id;
    }
    startAttempt(id);
    return id;
}

void WsmanClient::cancel(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    m_waitingForTrust.removeAll(id);
    if (call->reply) {
        call->reply->disconnect(this);
        call->reply->abort();
        call->reply->deleteLater();
    }
}

void WsmanClient::cancelAll()
{
    while (!m_calls.empty())
        cancel(m_calls.begin()->first);
}

Error WsmanClient::certificateChanged(const QString &pin, const QString &fingerprint) const
{
    return Error { QStringLiteral("tls.certificate-changed"),
        tr("The certificate of %1 has changed: it was %2 when you trusted it, it is now %3. The connection was "
           "refused.")
            .arg(m_endpoint, pin, fingerprint),
        {},
        tr("If the host's certificate was replaced on purpose, remove the pin for %1 from the trusted "
           "certificates and connect again; otherwise someone may be intercepting the connection.")
            .arg(m_endpoint) };
}

QString WsmanClient::currentPin() const
{
    return m_options.pins ? m_options.pins->pinned(m_endpoint) : m_sessionPin;
}

void WsmanClient::startAttempt(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    call.attempt++;
    call.pendingError = Error {};
    call.pendingRetryable = false;
    call.needsTrust = false;
    call.sent = false;
    call.started = QDateTime::currentDateTime();
    call.elapsed.start();

    QNetworkRequest request(m_options.url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/soap+xml;charset=UTF-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("hvdesk/" HVDESK_VERSION));
    request.setHeader(QNetworkRequest::ContentLengthHeader, call.envelope.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QByteArray logged = "POST " + m_options.url.path().toUtf8() + " HTTP/1.1\r\nHost: " + m_endpoint.toUtf8()
        + "\r\nContent-Type: application/soap+xml;charset=UTF-8\r\nContent-Length: "
        + QByteArray::number(call.envelope.size()) + "\r\n";
    if (!m_options.credentials.isEmpty()) {
        const QByteArray pair = m_options.credentials.user.toUtf8() + ':' + m_options.credentials.password.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        logged += "Authorization: Basic ***\r\n";
    }
    call.requestHeaders = logged;
    if (m_options.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_options.caCertificates.isEmpty())
            tls.addCaCertificates(m_options.caCertificates);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    auto *upload = new OneShotUpload(call.envelope, nullptr);
    QNetworkReply *reply = m_network->post(request, upload);
    upload->setParent(reply);
    call.reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (auto c = m_calls.find(id); c != m_calls.end())
            onSslErrors(*c->second, errors);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] {
        if (auto c = m_calls.find(id); c != m_calls.end())
            onEncrypted(*c->second);
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, id] {
        if (auto c = m_calls.find(id); c != m_calls.end()) {
            c->second->connectTimer.stop();
            c->second->sent = true;
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64 total) {
        auto c = m_calls.find(id);
        if (c == m_calls.end() || !c->second->reply)
            return;
        if (received > m_options.maxResponseBytes || total > m_options.maxResponseBytes) {
            c->second->pendingError = Error { QStringLiteral("wsman.response-too-large"),
                tr("%1 sent a response larger than %2 MB.")
                    .arg(m_endpoint)
                    .arg(m_options.maxResponseBytes / (1024 * 1024)),
                {}, tr("Ask for fewer items per request (MaxElements).") };
            c->second->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });

    const auto timeout = [this, id](bool connecting) {
        auto c = m_calls.find(id);
        if (c == m_calls.end() || !c->second->reply)
            return;
        const int ms = connecting ? m_options.connectTimeoutMs : m_options.requestTimeoutMs;
        c->second->pendingError = Error { QStringLiteral("net.timeout"),
            connecting ? tr("%1 did not accept the connection within %2 s.").arg(m_endpoint).arg(ms / 1000.0)
                       : tr("%1 did not answer within %2 s.").arg(m_endpoint).arg(ms / 1000.0),
            {}, tr("Check that the host is running and reachable; a busy host may need a longer timeout.") };
        c->second->pendingRetryable = true;
        c->second->reply->abort();
    };
    call.connectTimer.disconnect();
    call.requestTimer.disconnect();
    connect(&call.connectTimer, &QTimer::timeout, this, [timeout] { timeout(true); });
    connect(&call.requestTimer, &QTimer::timeout, this, [timeout] { timeout(false); });
    call.connectTimer.start(m_options.connectTimeoutMs);
    call.requestTimer.start(m_options.requestTimeoutMs);
}

void WsmanClient::onSslErrors(Call &call, const QList<QSslError> &errors)
{
    if (!call.reply)
        return;
    const QSslCertificate certificate = call.reply->sslConfiguration().peerCertificate();
    const QString fp = fingerprint(certificate);
    call.peerFingerprint = fp;
    const QString pin = currentPin();
    if (!pin.isEmpty() && pin == fp) {
        call.reply->ignoreSslErrors(errors); // the user trusted exactly this certificate
        return;
    }
    QStringList problems;
    for (const QSslError &e : errors)
        problems.append(e.errorString());
    if (!pin.isEmpty()) {
        call.pendingError = certificateChanged(pin, fp);
        call.reply->abort();
        return;
    }
    if (!m_options.prompts) {
        call.pendingError = Error { QStringLiteral("tls.untrusted"),
            tr("The certificate of %1 is not trusted: %2").arg(m_endpoint, problems.join(QLatin1String(" "))), {},
            tr("Install the host's CA certificate, or connect where you can accept it.") };
        call.reply->abort();
        return;
    }
    call.needsTrust = true;
    call.question = CertificateQuestion { m_endpoint, certificate.subjectDisplayName(), certificate.issuerDisplayName(),
        certificate.effectiveDate(), certificate.expiryDate(), fp, problems };
    call.reply->abort(); // asked asynchronously; the request is sent again once trusted
}

void WsmanClient::onEncrypted(Call &call)
{
    if (!call.reply)
        return;
    const QString fp = fingerprint(call.reply->sslConfiguration().peerCertificate());
    call.peerFingerprint = fp;
    const QString pin = currentPin();
    // A pin holds even against a certificate the system would accept.
    if (!pin.isEmpty() && pin != fp) {
        call.pendingError = certificateChanged(pin, fp);
        call.reply->abort();
    }
}

void WsmanClient::record(const Call &call, int status, const QByteArray &response, const QString &error)
{
    if (!m_options.log || !m_options.log->isEnabled())
        return;
    ProtocolExchange exchange;
    exchange.started = call.started;
    exchange.endpoint = m_endpoint;
    exchange.operation = operationLabel(call.request);
    exchange.resource = call.request.className();
    exchange.requestHeaders = call.requestHeaders;
    exchange.request = call.envelope;
    exchange.httpStatus = status;
    exchange.response = response;
    exchange.elapsedMs = call.elapsed.nsecsElapsed() / 1e6;
    exchange.error = error;
    m_options.log->record(exchange);
}

void WsmanClient::onFinished(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    QNetworkReply *reply = call.reply;
    call.reply = nullptr;
    call.connectTimer.stop();
    call.requestTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = call.pendingError.isNull() && reply->isOpen() ? reply->readAll() : QByteArray();
    const double elapsedMs = call.elapsed.nsecsElapsed() / 1e6;
    if (status > 0) {
        m_roundTrips++;
        emit roundTripFinished(id, status, elapsedMs);
    }

    if (call.needsTrust) {
        record(call, 0, {}, tr("certificate not yet trusted"));
        m_waitingForTrust.append(id);
        if (!m_asking)
            askTrust(id);
        return;
    }
    if (!call.pendingError.isNull()) {
        record(call, status, {}, call.pendingError.message);
        retryOrFail(call, call.pendingError, call.pendingRetryable);
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError networkError = reply->error();
        // Requests that share a handshake with one whose certificate is being asked about fail
        // with it; they wait for the same answer.
        const bool tlsCasualty = networkError == QNetworkReply::SslHandshakeFailedError
            || networkError == QNetworkReply::OperationCanceledError;
        if (tlsCasualty && m_asking) {
            record(call, 0, {}, tr("waiting for the certificate to be trusted"));
            m_waitingForTrust.append(id);
            return;
        }
        if (tlsCasualty && !call.trustRetried && !currentPin().isEmpty() && call.peerFingerprint.isEmpty()) {
            call.trustRetried = true;
            call.attempt--;
            QTimer::singleShot(0, this, [this, id] { startAttempt(id); });
            return;
        }
        Error error;
        bool retryable = false;
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            error = Error { QStringLiteral("net.refused"), tr("%1 refused the connection.").arg(m_endpoint), {},
                tr("Check that WinRM listens there (winrm quickconfig -transport:https) and that the "
                   "firewall lets port %1 through.")
                    .arg(m_options.url.port(5986)) };
            retryable = true;
            break;
        case QNetworkReply::HostNotFoundError:
            error = Error { QStringLiteral("net.host-not-found"),
                tr("The host name %1 cannot be resolved.").arg(m_options.url.host()), QStringLiteral("host"),
                tr("Check the name, or use the host's IP address.") };
            break;
        case QNetworkReply::TimeoutError:
            error = Error { QStringLiteral("net.timeout"), tr("%1 did not answer in time.").arg(m_endpoint), {},
                tr("Check that the host is running and reachable.") };
            retryable = true;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error = Error { QStringLiteral("tls.failed"),
                tr("The TLS connection to %1 failed: %2").arg(m_endpoint, reply->errorString()), {},
                tr("Check that the address uses the HTTPS listener (port 5986) and that the host's "
                   "certificate is usable.") };
            break;
        default:
            error = Error { QStringLiteral("net.failed"),
                tr("The connection to %1 failed: %2").arg(m_endpoint, reply->errorString()), {},
                tr("Check the network and that the host is running.") };
            retryable = true;
            break;
        }
        record(call, 0, {}, error.message);
        retryOrFail(call, error, retryable);
        return;
    }
    if (status == 401) {
        const Error error { QStringLiteral("auth.denied"),
            tr("%1 refused the credentials of %2.")
                .arg(m_endpoint, m_options.credentials.isEmpty() ? tr("(no user)") : m_options.credentials.user),
            QStringLiteral("user"),
            tr("Check the user name and password. Basic authentication needs a local account on the "
               "host and must be enabled there: winrm set winrm/config/service/auth @{Basic=\"true\"}.") };
        record(call, status, body, error.message);
        complete(id, Response(), error);
        return;
    }
    if (status == 413) {
        const Error error { QStringLiteral("http.413"),
            tr("%1 refused a request of %2 bytes as too large.").arg(m_endpoint).arg(call.envelope.size()), {},
            tr("Change fewer settings at once, or raise MaxEnvelopeSizekb on the host.") };
        record(call, status, body, error.message);
        complete(id, Response(), error);
        return;
    }
    // WinRM sends faults with 500 (sometimes 400); a SOAP body is read whatever the status.
    const bool soap = reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("soap+xml"))
        || body.trimmed().startsWith('<');
    if (!body.isEmpty() && soap && (status == 200 || status == 400 || status == 500)) {
        const Response response = parseResponse(body);
        if (response.isFault()) {
            const Error error = response.fault.toError();
            record(call, status, body, error.message);
            complete(id, response, error);
            return;
        }
        if (response.isValid() && status == 200) {
            record(call, status, body, {});
            complete(id, response, Error {});
            return;
        }
        if (!response.isValid() && status == 200) {
            record(call, status, body, response.error.message);
            complete(id, Response(), response.error);
            return;
        }
    }
    const Error error { QStringLiteral("http.%1").arg(status),
        tr("%1 answered HTTP %2 %3.")
            .arg(m_endpoint)
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
        {},
        status == 404 ? tr("Check the path of the address (normally /wsman).")
                      : tr("Check that the address points to a WS-Management service.") };
    record(call, status, body, error.message);
    retryOrFail(call, error, status == 503 || status == 502 || status == 504);
}

void WsmanClient::retryOrFail(Call &call, const Error &error, bool retryable)
{
    quint64 id = 0;
    for (const auto &[key, value] : m_calls) {
        if (value.get() == &call)
            id = key;
    }
    if (retryable && call.idempotent && call.attempt < m_options.maxAttempts) {
        const int delay = m_options.retryDelayMs * (1 << qMin(call.attempt - 1, 10));
        QTimer::singleShot(delay, this, [this, id] { startAttempt(id); });
        return;
    }
    complete(id, Response(), error);
}

void WsmanClient::askTrust(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    m_asking = true;
    m_questionFingerprint = it->second->question.sha256;
    QPointer<WsmanClient> self(this);
    m_options.prompts->askTrust(it->second->question, [self](bool trust) {
        if (self)
            self->trustAnswered(trust);
    });
}

void WsmanClient::trustAnswered(bool trust)
{
    m_asking = false;
    const QList<quint64> waiting = std::exchange(m_waitingForTrust, {});
    if (trust) {
        if (m_options.pins)
            m_options.pins->pin(m_endpoint, m_questionFingerprint);
        else
            m_sessionPin = m_questionFingerprint;
    }
    for (quint64 id : waiting) {
        if (m_calls.find(id) == m_calls.end())
            continue;
        if (trust) {
            // Not a retry: the request never reached the host. It goes again at once.
            m_calls[id]->attempt--;
            startAttempt(id);
        } else {
            complete(id, Response(),
                Error { QStringLiteral("tls.untrusted"),
                    tr("You did not trust the certificate of %1 (SHA-256 %2).").arg(m_endpoint, m_questionFingerprint),
                    {}, tr("Connect again and accept the certificate if its fingerprint is the host's.") });
        }
    }
}

void WsmanClient::complete(quint64 id, const Response &response, const Error &error)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    if (call->done)
        call->done(response, error); // last: the callback may delete this client
}

} // namespace hvdesk::wsman
