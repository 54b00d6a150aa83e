#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace hvdesk {

class ConnectionManager;
class HostBackend;
class IntegrationReportModel;
class IntegrationReportProxy;
class IntegrationUpgrades;

// Tools > Integration Services Report: every VM of every connected host with its guest and
// host versions and the verdict, filterable and sortable, with a one-line summary, the
// cluster and host findings, CSV export, the bulk setup disk upgrade, and the equivalent of
// each host's Hyper-V-Integration warnings.
class IntegrationReportWindow : public QWidget
{
    Q_OBJECT

public:
    IntegrationReportWindow(ConnectionManager *connections, IntegrationUpgrades *upgrades, QWidget *parent = nullptr);

    IntegrationReportModel *model() const { return m_model; }
    IntegrationReportProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTreeWidget *events() const { return m_events; }
    QString summaryText() const;

    // Writes the selected rows (every shown row when none is selected) as CSV.
    bool exportCsv(const QString &path, QString *error = nullptr);
    // The source rows that an export or an upgrade acts on.
    QList<int> chosenRows() const;
    // Shows the Hyper-V-Integration events of one host (empty: every host).
    void showEvents(const QString &hostName);
    // Reads summary, findings and events again (the model reports changes on its own).
    void refresh();


signals:
    // The user asked to see this VM in the main window.
    void vmActivated(hvdesk::HostBackend *backend, const QString &vmId);

private:
    void scheduleRefresh();
    void setStatus(const QString &text);
    void refreshEvents();
    void onExport();
    void onUpgradeSelected();
    void onShowHostEvents();
    void applyVerdictFilter();

    ConnectionManager *m_connections;
    IntegrationUpgrades *m_upgrades;
    IntegrationReportModel *m_model;
    IntegrationReportProxy *m_proxy;
    QLabel *m_summary;
    QLabel *m_findings;
    QTabWidget *m_tabs;
    QComboBox *m_verdictFilter;
    QLineEdit *m_textFilter;
    QTableView *m_table;
    QPushButton *m_upgradeButton;
    QPushButton *m_eventsButton;
    QPushButton *m_exportButton;
    QComboBox *m_eventHost;
    QTreeWidget *m_events;
    QLabel *m_eventDetail;
    QLabel *m_status;
    bool m_refreshPending = false;
};

} // namespace hvdesk
