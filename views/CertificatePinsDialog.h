#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hvdesk {

class SettingsCertificatePinStore;

// Tools > Trusted Certificates: the certificates the user trusted, per server, and Remove. This
// is the fix that "the certificate changed" points to: remove the old pin, connect, and compare
// the new fingerprint.
class CertificatePinsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificatePinsDialog(SettingsCertificatePinStore *pins, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    // Selects the row of an endpoint (the one an error named); false when it is not pinned.
    bool selectEndpoint(const QString &endpoint);

public slots:
    void removeSelected();

private:
    void reload();
    void updateButtons();

    SettingsCertificatePinStore *m_pins;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_remove;
};

} // namespace hvdesk
