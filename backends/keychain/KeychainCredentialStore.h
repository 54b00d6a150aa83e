#pragma once

#include <models/RemoteAccess.h>

#include <QObject>

namespace hvdesk::keychain {

// Credentials per endpoint in the system keychain (on Linux the Secret Service: GNOME Keyring or
// KWallet), service "hvdesk", key = endpoint, the secret a small JSON object holding user and
// password. There is no insecure fallback: without a keychain every call fails with an Error
// saying so and what to install, and the connection asks for the password each time.
// Callbacks run on the calling thread, always after the call has returned.
class KeychainCredentialStore : public QObject, public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("hvdesk"), QObject *parent = nullptr);

    void read(const QString &endpoint, ReadCallback done) override;
    void write(const QString &endpoint, const Credentials &credentials, DoneCallback done) override;
    void remove(const QString &endpoint, DoneCallback done) override;

    // A keychain may wait for the user to unlock it; past this the call fails with
    // "keychain.timeout" rather than leaving a connection waiting for ever.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    QString service() const { return m_service; }

    static QByteArray toSecret(const Credentials &credentials);
    static std::optional<Credentials> fromSecret(const QByteArray &secret);

private:
    void onOwnThread(std::function<void()> work);

    QString m_service;
    int m_timeoutMs = 120'000;
};

} // namespace hvdesk::keychain
