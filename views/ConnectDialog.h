#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QRadioButton;

namespace hvdesk {

class BackendFactory;
class HostBackend;

// "Connect to Server": the demo simulator, or another computer by URI. The backend is created
// here, so a bad URI is reported in the dialog, next to the field, and the text is kept.
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

public slots:
    void accept() override;

private:
    const BackendFactory *m_factory;
    QRadioButton *m_demo;
    QRadioButton *m_local; // the local computer's hypervisor through libvirt, when this build has it
    QRadioButton *m_other;
    QComboBox *m_uri;
    QLabel *m_error;
    std::unique_ptr<HostBackend> m_backend;
};

} // namespace hvdesk
