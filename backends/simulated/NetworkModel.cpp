#include "NetworkModel.h"

#include "StableHash.h"

#include <QtMath>

#include <algorithm>

namespace hvdesk::sim {

namespace {

double profileFactor(const AdapterLoad &load, quint64 hash, qint64 nowMs)
{
    switch (load.profile) {
    case AdapterLoad::Profile::Steady:
        return 1.0;
    case AdapterLoad::Profile::Bursty: {
        const quint64 second = quint64(nowMs / 1000);
        return splitmix(hash ^ (second * 0x9E3779B97F4A7C15ULL)) % 100 < 25 ? 2.5 : 0.5;
    }
    case AdapterLoad::Profile::Daily: {
        const double phase = double(hash % 628) / 100.0;
        return 1.0 + 0.6 * qSin(2.0 * M_PI * double(nowMs) / double(NetworkModel::DailyPeriodMs) + phase);
    }
    }
    return 1.0;
}

QList<int> coresFrom(const HostInfo &host, int base, int count)
{
    QList<int> cores;
    const int step = host.hyperThreading ? 2 : 1;
    int first = std::clamp(base, 0, qMax(0, host.logicalProcessors - 1));
    if (host.hyperThreading && first % 2 == 1)
        ++first; // a sibling is never a base
    for (int i = 0; i < count; ++i) {
        const int core = first + i * step;
        if (core >= host.logicalProcessors)
            break;
        cores << core;
    }
    if (cores.isEmpty())
        cores << 0;
    return cores;
}

} // namespace

AdapterLoad AdapterLoad::defaultFor(const QString &adapterId)
{
    const quint64 h = splitmix(stableHash(adapterId));
    AdapterLoad load;
    load.inMbps = double(40 + h % 361);
    load.outMbps = std::round(load.inMbps / 3.0);
    load.packetBytes = 1200;
    load.profile = Profile((h >> 16) % 3);
    return load;
}

AdapterLoad NetworkModel::load(const QString &adapterId) const
{
    const auto it = m_loads.constFind(adapterId);
    return it != m_loads.cend() ? *it : AdapterLoad::defaultFor(adapterId);
}

NetworkModel::HostState &NetworkModel::state(int hostIndex)
{
    if (size_t(hostIndex) >= m_hosts.size())
        m_hosts.resize(size_t(hostIndex) + 1);
    return m_hosts[size_t(hostIndex)];
}

void NetworkModel::setSampling(int hostIndex, bool on)
{
    if (hostIndex >= 0)
        state(hostIndex).sampling = on;
}

bool NetworkModel::isSampling(int hostIndex) const
{
    return hostIndex >= 0 && size_t(hostIndex) < m_hosts.size() && m_hosts[size_t(hostIndex)].sampling;
}

bool NetworkModel::isOffloadOnly(const VmSettingsChange &change)
{
    if (change.modifiedAdapters.isEmpty() || !change.addedAdapters.isEmpty() || !change.removedAdapterIds.isEmpty()
        || !change.changedServices.isEmpty())
        return false;
    for (const AdapterModification &m : change.modifiedAdapters) {
        NetworkAdapterSettings before = m.before;
        before.vmqWeight = m.after.vmqWeight;
        before.iovWeight = m.after.iovWeight;
        before.iovQueuePairsRequested = m.after.iovQueuePairsRequested;
        before.ipsecOffloadMaximumSecurityAssociation = m.after.ipsecOffloadMaximumSecurityAssociation;
        if (!(before == m.after))
            return false;
    }
    return true;
}

NicReceiveScaling NetworkModel::receiveScaling(const PhysicalNic &nic)
{
    NicReceiveScaling s;
    s.dynamicVmq = nic.vmq.dynamic;
    // On a Hyper-V host NIC VMQ wins over RSS: they are mutually exclusive.
    s.mode = nic.vmq.enabled ? NicReceiveScaling::Mode::Vmq
        : nic.rss.enabled    ? NicReceiveScaling::Mode::Rss
                             : NicReceiveScaling::Mode::None;
    return s;
}

Error NetworkModel::applyReceiveScaling(HostInfo &host, const QString &nicName, const NicReceiveScaling &scaling)
{
    for (PhysicalNic &nic : host.nics) {
        if (nic.name != nicName)
            continue;
        nic.rss.enabled = scaling.mode == NicReceiveScaling::Mode::Rss;
        nic.vmq.enabled = scaling.mode == NicReceiveScaling::Mode::Vmq;
        nic.vmq.dynamic = scaling.dynamicVmq;
        if (nic.vmq.enabled && nic.vmq.queues == 0)
            nic.vmq.queues = 8; // a NIC that never had VMQ configured gets the driver's default
        return {};
    }
    return NicReceiveScalingNames::unknownNic(host.name, nicName);
}

QList<int> NetworkModel::rssCores(const HostInfo &host, const PhysicalNic &nic)
{
    return coresFrom(host, nic.rss.baseProcessor, qMin(nic.rss.queues, nic.rss.maxProcessors));
}

QList<int> NetworkModel::vmqCores(const HostInfo &host, const PhysicalNic &nic)
{
    return coresFrom(host, nic.vmq.baseProcessor, nic.vmq.maxProcessors);
}

int NetworkModel::baseCore(const HostInfo &host, const PhysicalNic &nic)
{
    return nic.vmq.enabled ? vmqCores(host, nic).first() : coresFrom(host, nic.rss.baseProcessor, 1).first();
}

void NetworkModel::rebuild(int hostIndex, const HostInfo &host, const QList<const VmInfo *> &vms)
{
    HostState &st = state(hostIndex);
    st.built = true;
    st.flows.clear();
    QList<quint32> ipsecLeft;
    QList<int> nextQueue;
    for (const PhysicalNic &nic : host.nics) {
        ipsecLeft << nic.ipsecOffloadCapacity;
        nextQueue << 0;
    }
    QHash<QString, int> keptCores;
    for (const VmInfo *vm : vms) {
        if (vm->state != VmState::Running)
            continue;
        for (const NetworkAdapter &a : vm->adapters) {
            const VirtualSwitch *sw = host.findSwitch(a.settings.switchName);
            if (!sw || sw->type != SwitchType::External)
                continue;
            int nicIndex = -1;
            for (int n = 0; n < host.nics.size(); ++n) {
                if (host.nics[n].name == sw->boundNic)
                    nicIndex = n;
            }
            if (nicIndex < 0)
                continue;
            const PhysicalNic &nic = host.nics[nicIndex];
            Flow f;
            f.out.vmId = vm->id;
            f.out.vmName = vm->name;
            f.out.adapterId = a.settings.id;
            f.out.adapterName = a.settings.name;
            f.out.nic = nic.name;
            f.load = load(a.settings.id);
            f.hash = splitmix(stableHash(a.settings.id));
            f.nic = nicIndex;
            f.vf = a.runtime.vfDataPathActive;
            f.vmq = !f.vf && a.runtime.vmqUsage && nic.vmq.enabled;
            const BandwidthReservationMode mode = NetworkAdapterRules::effectiveMode(sw->reservationMode, sw->iovEnabled);
            if (mode == BandwidthReservationMode::Absolute)
                f.minimumMbps = double(a.settings.minimumBandwidthAbsolute) / 1e6;
            if (mode == BandwidthReservationMode::Weight)
                f.weight = a.settings.minimumBandwidthWeight;
            f.maximumMbps = double(a.settings.maximumBandwidth) / 1e6;
            // IPsec offload: first come, first served within the NIC's SA capacity.
            const quint32 wanted = quint32(qMax(0, f.load.ipsecSAs));
            const quint32 offloaded = qMin(qMin(wanted, a.settings.ipsecOffloadMaximumSecurityAssociation), ipsecLeft[nicIndex]);
            ipsecLeft[nicIndex] -= offloaded;
            f.out.ipsecSasOffloaded = int(offloaded);
            f.out.ipsecSasInGuest = int(wanted - offloaded);
            if (f.vmq) {
                f.queue = nextQueue[nicIndex]++;
                const QList<int> cores = vmqCores(host, nic);
                int core = nic.vmq.dynamic ? st.queueCore.value(a.settings.id, cores.first()) : cores[(f.queue + 1) % cores.size()];
                if (!cores.contains(core))
                    core = cores.first();
                keptCores.insert(a.settings.id, core);
                f.queueCore = core;
            }
            st.flows << f;
        }
    }
    st.queueCore = keptCores;
}

void NetworkModel::share(double capacityMbps, BandwidthReservationMode mode, QList<Flow *> &flows, bool inbound) const
{
    auto demand = [inbound](const Flow *f) { return inbound ? f->cappedIn : f->cappedOut; };
    auto got = [inbound](Flow *f) -> double & { return inbound ? f->qosIn : f->qosOut; };
    capacityMbps = qMax(0.0, capacityMbps);
    // 1. Reservations, up to demand; scaled down if they exceed the link.
    double reserved = 0;
    for (Flow *f : flows) {
        double r = 0;
        if (mode == BandwidthReservationMode::Absolute)
            r = f->minimumMbps;
        else if (mode == BandwidthReservationMode::Weight)
            r = capacityMbps * f->weight / 100.0;
        got(f) = qMin(demand(f), r);
        reserved += got(f);
    }
    if (reserved > capacityMbps && reserved > 0) {
        const double scale = capacityMbps / reserved;
        for (Flow *f : flows)
            got(f) *= scale;
        return;
    }
    // 2. The rest: progressive filling by weight (Weight mode; weight 0 counts as 1, the
    // default flow) or in equal shares, each adapter up to its demand.
    double remaining = capacityMbps - reserved;
    thread_local QList<Flow *> active; // reused: this runs for every NIC and direction each tick
    active.clear();
    for (Flow *f : flows) {
        if (got(f) < demand(f))
            active << f;
    }
    while (remaining > 1e-9 && !active.isEmpty()) {
        double totalWeight = 0;
        for (Flow *f : active)
            totalWeight += mode == BandwidthReservationMode::Weight ? qMax(1, f->weight) : 1;
        bool saturated = false;
        for (qsizetype i = active.size() - 1; i >= 0; --i) {
            Flow *f = active[i];
            const double w = mode == BandwidthReservationMode::Weight ? qMax(1, f->weight) : 1;
            if (got(f) + remaining * w / totalWeight >= demand(f)) {
                saturated = true;
            }
        }
        if (!saturated) {
            for (Flow *f : active) {
                const double w = mode == BandwidthReservationMode::Weight ? qMax(1, f->weight) : 1;
                got(f) += remaining * w / totalWeight;
            }
            remaining = 0;
            break;
        }
        const double pool = remaining;
        for (qsizetype i = active.size() - 1; i >= 0; --i) {
            Flow *f = active[i];
            const double w = mode == BandwidthReservationMode::Weight ? qMax(1, f->weight) : 1;
            if (got(f) + pool * w / totalWeight >= demand(f)) {
                remaining -= demand(f) - got(f);
                got(f) = demand(f);
                active.removeAt(i);
            }
        }
    }
}

void NetworkModel::rebalance(HostState &st, const HostInfo &host, int nicIndex)
{
    const PhysicalNic &nic = host.nics[nicIndex];
    const QList<int> cores = vmqCores(host, nic);
    const int base = cores.first();
    const double threshold = DynamicVmqThresholdPercent / 100.0 * CoreCapacityNs;
    std::fill(st.coreQueues.begin(), st.coreQueues.end(), 0);
    st.coreQueues[size_t(base)] = 1; // the default queue stays on the base core
    for (const Flow &f : std::as_const(st.flows)) {
        if (f.vmq && f.nic == nicIndex)
            ++st.coreQueues[size_t(f.queueCore)];
    }
    int hot = -1;
    for (int c : cores) {
        if (st.coreNs[size_t(c)] > threshold && st.coreQueues[size_t(c)] >= 2
            && (hot < 0 || st.coreNs[size_t(c)] > st.coreNs[size_t(hot)]))
            hot = c;
    }
    if (hot < 0)
        return;
    Flow *heaviest = nullptr;
    for (Flow &f : st.flows) {
        if (f.vmq && f.nic == nicIndex && f.queueCore == hot
            && (!heaviest || f.demandNs > heaviest->demandNs))
            heaviest = &f;
    }
    int target = -1;
    for (int c : cores) {
        if (c != hot && (target < 0 || st.coreNs[size_t(c)] < st.coreNs[size_t(target)]))
            target = c;
    }
    if (!heaviest || target < 0 || st.coreNs[size_t(target)] + heaviest->demandNs >= st.coreNs[size_t(hot)])
        return;
    st.queueCore[heaviest->out.adapterId] = target;
    heaviest->queueCore = target;
}

NetworkSample NetworkModel::compute(int hostIndex, const HostInfo &host, qint64 nowMs)
{
    HostState &st = state(hostIndex);
    const int lp = qMax(1, host.logicalProcessors);
    st.coreNs.assign(size_t(lp), 0.0);
    st.corePps.assign(size_t(lp), 0.0);
    st.coreQueues.assign(size_t(lp), 0);

    NetworkSample sample;
    sample.hostName = host.name;
    sample.timeMs = nowMs;
    sample.hyperThreading = host.hyperThreading;

    // Offered load, and each adapter's maximum (which SR-IOV bypasses).
    for (Flow &f : st.flows) {
        const double factor = profileFactor(f.load, f.hash, nowMs);
        f.offeredIn = f.load.inMbps * factor;
        f.offeredOut = f.load.outMbps * factor;
        const bool capped = f.maximumMbps > 0 && !f.vf;
        f.cappedIn = capped ? qMin(f.offeredIn, f.maximumMbps) : f.offeredIn;
        f.cappedOut = capped ? qMin(f.offeredOut, f.maximumMbps) : f.offeredOut;
        f.qosIn = f.qosOut = 0;
    }

    // 1. Switch QoS per NIC and direction.
    QList<QList<int>> &rss = st.rss; // per NIC, the RSS cores when RSS carries its default queue
    QList<NicReceiveScaling> &scaling = st.scaling;
    QList<Flow *> &synthetic = st.scratch;
    rss.resize(host.nics.size());
    scaling.resize(host.nics.size());
    st.base.resize(host.nics.size());
    for (int n = 0; n < host.nics.size(); ++n) {
        const PhysicalNic &nic = host.nics[n];
        scaling[n] = receiveScaling(nic);
        st.base[n] = baseCore(host, nic);
        if (scaling[n].mode == NicReceiveScaling::Mode::Rss)
            rss[n] = rssCores(host, nic);
        else
            rss[n].clear();
        BandwidthReservationMode mode = BandwidthReservationMode::None;
        for (const VirtualSwitch &sw : host.switches) {
            if (sw.type == SwitchType::External && sw.boundNic == nic.name) {
                mode = NetworkAdapterRules::effectiveMode(sw.reservationMode, sw.iovEnabled);
                break;
            }
        }
        const double link = double(nic.linkSpeedBps) / 1e6;
        for (const bool inbound : {true, false}) {
            double remaining = link;
            synthetic.clear();
            for (Flow &f : st.flows) {
                if (f.nic != n)
                    continue;
                if (f.vf) {
                    // A virtual function bypasses the switch: it takes the link as it comes.
                    double &got = inbound ? f.qosIn : f.qosOut;
                    got = qMin(inbound ? f.cappedIn : f.cappedOut, remaining);
                    remaining -= got;
                } else {
                    synthetic << &f;
                }
            }
            share(remaining, mode, synthetic, inbound);
        }
    }

    // 2. Receive work to cores.
    for (Flow &f : st.flows) {
        const double bits = double(f.load.packetBytes) * 8.0;
        f.pps = f.qosIn * 1e6 / bits;
        f.demandNs = 0;
        if (f.vf) {
            f.out.path = ReceivePath::SrIov;
            f.out.core = -1;
            continue;
        }
        if (f.vmq) {
            f.out.path = ReceivePath::Vmq;
            f.out.core = f.queueCore;
            f.demandNs = f.pps * VmqPacketCostNs;
            st.coreNs[size_t(f.out.core)] += f.demandNs;
        } else if (!rss[f.nic].isEmpty()) {
            f.out.path = ReceivePath::Rss;
            f.out.core = -1;
            f.demandNs = f.pps * SoftwarePacketCostNs;
            const double share = f.demandNs / double(rss[f.nic].size());
            for (int c : std::as_const(rss[f.nic]))
                st.coreNs[size_t(c)] += share;
        } else {
            f.out.path = ReceivePath::DefaultQueue;
            f.out.core = st.base[f.nic];
            f.demandNs = f.pps * SoftwarePacketCostNs;
            st.coreNs[size_t(f.out.core)] += f.demandNs;
        }
    }

    // 3. A saturated core carries what fits; 4. the VMBus buffer bounds the guest; 5. IPsec.
    auto scale = [&](int c) {
        const double ns = st.coreNs[size_t(c)];
        return ns > CoreCapacityNs ? CoreCapacityNs / ns : 1.0;
    };
    sample.flows.reserve(st.flows.size());
    for (Flow &f : st.flows) {
        FlowSample &o = f.out;
        const double bits = double(f.load.packetBytes) * 8.0;
        double processed = f.pps;
        o.hostCorePercent = 0;
        if (o.path == ReceivePath::Vmq || o.path == ReceivePath::DefaultQueue) {
            processed = f.pps * scale(o.core);
            st.corePps[size_t(o.core)] += processed;
        } else if (o.path == ReceivePath::Rss) {
            const QList<int> &cores = rss[f.nic];
            processed = 0;
            for (int c : cores) {
                const double part = f.pps / double(cores.size()) * scale(c);
                st.corePps[size_t(c)] += part;
                processed += part;
            }
        }
        if (o.path != ReceivePath::SrIov) {
            o.hostCorePercent = processed * (f.vmq ? VmqPacketCostNs : SoftwarePacketCostNs) / CoreCapacityNs * 100.0;
        }
        double delivered = processed;
        if (o.path != ReceivePath::SrIov && f.load.descheduleMs > 0) {
            const double buffers = std::floor(double(f.load.receiveBufferKB) * 1024.0 / VmBusSlotBytes);
            delivered = qMin(processed, buffers / (f.load.descheduleMs / 1000.0));
        }
        o.offeredInMbps = f.offeredIn;
        o.offeredOutMbps = f.offeredOut;
        o.deliveredInMbps = delivered * bits / 1e6;
        o.deliveredOutMbps = f.qosOut;
        o.receivedPacketsPerSec = delivered;
        o.droppedInMbps = qMax(0.0, f.offeredIn - o.deliveredInMbps);
        o.droppedPacketsPerSec = o.droppedInMbps * 1e6 / bits;
        const double parts[] = {f.offeredIn - f.cappedIn, f.cappedIn - f.qosIn, (f.pps - processed) * bits / 1e6,
                                (processed - delivered) * bits / 1e6};
        const DropCause causes[] = {DropCause::MaximumBandwidth, DropCause::LinkCongestion, DropCause::HostCoreSaturated,
                                    DropCause::VmBusBuffer};
        o.dropCause = DropCause::None;
        double largest = 0.001;
        for (int i = 0; i < 4; ++i) {
            if (parts[i] > largest) {
                largest = parts[i];
                o.dropCause = causes[i];
            }
        }
        const int sas = o.ipsecSasOffloaded + o.ipsecSasInGuest;
        o.guestIpsecCpuPercent = sas == 0 ? 0.0
            : (o.deliveredInMbps + o.deliveredOutMbps) * 1e6 / 8.0 * double(o.ipsecSasInGuest) / sas
                * IpsecGuestNsPerByte / 1e9 * 100.0;
        sample.flows << o;
    }

    sample.cores.resize(lp);
    for (int c = 0; c < lp; ++c) {
        CoreSample &core = sample.cores[c];
        core.percent = qMin(100.0, st.coreNs[size_t(c)] / CoreCapacityNs * 100.0);
        core.packetsPerSec = st.corePps[size_t(c)];
        core.hyperThreadSibling = host.hyperThreading && c % 2 == 1;
    }

    // The queue-to-core map of every NIC that uses VMQ.
    for (int n = 0; n < host.nics.size(); ++n) {
        if (scaling[n].mode != NicReceiveScaling::Mode::Vmq)
            continue;
        QueueAssignment def;
        def.nic = host.nics[n].name;
        def.core = st.base[n];
        const qsizetype defAt = sample.queues.size();
        sample.queues << def;
        for (int i = 0; i < st.flows.size(); ++i) {
            const Flow &f = st.flows[i];
            if (f.nic != n || f.vf)
                continue;
            if (f.vmq) {
                sample.queues << QueueAssignment{def.nic, f.queue, f.out.core, f.out.vmId, f.out.vmName,
                                                 sample.flows[i].receivedPacketsPerSec};
            } else {
                sample.queues[defAt].packetsPerSec += sample.flows[i].receivedPacketsPerSec;
            }
        }
        if (scaling[n].dynamicVmq)
            rebalance(st, host, n);
    }
    return sample;
}

void NetworkModel::step(qint64 nowMs, const QList<HostInfo> &hosts)
{
    for (int h = 0; h < hosts.size() && size_t(h) < m_hosts.size(); ++h) {
        if (!m_hosts[size_t(h)].sampling)
            continue;
        m_pending << compute(h, hosts[h], nowMs);
        if (m_pending.size() > MaxPendingSamples)
            m_pending.removeFirst();
    }
}

QList<NetworkSample> NetworkModel::takeSamples()
{
    return std::exchange(m_pending, {});
}

} // namespace hvdesk::sim
