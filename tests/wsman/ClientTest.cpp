// The client transport against the project's own server over HTTP and HTTPS, and against raw
// servers that misbehave: round trips, credentials, refusals, timeouts, certificate trust and
// pinning, retries only for reads, log masking, malformed answers, oversized requests.
#include "TransportTestUtil.h"

#include <QTemporaryDir>

using namespace hvdesk;
using namespace hvdesk::wsman;
using namespace hvdesk::wsman::testing;

namespace {

const Credentials Admin { QStringLiteral("hvadmin"), QStringLiteral("S3cret!pass") };

class ClientTest : public ::testing::Test
{
protected:
    void startServer(bool tls, ServerConfig config = {})
    {
        if (tls) {
            Error error;
            certificate = SelfSignedCertificate::generate(
                QStringLiteral("localhost"), {}, dir.path(), &error, QStringLiteral("cert%1").arg(++generated));
            ASSERT_TRUE(error.isNull()) << error.message.toStdString();
            config.certificate = certificate.certificate;
            config.privateKey = certificate.key;
        }
        config.accounts = { Admin };
        if (port)
            config.port = port; // a restart keeps the endpoint
        server = std::make_unique<WsmanServer>(&dispatcher, config);
        Error error;
        ASSERT_TRUE(server->start(&error)) << error.message.toStdString();
        port = server->port();
    }
    ClientOptions options(bool tls)
    {
        ClientOptions o;
        o.url = QUrl(QStringLiteral("%1://127.0.0.1:%2/wsman")
                         .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                         .arg(port));
        o.credentials = Admin;
        o.allowPlainHttp = !tls;
        o.pins = &pins;
        o.prompts = &prompts;
        o.log = &log;
        o.retryDelayMs = 50;
        return o;
    }

    QTemporaryDir dir;
    int generated = 0;
    SelfSignedCertificate certificate;
    FixedDispatcher dispatcher;
    std::unique_ptr<WsmanServer> server;
    quint16 port = 0;
    MemoryPinStore pins;
    TestPrompts prompts;
    MemoryLog log;
};

} // namespace

TEST_F(ClientTest, RoundTripOverHttpEnumeratesAndPullsToTheEnd)
{
    startServer(false);
    WsmanClient client(options(false));
    EXPECT_EQ(client.endpoint(), QStringLiteral("127.0.0.1:%1").arg(port));
    Result r = sendAndWait(client, Request::identify());
    ASSERT_TRUE(r.called);
    ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
    EXPECT_EQ(r.response.identify.productVendor, QStringLiteral("hvdesk tests"));

    r = sendAndWait(client, Request::enumerate(VmUri, {}, 2));
    ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
    std::vector<CimInstance> all = r.response.items;
    QString context = r.response.enumerationContext;
    while (!r.response.endOfSequence) {
        r = sendAndWait(client, Request::pull(VmUri, context, 2));
        ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
        all.insert(all.end(), r.response.items.begin(), r.response.items.end());
        context = r.response.enumerationContext;
    }
    EXPECT_EQ(all, dispatcher.items);
    EXPECT_EQ(client.roundTrips(), 4u); // Identify, Enumerate, 2 Pulls
    EXPECT_EQ(server->stats().connections, 1u) << "one kept-alive connection";
}

TEST_F(ClientTest, PlainHttpNeedsAnExplicitChoice)
{
    startServer(false);
    ClientOptions o = options(false);
    o.allowPlainHttp = false;
    WsmanClient client(o);
    const Result r = sendAndWait(client, Request::identify());
    EXPECT_EQ(r.error.code, QStringLiteral("transport.plain-http"));
    EXPECT_FALSE(r.error.fix.isEmpty());
    EXPECT_EQ(server->stats().connections, 0u) << "nothing was sent";
}

