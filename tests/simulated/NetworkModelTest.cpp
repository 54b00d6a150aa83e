// The network model's rules, each with exact figures from a small topology: one host, one
// 10 GbE NIC, 1,500-byte packets unless said otherwise. A core carries 1e9 / 3,400 ns =
// 294,117.6 packets/s through the default queue (3,529.41 Mbps of 1,500-byte packets) and
// 500,000 packets/s through a VM queue.
#include "QtPrinters.h"
#include "TestTopologies.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/Simulation.h>
#include <simulated/TopologyLoader.h>

#include <QSignalSpy>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

// A roomy guest: the VMBus bound (4 MB, 1 ms: 2,621,000 packets/s) never limits.
const QString Roomy = QStringLiteral(R"("receiveBufferKB": 4096, "descheduleMs": 1)");

QString vm(const QString &name, const QString &adapter, const QString &state = QStringLiteral("running"))
{
    return QStringLiteral(R"({"name": "%1", "host": "h1", "state": "%3", "memory": {"startupMB": 1024},
        "adapters": [{"switch": "Public", %2}]})")
        .arg(name, adapter, state);
}

QString load(double inMbps, const QString &extra = Roomy, double outMbps = 0)
{
    return QStringLiteral(R"("load": {"inMbps": %1, "outMbps": %2, "profile": "steady"%3})")
        .arg(inMbps)
        .arg(outMbps)
        .arg(extra.isEmpty() ? QString() : QStringLiteral(", ") + extra);
}

Topology topology(const QString &nic, const QStringList &vms, const QString &switchExtra = QString(),
                  int processors = 8, bool hyperThreading = false)
{
    const QString json = QStringLiteral(R"({
  "seed": 3,
  "hosts": [{
    "name": "h1",
    "processor": {"logicalProcessors": %1, "hyperThreading": %2},
    "memoryGB": 64,
    "integrationServicesVersion": "6.2.9200.16433",
    "nics": [{"name": "nic", "linkSpeedGbps": 10, %3}],
    "switches": [{"name": "Public", "type": "external", "nic": "nic"%4}]
  }],
  "vms": [%5]
})")
                             .arg(processors)
                             .arg(hyperThreading ? QStringLiteral("true") : QStringLiteral("false"))
                             .arg(nic, switchExtra.isEmpty() ? QString() : QStringLiteral(", ") + switchExtra,
                                  vms.join(QStringLiteral(",\n")));
    Error e;
    auto t = TopologyLoader::fromJson(json.toUtf8(), QStringLiteral("net.json"), &e);
    EXPECT_TRUE(t.has_value()) << e.message.toStdString();
    return t ? *t : Topology();
}

const QString NoScaling = QStringLiteral(R"("rss": {"enabled": false}, "vmq": {"enabled": false})");

// Runs `ticks` ticks with host 0 sampled and returns the last sample.
NetworkSample sampleAfter(Simulation &sim, int ticks = 1)
{
    sim.setNetworkSampling(0, true);
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    sim.advance(Simulation::TickMs * ticks, &changed, &events);
    const QList<NetworkSample> samples = sim.takeNetworkSamples();
    EXPECT_EQ(samples.size(), ticks);
    return samples.isEmpty() ? NetworkSample() : samples.last();
}

const FlowSample &flow(const NetworkSample &s, const QString &vmName)
{
    for (const FlowSample &f : s.flows) {
        if (f.vmName == vmName)
            return f;
    }
    static FlowSample none;
    ADD_FAILURE() << "no flow of " << vmName.toStdString();
    return none;
}

} // namespace

