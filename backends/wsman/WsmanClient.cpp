#include "WsmanClient.h"

#include "HttpLink.h"
#include "RequestWriter.h"
#include "ResponseParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace hvdesk::wsman {

struct WsmanClient::Call
{
    quint64 id = 0;
    Request request;
    QByteArray envelope;
    QString messageId; // as written: the answer's RelatesTo must name it
    bool idempotent = false;
    Callback done;
    int attempt = 0;
    HttpLink *link = nullptr; // carrying or connecting for this attempt
    QTimer connectTimer; // until the request is written
    QTimer requestTimer; // until the whole answer is in
    QTimer deadlineTimer; // every attempt included
    QElapsedTimer elapsed;
    QDateTime started;
    QByteArray requestHeaders; // as logged, Authorization masked
    bool sent = false; // the request was written in this attempt
    CertificateQuestion question;
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
{
    m_tls = m_options.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    m_host = m_options.url.host();
    m_port = quint16(m_options.url.port(m_tls ? 5986 : 5985));
    m_endpoint = m_host + QLatin1Char(':') + QString::number(m_port);
    m_target = m_options.url.path(QUrl::FullyEncoded).toLatin1();
    if (m_target.isEmpty())
        m_target = "/";
    if (m_options.url.hasQuery())
        m_target += '?' + m_options.url.query(QUrl::FullyEncoded).toLatin1();
    m_hostHeader = (m_host.contains(QLatin1Char(':')) ? '[' + m_host.toLatin1() + ']' : m_host.toLatin1()) + ':'
        + QByteArray::number(m_port);
    if (m_tls) {
        m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
        if (!m_options.caCertificates.isEmpty())
            m_tlsConfiguration.addCaCertificates(m_options.caCertificates);
        m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
}

WsmanClient::~WsmanClient()
{
    cancelAll();
    for (HttpLink *link : std::exchange(m_links, {})) {
        link->disconnect(this);
        link->abort();
        link->deleteLater(); // this may be running inside one of its signals
    }
}

quint64 WsmanClient::send(const Request &request, Callback done)
{
    return send(request, isIdempotent(request.operation), std::move(done));
}

quint64 WsmanClient::send(const Request &request, bool idempotent, Callback done)
{
    const quint64 id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->id = id;
    call->request = request;
    if (call->request.to.isEmpty())
        call->request.to = m_options.url.toString();
    call->envelope = RequestWriter::write(call->request, &call->messageId);
    call->idempotent = idempotent;
    call->done = std::move(done);
    call->connectTimer.setSingleShot(true);
    call->requestTimer.setSingleShot(true);
    connect(&call->connectTimer, &QTimer::timeout, this, [this, id] { onTimeout(id, true); });
    connect(&call->requestTimer, &QTimer::timeout, this, [this, id] { onTimeout(id, false); });
    call->deadlineTimer.setSingleShot(true);
    connect(&call->deadlineTimer, &QTimer::timeout, this, [this, id] { onDeadline(id); });
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

WsmanClient::Call *WsmanClient::findCall(quint64 id)
{
    const auto it = m_calls.find(id);
    return it == m_calls.end() ? nullptr : it->second.get();
}

void WsmanClient::cancel(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    m_waitingForTrust.removeAll(id);
    m_queue.removeAll(id);
    if (HttpLink *link = call->link) {
        link->setCall(0);
        // A connection still connecting is kept for the next request; one carrying this
        // request would deliver an answer nobody reads.
        if (link->state() == HttpLink::State::Busy)
            dropLink(link);
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
    Call *call = findCall(id);
    if (!call)
        return;
    call->attempt++;
    call->sent = false;
    call->link = nullptr;
    call->started = QDateTime::currentDateTime();
    call->elapsed.start();
    if (m_asking) {
        // A certificate question is open: this request waits for its answer, without a timer.
        call->deadlineTimer.stop();
        m_waitingForTrust.append(id);
        return;
    }
    if (m_options.totalTimeoutMs > 0 && !call->deadlineTimer.isActive())
        call->deadlineTimer.start(m_options.totalTimeoutMs);
    call->connectTimer.start(m_options.connectTimeoutMs);
    call->requestTimer.start(m_options.requestTimeoutMs);
    dispatch(id);
}

void WsmanClient::dispatch(quint64 id)
{
    Call *call = findCall(id);
    if (!call)
        return;
    for (HttpLink *link : std::as_const(m_links)) {
        if (link->state() == HttpLink::State::Ready && link->call() == 0)
            return sendOn(link, *call);
    }
    if (m_links.size() < qMax(1, m_options.maxConnections))
        return openLinkFor(*call);
    m_queue.append(id);
}

void WsmanClient::openLinkFor(Call &call)
{
    auto *link = new HttpLink(m_host, m_port, m_tls ? &m_tlsConfiguration : nullptr, m_options.maxResponseBytes,
        m_options.idleConnectionMs);
    m_links.append(link);
    connect(link, &HttpLink::sslErrors, this, [this, link](const QList<QSslError> &e) { onSslErrors(link, e); });
    connect(link, &HttpLink::encrypted, this, [this, link] { onEncrypted(link); });
    connect(link, &HttpLink::ready, this, [this, link] { onLinkReady(link); });
    connect(link, &HttpLink::answered, this, [this, link](const HttpAnswer &a) { onAnswered(link, a); });
    connect(link, &HttpLink::failed, this, [this, link](const HttpFailure &f) { onFailed(link, f); });
    connect(link, &HttpLink::closed, this, [this, link] {
        dropLink(link);
        pump();
    });
    link->setCall(call.id);
    call.link = link;
    link->open();
}

void WsmanClient::dropLink(HttpLink *link)
{
    if (!m_links.removeOne(link))
        return;
    if (Call *call = findCall(link->call()); call && call->link == link)
        call->link = nullptr;
    link->setCall(0);
    link->disconnect(this);
    link->abort();
    link->deleteLater();
}

void WsmanClient::pump(HttpLink *idle)
{
    if (m_asking)
        return;
    if (idle && !m_queue.isEmpty()) {
        if (Call *call = findCall(m_queue.takeFirst()))
            sendOn(idle, *call);
        else
            return pump(idle);
    }
    while (!m_queue.isEmpty() && m_links.size() < qMax(1, m_options.maxConnections)) {
        if (Call *call = findCall(m_queue.takeFirst()))
            openLinkFor(*call);
    }
}

void WsmanClient::sendOn(HttpLink *link, Call &call)
{
    link->setCall(call.id);
    call.link = link;
    QByteArray head = "POST " + m_target + " HTTP/1.1\r\nHost: " + m_hostHeader
        + "\r\nUser-Agent: hvdesk/" HVDESK_VERSION "\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n"
          "Content-Length: "
        + QByteArray::number(call.envelope.size()) + "\r\n";
    call.requestHeaders = head;
    if (!m_options.credentials.isEmpty()) {
        const QByteArray pair = m_options.credentials.user.toUtf8() + ':' + m_options.credentials.password.toUtf8();
        head += "Authorization: Basic " + pair.toBase64() + "\r\n";
        call.requestHeaders += "Authorization: Basic ***\r\n";
    }
    head += "\r\n";
    head.reserve(head.size() + call.envelope.size());
    head += call.envelope;
    call.sent = true;
    call.connectTimer.stop();
    link->send(head);
}

void WsmanClient::onLinkReady(HttpLink *link)
{
    if (Call *call = findCall(link->call())) {
        sendOn(link, *call);
        return;
    }
    link->setCall(0);
    pump(link);
}

void WsmanClient::onSslErrors(HttpLink *link, const QList<QSslError> &errors)
{
    const QSslCertificate certificate = link->peerCertificate();
    const QString fp = fingerprint(certificate);
    const QString pin = currentPin();
    if (!pin.isEmpty() && pin == fp) {
        link->ignoreSslErrors(errors); // the user trusted exactly this certificate
        return;
    }
    const quint64 id = link->call();
    dropLink(link);
    Call *call = findCall(id);
    if (!call) {
        pump();
        return;
    }
    QStringList problems;
    for (const QSslError &e : errors)
        problems.append(e.errorString());
    call->connectTimer.stop();
    call->requestTimer.stop();
    if (!pin.isEmpty()) {
        const Error error = certificateChanged(pin, fp);
        record(*call, 0, {}, error.message);
        complete(id, Response(), error);
        return;
    }
    if (!m_options.prompts) {
        const Error error { QStringLiteral("tls.untrusted"),
            tr("The certificate of %1 is not trusted: %2").arg(m_endpoint, problems.join(QLatin1String(" "))), {},
            tr("Install the host's CA certificate, or connect where you can accept it.") };
        record(*call, 0, {}, error.message);
        complete(id, Response(), error);
        return;
    }
    // Asked asynchronously; the request never left and is sent once trusted.
    call->question = CertificateQuestion { m_endpoint, certificate.subjectDisplayName(),
        certificate.issuerDisplayName(), certificate.effectiveDate(), certificate.expiryDate(), fp, problems };
    record(*call, 0, {}, tr("certificate not yet trusted"));
    call->deadlineTimer.stop(); // the user's time to decide does not count
    waitForTrust(id);
}

void WsmanClient::waitForTrust(quint64 id)
{
    m_waitingForTrust.append(id);
    if (m_asking)
        return;
    // Every other request that has not left yet waits for the same answer.
    for (quint64 queued : std::exchange(m_queue, {})) {
        if (Call *call = findCall(queued)) {
            call->connectTimer.stop();
            call->requestTimer.stop();
            call->deadlineTimer.stop();
            m_waitingForTrust.append(queued);
        }
    }
    askTrust(id);
}

void WsmanClient::onEncrypted(HttpLink *link)
{
    const QString fp = fingerprint(link->peerCertificate());
    const QString pin = currentPin();
    // A pin holds even against a certificate the system would accept.
    if (pin.isEmpty() || pin == fp)
        return;
    const quint64 id = link->call();
    dropLink(link);
    if (Call *call = findCall(id)) {
        call->connectTimer.stop();
        call->requestTimer.stop();
        const Error error = certificateChanged(pin, fp);
        record(*call, 0, {}, error.message);
        complete(id, Response(), error);
    }
}

void WsmanClient::onTimeout(quint64 id, bool connecting)
{
    Call *call = findCall(id);
    if (!call)
        return;
    m_queue.removeAll(id);
    if (call->link)
        dropLink(call->link);
    call->connectTimer.stop();
    call->requestTimer.stop();
    const int ms = connecting ? m_options.connectTimeoutMs : m_options.requestTimeoutMs;
    const Error error { QStringLiteral("net.timeout"),
        connecting ? tr("%1 did not accept the connection within %2 s.").arg(m_endpoint).arg(ms / 1000.0)
                   : tr("%1 did not answer within %2 s.").arg(m_endpoint).arg(ms / 1000.0),
        {}, tr("Check that the host is running and reachable; a busy host may need a longer timeout.") };
    record(*call, 0, {}, error.message);
    const bool reachedHost = call->sent;
    pump();
    retryOrFail(*call, error, !reachedHost || call->idempotent);
}

void WsmanClient::onDeadline(quint64 id)
{
    Call *call = findCall(id);
    if (!call)
        return;
    m_queue.removeAll(id);
    if (call->link)
        dropLink(call->link);
    call->connectTimer.stop();
    call->requestTimer.stop();
    const Error error { QStringLiteral("net.deadline"),
        tr("%1 did not answer the request %2 within %3 s (%n attempt(s)).", nullptr, call->attempt)
            .arg(m_endpoint, operationName(call->request.operation))
            .arg(m_options.totalTimeoutMs / 1000.0),
        {}, tr("Check that the host is running and not overloaded, and that nothing between slows the connection.") };
    record(*call, 0, {}, error.message);
    pump();
    complete(id, Response(), error);
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

void WsmanClient::onAnswered(HttpLink *link, const HttpAnswer &answer)
{
    const quint64 id = link->call();
    link->setCall(0);
    if (link->state() == HttpLink::State::Ready)
        pump(link); // the next request goes out before this answer is parsed
    else
        dropLink(link);
    if (Call *call = findCall(id); call && call->link == link)
        call->link = nullptr;
    handleAnswer(id, answer);
}

void WsmanClient::onFailed(HttpLink *link, const HttpFailure &failure)
{
    const quint64 id = link->call();
    const bool reused = link->answers() > 0;
    dropLink(link);
    pump();
    Call *call = findCall(id);
    if (!call)
        return;
    call->connectTimer.stop();
    call->requestTimer.stop();
    if (failure.kind == HttpFailure::Kind::TooLarge) {
        const Error error { QStringLiteral("wsman.response-too-large"),
            tr("%1 sent a response larger than %2 MB.").arg(m_endpoint).arg(m_options.maxResponseBytes / (1024 * 1024)),
            {}, tr("Ask for fewer items per request (MaxElements).") };
        record(*call, 0, {}, error.message);
        complete(id, Response(), error);
        return;
    }
    if (failure.kind == HttpFailure::Kind::NotHttp) {
        const Error error { QStringLiteral("net.failed"),
            tr("The connection to %1 failed: %2").arg(m_endpoint, failure.text), {},
            tr("Check that the address points to a WS-Management service.") };
        record(*call, 0, {}, error.message);
        retryOrFail(*call, error, call->idempotent);
        return;
    }
    if (call->sent && reused && !failure.receivedAny) {
        // A kept-alive connection the host closed just as the request went out.
        if (call->idempotent) {
            record(*call, 0, {}, tr("the host had closed the connection; sent again on a new one"));
            call->attempt--;
            startAttempt(id);
            return;
        }
        const Error error { QStringLiteral("net.closed"),
            tr("%1 closed the connection without answering; the change may or may not have been applied.")
                .arg(m_endpoint),
            {}, tr("Refresh to see the host's current state, then make the change again if it is missing.") };
        record(*call, 0, {}, error.message);
        complete(id, Response(), error);
        return;
    }
    Error error;
    bool retryable = false;
    switch (failure.socketError) {
    case QAbstractSocket::ConnectionRefusedError:
        error = Error { QStringLiteral("net.refused"), tr("%1 refused the connection.").arg(m_endpoint), {},
            tr("Check that WinRM listens there (winrm quickconfig -transport:https) and that the "
               "firewall lets port %1 through.")
                .arg(m_port) };
        retryable = true;
        break;
    case QAbstractSocket::HostNotFoundError:
        error = Error { QStringLiteral("net.host-not-found"), tr("The host name %1 cannot be resolved.").arg(m_host),
            QStringLiteral("host"), tr("Check the name, or use the host's IP address.") };
        break;
    case QAbstractSocket::SocketTimeoutError:
        error = Error { QStringLiteral("net.timeout"), tr("%1 did not answer in time.").arg(m_endpoint), {},
            tr("Check that the host is running and reachable.") };
        retryable = true;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        error = Error { QStringLiteral("tls.failed"),
            tr("The TLS connection to %1 failed: %2").arg(m_endpoint, failure.text), {},
            tr("Check that the address uses the HTTPS listener (port 5986) and that the host's "
               "certificate is usable.") };
        break;
    default:
        error = Error { QStringLiteral("net.failed"),
            tr("The connection to %1 failed: %2").arg(m_endpoint, failure.text), {},
            tr("Check the network and that the host is running.") };
        retryable = true;
        break;
    }
    record(*call, 0, {}, error.message);
    // A request that never left may go again whatever it is; one that did, only if it is a read.
    retryOrFail(*call, error, retryable && (!call->sent || call->idempotent));
}

void WsmanClient::handleAnswer(quint64 id, const HttpAnswer &answer)
{
    Call *found = findCall(id);
    if (!found)
        return;
    Call &call = *found;
    call.connectTimer.stop();
    call.requestTimer.stop();
    const int status = answer.status;
    const QByteArray &body = answer.body;
    m_roundTrips++;
    emit roundTripFinished(id, status, call.elapsed.nsecsElapsed() / 1e6);
    if (!findCall(id))
        return; // a receiver cancelled it

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
    const bool soap = answer.contentType.contains("soap+xml") || body.trimmed().startsWith('<');
    if (!body.isEmpty() && soap && (status == 200 || status == 400 || status == 500)) {
        const Response response = parseResponse(body);
        if (response.isFault()) {
            const Error error = response.fault.toError();
            record(call, status, body, error.message);
            complete(id, response, error);
            return;
        }
        if (response.isValid() && status == 200) {
            if (const Error mismatch = checkAnswer(call, response); !mismatch.isNull()) {
                record(call, status, body, mismatch.message);
                complete(id, Response(), mismatch);
                return;
            }
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
        tr("%1 answered HTTP %2 %3.").arg(m_endpoint).arg(status).arg(QString::fromLatin1(answer.reason)), {},
        status == 404 ? tr("Check the path of the address (normally /wsman).")
                      : tr("Check that the address points to a WS-Management service.") };
    record(call, status, body, error.message);
    retryOrFail(call, error, call.idempotent && (status == 503 || status == 502 || status == 504));
}

namespace {

// What the body of an answer is, in the words of the protocol: "an IdentifyResponse".
QString answerName(const Response &response)
{
    switch (response.kind) {
    case Response::Kind::Identify:
        return QStringLiteral("IdentifyResponse");
    case Response::Kind::Enumerate:
        return QStringLiteral("EnumerateResponse");
    case Response::Kind::Pull:
        return QStringLiteral("PullResponse");
    case Response::Kind::Release:
        return QStringLiteral("ReleaseResponse");
    case Response::Kind::Put:
        return QStringLiteral("PutResponse");
    case Response::Kind::Invoke:
    case Response::Kind::Get:
        return response.instance.className().isEmpty() ? QStringLiteral("GetResponse") : response.instance.className();
    case Response::Kind::Fault:
        return QStringLiteral("Fault");
    case Response::Kind::Invalid:
        break;
    }
    return QStringLiteral("?");
}

QString lastSegment(const QString &uri)
{
    return uri.mid(uri.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

Error WsmanClient::checkAnswer(const Call &call, const Response &response) const
{
    const Request &request = call.request;
    QString expectedAction;
    QString expectedBody;
    bool bodyMatches = false;
    const auto expect = [&](const QString &action, const QString &body, Response::Kind kind) {
        expectedAction = action;
        expectedBody = body;
        bodyMatches = response.kind == kind;
    };
    switch (request.operation) {
    case Operation::Identify:
        // WinRM's IdentifyResponse has no addressing headers: only the body says what it is.
        expect(QString(), QStringLiteral("IdentifyResponse"), Response::Kind::Identify);
        break;
    case Operation::Enumerate:
        expect(action::EnumerateResponse, QStringLiteral("EnumerateResponse"), Response::Kind::Enumerate);
        break;
    case Operation::Pull:
        expect(action::PullResponse, QStringLiteral("PullResponse"), Response::Kind::Pull);
        break;
    case Operation::Release:
        expect(action::ReleaseResponse, QStringLiteral("ReleaseResponse"), Response::Kind::Release);
        break;
    case Operation::Get:
        expect(action::GetResponse, request.className(), Response::Kind::Get);
        break;
    case Operation::Put:
        expect(action::PutResponse, QStringLiteral("PutResponse"), Response::Kind::Put);
        break;
    case Operation::Invoke: {
        const QString method = request.method.isEmpty() ? lastSegment(request.effectiveAction()) : request.method;
        expect(request.effectiveAction() + QLatin1String("Response"), method + QLatin1String("_OUTPUT"),
               Response::Kind::Invoke);
        bodyMatches = bodyMatches && response.instance.className().compare(expectedBody, Qt::CaseInsensitive) == 0;
        break;
    }
    case Operation::Unknown:
        return {};
    }
    const bool actionMatches = expectedAction.isEmpty() || response.action == expectedAction;
    const bool relatesMatches = expectedAction.isEmpty() || response.relatesTo == call.messageId;
    if (actionMatches && relatesMatches && bodyMatches)
        return {}; // every answer passes here: the texts below are made only for a wrong one
    const QString asked = operationLabel(request);
    const QString fix
        = tr("Check that the address points to a WS-Management service (normally https://host:5986/wsman) "
             "and that nothing between rewrites its answers.");
    if (!actionMatches) {
        const QString came = response.action.isEmpty() ? answerName(response) : lastSegment(response.action);
        return Error { QStringLiteral("wsman.wrong-action"),
            tr("%1 answered the request %2 with %3 instead of %4.")
                .arg(m_endpoint, asked, came, lastSegment(expectedAction)),
            {}, fix };
    }
    if (!relatesMatches) {
        return Error { QStringLiteral("wsman.wrong-relates-to"),
            tr("%1 answered the request %2 with the answer to another request (RelatesTo '%3', expected '%4').")
                .arg(m_endpoint, asked, response.relatesTo, call.messageId),
            {}, fix };
    }
    return Error { QStringLiteral("wsman.wrong-body"),
        tr("%1 answered the request %2 with a body of %3 instead of %4.")
            .arg(m_endpoint, asked, answerName(response), expectedBody),
        {}, fix };
}

void WsmanClient::retryOrFail(Call &call, const Error &error, bool retryable)
{
    const quint64 id = call.id;
    if (retryable && call.attempt < m_options.maxAttempts) {
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
    QList<quint64> waiting = std::exchange(m_waitingForTrust, {});
    if (trust) {
        if (m_options.pins)
            m_options.pins->pin(m_endpoint, m_questionFingerprint);
        else
            m_sessionPin = m_questionFingerprint;
        for (quint64 id : std::as_const(waiting)) {
            if (Call *call = findCall(id)) {
                // Not a retry: the request never reached the host. It goes again at once.
                call->attempt--;
                startAttempt(id);
            }
        }
        pump();
        return;
    }
    // Refused: so is every request still on its way to the same certificate.
    for (const auto &[id, call] : m_calls) {
        if (!call->sent && call->link && !waiting.contains(id))
            waiting.append(id);
    }
    const QPointer<WsmanClient> self(this);
    for (quint64 id : std::as_const(waiting)) {
        if (!self)
            return; // a callback deleted this client
        Call *call = findCall(id);
        if (!call)
            continue;
        if (call->link)
            dropLink(call->link);
        call->connectTimer.stop();
        call->requestTimer.stop();
        complete(id, Response(),
            Error { QStringLiteral("tls.untrusted"),
                tr("You did not trust the certificate of %1 (SHA-256 %2).").arg(m_endpoint, m_questionFingerprint), {},
                tr("Connect again and accept the certificate if its fingerprint is the host's.") });
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