TEST_F(ClientTest, WrongCredentialsAreRefusedByName)
{
    startServer(false);
    ClientOptions o = options(false);
    o.credentials = Credentials { QStringLiteral("hvadmin"), QStringLiteral("guess") };
    WsmanClient client(o);
    const Result r = sendAndWait(client, Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("auth.denied"));
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("hvadmin"))) << r.error.message.toStdString();
    EXPECT_FALSE(r.error.message.contains(QStringLiteral("guess")));
    EXPECT_EQ(server->stats().unauthorized, 1u) << "a refusal is not retried";
}

TEST_F(ClientTest, ClosedPortIsConnectionRefused)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    port = closedPort;
    ClientOptions o = options(false);
    o.maxAttempts = 2;
    WsmanClient client(o);
    const Result r = sendAndWait(client, Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("net.refused"));
    EXPECT_TRUE(r.error.message.contains(QString::number(closedPort)));
    EXPECT_EQ(client.roundTrips(), 0u);
    EXPECT_EQ(log.records.size(), 2) << "both attempts logged";
    EXPECT_EQ(log.records.last().httpStatus, 0);
}

TEST_F(ClientTest, SilentServerTimesOut)
{
    RawServer silent(RawServer::Mode::Silent);
    port = silent.serverPort();
    ClientOptions o = options(false);
    o.requestTimeoutMs = 700;
    o.maxAttempts = 1;
    WsmanClient client(o);
    QElapsedTimer timer;
    timer.start();
    const Result r = sendAndWait(client, Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("net.timeout"));
    EXPECT_LT(timer.elapsed(), 2500);
    EXPECT_EQ(silent.requests, 1);
}

TEST_F(ClientTest, ReadsAreRetriedChangesNever)
{
    RawServer hangUp(RawServer::Mode::HangUp);
    port = hangUp.serverPort();
    WsmanClient client(options(false));
    QElapsedTimer timer;
    timer.start();
    Result r = sendAndWait(client, Request::enumerate(VmUri));
    EXPECT_FALSE(r.error.isNull());
    EXPECT_EQ(hangUp.requests, 3) << "three attempts for a read";
    EXPECT_GE(timer.elapsed(), 50 + 100) << "with back-off between them";

    hangUp.requests = 0;
    r = sendAndWait(client,
        Request::invoke(VmUri, QStringLiteral("RequestStateChange"), {},
            { { QStringLiteral("RequestedState"), CimValue(QStringLiteral("2")) } }));
    EXPECT_FALSE(r.error.isNull());
    EXPECT_EQ(hangUp.requests, 1) << "a change is sent once, whatever happens";

    // The caller decides per request.
    hangUp.requests = 0;
    client.send(Request::get(VmUri, {}), false, [](const Response &, const Error &) {});
    QTest::qWait(400);
    EXPECT_EQ(hangUp.requests, 1);
}

TEST_F(ClientTest, FaultsAreErrorsWithTheResponse)
{
    startServer(false);
    WsmanClient client(options(false));
    const Result r
        = sendAndWait(client, Request::get(VmUri, { { QStringLiteral("Name"), QStringLiteral("missing") } }));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.fault.InvalidSelectors"));
    EXPECT_EQ(r.response.kind, Response::Kind::Fault);
    EXPECT_EQ(r.response.fault.reason, QStringLiteral("No such object."));
    EXPECT_EQ(server->stats().dispatched, 1u) << "faults are not retried";
}

