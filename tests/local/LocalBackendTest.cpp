// The libvirt backend against libvirt's built-in test hypervisor (in-process, no daemon, no
// network): test:///default and the committed node file tests/data/libvirt-test-node.xml.
// Every wait is bounded and ends as soon as the backend's signal has arrived.
#include "QtPrinters.h"

#include <local/DomainXml.h>
#include <local/LocalBackend.h>
#include <views/ConnectDialog.h>
#include <views/HostNetworkView.h>
#include <views/MainWindow.h>
#include <views/ScriptView.h>
#include <views/VmDetailsPane.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>
#include <models/NetworkFlowModel.h>
#include <models/NetworkHistory.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTreeView>

#include <QCheckBox>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::local;

namespace {

constexpr int WaitMs = 10'000;
const QString NodeUri = QStringLiteral("test://" HVDESK_TEST_DATA_DIR "/libvirt-test-node.xml");
const QString Web01 = QStringLiteral("11111111-2222-3333-4444-555555555501");
const QString Db01 = QStringLiteral("11111111-2222-3333-4444-555555555502");
const QString Cache01 = QStringLiteral("11111111-2222-3333-4444-555555555503");

const QString SampledRoot = QStringLiteral(HVDESK_TEST_DATA_DIR "/sampler/t1");

std::unique_ptr<LocalBackend> openBackend(const QString &uri, const QString &fileRoot = QString())
{
    auto b = std::make_unique<LocalBackend>(uri);
    if (!fileRoot.isEmpty())
        b->setFileRoot(fileRoot);
    b->open();
    EXPECT_TRUE(QTest::qWaitFor([&] { return b->connectionState() != ConnectionState::Connecting; }, WaitMs));
    return b;
}

bool finish(const JobPtr &job)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, WaitMs);
}

VmState stateOf(const LocalBackend &b, const QString &id)
{
    const VmInfo *vm = b.findVm(id);
    return vm ? vm->state : VmState::Unknown;
}

} // namespace

TEST(LocalBackend, ListsTheDomainsOfTheTestNode)
{
    auto b = openBackend(NodeUri);
    ASSERT_EQ(b->connectionState(), ConnectionState::Connected) << b->lastError().text().toStdString();
    ASSERT_EQ(b->vmCount(), 3);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->name, QStringLiteral("web01"));
    EXPECT_EQ(web->state, VmState::Running);
    EXPECT_EQ(web->processorCount, 4);
    EXPECT_EQ(web->memoryStartupBytes, 4194304ULL * 1024);
    EXPECT_EQ(stateOf(*b, Db01), VmState::Off);
    EXPECT_EQ(stateOf(*b, Cache01), VmState::Paused);
    EXPECT_EQ(b->findVm(Db01)->memoryAssignedBytes, 0u);

    const QList<HostInfo> hosts = b->hosts();
    ASSERT_EQ(hosts.size(), 1);
    EXPECT_EQ(web->hostName, hosts.first().name);
    EXPECT_EQ(hosts.first().logicalProcessors, 8);
    EXPECT_EQ(hosts.first().memoryBytes, 33554432ULL * 1024);
    ASSERT_NE(hosts.first().findSwitch(QStringLiteral("default")), nullptr);
    EXPECT_EQ(hosts.first().findSwitch(QStringLiteral("default"))->type, SwitchType::External);  // NAT forward
    ASSERT_NE(hosts.first().findSwitch(QStringLiteral("backend")), nullptr);
    EXPECT_EQ(hosts.first().findSwitch(QStringLiteral("backend"))->type, SwitchType::Internal);  // isolated
    ASSERT_NE(hosts.first().findSwitch(QStringLiteral("br-storage")), nullptr); // a host bridge
    EXPECT_EQ(b->displayName(), QStringLiteral("%1 (libvirt)").arg(hosts.first().name));
}

