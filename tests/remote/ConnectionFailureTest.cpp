// The remote backend against WS-Management servers on 127.0.0.1 that misbehave: the host shows
// Failed with the reason in the Servers tree, a connection attempt ends at its total deadline
// (counted down in the tree) even when the server drips its answer, and the event loop keeps
// running meanwhile.
#include "../wsman/TransportTestUtil.h"
#include "RemoteTestUtil.h"

#include <remote/RemoteBackend.h>

#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::test;
using namespace Qt::StringLiterals;
using wsman::testing::httpReply;
using wsman::testing::RawServer;

namespace {

const QByteArray IdentifyAnswer = wsman::ResponseWriter::identify(
    wsman::IdentifyInfo { QString(wsman::ns::Wsman), u"Misbehaving"_s, u"OS: 0.0.0 SP: 0.0 Stack: 3.0"_s });

class ConnectionFailureTest : public ::testing::Test
{
protected:
    // Connects to `server` and returns the backend (owned by `connections`).
    remote::RemoteBackend *connect(const RawServer &server, int deadlineMs = 0)
    {
        const QString endpoint = u"127.0.0.1:%1"_s.arg(server.serverPort());
        keychain.entries.insert(endpoint, Credentials { u"hvdesk"_s, u"pass"_s });
        access.credentials = &keychain;
        Error error;
        auto backend = remote::RemoteBackend::create(u"wsman+http://"_s + endpoint, access, &error);
        EXPECT_TRUE(backend) << error.text().toStdString();
        if (!backend)
            return nullptr;
        auto *raw = static_cast<remote::RemoteBackend *>(backend.get());
        if (deadlineMs > 0)
            raw->setLoadDeadline(deadlineMs);
        connections.add(std::move(backend));
        return raw;
    }
    QString rowText() const { return tree.index(0, 0, tree.rootIndex()).data(Qt::DisplayRole).toString(); }
    bool settled(const HostBackend *b) const { return b->connectionState() != ConnectionState::Connecting; }

    MemoryCredentialStore keychain;
    RemoteAccess access;
    ConnectionManager connections;
    HostTreeModel tree { &connections };
};

struct Misbehaviour
{
    const char *name;
    RawServer::Mode mode;
    QByteArray reply;
    const char *code; // the error's code; empty: any
};

} // namespace

TEST_F(ConnectionFailureTest, EachMisbehavingServerShowsTheHostFailedWithTheReason)
{
    const QByteArray truncated = IdentifyAnswer.left(IdentifyAnswer.size() / 2);
    const QByteArray wrongNamespace
        = QByteArray(IdentifyAnswer)
              .replace("http://www.w3.org/2003/05/soap-envelope", "http://schemas.xmlsoap.org/soap/envelope/");
    const Misbehaviour cases[] = {
        { "HTTP 500", RawServer::Mode::Reply, httpReply(500, "Internal error", "text/plain"), "http.500" },
        { "truncated XML", RawServer::Mode::Reply, httpReply(200, truncated), "wsman.malformed" },
        { "wrong namespace", RawServer::Mode::Reply, httpReply(200, wrongNamespace), "" },
        { "connection closed", RawServer::Mode::HangUp, {}, "" },
        { "Identify to every request", RawServer::Mode::Reply, httpReply(200, IdentifyAnswer), "wsman.wrong-action" },
    };
    for (const Misbehaviour &m : cases) {
        SCOPED_TRACE(m.name);
        RawServer server(m.mode, m.reply);
        remote::RemoteBackend *backend = connect(server);
        ASSERT_NE(backend, nullptr);
        ASSERT_TRUE(waitUntil([&] { return settled(backend); }, 30000)) << rowText().toStdString();
        EXPECT_EQ(backend->connectionState(), ConnectionState::Failed) << "VMs: " << backend->vmCount();
        const Error error = backend->lastError();
        ASSERT_FALSE(error.isNull());
        if (*m.code) {
            EXPECT_EQ(error.code, QString::fromLatin1(m.code)) << error.message.toStdString();
        }
        if (m.mode == RawServer::Mode::Reply && m.reply == httpReply(200, IdentifyAnswer)) {
            EXPECT_TRUE(error.message.contains(u"Enumerate with IdentifyResponse"_s)) << error.message.toStdString();
        }
        // The tree says so in the row itself, not only in its tooltip.
        const QModelIndex row = tree.index(0, 0, tree.rootIndex());
        EXPECT_EQ(ConnectionState(row.data(HostTreeModel::ConnectionStateRole).toInt()), ConnectionState::Failed);
        EXPECT_TRUE(rowText().contains(u"Failed: "_s + error.message.left(40))) << rowText().toStdString();
        EXPECT_TRUE(
            row.data(HostTreeModel::StateTextRole).toString().startsWith(u"Failed: "_s + error.message.left(40)));
        connections.clear();
    }
}

