#pragma once

#include "VmActions.h"

#include <models/Job.h>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace hvdesk {

class ActionsPane;
class BackendFactory;
class CertificatePinsDialog;
class GuiConnectionPrompts;
class ProtocolLogDock;
class ProtocolLogModel;
class SettingsCertificatePinStore;
class ConnectionManager;
class HostBackend;
class HostNetworkView;
class HostTreeModel;
class IntegrationReportWindow;
class IntegrationUpgrades;
class JobListModel;
class JobsDock;
class SettingsDialog;
class MoveActions;
class VmDetailsPane;
class VmFilterProxyModel;
class VmListDecorator;
class VmListModel;

// Hyper-V Manager's window: servers on the left, their VMs in the middle with details below,
// actions on the right, jobs in the status bar and a dock. It receives the connections and the
// backend factory; it knows no backend.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window shows of remote connections, from the composition root. Each is optional:
    // without a log there is no Protocol Log, without pins no Trusted Certificates.
    struct RemoteViews
    {
        ProtocolLogModel *log = nullptr;             // View > Protocol Log
        SettingsCertificatePinStore *pins = nullptr; // Tools > Trusted Certificates
        GuiConnectionPrompts *prompts = nullptr;     // offered the user name typed in Connect to Server
    };

    MainWindow(ConnectionManager *connections, const BackendFactory *factory, QWidget *parent = nullptr);
    MainWindow(ConnectionManager *connections, const BackendFactory *factory, const RemoteViews &remote,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Creates a backend for `uri` and adds it; on failure returns false and *error says why.
    bool connectTo(const QString &uri, QString *error = nullptr);
    // The connections saved at the last close, to reopen at start.
    static QStringList savedConnections();

    QTableView *vmView() const { return m_vmView; }
    QTreeView *hostTree() const { return m_hostTree; }
    VmListModel *vmModel() const { return m_vmModel; }
    VmFilterProxyModel *vmProxy() const { return m_proxy; }
    VmDetailsPane *detailsPane() const { return m_details; }
    ActionsPane *actionsPane() const { return m_actionsPane; }
    VmActions *vmActions() const { return m_vmActions; }
    JobsDock *jobsDock() const { return m_jobsDock; }
    MoveActions *moveActions() const { return m_moveActions; }
    // Selects the VM in the list (clearing the name filter if it hides it); false if unknown.
    bool selectVm(const QString &vmId);

    // --- VM Settings dialog ---
    QAction *settingsAction() const { return m_settingsAction; }
    // Opens (or raises) the Settings dialog of the selected VM; nullptr when none can open.
    SettingsDialog *showVmSettings();
    // --- end VM Settings dialog ---
    // Integration services: the setup disk and configuration version actions, and the fleet report.
    IntegrationUpgrades *integrationUpgrades() const { return m_integrationUpgrades; }
    IntegrationReportWindow *showIntegrationReport();
    // --- Host network view ---
    // Opens (or raises) the network view of a host; nullptr when the backend has no samples.
    HostNetworkView *openNetworkView(HostBackend *backend, const QString &hostName);
    HostNetworkView *networkView(const QString &hostName) const;
    QAction *networkViewAction() const { return m_networkViewAction; }
    // --- Remote connections: protocol log, trusted certificates ---
    ProtocolLogDock *protocolLogDock() const { return m_protocolLogDock; } // nullptr without a log
    QAction *trustedCertificatesAction() const { return m_trustedCertificatesAction; }
    CertificatePinsDialog *showTrustedCertificates();
    // --- Connection state in the status bar: a failed or lost connection with its reason and
    // Retry, or the countdown of one connecting ---
    QWidget *connectionStatus() const { return m_connectionStatus; }
    QLabel *connectionStatusLabel() const { return m_connectionLabel; }
    QToolButton *connectionRetryButton() const { return m_retryButton; }
    // Tools > Ask Again Before Every Action: clears every "Don't ask me again"; enabled while one is set.
    QAction *askAgainAction() const { return m_askAgainAction; }
    void updateAskAgainAction();

public slots:
    void showConnectDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void restoreSettings();
    void saveSettings() const;
    void onHostSelectionChanged();
    void onVmSelectionChanged();
    void onVmAction(VmAction action, const QList<VmSelection> &selection);
    void onJobFinished(const JobPtr &job);
    void updateJobStatus();
    void updateActionsPane();
    void updateEmptyState();
    void removeSelectedServer();
    void refreshSelected();
    void showVmContextMenu(const QPoint &pos);
    void showAbout();
    HostBackend *selectedBackend(QString *hostName = nullptr) const;

    ConnectionManager *m_connections;
    const BackendFactory *m_factory;
    HostTreeModel *m_hostModel;
    VmListModel *m_vmModel;
    VmListDecorator *m_decorator;
    VmFilterProxyModel *m_proxy;
    JobListModel *m_jobModel;
    VmActions *m_vmActions;
    MoveActions *m_moveActions = nullptr; // Move... and Hyper-V Settings...

    QTreeView *m_hostTree = nullptr;
    QTableView *m_vmView = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_centre = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    VmDetailsPane *m_details = nullptr;
    ActionsPane *m_actionsPane = nullptr;
    JobsDock *m_jobsDock = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_jobProgress = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_removeServerAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_askAgainAction = nullptr;

    // --- VM Settings dialog ---
    void updateSettingsAction();
    QAction *m_settingsAction = nullptr;
    QHash<QString, QPointer<SettingsDialog>> m_settingsDialogs; // per VM id: one dialog each
    // --- end VM Settings dialog ---
    // Integration services.
    IntegrationUpgrades *m_integrationUpgrades = nullptr;
    // Upgrade jobs started before their command reached the details pane, and the pane's
    // serial of that command, so that jobs started later join it.
    QList<JobPtr> m_upgradeJobs;
    int m_upgradeCommand = -1;
    IntegrationReportWindow *m_integrationReport = nullptr;
    QAction *m_integrationReportAction = nullptr;
    // --- Host network view ---
    void updateNetworkViewAction();
    QAction *m_networkViewAction = nullptr;
    QHash<QString, QPointer<HostNetworkView>> m_networkViews; // by backend URI and host
    // --- Remote connections ---
    RemoteViews m_remote;
    ProtocolLogDock *m_protocolLogDock = nullptr;
    QAction *m_trustedCertificatesAction = nullptr;
    QPointer<CertificatePinsDialog> m_pinsDialog;
    // --- Connection state in the status bar ---
    void updateConnectionStatus();
    void retryConnections();
    QWidget *m_connectionStatus = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QToolButton *m_retryButton = nullptr;
};

} // namespace hvdesk
