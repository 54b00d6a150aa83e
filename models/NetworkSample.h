#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hvdesk {

// How a VM adapter's receive traffic reaches the guest.
enum class ReceivePath {
    NotConnected, // not on an external switch, or the VM is not running
    SrIov,        // an active virtual function: DMA to the guest, no host core touches it
    Vmq,          // its own VM queue, tied to one core
    Rss,          // the default queue, spread by RSS over several cores
    DefaultQueue, // the default queue on the NIC's base core
};

// Why packets of a VM adapter were dropped (the largest share wins).
enum class DropCause {
    None,
    MaximumBandwidth,  // the adapter's maximum bandwidth cap
    LinkCongestion,    // the physical link is full (after reservations and weights)
    HostCoreSaturated, // the core carrying its receive work is at 100 %
    VmBusBuffer,       // the guest's VMBus receive buffer overflowed
};

// One logical processor of the root partition in one sample.
struct CoreSample
{
    double percent = 0;        // % interrupt + DPC time
    double packetsPerSec = 0;  // received packets processed on this core
    bool hyperThreadSibling = false; // the second thread of a core: VMQ and RSS skip it
    // Hosts that count them (Linux /proc/net/softnet_stat): packets dropped because the core's
    // backlog was full, and receive rounds cut short for lack of budget or time.
    double droppedPerSec = 0;
    double timeSqueezePerSec = 0;
    bool operator==(const CoreSample &) const = default;
};

// One receive queue of a NIC and the core it is tied to.
struct QueueAssignment
{
    QString nic;
    int queue = -1;            // -1: the default queue
    int core = 0;
    QString vmId;              // empty for the default queue
    QString vmName;
    double packetsPerSec = 0;  // negative: the host does not count packets per queue
    QString irqName;           // the queue's interrupt where the host names it ("eth0-rx-0", "virtio2-input.0")
    double interruptsPerSec = 0;
    bool operator==(const QueueAssignment &) const = default;
};

// One VM network adapter's traffic in one sample. Rates are in Mbit/s.
struct FlowSample
{
    QString vmId;
    QString vmName;
    QString adapterId;
    QString adapterName;
    QString nic;               // the physical NIC behind its switch
    ReceivePath path = ReceivePath::NotConnected;
    int core = -1;             // the core of its queue (Vmq, DefaultQueue); -1 otherwise
    double offeredInMbps = 0;
    double deliveredInMbps = 0;
    double offeredOutMbps = 0;
    double deliveredOutMbps = 0;
    double receivedPacketsPerSec = 0; // delivered to the guest
    double droppedPacketsPerSec = 0;
    double droppedInMbps = 0;
    DropCause dropCause = DropCause::None;
    double hostCorePercent = 0; // the host core time its receive work costs (sum over cores)
    int ipsecSasOffloaded = 0;
    int ipsecSasInGuest = 0;
    double guestIpsecCpuPercent = 0; // % of one virtual processor spent on IPsec in the guest
    bool operator==(const FlowSample &) const = default;
};

// What one host's network processing looked like at one moment: per core, per queue, per VM.
struct NetworkSample
{
    QString hostName;
    qint64 timeMs = 0;         // simulated or host time of the sample
    bool hyperThreading = false;
    QList<CoreSample> cores;
    QList<QueueAssignment> queues;
    QList<FlowSample> flows;
    // What this sample lacks and why (e.g. no /proc/interrupts in a container), for the view to
    // say instead of showing invented figures.
    QStringList notes;

    int flowIndex(const QString &vmId) const;
    bool operator==(const NetworkSample &) const = default;
};

class NetworkNames
{
    Q_DECLARE_TR_FUNCTIONS(NetworkNames)
public:
    static QString displayName(ReceivePath path);
    static QString displayName(DropCause cause);
    // "VMQ, CPU 4", "SR-IOV", "RSS", "Default queue, CPU 0"
    static QString pathText(const FlowSample &flow);
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::NetworkSample)