TEST(NetworkModelTest, WithoutRssOrVmqEveryPacketLandsOnTheBaseCoreWhichSaturates)
{
    Simulation sim(topology(NoScaling, {vm(QStringLiteral("big"), load(9000))}));
    const NetworkSample s = sampleAfter(sim);
    ASSERT_EQ(s.cores.size(), 8);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 100.0);
    for (int c = 1; c < 8; ++c)
        EXPECT_DOUBLE_EQ(s.cores[c].percent, 0.0) << c;
    const FlowSample &f = flow(s, QStringLiteral("big"));
    EXPECT_EQ(f.path, ReceivePath::DefaultQueue);
    EXPECT_EQ(f.core, 0);
    // 750,000 packets/s offered; the core carries 1e9 / 3,400 ns of them.
    EXPECT_NEAR(f.receivedPacketsPerSec, 294117.65, 0.01);
    EXPECT_NEAR(f.deliveredInMbps, 3529.41, 0.01);
    EXPECT_NEAR(s.cores[0].packetsPerSec, 294117.65, 0.01);
    EXPECT_EQ(f.dropCause, DropCause::HostCoreSaturated);
    EXPECT_NEAR(f.droppedPacketsPerSec, 455882.35, 0.01);
    EXPECT_NEAR(f.hostCorePercent, 100.0, 1e-9);
}

TEST(NetworkModelTest, RssSpreadsTheWorkOverItsCoresAndEndsTheBottleneck)
{
    Simulation sim(topology(NoScaling, {vm(QStringLiteral("big"), load(9000))}));
    NicReceiveScaling rss;
    rss.mode = NicReceiveScaling::Mode::Rss;
    ASSERT_TRUE(sim.setNicReceiveScaling(0, QStringLiteral("nic"), rss).isNull());
    // The loader's RSS defaults: base processor 0, 8 processors, 8 queues.
    const NetworkSample s = sampleAfter(sim);
    for (int c = 0; c < 8; ++c)
        EXPECT_DOUBLE_EQ(s.cores[c].percent, 750000.0 / 8 * 3400 / 1e7) << c; // 31.875 %
    const FlowSample &f = flow(s, QStringLiteral("big"));
    EXPECT_EQ(f.path, ReceivePath::Rss);
    EXPECT_DOUBLE_EQ(f.deliveredInMbps, 9000.0);
    EXPECT_EQ(f.dropCause, DropCause::None);

    EXPECT_EQ(sim.setNicReceiveScaling(0, QStringLiteral("Ethernet 9"), rss).code, QStringLiteral("nic.unknown"));
}

TEST(NetworkModelTest, RssUsesMaxProcessorsFromTheBaseAndSkipsHyperThreadedSiblings)
{
    const QString nic = QStringLiteral(R"("rss": {"enabled": true, "baseProcessor": 0, "maxProcessors": 4, "queues": 4}, "vmq": {"enabled": false})");
    Simulation sim(topology(nic, {vm(QStringLiteral("big"), load(6000))}, QString(), 16, true));
    const NetworkSample s = sampleAfter(sim);
    ASSERT_EQ(s.cores.size(), 16);
    for (int c = 0; c < 16; ++c) {
        EXPECT_EQ(s.cores[c].hyperThreadSibling, c % 2 == 1) << c;
        const double expected = c % 2 == 0 && c < 8 ? 500000.0 / 4 * 3400 / 1e7 : 0.0; // 42.5 %
        EXPECT_DOUBLE_EQ(s.cores[c].percent, expected) << c;
    }
}