TEST_F(ClientTest, MalformedResponsesAreErrorsWithPosition)
{
    RawServer garbage(RawServer::Mode::Reply,
        httpReply(200, "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">\n<s:Body><oops>"));
    port = garbage.serverPort();
    WsmanClient client(options(false));
    Result r = sendAndWait(client, Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.malformed"));
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("line 2"))) << r.error.message.toStdString();

    RawServer html(RawServer::Mode::Reply, httpReply(404, "<html>Not here</html>", "text/html"));
    port = html.serverPort();
    WsmanClient other(options(false));
    r = sendAndWait(other, Request::identify());
    EXPECT_EQ(r.error.code, QStringLiteral("http.404"));
}

TEST_F(ClientTest, OversizedRequestIsRefusedClearly)
{
    ServerConfig config;
    config.maxRequestBytes = 4000;
    startServer(false, config);
    WsmanClient client(options(false));
    const Result r = sendAndWait(client,
        Request::invoke(VmUri, QStringLiteral("Modify"), {},
            { { QStringLiteral("Blob"), CimValue(QString(8000, QLatin1Char('x'))) } }));
    EXPECT_EQ(r.error.code, QStringLiteral("http.413"));
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("too large")));
    EXPECT_EQ(dispatcher.invokes.size(), 0);
}

TEST_F(ClientTest, ProtocolLogMasksCredentials)
{
    startServer(false);
    WsmanClient client(options(false));
    sendAndWait(client, Request::enumerate(VmUri, {}, 10));
    ASSERT_EQ(log.records.size(), 1);
    const ProtocolExchange &e = log.records.first();
    EXPECT_EQ(e.operation, QStringLiteral("Enumerate"));
    EXPECT_EQ(e.resource, QStringLiteral("Msvm_ComputerSystem"));
    EXPECT_EQ(e.endpoint, client.endpoint());
    EXPECT_EQ(e.httpStatus, 200);
    EXPECT_GT(e.elapsedMs, 0);
    EXPECT_TRUE(e.requestHeaders.contains("Authorization: Basic ***"));
    EXPECT_TRUE(e.response.contains("EnumerateResponse"));
    const QByteArray everything = e.requestHeaders + e.request + e.response + e.error.toUtf8();
    EXPECT_FALSE(everything.contains(Admin.password.toUtf8()));
    EXPECT_FALSE(everything.contains((Admin.user + QLatin1Char(':') + Admin.password).toUtf8().toBase64()));
    EXPECT_FALSE(everything.contains(Admin.password.toUtf8().toBase64()));

    log.enabled = false;
    sendAndWait(client, Request::identify());
    EXPECT_EQ(log.records.size(), 1) << "nothing is recorded while the log is off";
}

TEST_F(ClientTest, UnknownCertificateIsAskedPinnedAndThenTrustedSilently)
{
    startServer(true);
    {
        WsmanClient client(options(true));
        const Result r = sendAndWait(client, Request::identify());
        ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
        EXPECT_EQ(prompts.trustAsked, 1);
        const CertificateQuestion &q = prompts.lastQuestion;
        EXPECT_EQ(q.endpoint, client.endpoint());
        EXPECT_EQ(q.sha256, WsmanClient::fingerprint(certificate.certificate));
        EXPECT_EQ(q.sha256.size(), 32 * 3 - 1);
        EXPECT_TRUE(q.subject.contains(QStringLiteral("localhost")));
        EXPECT_FALSE(q.problems.isEmpty());
        EXPECT_EQ(pins.pinned(client.endpoint()), q.sha256);
        EXPECT_EQ(dispatcher.calls[Operation::Identify], 1) << "the request went once, after the answer";
    }
    // A new client (new connections, new handshake): the pin is enough, nobody is asked.
    WsmanClient again(options(true));
    const Result r = sendAndWait(again, Request::enumerate(VmUri, {}, 10));
    ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
    EXPECT_EQ(r.response.items.size(), 5u);
    EXPECT_EQ(prompts.trustAsked, 1);
}

TEST_F(ClientTest, ConcurrentRequestsShareOneQuestion)
{
    startServer(true);
    WsmanClient client(options(true));
    int done = 0;
    for (int i = 0; i < 4; ++i)
        client.send(Request::identify(), [&done](const Response &, const Error &e) { done += e.isNull() ? 1 : 100; });
    (void)QTest::qWaitFor([&] { return done >= 4; }, 10000);
    EXPECT_EQ(done, 4);
    EXPECT_EQ(prompts.trustAsked, 1);
}

