// KeychainCredentialStore against a real Secret Service: gnome-keyring-daemon on a private session
// bus (ctest runs this binary under dbus-run-session with tests/keychain/session-bus.conf), with
// its keyring in a temporary home, unlocked with an empty password. And the same store with no
// session bus at all, which must fail with an error that says what to do.
#include "QtPrinters.h"

#include <keychain/KeychainCredentialStore.h>

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/types.h>

using namespace hvdesk;
using hvdesk::keychain::KeychainCredentialStore;

namespace {

constexpr int CallTimeoutMs = 15'000;
const QString TestService = QStringLiteral("hvdesk-test");
const QString SecretsName = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");

template<typename Done> bool waitUntil(Done done, int timeoutMs = CallTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

struct ReadResult
{
    bool arrived = false;
    std::optional<Credentials> credentials;
    Error error;
};

ReadResult readFrom(KeychainCredentialStore &store, const QString &endpoint)
{
    auto result = std::make_shared<ReadResult>();
    store.read(endpoint, [result](const std::optional<Credentials> &c, const Error &e) {
        result->arrived = true;
        result->credentials = c;
        result->error = e;
    });
    EXPECT_TRUE(waitUntil([&] { return result->arrived; })) << "the keychain did not answer the read in time";
    return *result;
}

std::optional<Error> writeTo(KeychainCredentialStore &store, const QString &endpoint, const Credentials &c)
{
    auto result = std::make_shared<std::optional<Error>>();
    store.write(endpoint, c, [result](const Error &e) { *result = e; });
    EXPECT_TRUE(waitUntil([&] { return result->has_value(); })) << "the keychain did not answer the write in time";
    return *result;
}

std::optional<Error> removeFrom(KeychainCredentialStore &store, const QString &endpoint)
{
    auto result = std::make_shared<std::optional<Error>>();
    store.remove(endpoint, [result](const Error &e) { *result = e; });
    EXPECT_TRUE(waitUntil([&] { return result->has_value(); })) << "the keychain did not answer the removal in time";
    return *result;
}

// gnome-keyring-daemon with only the secrets component, in the foreground so that the test owns
// its process, its keyring in a temporary home, unlocked by an empty password on standard input.
class SecretService
{
public:
    bool start(QString *why)
    {
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        if (address.isEmpty()) {
            *why = QStringLiteral("no D-Bus session bus: run this test under dbus-run-session (ctest does)");
            return false;
        }
        if (!m_home.isValid()) {
            *why = QStringLiteral("no temporary directory for the keyring");
            return false;
        }
        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_daemon.setProcessEnvironment(env);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start(QStringLiteral("gnome-keyring-daemon"),
            { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
        if (!m_daemon.waitForStarted(10'000)) {
            *why = QStringLiteral("gnome-keyring-daemon did not start (%1): install gnome-keyring")
                       .arg(m_daemon.errorString());
            return false;
        }
        // The unlock password: empty, ended by a newline (without one the daemon creates no keyring).
        m_daemon.write("\n");
        m_daemon.closeWriteChannel();

        // Ready when the Secret Service answers with a default collection (the unlocked login keyring).
        const bool ready
            = waitUntil([this] { return m_daemon.state() == QProcess::Running && hasDefaultCollection(); }, 15'000);
        if (!ready) {
            *why
                = QStringLiteral("gnome-keyring-daemon did not offer an unlocked default collection on the session bus "
                                 "within 15 s; its output: %1")
                      .arg(QString::fromLocal8Bit(m_daemon.readAll()));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5'000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5'000);
        }
    }

    ~SecretService() { stop(); }

    // Freezes the daemon (SIGSTOP) or lets it go on (SIGCONT): a keychain that does not answer.
    bool freeze(bool frozen) { return ::kill(pid_t(m_daemon.processId()), frozen ? SIGSTOP : SIGCONT) == 0; }

    static bool hasDefaultCollection()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.interface()->isServiceRegistered(SecretsName))
            return false;
        QDBusMessage call
            = QDBusMessage::createMethodCall(SecretsName, SecretsPath, ServiceInterface, QStringLiteral("ReadAlias"));
        call << QStringLiteral("default");
        const QDBusMessage reply = bus.call(call, QDBus::Block, 5'000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return false;
        return reply.arguments().first().value<QDBusObjectPath>().path() != QLatin1String("/");
    }

private:
    QTemporaryDir m_home;
    QProcess m_daemon;
};

// The secret as the Secret Service holds it, read over D-Bus without QtKeychain: proves where and
// how the store put it. Empty when there is no such item.
QByteArray secretInService(const QString &service, const QString &key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage open
        = QDBusMessage::createMethodCall(SecretsName, SecretsPath, ServiceInterface, QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = bus.call(open, QDBus::Block, 5'000);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() < 2)
        return {};
    const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();

    qDBusRegisterMetaType<QMap<QString, QString>>();
    // QtKeychain's libsecret schema: the service as "server", the key as "user".
    QMap<QString, QString> attributes { { QStringLiteral("server"), service }, { QStringLiteral("user"), key } };
    QDBusMessage search
        = QDBusMessage::createMethodCall(SecretsName, SecretsPath, ServiceInterface, QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    const QDBusMessage found = bus.call(search, QDBus::Block, 5'000);
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().isEmpty())
        return {};
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(found.arguments().first());
    if (unlocked.size() != 1)
        return {};
    QDBusMessage get = QDBusMessage::createMethodCall(SecretsName, unlocked.first().path(),
        QStringLiteral("org.freedesktop.Secret.Item"), QStringLiteral("GetSecret"));
    get << QVariant::fromValue(session);
    const QDBusMessage got = bus.call(get, QDBus::Block, 5'000);
    if (got.type() != QDBusMessage::ReplyMessage || got.arguments().isEmpty())
        return {};
    const QDBusArgument arg = got.arguments().first().value<QDBusArgument>();
    QDBusObjectPath secretSession;
    QByteArray parameters, value;
    QString contentType;
    arg.beginStructure();
    arg >> secretSession >> parameters >> value >> contentType;
    arg.endStructure();
    return value;
}

} // namespace

class KeychainSecretServiceTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_service = new SecretService;
        s_ready = s_service->start(&s_why);
    }
    static void TearDownTestSuite()
    {
        delete s_service;
        s_service = nullptr;
    }
    void SetUp() override
    {
        // Never a silent pass: without a Secret Service the suite fails and says why.
        ASSERT_TRUE(s_ready) << "No Secret Service for the test: " << s_why.toStdString();
    }

    static inline SecretService *s_service = nullptr;
    static inline bool s_ready = false;
    static inline QString s_why;
};

TEST_F(KeychainSecretServiceTest, WritesReadsOverwritesAndRemoves)
{
    KeychainCredentialStore store(TestService);
    const QString endpoint = QStringLiteral("crusader.example.com:5986");

    ReadResult missing = readFrom(store, endpoint);
    EXPECT_FALSE(missing.credentials.has_value());
    EXPECT_TRUE(missing.error.isNull()) << missing.error.text().toStdString(); // no entry is not an error

    const Credentials first { QStringLiteral("CRUSADER\\Administrator"),
        QStringLiteral("p@ss w\u00f6rd \"quoted\" {json}") };
    std::optional<Error> written = writeTo(store, endpoint, first);
    ASSERT_TRUE(written.has_value());
    EXPECT_TRUE(written->isNull()) << written->text().toStdString();

    // Another store (as after a restart) reads it back from the keychain.
    KeychainCredentialStore again(TestService);
    ReadResult back = readFrom(again, endpoint);
    EXPECT_TRUE(back.error.isNull()) << back.error.text().toStdString();
    ASSERT_TRUE(back.credentials.has_value());
    EXPECT_EQ(*back.credentials, first);

    const Credentials second { QStringLiteral("admin@example.com"), QStringLiteral("new-secret") };
    ASSERT_TRUE(writeTo(store, endpoint, second).value_or(Error { QStringLiteral("none") }).isNull());
    back = readFrom(store, endpoint);
    ASSERT_TRUE(back.credentials.has_value());
    EXPECT_EQ(*back.credentials, second);

    std::optional<Error> removed = removeFrom(store, endpoint);
    ASSERT_TRUE(removed.has_value());
    EXPECT_TRUE(removed->isNull()) << removed->text().toStdString();
    missing = readFrom(store, endpoint);
    EXPECT_FALSE(missing.credentials.has_value());
    EXPECT_TRUE(missing.error.isNull());
    // Removing what is not there is not an error either.
    removed = removeFrom(store, endpoint);
    ASSERT_TRUE(removed.has_value());
    EXPECT_TRUE(removed->isNull()) << removed->text().toStdString();
}

TEST_F(KeychainSecretServiceTest, OneSecretPerEndpointHoldsUserAndPassword)
{
    KeychainCredentialStore store(TestService);
    const QString a = QStringLiteral("saracen:5986");
    const QString b = QStringLiteral("paladin:5985");
    ASSERT_TRUE(writeTo(store, a, { QStringLiteral("SARACEN\\ops"), QStringLiteral("alpha") })
                    .value_or(Error { QStringLiteral("none") })
                    .isNull());
    ASSERT_TRUE(writeTo(store, b, { QStringLiteral("PALADIN\\ops"), QStringLiteral("beta") })
                    .value_or(Error { QStringLiteral("none") })
                    .isNull());

    // Read straight from the Secret Service: service "hvdesk-test", key = endpoint, JSON secret.
    const QJsonObject secret = QJsonDocument::fromJson(secretInService(TestService, a)).object();
    EXPECT_EQ(secret.value(QStringLiteral("user")).toString(), QStringLiteral("SARACEN\\ops"));
    EXPECT_EQ(secret.value(QStringLiteral("password")).toString(), QStringLiteral("alpha"));

    ReadResult rb = readFrom(store, b);
    ASSERT_TRUE(rb.credentials.has_value());
    EXPECT_EQ(rb.credentials->password, QStringLiteral("beta"));
    // Nothing went to settings files (QtKeychain's insecure fallback writes to QSettings(service)).
    EXPECT_TRUE(QSettings(TestService).allKeys().isEmpty());
    EXPECT_TRUE(QSettings().allKeys().isEmpty());

    removeFrom(store, a);
    removeFrom(store, b);
    EXPECT_TRUE(secretInService(TestService, a).isEmpty());
}

TEST_F(KeychainSecretServiceTest, AnswersOnTheCallersThread)
{
    KeychainCredentialStore store(TestService);
    const QString endpoint = QStringLiteral("threaded:5986");
    ASSERT_TRUE(writeTo(store, endpoint, { QStringLiteral("u"), QStringLiteral("p") })
                    .value_or(Error { QStringLiteral("none") })
                    .isNull());

    QThread worker;
    worker.start();
    QObject onWorker;
    onWorker.moveToThread(&worker);
    std::atomic<QThread *> answeredOn { nullptr };
    std::atomic<bool> gotCredentials { false };
    // A backend on a worker thread asks; the answer must come back on that thread.
    QMetaObject::invokeMethod(&onWorker, [&] {
        store.read(endpoint, [&](const std::optional<Credentials> &c, const Error &) {
            gotCredentials = c.has_value() && c->password == QLatin1String("p");
            answeredOn = QThread::currentThread();
        });
    });
    EXPECT_TRUE(waitUntil([&] { return answeredOn.load() != nullptr; }));
    EXPECT_EQ(answeredOn.load(), &worker);
    EXPECT_TRUE(gotCredentials.load());
    worker.quit();
    worker.wait(5'000);
    removeFrom(store, endpoint);
}

TEST_F(KeychainSecretServiceTest, AKeychainThatDoesNotAnswerTimesOut)
{
    auto store = std::make_unique<KeychainCredentialStore>(TestService);
    store->setTimeout(800);
    ASSERT_TRUE(s_service->freeze(true));
    QElapsedTimer elapsed;
    elapsed.start();
    const ReadResult read = readFrom(*store, QStringLiteral("frozen:5986"));
    const qint64 ms = elapsed.elapsed();
    EXPECT_FALSE(read.credentials.has_value());
    EXPECT_EQ(read.error.code, QStringLiteral("keychain.timeout")) << read.error.text().toStdString();
    EXPECT_TRUE(read.error.message.startsWith(
        QStringLiteral("The system keychain did not answer within 0.8 seconds for frozen:5986.")))
        << read.error.message.toStdString();
    EXPECT_GE(ms, 700);
    EXPECT_LT(ms, 5'000);

    // The store goes away (as at exit) while the keychain still owes the answer; when the answer
    // comes, nothing may touch what was freed.
    store.reset();
    ASSERT_TRUE(s_service->freeze(false));
    QElapsedTimer late;
    late.start();
    while (late.elapsed() < 1'500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    KeychainCredentialStore after(TestService);
    const ReadResult again = readFrom(after, QStringLiteral("frozen:5986"));
    EXPECT_TRUE(again.error.isNull()) << again.error.text().toStdString();
}

TEST(KeychainSecretTest, UserAndPasswordTravelTogetherAsJson)
{
    const Credentials c { QStringLiteral("HOST\\user"), QStringLiteral("a\"b\\c") };
    EXPECT_EQ(KeychainCredentialStore::fromSecret(KeychainCredentialStore::toSecret(c)), c);
    EXPECT_FALSE(KeychainCredentialStore::fromSecret("hunter2").has_value()); // not ours
    EXPECT_FALSE(KeychainCredentialStore::fromSecret(R"({"user":"u"})").has_value());
}

TEST(KeychainSecretTest, NoUserNoEntry)
{
    KeychainCredentialStore store(TestService);
    const std::optional<Error> written
        = writeTo(store, QStringLiteral("crusader:5986"), { QString(), QStringLiteral("secret") });
    ASSERT_TRUE(written.has_value());
    EXPECT_EQ(written->code, QStringLiteral("keychain.empty"));
    EXPECT_EQ(written->field, QStringLiteral("user"));
}

// ctest runs this one without a session bus (DBUS_SESSION_BUS_ADDRESS points nowhere, no DISPLAY
// to start one): the error must say there is no keychain and what to do, and nothing is stored
// anywhere else.
TEST(KeychainUnavailableTest, SaysThereIsNoKeychainAndWhatToDo)
{
    KeychainCredentialStore store(TestService);
    const QString endpoint = QStringLiteral("crusader:5986");

    const std::optional<Error> written
        = writeTo(store, endpoint, { QStringLiteral("CRUSADER\\admin"), QStringLiteral("secret") });
    ASSERT_TRUE(written.has_value());
    EXPECT_EQ(written->code, QStringLiteral("keychain.unavailable")) << written->text().toStdString();
    EXPECT_TRUE(written->message.startsWith(
        QStringLiteral("No system keychain is available to keep the credentials for crusader:5986")))
        << written->message.toStdString();
    EXPECT_TRUE(written->fix.contains(QStringLiteral("GNOME Keyring or KWallet"))) << written->fix.toStdString();
    EXPECT_TRUE(written->fix.contains(QStringLiteral("asks for the password at each connection")))
        << written->fix.toStdString();

    const ReadResult read = readFrom(store, endpoint);
    EXPECT_FALSE(read.credentials.has_value());
    EXPECT_EQ(read.error.code, QStringLiteral("keychain.unavailable")) << read.error.text().toStdString();

    // No insecure fallback: the password is not in a settings file (QtKeychain's fallback would
    // write it to QSettings(service)).
    EXPECT_TRUE(QSettings(TestService).allKeys().isEmpty())
        << QSettings(TestService).allKeys().join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(QSettings().allKeys().isEmpty());
}