TEST(NetworkModelTest, VmQueuesAreFirstComeFirstServedAndStaticVmqSpreadsThem)
{
    const QString nic = QStringLiteral(R"("rss": {"enabled": false}, "vmq": {"enabled": true, "queues": 2, "baseProcessor": 0, "maxProcessors": 4, "dynamic": false})");
    Simulation sim(topology(nic, {vm(QStringLiteral("a"), load(600)), vm(QStringLiteral("b"), load(600)),
                                  vm(QStringLiteral("c"), load(600))}));
    const NetworkSample s = sampleAfter(sim, 10);
    EXPECT_EQ(flow(s, QStringLiteral("a")).path, ReceivePath::Vmq);
    EXPECT_EQ(flow(s, QStringLiteral("a")).core, 1);
    EXPECT_EQ(flow(s, QStringLiteral("b")).path, ReceivePath::Vmq);
    EXPECT_EQ(flow(s, QStringLiteral("b")).core, 2);
    EXPECT_EQ(flow(s, QStringLiteral("c")).path, ReceivePath::DefaultQueue); // no queue left
    EXPECT_EQ(flow(s, QStringLiteral("c")).core, 0);
    // 600 Mbps of 1,500-byte packets = 50,000 packets/s: 2,000 ns each on a queue, 3,400 on the default.
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 17.0);
    EXPECT_DOUBLE_EQ(s.cores[1].percent, 10.0);
    EXPECT_DOUBLE_EQ(s.cores[2].percent, 10.0);
    EXPECT_DOUBLE_EQ(s.cores[3].percent, 0.0);
    ASSERT_EQ(s.queues.size(), 3);
    EXPECT_EQ(s.queues[0].queue, -1);
    EXPECT_EQ(s.queues[0].core, 0);
    EXPECT_DOUBLE_EQ(s.queues[0].packetsPerSec, 50000.0);
    EXPECT_EQ(s.queues[1].vmName, QStringLiteral("a"));
    EXPECT_EQ(s.queues[1].core, 1);
    EXPECT_EQ(s.queues[2].vmName, QStringLiteral("b"));
    EXPECT_EQ(s.queues[2].core, 2);
}

TEST(NetworkModelTest, DynamicVmqMovesTheBusiestQueueOffAHotCore)
{
    const QString nic = QStringLiteral(R"("rss": {"enabled": false}, "vmq": {"enabled": true, "queues": 4, "baseProcessor": 0, "maxProcessors": 4, "dynamic": true})");
    Simulation sim(topology(nic, {vm(QStringLiteral("a"), load(5000)), vm(QStringLiteral("b"), load(1200))}));
    // Dynamic VMQ starts every queue on the base core: 416,667 + 100,000 packets/s at 2,000 ns.
    NetworkSample s = sampleAfter(sim);
    EXPECT_EQ(flow(s, QStringLiteral("a")).core, 0);
    EXPECT_EQ(flow(s, QStringLiteral("b")).core, 0);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 100.0);
    EXPECT_EQ(flow(s, QStringLiteral("a")).dropCause, DropCause::HostCoreSaturated);
    // Above 80 %, the busiest queue moves to the least loaded core.
    s = sampleAfter(sim);
    EXPECT_EQ(flow(s, QStringLiteral("a")).core, 1);
    EXPECT_EQ(flow(s, QStringLiteral("b")).core, 0);
    EXPECT_NEAR(s.cores[1].percent, 83.333333, 1e-5);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 20.0);
    EXPECT_DOUBLE_EQ(flow(s, QStringLiteral("a")).deliveredInMbps, 5000.0);
    // Nothing is above the threshold any more: it stays.
    s = sampleAfter(sim, 10);
    EXPECT_EQ(flow(s, QStringLiteral("a")).core, 1);
    EXPECT_EQ(flow(s, QStringLiteral("b")).core, 0);
}

TEST(NetworkModelTest, StaticVmqLeavesAHotCoreAlone)
{
    // Two cores: queue 0 on core 1, queue 1 on core 0, queue 2 on core 1 again.
    const QString nic = QStringLiteral(R"("rss": {"enabled": false}, "vmq": {"enabled": true, "queues": 4, "baseProcessor": 0, "maxProcessors": 2, "dynamic": false})");
    Simulation sim(topology(nic, {vm(QStringLiteral("a"), load(5000)), vm(QStringLiteral("b"), load(100)),
                                  vm(QStringLiteral("c"), load(1200))}));
    const NetworkSample s = sampleAfter(sim, 20);
    EXPECT_EQ(flow(s, QStringLiteral("a")).core, 1);
    EXPECT_EQ(flow(s, QStringLiteral("b")).core, 0);
    EXPECT_EQ(flow(s, QStringLiteral("c")).core, 1);
    EXPECT_DOUBLE_EQ(s.cores[1].percent, 100.0);
    // 516,667 packets/s demanded, 500,000 carried: each queue keeps 96.77 %.
    EXPECT_NEAR(flow(s, QStringLiteral("c")).deliveredInMbps, 1200.0 * 500000.0 / 516666.6667, 1e-3);
    EXPECT_EQ(flow(s, QStringLiteral("c")).dropCause, DropCause::HostCoreSaturated);
}

