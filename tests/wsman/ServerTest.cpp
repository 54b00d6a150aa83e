// The WS-Management HTTP server on its own, spoken to with raw sockets: what a good request gets,
// what bad HTTP gets, and that garbage, slow clients, huge headers and connection floods are
// answered or closed in bounded time while the server keeps serving.
#include "TransportTestUtil.h"

#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace hvdesk;
using namespace hvdesk::wsman;
using namespace hvdesk::wsman::testing;

namespace {

const Credentials Admin { QStringLiteral("hvadmin"), QStringLiteral("S3cret!pass") };

QByteArray basic(const Credentials &c)
{
    return "Basic " + QByteArray(c.user.toUtf8() + ':' + c.password.toUtf8()).toBase64();
}

QByteArray post(const QByteArray &body, const QByteArray &authorization = basic(Admin), const QByteArray &extra = {})
{
    QByteArray r = "POST /wsman HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n";
    if (!authorization.isEmpty())
        r += "Authorization: " + authorization + "\r\n";
    r += extra;
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

QByteArray enumerateBody()
{
    Request r = Request::enumerate(VmUri, {}, 100);
    return RequestWriter::write(r);
}

// Reads one whole HTTP response (or what arrives before the peer closes), bounded in time. The
// server runs on this thread, so waiting spins the event loop rather than blocking on the socket.
struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;
};

RawAnswer readAnswer(QTcpSocket &socket, int timeoutMs = 5000)
{
    QByteArray data;
    RawAnswer answer;
    const auto complete = [&] {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = data.left(end);
            const qsizetype at = head.toLower().indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", at);
            const qsizetype length
                = at < 0 ? 0 : head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
            if (data.size() >= end + 4 + length) {
                answer.head = head;
                answer.status = head.mid(9, 3).toInt();
                answer.body = data.mid(end + 4, length);
                return true;
            }
        }
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            answer.closed = true;
            return true;
        }
        return false;
    };
    (void)QTest::qWaitFor(complete, timeoutMs);
    if (answer.status == 0 && data.startsWith("HTTP/1.1 "))
        answer.status = data.mid(9, 3).toInt();
    return answer;
}

bool waitClosed(QTcpSocket &socket, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

class ServerTest : public ::testing::Test
{
protected:
    void start(ServerConfig config = {})
    {
        if (config.accounts.isEmpty())
            config.accounts = { Admin };
        server = std::make_unique<WsmanServer>(&dispatcher, config);
        Error error;
        ASSERT_TRUE(server->start(&error)) << error.message.toStdString();
    }
    bool connect(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000);
    }
    // The server still answers a good request (after whatever a test did to it).
    void expectServing()
    {
        QTcpSocket socket;
        ASSERT_TRUE(connect(socket));
        socket.write(post(enumerateBody()));
        const RawAnswer a = readAnswer(socket);
        EXPECT_EQ(a.status, 200);
        EXPECT_EQ(parseResponse(a.body).kind, Response::Kind::Enumerate);
    }

    FixedDispatcher dispatcher;
    std::unique_ptr<WsmanServer> server;
};

} // namespace

TEST_F(ServerTest, AnswersAnEnumerateAndKeepsTheConnection)
{
    start();
    QTcpSocket socket;
    ASSERT_TRUE(connect(socket));
    socket.write(post(enumerateBody()));
    RawAnswer a = readAnswer(socket);
    ASSERT_EQ(a.status, 200) << a.head.constData();
    EXPECT_TRUE(a.head.contains("Content-Type: application/soap+xml;charset=UTF-8"));
    EXPECT_TRUE(a.head.contains("Connection: keep-alive"));
    const Response r = parseResponse(a.body);
    ASSERT_EQ(r.kind, Response::Kind::Enumerate) << r.error.message.toStdString();
    EXPECT_EQ(r.items.size(), 5u);
    EXPECT_TRUE(r.endOfSequence);
    EXPECT_EQ(dispatcher.lastUser, Admin.user);

    // A second request on the same connection; user names ignore case, as Windows does.
    socket.write(post(RequestWriter::write(Request::identify()), basic({ QStringLiteral("HVADMIN"), Admin.password })));
    a = readAnswer(socket);
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(parseResponse(a.body).kind, Response::Kind::Identify);
    EXPECT_EQ(server->stats().connections, 1u);
    EXPECT_EQ(server->stats().dispatched, 2u);
}