TEST(LocalBackend, MapsInterfacesFromTheDomainXml)
{
    auto b = openBackend(NodeUri);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    ASSERT_EQ(web->adapters.size(), 2);
    const NetworkAdapterSettings &nat = web->adapters.at(0).settings;
    EXPECT_EQ(nat.switchName, QStringLiteral("default"));
    EXPECT_EQ(nat.macAddress, QStringLiteral("525400AA0001"));
    EXPECT_TRUE(nat.staticMacAddress);
    EXPECT_EQ(nat.maximumBandwidth, 12500ULL * 8192);        // inbound average, KiB/s -> bit/s
    EXPECT_EQ(nat.minimumBandwidthAbsolute, 1250ULL * 8192); // inbound floor
    EXPECT_EQ(nat.vmqWeight, 100);                           // 4 virtio-net queues
    EXPECT_EQ(nat.ipsecOffloadMaximumSecurityAssociation, 0u);
    EXPECT_FALSE(nat.vlanEnabled);
    const NetworkAdapterSettings &storage = web->adapters.at(1).settings;
    EXPECT_EQ(storage.switchName, QStringLiteral("br-storage"));
    EXPECT_TRUE(storage.vlanEnabled);
    EXPECT_EQ(storage.vlanId, 42);
    EXPECT_EQ(storage.maximumBandwidth, 0u);
    EXPECT_EQ(storage.vmqWeight, 0); // single queue
    EXPECT_TRUE(b->vmDefinitionXml(Web01).contains(QLatin1String("<name>web01</name>")));
}

TEST(LocalBackend, HostdevInterfaceIsSrIov)
{
    const auto adapters = DomainXml::adapters(QStringLiteral(
        "<domain><devices><interface type='hostdev' managed='yes'><mac address='52:54:00:6d:90:02'/>"
        "<source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>"
        "<vlan><tag id='7'/></vlan></interface></devices></domain>"));
    ASSERT_EQ(adapters.size(), 1);
    EXPECT_EQ(adapters.at(0).settings.iovWeight, 100);
    EXPECT_TRUE(adapters.at(0).runtime.iovUsage);
    EXPECT_EQ(adapters.at(0).settings.switchName, QString()); // the PCI address is not a switch
    EXPECT_EQ(adapters.at(0).settings.vlanId, 7);
    EXPECT_EQ(adapters.at(0).settings.id, QStringLiteral("5254006d9002"));
}

TEST(LocalBackend, LifecycleThroughJobs)
{
    auto b = openBackend(NodeUri);
    ASSERT_EQ(b->connectionState(), ConnectionState::Connected);
    QSignalSpy started(b.get(), &HostBackend::jobStarted);
    const struct
    {
        VmAction action;
        VmState after;
    } steps[] = {
        {VmAction::Start, VmState::Running},  {VmAction::Pause, VmState::Paused}, {VmAction::Resume, VmState::Running},
        {VmAction::Save, VmState::Saved},     {VmAction::Start, VmState::Running}, {VmAction::Reset, VmState::Running},
        {VmAction::ShutDown, VmState::Off},   {VmAction::Start, VmState::Running}, {VmAction::TurnOff, VmState::Off},
    };
    for (const auto &step : steps) {
        const JobPtr job = b->changeVmState(Db01, step.action);
        ASSERT_TRUE(finish(job));
        EXPECT_EQ(job->state(), Job::State::Completed)
            << VmStates::key(step.action).toStdString() << ": " << job->error().text().toStdString();
        EXPECT_EQ(stateOf(*b, Db01), step.after) << VmStates::key(step.action).toStdString();
    }
    EXPECT_EQ(started.count(), 9);
}

TEST(LocalBackend, IllegalTransitionFailsAtOnceWithTheReason)
{
    auto b = openBackend(NodeUri);
    const JobPtr job = b->changeVmState(Web01, VmAction::Start); // already running
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("vm.transition"));
    const JobPtr unknown = b->changeVmState(QStringLiteral("00000000-0000-0000-0000-000000000000"), VmAction::Start);
    EXPECT_EQ(unknown->state(), Job::State::Failed);
    EXPECT_EQ(unknown->error().code, QStringLiteral("vm.unknown"));
}

