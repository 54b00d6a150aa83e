#pragma once

#include "GuestAgent.h"
#include "MigrationApi.h"
#include "NetworkSampler.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/NetworkSample.h>
#include <models/VmInfo.h>
#include <models/VmState.h>

#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

struct _virConnect;
struct _virDomain;

namespace hvdesk::local {

// Bandwidth of one interface in libvirt's units (KiB/s; 0 = not set).
struct InterfaceBandwidth
{
    QString mac;           // as libvirt writes it, aa:bb:cc:dd:ee:ff
    QString name;          // the adapter's name, for the job's applied parts
    quint32 averageKiB = 0;
    quint32 floorKiB = 0;  // only type='network' interfaces accept a floor
};

// Owns the libvirt connection on a worker thread: every blocking libvirt call happens here.
// The backend calls its methods through queued invocations and receives results as signals.
class LibvirtWorker : public QObject
{
    Q_OBJECT

public:
    explicit LibvirtWorker(QObject *parent = nullptr);
    ~LibvirtWorker() override;

    // All of these run on the worker's thread.
    void openConnection(const QString &uri);
    void closeConnection();
    void reload();
    void runAction(quint64 jobId, const QString &uuid, hvdesk::VmAction action);
    void setBandwidth(quint64 jobId, const QString &uuid, const QList<hvdesk::local::InterfaceBandwidth> &interfaces);

    // From libvirt's event thread: a domain's lifecycle changed; reloads once on the worker.
    void scheduleReload();

    // The host's /proc and /sys, under `root` ("/" normally), for the NICs of the host and the
    // per-core network samples. Only for a connection to this computer: `local` is false for
    // remote URIs (qemu+ssh://...), whose host's files are not here.
    void setFileRoot(const QString &root, bool local);
    // Samples every `intervalMs` until stopped; each sample arrives as networkSampled.
    void startSampling(int intervalMs);
    void stopSampling();
    void sampleOnce();

    // Moves. The API is made for each connection the worker opens (tests give a fake).
    void setMigrationApiFactory(hvdesk::local::MigrationApiFactory factory);
    // Starts a move: virDomainMigrateToURI3 blocks, so it runs on a thread of its own while
    // the worker polls the job's statistics and stays free for everything else.
    void runMigration(quint64 jobId, const QString &uuid, const hvdesk::local::MigrationParams &params);
    void abortMigration(quint64 jobId);
    // virConnectCompareCPU against this connection's host, for another connection's move.
    void compareCpu(quint64 requestId, const QString &cpuXml);

    // The QEMU guest agent's calls (tests give recorded replies). Set before open.
    void setGuestAgentApiFactory(hvdesk::local::GuestAgentApiFactory factory);
    // From libvirt's event thread: a domain's agent connected or went away.
    void agentChanged(const QString &uuid);

signals:
    void opened(const hvdesk::Error &error);
    void inventoryLoaded(const hvdesk::HostInfo &host, const QList<hvdesk::VmInfo> &vms, const QStringList &xmls);
    void actionFinished(quint64 jobId, const hvdesk::Error &error);
    // Before a failed actionFinished of a change made call by call: the parts that took effect.
    void partsApplied(quint64 jobId, const QStringList &parts);
    void domainEvent(const QString &uuid, int event);
    void connectionLost(const hvdesk::Error &error);
    void networkSampled(const hvdesk::NetworkSample &sample);
    // The host's <cpu> from libvirt's capabilities, once per connection.
    void hostCpuLoaded(const QString &xml);
    void networksLoaded(const QStringList &names);
    void migrationProgress(quint64 jobId, int percent, const QString &phase);
    void migrationFinished(quint64 jobId, bool ok, const hvdesk::local::LibvirtFailure &failure);
    void cpuCompared(quint64 requestId, int result, const hvdesk::local::LibvirtFailure &failure);

private:
    Error lastLibvirtError(const QString &what) const;
    _virDomain *lookup(const QString &uuid, Error *error) const;
    HostInfo loadHost(const QList<VmInfo> &vms, const QStringList &xmls);
    // The host NIC an interface's traffic crosses: the forward device or physical bridge port
    // of its network, the physical port of its bridge, or the default route's device for NAT.
    QString hostNicOf(const QString &source) const;
    QString findHostNic(const QString &source) const;
    void loadNetworks();
    void loadPools(HostInfo *host) const;
    // SR-IOV from the node device API: physical functions and their virtual functions as the
    // host's NICs and the switches' counters, and each VM's virtual function.
    void loadSriov(HostInfo *host, QList<VmInfo> *vms) const;
    void rememberRunning(_virDomain *domain, const VmInfo &vm);
    void forgetRunning();
    // What the guest agent of a domain says: from a cache, asked again when the domain
    // restarted, the agent's channel changed, or the answer is older than AgentRefreshMs.
    IntegrationServicesInfo guestAgent(_virDomain *domain, VmInfo *vm, const QString &xml);
    void pollMigration(quint64 jobId);
    void onMigrationDone(quint64 jobId, bool ok, const LibvirtFailure &failure);
    void endMigrations();

    _virConnect *m_conn = nullptr;
    int m_lifecycleCallback = -1;
    std::atomic<bool> m_reloadPending{false};
    QString m_hostName;
    struct CpuSample
    {
        quint64 cpuTimeNs = 0;
        qint64 wallMs = 0;
    };
    QHash<QString, CpuSample> m_cpu;

    // Network sampling.
    struct Network
    {
        QString bridge;
        QString forwardMode; // "nat", "route", "bridge", "hostdev", ... empty: isolated
        QString forwardDev;
        bool forwards = false;
    };
    QHash<QString, Network> m_networks;
    mutable QHash<QString, QString> m_nicOfSource; // network or bridge -> host NIC, for one reload
    QString m_root = QStringLiteral("/");
    bool m_local = false;
    std::unique_ptr<NetworkSampler> m_sampler;
    QTimer *m_sampleTimer = nullptr;
    struct RunningInterface
    {
        InterfaceCounters counters; // identity; the counters are filled at each sample
        QString mac;                // virDomainInterfaceStats takes the MAC address
    };
    QHash<QString, _virDomain *> m_running; // uuid -> a reference to the running domain
    QString m_hostCpuVendor;
    QString m_hostCpuModel;

    MigrationApiFactory m_apiFactory;
    std::unique_ptr<MigrationApi> m_api;
    struct ActiveMigration
    {
        QString uuid;
        QThread *thread = nullptr;
        QTimer *poll = nullptr;
        bool abortRequested = false;
    };
    QHash<quint64, ActiveMigration> m_migrations;

    static constexpr qint64 AgentRefreshMs = 60'000;
    GuestAgentApiFactory m_agentFactory;
    std::unique_ptr<GuestAgentApi> m_agent;
    int m_agentCallback = -1;
    struct AgentAnswer
    {
        int domainId = -1;
        qint64 askedMs = 0;
        bool answered = false;
        std::optional<GuestAgent::Result> last; // the last answer, kept when the agent goes silent
    };
    QHash<QString, AgentAnswer> m_agentAnswers;
    QList<std::pair<QString, RunningInterface>> m_interfaces; // uuid, interface
};

} // namespace hvdesk::local

Q_DECLARE_METATYPE(hvdesk::local::InterfaceBandwidth)
