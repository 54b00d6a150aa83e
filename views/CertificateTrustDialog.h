#pragma once

#include <models/RemoteAccess.h>

#include <QDialog>

class QLabel;
class QPushButton;

namespace hvdesk {

// "Verify the server's certificate": what hvdesk knows about a certificate it cannot verify, the
// SHA-256 fingerprint to compare with the host's, and what trusting it means (it is pinned; a
// different certificate later is refused). Cancel is the default: Enter does not trust.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateTrustDialog(const CertificateQuestion &question, QWidget *parent = nullptr);

    const CertificateQuestion &question() const { return m_question; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The fingerprint on two lines of sixteen bytes, as it fits a dialog.
    static QString wrappedFingerprint(const QString &sha256);

protected:
    void showEvent(QShowEvent *event) override;

private:
    CertificateQuestion m_question;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace hvdesk