TEST(LocalBackend, LifecycleEventsUpdateTheListWithoutRefresh)
{
    auto b = openBackend(QStringLiteral("test:///default"));
    ASSERT_EQ(b->connectionState(), ConnectionState::Connected);
    ASSERT_EQ(b->vmCount(), 1);
    const QString id = b->vmAt(0).id;
    ASSERT_EQ(b->vmAt(0).state, VmState::Running);
    QSignalSpy events(b.get(), &LocalBackend::domainEventReceived);
    QSignalSpy changed(b.get(), &HostBackend::vmsChanged);

    // Another client of the same hypervisor (virsh, virt-manager) stops the domain.
    virConnectPtr other = virConnectOpen("test:///default");
    ASSERT_NE(other, nullptr);
    virDomainPtr dom = virDomainLookupByUUIDString(other, id.toLatin1().constData());
    ASSERT_NE(dom, nullptr);
    ASSERT_EQ(virDomainDestroy(dom), 0);

    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*b, id) == VmState::Off; }, WaitMs));
    ASSERT_GE(events.count(), 1);
    EXPECT_EQ(events.first().at(0).toString(), id);
    EXPECT_EQ(events.first().at(1).toInt(), int(VIR_DOMAIN_EVENT_STOPPED));
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<QList<int>>(), QList<int>{0});

    ASSERT_EQ(virDomainCreate(dom), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return stateOf(*b, id) == VmState::Running; }, WaitMs));
    virDomainFree(dom);
    virConnectClose(other);
}

TEST(LocalBackend, BandwidthIsSetAndReadBack)
{
    auto b = openBackend(NodeUri);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    VmSettingsChange change;
    change.vmId = Web01;
    AdapterModification m;
    m.before = web->adapters.at(0).settings;
    m.after = m.before;
    m.after.maximumBandwidth = 25000ULL * 8192;
    m.after.minimumBandwidthAbsolute = 2500ULL * 8192;
    change.modifiedAdapters << m;
    const JobPtr job = b->applyVmSettings(change);
    ASSERT_TRUE(finish(job));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    const NetworkAdapterSettings &after = b->findVm(Web01)->adapters.at(0).settings;
    EXPECT_EQ(after.maximumBandwidth, 25000ULL * 8192);
    EXPECT_EQ(after.minimumBandwidthAbsolute, 2500ULL * 8192);
    // Peak and burst, which the page does not edit, are kept.
    const QString xml = b->vmDefinitionXml(Web01);
    EXPECT_TRUE(xml.contains(QLatin1String("average='25000'"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("peak='25000'"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("burst='1024'"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("floor='2500'"))) << xml.toStdString();
}

// Bandwidth is set interface by interface: when a later one fails, the job names the ones that
// took effect, so the dialog never says "nothing changed" while something did.
TEST(LocalBackend, APartlyAppliedBandwidthChangeNamesTheAdapterThatWasSet)
{
    auto b = openBackend(NodeUri);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    ASSERT_EQ(web->adapters.size(), 2);
    VmSettingsChange change;
    change.vmId = Web01;
    AdapterModification first;
    first.before = web->adapters.at(0).settings;
    first.after = first.before;
    first.after.maximumBandwidth = 20000ULL * 8192;
    AdapterModification gone; // an interface the domain no longer has
    gone.before = web->adapters.at(1).settings;
    gone.before.macAddress = QStringLiteral("525400AAFFFF");
    gone.after = gone.before;
    gone.after.maximumBandwidth = 1000ULL * 8192;
    change.modifiedAdapters << first << gone;
    const JobPtr job = b->applyVmSettings(change);
    ASSERT_TRUE(finish(job));
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->appliedParts(), QStringList{QStringLiteral("bandwidth of %1").arg(first.after.name)});
    EXPECT_EQ(b->findVm(Web01)->adapters.at(0).settings.maximumBandwidth, 20000ULL * 8192);
}

// A change that fails at its first call applied nothing, and says so.
TEST(LocalBackend, AFailedFirstCallAppliesNothing)
{
    auto b = openBackend(NodeUri);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    VmSettingsChange change;
    change.vmId = Web01;
    AdapterModification gone;
    gone.before = web->adapters.at(1).settings;
    gone.before.macAddress = QStringLiteral("525400AAFFFF");
    gone.after = gone.before;
    gone.after.maximumBandwidth = 1000ULL * 8192;
    change.modifiedAdapters << gone;
    const JobPtr job = b->applyVmSettings(change);
    ASSERT_TRUE(finish(job));
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_TRUE(job->appliedParts().isEmpty());
}

TEST(LocalBackend, ChangesLibvirtCannotMakeAreRefusedNamingTheAdapter)
{
    auto b = openBackend(NodeUri);
    const VmInfo before = *b->findVm(Web01);
    VmSettingsChange change;
    change.vmId = Web01;
    AdapterModification m;
    m.before = before.adapters.at(1).settings;
    m.after = m.before;
    m.after.vlanId = 43;
    change.modifiedAdapters << m;
    const JobPtr job = b->applyVmSettings(change);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("libvirt.unsupported-change"));
    EXPECT_EQ(job->error().field, QStringLiteral("adapter"));
    EXPECT_TRUE(job->error().message.contains(QLatin1String("vnet")) || job->error().message.contains(m.before.name));
    EXPECT_EQ(*b->findVm(Web01), before);
}

TEST(LocalBackend, MoveNeedsAHostOfAnotherLibvirtConnection)
{
    auto b = openBackend(NodeUri);
    EXPECT_TRUE(b->can(Capability::LiveMigration));
    EXPECT_FALSE(b->can(Capability::StorageMigration));
    MigrationRequest request;
    request.vmId = Web01;
    request.destinationHost = b->hosts().first().name;
    const JobPtr job = b->migrate(request);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("libvirt.migration.destination"));
    EXPECT_EQ(job->error().fix, QStringLiteral("Connect to the destination host too (File > Connect to Server), then choose it in the Move wizard."));
}

