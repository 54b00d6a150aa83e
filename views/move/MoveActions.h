#pragma once

#include <views/VmActions.h>

#include <QObject>
#include <QPointer>

class QAction;

namespace hvdesk {

class ConnectionManager;
class HostBackend;
class HostMigrationSettingsDialog;
class MoveWizard;

// "Move..." for the selected VMs (one or several of one connection, to one host) and
// "Hyper-V Settings..." for the selected host, with their enablement and reasons. Opens the
// Move wizard and the host migration settings dialog window-modal, without blocking.
class MoveActions : public QObject
{
    Q_OBJECT

public:
    MoveActions(ConnectionManager *connections, QWidget *window);

    QAction *moveAction() const { return m_move; }
    QAction *hostSettingsAction() const { return m_settings; }

    void setSelection(const QList<VmSelection> &selection);
    void setHost(HostBackend *backend, const QString &hostName);
    void update();

    MoveWizard *openMoveWizard();
    HostMigrationSettingsDialog *openHostSettings();
    MoveWizard *wizard() const;
    HostMigrationSettingsDialog *hostSettingsDialog() const;

private:
    QString moveProblem() const;

    ConnectionManager *m_connections;
    QWidget *m_window;
    QAction *m_move;
    QAction *m_settings;
    QList<VmSelection> m_selection;
    QPointer<HostBackend> m_hostBackend;
    QString m_hostName;
    QPointer<MoveWizard> m_wizard;
    QPointer<HostMigrationSettingsDialog> m_dialog;
};

} // namespace hvdesk