TEST(NetworkModelTest, SrIovCostsNoHostCoreAndBypassesQos)
{
    const QString nic = QStringLiteral(R"("rss": {"enabled": false}, "vmq": {"enabled": false}, "sriov": {"supported": true, "virtualFunctions": 4})");
    const QString vf = QStringLiteral(R"("iovWeight": 100, "maximumMbps": 1000, )") + load(3000);
    const QString synthetic = QStringLiteral(R"("maximumMbps": 1000, )") + load(3000);
    Simulation sim(topology(nic, {vm(QStringLiteral("vf"), vf), vm(QStringLiteral("syn"), synthetic)},
                            QStringLiteral(R"("iov": true)")));
    NetworkSample s = sampleAfter(sim);
    const FlowSample &v = flow(s, QStringLiteral("vf"));
    EXPECT_EQ(v.path, ReceivePath::SrIov);
    EXPECT_DOUBLE_EQ(v.deliveredInMbps, 3000.0); // the 1,000 Mbps maximum does not apply
    EXPECT_DOUBLE_EQ(v.hostCorePercent, 0.0);
    const FlowSample &syn = flow(s, QStringLiteral("syn"));
    EXPECT_DOUBLE_EQ(syn.deliveredInMbps, 1000.0);
    EXPECT_EQ(syn.dropCause, DropCause::MaximumBandwidth);
    // Only the synthetic adapter's 83,333 packets/s cost the base core.
    EXPECT_NEAR(s.cores[0].percent, 1000.0 / 0.012 * 3400 / 1e7, 1e-9); // 28.33 %

    // Turning SR-IOV on for the synthetic adapter moves its load off the host cores.
    const int index = test::vmIndex(sim, QStringLiteral("syn"));
    VmSettingsChange change;
    change.vmId = sim.vm(index).id;
    AdapterModification m{sim.vm(index).adapters[0].settings, sim.vm(index).adapters[0].settings};
    m.after.iovWeight = 100;
    change.modifiedAdapters << m;
    EXPECT_TRUE(NetworkModel::isOffloadOnly(change));
    ASSERT_TRUE(sim.beginApplySettings(index, change, 1).isNull());
    // An offload change applies in half a second: the next sample shows it.
    s = sampleAfter(sim, 4);
    EXPECT_EQ(flow(s, QStringLiteral("syn")).path, ReceivePath::DefaultQueue);
    s = sampleAfter(sim, 2);
    EXPECT_EQ(flow(s, QStringLiteral("syn")).path, ReceivePath::SrIov);
    EXPECT_DOUBLE_EQ(flow(s, QStringLiteral("syn")).deliveredInMbps, 3000.0);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 0.0);

    // Anything beyond offload weights is an ordinary settings change.
    AdapterModification vlan = m;
    vlan.after.vlanEnabled = true;
    vlan.after.vlanId = 12;
    change.modifiedAdapters = {vlan};
    EXPECT_FALSE(NetworkModel::isOffloadOnly(change));
}

