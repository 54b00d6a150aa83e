#pragma once

#include "ProcNetStats.h"

#include <models/HostInfo.h>
#include <models/NetworkSample.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

namespace hvdesk::local {

// A network device of the host as /sys/class/net shows it.
struct NetDevice
{
    QString name; // "eth0"
    QString busId; // the name its device link points to: "virtio2", "0000:03:00.0"; empty: virtual
    QString driver; // "virtio_net", "ixgbe", "mlx5_core"
    int speedMbps = -1; // -1: not reported (virtual NICs, link down)
    int rxQueues = 0;
    int txQueues = 0;
    QList<int> rpsCpus; // the CPUs of every rx-*/rps_cpus mask together (receive packet steering)
    bool physical() const { return !busId.isEmpty(); }
};

// The counters of one running domain's interface (virDomainInterfaceStats: the guest's view, so
// rx is what the guest received).
struct InterfaceCounters
{
    QString vmId;
    QString vmName;
    QString adapterId;
    QString adapterName;
    QString nic; // the host NIC its traffic crosses, when known
    ReceivePath path = ReceivePath::DefaultQueue;
    bool valid = false; // the hypervisor reported counters
    qint64 rxBytes = 0;
    qint64 rxPackets = 0;
    qint64 rxDrop = 0;
    qint64 txBytes = 0;
    qint64 txPackets = 0;
};

// Everything one sampling tick reads, raw: rates come from the difference of two snapshots.
struct HostNetworkSnapshot
{
    qint64 timeMs = -1;
    QList<ProcNetStats::CpuTimes> cpuTimes;
    ProcNetStats::Interrupts interrupts;
    ProcNetStats::Softirqs softirqs;
    QList<ProcNetStats::SoftnetRow> softnet;
    QList<NetDevice> devices;
    QList<int> online; // online CPUs (/sys/devices/system/cpu/online, else the CPUs /proc/stat lists)
    int cpuCount = 0; // the highest CPU number any file mentions, plus one
    QList<int> secondThreads; // CPUs that are not the first thread of their core
    QList<InterfaceCounters> interfaces;
    QStringList missing; // what could not be read, as absolute paths on the host ("/proc/interrupts")
    qint64 staticReadMs = -1; // when devices, online CPUs and topology were read
    QStringList staticMissing;
};

// The local host's per-core network processing (DOMAIN.md section 3) from /proc and /sys: reads
// snapshots under a file root ("/" normally; tests point it at a captured tree) and turns two of
// them into the NetworkSample the network view shows. Tolerant: a missing file leaves its part
// of the sample empty and adds a note saying so; nothing is invented.
class NetworkSampler
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSampler)

public:
    // Rates are taken over about this long, not the last tick alone: /proc/stat counts in
    // jiffies (10 ms), so one 100 ms tick could only say 0, 10, 20 ... %.
    static constexpr int DefaultWindowMs = 1000;

    explicit NetworkSampler(QString root = QStringLiteral("/"));

    QString root() const { return m_root; }
    void setWindowMs(int ms) { m_windowMs = ms; }

    // Reads every file once (a few hundred microseconds; see the benchmark). With `previous`,
    // what rarely changes (devices, their queues, CPU topology) is taken from it instead.
    HostNetworkSnapshot read(qint64 timeMs, const HostNetworkSnapshot *previous = nullptr) const;
    // How long the devices and topology of a snapshot are reused before they are read again.
    static constexpr int StaticRefreshMs = 5000;
    QList<NetDevice> readDevices() const;
    // The physical port of a bridge (/sys/class/net/BR/brif), or the bridge itself when it is a
    // physical device; empty when it has none (an isolated or NAT bridge).
    QString physicalPortOf(const QString &bridge) const;
    // The device of the default IPv4 route (/proc/net/route): where NAT networks leave the host.
    QString defaultRouteDevice() const;

    // One tick: reads a snapshot (with the interface counters the caller collected at the same
    // moment), keeps it, and compares it with the oldest one inside the window. Empty (no
    // cores) until two snapshots exist.
    NetworkSample sample(const QString &hostName, qint64 timeMs, const QList<InterfaceCounters> &interfaces);
    void reset() { m_snapshots.clear(); }

    // The host's NICs for the network view's NIC list and summary: physical devices, with RSS
    // standing for several hardware receive queues or receive packet steering (rps_cpus).
    static QList<PhysicalNic> physicalNics(const QList<NetDevice> &devices, const ProcNetStats::Interrupts &interrupts);
    // Which device and queue an interrupt serves, from its name: "eth0-rx-0", "eth0-TxRx-3",
    // "virtio2-input.0" (virtio_net, through the device's bus id), "mlx5_comp3@pci:0000:3b:00.0",
    // "iwlwifi:queue_1" (through the driver). A bare device name is a single-queue device's only
    // vector (queue -1, the default queue) unless the device has numbered queue vectors too.
    struct QueueIrq
    {
        QString device;
        int queue = -1;
    };
    static std::optional<QueueIrq> queueIrq(
        const QString &irqName, const QList<NetDevice> &devices, const QStringList &allIrqNames = {});
    static NetworkSample compute(
        const QString &hostName, const HostNetworkSnapshot &before, const HostNetworkSnapshot &after);

private:
    QString path(const QString &absolute) const;
    QString readText(const QString &absolute, HostNetworkSnapshot *snapshot) const;
    void readStatic(HostNetworkSnapshot *snapshot) const;

    QString m_root;
    int m_windowMs = DefaultWindowMs;
    std::deque<HostNetworkSnapshot> m_snapshots;
};

} // namespace hvdesk::local
