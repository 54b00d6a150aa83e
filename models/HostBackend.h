#pragma once

#include "Capabilities.h"
#include "Error.h"
#include "HostInfo.h"
#include "Job.h"
#include "MigrationCompatibility.h"
#include "MigrationRequest.h"
#include "NetworkSample.h"
#include "NicReceiveScaling.h"
#include "VmInfo.h"
#include "VmSettings.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace hvdesk {

// One connection to one or more Hyper-V hosts (a simulator, a remote host over WS-Management,
// the local libvirt daemon). It keeps the last known inventory; when the connection drops the
// inventory stays, marked Stale. Every change is asynchronous and returns a Job. All calls are
// made, and all signals emitted, on the thread the backend lives in (the GUI thread); a backend
// that uses blocking libraries does that work on a worker thread of its own.
class HostBackend : public QObject
{
    Q_OBJECT

public:
    explicit HostBackend(QObject *parent = nullptr);
    ~HostBackend() override;

    virtual QString uri() const = 0;
    virtual QString displayName() const = 0;
    virtual Capabilities capabilities() const = 0;
    bool can(Capability c) const { return capabilities().testFlag(c); }

    ConnectionState connectionState() const { return m_connectionState; }
    Error lastError() const { return m_lastError; }

    // Connects and loads the inventory; the outcome arrives as connectionStateChanged.
    virtual void open() = 0;
    virtual void close() = 0;
    // Asks for a fresh inventory now (live values arrive on their own).
    virtual void refresh() = 0;
    // Connects again now, after a failure or while the connection is lost (Retry). The default
    // closes and opens.
    virtual void reconnect();
    // While connecting: the milliseconds left before the attempt gives up (every request and
    // retry included); -1 when there is no deadline.
    qint64 connectMsLeft() const;

    // The inventory. VM indexes are stable until inventoryReset().
    virtual QList<HostInfo> hosts() const = 0;
    virtual int vmCount() const = 0;
    virtual const VmInfo &vmAt(int index) const = 0;
    virtual int indexOfVm(const QString &vmId) const = 0;
    // Values that cost a call per item on some hosts (a remote disk's virtual size) are read
    // for the VM whose details or settings are shown, not for every VM at load; they arrive as
    // vmsChanged. Cheap to call again: what was read is kept. The default does nothing (the
    // inventory already holds everything).
    virtual void loadVmDetails(const QString &vmId);
    const VmInfo *findVm(const QString &vmId) const;
    std::optional<HostInfo> host(const QString &hostName) const;

    // Changes. Each returns a job already known to jobStarted's listeners; a request that is
    // illegal from the start returns a job that has already failed, with the reason.
    virtual JobPtr changeVmState(const QString &vmId, VmAction action) = 0;
    virtual JobPtr applyVmSettings(const VmSettingsChange &change) = 0;
    virtual JobPtr migrate(const MigrationRequest &request) = 0;

    // --- Moves (Capability::LiveMigration, SharedNothingMigration, StorageMigration) ---
    // Whether this connection moves its VMs to hosts of `destination`. The default: only within
    // this connection. A backend whose hypervisor migrates to another host by URI (libvirt)
    // accepts other connections of its kind.
    virtual bool canMigrateTo(const HostBackend *destination) const;
    // How a move from another connection reaches `hostName` of this one (libvirt: the URI the
    // source host's libvirtd opens, qemu+ssh://host/system); empty: it cannot be reached so.
    virtual QString migrationUri(const QString &hostName) const;
    // The compatibility report of a move (the Move wizard's Compatibility page). The default is
    // every rule of MigrationCompatibility; a backend keeps the rules that apply to its
    // hypervisor and adds its own. `destination` is the destination host's connection. Checks
    // that need the destination host answer later: migrationChecksChanged says so.
    virtual Diagnostics migrationChecks(const MigrationCheckInput &input, const HostBackend *destination) const;
    // Whether a move lets the user choose where each file goes (Hyper-V's Move-VM). libvirt
    // copies each disk to the same path on the destination, so its moves do not.
    virtual bool migrationChoosesPaths() const;
    // The move as the hypervisor's own command line, for the Summary page ("virsh migrate ...");
    // empty: the wizard shows Move-VM.
    virtual QString migrationCommand(const VmInfo &vm, const MigrationRequest &request) const;
    // Hyper-V Settings > Live Migrations / Storage Migrations of one host (Capability::
    // HostMigrationSettings). The default refuses with the reason, for backends without it.
    virtual JobPtr applyHostMigrationSettings(const QString &hostName, const HostMigrationSettings &settings);

    // Integration services and configuration version (DOMAIN.md section 4). Optional: a backend
    // without Capability::IntegrationServicesUpgrade / ConfigurationVersionUpgrade keeps these
    // defaults, which return a failed job naming the missing capability.
    // "Insert Integration Services Setup Disk": runs setup in the guest; on success the new
    // version is pending (IntegrationServicesInfo::pendingVersion) until the guest restarts.
    virtual JobPtr insertIntegrationServicesSetupDisk(const QString &vmId);
    // Update-VMVersion: raises an Off VM's configuration version to its host's highest. One way.
    virtual JobPtr upgradeConfigurationVersion(const QString &vmId);

    // --- Host network processing (Capability::NetworkSamples, Capability::NicReceiveScaling) ---
    // Subscribing starts sampling a host's per-core receive processing; samples arrive as
    // networkSampled, about ten a second. Reference counted: each subscribe needs an unsubscribe.
    // The defaults do nothing, for backends without the capability.
    virtual void subscribeNetworkSamples(const QString &hostName);
    virtual void unsubscribeNetworkSamples(const QString &hostName);
    // Switches a host NIC between RSS, static or dynamic VMQ, and neither, as one job.
    virtual JobPtr setNicReceiveScaling(const QString &hostName, const QString &nicName,
                                        const NicReceiveScaling &scaling);

    // --- The VM's native definition (Capability::DefinitionXml) ---
    // The VM's configuration as the hypervisor stores it (a libvirt domain XML), as last loaded;
    // read-only. The default returns an empty string, for backends without the capability.
    virtual QString vmDefinitionXml(const QString &vmId) const;

    // Why this connection lacks a capability, in the hypervisor's terms (e.g. "libvirt has no
    // IPsec task offload"), for the pages' disabled controls; empty: the generic reason is shown.
    virtual QString missingCapabilityReason(Capability capability) const;

signals:
    void connectionStateChanged(hvdesk::ConnectionState state);
    // Hosts or the set of VMs changed: indexes are no longer valid.
    void inventoryAboutToReset();
    void inventoryReset();
    // Host values changed (capacity, settings, connection).
    void hostsChanged();
    // Values of these VMs changed; one signal per refresh, carrying every changed VM.
    void vmsChanged(const QList<int> &indexes);
    void jobStarted(hvdesk::JobPtr job);
    // One sample of a subscribed host's network processing.
    void networkSampled(const hvdesk::NetworkSample &sample);
    // migrationChecks() has more to say (a check made on the destination host has answered).
    void migrationChecksChanged();

protected:
    JobPtr unsupported(const QString &title, const QString &vmId, Capability capability);
    void setConnectionState(ConnectionState state, const Error &error = Error());
    // When the connection attempt under way gives up; QDeadlineTimer::Forever: none.
    void setConnectDeadline(QDeadlineTimer deadline) { m_connectDeadline = deadline; }

private:
    QDeadlineTimer m_connectDeadline { QDeadlineTimer::Forever };
    ConnectionState m_connectionState = ConnectionState::Disconnected;
    Error m_lastError;
};

} // namespace hvdesk
