// The local host's per-core network sampler: exact figures from two captured snapshots of /proc
// and /sys (tests/data/sampler/t0 and t1, one second apart), a container without
// /proc/interrupts, the interrupt-name rules of common drivers, and this machine's own files.
#include <local/NetworkSampler.h>

#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace hvdesk;
using namespace hvdesk::local;

namespace {

const QString T0 = QStringLiteral(HVDESK_TEST_DATA_DIR "/sampler/t0");
const QString T1 = QStringLiteral(HVDESK_TEST_DATA_DIR "/sampler/t1");
const QString Container = QStringLiteral(HVDESK_TEST_DATA_DIR "/sampler/container");

NetworkSample fixtureSample(QList<InterfaceCounters> before = {}, QList<InterfaceCounters> after = {})
{
    HostNetworkSnapshot a = NetworkSampler(T0).read(0);
    HostNetworkSnapshot b = NetworkSampler(T1).read(1000);
    a.interfaces = before;
    b.interfaces = after;
    return NetworkSampler::compute(QStringLiteral("kvm1"), a, b);
}

const QueueAssignment *findQueue(const NetworkSample &s, const QString &irqName)
{
    for (const QueueAssignment &q : s.queues) {
        if (q.irqName == irqName)
            return &q;
    }
    return nullptr;
}

NetDevice device(const QString &name, const QString &busId, const QString &driver)
{
    NetDevice d;
    d.name = name;
    d.busId = busId;
    d.driver = driver;
    return d;
}

} // namespace

TEST(NetworkSampler, ReadsTheCapturedTree)
{
    const HostNetworkSnapshot s = NetworkSampler(T0).read(0);
    EXPECT_TRUE(s.missing.isEmpty()) << s.missing.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(s.cpuCount, 4);
    EXPECT_EQ(s.online, (QList<int>{0, 1, 2, 3}));
    EXPECT_EQ(s.secondThreads, (QList<int>{1, 3}));
    ASSERT_EQ(s.cpuTimes.size(), 4);
    EXPECT_EQ(s.cpuTimes[2].irq, 50u);
    EXPECT_EQ(s.cpuTimes[2].softirq, 60u);
    EXPECT_EQ(s.cpuTimes[0].total(), 10000u);
    EXPECT_EQ(s.softirqs.all, (QList<quint64>{4050, 5000, 1010, 1000}));
    ASSERT_EQ(s.devices.size(), 6); // br-storage eth0 eth1 lo virbr0 vnet0
    const NetDevice &eth0 = s.devices[1];
    EXPECT_EQ(eth0.name, QStringLiteral("eth0"));
    EXPECT_EQ(eth0.busId, QStringLiteral("virtio2"));
    EXPECT_EQ(eth0.driver, QStringLiteral("virtio_net"));
    EXPECT_EQ(eth0.speedMbps, -1);
    EXPECT_EQ(eth0.rxQueues, 2);
    EXPECT_EQ(eth0.txQueues, 2);
    const NetDevice &eth1 = s.devices[2];
    EXPECT_EQ(eth1.busId, QStringLiteral("0000:03:00.0"));
    EXPECT_EQ(eth1.driver, QStringLiteral("ixgbe"));
    EXPECT_EQ(eth1.speedMbps, 10000);
    EXPECT_EQ(eth1.rxQueues, 4);
    EXPECT_TRUE(eth1.rpsCpus.isEmpty());
    EXPECT_FALSE(s.devices[3].physical()); // lo
    EXPECT_EQ(s.devices[0].rpsCpus, (QList<int>{0, 1, 2, 3})); // br-storage steers over CPUs 0-3

    const NetworkSampler files(T0);
    EXPECT_EQ(files.physicalPortOf(QStringLiteral("br-storage")), QStringLiteral("eth0"));
    EXPECT_EQ(files.physicalPortOf(QStringLiteral("virbr0")), QString()); // only a tap device
    EXPECT_EQ(files.physicalPortOf(QStringLiteral("eth1")), QStringLiteral("eth1"));
    EXPECT_EQ(files.defaultRouteDevice(), QStringLiteral("eth1"));
}