TEST(LocalBackend, CapabilitiesLeaveOutWhatLibvirtCannotDo)
{
    LocalBackend b(QStringLiteral("test:///default"));
    EXPECT_TRUE(b.can(Capability::VmStateChange));
    EXPECT_TRUE(b.can(Capability::BandwidthAbsolute));
    EXPECT_FALSE(b.can(Capability::IpsecOffload));
    EXPECT_FALSE(b.can(Capability::BandwidthWeight));
    EXPECT_FALSE(b.can(Capability::Vmq));
}

TEST(LocalBackend, BadUrisAreRefusedWithTheFix)
{
    Error error;
    EXPECT_EQ(LocalBackend::create(QStringLiteral("qemu:system"), &error), nullptr);
    EXPECT_EQ(error.code, QStringLiteral("uri.libvirt"));
    EXPECT_EQ(error.field, QStringLiteral("uri"));
    EXPECT_EQ(error.fix, QStringLiteral("Write it as qemu:///system, qemu:///session or qemu+ssh://host/system."));

    auto b = openBackend(QStringLiteral("test:///no/such/node.xml"));
    EXPECT_EQ(b->connectionState(), ConnectionState::Failed);
    EXPECT_TRUE(b->lastError().code.startsWith(QLatin1String("libvirt.")));
    EXPECT_EQ(b->lastError().field, QStringLiteral("uri"));
    EXPECT_EQ(b->vmCount(), 0);
}

TEST(LocalBackend, FactoryCreatesItForLibvirtSchemes)
{
    BackendFactory factory;
    for (const QString &scheme : LocalBackend::schemes())
        factory.registerScheme(scheme, LocalBackend::schemeDescription(), &LocalBackend::create);
    Error error;
    auto b = factory.create(QStringLiteral("test:///default"), &error);
    ASSERT_NE(b, nullptr) << error.text().toStdString();
    EXPECT_EQ(b->uri(), QStringLiteral("test:///default"));
    EXPECT_TRUE(factory.schemes().contains(QStringLiteral("qemu")));
    EXPECT_TRUE(factory.schemes().contains(QStringLiteral("qemu+ssh")));
}