TEST_F(ServerTest, HttpErrors)
{
    start();
    struct Case
    {
        QByteArray request;
        int status;
        const char *header;
    };
    const QByteArray body = enumerateBody();
    const Case cases[] = {
        { post(body, {}), 401, "WWW-Authenticate: Basic realm=\"WSMAN\"" },
        { post(body, basic({ Admin.user, QStringLiteral("wrong") })), 401, "WWW-Authenticate" },
        { post(body, "Basic !!!notbase64"), 401, "WWW-Authenticate" },
        { post(body, "Negotiate abc"), 401, "WWW-Authenticate" },
        { "GET /wsman HTTP/1.1\r\nHost: x\r\n\r\n", 405, "Allow: POST" },
        { "POST /other HTTP/1.1\r\nContent-Length: 0\r\n\r\n", 404, "" },
        { "POST /wsman HTTP/1.1\r\nHost: x\r\n\r\n", 411, "" },
        { "POST /wsman HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 411, "" },
        { "POST /wsman HTTP/1.1\r\nContent-Length: 600000\r\n\r\n", 413, "" },
        { "POST /wsman HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi", 415, "" },
        { "POST /wsman HTTP/2.0\r\nContent-Length: 0\r\n\r\n", 505, "" },
        { "NONSENSE\r\n\r\n", 400, "" },
        { "POST /wsman HTTP/1.1\r\nno colon here\r\n\r\n", 400, "" },
    };
    for (const Case &c : cases) {
        QTcpSocket socket;
        ASSERT_TRUE(connect(socket));
        socket.write(c.request);
        const RawAnswer a = readAnswer(socket);
        EXPECT_EQ(a.status, c.status) << c.request.left(60).constData();
        EXPECT_TRUE(a.head.contains(c.header)) << a.head.constData();
    }
    EXPECT_EQ(server->stats().dispatched, 0u);
    EXPECT_EQ(server->stats().unauthorized, 4u);
    expectServing();
}

TEST_F(ServerTest, MalformedEnvelopesGetWinRmFaults)
{
    start();
    QTcpSocket socket;
    ASSERT_TRUE(connect(socket));
    socket.write(post("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>"));
    const RawAnswer a = readAnswer(socket);
    EXPECT_EQ(a.status, 500);
    const Response r = parseResponse(a.body);
    ASSERT_EQ(r.kind, Response::Kind::Fault);
    EXPECT_EQ(r.fault.kind(), Fault::Kind::SchemaValidationError);
    EXPECT_EQ(r.fault.machine, QStringLiteral("localhost"));
    EXPECT_TRUE(r.fault.reason.contains(QStringLiteral("line 1"))) << r.fault.reason.toStdString();

    // The request's MessageID comes back as RelatesTo, with or without "uuid:".
    Request get = Request::get(VmUri, { { QStringLiteral("Name"), QStringLiteral("nope") } });
    get.messageId = QStringLiteral("0CB1C49A-5054-4C12-AF30-FC60BE995DD9");
    socket.write(post(RequestWriter::write(get)));
    const RawAnswer b = readAnswer(socket);
    EXPECT_EQ(b.status, 500);
    const Response f = parseResponse(b.body);
    EXPECT_EQ(f.fault.kind(), Fault::Kind::InvalidSelectors);
    EXPECT_EQ(f.relatesTo, get.messageId);
}

TEST_F(ServerTest, AnonymousIdentifyAsWinRmAllowsIt)
{
    start();
    QTcpSocket socket;
    ASSERT_TRUE(connect(socket));
    socket.write(post(RequestWriter::write(Request::identify()), {}, "WSMANIDENTIFY: unauthenticated\r\n"));
    RawAnswer a = readAnswer(socket);
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(dispatcher.lastUser, QString());
    // Only Identify: anything else still needs credentials.
    socket.write(post(enumerateBody(), {}, "WSMANIDENTIFY: unauthenticated\r\n"));
    a = readAnswer(socket);
    EXPECT_EQ(a.status, 401);
}

TEST_F(ServerTest, RandomBytesNeverCrashOrHang)
{
    ServerConfig config;
    config.headerTimeoutMs = 1000;
    start(config);
    QRandomGenerator random(7);
    for (int round = 0; round < 20; ++round) {
        QTcpSocket socket;
        ASSERT_TRUE(connect(socket));
        QByteArray garbage(int(random.bounded(1, 40000)), Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        if (round % 4 == 0)
            garbage.prepend(
                "POST /wsman HTTP/1.1\r\nContent-Length: 100\r\nAuthorization: " + basic(Admin) + "\r\n\r\n");
        socket.write(garbage);
        // Either an HTTP error or a closed connection, within the header timeout and a margin.
        const RawAnswer a = readAnswer(socket, 4000);
        EXPECT_TRUE(a.status >= 400 || a.closed || waitClosed(socket, 3000)) << "round " << round;
    }
    expectServing();
}

TEST_F(ServerTest, SlowHeadersAreCutOff)
{
    ServerConfig config;
    config.headerTimeoutMs = 400;
    start(config);
    QTcpSocket socket;
    ASSERT_TRUE(connect(socket));
    QElapsedTimer timer;
    timer.start();
    // A slowloris client: one header byte every 100 ms, never finishing.
    const QByteArray head = "POST /wsman HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    socket.write(head);
    bool closed = false;
    for (int i = 0; i < 40 && !closed; ++i) {
        socket.write("a");
        closed = waitClosed(socket, 100);
    }
    EXPECT_TRUE(closed);
    EXPECT_LT(timer.elapsed(), 2500);
    EXPECT_GE(server->stats().timeouts, 1u);
    expectServing();
}

TEST_F(ServerTest, IdleConnectionsAreClosed)
{
    ServerConfig config;
    config.idleTimeoutMs = 300;
    start(config);
    QTcpSocket socket;
    ASSERT_TRUE(connect(socket));
    socket.write(post(enumerateBody()));
    EXPECT_EQ(readAnswer(socket).status, 200);
    EXPECT_TRUE(waitClosed(socket, 3000));
}

TEST_F(ServerTest, HugeHeadersAndBodiesAreRefusedUnread)
{
    start();
    QTcpSocket socket;
    ASSERT_TRUE(connect(socket));
    socket.write("POST /wsman HTTP/1.1\r\nX-Big: " + QByteArray(100000, 'x') + "\r\n\r\n");
    RawAnswer a = readAnswer(socket);
    EXPECT_EQ(a.status, 431);

    // The 413 comes from the headers alone: the client need not send the body.
    QTcpSocket big;
    ASSERT_TRUE(connect(big));
    big.write("POST /wsman HTTP/1.1\r\nAuthorization: " + basic(Admin) + "\r\nContent-Length: 512001\r\n\r\n");
    a = readAnswer(big);
    EXPECT_EQ(a.status, 413);
    EXPECT_TRUE(waitClosed(big, 3000));
    expectServing();
}

TEST_F(ServerTest, ConnectionFloodIsBounded)
{
    ServerConfig config;
    config.maxConnections = 8;
    start(config);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 24; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, server->port());
    }
    (void)QTest::qWaitFor([&] { return server->stats().connections + server->stats().refusedConnections >= 24; }, 5000);
    EXPECT_EQ(server->stats().connections, 8u);
    EXPECT_EQ(server->stats().refusedConnections, 16u);
    EXPECT_LE(server->activeConnections(), 8);
    // The refused ones were told so.
    int told = 0;
    QList<QByteArray> received(sockets.size());
    (void)QTest::qWaitFor(
        [&] {
            told = 0;
            for (size_t i = 0; i < sockets.size(); ++i) {
                received[qsizetype(i)] += sockets[i]->readAll();
                if (received[qsizetype(i)].startsWith("HTTP/1.1 503"))
                    told++;
            }
            return told == 16;
        },
        5000);
    EXPECT_EQ(told, 16);
    sockets.clear();
    (void)QTest::qWaitFor([&] { return server->activeConnections() == 0; }, 3000);
    expectServing();
}