// CPU 0: 20 of 100 jiffies in softirq, 80 % of the softirqs raised were NET_RX/NET_TX (16), and
// 10 jiffies of interrupt time, 90 % of the interrupts its NIC queues' (9): 25 %.
TEST(NetworkSampler, PerCoreShareOfNetworkProcessing)
{
    const NetworkSample s = fixtureSample();
    EXPECT_EQ(s.hostName, QStringLiteral("kvm1"));
    EXPECT_EQ(s.timeMs, 1000);
    ASSERT_EQ(s.cores.size(), 4);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 25.0);
    EXPECT_DOUBLE_EQ(s.cores[1].percent, 40.0); // 50 jiffies softirq x 0.8
    EXPECT_DOUBLE_EQ(s.cores[2].percent, 15.0); // 20 jiffies irq x 0.75, no network softirqs
    EXPECT_DOUBLE_EQ(s.cores[3].percent, 0.0);
    EXPECT_DOUBLE_EQ(s.cores[0].packetsPerSec, 1000.0);
    EXPECT_DOUBLE_EQ(s.cores[1].packetsPerSec, 2500.0);
    EXPECT_DOUBLE_EQ(s.cores[2].packetsPerSec, 0.0);
    EXPECT_DOUBLE_EQ(s.cores[1].droppedPerSec, 5.0);
    EXPECT_DOUBLE_EQ(s.cores[0].timeSqueezePerSec, 3.0);
    EXPECT_TRUE(s.hyperThreading);
    EXPECT_FALSE(s.cores[0].hyperThreadSibling);
    EXPECT_TRUE(s.cores[1].hyperThreadSibling);
    EXPECT_FALSE(s.cores[2].hyperThreadSibling);
    EXPECT_TRUE(s.cores[3].hyperThreadSibling);
    EXPECT_TRUE(s.notes.isEmpty()) << s.notes.join(QLatin1Char('\n')).toStdString();
}

TEST(NetworkSampler, EveryQueueInterruptOnTheCpuThatHandledMost)
{
    const NetworkSample s = fixtureSample();
    ASSERT_EQ(s.queues.size(), 8); // not virtio2-config, not eth1's link vector
    const struct
    {
        const char *irq;
        const char *nic;
        int queue;
        int core;
        double perSec;
    } expected[] = {
        {"virtio2-input.0", "eth0", 0, 1, 2000}, {"virtio2-output.0", "eth0", 0, 0, 100},
        {"virtio2-input.1", "eth0", 1, 3, 0},    {"virtio2-output.1", "eth0", 1, 2, 0}, // quiet: where it fired before
        {"eth1-TxRx-0", "eth1", 0, 0, 800},      {"eth1-TxRx-1", "eth1", 1, 1, 0},
        {"eth1-TxRx-2", "eth1", 2, 2, 300},      {"eth1-TxRx-3", "eth1", 3, 3, 0},
    };
    for (const auto &e : expected) {
        const QueueAssignment *q = findQueue(s, QLatin1String(e.irq));
        ASSERT_NE(q, nullptr) << e.irq;
        EXPECT_EQ(q->nic, QLatin1String(e.nic)) << e.irq;
        EXPECT_EQ(q->queue, e.queue) << e.irq;
        EXPECT_EQ(q->core, e.core) << e.irq;
        EXPECT_DOUBLE_EQ(q->interruptsPerSec, e.perSec) << e.irq;
        EXPECT_LT(q->packetsPerSec, 0) << "Linux does not count packets per queue";
    }
}

