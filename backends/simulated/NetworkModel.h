#pragma once

#include "AdapterLoad.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/NetworkSample.h>
#include <models/NicReceiveScaling.h>
#include <models/VmInfo.h>
#include <models/VmSettings.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <vector>

namespace hvdesk::sim {

// The receive side of each simulated host's networking, stepped once per simulation tick for
// the hosts being sampled. Pure and deterministic. Per tick and NIC:
//  1. switch QoS shares the link: minimum reservations first (up to demand), then the rest by
//     weight (Weight mode) or fair share, every adapter capped by its maximum; adapters with an
//     active SR-IOV virtual function take the link first and bypass QoS;
//  2. receive work goes to cores: a VM queue's to its core (VMQ, first come first served; static
//     VMQ spreads the queues, dynamic VMQ starts them on the base core and moves the busiest queue
//     off a core above DynamicVmqThresholdPercent), the default queue's to the base core, or
//     spread over the RSS cores; hyper-threaded siblings are skipped; SR-IOV costs no host core;
//  3. a per-packet cost fills each core; a core at 100 % carries what fits and drops the rest;
//  4. the guest's VMBus receive buffer bounds its packet rate: buffer slots / deschedule time;
//  5. IPsec SAs offloaded within the NIC's capacity cost the guest nothing, the rest costs it CPU.
class NetworkModel
{
    Q_DECLARE_TR_FUNCTIONS(NetworkModel)

public:
    // Per-packet receive cost on a host core (unverified; chosen so that one core carries about
    // 3.5 Gbps of 1,500-byte packets through the default queue, as DOMAIN.md describes).
    static constexpr double SoftwarePacketCostNs = 3400; // default queue and RSS: switch and copy
    static constexpr double VmqPacketCostNs = 2000;      // a VM queue: the NIC already sorted it
    static constexpr double CoreCapacityNs = 1e9;        // one core-second per second
    static constexpr int VmBusSlotBytes = 1600;          // 1 MB holds 655 packets of 1,600 bytes
    static constexpr double IpsecGuestNsPerByte = 5;     // guest CPU for software IPsec (unverified)
    static constexpr double DynamicVmqThresholdPercent = 80;
    static constexpr qint64 DailyPeriodMs = 600'000;     // the demo's "day" lasts ten minutes
    static constexpr int MaxPendingSamples = 6000; // ten minutes of ticks, if nobody collects them
    static constexpr qint64 OffloadChangeMs = 500;  // a port offload change (VMQ, SR-IOV, IPsec weights)

    void setLoad(const QString &adapterId, const AdapterLoad &load) { m_loads.insert(adapterId, load); }
    AdapterLoad load(const QString &adapterId) const;

    void setSampling(int hostIndex, bool on);
    bool isSampling(int hostIndex) const;

    // Takes in a host's adapters after anything changed (VM state, settings, NIC settings).
    void rebuild(int hostIndex, const HostInfo &host, const QList<const VmInfo *> &vms);
    // Steps every sampled host to `nowMs` and queues its sample.
    void step(qint64 nowMs, const QList<HostInfo> &hosts);
    // Computes one host's sample now, whether or not it is sampled (tests, benchmarks).
    NetworkSample compute(int hostIndex, const HostInfo &host, qint64 nowMs);
    // The samples queued since the last call, oldest first.
    QList<NetworkSample> takeSamples();

    // True when a settings change only touches adapters' offload weights (VMQ, SR-IOV, IPsec):
    // Hyper-V applies those as a quick port feature change, in OffloadChangeMs.
    static bool isOffloadOnly(const VmSettingsChange &change);
    static NicReceiveScaling receiveScaling(const PhysicalNic &nic);
    // Changes a NIC's RSS/VMQ settings; an error when the host has no such NIC.
    static Error applyReceiveScaling(HostInfo &host, const QString &nicName, const NicReceiveScaling &scaling);
    // The cores RSS and VMQ use on this NIC (siblings skipped).
    static QList<int> rssCores(const HostInfo &host, const PhysicalNic &nic);
    static QList<int> vmqCores(const HostInfo &host, const PhysicalNic &nic);
    static int baseCore(const HostInfo &host, const PhysicalNic &nic);

private:
    struct Flow
    {
        FlowSample out;      // names, ids; the numbers are overwritten each tick
        AdapterLoad load;
        quint64 hash = 0;
        int nic = -1;        // index into HostInfo::nics
        bool vf = false;     // an active virtual function
        bool vmq = false;    // a VM queue is granted
        int queue = -1;
        int queueCore = -1; // the core of its VM queue (mirrors HostState::queueCore)
        double minimumMbps = 0;
        int weight = 0;
        double maximumMbps = 0;
        // Scratch, per tick.
        double offeredIn = 0, offeredOut = 0, cappedIn = 0, cappedOut = 0, qosIn = 0, qosOut = 0;
        double pps = 0, demandNs = 0;
    };
    struct HostState
    {
        bool sampling = false;
        bool built = false;
        QList<Flow> flows;
        QHash<QString, int> queueCore; // adapter id -> core, kept across ticks (dynamic VMQ)
        std::vector<double> coreNs;
        std::vector<double> corePps;
        std::vector<int> coreQueues;
        // Per NIC, per tick.
        QList<QList<int>> rss;
        QList<NicReceiveScaling> scaling;
        QList<int> base;
        QList<Flow *> scratch;
    };

    HostState &state(int hostIndex);
    void share(double capacityMbps, BandwidthReservationMode mode, QList<Flow *> &flows, bool inbound) const;
    void rebalance(HostState &st, const HostInfo &host, int nicIndex);

    QHash<QString, AdapterLoad> m_loads;
    std::vector<HostState> m_hosts;
    QList<NetworkSample> m_pending;
};

} // namespace hvdesk::sim