// The Settings dialog gates controls on the connection's capabilities: IPsec task offload has
// no libvirt equivalent, so its control is off with the reason.
TEST(LocalBackendSettings, IpsecOffloadIsDisabledWithTheReason)
{
    auto b = openBackend(NodeUri);
    SettingsDialog dialog(b.get(), Web01);
    dialog.show();
    SettingsPage *page = dialog.page(QStringLiteral("hardwareAccelerationPage"), 0);
    ASSERT_NE(page, nullptr);
    auto *ipsec = page->findChild<QCheckBox *>(QStringLiteral("ipsecEnabled"));
    ASSERT_NE(ipsec, nullptr);
    EXPECT_FALSE(ipsec->isEnabled());
    EXPECT_EQ(ipsec->toolTip(), QStringLiteral("libvirt has no IPsec task offload: IPsec runs in the guest, on its own processors."));
    auto *vmq = page->findChild<QCheckBox *>(QStringLiteral("vmqEnabled"));
    ASSERT_NE(vmq, nullptr);
    EXPECT_FALSE(vmq->isEnabled());
    EXPECT_TRUE(vmq->isChecked()); // multiqueue is on, shown as VMQ, not editable here
}

// Connect to Server offers the local computer when the build registers the libvirt schemes.
TEST(LocalBackendConnect, LocalComputerIsOfferedWithLibvirt)
{
    BackendFactory factory;
    for (const QString &scheme : LocalBackend::schemes())
        factory.registerScheme(scheme, LocalBackend::schemeDescription(), &LocalBackend::create);
    ConnectDialog dialog(&factory);
    auto *local = dialog.findChild<QRadioButton *>(QStringLiteral("localRadio"));
    ASSERT_NE(local, nullptr);
    EXPECT_TRUE(local->isEnabled());
    local->setChecked(true);
    EXPECT_EQ(dialog.uri(), QStringLiteral("qemu:///system"));
    dialog.setUri(QStringLiteral("qemu:///system"));
    EXPECT_TRUE(local->isChecked());

    BackendFactory withoutLibvirt;
    ConnectDialog other(&withoutLibvirt);
    auto *disabled = other.findChild<QRadioButton *>(QStringLiteral("localRadio"));
    ASSERT_NE(disabled, nullptr);
    EXPECT_FALSE(disabled->isEnabled());
    EXPECT_EQ(disabled->toolTip(), QStringLiteral("This build of hvdesk has no libvirt backend."));
}

// The main window lists the libvirt domains and runs actions on them like on Hyper-V hosts.
TEST(LocalBackendConnect, MainWindowShowsTheDomains)
{
    BackendFactory factory;
    for (const QString &scheme : LocalBackend::schemes())
        factory.registerScheme(scheme, LocalBackend::schemeDescription(), &LocalBackend::create);
    ConnectionManager connections;
    MainWindow window(&connections, &factory);
    QString error;
    ASSERT_TRUE(window.connectTo(NodeUri, &error)) << error.toStdString();
    auto *list = window.findChild<QTableView *>(QStringLiteral("vmList"));
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 3; }, WaitMs));
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << list->model()->index(row, 0).data().toString();
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("cache01"), QStringLiteral("db01"), QStringLiteral("web01")}));
}

// The details pane shows a libvirt domain's XML, highlighted, next to the PowerShell view.
TEST(LocalBackendConnect, DetailsPaneShowsTheDomainXml)
{
    BackendFactory factory;
    ConnectionManager connections;
    auto *backend = connections.add(std::make_unique<LocalBackend>(NodeUri));
    MainWindow window(&connections, &factory);
    ASSERT_TRUE(QTest::qWaitFor([&] { return backend->connectionState() == ConnectionState::Connected; }, WaitMs));
    auto *pane = window.detailsPane();
    auto *definition = pane->findChild<ScriptView *>(QStringLiteral("definitionView"));
    ASSERT_NE(definition, nullptr);
    EXPECT_FALSE(pane->isTabVisible(pane->indexOf(definition->parentWidget()))); // nothing selected
    window.selectVm(Web01);
    EXPECT_TRUE(pane->isTabVisible(pane->indexOf(definition->parentWidget())));
    EXPECT_EQ(pane->tabText(pane->indexOf(definition->parentWidget())), QStringLiteral("Definition XML"));
    EXPECT_EQ(definition->text(), backend->vmDefinitionXml(Web01));
    EXPECT_TRUE(definition->text().contains(QLatin1String("<name>web01</name>")));
    EXPECT_EQ(definition->definitionName(), QStringLiteral("XML"));
}

