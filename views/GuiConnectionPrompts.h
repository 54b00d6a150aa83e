#pragma once

#include <models/RemoteAccess.h>

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hvdesk {

class CertificateTrustDialog;
class CredentialsDialog;

// The desktop's answers to a backend's questions while it connects: the certificate trust dialog
// and the credentials dialog, window-modal over the main window and opened with open(), never
// exec(): no nested event loop, the answer goes through the callback when the dialog finishes.
// Questions about one endpoint that arrive while its dialog is open share that dialog.
// May be asked from any thread; the dialogs live on this object's (the GUI) thread and each
// answer runs on the asking thread.
class GuiConnectionPrompts : public QObject, public ConnectionPrompts
{
    Q_OBJECT

public:
    // `window` is the dialogs' parent; it may come later (setWindow), as the prompts outlive it.
    explicit GuiConnectionPrompts(QWidget *window = nullptr, QObject *parent = nullptr);
    ~GuiConnectionPrompts() override;
    void setWindow(QWidget *window) { m_window = window; }

    void askTrust(const CertificateQuestion &question, std::function<void(bool trust)> answer) override;
    void askCredentials(const QString &endpoint, const QString &reason,
        std::function<void(const std::optional<Credentials> &credentials, bool remember)> answer) override;

    // The user name typed in Connect to Server, offered when the credentials dialog opens for
    // that endpoint. A user name only: nothing secret is kept here.
    void suggestUser(const QString &endpoint, const QString &user);
    QString suggestedUser(const QString &endpoint) const { return m_users.value(endpoint); }

    // The dialogs open now, for tests and for the window to raise them.
    CertificateTrustDialog *trustDialog(const QString &endpoint) const;
    CredentialsDialog *credentialsDialog(const QString &endpoint) const;

signals:
    void trustDialogOpened(hvdesk::CertificateTrustDialog *dialog);
    void credentialsDialogOpened(hvdesk::CredentialsDialog *dialog);

private:
    using TrustAnswer = std::function<void(bool)>;
    using CredentialsAnswer = std::function<void(const std::optional<Credentials> &, bool)>;
    void openTrust(const CertificateQuestion &question, TrustAnswer answer);
    void openCredentials(const QString &endpoint, const QString &reason, CredentialsAnswer answer);

    QPointer<QWidget> m_window;
    QHash<QString, QString> m_users;
    struct PendingTrust
    {
        QPointer<CertificateTrustDialog> dialog;
        QList<TrustAnswer> answers;
    };
    struct PendingCredentials
    {
        QPointer<CredentialsDialog> dialog;
        QList<CredentialsAnswer> answers;
    };
    QHash<QString, PendingTrust> m_trust;
    QHash<QString, PendingCredentials> m_credentials;
};

} // namespace hvdesk
