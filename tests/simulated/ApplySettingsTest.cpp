// Settings changes through the simulated backend as the Settings dialog makes them: one job,
// all or nothing; and the IPsec task offload grants the Hardware Acceleration page shows.
#include "QtPrinters.h"
#include "TestTopologies.h"

#include <simulated/SimulatedBackend.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

// One host whose NIC offloads 100 SAs; three running VMs whose guests use IPsec.
QByteArray ipsecTopology()
{
    return R"({
  "seed": 3,
  "hosts": [{
    "name": "h1",
    "processor": {"logicalProcessors": 8},
    "memoryGB": 32,
    "integrationServicesVersion": "6.2.9200.16433",
    "nics": [{"name": "nic", "linkSpeedGbps": 10, "vmq": {"enabled": true, "queues": 4}, "ipsecOffloadSAs": 100}],
    "switches": [{"name": "Public", "type": "external", "nic": "nic", "reservationMode": "Absolute"}]
  }],
  "vms": [
    {"name": "a", "host": "h1", "state": "running", "memory": {"startupMB": 1024},
     "integrationServices": {"version": "6.2.9200.16433"},
     "adapters": [{"switch": "Public", "ipsecActiveSAs": 60}]},
    {"name": "b", "host": "h1", "state": "running", "memory": {"startupMB": 1024},
     "integrationServices": {"version": "6.2.9200.16433"},
     "adapters": [{"switch": "Public", "ipsecSAs": 20, "ipsecActiveSAs": 30}]},
    {"name": "c", "host": "h1", "state": "running", "memory": {"startupMB": 1024},
     "integrationServices": {"version": "6.2.9200.16433"},
     "adapters": [{"switch": "Public", "ipsecActiveSAs": 50}]},
    {"name": "d", "host": "h1", "state": "off", "memory": {"startupMB": 1024},
     "adapters": [{"switch": "Public", "ipsecActiveSAs": 50}]}
  ]
})";
}

std::unique_ptr<SimulatedBackend> backend(const QByteArray &json)
{
    Error e;
    auto t = TopologyLoader::fromJson(json, QStringLiteral("test.json"), &e);
    EXPECT_TRUE(t.has_value()) << e.message.toStdString();
    auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:test"), *t);
    b->setClockMode(SimulatedBackend::ClockMode::Manual);
    b->open();
    return b;
}

int indexOf(const SimulatedBackend &b, const QString &name)
{
    for (int i = 0; i < b.vmCount(); ++i) {
        if (b.vmAt(i).name == name)
            return i;
    }
    ADD_FAILURE() << "no VM " << name.toStdString();
    return -1;
}

const VirtualSwitch &publicSwitch(const SimulatedBackend &b)
{
    static VirtualSwitch sw;
    sw = *b.hosts().first().findSwitch(QStringLiteral("Public"));
    return sw;
}

} // namespace

TEST(ApplySettingsTest, IpsecSecurityAssociationsAreGrantedWithinTheAdapterMaximumAndTheNicCapacity)
{
    auto b = backend(ipsecTopology());
    // a wants 60 (max 512): 60. b wants 30 but allows 20: 20. c wants 50, 20 are left: 20. d is off: 0.
    EXPECT_EQ(b->vmAt(indexOf(*b, QStringLiteral("a"))).adapters[0].runtime.ipsecOffloadSaUsage, 60u);
    EXPECT_EQ(b->vmAt(indexOf(*b, QStringLiteral("b"))).adapters[0].runtime.ipsecOffloadSaUsage, 20u);
    EXPECT_EQ(b->vmAt(indexOf(*b, QStringLiteral("c"))).adapters[0].runtime.ipsecOffloadSaUsage, 20u);
    EXPECT_EQ(b->vmAt(indexOf(*b, QStringLiteral("d"))).adapters[0].runtime.ipsecOffloadSaUsage, 0u);
    EXPECT_EQ(publicSwitch(*b).availableIpsecSa, 100u);
    EXPECT_EQ(publicSwitch(*b).ipsecSaAllocated, 100u);
}

TEST(ApplySettingsTest, TurningIpsecOffloadOffFreesItsSecurityAssociations)
{
    auto b = backend(ipsecTopology());
    const VmInfo &a = b->vmAt(indexOf(*b, QStringLiteral("a")));
    VmSettingsChange change;
    change.vmId = a.id;
    NetworkAdapterSettings after = a.adapters[0].settings;
    after.ipsecOffloadMaximumSecurityAssociation = 0; // what the unchecked box sends
    change.modifiedAdapters << AdapterModification{a.adapters[0].settings, after};
    const JobPtr job = b->applyVmSettings(change);
    b->advance(2000);
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    EXPECT_EQ(b->vmAt(indexOf(*b, QStringLiteral("a"))).adapters[0].runtime.ipsecOffloadSaUsage, 0u);
    // c, later in line, now gets all it wants.
    EXPECT_EQ(b->vmAt(indexOf(*b, QStringLiteral("c"))).adapters[0].runtime.ipsecOffloadSaUsage, 50u);
    EXPECT_EQ(publicSwitch(*b).ipsecSaAllocated, 70u);
}

