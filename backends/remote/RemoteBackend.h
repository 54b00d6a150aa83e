#pragma once

#include "Channel.h"
#include "HostConnection.h"
#include "RemoteOperation.h"
#include "RemoteUri.h"

#include <models/HostBackend.h>
#include <models/RemoteAccess.h>

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace hvdesk::remote {

// Hyper-V hosts over WS-Management, as Hyper-V Manager manages them remotely: the WMI provider
// root/virtualization/v2 (and root/cimv2, root/StandardCimv2, root/MSCluster) over HTTPS, Basic
// authentication, one or several endpoints (hosts) per connection. Everything is asynchronous;
// the GUI thread never waits for a host. The inventory costs one enumeration per class per host,
// whatever the number of VMs; live values are polled with one enumeration and one summary call.
class RemoteBackend : public HostBackend
{
    Q_OBJECT

public:
    static constexpr int DefaultPollIntervalMs = 2000;
    static constexpr int NetworkPollIntervalMs = 1000; // per-core counters: once a second over the network

    RemoteBackend(RemoteUri uri, RemoteAccess access, ChannelFactory factory, QObject *parent = nullptr);
    ~RemoteBackend() override;

    // The factory's creators for "wsman+https" and "wsman+http", over HTTP(S).
    static std::unique_ptr<HostBackend> create(const QString &uri, const RemoteAccess &access, Error *error);
    // The same with another way to reach the endpoints (tests).
    static std::unique_ptr<HostBackend> create(
        const QString &uri, const RemoteAccess &access, const ChannelFactory &factory, Error *error);
    static QString schemeDescription();

    QString uri() const override { return m_uri.uri; }
    QString displayName() const override;
    Capabilities capabilities() const override;
    QString missingCapabilityReason(Capability capability) const override;
    void open() override;
    void close() override;
    void refresh() override;
    // Failed hosts connect again, lost ones at once.
    void reconnect() override;
    QList<HostInfo> hosts() const override;
    int vmCount() const override { return int(m_vms.size()); }
    const VmInfo &vmAt(int index) const override { return m_vms[index]; }
    int indexOfVm(const QString &vmId) const override { return m_vmIndex.value(vmId, -1); }
    // The virtual size of each of the VM's disks: one GetVirtualHardDiskSettingData per disk,
    // kept per host and path.
    void loadVmDetails(const QString &vmId) override;
    // hvdesk's own rules, then the source host's verdict: CheckVirtualSystemIsMigratableToHost,
    // asked once per distinct move (migrationChecksChanged when it answers).
    Diagnostics migrationChecks(const MigrationCheckInput &input, const HostBackend *destination) const override;
    JobPtr changeVmState(const QString &vmId, VmAction action) override;
    JobPtr applyVmSettings(const VmSettingsChange &change) override;
    JobPtr migrate(const MigrationRequest &request) override;
    JobPtr applyHostMigrationSettings(const QString &hostName, const HostMigrationSettings &settings) override;
    JobPtr insertIntegrationServicesSetupDisk(const QString &vmId) override;
    JobPtr upgradeConfigurationVersion(const QString &vmId) override;
    void subscribeNetworkSamples(const QString &hostName) override;
    void unsubscribeNetworkSamples(const QString &hostName) override;
    JobPtr setNicReceiveScaling(
        const QString &hostName, const QString &nicName, const NicReceiveScaling &scaling) override;

    // Round trips to every endpoint so far (retries included): what a load or a poll costs.
    int roundTrips() const;
    void setPollInterval(int ms);
    // How long connecting (loading) one host may take in all (HostConnection::ConnectDeadlineMs).
    void setLoadDeadline(int ms);
    const std::vector<std::unique_ptr<HostConnection>> &endpoints() const { return m_endpoints; }

private:
    HostConnection *addEndpoint(const EndpointAddress &address);
    HostConnection *endpointOfHost(const QString &hostName) const;
    HostConnection *endpointOfVm(const QString &vmId) const;
    void onEndpointLoaded(HostConnection *endpoint);
    void onEndpointPolled(HostConnection *endpoint, const QList<int> &changed);
    void updateConnectionState();
    void rebuildVms();
    void discoverClusterNodes();
    void pollAll();
    void pollNetwork();
    Error notConnectedError(const QString &what) const;
    // A job for a change: runs the steps, then reloads the endpoints it touched.
    JobPtr run(const QString &title, const QString &target, const QString &targetId, QList<RemoteOperation::Step> steps,
        const QList<HostConnection *> &reload, bool reportParts = false);
    JobPtr failed(const QString &title, const QString &target, const QString &targetId, const Error &error);
    QList<RemoteOperation::Step> settingsSteps(
        HostConnection *ep, const VmInfo &vm, const VmSettingsChange &change) const;
    // The parameters of MigrateVirtualSystemToHost and of CheckVirtualSystemIsMigratableToHost.
    QList<wsman::CimProperty> migrationParameters(
        HostConnection *ep, HostConnection *dest, const VmInfo &vm, const MigrationRequest &request) const;
    // The VM as its endpoint has it, with the details read so far (disk virtual sizes).
    VmInfo withDetails(const HostConnection *ep, VmInfo vm) const;

    RemoteUri m_uri;
    RemoteAccess m_access;
    ChannelFactory m_factory;
    std::vector<std::unique_ptr<HostConnection>> m_endpoints;
    QList<VmInfo> m_vms;
    QHash<QString, int> m_vmIndex;
    QList<HostConnection *> m_vmEndpoint; // per VM
    QHash<HostConnection *, QStringList> m_endpointVmIds; // the ids behind the current indexes
    JobWatcher m_watcher;
    QTimer m_pollTimer;
    QTimer m_networkTimer;
    QHash<QString, int> m_networkSubscribers;
    QHash<QString, bool> m_networkPolling;
    bool m_open = false;
    bool m_clusterDiscovered = false;
    int m_loadDeadlineMs = HostConnection::ConnectDeadlineMs;

    // The source host's answer to CheckVirtualSystemIsMigratableToHost, per move as asked.
    struct HostVerdict
    {
        bool pending = true;
        bool migratable = false;
        QStringList reasons;
        Error error; // the call itself failed
    };
    mutable QHash<QString, HostVerdict> m_verdicts;
    // Disk virtual sizes by host and path (lower case), and the reads under way.
    QHash<QString, quint64> m_diskSizes;
    QSet<QString> m_diskSizesAsked;
};

} // namespace hvdesk::remote