TEST_F(ServerTest, AClientThatDoesNotReadIsNotServedWithoutBound)
{
    for (int n = 5; n < 300; ++n)
        dispatcher.items.push_back(vm(n)); // about 120 KB per answer
    start();
    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024); // and the test does not read
    ASSERT_TRUE(connect(socket));
    const QByteArray one = post(RequestWriter::write(Request::enumerate(VmUri, {}, 1000)));
    constexpr int Pipelined = 300;
    for (int i = 0; i < Pipelined; ++i)
        socket.write(one);
    QTest::qWait(1500);
    // 300 answers would be 36 MB; the server stops after about 8 MB plus what the kernel holds.
    EXPECT_LT(server->stats().requests, 200u);
    EXPECT_GT(server->stats().requests, 10u);
    // Once the client reads, every request is answered.
    socket.setReadBufferSize(0);
    const QByteArray marker = "HTTP/1.1 200 OK";
    int answers = 0;
    QByteArray buffer;
    (void)QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            answers += int(buffer.count(marker));
            buffer = buffer.right(marker.size() - 1); // a marker split between reads is counted next time
            return answers >= Pipelined;
        },
        30000);
    EXPECT_EQ(answers, Pipelined);
    EXPECT_EQ(server->stats().requests, quint64(Pipelined));
}

