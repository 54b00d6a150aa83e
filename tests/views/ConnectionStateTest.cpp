// The main window on a connection whose server fails (HTTP 500 from a raw server on 127.0.0.1):
// the Servers tree shows the failed icon and "Failed: <reason>" in the row, the status bar shows
// the reason and Retry, and Retry connects again once the server is fixed (the raw server then
// forwards to an in-process hvdesk-simd).
#include "../remote/RemoteTestUtil.h"
#include "../wsman/TransportTestUtil.h"

#include <remote/RemoteBackend.h>
#include <simd/SimdServer.h>
#include <simulated/TopologyLoader.h>
#include <views/Icons.h>
#include <views/MainWindow.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>

#include <QLabel>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::test;
using namespace Qt::StringLiterals;
using wsman::testing::httpReply;
using wsman::testing::RawServer;

namespace {

// Reads the icon and text the tree's delegate draws for a row.
struct DelegatePeek : QStyledItemDelegate
{
    using QStyledItemDelegate::initStyleOption;
};

QStyleOptionViewItem drawnOption(QTreeView *tree, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    auto *delegate = qobject_cast<QStyledItemDelegate *>(tree->itemDelegateForIndex(index));
    if (delegate) {
        const auto init = &DelegatePeek::initStyleOption;
        (delegate->*init)(&option, index);
    }
    return option;
}

class ConnectionStateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        server = std::make_unique<simd::SimdServer>(sim::TopologyLoader::demo());
        server->simulation().setClockMode(simd::SimulationHost::ClockMode::Manual);
        simd::SimdOptions options;
        options.https = false;
        options.basePort = 0;
        options.account = Credentials { u"hvdesk"_s, u"state-test"_s };
        Error error;
        ASSERT_TRUE(server->start(options, &error)) << error.text().toStdString();
        // paladin is in no cluster: one host, one row.
        for (const simd::SimdServer::Endpoint &e : server->endpoints()) {
            if (e.hostName == u"paladin"_s)
                broken.forwardPort = e.port;
        }
        ASSERT_NE(broken.forwardPort, 0);
        keychain.entries.insert(u"127.0.0.1:%1"_s.arg(broken.serverPort()), options.account);
        uri = u"wsman+http://127.0.0.1:%1"_s.arg(broken.serverPort());
        access.credentials = &keychain;
        factory.registerScheme(
            u"wsman+http"_s, remote::RemoteBackend::schemeDescription(), [this](const QString &u, Error *e) {
                auto backend = remote::RemoteBackend::create(u, access, e);
                if (backend && deadlineMs > 0)
                    static_cast<remote::RemoteBackend *>(backend.get())->setLoadDeadline(deadlineMs);
                return backend;
            });
        window = std::make_unique<MainWindow>(&connections, &factory);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        connections.clear();
        server.reset();
        QSettings().clear();
    }

    QModelIndex hostRow() const
    {
        QAbstractItemModel *model = window->hostTree()->model();
        return model->index(0, 0, model->index(0, 0));
    }

    RawServer broken { RawServer::Mode::Reply, httpReply(500, "Internal error", "text/plain") };
    MemoryCredentialStore keychain;
    RemoteAccess access;
    std::unique_ptr<simd::SimdServer> server;
    QString uri;
    int deadlineMs = 0; // 0: the product's
    BackendFactory factory;
    ConnectionManager connections;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(ConnectionStateTest, AFailedConnectionShowsInTheTreeAndTheStatusBarAndRetryReconnects)
{
    QString error;
    ASSERT_TRUE(window->connectTo(uri, &error)) << error.toStdString();
    ASSERT_EQ(connections.count(), 1);
    HostBackend *backend = connections.at(0);
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Failed; }, 30000))
        << int(backend->connectionState());
    const QString reason = backend->lastError().message;
    ASSERT_TRUE(reason.contains(u"HTTP 500"_s)) << reason.toStdString();

    // The tree: the failed icon, and the reason in the row.
    QTreeView *tree = window->hostTree();
    const QModelIndex row = hostRow();
    ASSERT_TRUE(row.isValid());
    const QStyleOptionViewItem drawn = drawnOption(tree, row);
    EXPECT_EQ(drawn.icon.cacheKey(), Icons::hostFailed().cacheKey()) << "the error icon";
    EXPECT_TRUE(drawn.text.contains(u"Failed: "_s + reason)) << drawn.text.toStdString();

    // The status bar: the reason and Retry.
    ASSERT_NE(window->connectionStatus(), nullptr);
    EXPECT_TRUE(window->connectionStatus()->isVisibleTo(window.get()));
    EXPECT_TRUE(window->connectionStatusLabel()->text().contains(reason))
        << window->connectionStatusLabel()->text().toStdString();
    QToolButton *retry = window->connectionRetryButton();
    ASSERT_NE(retry, nullptr);
    EXPECT_EQ(retry->objectName(), u"connectionRetryButton"_s);
    EXPECT_TRUE(retry->isVisibleTo(window.get()));

    // The server is fixed; Retry connects again.
    broken.mode = RawServer::Mode::Forward;
    broken.dropConnections();
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] { return backend->connectionState() == ConnectionState::Connected && backend->vmCount() > 0; }, 30000))
        << backend->lastError().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !window->connectionStatus()->isVisibleTo(window.get()); }))
        << window->connectionStatusLabel()->text().toStdString();
    const QStyleOptionViewItem connected = drawnOption(tree, hostRow());
    EXPECT_NE(connected.icon.cacheKey(), Icons::hostFailed().cacheKey());
    EXPECT_FALSE(connected.text.contains(u"Failed"_s)) << connected.text.toStdString();
    EXPECT_TRUE(connected.text.startsWith(u"paladin"_s)) << connected.text.toStdString();
}

TEST_F(ConnectionStateTest, TheStatusBarCountsDownWhileConnectingToASlowServer)
{
    broken.mode = RawServer::Mode::Drip; // one byte a second
    broken.reply = httpReply(200, "<s:Envelope/>");
    deadlineMs = 3000;
    QString error;
    ASSERT_TRUE(window->connectTo(uri, &error)) << error.toStdString();
    HostBackend *backend = connections.at(0);
    QLabel *label = window->connectionStatusLabel();
    ASSERT_TRUE(waitUntil([&] { return label->text().contains(u" s left"_s); }, 10000)) << label->text().toStdString();
    EXPECT_TRUE(label->text().startsWith(u"Connecting to "_s)) << label->text().toStdString();
    EXPECT_FALSE(window->connectionRetryButton()->isVisibleTo(window.get()));
    EXPECT_TRUE(hostRow().data(Qt::DisplayRole).toString().contains(u" s left"_s));
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Failed; }, 20000))
        << label->text().toStdString();
    EXPECT_EQ(backend->lastError().code, u"connection.deadline"_s);
    EXPECT_TRUE(label->text().contains(backend->lastError().message)) << label->text().toStdString();
    EXPECT_TRUE(window->connectionRetryButton()->isVisibleTo(window.get()));
}
