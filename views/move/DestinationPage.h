#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hvdesk {

class HostBackend;

// Specify Destination: the hosts of every connection with their free memory and whether live
// migration is enabled. Another host of the VMs' own connection can be chosen, and a host of
// another connection where the VMs' connection can move VMs there (libvirt to libvirt), with the
// URI the move reaches it at; the others say why not.
class DestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DestinationPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Chooses a host by name (tests, keyboard users typing ahead), on `backend` when given;
    // false when not selectable.
    bool selectHost(const QString &name, HostBackend *backend = nullptr);
    // Why Next is disabled ("" when the page is complete).
    QString incompleteReason() const;

private:
    QString selectedHost() const;
    HostBackend *selectedBackend() const;
    void updateUri();
    void updateReason();

    QTreeWidget *m_hosts;
    QLabel *m_note;
    QLabel *m_uriLabel;
    QLineEdit *m_uri;
    QLabel *m_reason;
};

} // namespace hvdesk
