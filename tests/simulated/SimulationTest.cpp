#include "QtPrinters.h"
#include "TestTopologies.h"

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;

struct Step
{
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
};

Step advance(Simulation &s, qint64 ms)
{
    Step r;
    s.advance(ms, &r.changed, &r.events);
    return r;
}

const Simulation::OperationEvent *finished(const Step &r, quint64 token)
{
    for (const auto &e : r.events) {
        if (e.token == token && e.finished)
            return &e;
    }
    return nullptr;
}

} // namespace

TEST(SimulationTest, IsDeterministic)
{
    Simulation a(test::demo());
    Simulation b(test::demo());
    advance(a, 12'345);
    advance(b, 5'000);
    advance(b, 7'345);
    ASSERT_EQ(a.vmCount(), b.vmCount());
    for (int i = 0; i < a.vmCount(); ++i)
        EXPECT_EQ(a.vm(i), b.vm(i)) << a.vm(i).name.toStdString();
    EXPECT_EQ(a.nowMs(), 12'300); // whole 100 ms ticks; the rest carries over
}

TEST(SimulationTest, TheSeedChangesTheNumbers)
{
    Topology other = test::demo();
    other.seed = 99;
    Simulation a(test::demo());
    Simulation b(other);
    bool differs = false;
    for (int step = 0; step < 20 && !differs; ++step) {
        advance(a, 1000);
        advance(b, 1000);
        for (int i = 0; i < a.vmCount(); ++i)
            differs = differs || a.vm(i).cpuUsage != b.vm(i).cpuUsage;
    }
    EXPECT_TRUE(differs);
}

TEST(SimulationTest, StartTakesFourSimulatedSecondsAndCountsUptime)
{
    Simulation s(test::small());
    const int d = test::vmIndex(s, QStringLiteral("d"));
    ASSERT_TRUE(s.beginStateChange(d, VmAction::Start, 1).isNull());
    EXPECT_EQ(s.vm(d).state, VmState::Starting);
    EXPECT_EQ(s.vm(d).status, QStringLiteral("Starting (0 %)"));
    Step r = advance(s, 3'900);
    EXPECT_EQ(s.vm(d).state, VmState::Starting);
    EXPECT_EQ(s.vm(d).status, QStringLiteral("Starting (97 %)"));
    EXPECT_FALSE(finished(r, 1));
    r = advance(s, 100);
    ASSERT_TRUE(finished(r, 1));
    EXPECT_TRUE(finished(r, 1)->error.isNull());
    EXPECT_EQ(s.vm(d).state, VmState::Running);
    EXPECT_EQ(s.vm(d).uptimeMs, 100);
    EXPECT_EQ(s.vm(d).status, QStringLiteral("Operating normally"));
    advance(s, 1'000);
    EXPECT_EQ(s.vm(d).uptimeMs, 1'100);
    EXPECT_GT(s.vm(d).cpuUsage, 0);
    EXPECT_EQ(s.vm(d).memoryAssignedBytes, 8 * GiB);
}

TEST(SimulationTest, IllegalTransitionsLeaveTheVmAlone)
{
    Simulation s(test::small());
    const int d = test::vmIndex(s, QStringLiteral("d"));
    const VmInfo before = s.vm(d);
    const Error e = s.beginStateChange(d, VmAction::Pause, 1);
    EXPECT_EQ(e.code, QStringLiteral("vm.transition"));
    EXPECT_EQ(e.message, QStringLiteral("Cannot pause 'd': the virtual machine is off."));
    EXPECT_EQ(s.vm(d), before);
    // Busy VMs refuse a second operation.
    ASSERT_TRUE(s.beginStateChange(d, VmAction::Start, 2).isNull());
    EXPECT_EQ(s.beginStateChange(d, VmAction::TurnOff, 3).code, QStringLiteral("vm.transition"));
}

TEST(SimulationTest, SaveReleasesMemoryAndStartRestores)
{
    Simulation s(test::small());
    const int a = test::vmIndex(s, QStringLiteral("a"));
    const quint64 freeBefore = s.hosts()[0].memoryAvailableBytes;
    EXPECT_EQ(freeBefore, 16 * GiB - 6 * GiB - Simulation::HostReserveBytes);
    ASSERT_TRUE(s.beginStateChange(a, VmAction::Save, 1).isNull());
    EXPECT_EQ(s.vm(a).state, VmState::Saving);
    const Step r = advance(s, 1'600); // 1 s + 300 ms per GiB
    ASSERT_TRUE(finished(r, 1));
    EXPECT_EQ(s.vm(a).state, VmState::Saved);
    EXPECT_EQ(s.vm(a).memoryAssignedBytes, 0u);
    EXPECT_EQ(s.vm(a).uptimeMs, 0);
    EXPECT_EQ(s.hosts()[0].memoryAvailableBytes, freeBefore + 2 * GiB);
    ASSERT_TRUE(s.beginStateChange(a, VmAction::Start, 2).isNull());
    ASSERT_TRUE(finished(advance(s, 1'600), 2));
    EXPECT_EQ(s.vm(a).state, VmState::Running);
}

TEST(SimulationTest, PauseFreezesUptimeAndResumeContinues)
{
    Simulation s(test::small());
    const int a = test::vmIndex(s, QStringLiteral("a"));
    ASSERT_TRUE(s.beginStateChange(a, VmAction::Pause, 1).isNull());
    ASSERT_TRUE(finished(advance(s, 400), 1));
    EXPECT_EQ(s.vm(a).state, VmState::Paused);
    const qint64 uptime = s.vm(a).uptimeMs;
    advance(s, 5'000);
    EXPECT_EQ(s.vm(a).uptimeMs, uptime);
    EXPECT_EQ(s.vm(a).cpuUsage, 0);
    EXPECT_EQ(s.vm(a).memoryAssignedBytes, 2 * GiB); // a paused VM keeps its memory
    ASSERT_TRUE(s.beginStateChange(a, VmAction::Resume, 2).isNull());
    ASSERT_TRUE(finished(advance(s, 400), 2));
    EXPECT_EQ(s.vm(a).state, VmState::Running);
    advance(s, 1'000);
    EXPECT_EQ(s.vm(a).uptimeMs, uptime + 1'100);
}

TEST(SimulationTest, StartNeedsMemoryOnTheHost)
{
    Simulation s(test::demo());
    const int labSql = test::vmIndex(s, QStringLiteral("lab-sql"));
    const Error e = s.beginStateChange(labSql, VmAction::Start, 1);
    EXPECT_EQ(e.code, QStringLiteral("0x8007000E"));
    EXPECT_EQ(e.field, QStringLiteral("memoryStartupBytes"));
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("'lab-sql' could not start: not enough memory on paladin")))
        << e.message.toStdString();
    EXPECT_EQ(s.vm(labSql).state, VmState::Off);
}

TEST(SimulationTest, ShutDownNeedsTheShutdownIntegrationService)
{
    Simulation s(test::small());
    const int c = test::vmIndex(s, QStringLiteral("c")); // no integration services
    const Error e = s.beginStateChange(c, VmAction::ShutDown, 1);
    EXPECT_EQ(e.code, QStringLiteral("vm.shutdown-unavailable"));
    EXPECT_TRUE(e.fix.contains(QStringLiteral("Turn Off")));
    const int a = test::vmIndex(s, QStringLiteral("a"));
    ASSERT_TRUE(s.beginStateChange(a, VmAction::ShutDown, 2).isNull());
    ASSERT_TRUE(finished(advance(s, 5'000), 2));
    EXPECT_EQ(s.vm(a).state, VmState::Off);
}

TEST(SimulationTest, AnInjectedFaultFailsHalfwayAndRestoresTheState)
{
    Simulation s(test::small());
    const int d = test::vmIndex(s, QStringLiteral("d"));
    const Error fault{QStringLiteral("32768"), QStringLiteral("'d' failed to start: the VHD is locked."), QString(),
                      QStringLiteral("Close the program that holds it.")};
    s.injectFault(d, VmAction::Start, fault);
    ASSERT_TRUE(s.beginStateChange(d, VmAction::Start, 1).isNull());
    Step r = advance(s, 1'900);
    EXPECT_FALSE(finished(r, 1));
    r = advance(s, 100);
    const auto *ev = finished(r, 1);
    ASSERT_TRUE(ev);
    EXPECT_EQ(ev->error, fault);
    EXPECT_EQ(ev->percent, 50);
    EXPECT_EQ(s.vm(d).state, VmState::Off);
    EXPECT_EQ(s.vm(d).memoryAssignedBytes, 0u);
    s.clearFault(d, VmAction::Start);
    ASSERT_TRUE(s.beginStateChange(d, VmAction::Start, 2).isNull());
    EXPECT_TRUE(finished(advance(s, 4'000), 2)->error.isNull());
}

TEST(SimulationTest, CancelReturnsToTheOriginalState)
{
    Simulation s(test::small());
    const int d = test::vmIndex(s, QStringLiteral("d"));
    ASSERT_TRUE(s.beginStateChange(d, VmAction::Start, 5).isNull());
    advance(s, 1'000);
    EXPECT_TRUE(s.cancel(5));
    EXPECT_EQ(s.vm(d).state, VmState::Off);
    EXPECT_FALSE(s.cancel(5));
    const Step r = advance(s, 5'000);
    EXPECT_FALSE(finished(r, 5));
}

TEST(SimulationTest, VirtualFunctionsAndQueuesAreFirstComeFirstServed)
{
    Simulation s(test::small(/*vfs*/ 2, /*queues*/ 2));
    const VmInfo &a = s.vm(test::vmIndex(s, QStringLiteral("a")));
    const VmInfo &b = s.vm(test::vmIndex(s, QStringLiteral("b")));
    const VmInfo &c = s.vm(test::vmIndex(s, QStringLiteral("c")));
    EXPECT_TRUE(a.adapters[0].runtime.vfDataPathActive);
    EXPECT_EQ(a.adapters[0].runtime.virtualFunction, 0);
    EXPECT_EQ(b.adapters[0].runtime.virtualFunction, 1);
    EXPECT_FALSE(c.adapters[0].runtime.iovUsage);
    EXPECT_EQ(c.adapters[0].runtime.iovFallbackReason, QStringLiteral("No virtual function is free on 'Public' (2 of 2 in use)."));
    EXPECT_EQ(c.adapters[0].runtime.status, QStringLiteral("Degraded"));
    // SR-IOV traffic bypasses the switch, so only c takes a VM queue.
    EXPECT_FALSE(a.adapters[0].runtime.vmqUsage);
    EXPECT_TRUE(c.adapters[0].runtime.vmqUsage);
    const VirtualSwitch &sw = s.hosts()[0].switches[0];
    EXPECT_EQ(sw.iovVirtualFunctionCount, 2);
    EXPECT_EQ(sw.iovVirtualFunctionsInUse, 2);
    EXPECT_EQ(sw.vmqAllocated, 1);
    EXPECT_EQ(sw.availableVmQueues, 2);

    // When a turns off, its virtual function goes to the next in line.
    ASSERT_TRUE(s.beginStateChange(test::vmIndex(s, QStringLiteral("a")), VmAction::TurnOff, 1).isNull());
    advance(s, 800);
    const VmInfo &c2 = s.vm(test::vmIndex(s, QStringLiteral("c")));
    EXPECT_TRUE(c2.adapters[0].runtime.vfDataPathActive);
    EXPECT_EQ(c2.adapters[0].runtime.virtualFunction, 1);
    EXPECT_TRUE(c2.adapters[0].runtime.iovFallbackReason.isEmpty());
    EXPECT_EQ(s.hosts()[0].switches[0].vmqAllocated, 0);
}

TEST(SimulationTest, IntegrationServiceStatusFollowsVersionsAndState)
{
    Simulation s(test::small());
    auto status = [&](const QString &vm, IntegrationServiceKind kind) {
        return s.vm(test::vmIndex(s, vm)).integrationServices.service(kind)->status;
    };
    EXPECT_EQ(status(QStringLiteral("a"), IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::Ok);
    EXPECT_EQ(status(QStringLiteral("b"), IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::ProtocolMismatch);
    EXPECT_EQ(status(QStringLiteral("c"), IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::NoContact);
    EXPECT_EQ(status(QStringLiteral("d"), IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::NoContact);
    EXPECT_EQ(status(QStringLiteral("a"), IntegrationServiceKind::GuestServices), IntegrationServiceStatus::NotApplicable);
}

TEST(SimulationTest, SettingsApplyAtTheEndAndAllAtOnce)
{
    Simulation s(test::small());
    const int a = test::vmIndex(s, QStringLiteral("a"));
    VmSettings before{{s.vm(a).adapters[0].settings}, s.vm(a).integrationServices.services};
    VmSettings after = before;
    after.adapters[0].vlanEnabled = true;
    after.adapters[0].vlanId = 20;
    after.integrationServices[5].enabled = true;
    const VmSettingsChange change = VmSettingsChange::between(s.vm(a).id, before, after);
    ASSERT_TRUE(s.beginApplySettings(a, change, 1).isNull());
    EXPECT_EQ(s.vm(a).status, QStringLiteral("Applying settings (0 %)"));
    advance(s, 1'400);
    EXPECT_FALSE(s.vm(a).adapters[0].settings.vlanEnabled); // nothing half-applied
    ASSERT_TRUE(finished(advance(s, 100), 1));
    EXPECT_EQ(s.vm(a).adapters[0].settings.vlanId, 20);
    EXPECT_TRUE(s.vm(a).integrationServices.isEnabled(IntegrationServiceKind::GuestServices));
}

TEST(SimulationTest, AFailedApplyChangesNothing)
{
    Simulation s(test::small());
    const int a = test::vmIndex(s, QStringLiteral("a"));
    const VmInfo original = s.vm(a);
    VmSettings before{{original.adapters[0].settings}, original.integrationServices.services};
    VmSettings after = before;
    after.adapters[0].vlanEnabled = true;
    after.adapters[0].vlanId = 30;
    after.adapters[0].maximumBandwidth = 500'000'000;
    after.integrationServices[0].enabled = false;
    s.injectApplyFault(a, Error{QStringLiteral("32773"), QStringLiteral("The operation failed."), {}, {}});
    ASSERT_TRUE(s.beginApplySettings(a, VmSettingsChange::between(original.id, before, after), 1).isNull());
    const Step r = advance(s, 1'500);
    ASSERT_TRUE(finished(r, 1));
    EXPECT_EQ(finished(r, 1)->error.code, QStringLiteral("32773"));
    EXPECT_EQ(s.vm(a).adapters, original.adapters);
    EXPECT_EQ(s.vm(a).integrationServices.services.size(), original.integrationServices.services.size());
    EXPECT_TRUE(s.vm(a).integrationServices.isEnabled(IntegrationServiceKind::Shutdown));
}

TEST(SimulationTest, InvalidSettingsAreRefusedUpFrontNamingTheField)
{
    Simulation s(test::small());
    const int a = test::vmIndex(s, QStringLiteral("a"));
    VmSettings before{{s.vm(a).adapters[0].settings}, {}};
    VmSettings after = before;
    after.adapters[0].vlanEnabled = true;
    after.adapters[0].vlanId = 5000;
    Error e = s.beginApplySettings(a, VmSettingsChange::between(s.vm(a).id, before, after), 1);
    EXPECT_EQ(e.code, QStringLiteral("adapter.vlan.range"));
    EXPECT_EQ(e.field, QStringLiteral("vlanId"));
    EXPECT_EQ(e.message, QStringLiteral("Network Adapter: VLAN ID: 5000 is out of range."));

    after = before;
    NetworkAdapterSettings extra;
    extra.switchName = QStringLiteral("Public");
    after.adapters << extra;
    e = s.beginApplySettings(a, VmSettingsChange::between(s.vm(a).id, before, after), 2);
    EXPECT_EQ(e.code, QStringLiteral("adapter.add-remove.running"));

    // While off, an adapter can be added; it gets an id and a dynamic MAC address.
    const int d = test::vmIndex(s, QStringLiteral("d"));
    VmSettings offBefore{{s.vm(d).adapters[0].settings}, {}};
    VmSettings offAfter = offBefore;
    offAfter.adapters << extra;
    ASSERT_TRUE(s.beginApplySettings(d, VmSettingsChange::between(s.vm(d).id, offBefore, offAfter), 3).isNull());
    advance(s, 1'500);
    ASSERT_EQ(s.vm(d).adapters.size(), 2);
    EXPECT_FALSE(s.vm(d).adapters[1].settings.id.isEmpty());
    EXPECT_TRUE(NetworkAdapterRules::isValidUnicastMac(s.vm(d).adapters[1].settings.macAddress));
}