TEST_F(ClientTest, ChangesSentAtFirstContactGoOnceAfterTheAnswer)
{
    // Reads and changes leave side by side before the certificate is known. Every request waits
    // for the one answer, then each goes exactly once: a change whose handshake failed never
    // reached the host, so sending it then is not a retry. A slow answer (the user reads the
    // fingerprint) and an immediate one (it may arrive before the other handshakes have failed).
    startServer(true);
    for (const int answerAfterMs : { 300, 0 }) {
        SCOPED_TRACE(answerAfterMs);
        pins.pins.clear();
        prompts.trustAsked = 0;
        prompts.answerAfterMs = answerAfterMs;
        dispatcher.invokes.clear();
        dispatcher.calls.clear();
        WsmanClient client(options(true));
        int ok = 0;
        int failed = 0;
        const auto count = [&](const Response &, const Error &e) { (e.isNull() ? ok : failed)++; };
        const Epr target { {}, VmUri, { { QStringLiteral("Name"), QStringLiteral("GUID-1") } } };
        for (int i = 0; i < 3; ++i) {
            client.send(Request::enumerate(VmUri, {}, 10), count);
            client.send(Request::invoke(target, QStringLiteral("RequestStateChange"),
                            { { QStringLiteral("RequestedState"), CimValue(QString::number(2 + i)) } }),
                count);
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return ok + failed == 6; }, 15000));
        EXPECT_EQ(ok, 6);
        EXPECT_EQ(failed, 0);
        EXPECT_EQ(prompts.trustAsked, 1);
        ASSERT_EQ(dispatcher.invokes.size(), 3) << "each change reached the host once";
        QStringList states;
        for (const Request &r : dispatcher.invokes)
            states << r.parameters.value(0).value.texts().value(0);
        states.sort();
        EXPECT_EQ(states, (QStringList { QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4") }));
        EXPECT_EQ(dispatcher.calls[Operation::Enumerate], 3);
    }
}

TEST_F(ClientTest, RefusedTrustFailsAndPinsNothing)
{
    startServer(true);
    prompts.answer = false;
    WsmanClient client(options(true));
    const Result r = sendAndWait(client, Request::identify());
    EXPECT_EQ(r.error.code, QStringLiteral("tls.untrusted"));
    EXPECT_TRUE(pins.pins.isEmpty());
    EXPECT_EQ(server->stats().dispatched, 0u);
}

TEST_F(ClientTest, ChangedCertificateIsRefusedLoudlyWithoutAsking)
{
    startServer(true);
    {
        WsmanClient client(options(true));
        ASSERT_TRUE(sendAndWait(client, Request::identify()).error.isNull());
    }
    const QString oldPin = pins.pinned(QStringLiteral("127.0.0.1:%1").arg(port));
    // The host is restarted with a new certificate on the same endpoint.
    server.reset();
    startServer(true);
    ASSERT_EQ(server->port(), port);
    const QString newFingerprint = WsmanClient::fingerprint(certificate.certificate);
    ASSERT_NE(oldPin, newFingerprint);

    WsmanClient client(options(true));
    const Result r = sendAndWait(client, Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("tls.certificate-changed"));
    EXPECT_TRUE(r.error.message.contains(oldPin));
    EXPECT_TRUE(r.error.message.contains(newFingerprint));
    EXPECT_TRUE(r.error.fix.contains(QStringLiteral("remove the pin")));
    EXPECT_EQ(prompts.trustAsked, 1) << "only the first certificate was ever asked about";
    EXPECT_EQ(pins.pinned(client.endpoint()), oldPin) << "the pin stays";
    EXPECT_EQ(server->stats().dispatched, 0u) << "nothing was sent to the impostor";
}

TEST_F(ClientTest, VerifiedCertificatesNeedNoQuestionButPinsStillHold)
{
    startServer(true);
    ClientOptions o = options(true);
    o.caCertificates = { certificate.certificate }; // as if an enterprise CA had issued it
    {
        WsmanClient client(o);
        const Result r = sendAndWait(client, Request::identify());
        ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
        EXPECT_EQ(prompts.trustAsked, 0);
        EXPECT_TRUE(pins.pins.isEmpty()) << "a verified chain is not pinned";
    }
    pins.pin(QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("00:11:22"));
    WsmanClient client(o);
    const Result r = sendAndWait(client, Request::identify());
    EXPECT_EQ(r.error.code, QStringLiteral("tls.certificate-changed"));
    EXPECT_EQ(prompts.trustAsked, 0);
}

TEST_F(ClientTest, NoPromptsMeansUnknownCertificatesAreRefused)
{
    startServer(true);
    ClientOptions o = options(true);
    o.prompts = nullptr;
    WsmanClient client(o);
    const Result r = sendAndWait(client, Request::identify());
    EXPECT_EQ(r.error.code, QStringLiteral("tls.untrusted"));
    EXPECT_FALSE(r.error.message.isEmpty());
}

TEST_F(ClientTest, CancelledRequestsDoNotCallBack)
{
    RawServer silent(RawServer::Mode::Silent);
    port = silent.serverPort();
    WsmanClient client(options(false));
    bool called = false;
    const quint64 id = client.send(Request::identify(), [&called](const Response &, const Error &) { called = true; });
    (void)QTest::qWaitFor([&] { return silent.requests == 1; }, 3000);
    client.cancel(id);
    QTest::qWait(100);
    EXPECT_FALSE(called);
    EXPECT_EQ(client.pendingRequests(), 0);
}

namespace {

QByteArray identifyEnvelope()
{
    return ResponseWriter::identify(
        IdentifyInfo { QString(ns::Wsman), QStringLiteral("raw vendor"), QStringLiteral("OS: 0 Stack: 3.0") });
}

// The envelope in chunks of growing sizes, with a chunk extension and a trailer, as HTTP/1.1 allows.
QByteArray chunked(const QByteArray &body)
{
    QByteArray out;
    qsizetype at = 0;
    for (qsizetype size = 1; at < body.size(); size = size * 3 + 1) {
        const QByteArray part = body.mid(at, size);
        out += QByteArray::number(part.size(), 16) + (size == 4 ? ";note=x" : "") + "\r\n" + part + "\r\n";
        at += part.size();
    }
    return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

} // namespace

TEST_F(ClientTest, ChunkedAnswersAfterAnInterimOneAreReadAndTheConnectionKept)
{
    RawServer raw(RawServer::Mode::Reply,
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
            + chunked(identifyEnvelope()));
    port = raw.serverPort();
    WsmanClient client(options(false));
    for (int i = 0; i < 3; ++i) {
        const Result r = sendAndWait(client, Request::identify());
        ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
        EXPECT_EQ(r.response.identify.productVendor, QStringLiteral("raw vendor"));
    }
    EXPECT_EQ(raw.connections, 1) << "a chunked answer leaves the connection reusable";
    EXPECT_EQ(client.roundTrips(), 3u);
}

TEST_F(ClientTest, AnAnswerThatEndsWithTheConnectionIsReadWhole)
{
    RawServer raw(RawServer::Mode::Reply,
        "HTTP/1.0 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n\r\n" + identifyEnvelope());
    raw.closeAfterReply = true;
    port = raw.serverPort();
    WsmanClient client(options(false));
    for (int i = 0; i < 2; ++i) {
        const Result r = sendAndWait(client, Request::identify());
        ASSERT_TRUE(r.error.isNull()) << r.error.message.toStdString();
        EXPECT_EQ(r.response.identify.productVendor, QStringLiteral("raw vendor"));
    }
    EXPECT_EQ(raw.connections, 2) << "no length, no keep-alive: a new connection each time";
}

TEST_F(ClientTest, AnswersThatAreNotHttpOrTooLargeAreClearErrors)
{
    struct Case
    {
        QByteArray answer;
        QString code;
        QString says;
    };
    const QByteArray hugeHeader = "HTTP/1.1 200 OK\r\nX-Pad: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
    const QList<Case> cases {
        { "SSH-2.0-OpenSSH_9.2\r\n\r\n", QStringLiteral("net.failed"), QStringLiteral("HTTP status line") },
        { "HTTP/1.1 200 OK\r\nContent-Length: 12x\r\n\r\n", QStringLiteral("net.failed"),
            QStringLiteral("Content-Length") },
        { "HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n<", QStringLiteral("wsman.response-too-large"),
            QStringLiteral("1 MB") },
        { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n", QStringLiteral("wsman.response-too-large"),
            QStringLiteral("1 MB") },
        { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", QStringLiteral("net.failed"),
            QStringLiteral("chunk") },
        { hugeHeader, QStringLiteral("net.failed"), QStringLiteral("64 KB") },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.answer.left(40).toStdString());
        RawServer raw(RawServer::Mode::Reply, c.answer);
        port = raw.serverPort();
        ClientOptions o = options(false);
        o.maxResponseBytes = 1024 * 1024;
        o.maxAttempts = 1;
        WsmanClient client(o);
        const Result r = sendAndWait(client, Request::identify());
        EXPECT_EQ(r.error.code, c.code);
        EXPECT_TRUE(r.error.message.contains(c.says)) << r.error.message.toStdString();
        EXPECT_EQ(client.pendingRequests(), 0);
    }
}

TEST_F(ClientTest, AKeptAliveConnectionTheHostDropsIsReplacedForReadsButNotForChanges)
{
    // The host answers the first request of each connection and drops the second without a word,
    // as a host does that closes an idle connection just as a request goes out.
    RawServer raw(RawServer::Mode::Reply, httpReply(200, identifyEnvelope()));
    raw.hangUpOnRequest = 2;
    port = raw.serverPort();
    WsmanClient client(options(false));
    ASSERT_TRUE(sendAndWait(client, Request::identify()).error.isNull());
    const Result read = sendAndWait(client, Request::identify());
    ASSERT_TRUE(read.error.isNull()) << read.error.message.toStdString();
    EXPECT_EQ(raw.requests, 3) << "the read went again, once, on a new connection";
    EXPECT_EQ(raw.connections, 2);

    const Result change = sendAndWait(client,
        Request::invoke(VmUri, QStringLiteral("RequestStateChange"), {},
            { { QStringLiteral("RequestedState"), CimValue(QStringLiteral("2")) } }));
    EXPECT_EQ(change.error.code, QStringLiteral("net.closed"));
    EXPECT_TRUE(change.error.message.contains(QStringLiteral("may or may not"))) << change.error.message.toStdString();
    EXPECT_EQ(raw.requests, 4) << "the change went once";
}

TEST_F(ClientTest, ConnectionsAreBoundedReusedAndClosedWhenIdle)
{
    startServer(false);
    ClientOptions o = options(false);
    o.maxConnections = 2;
    o.idleConnectionMs = 200;
    WsmanClient client(o);
    int ok = 0;
    for (int i = 0; i < 8; ++i)
        client.send(Request::enumerate(VmUri, {}, 10), [&ok](const Response &, const Error &e) { ok += e.isNull(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return ok == 8; }, 10000));
    EXPECT_EQ(server->stats().connections, 2u) << "eight requests over two connections";

    QTest::qWait(500); // longer than the idle lifetime
    ASSERT_TRUE(sendAndWait(client, Request::identify()).error.isNull());
    EXPECT_EQ(server->stats().connections, 3u) << "the idle connections were closed; a new one was opened";
}