TEST(NetworkModelTest, AbsoluteQosReservesFirstThenSharesFairlyUnderTheMaximums)
{
    const QString nic = QStringLiteral(R"("rss": {"enabled": true, "maxProcessors": 8, "queues": 8}, "vmq": {"enabled": false})");
    Simulation sim(topology(nic,
                            {vm(QStringLiteral("a"), QStringLiteral(R"("minimumMbps": 6000, )") + load(8000)),
                             vm(QStringLiteral("b"), load(8000)),
                             vm(QStringLiteral("c"), QStringLiteral(R"("maximumMbps": 1000, )") + load(5000))},
                            QStringLiteral(R"("reservationMode": "Absolute")")));
    const NetworkSample s = sampleAfter(sim);
    // a: 6,000 reserved; the other 4,000 fairly: c takes its 1,000 cap, a and b 1,500 each.
    EXPECT_NEAR(flow(s, QStringLiteral("a")).deliveredInMbps, 7500.0, 1e-6);
    EXPECT_NEAR(flow(s, QStringLiteral("b")).deliveredInMbps, 1500.0, 1e-6);
    EXPECT_NEAR(flow(s, QStringLiteral("c")).deliveredInMbps, 1000.0, 1e-6);
    EXPECT_EQ(flow(s, QStringLiteral("a")).dropCause, DropCause::LinkCongestion);
    EXPECT_EQ(flow(s, QStringLiteral("c")).dropCause, DropCause::MaximumBandwidth);
}

TEST(NetworkModelTest, WeightQosReservesByWeightThenSharesTheRestByWeight)
{
    const QString nic = QStringLiteral(R"("rss": {"enabled": true, "maxProcessors": 8, "queues": 8}, "vmq": {"enabled": false})");
    Simulation sim(topology(nic,
                            {vm(QStringLiteral("a"), QStringLiteral(R"("minimumWeight": 50, )") + load(8000)),
                             vm(QStringLiteral("b"), QStringLiteral(R"("minimumWeight": 10, )") + load(8000)),
                             vm(QStringLiteral("c"), load(8000))},
                            QStringLiteral(R"("reservationMode": "Weight")")));
    const NetworkSample s = sampleAfter(sim);
    // Reserved 5,000 / 1,000 / 0; the remaining 4,000 by weight 50:10:1 fills a to its 8,000,
    // then the last 1,000 goes 10:1 to b and c.
    EXPECT_NEAR(flow(s, QStringLiteral("a")).deliveredInMbps, 8000.0, 1e-6);
    EXPECT_NEAR(flow(s, QStringLiteral("b")).deliveredInMbps, 1000.0 + 1000.0 * 10 / 11, 1e-6);
    EXPECT_NEAR(flow(s, QStringLiteral("c")).deliveredInMbps, 1000.0 / 11, 1e-6);
}

TEST(NetworkModelTest, TheVmBusReceiveBufferBoundsTheGuestsPacketRate)
{
    // 200 Mbps of 200-byte packets: 125,000 packets/s.
    const QString small = QStringLiteral(R"("packetBytes": 200)");
    Simulation sim(topology(NoScaling, {vm(QStringLiteral("default"), load(200, small)),
                                        vm(QStringLiteral("twoMB"), load(200, small + QStringLiteral(R"(, "receiveBufferKB": 2048)")))}));
    const NetworkSample s = sampleAfter(sim);
    // 1 MB = 655 slots of 1,600 bytes; descheduled up to 10 ms: 65,500 packets/s.
    const FlowSample &d = flow(s, QStringLiteral("default"));
    EXPECT_DOUBLE_EQ(d.receivedPacketsPerSec, 65500.0);
    EXPECT_DOUBLE_EQ(d.deliveredInMbps, 104.8);
    EXPECT_DOUBLE_EQ(d.droppedPacketsPerSec, 59500.0);
    EXPECT_EQ(d.dropCause, DropCause::VmBusBuffer);
    // 2 MB doubles it to 131,000: all 125,000 arrive.
    const FlowSample &t = flow(s, QStringLiteral("twoMB"));
    EXPECT_DOUBLE_EQ(t.receivedPacketsPerSec, 125000.0);
    EXPECT_EQ(t.dropCause, DropCause::None);
}