TEST(ApplySettingsTest, AFailedApplyOfSeveralChangesLeavesEverythingAsItWas)
{
    auto b = backend(test::smallTopology());
    const int d = indexOf(*b, QStringLiteral("d")); // off: adapters may be added and MACs changed
    const VmInfo before = b->vmAt(d);
    VmSettingsChange change;
    change.vmId = before.id;
    NetworkAdapterSettings after = before.adapters[0].settings;
    after.vlanEnabled = true;
    after.vlanId = 42;
    after.staticMacAddress = true;
    after.macAddress = QStringLiteral("00155D112233");
    after.dhcpGuard = true;
    change.modifiedAdapters << AdapterModification{before.adapters[0].settings, after};
    NetworkAdapterSettings added;
    added.switchName = QStringLiteral("Public");
    change.addedAdapters << added;
    change.changedServices << IntegrationService{IntegrationServiceKind::GuestServices, true, IntegrationServiceStatus::NoContact};

    b->simulation().injectApplyFault(d, Error{QStringLiteral("32768"), QStringLiteral("Failed to modify device 'Ethernet Connection'."),
                                              QString(), QString()});
    const JobPtr failed = b->applyVmSettings(change);
    EXPECT_EQ(failed->state(), Job::State::Running);
    b->advance(2000);
    ASSERT_EQ(failed->state(), Job::State::Failed);
    EXPECT_EQ(failed->error().code, QStringLiteral("32768"));
    // Nothing of the five changes happened.
    const VmInfo &now = b->vmAt(d);
    EXPECT_EQ(now.adapters.size(), 1);
    EXPECT_EQ(now.adapters[0].settings, before.adapters[0].settings);
    EXPECT_EQ(now.integrationServices.isEnabled(IntegrationServiceKind::GuestServices), false);

    // The same change again (the fault was one-shot) applies all of it at once.
    const JobPtr ok = b->applyVmSettings(change);
    b->advance(1400);
    EXPECT_EQ(b->vmAt(d).adapters.size(), 1) << "nothing shows before the commit";
    b->advance(200);
    ASSERT_EQ(ok->state(), Job::State::Completed) << ok->error().text().toStdString();
    const VmInfo &applied = b->vmAt(d);
    ASSERT_EQ(applied.adapters.size(), 2);
    EXPECT_EQ(applied.adapters[0].settings.vlanId, 42);
    EXPECT_EQ(applied.adapters[0].settings.macAddress, QStringLiteral("00155D112233"));
    EXPECT_TRUE(applied.adapters[0].settings.dhcpGuard);
    EXPECT_EQ(applied.adapters[1].settings.switchName, QStringLiteral("Public"));
    EXPECT_FALSE(applied.adapters[1].settings.id.isEmpty());
    EXPECT_TRUE(applied.integrationServices.isEnabled(IntegrationServiceKind::GuestServices));
}

// All or nothing: a failed apply, whether refused up front or failing at its commit, reports no
// part as applied, and the VM is as it was.
TEST(ApplySettingsTest, AFailedAllOrNothingApplyReportsNoPartApplied)
{
    auto b = backend(test::smallTopology());
    const int d = indexOf(*b, QStringLiteral("d"));
    const VmInfo before = b->vmAt(d);
    VmSettingsChange change;
    change.vmId = before.id;
    NetworkAdapterSettings after = before.adapters[0].settings;
    after.vlanEnabled = true;
    after.vlanId = 42;
    change.modifiedAdapters << AdapterModification{before.adapters[0].settings, after};
    NetworkAdapterSettings added;
    added.switchName = QStringLiteral("Public");
    change.addedAdapters << added;

    b->simulation().injectApplyFault(d, Error{QStringLiteral("32768"), QStringLiteral("Failed to add device."), QString(), QString()});
    const JobPtr atCommit = b->applyVmSettings(change);
    b->advance(2000);
    ASSERT_EQ(atCommit->state(), Job::State::Failed);
    EXPECT_TRUE(atCommit->appliedParts().isEmpty());
    EXPECT_EQ(b->vmAt(d).adapters.size(), before.adapters.size());
    EXPECT_EQ(b->vmAt(d).adapters[0].settings, before.adapters[0].settings);

    // Started: adding an adapter is refused before anything is done.
    b->changeVmState(before.id, VmAction::Start);
    b->advance(6000);
    ASSERT_EQ(b->vmAt(d).state, VmState::Running);
    const JobPtr refused = b->applyVmSettings(change);
    ASSERT_EQ(refused->state(), Job::State::Failed);
    EXPECT_EQ(refused->error().field, QStringLiteral("adapters"));
    EXPECT_TRUE(refused->appliedParts().isEmpty());
    EXPECT_EQ(b->vmAt(d).adapters[0].settings, before.adapters[0].settings);
}

TEST(ApplySettingsTest, OversubscribingTheLinkIsRefusedNamingTheField)
{
    auto b = backend(ipsecTopology());
    const VmInfo &a = b->vmAt(indexOf(*b, QStringLiteral("a")));
    VmSettingsChange change;
    change.vmId = a.id;
    NetworkAdapterSettings after = a.adapters[0].settings;
    after.minimumBandwidthAbsolute = NetworkAdapterRules::mbpsToBps(12'000);
    change.modifiedAdapters << AdapterModification{a.adapters[0].settings, after};
    const JobPtr job = b->applyVmSettings(change);
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("adapter.bandwidth.oversubscribed"));
    EXPECT_EQ(job->error().field, QStringLiteral("minimumBandwidthAbsolute"));
}
