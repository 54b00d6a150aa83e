#include "NetworkSampler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace hvdesk::local {

namespace {

quint64 delta(quint64 after, quint64 before)
{
    // A counter that went backwards was reset (a device re-created, a CPU hot-plugged).
    return after >= before ? after - before : 0;
}

qint64 delta(qint64 after, qint64 before)
{
    return after >= before ? after - before : 0;
}

// The trailing number of an interrupt name's queue part: "TxRx-3" -> 3, "input.0" -> 0,
// "comp12" -> 12, "queue_1" -> 1; -1 when it has none.
int trailingNumber(QStringView text)
{
    int end = int(text.size());
    int start = end;
    while (start > 0 && text.at(start - 1).isDigit())
        --start;
    if (start == end)
        return -1;
    return text.mid(start, end - start).toInt();
}

QString cpuRanges(QList<int> cpus)
{
    std::sort(cpus.begin(), cpus.end());
    QStringList parts;
    for (int i = 0; i < cpus.size();) {
        int j = i;
        while (j + 1 < cpus.size() && cpus[j + 1] == cpus[j] + 1)
            ++j;
        parts << (j == i ? QString::number(cpus[i]) : QStringLiteral("%1-%2").arg(cpus[i]).arg(cpus[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

// The driver name without the suffixes interrupt names leave out: "mlx5_core" -> "mlx5".
QString driverStem(const QString &driver)
{
    for (const char *suffix : { "_core", "_en", "_pci" }) {
        if (driver.endsWith(QLatin1String(suffix)))
            return driver.left(driver.size() - int(qstrlen(suffix)));
    }
    return driver;
}

} // namespace

NetworkSampler::NetworkSampler(QString root)
    : m_root(std::move(root))
{
    if (m_root.isEmpty())
        m_root = QStringLiteral("/");
}

QString NetworkSampler::path(const QString &absolute) const
{
    if (m_root == QLatin1String("/"))
        return absolute;
    return QDir::cleanPath(m_root + QLatin1Char('/') + absolute);
}

QString NetworkSampler::readText(const QString &absolute, HostNetworkSnapshot *snapshot) const
{
    QFile f(path(absolute));
    if (!f.open(QIODevice::ReadOnly)) {
        if (snapshot)
            snapshot->missing << absolute;
        return QString();
    }
    return QString::fromLatin1(f.readAll());
}

QList<NetDevice> NetworkSampler::readDevices() const
{
    QList<NetDevice> out;
    const QDir root(path(QStringLiteral("/sys/class/net")));
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QString &name : names) {
        NetDevice d;
        d.name = name;
        const QString base = root.filePath(name);
        const QFileInfo device(base + QStringLiteral("/device"));
        if (device.isSymLink() || device.exists())
            d.busId = QFileInfo(device.symLinkTarget().isEmpty() ? device.absoluteFilePath() : device.symLinkTarget())
                          .fileName();
        const QFileInfo driver(base + QStringLiteral("/device/driver"));
        if (driver.isSymLink())
            d.driver = QFileInfo(driver.symLinkTarget()).fileName();
        QFile speed(base + QStringLiteral("/speed"));
        if (speed.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const int mbps = QString::fromLatin1(speed.readAll()).trimmed().toInt(&ok);
            d.speedMbps = ok && mbps > 0 ? mbps : -1;
        }
        const QDir queues(base + QStringLiteral("/queues"));
        QSet<int> rps;
        for (const QString &entry : queues.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (entry.startsWith(QLatin1String("rx-"))) {
                ++d.rxQueues;
                QFile mask(queues.filePath(entry + QStringLiteral("/rps_cpus")));
                if (mask.open(QIODevice::ReadOnly)) {
                    for (int cpu : ProcNetStats::parseCpuMask(QString::fromLatin1(mask.readAll())))
                        rps.insert(cpu);
                }
            } else if (entry.startsWith(QLatin1String("tx-"))) {
                ++d.txQueues;
            }
        }
        d.rpsCpus = rps.values();
        std::sort(d.rpsCpus.begin(), d.rpsCpus.end());
        out << d;
    }
    return out;
}

QString NetworkSampler::physicalPortOf(const QString &bridge) const
{
    if (bridge.isEmpty())
        return QString();
    const QString base = path(QStringLiteral("/sys/class/net/") + bridge);
    if (QFileInfo(base + QStringLiteral("/device")).isSymLink())
        return bridge;
    const QDir ports(base + QStringLiteral("/brif"));
    for (const QString &port : ports.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name)) {
        if (QFileInfo(path(QStringLiteral("/sys/class/net/%1/device").arg(port))).isSymLink())
            return port;
    }
    return QString();
}

QString NetworkSampler::defaultRouteDevice() const
{
    // Iface Destination Gateway Flags ...: the default route has destination 00000000.
    const QString text = readText(QStringLiteral("/proc/net/route"), nullptr);
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
        const QStringList w = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (w.size() > 2 && w.at(1).trimmed() == QLatin1String("00000000"))
            return w.at(0).trimmed();
    }
    return QString();
}

HostNetworkSnapshot NetworkSampler::read(qint64 timeMs, const HostNetworkSnapshot *previous) const
{
    HostNetworkSnapshot s;
    s.timeMs = timeMs;
    s.cpuTimes = ProcNetStats::parseStat(readText(QStringLiteral("/proc/stat"), &s));
    s.interrupts = ProcNetStats::parseInterrupts(readText(QStringLiteral("/proc/interrupts"), &s));
    s.softirqs = ProcNetStats::parseSoftirqs(readText(QStringLiteral("/proc/softirqs"), &s));
    s.softnet = ProcNetStats::parseSoftnetStat(readText(QStringLiteral("/proc/net/softnet_stat"), &s));
    const bool reuse = previous && previous->staticReadMs >= 0 && timeMs - previous->staticReadMs < StaticRefreshMs
        && timeMs >= previous->staticReadMs;
    if (reuse) {
        s.devices = previous->devices;
        s.online = previous->online;
        s.secondThreads = previous->secondThreads;
        s.staticReadMs = previous->staticReadMs;
        s.staticMissing = previous->staticMissing;
    } else {
        readStatic(&s);
        s.staticReadMs = timeMs;
    }
    s.missing << s.staticMissing;
    int highest = -1;
    for (const auto &t : std::as_const(s.cpuTimes))
        highest = qMax(highest, t.cpu);
    for (const QList<int> *cpus : { &s.interrupts.cpus, &s.softirqs.cpus }) {
        for (int cpu : *cpus)
            highest = qMax(highest, cpu);
    }
    for (const auto &row : std::as_const(s.softnet))
        highest = qMax(highest, row.cpu);
    if (s.online.isEmpty()) {
        for (const auto &t : std::as_const(s.cpuTimes))
            s.online << t.cpu;
    }
    for (int cpu : std::as_const(s.online))
        highest = qMax(highest, cpu);
    s.cpuCount = highest + 1;
    return s;
}

void NetworkSampler::readStatic(HostNetworkSnapshot *snapshot) const
{
    HostNetworkSnapshot &s = *snapshot;
    if (QFileInfo::exists(path(QStringLiteral("/sys/class/net"))))
        s.devices = readDevices();
    else
        s.staticMissing << QStringLiteral("/sys/class/net");
    const QString online = readText(QStringLiteral("/sys/devices/system/cpu/online"), nullptr);
    s.online = online.isEmpty() ? QList<int>() : ProcNetStats::parseCpuList(online);
    // Hyper-threads: every CPU but the first of its thread_siblings_list is a second thread.
    QList<int> cpus = s.online;
    if (cpus.isEmpty()) {
        for (const auto &t : std::as_const(s.cpuTimes))
            cpus << t.cpu;
    }
    bool anyTopology = false;
    for (int cpu : std::as_const(cpus)) {
        const QString siblings
            = readText(QStringLiteral("/sys/devices/system/cpu/cpu%1/topology/thread_siblings_list").arg(cpu), nullptr);
        if (siblings.isEmpty())
            continue;
        anyTopology = true;
        const QList<int> list = ProcNetStats::parseCpuList(siblings);
        if (!list.isEmpty() && *std::min_element(list.begin(), list.end()) != cpu)
            s.secondThreads << cpu;
    }
    if (!anyTopology && !cpus.isEmpty())
        s.staticMissing << QStringLiteral("/sys/devices/system/cpu/cpu*/topology");
}

std::optional<NetworkSampler::QueueIrq> NetworkSampler::queueIrq(
    const QString &irqName, const QList<NetDevice> &devices, const QStringList &allIrqNames)
{
    if (irqName.isEmpty())
        return std::nullopt;
    // Longest names first, so that eth10-rx-0 is not taken for a queue of eth1.
    QList<const NetDevice *> sorted;
    for (const NetDevice &d : devices)
        sorted << &d;
    std::sort(sorted.begin(), sorted.end(),
        [](const NetDevice *a, const NetDevice *b) { return a->name.size() > b->name.size(); });

    for (const NetDevice *d : std::as_const(sorted)) {
        if (irqName == d->name) {
            // The device's own vector: its only queue, unless numbered queue vectors exist too
            // (then it is the link or misc vector and carries no traffic).
            const QString prefix = d->name + QLatin1Char('-');
            const bool numbered = std::any_of(allIrqNames.begin(), allIrqNames.end(),
                [&](const QString &n) { return n.startsWith(prefix) && trailingNumber(n) >= 0; });
            if (numbered)
                return std::nullopt;
            return QueueIrq { d->name, -1 };
        }
        if (irqName.startsWith(d->name + QLatin1Char('-'))) {
            const int q = trailingNumber(QStringView(irqName).mid(d->name.size() + 1));
            if (q < 0)
                return std::nullopt; // "eth0-lsc", "eth0-link": not a queue
            return QueueIrq { d->name, q };
        }
    }
    for (const NetDevice *d : std::as_const(sorted)) {
        // virtio_net names its vectors after the virtio device: virtio2-input.0, virtio2-output.0.
        if (d->busId.startsWith(QLatin1String("virtio")) && irqName.startsWith(d->busId + QLatin1Char('-'))) {
            const QStringView rest = QStringView(irqName).mid(d->busId.size() + 1);
            if (!rest.startsWith(QLatin1String("input")) && !rest.startsWith(QLatin1String("output")))
                return std::nullopt; // virtio2-config, virtio2-control
            return QueueIrq { d->name, trailingNumber(rest) };
        }
        // mlx5_comp3@pci:0000:3b:00.0
        const int at = irqName.indexOf(QLatin1String("@pci:"));
        if (at > 0 && !d->busId.isEmpty() && QStringView(irqName).mid(at + 5) == d->busId) {
            const int q = trailingNumber(QStringView(irqName).left(at));
            if (q < 0)
                return std::nullopt; // mlx5_async
            return QueueIrq { d->name, q };
        }
    }
    // iwlwifi:queue_1, mlx5_comp3 (older kernels): the driver's name, when one device uses it.
    for (const NetDevice *d : std::as_const(sorted)) {
        const QString stem = driverStem(d->driver);
        if (stem.isEmpty() || !d->physical())
            continue;
        const bool unique = std::count_if(devices.begin(), devices.end(), [&](const NetDevice &o) {
            return driverStem(o.driver) == stem;
        }) == 1;
        if (!unique)
            continue;
        if (irqName == stem)
            return QueueIrq { d->name, -1 };
        if (irqName.startsWith(stem + QLatin1Char(':')) || irqName.startsWith(stem + QLatin1Char('_'))) {
            const QStringView rest = QStringView(irqName).mid(stem.size() + 1);
            if (rest.startsWith(QLatin1String("default")))
                return QueueIrq { d->name, -1 };
            const int q = trailingNumber(
                rest.left(rest.indexOf(QLatin1Char('@')) < 0 ? rest.size() : rest.indexOf(QLatin1Char('@'))));
            if (q < 0)
                return std::nullopt;
            return QueueIrq { d->name, q };
        }
    }
    return std::nullopt;
}

QList<PhysicalNic> NetworkSampler::physicalNics(
    const QList<NetDevice> &devices, const ProcNetStats::Interrupts &interrupts)
{
    QStringList names;
    for (const auto &line : interrupts.lines)
        names << line.name();
    QList<PhysicalNic> out;
    for (const NetDevice &d : devices) {
        if (!d.physical())
            continue;
        PhysicalNic nic;
        nic.name = d.name;
        nic.description = d.driver.isEmpty() ? d.busId : tr("%1 (%2)").arg(d.driver, d.busId);
        nic.linkSpeedBps = d.speedMbps > 0 ? quint64(d.speedMbps) * 1'000'000ULL : 0;
        // Where its receive queues' interrupts land (the CPU with most of each), and RPS.
        QSet<int> cpus(d.rpsCpus.begin(), d.rpsCpus.end());
        for (const auto &line : interrupts.lines) {
            const auto q = queueIrq(line.name(), devices, names);
            if (!q || q->device != d.name || line.perCpu.isEmpty())
                continue;
            // Receive work only: not the vectors of transmit queues.
            const QString n = line.name();
            if (n.contains(QLatin1String("output")) || n.contains(QLatin1String("-tx-")))
                continue;
            const auto top = std::max_element(line.perCpu.begin(), line.perCpu.end());
            if (*top > 0)
                cpus.insert(interrupts.cpus.value(int(top - line.perCpu.begin())));
        }
        nic.rss.enabled = d.rxQueues > 1 || !d.rpsCpus.isEmpty();
        nic.rss.queues = qMax(1, d.rxQueues);
        nic.rss.maxProcessors = qMax(1, int(cpus.size()));
        nic.rss.baseProcessor = cpus.isEmpty() ? 0 : *std::min_element(cpus.begin(), cpus.end());
        nic.vmq.enabled = false;
        nic.vmq.queues = 0;
        nic.ipsecOffloadCapacity = 0;
        out << nic;
    }
    return out;
}

NetworkSample NetworkSampler::compute(
    const QString &hostName, const HostNetworkSnapshot &before, const HostNetworkSnapshot &after)
{
    NetworkSample s;
    s.hostName = hostName;
    s.timeMs = after.timeMs;
    const double seconds = double(after.timeMs - before.timeMs) / 1000.0;
    const int count = after.cpuCount;
    s.cores.resize(count);
    for (int cpu : after.secondThreads) {
        if (cpu >= 0 && cpu < count)
            s.cores[cpu].hyperThreadSibling = true;
    }
    s.hyperThreading = !after.secondThreads.isEmpty();

    // Interrupts per CPU: all of them, and those of NIC queues.
    QStringList irqNames;
    for (const auto &line : after.interrupts.lines)
        irqNames << line.name();
    QHash<QString, const ProcNetStats::InterruptLine *> previous;
    for (const auto &line : before.interrupts.lines)
        previous.insert(line.irq, &line);
    QList<quint64> allIrq(count, 0);
    QList<quint64> nicIrq(count, 0);
    bool anyQueueIrq = false;
    for (const auto &line : after.interrupts.lines) {
        const auto *old = previous.value(line.irq);
        if (old && old->description != line.description)
            old = nullptr; // the number was given to another device
        const auto queue = queueIrq(line.name(), after.devices, irqNames);
        QList<quint64> perCpu(count, 0);
        for (int k = 0; k < line.perCpu.size() && k < after.interrupts.cpus.size(); ++k) {
            const int cpu = after.interrupts.cpus[k];
            if (cpu < 0 || cpu >= count)
                continue;
            const int was = old ? int(before.interrupts.cpus.indexOf(cpu)) : -1;
            const quint64 d = was >= 0 && was < old->perCpu.size() ? delta(line.perCpu[k], old->perCpu[was]) : 0;
            perCpu[cpu] = d;
            allIrq[cpu] += d;
            if (queue)
                nicIrq[cpu] += d;
        }
        if (!queue)
            continue;
        anyQueueIrq = true;
        QueueAssignment q;
        q.nic = queue->device;
        q.queue = queue->queue;
        q.irqName = line.name();
        q.packetsPerSec = -1; // Linux counts interrupts per queue, not packets
        quint64 total = 0;
        for (quint64 d : std::as_const(perCpu))
            total += d;
        q.interruptsPerSec = seconds > 0 ? double(total) / seconds : 0;
        // The CPU that handled most of its interrupts in the interval; in a quiet interval, the
        // one that handled most since boot.
        const auto top = std::max_element(perCpu.begin(), perCpu.end());
        if (total > 0) {
            q.core = int(top - perCpu.begin());
        } else if (!line.perCpu.isEmpty()) {
            const auto ever = std::max_element(line.perCpu.begin(), line.perCpu.end());
            q.core = after.interrupts.cpus.value(int(ever - line.perCpu.begin()));
        }
        s.queues << q;
    }

    // Per core: the network share of softirq time (NET_RX + NET_TX among all softirqs raised)
    // plus the NIC queues' share of interrupt time, over all the core's time.
    QHash<int, const ProcNetStats::CpuTimes *> timesBefore;
    for (const auto &t : before.cpuTimes)
        timesBefore.insert(t.cpu, &t);
    QHash<int, const ProcNetStats::SoftnetRow *> softnetBefore;
    for (const auto &row : before.softnet)
        softnetBefore.insert(row.cpu, &row);
    for (const auto &ta : after.cpuTimes) {
        const auto *tb = timesBefore.value(ta.cpu);
        if (!tb || ta.cpu >= count)
            continue;
        const quint64 total = delta(ta.total(), tb->total());
        if (total == 0)
            continue;
        double netShare = 0;
        const int ca = int(after.softirqs.cpus.indexOf(ta.cpu));
        const int cb = int(before.softirqs.cpus.indexOf(ta.cpu));
        if (ca >= 0 && cb >= 0 && ca < after.softirqs.all.size() && cb < before.softirqs.all.size()) {
            const quint64 net = delta(after.softirqs.netRx[ca] + after.softirqs.netTx[ca],
                before.softirqs.netRx[cb] + before.softirqs.netTx[cb]);
            const quint64 all = delta(after.softirqs.all[ca], before.softirqs.all[cb]);
            netShare = all > 0 ? qMin(1.0, double(net) / double(all)) : 0;
        }
        const double irqShare = allIrq[ta.cpu] > 0 ? double(nicIrq[ta.cpu]) / double(allIrq[ta.cpu]) : 0;
        const double busy
            = double(delta(ta.softirq, tb->softirq)) * netShare + double(delta(ta.irq, tb->irq)) * irqShare;
        s.cores[ta.cpu].percent = qBound(0.0, 100.0 * busy / double(total), 100.0);
    }
    if (seconds > 0) {
        for (const auto &row : after.softnet) {
            const auto *old = softnetBefore.value(row.cpu);
            if (!old || row.cpu < 0 || row.cpu >= count)
                continue;
            CoreSample &core = s.cores[row.cpu];
            core.packetsPerSec = double(delta(row.processed, old->processed)) / seconds;
            core.droppedPerSec = double(delta(row.dropped, old->dropped)) / seconds;
            core.timeSqueezePerSec = double(delta(row.timeSqueeze, old->timeSqueeze)) / seconds;
        }
    }

    // Per VM interface, from the hypervisor's counters.
    QHash<QString, const InterfaceCounters *> countersBefore;
    for (const auto &c : before.interfaces)
        countersBefore.insert(c.vmId + QLatin1Char('\n') + c.adapterId, &c);
    QStringList uncounted;
    for (const auto &c : after.interfaces) {
        const auto *old = countersBefore.value(c.vmId + QLatin1Char('\n') + c.adapterId);
        FlowSample f;
        f.vmId = c.vmId;
        f.vmName = c.vmName;
        f.adapterId = c.adapterId;
        f.adapterName = c.adapterName;
        f.nic = c.nic;
        f.path = c.path;
        if (!c.valid) {
            uncounted << tr("%1 (%2)").arg(c.vmName, c.adapterName);
        } else if (old && old->valid && seconds > 0) {
            const double rxBytes = double(delta(c.rxBytes, old->rxBytes));
            const double rxPackets = double(delta(c.rxPackets, old->rxPackets));
            const double drops = double(delta(c.rxDrop, old->rxDrop));
            f.deliveredInMbps = rxBytes * 8 / seconds / 1e6;
            f.receivedPacketsPerSec = rxPackets / seconds;
            f.droppedPacketsPerSec = drops / seconds;
            // Dropped bytes are not counted: estimated at the interval's average packet size.
            f.droppedInMbps = rxPackets > 0 ? drops * (rxBytes / rxPackets) * 8 / seconds / 1e6 : 0;
            f.offeredInMbps = f.deliveredInMbps + f.droppedInMbps;
            f.deliveredOutMbps = double(delta(c.txBytes, old->txBytes)) * 8 / seconds / 1e6;
            f.offeredOutMbps = f.deliveredOutMbps;
        } else {
            continue; // no earlier counters yet: the rate comes with the next sample
        }
        s.flows << f;
    }

    // What is missing, said once per sample.
    for (const QString &missing : after.missing) {
        if (missing == QLatin1String("/proc/interrupts"))
            s.notes << tr("No /proc/interrupts here (a container?): receive queues cannot be tied to CPUs.");
        else if (missing == QLatin1String("/proc/stat"))
            s.notes << tr("No /proc/stat: the time each CPU spends on network processing is unknown and shows as 0 %.");
        else if (missing == QLatin1String("/proc/softirqs"))
            s.notes << tr("No /proc/softirqs: the network share of softirq time is unknown; the load counts NIC "
                          "interrupts only.");
        else if (missing == QLatin1String("/proc/net/softnet_stat"))
            s.notes << tr("No /proc/net/softnet_stat: packets per CPU are unknown and show as 0.");
        else if (missing == QLatin1String("/sys/class/net"))
            s.notes << tr("No /sys/class/net: the host's network adapters and their queues are unknown.");
        else if (missing.startsWith(QLatin1String("/sys/devices/system/cpu/")))
            s.notes << tr("No CPU topology in /sys: hyper-threaded siblings are not marked.");
        else
            s.notes << tr("Cannot read %1.").arg(missing);
    }
    QList<int> offline;
    for (int cpu = 0; cpu < count; ++cpu) {
        if (!after.online.contains(cpu))
            offline << cpu;
    }
    if (!offline.isEmpty())
        s.notes << tr("CPU %1 offline: no counters, shown at 0.").arg(cpuRanges(offline));
    const bool anyPhysical
        = std::any_of(after.devices.begin(), after.devices.end(), [](const NetDevice &d) { return d.physical(); });
    if (!anyQueueIrq && anyPhysical && !after.interrupts.lines.isEmpty())
        s.notes << tr(
            "No receive queue interrupts of this host's network adapters in /proc/interrupts: the queue map is empty.");
    if (!uncounted.isEmpty())
        s.notes << tr("No host counters for %1: a virtual function passed to the guest bypasses the host.")
                       .arg(uncounted.join(QStringLiteral(", ")));
    return s;
}

NetworkSample NetworkSampler::sample(const QString &hostName, qint64 timeMs, const QList<InterfaceCounters> &interfaces)
{
    HostNetworkSnapshot now = read(timeMs, m_snapshots.empty() ? nullptr : &m_snapshots.back());
    now.interfaces = interfaces;
    m_snapshots.push_back(std::move(now));
    // Keep the newest snapshot at least a window old as the base, and nothing older.
    while (m_snapshots.size() > 2 && m_snapshots[1].timeMs <= m_snapshots.back().timeMs - m_windowMs)
        m_snapshots.pop_front();
    if (m_snapshots.size() < 2)
        return NetworkSample();
    return compute(hostName, m_snapshots.front(), m_snapshots.back());
}

} // namespace hvdesk::local
