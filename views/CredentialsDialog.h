#pragma once

#include <models/RemoteAccess.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hvdesk {

// The user name and password for a remote host, asked when the keychain has none or the host
// refused the last ones (the reason line says which). The password field starts empty, always:
// a password is never pre-filled, so one can only come from the user or from the keychain.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(const QString &endpoint, const QString &reason, QWidget *parent = nullptr);

    void setUser(const QString &user);
    // Whether "Remember in the system keychain" is offered (and why not, when it is not).
    void setRememberAvailable(bool available, const QString &whyNot = QString());

    Credentials credentials() const;
    bool remember() const;
    QString endpoint() const { return m_endpoint; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QString m_endpoint;
    QLabel *m_reason;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
};

} // namespace hvdesk