TEST_F(ConnectionFailureTest, ADrippingServerIsGivenUpAtTheDeadlineCountingDownWhileTheEventLoopRuns)
{
    RawServer drip(RawServer::Mode::Drip, httpReply(200, IdentifyAnswer));
    drip.dripIntervalMs = 1000; // one byte a second
    constexpr int DeadlineMs = 4000;

    // The event loop's pulse while connecting: a 10 ms timer, and the largest gap between ticks.
    QElapsedTimer sinceTick;
    qint64 maxGapMs = 0;
    QTimer pulse;
    pulse.setInterval(10);
    QObject::connect(&pulse, &QTimer::timeout, [&] { maxGapMs = std::max(maxGapMs, sinceTick.restart()); });
    QStringList countdown;
    QObject::connect(&tree, &QAbstractItemModel::dataChanged, [&] {
        const QString text = tree.index(0, 0, tree.rootIndex()).data(HostTreeModel::StateTextRole).toString();
        if (text.contains(u" s left"_s) && !countdown.contains(text))
            countdown << text;
    });

    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    pulse.start();
    remote::RemoteBackend *backend = connect(drip, DeadlineMs);
    ASSERT_NE(backend, nullptr);
    EXPECT_EQ(backend->connectionState(), ConnectionState::Connecting);
    EXPECT_GT(backend->connectMsLeft(), 0);
    EXPECT_LE(backend->connectMsLeft(), DeadlineMs);
    // Bounded well below one attempt of the old client (90 s, three times).
    ASSERT_TRUE(waitUntil([&] { return settled(backend); }, 60000)) << rowText().toStdString();
    const qint64 took = elapsed.elapsed();
    pulse.stop();

    EXPECT_EQ(backend->connectionState(), ConnectionState::Failed);
    EXPECT_EQ(backend->lastError().code, u"connection.deadline"_s) << backend->lastError().message.toStdString();
    EXPECT_LT(took, DeadlineMs + 10000) << "the deadline, plus generous slack on a shared machine";
    EXPECT_GE(countdown.size(), 2) << countdown.join(u" | "_s).toStdString();
    EXPECT_TRUE(countdown.contains(u"Connecting... 4 s left"_s)) << countdown.join(u" | "_s).toStdString();
    EXPECT_TRUE(rowText().contains(u"Failed: "_s)) << rowText().toStdString();
    EXPECT_EQ(backend->connectMsLeft(), -1);
    // A correctness bound, not a speed benchmark: the loop never stalls for a noticeable time.
    EXPECT_LT(maxGapMs, 1000) << "the event loop stalled for " << maxGapMs << " ms";
    std::cout << "[          ] drip: gave up after " << took << " ms (deadline " << DeadlineMs
              << " ms); largest event-loop gap " << maxGapMs
              << " ms; countdown: " << countdown.join(u" | "_s).toStdString() << std::endl;
}

TEST_F(ConnectionFailureTest, RetryConnectsAgainAfterAFailure)
{
    RawServer server(RawServer::Mode::Reply, httpReply(500, "Internal error", "text/plain"));
    remote::RemoteBackend *backend = connect(server);
    ASSERT_NE(backend, nullptr);
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Failed; }, 30000));
    const int before = server.requests;
    server.reply = httpReply(200, IdentifyAnswer); // now it answers Identify to everything
    backend->reconnect();
    EXPECT_EQ(backend->connectionState(), ConnectionState::Connecting);
    ASSERT_TRUE(waitUntil([&] { return settled(backend); }, 30000));
    EXPECT_GT(server.requests, before) << "Retry sent requests again";
    EXPECT_EQ(backend->lastError().code, u"wsman.wrong-action"_s) << backend->lastError().message.toStdString();
}
