#pragma once

#include "GuestAgent.h"
#include "MigrationApi.h"

#include <models/HostBackend.h>

#include <QHash>
#include <QThread>

#include <functional>
#include <memory>

namespace hvdesk::local {

class LibvirtWorker;

// The local computer's KVM/QEMU virtual machines through libvirt: "qemu:///system",
// "qemu:///session", "qemu+ssh://host/system", any libvirt URI, and libvirt's test hypervisor
// "test:///default" or "test:///path/to/driver.xml". libvirt is blocking, so a worker thread
// owns the connection; lifecycle events update the inventory without polling.
class LocalBackend : public HostBackend
{
    Q_OBJECT

public:
    explicit LocalBackend(QString uri, QObject *parent = nullptr);
    ~LocalBackend() override;

    // The factory's creator for the libvirt schemes (qemu, qemu+ssh, test, ...).
    static std::unique_ptr<HostBackend> create(const QString &uri, Error *error);
    static QString schemeDescription();
    // The URI schemes registered for this backend.
    static QStringList schemes();

    QString uri() const override { return m_uri; }
    QString displayName() const override;
    Capabilities capabilities() const override;
    void open() override;
    void close() override;
    void refresh() override;
    QList<HostInfo> hosts() const override;
    int vmCount() const override;
    const VmInfo &vmAt(int index) const override;
    int indexOfVm(const QString &vmId) const override;
    JobPtr changeVmState(const QString &vmId, VmAction action) override;
    JobPtr applyVmSettings(const VmSettingsChange &change) override;
    // Moves to a host of another libvirt connection: virDomainMigrateToURI3, live and peer to
    // peer, persistent on the destination and undefined on the source (with the disks for a
    // shared-nothing move), progress from the job's statistics, cancel with virDomainAbortJob.
    JobPtr migrate(const MigrationRequest &request) override;
    bool canMigrateTo(const HostBackend *destination) const override;
    QString migrationUri(const QString &hostName) const override;
    Diagnostics migrationChecks(const MigrationCheckInput &input, const HostBackend *destination) const override;
    bool migrationChoosesPaths() const override { return false; }
    QString migrationCommand(const VmInfo &vm, const MigrationRequest &request) const override;
    // The libvirt calls of a move, for tests (libvirt's test driver cannot migrate): set
    // before open().
    void setMigrationApiFactory(MigrationApiFactory factory);
    // The QEMU guest agent's calls, for tests (libvirt's test driver has no agent): before open().
    void setGuestAgentApiFactory(GuestAgentApiFactory factory);
    // The host's <cpu> as libvirt's capabilities describe it (for virConnectCompareCPU).
    QString hostCpuXml() const { return m_hostCpuXml; }
    // Compares `cpuXml` with this connection's host CPU on its worker; `done` runs on this
    // backend's thread with VIR_CPU_COMPARE_* (-1 and the failure on error).
    void compareCpu(const QString &cpuXml, std::function<void(int result, const LibvirtFailure &failure)> done);

    // Per-core network processing of this computer (Capability::NetworkSamples, for URIs
    // without a host part: qemu:///system, qemu:///session, test:///...): sampled from /proc and
    // /sys on the worker thread, about ten times a second, while someone subscribes.
    void subscribeNetworkSamples(const QString &hostName) override;
    void unsubscribeNetworkSamples(const QString &hostName) override;
    // Linux has no RSS/VMQ switch of the kind Hyper-V has: refused with the reason.
    JobPtr setNicReceiveScaling(const QString &hostName, const QString &nicName, const NicReceiveScaling &scaling) override;
    // Where the sampler and the host's NIC list read /proc and /sys ("/"; tests use a captured
    // tree), and how often it samples. Set before open().
    void setFileRoot(const QString &root);
    void setNetworkSampleIntervalMs(int ms);
    int networkSampleIntervalMs() const { return m_sampleIntervalMs; }
    // Whether the URI names this computer (no host part), so its /proc is the hypervisor's.
    bool isLocalHost() const { return m_localHost; }

    // The domain XML libvirt reported for a VM at the last load; empty when unknown.
    QString vmDefinitionXml(const QString &vmId) const override;
    QString missingCapabilityReason(Capability capability) const override;

signals:
    // A libvirt lifecycle event (VIR_DOMAIN_EVENT_*) for the domain with this UUID.
    void domainEventReceived(const QString &vmId, int event);

private:
    // Every libvirt connection of this process (GUI thread): a move looks up its destination's.
    static QList<LocalBackend *> &instances();
    MigrationParams migrationParams(const VmInfo &vm, const MigrationRequest &request) const;
    void onMigrationFinished(quint64 jobId, bool ok, const LibvirtFailure &failure);
    void onInventory(const HostInfo &host, const QList<VmInfo> &vms, const QStringList &xmls);
    void onOpened(const Error &error);
    void onActionFinished(quint64 jobId, const Error &error);
    JobPtr failedJob(const QString &title, const QString &vmId, const Error &error);
    Error notConnectedError() const;

    QString m_uri;
    QThread m_thread;
    LibvirtWorker *m_worker = nullptr;
    HostInfo m_host;
    bool m_hasHost = false;
    QList<VmInfo> m_vms;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_xml;
    QHash<quint64, JobPtr> m_jobs;
    bool m_localHost = false;
    QString m_hostCpuXml;
    QStringList m_networkNames; // libvirt networks, as opposed to host bridges
    quint64 m_nextCpuRequest = 1;
    QHash<quint64, std::function<void(int, const LibvirtFailure &)>> m_cpuRequests;
    // Processor comparisons with destinations, by destination URI (asked once per connection).
    struct CpuVerdict
    {
        bool pending = true;
        int result = -1;
        LibvirtFailure failure;
    };
    mutable QHash<QString, CpuVerdict> m_cpuVerdicts;
    struct Move
    {
        QString vmName;
        QString destinationUri;
    };
    QHash<quint64, Move> m_moves;
    int m_sampleIntervalMs = 100;
    int m_networkSubscribers = 0;
};

} // namespace hvdesk::local
