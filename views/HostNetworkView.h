#pragma once

#include <models/Error.h>
#include <models/Job.h>
#include <models/NetworkAdapterSettings.h>
#include <models/NetworkSample.h>
#include <models/NicReceiveScaling.h>

#include <QPointer>

#include <functional>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace hvdesk {

class CoreBarsWidget;
class CoreHeatmap;
class CoreLoadChart;
class HostBackend;
class NetworkFlowModel;
class NetworkHistory;
class QueueMapWidget;

// A host's network view: how receive work is spread over its logical processors, live. Per-core
// load over time (lines up to LineChartMaxCores cores, a heat map beyond), the current load per
// core with hyper-threaded siblings greyed, the queue-to-core map, and per VM offered versus
// delivered throughput with drops and their cause. Quick toggles: a VM's SR-IOV and VMQ (through
// applyVmSettings) and a NIC's RSS/VMQ mode (setNicReceiveScaling), gated on capabilities.
class HostNetworkView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int LineChartMaxCores = 32;

    HostNetworkView(HostBackend *backend, const QString &hostName, QWidget *parent = nullptr);
    ~HostNetworkView() override;

    HostBackend *backend() const { return m_backend; }
    QString hostName() const { return m_hostName; }
    NetworkHistory *history() const { return m_history; }
    NetworkFlowModel *flowModel() const { return m_flows; }
    bool usesHeatmap() const;

    void setRateHz(int hz);
    void setHistorySeconds(int seconds);
    void setPaused(bool paused);

    // Export of what is shown: the window as PNG, the per-core history as CSV.
    bool exportPng(const QString &path, Error *error = nullptr);
    bool exportCsv(const QString &path, Error *error = nullptr);

    // Quick toggles; each returns the job (already failed when the request is illegal).
    JobPtr setVmSrIov(const QString &vmId, bool on);
    JobPtr setVmVmq(const QString &vmId, bool on);
    JobPtr setReceiveScaling(const QString &nicName, const NicReceiveScaling &scaling);
    // The per-VM actions of a row of the flow table (actionUseSrIov, actionUseVmq), gated and
    // explained as VM Settings does; nullptr when the row has no adapter. The caller owns it.
    QMenu *flowContextMenu(int row, QWidget *parent = nullptr);
    // What the Receive scaling box does: asks first (the adapter restarts, interrupting the VMs on
    // its switch), then setReceiveScaling. nullptr when refused or nothing changes.
    JobPtr requestReceiveScaling(const QString &nicName, const NicReceiveScaling &scaling);
    // The running VMs whose network a restart of the host NIC interrupts (those on its switches).
    QStringList vmsInterruptedBy(const QString &nicName) const;

    // Redraws the charts from the history now (the view does so on every new point).
    void refreshCharts();


protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createToolBar();
    void onSample(const NetworkSample &sample);
    void onPointAdded();
    void updateNicControls();
    void updateSummary();
    void showFlowContextMenu(const QPoint &pos);
    void exportPngInteractive();
    void exportCsvInteractive();
    QString savePath(const QString &title, const QString &suggested, const QString &filter);
    JobPtr changeAdapter(const QString &vmId, const std::function<void(NetworkAdapterSettings &)> &edit);
    void watch(const JobPtr &job);

    QPointer<HostBackend> m_backend;
    QString m_hostName;
    bool m_subscribed = false;
    NetworkHistory *m_history;
    NetworkFlowModel *m_flows;
    QStackedWidget *m_timeStack = nullptr;
    CoreLoadChart *m_lines = nullptr;
    CoreHeatmap *m_heatmap = nullptr;
    CoreBarsWidget *m_bars = nullptr;
    QueueMapWidget *m_queueMap = nullptr;
    QTableView *m_flowView = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr; // what the host's samples lack, as the backend says
    QComboBox *m_rate = nullptr;
    QComboBox *m_length = nullptr;
    QComboBox *m_nic = nullptr;
    QComboBox *m_scaling = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
};

} // namespace hvdesk