// --- Per-core network processing of this computer ---

TEST(LocalBackendNetwork, HostNicsAndTheNicBehindEachSwitch)
{
    auto b = openBackend(NodeUri, SampledRoot);
    ASSERT_EQ(b->connectionState(), ConnectionState::Connected);
    EXPECT_TRUE(b->can(Capability::NetworkSamples));
    EXPECT_FALSE(b->can(Capability::NicReceiveScaling));
    const HostInfo host = b->hosts().first();
    ASSERT_EQ(host.nics.size(), 3); // eth0 and eth1 from /sys, eth3 from libvirt's node devices
    EXPECT_EQ(host.nics[0].name, QStringLiteral("eth0"));
    EXPECT_EQ(host.nics[1].name, QStringLiteral("eth1"));
    EXPECT_EQ(host.nics[2].name, QStringLiteral("eth3"));
    EXPECT_EQ(host.findSwitch(QStringLiteral("default"))->boundNic, QStringLiteral("eth1"));    // NAT: the default route
    EXPECT_EQ(host.findSwitch(QStringLiteral("br-storage"))->boundNic, QStringLiteral("eth0")); // its physical port
    EXPECT_EQ(host.findSwitch(QStringLiteral("backend"))->boundNic, QString());                 // isolated
}

TEST(LocalBackendNetwork, SamplesWhileSubscribedAndStopsAfter)
{
    auto b = openBackend(NodeUri, SampledRoot);
    ASSERT_EQ(b->connectionState(), ConnectionState::Connected);
    b->setNetworkSampleIntervalMs(50);
    QSignalSpy samples(b.get(), &HostBackend::networkSampled);
    const QString host = b->hosts().first().name;
    b->subscribeNetworkSamples(host);
    b->subscribeNetworkSamples(host); // a second window: still one sampler
    ASSERT_TRUE(QTest::qWaitFor([&] { return samples.count() >= 3; }, WaitMs));
    const auto sample = samples.last().at(0).value<NetworkSample>();
    EXPECT_EQ(sample.hostName, host);
    ASSERT_EQ(sample.cores.size(), 4);
    EXPECT_TRUE(sample.cores[1].hyperThreadSibling);
    EXPECT_EQ(sample.queues.size(), 8);
    // web01 (running, two adapters) and cache01 (paused): libvirt's counters, per interface.
    QList<FlowSample> web;
    for (const FlowSample &f : sample.flows) {
        if (f.vmName == QLatin1String("web01"))
            web << f;
    }
    ASSERT_EQ(web.size(), 2);
    EXPECT_EQ(web[0].path, ReceivePath::Vmq); // virtio-net with 4 queue pairs
    EXPECT_EQ(web[0].nic, QStringLiteral("eth1"));
    EXPECT_EQ(web[1].path, ReceivePath::DefaultQueue);
    EXPECT_EQ(web[1].nic, QStringLiteral("eth0"));
    EXPECT_GE(web[0].deliveredInMbps, 0.0);
    EXPECT_GE(web[0].receivedPacketsPerSec, 0.0);

    b->unsubscribeNetworkSamples(host);
    QTest::qWait(200);
    const int afterOne = int(samples.count());
    EXPECT_GT(afterOne, 3); // one window still open
    b->unsubscribeNetworkSamples(host);
    QTest::qWait(200); // whatever was queued arrives
    const int stopped = int(samples.count());
    QTest::qWait(300);
    EXPECT_EQ(samples.count(), stopped);
}

