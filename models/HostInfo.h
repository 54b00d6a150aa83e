#pragma once

#include "NetworkAdapterSettings.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hvdesk {

enum class ConnectionState {
    Disconnected,
    Connecting,
    Connected,
    Stale,  // the connection dropped: what is shown is the last known state
    Failed, // never connected; see the backend's last error
};

struct RssSettings
{
    bool enabled = true;
    int baseProcessor = 0;
    int maxProcessors = 8;
    int queues = 8;
    bool operator==(const RssSettings &) const = default;
};

struct VmqSettings
{
    bool enabled = true;
    int queues = 0;          // hardware receive queues for VMs
    int baseProcessor = 0;
    int maxProcessors = 8;
    bool dynamic = true;     // dynamic VMQ (Windows Server 2012) rebalances queues over cores
    bool operator==(const VmqSettings &) const = default;
};

struct PhysicalNic
{
    QString name;                 // e.g. "Ethernet 2"
    QString description;          // e.g. "Intel(R) Ethernet Server Adapter X520-2"
    quint64 linkSpeedBps = 10'000'000'000ULL;
    RssSettings rss;
    VmqSettings vmq;
    bool sriovSupported = false;
    int sriovVirtualFunctions = 0; // typically 4, 32 or 64, up to 256
    quint32 ipsecOffloadCapacity = 0; // security associations
    bool checksumOffload = true;
    bool largeSendOffload = true;
    bool operator==(const PhysicalNic &) const = default;
};

enum class SwitchType { External, Internal, Private };

struct VirtualSwitch
{
    QString name;                 // case-sensitive
    SwitchType type = SwitchType::External;
    QString boundNic;             // PhysicalNic::name for external switches
    bool iovEnabled = false;      // chosen at creation (New-VMSwitch -EnableIov)
    BandwidthReservationMode reservationMode = BandwidthReservationMode::Default;
    QStringList iovSupportReasons; // why SR-IOV is not usable, empty when it is
    // Capacity as Get-VMSwitch shows it.
    int availableVmQueues = 0;
    int vmqAllocated = 0;
    quint32 availableIpsecSa = 0;
    quint32 ipsecSaAllocated = 0;
    int iovVirtualFunctionCount = 0;
    int iovVirtualFunctionsInUse = 0;
    bool operator==(const VirtualSwitch &) const = default;
};

enum class MigrationAuthentication { CredSSP, Kerberos };
enum class MigrationPerformance { TcpIp, Compression, Smb };

struct HostMigrationSettings
{
    static constexpr int DefaultSimultaneous = 2;
    bool liveMigrationEnabled = false;
    int simultaneousLiveMigrations = DefaultSimultaneous;
    int simultaneousStorageMigrations = DefaultSimultaneous;
    QStringList migrationNetworks; // subnets in preference order, e.g. "10.0.2.0/24"
    MigrationAuthentication authentication = MigrationAuthentication::CredSSP;
    MigrationPerformance performance = MigrationPerformance::Compression;
    bool operator==(const HostMigrationSettings &) const = default;
};

// A volume a host stores VM files on: a local disk or a Cluster Shared Volume that every node
// of the host's cluster sees under the same path.
struct StorageVolume
{
    QString path;                // e.g. "C:\\ClusterStorage\\Volume1" or "D:\\"
    quint64 capacityBytes = 0;
    quint64 freeBytes = 0;
    bool clusterShared = false;  // a CSV: the cluster's other nodes see the same files
    bool operator==(const StorageVolume &) const = default;
};

struct HostInfo
{
    QString name;                 // the host's computer name, unique within its backend
    QString cluster;              // failover cluster name, empty for a standalone host
    QString osName;               // e.g. "Windows Server 2012 Datacenter"
    QString osBuild;              // e.g. "6.2.9200"
    QString processorVendor;      // "GenuineIntel", "AuthenticAMD"
    QString processorModel;
    int logicalProcessors = 0;
    bool hyperThreading = false;  // logical processors come in sibling pairs
    quint64 memoryBytes = 0;
    quint64 memoryAvailableBytes = 0;
    QString integrationServicesVersion; // the version the host offers its guests
    // Guests bring their own integration services, from their own packages (libvirt: the QEMU
    // guest agent): there is no host version to compare a guest with.
    bool guestProvidedIntegration = false;
    int maxConfigurationVersion = 0;    // e.g. 50 for "5.0"; see ConfigurationVersion
    QList<PhysicalNic> nics;
    QList<VirtualSwitch> switches;
    HostMigrationSettings migration;
    QList<StorageVolume> volumes; // where VM files can live, with free space
    ConnectionState connection = ConnectionState::Connected;

    const VirtualSwitch *findSwitch(const QString &switchName) const; // exact, case-sensitive
    const PhysicalNic *findNic(const QString &nicName) const;
    // The volume holding `path` (longest matching root, compared as Windows does: case-insensitive).
    const StorageVolume *findVolume(const QString &path) const;
    bool operator==(const HostInfo &) const = default;
};

class HostNames
{
    Q_DECLARE_TR_FUNCTIONS(HostNames)
public:
    static QString displayName(ConnectionState state);
    static QString displayName(SwitchType type);
    static QString key(SwitchType type);
    static QString displayName(MigrationAuthentication auth);
    static QString displayName(MigrationPerformance perf);
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::HostInfo)
Q_DECLARE_METATYPE(hvdesk::ConnectionState)