TEST(WsmanServerTls, ServesHttpsWithAGeneratedCertificate)
{
    QTemporaryDir dir;
    Error error;
    const SelfSignedCertificate cert = SelfSignedCertificate::generate(
        QStringLiteral("simhost"), { QStringLiteral("localhost") }, dir.path(), &error);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    ASSERT_FALSE(cert.isNull());
    EXPECT_EQ(cert.certificate.subjectInfo(QSslCertificate::CommonName), QStringList { QStringLiteral("simhost") });
    const auto alt = cert.certificate.subjectAlternativeNames();
    EXPECT_TRUE(alt.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    EXPECT_TRUE(alt.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    const qint64 days = cert.certificate.effectiveDate().daysTo(cert.certificate.expiryDate());
    EXPECT_GE(days, 365);
    EXPECT_LE(days, 366);
    const QFile::Permissions keyPermissions = QFile::permissions(cert.keyFile);
    EXPECT_TRUE(keyPermissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    EXPECT_FALSE(keyPermissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
        << "the private key is the owner's alone";

    // loadOrGenerate takes the existing pair.
    const SelfSignedCertificate again
        = SelfSignedCertificate::loadOrGenerate(QStringLiteral("simhost"), {}, dir.path(), &error);
    EXPECT_EQ(again.certificate, cert.certificate);

    FixedDispatcher dispatcher;
    ServerConfig config;
    config.certificate = cert.certificate;
    config.privateKey = cert.key;
    config.accounts = { Admin };
    WsmanServer server(&dispatcher, config);
    ASSERT_TRUE(server.start(&error));
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return socket.isEncrypted(); }, 5000)) << socket.errorString().toStdString();
    EXPECT_EQ(socket.peerCertificate(), cert.certificate);
    socket.write(post(enumerateBody()));
    const RawAnswer a = readAnswer(socket);
    EXPECT_EQ(a.status, 200);

    // Plain HTTP to the TLS port is a failed handshake, closed in bounded time.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return plain.state() == QAbstractSocket::ConnectedState; }, 2000));
    plain.write(post(enumerateBody()));
    EXPECT_TRUE(waitClosed(plain, 5000));
}
