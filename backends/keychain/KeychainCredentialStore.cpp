#include "KeychainCredentialStore.h"

#include <models/ThreadCallback.h>

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>
#include <QTimer>

namespace hvdesk::keychain {

namespace {

// What the user can do when the keychain cannot be used, in every such error.
QString keychainFix()
{
    return KeychainCredentialStore::tr(
        "Install and unlock a Secret Service such as GNOME Keyring or KWallet (on a desktop without one: "
        "install gnome-keyring and log in again). Until then hvdesk asks for the password at each connection.");
}

Error errorOf(const QKeychain::Job *job, const QString &endpoint)
{
    Error e;
    e.field = QStringLiteral("credentials");
    // The keychain's own words say which part failed (no D-Bus session, no Secret Service, ...);
    // they never contain the secret.
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        e.code = QStringLiteral("keychain.unavailable");
        e.message = KeychainCredentialStore::tr("No system keychain is available to keep the credentials for %1 (%2).")
                        .arg(endpoint, detail);
        e.fix = keychainFix();
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e.code = QStringLiteral("keychain.denied");
        e.message = KeychainCredentialStore::tr("The system keychain refused access to the credentials for %1 (%2).")
                        .arg(endpoint, detail);
        e.fix = KeychainCredentialStore::tr(
            "Unlock the keychain when it asks, or enter the password for this connection.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        e.code = QStringLiteral("keychain.delete");
        e.message
            = KeychainCredentialStore::tr("The credentials for %1 could not be removed from the system keychain (%2).")
                  .arg(endpoint, detail);
        e.fix = KeychainCredentialStore::tr(
            "Remove the entry 'hvdesk' / %1 with the keychain's own tool (Passwords and Keys, "
            "KWalletManager).")
                    .arg(endpoint);
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    }
    return e;
}

Error timeoutError(const QString &endpoint, int ms)
{
    Error e;
    e.code = QStringLiteral("keychain.timeout");
    e.field = QStringLiteral("credentials");
    e.message = KeychainCredentialStore::tr("The system keychain did not answer within %1 seconds for %2.")
                    .arg(QLocale().toString(ms / 1000.0), endpoint);
    e.fix = keychainFix();
    return e;
}

// Answers once: either the job or the timeout, whichever comes first.
template<typename Answer> struct Once
{
    Answer answer;
    bool done = false;
    template<typename... Args> void operator()(Args &&...args)
    {
        if (done)
            return;
        done = true;
        answer(std::forward<Args>(args)...);
    }
};

template<typename Answer> std::shared_ptr<Once<Answer>> once(Answer answer)
{
    return std::make_shared<Once<Answer>>(Once<Answer> { std::move(answer) });
}

// A job without a parent, deleting itself when it finishes. QtKeychain's Secret Service backend
// hands the job to libsecret's asynchronous call without a guard: a job deleted before the answer
// arrives (with its store, at exit, or after a timeout) would be used after it was freed. The
// callbacks are connected with the store as context, so they stop with the store.
template<typename JobType> JobType *newJob(const QString &service)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QByteArray KeychainCredentialStore::toSecret(const Credentials &credentials)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("user"), credentials.user },
                             { QStringLiteral("password"), credentials.password } })
        .toJson(QJsonDocument::Compact);
}

std::optional<Credentials> KeychainCredentialStore::fromSecret(const QByteArray &secret)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(secret, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("user")).isString() || !o.value(QStringLiteral("password")).isString())
        return std::nullopt;
    return Credentials { o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("password")).toString() };
}

void KeychainCredentialStore::onOwnThread(std::function<void()> work)
{
    // QtKeychain's jobs need the thread of the object that owns them, with its event loop.
    if (QThread::currentThread() == thread())
        work();
    else
        QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void KeychainCredentialStore::read(const QString &endpoint, ReadCallback done)
{
    auto answer = once(
        callbackOnThisThread(std::function<void(const std::optional<Credentials> &, const Error &)>(std::move(done))));
    onOwnThread([this, endpoint, answer] {
        auto *job = newJob<QKeychain::ReadPasswordJob>(m_service);
        job->setKey(endpoint);
        connect(job, &QKeychain::Job::finished, this, [endpoint, answer](QKeychain::Job *finished) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (read->error() == QKeychain::EntryNotFound) {
                (*answer)(std::nullopt, Error());
                return;
            }
            if (read->error() != QKeychain::NoError) {
                (*answer)(std::nullopt, errorOf(read, endpoint));
                return;
            }
            const std::optional<Credentials> credentials = fromSecret(read->textData().toUtf8());
            if (!credentials) {
                Error e;
                e.code = QStringLiteral("keychain.format");
                e.field = QStringLiteral("credentials");
                e.message = tr("The system keychain's entry for %1 was not written by hvdesk.").arg(endpoint);
                e.fix = tr("Enter the credentials again and let hvdesk remember them: they replace the entry.");
                (*answer)(std::nullopt, e);
                return;
            }
            (*answer)(credentials, Error());
        });
        QTimer::singleShot(m_timeoutMs, this,
            [answer, endpoint, ms = m_timeoutMs] { (*answer)(std::nullopt, timeoutError(endpoint, ms)); });
        job->start();
    });
}

void KeychainCredentialStore::write(const QString &endpoint, const Credentials &credentials, DoneCallback done)
{
    auto answer = once(callbackOnThisThread(std::function<void(const Error &)>(std::move(done))));
    if (credentials.isEmpty()) {
        Error e;
        e.code = QStringLiteral("keychain.empty");
        e.field = QStringLiteral("user");
        e.message = tr("No user name to remember for %1.").arg(endpoint);
        e.fix = tr("Enter the user name, for example HOST\\Administrator.");
        (*answer)(e);
        return;
    }
    // As text: the keychain's own tools (Passwords and Keys, KWalletManager) show it readably.
    onOwnThread([this, endpoint, secret = QString::fromUtf8(toSecret(credentials)), answer] {
        auto *job = newJob<QKeychain::WritePasswordJob>(m_service);
        job->setKey(endpoint);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this, [endpoint, answer](QKeychain::Job *finished) {
            (*answer)(finished->error() == QKeychain::NoError ? Error() : errorOf(finished, endpoint));
        });
        QTimer::singleShot(
            m_timeoutMs, this, [answer, endpoint, ms = m_timeoutMs] { (*answer)(timeoutError(endpoint, ms)); });
        job->start();
    });
}

void KeychainCredentialStore::remove(const QString &endpoint, DoneCallback done)
{
    auto answer = once(callbackOnThisThread(std::function<void(const Error &)>(std::move(done))));
    onOwnThread([this, endpoint, answer] {
        auto *job = newJob<QKeychain::DeletePasswordJob>(m_service);
        job->setKey(endpoint);
        connect(job, &QKeychain::Job::finished, this, [endpoint, answer](QKeychain::Job *finished) {
            // Removing what is not there leaves the keychain as asked: not an error.
            const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
            (*answer)(ok ? Error() : errorOf(finished, endpoint));
        });
        QTimer::singleShot(
            m_timeoutMs, this, [answer, endpoint, ms = m_timeoutMs] { (*answer)(timeoutError(endpoint, ms)); });
        job->start();
    });
}

} // namespace hvdesk::keychain
