#pragma once

#include <models/Error.h>

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hvdesk {

class BackendFactory;
class HostBackend;
class NumberEdit;

// "Connect to Server": the demo simulator, the local computer, another computer running
// Hyper-V (host, port, HTTPS or, when the user says they understand, plain HTTP, and the user
// name), or any URI. The backend is created here, so a bad entry is reported in the dialog, next
// to the field, and the text is kept.
//
// The password is not typed here: it comes from the system keychain or, when the keychain has
// none or the host refuses it, from the credentials dialog the connection opens. That keeps one
// place where a password is typed (with "Remember"), and keeps it out of the URI history.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(const BackendFactory *factory, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setHistory(const QStringList &uris);
    void setUri(const QString &uri);
    QString uri() const;
    // The backend created on OK; the caller takes it.
    std::unique_ptr<HostBackend> takeBackend();
    QString errorText() const;

    // Another computer (Hyper-V over WS-Management): "wsman+https://host:port" or
    // "wsman+http://host:port", or a null string and *error naming the field at fault.
    QString hyperVUri(Error *error = nullptr) const;
    // "host:port" of that computer, as its credentials and certificate are filed; empty when the
    // entry is not valid.
    QString hyperVEndpoint() const;
    QString hyperVUser() const;
    static constexpr int HttpsPort = 5986;
    static constexpr int HttpPort = 5985;

public slots:
    void accept() override;

signals:
    // Emitted on Connect, before the backend is created: the user name to offer when the
    // connection asks for credentials.
    void userChosen(const QString &endpoint, const QString &user);

private:
    void onHttpsToggled(bool https);
    void updateConnectButton();
    void showError(const Error &error);
    QString hostText(Error *error) const;

    const BackendFactory *m_factory;
    QRadioButton *m_demo;
    QRadioButton *m_local; // the local computer's hypervisor through libvirt, when this build has it
    QRadioButton *m_hyperV;
    QRadioButton *m_other;
    QWidget *m_hyperVBox;
    QLineEdit *m_host;
    NumberEdit *m_port;
    QCheckBox *m_https;
    QLabel *m_httpWarning;
    QCheckBox *m_httpConsent;
    QLineEdit *m_user;
    QComboBox *m_uri;
    QLabel *m_error;
    QPushButton *m_connect;
    std::unique_ptr<HostBackend> m_backend;
};

} // namespace hvdesk
