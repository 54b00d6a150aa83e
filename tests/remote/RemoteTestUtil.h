#pragma once

#include "MemoryPinStore.h"

#include <models/RemoteAccess.h>

#include <QHash>
#include <QStringList>
#include <QTest>

#include <functional>

namespace hvdesk::test {

// Credentials in memory: what the keychain would hold.
class MemoryCredentialStore : public CredentialStore
{
public:
    QHash<QString, Credentials> entries;
    void read(const QString &endpoint, ReadCallback done) override
    {
        const auto it = entries.constFind(endpoint);
        done(it == entries.cend() ? std::nullopt : std::optional<Credentials>(*it), Error());
    }
    void write(const QString &endpoint, const Credentials &credentials, DoneCallback done) override
    {
        entries.insert(endpoint, credentials);
        done(Error());
    }
    void remove(const QString &endpoint, DoneCallback done) override
    {
        entries.remove(endpoint);
        done(Error());
    }
};

// Answers the backend's questions as a user would, and records that it was asked.
class ScriptedPrompts : public ConnectionPrompts
{
public:
    bool trust = true;
    QList<Credentials> answers; // one per question; none left: cancel
    bool remember = false;
    QList<CertificateQuestion> trustQuestions;
    QStringList credentialReasons;

    void askTrust(const CertificateQuestion &question, std::function<void(bool)> answer) override
    {
        trustQuestions << question;
        answer(trust);
    }
    void askCredentials(const QString &, const QString &reason,
        std::function<void(const std::optional<Credentials> &, bool)> answer) override
    {
        credentialReasons << reason;
        if (answers.isEmpty())
            return answer(std::nullopt, false);
        answer(answers.takeFirst(), remember);
    }
};

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace hvdesk::test