TEST(NetworkModelTest, IpsecSasOffloadWithinTheNicsCapacityAndTheRestCostsTheGuest)
{
    const QString nic = NoScaling + QStringLiteral(R"(, "ipsecOffloadSAs": 100)");
    Simulation sim(topology(nic, {vm(QStringLiteral("a"), load(100, Roomy + QStringLiteral(R"(, "ipsecSAs": 80)"), 100)),
                                  vm(QStringLiteral("b"), load(100, Roomy + QStringLiteral(R"(, "ipsecSAs": 50)"), 100)),
                                  vm(QStringLiteral("c"), QStringLiteral(R"("ipsecSAs": 0, )") + load(100, Roomy + QStringLiteral(R"(, "ipsecSAs": 10)"), 100))}));
    const NetworkSample s = sampleAfter(sim);
    EXPECT_EQ(flow(s, QStringLiteral("a")).ipsecSasOffloaded, 80);
    EXPECT_DOUBLE_EQ(flow(s, QStringLiteral("a")).guestIpsecCpuPercent, 0.0);
    EXPECT_EQ(flow(s, QStringLiteral("b")).ipsecSasOffloaded, 20);
    EXPECT_EQ(flow(s, QStringLiteral("b")).ipsecSasInGuest, 30);
    // 200 Mbps = 25 MB/s, three fifths in software at 5 ns a byte: 7.5 % of a virtual processor.
    EXPECT_NEAR(flow(s, QStringLiteral("b")).guestIpsecCpuPercent, 7.5, 1e-9);
    // Offload turned off on the adapter (0 SAs): all in the guest.
    EXPECT_EQ(flow(s, QStringLiteral("c")).ipsecSasOffloaded, 0);
    EXPECT_NEAR(flow(s, QStringLiteral("c")).guestIpsecCpuPercent, 12.5, 1e-9);
}

TEST(NetworkModelTest, OnlyRunningVmsOnExternalSwitchesAppearAndOnlySampledHostsAreSampled)
{
    Simulation sim(topology(NoScaling, {vm(QStringLiteral("on"), load(100)), vm(QStringLiteral("off"), load(100), QStringLiteral("off"))}));
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    sim.advance(1000, &changed, &events);
    EXPECT_TRUE(sim.takeNetworkSamples().isEmpty());
    const NetworkSample s = sampleAfter(sim);
    ASSERT_EQ(s.flows.size(), 1);
    EXPECT_EQ(s.flows[0].vmName, QStringLiteral("on"));
    EXPECT_EQ(s.hostName, QStringLiteral("h1"));
    EXPECT_EQ(s.timeMs, 1100);
}

TEST(NetworkModelTest, ProfilesAreDeterministicAndKeepTheirMean)
{
    const QString bursty = QStringLiteral(R"("load": {"inMbps": 100, "profile": "bursty", "receiveBufferKB": 4096, "descheduleMs": 1})");
    Simulation a(topology(NoScaling, {vm(QStringLiteral("x"), bursty)}));
    Simulation b(topology(NoScaling, {vm(QStringLiteral("x"), bursty)}));
    a.setNetworkSampling(0, true);
    b.setNetworkSampling(0, true);
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    a.advance(60'000, &changed, &events);
    b.advance(60'000, &changed, &events);
    const QList<NetworkSample> sa = a.takeNetworkSamples();
    const QList<NetworkSample> sb = b.takeNetworkSamples();
    ASSERT_EQ(sa.size(), 600);
    EXPECT_EQ(sa, sb);
    QSet<double> levels;
    for (const NetworkSample &s : sa)
        levels.insert(s.flows[0].offeredInMbps);
    EXPECT_EQ(levels, (QSet<double>{250.0, 50.0}));
}

TEST(NetworkModelTest, ALoadWithABadProfileIsRejectedNamingTheField)
{
    const QByteArray json = R"({"hosts": [{"name": "h1", "processor": {"logicalProcessors": 4}, "memoryGB": 8,
        "integrationServicesVersion": "6.2.9200.16433", "nics": [{"name": "nic"}],
        "switches": [{"name": "Public", "nic": "nic"}]}],
      "vms": [{"name": "v", "host": "h1", "memory": {"startupMB": 512},
        "adapters": [{"switch": "Public", "load": {"inMbps": 10, "profile": "spiky"}}]}]})";
    Error e;
    EXPECT_FALSE(TopologyLoader::fromJson(json, QStringLiteral("bad.json"), &e));
    EXPECT_EQ(e.field, QStringLiteral("vms[0].adapters[0].load.profile"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("'spiky' is not one of: steady, bursty, daily"))) << e.message.toStdString();
}