TEST(NetworkSampler, FlowsFromTheHypervisorsCounters)
{
    InterfaceCounters web;
    web.vmId = QStringLiteral("vm-1");
    web.vmName = QStringLiteral("web01");
    web.adapterId = QStringLiteral("net0");
    web.adapterName = QStringLiteral("vnet0");
    web.nic = QStringLiteral("eth1");
    web.path = ReceivePath::Vmq;
    web.valid = true;
    web.rxBytes = 1'000'000;
    web.rxPackets = 1000;
    web.txBytes = 500'000;
    InterfaceCounters later = web;
    later.rxBytes += 12'500'000; // 100 Mbit in one second
    later.rxPackets += 10'000;   // 1,250-byte packets
    later.rxDrop += 100;
    later.txBytes += 2'500'000;  // 20 Mbit
    InterfaceCounters vf;
    vf.vmId = QStringLiteral("vm-2");
    vf.vmName = QStringLiteral("db01");
    vf.adapterId = QStringLiteral("hostdev0");
    vf.adapterName = QStringLiteral("Network Adapter");
    vf.path = ReceivePath::SrIov;
    InterfaceCounters fresh = web; // started between the snapshots: no rate yet
    fresh.vmId = QStringLiteral("vm-3");

    const NetworkSample s = fixtureSample({web, vf}, {later, vf, fresh});
    ASSERT_EQ(s.flows.size(), 2);
    const FlowSample &f = s.flows[0];
    EXPECT_EQ(f.vmName, QStringLiteral("web01"));
    EXPECT_EQ(f.nic, QStringLiteral("eth1"));
    EXPECT_EQ(f.path, ReceivePath::Vmq);
    EXPECT_DOUBLE_EQ(f.deliveredInMbps, 100.0);
    EXPECT_DOUBLE_EQ(f.receivedPacketsPerSec, 10'000.0);
    EXPECT_DOUBLE_EQ(f.droppedPacketsPerSec, 100.0);
    EXPECT_DOUBLE_EQ(f.droppedInMbps, 1.0);  // 100 packets of 1,250 bytes
    EXPECT_DOUBLE_EQ(f.offeredInMbps, 101.0);
    EXPECT_DOUBLE_EQ(f.deliveredOutMbps, 20.0);
    EXPECT_DOUBLE_EQ(f.offeredOutMbps, 20.0);
    EXPECT_EQ(f.core, -1);
    const FlowSample &direct = s.flows[1];
    EXPECT_EQ(direct.path, ReceivePath::SrIov);
    EXPECT_DOUBLE_EQ(direct.deliveredInMbps, 0.0);
    ASSERT_EQ(s.notes.size(), 1);
    EXPECT_EQ(s.notes[0], QStringLiteral("No host counters for db01 (Network Adapter): a virtual function passed to the "
                                         "guest bypasses the host."));
}

TEST(NetworkSampler, TheHostsNicsWithTheirReceiveQueues)
{
    const HostNetworkSnapshot s = NetworkSampler(T1).read(0);
    const QList<PhysicalNic> nics = NetworkSampler::physicalNics(s.devices, s.interrupts);
    ASSERT_EQ(nics.size(), 2);
    EXPECT_EQ(nics[0].name, QStringLiteral("eth0"));
    EXPECT_EQ(nics[0].description, QStringLiteral("virtio_net (virtio2)"));
    EXPECT_EQ(nics[0].linkSpeedBps, 0u); // virtio reports no speed
    EXPECT_TRUE(nics[0].rss.enabled);
    EXPECT_EQ(nics[0].rss.queues, 2);
    EXPECT_EQ(nics[0].rss.maxProcessors, 2); // its receive vectors fire on CPUs 1 and 3; transmit ones do not count
    EXPECT_EQ(nics[0].rss.baseProcessor, 1);
    EXPECT_FALSE(nics[0].vmq.enabled);
    EXPECT_EQ(nics[1].name, QStringLiteral("eth1"));
    EXPECT_EQ(nics[1].linkSpeedBps, 10'000'000'000ULL);
    EXPECT_EQ(nics[1].rss.queues, 4);
    EXPECT_EQ(nics[1].rss.baseProcessor, 0);
}

TEST(NetworkSampler, InterruptNamesOfCommonDrivers)
{
    const QList<NetDevice> devices = {device(QStringLiteral("eth0"), QStringLiteral("0000:01:00.0"), QStringLiteral("e1000e")),
                                      device(QStringLiteral("eth1"), QStringLiteral("0000:02:00.0"), QStringLiteral("igb")),
                                      device(QStringLiteral("eth10"), QStringLiteral("0000:05:00.0"), QStringLiteral("i40e")),
                                      device(QStringLiteral("ens3"), QStringLiteral("virtio0"), QStringLiteral("virtio_net")),
                                      device(QStringLiteral("wlp2s0"), QStringLiteral("0000:02:00.1"), QStringLiteral("iwlwifi")),
                                      device(QStringLiteral("enp59s0"), QStringLiteral("0000:3b:00.0"), QStringLiteral("mlx5_core")),
                                      device(QStringLiteral("lo"), QString(), QString())};
    auto q = [&](const char *name, const QStringList &all = {}) { return NetworkSampler::queueIrq(QLatin1String(name), devices, all); };
    ASSERT_TRUE(q("eth0-rx-0"));
    EXPECT_EQ(q("eth0-rx-0")->device, QStringLiteral("eth0"));
    EXPECT_EQ(q("eth1-TxRx-7")->queue, 7);
    EXPECT_EQ(q("eth10-rx-3")->device, QStringLiteral("eth10")); // not eth1
    EXPECT_EQ(q("virtio0-input.0")->device, QStringLiteral("ens3"));
    EXPECT_EQ(q("virtio0-output.2")->queue, 2);
    EXPECT_FALSE(q("virtio0-config"));
    EXPECT_FALSE(q("virtio1-input.0")); // another virtio device (a disk, a balloon)
    EXPECT_EQ(q("iwlwifi:queue_1")->device, QStringLiteral("wlp2s0"));
    EXPECT_EQ(q("iwlwifi:queue_1")->queue, 1);
    EXPECT_EQ(q("iwlwifi:default_queue")->queue, -1);
    EXPECT_EQ(q("mlx5_comp3@pci:0000:3b:00.0")->device, QStringLiteral("enp59s0"));
    EXPECT_EQ(q("mlx5_comp3@pci:0000:3b:00.0")->queue, 3);
    EXPECT_EQ(q("mlx5_comp3")->queue, 3); // older kernels name no PCI address
    EXPECT_FALSE(q("mlx5_async@pci:0000:3b:00.0"));
    EXPECT_FALSE(q("eth0-link"));
    EXPECT_FALSE(q("ahci[0000:00:17.0]"));
    // A single-queue NIC's only vector is its default queue; beside numbered vectors it is not.
    EXPECT_EQ(q("eth0")->queue, -1);
    EXPECT_FALSE(q("eth0", {QStringLiteral("eth0"), QStringLiteral("eth0-rx-0")}));
}

// A container: no /proc/interrupts, no /sys/class/net, no topology, CPU 1 offline. What exists is
// shown, what does not is said, nothing is invented.
TEST(NetworkSampler, WhatIsMissingIsSaid)
{
    const NetworkSampler files(Container);
    const HostNetworkSnapshot a = files.read(0);
    const HostNetworkSnapshot b = files.read(500);
    EXPECT_EQ(a.cpuCount, 3);
    EXPECT_EQ(a.online, (QList<int>{0, 2}));
    const NetworkSample s = NetworkSampler::compute(QStringLiteral("box"), a, b);
    ASSERT_EQ(s.cores.size(), 3);
    for (const CoreSample &c : s.cores) {
        EXPECT_EQ(c.percent, 0.0);
        EXPECT_EQ(c.packetsPerSec, 0.0);
    }
    EXPECT_TRUE(s.queues.isEmpty());
    EXPECT_FALSE(s.hyperThreading);
    EXPECT_EQ(s.notes, (QStringList{
                           QStringLiteral("No /proc/interrupts here (a container?): receive queues cannot be tied to CPUs."),
                           QStringLiteral("No /sys/class/net: the host's network adapters and their queues are unknown."),
                           QStringLiteral("No CPU topology in /sys: hyper-threaded siblings are not marked."),
                           QStringLiteral("CPU 1 offline: no counters, shown at 0."),
                       }));
    // Nothing at all under the root: still a sample, with every part named as missing.
    const NetworkSampler nothing(QStringLiteral(HVDESK_TEST_DATA_DIR "/no-such-root"));
    const NetworkSample empty = NetworkSampler::compute(QStringLiteral("x"), nothing.read(0), nothing.read(100));
    EXPECT_TRUE(empty.cores.isEmpty());
    EXPECT_GE(empty.notes.size(), 4);
}

TEST(NetworkSampler, RatesComeOverTheWindowNotTheLastTick)
{
    NetworkSampler sampler(T0);
    sampler.setWindowMs(300);
    EXPECT_TRUE(sampler.sample(QStringLiteral("h"), 0, {}).cores.isEmpty()); // one snapshot: no rate yet
    const NetworkSample second = sampler.sample(QStringLiteral("h"), 100, {});
    EXPECT_EQ(second.cores.size(), 4);
    EXPECT_EQ(second.timeMs, 100);
    for (qint64 t = 200; t <= 1000; t += 100)
        sampler.sample(QStringLiteral("h"), t, {});
    const NetworkSample late = sampler.sample(QStringLiteral("h"), 1100, {});
    EXPECT_EQ(late.timeMs, 1100);
    EXPECT_DOUBLE_EQ(late.cores[0].percent, 0.0); // the same files every tick: nothing happened
}

// This machine: the sampler reads the real files twice, a fifth of a second apart.
TEST(NetworkSampler, LiveOnThisMachine)
{
    NetworkSampler sampler;
    sampler.setWindowMs(100);
    sampler.sample(QStringLiteral("here"), 0, {});
    QThread::msleep(200);
    const NetworkSample s = sampler.sample(QStringLiteral("here"), 200, {});
    const long online = sysconf(_SC_NPROCESSORS_ONLN);
    ASSERT_GT(online, 0);
    // One core per CPU number; offline CPUs keep their place.
    const HostNetworkSnapshot snapshot = NetworkSampler().read(0);
    EXPECT_EQ(snapshot.online.size(), online);
    EXPECT_EQ(s.cores.size(), snapshot.cpuCount);
    EXPECT_GE(s.cores.size(), online);
    EXPECT_LE(s.cores.size(), sysconf(_SC_NPROCESSORS_CONF));
    for (const CoreSample &c : s.cores) {
        EXPECT_GE(c.percent, 0.0);
        EXPECT_LE(c.percent, 100.0);
        EXPECT_GE(c.packetsPerSec, 0.0);
        EXPECT_GE(c.droppedPerSec, 0.0);
    }
    for (const QueueAssignment &q : s.queues) {
        EXPECT_GE(q.core, 0);
        EXPECT_LT(q.core, s.cores.size());
        EXPECT_GE(q.interruptsPerSec, 0.0);
        EXPECT_FALSE(q.nic.isEmpty());
    }
    if (QFile::exists(QStringLiteral("/proc/interrupts"))) {
        for (const QString &note : s.notes)
            EXPECT_FALSE(note.contains(QLatin1String("/proc/interrupts"))) << note.toStdString();
    }
}
