#include "GuiConnectionPrompts.h"

#include "CertificateTrustDialog.h"
#include "CredentialsDialog.h"

#include <models/ThreadCallback.h>

#include <QThread>
#include <QWidget>

namespace hvdesk {

GuiConnectionPrompts::GuiConnectionPrompts(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

GuiConnectionPrompts::~GuiConnectionPrompts()
{
    // A backend waiting for an answer gets one: closing the window cancels the questions.
    const auto trust = std::exchange(m_trust, {});
    for (const PendingTrust &pending : trust) {
        for (const TrustAnswer &answer : pending.answers)
            answer(false);
        delete pending.dialog.data();
    }
    const auto credentials = std::exchange(m_credentials, {});
    for (const PendingCredentials &pending : credentials) {
        for (const CredentialsAnswer &answer : pending.answers)
            answer(std::nullopt, false);
        delete pending.dialog.data();
    }
}

void GuiConnectionPrompts::suggestUser(const QString &endpoint, const QString &user)
{
    if (user.trimmed().isEmpty())
        m_users.remove(endpoint);
    else
        m_users.insert(endpoint, user.trimmed());
}

CertificateTrustDialog *GuiConnectionPrompts::trustDialog(const QString &endpoint) const
{
    return m_trust.value(endpoint).dialog;
}

CredentialsDialog *GuiConnectionPrompts::credentialsDialog(const QString &endpoint) const
{
    return m_credentials.value(endpoint).dialog;
}

void GuiConnectionPrompts::askTrust(const CertificateQuestion &question, std::function<void(bool)> answer)
{
    TrustAnswer onCaller = callbackOnThisThread(std::move(answer));
    if (QThread::currentThread() == thread())
        openTrust(question, std::move(onCaller));
    else
        QMetaObject::invokeMethod(
            this, [this, question, onCaller] { openTrust(question, onCaller); }, Qt::QueuedConnection);
}

void GuiConnectionPrompts::askCredentials(const QString &endpoint, const QString &reason,
    std::function<void(const std::optional<Credentials> &, bool)> answer)
{
    CredentialsAnswer onCaller = callbackOnThisThread(std::move(answer));
    if (QThread::currentThread() == thread())
        openCredentials(endpoint, reason, std::move(onCaller));
    else
        QMetaObject::invokeMethod(
            this, [this, endpoint, reason, onCaller] { openCredentials(endpoint, reason, onCaller); },
            Qt::QueuedConnection);
}

void GuiConnectionPrompts::openTrust(const CertificateQuestion &question, TrustAnswer answer)
{
    PendingTrust &pending = m_trust[question.endpoint];
    pending.answers << std::move(answer);
    if (pending.dialog) {
        // Same endpoint, same question: one dialog answers both.
        if (pending.dialog->question().sha256 == question.sha256) {
            pending.dialog->raise();
            return;
        }
        // Another certificate meanwhile (the host changed it): the old question is moot.
        pending.dialog->disconnect(this);
        pending.dialog->deleteLater();
        const TrustAnswer newest = pending.answers.takeLast();
        for (const TrustAnswer &old : std::as_const(pending.answers))
            old(false);
        pending.answers = { newest };
    }
    auto *dialog = new CertificateTrustDialog(question, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(m_window ? Qt::WindowModal : Qt::ApplicationModal);
    pending.dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, endpoint = question.endpoint, dialog](int result) {
        auto it = m_trust.find(endpoint);
        if (it == m_trust.end() || it->dialog != dialog)
            return;
        const QList<TrustAnswer> answers = it->answers;
        m_trust.erase(it);
        for (const TrustAnswer &a : answers)
            a(result == QDialog::Accepted);
    });
    dialog->open();
    emit trustDialogOpened(dialog);
}

void GuiConnectionPrompts::openCredentials(const QString &endpoint, const QString &reason, CredentialsAnswer answer)
{
    PendingCredentials &pending = m_credentials[endpoint];
    pending.answers << std::move(answer);
    if (pending.dialog) {
        pending.dialog->raise();
        return;
    }
    auto *dialog = new CredentialsDialog(endpoint, reason, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(m_window ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->setUser(m_users.value(endpoint));
    pending.dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, endpoint, dialog](int result) {
        auto it = m_credentials.find(endpoint);
        if (it == m_credentials.end() || it->dialog != dialog)
            return;
        const QList<CredentialsAnswer> answers = it->answers;
        m_credentials.erase(it);
        const bool accepted = result == QDialog::Accepted;
        const std::optional<Credentials> credentials = accepted ? std::optional(dialog->credentials()) : std::nullopt;
        if (accepted)
            m_users.insert(endpoint, credentials->user);
        // Only the first asker stores them: one keychain write is enough.
        bool remember = accepted && dialog->remember();
        for (const CredentialsAnswer &a : answers) {
            a(credentials, remember);
            remember = false;
        }
    });
    dialog->open();
    emit credentialsDialogOpened(dialog);
}

} // namespace hvdesk