TEST(NetworkModelTest, TheDemosPaladinStallsOnCoreZeroUntilRssIsOn)
{
    Simulation sim(test::demo());
    const int paladin = sim.indexOfHost(QStringLiteral("paladin"));
    ASSERT_GE(paladin, 0);
    sim.setNetworkSampling(paladin, true);
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    sim.advance(Simulation::TickMs, &changed, &events);
    NetworkSample s = sim.takeNetworkSamples().last();
    ASSERT_EQ(s.cores.size(), 16);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 100.0);
    EXPECT_NEAR(flow(s, QStringLiteral("lab-web")).deliveredInMbps, 3529.41, 0.01);
    EXPECT_EQ(flow(s, QStringLiteral("lab-web")).dropCause, DropCause::HostCoreSaturated);

    NicReceiveScaling rss;
    rss.mode = NicReceiveScaling::Mode::Rss;
    ASSERT_TRUE(sim.setNicReceiveScaling(paladin, QStringLiteral("Ethernet 1"), rss).isNull());
    sim.advance(Simulation::TickMs, &changed, &events);
    s = sim.takeNetworkSamples().last();
    EXPECT_DOUBLE_EQ(flow(s, QStringLiteral("lab-web")).deliveredInMbps, 3900.0);
    EXPECT_DOUBLE_EQ(s.cores[0].percent, 325000.0 / 8 * 3400 / 1e7); // 13.8125 %
}

TEST(NetworkModelTest, TheBackendSamplesSubscribedHostsOnlyAndChangesNicScalingAsAJob)
{
    auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:demo"), test::demo());
    b->setClockMode(SimulatedBackend::ClockMode::Manual);
    b->open();
    EXPECT_TRUE(b->can(Capability::NetworkSamples));
    EXPECT_TRUE(b->can(Capability::NicReceiveScaling));
    QSignalSpy spy(b.get(), &HostBackend::networkSampled);
    b->subscribeNetworkSamples(QStringLiteral("paladin"));
    b->subscribeNetworkSamples(QStringLiteral("paladin"));
    b->advance(1000);
    ASSERT_EQ(spy.size(), 10);
    EXPECT_EQ(spy.last().first().value<NetworkSample>().hostName, QStringLiteral("paladin"));
    b->unsubscribeNetworkSamples(QStringLiteral("paladin"));
    b->advance(500);
    EXPECT_EQ(spy.size(), 15); // one subscriber is left
    b->unsubscribeNetworkSamples(QStringLiteral("paladin"));
    b->advance(500);
    EXPECT_EQ(spy.size(), 15);

    NicReceiveScaling vmq;
    vmq.mode = NicReceiveScaling::Mode::Vmq;
    vmq.dynamicVmq = false;
    JobPtr job = b->setNicReceiveScaling(QStringLiteral("paladin"), QStringLiteral("Ethernet 1"), vmq);
    EXPECT_EQ(job->state(), Job::State::Completed);
    const PhysicalNic nic = b->host(QStringLiteral("paladin"))->nics[0];
    EXPECT_TRUE(nic.vmq.enabled);
    EXPECT_FALSE(nic.vmq.dynamic);
    EXPECT_FALSE(nic.rss.enabled); // exclusive
    job = b->setNicReceiveScaling(QStringLiteral("paladin"), QStringLiteral("Ethernet 7"), vmq);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("nic.unknown"));
    EXPECT_EQ(job->error().field, QStringLiteral("nic"));
}