TEST(LocalBackendNetwork, RemoteHostsOfferNoLocalCounters)
{
    LocalBackend remote(QStringLiteral("qemu+ssh://kvm7.example.org/system"));
    EXPECT_FALSE(remote.isLocalHost());
    EXPECT_FALSE(remote.can(Capability::NetworkSamples));
    EXPECT_EQ(remote.missingCapabilityReason(Capability::NetworkSamples),
              QStringLiteral("Per-core network counters are read from this computer's /proc; "
                             "qemu+ssh://kvm7.example.org/system is another host."));
    LocalBackend local(QStringLiteral("qemu:///system"));
    EXPECT_TRUE(local.isLocalHost());
    EXPECT_TRUE(local.can(Capability::NetworkSamples));
}

TEST(LocalBackendNetwork, ReceiveScalingIsRefusedNamingTheLinuxTools)
{
    auto b = openBackend(NodeUri, SampledRoot);
    NicReceiveScaling rss;
    rss.mode = NicReceiveScaling::Mode::Rss;
    const JobPtr job = b->setNicReceiveScaling(b->hosts().first().name, QStringLiteral("eth1"), rss);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("capability.nic-receive-scaling"));
    EXPECT_TRUE(job->error().fix.contains(QLatin1String("ethtool -L"))) << job->error().fix.toStdString();
    EXPECT_TRUE(job->error().fix.contains(QLatin1String("rps_cpus")));
}

// The Network View opens for the local host from the main window and shows the sampled cores,
// queues and VMs; the receive scaling control says why it is off.
TEST(LocalBackendNetwork, NetworkViewOpensForTheLocalHost)
{
    BackendFactory factory;
    ConnectionManager connections;
    auto owned = std::make_unique<LocalBackend>(NodeUri);
    owned->setFileRoot(SampledRoot);
    owned->setNetworkSampleIntervalMs(50);
    auto *backend = static_cast<LocalBackend *>(connections.add(std::move(owned)));
    MainWindow window(&connections, &factory);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return backend->connectionState() == ConnectionState::Connected && !backend->hosts().isEmpty(); }, WaitMs));
    const QString hostName = backend->hosts().first().name;
    QTreeView *tree = window.hostTree();
    const QModelIndex root = tree->model()->index(0, 0);
    bool selected = false;
    for (int r = 0; r < tree->model()->rowCount(root); ++r) {
        const QModelIndex i = tree->model()->index(r, 0, root);
        if (i.data(HostTreeModel::HostNameRole).toString() == hostName) {
            tree->setCurrentIndex(i);
            selected = true;
        }
    }
    ASSERT_TRUE(selected);
    QAction *action = window.networkViewAction();
    ASSERT_TRUE(action);
    ASSERT_TRUE(action->isEnabled()) << action->toolTip().toStdString();
    action->trigger();
    HostNetworkView *view = window.networkView(hostName);
    ASSERT_TRUE(view);
    QAbstractItemModelTester tester(view->flowModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->history()->size() >= 2; }, WaitMs));
    EXPECT_EQ(view->history()->coreCount(), 4);
    EXPECT_FALSE(view->usesHeatmap());
    EXPECT_GE(view->flowModel()->rowCount(), 2);
    auto *nic = view->findChild<QComboBox *>(QStringLiteral("networkNic"));
    ASSERT_TRUE(nic);
    EXPECT_EQ(nic->currentText(), QStringLiteral("eth1")); // behind the first external switch, 'default'
    auto *scaling = view->findChild<QComboBox *>(QStringLiteral("networkReceiveScaling"));
    ASSERT_TRUE(scaling);
    EXPECT_FALSE(scaling->isEnabled());
    EXPECT_TRUE(scaling->toolTip().contains(QLatin1String("ethtool -L")));
    auto *notes = view->findChild<QLabel *>(QStringLiteral("networkNotes"));
    ASSERT_TRUE(notes);
    // The captured host lacks nothing; cache01's virtual function has no host counters.
    EXPECT_FALSE(notes->isHidden());
    EXPECT_EQ(notes->text(), QStringLiteral("No host counters for cache01 (testnet1): a virtual function passed to "
                                            "the guest bypasses the host."));
    const QImage image = view->grab().toImage();
    EXPECT_FALSE(image.isNull());
    view->close();
}

// --- SR-IOV and multiqueue ---

TEST(LocalBackendSriov, VirtualFunctionsFromTheNodeDeviceApi)
{
    auto b = openBackend(NodeUri);
    ASSERT_EQ(b->connectionState(), ConnectionState::Connected);
    const HostInfo host = b->hosts().first();
    const PhysicalNic *eth3 = host.findNic(QStringLiteral("eth3"));
    ASSERT_NE(eth3, nullptr);
    EXPECT_TRUE(eth3->sriovSupported);
    EXPECT_EQ(eth3->sriovVirtualFunctions, 2);
    EXPECT_EQ(eth3->linkSpeedBps, 10'000'000'000ULL);
    EXPECT_EQ(eth3->description, QStringLiteral("Intel Corporation 82599ES 10-Gigabit SFI/SFP+ Network Connection"));
    const VirtualSwitch *pool = host.findSwitch(QStringLiteral("sriov-eth3"));
    ASSERT_NE(pool, nullptr);
    EXPECT_TRUE(pool->iovEnabled);
    EXPECT_TRUE(pool->iovSupportReasons.isEmpty());
    EXPECT_EQ(pool->boundNic, QStringLiteral("eth3"));
    EXPECT_EQ(pool->iovVirtualFunctionCount, 2);
    EXPECT_EQ(pool->iovVirtualFunctionsInUse, 1); // cache01 (paused) holds 0000:03:10.2

    const VmInfo *cache = b->findVm(Cache01);
    ASSERT_NE(cache, nullptr);
    ASSERT_EQ(cache->adapters.size(), 2);
    const NetworkAdapter &vf = cache->adapters[1];
    EXPECT_TRUE(vf.settings.iovEnabled());
    EXPECT_TRUE(vf.runtime.iovUsage);
    EXPECT_EQ(vf.runtime.vfPciAddress, QStringLiteral("0000:03:10.2"));
    EXPECT_EQ(vf.runtime.vfParentNic, QStringLiteral("eth3"));
    EXPECT_EQ(vf.runtime.virtualFunction, 1);
}

TEST(LocalBackendSriov, HardwareAccelerationPageSaysWhatLibvirtDoes)
{
    auto b = openBackend(NodeUri);
    {
        SettingsDialog dialog(b.get(), Cache01);
        dialog.show();
        SettingsPage *page = dialog.page(QStringLiteral("hardwareAccelerationPage"), 1);
        ASSERT_NE(page, nullptr);
        auto *iov = page->findChild<QLabel *>(QStringLiteral("iovActual"));
        ASSERT_NE(iov, nullptr);
        EXPECT_TRUE(iov->text().contains(QLatin1String("a virtual function of eth3 (PCI 0000:03:10.2) is passed to the guest")))
            << iov->text().toStdString();
        auto *capacity = page->findChild<QLabel *>(QStringLiteral("switchCapacity"));
        ASSERT_NE(capacity, nullptr);
        EXPECT_TRUE(capacity->text().contains(QLatin1String("no switch in the path"))) << capacity->text().toStdString();
    }
    SettingsDialog dialog(b.get(), Web01);
    dialog.show();
    SettingsPage *page = dialog.page(QStringLiteral("hardwareAccelerationPage"), 0);
    ASSERT_NE(page, nullptr);
    auto *vmq = page->findChild<QLabel *>(QStringLiteral("vmqActual"));
    ASSERT_NE(vmq, nullptr);
    EXPECT_TRUE(vmq->text().contains(QLatin1String("virtio-net multiqueue: 4 queue pairs, the VMQ/vRSS analogue")))
        << vmq->text().toStdString();
    auto *capacity = page->findChild<QLabel *>(QStringLiteral("switchCapacity"));
    ASSERT_NE(capacity, nullptr);
    EXPECT_EQ(capacity->text(), QStringLiteral("<b>Free on switch 'default':</b> virtual functions 0 of 0"));
}
