// The remote backend against hvdesk-simd's provider in process (the whole WS-Management path but
// the socket): the main window's load compared field by field with the in-process simulator,
// round trips, jobs, faults, settings, moves and integration services.
#include "LoopbackChannel.h"
#include "RemoteTestUtil.h"

#include <remote/RemoteBackend.h>
#include <remote/WsmanChannel.h>
#include <simd/SimdServer.h>

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyGenerator.h>
#include <simulated/TopologyLoader.h>

#include <models/MigrationCompatibility.h>

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QtPrinters.h>

using namespace hvdesk;
using namespace hvdesk::test;
using namespace Qt::StringLiterals;

namespace {

// The same tests run in process (real envelopes, no socket), over HTTP and over HTTPS against an
// in-process hvdesk-simd server on ephemeral ports of 127.0.0.1.
enum class Transport { Loopback, Http, Https };

void PrintTo(Transport t, std::ostream *os)
{
    *os << (t == Transport::Loopback ? "Loopback" : t == Transport::Http ? "Http" : "Https");
}

std::string transportName(const ::testing::TestParamInfo<Transport> &info)
{
    switch (info.param) {
    case Transport::Loopback:
        return "Loopback";
    case Transport::Http:
        return "Http";
    case Transport::Https:
        return "Https";
    }
    return "?";
}

class RemoteBackendTest : public ::testing::TestWithParam<Transport>
{
protected:
    static constexpr const char *Password = "secret";

    // Serves `topology` and opens a backend on its first host (or on `only`), plus the other hosts.
    void openRemote(sim::Topology topology, const QString &only = QString())
    {
        backend.reset();
        server.reset();
        network.reset();
        QStringList hostNames;
        for (const HostInfo &h : topology.hosts)
            hostNames << h.name;
        QStringList addresses; // as the URI names them
        if (GetParam() == Transport::Loopback) {
            network = std::make_unique<LoopbackNetwork>(std::move(topology));
            network->setPassword(QString::fromLatin1(Password));
            for (const QString &h : hostNames) {
                addresses << h;
                keychain.entries.insert(h + u":5985"_s, Credentials { u"admin"_s, QString::fromLatin1(Password) });
            }
        } else {
            server = std::make_unique<simd::SimdServer>(std::move(topology));
            server->simulation().setClockMode(simd::SimulationHost::ClockMode::Manual);
            simd::SimdOptions options;
            options.https = GetParam() == Transport::Https;
            options.basePort = 0;
            options.stateDirectory = stateDir.path();
            options.account = Credentials { u"admin"_s, QString::fromLatin1(Password) };
            Error error;
            ASSERT_TRUE(server->start(options, &error)) << error.text().toStdString();
            for (const simd::SimdServer::Endpoint &e : server->endpoints()) {
                const QString a = u"127.0.0.1:%1"_s.arg(e.port);
                addresses << a;
                keychain.entries.insert(a, options.account);
                pins.pins.insert(a, e.sha256); // trusted before: the pinning tests start without
            }
        }
        QString first = addresses.front();
        QStringList extra;
        for (int i = 0; i < hostNames.size(); ++i) {
            if (!only.isEmpty() && hostNames[i] == only)
                first = addresses[i];
        }
        if (only.isEmpty()) {
            for (int i = 1; i < addresses.size(); ++i)
                extra << u"host="_s + addresses[i];
        }
        uri = (GetParam() == Transport::Https ? u"wsman+https://"_s : u"wsman+http://"_s) + first
            + (extra.isEmpty() ? QString() : u"?"_s + extra.join(u"&"_s));
        access.credentials = &keychain;
        access.prompts = &prompts;
        access.pins = &pins;
        reopen();
    }

    void reopen()
    {
        backend.reset();
        Error error;
        auto b = network ? remote::RemoteBackend::create(uri, access, network->factory(), &error)
                         : remote::RemoteBackend::create(uri, access, &error);
        ASSERT_TRUE(b) << error.message.toStdString();
        backend.reset(static_cast<remote::RemoteBackend *>(b.release()));
        backend->open();
    }

    simd::SimulationHost &simulation() { return network ? network->host() : server->simulation(); }

    bool waitConnected(int vms)
    {
        return waitUntil(
            [&] {
                return backend->connectionState() == ConnectionState::Connected && backend->vmCount() == vms
                    && std::all_of(backend->endpoints().begin(), backend->endpoints().end(),
                        [](const auto &ep) { return ep->state() == remote::HostConnection::State::Ready; });
            },
            20000);
    }

    // The simulation runs in real time, faster, while a test waits for a job.
    void runClock(double speed = 20.0)
    {
        simulation().setSpeed(speed);
        simulation().setClockMode(simd::SimulationHost::ClockMode::RealTime);
    }

    const VmInfo *remoteVm(const QString &name) const
    {
        for (int i = 0; i < backend->vmCount(); ++i) {
            if (backend->vmAt(i).name == name)
                return &backend->vmAt(i);
        }
        return nullptr;
    }

    int simIndex(const QString &name)
    {
        const sim::Simulation &s = simulation().simulation();
        for (int i = 0; i < s.vmCount(); ++i) {
            if (s.vm(i).name == name)
                return i;
        }
        return -1;
    }

    bool waitJob(const JobPtr &job, int timeoutMs = 30000)
    {
        return waitUntil([&] { return job->isFinished(); }, timeoutMs);
    }

    QTemporaryDir stateDir;
    MemoryCredentialStore keychain;
    MemoryPinStore pins;
    ScriptedPrompts prompts;
    RemoteAccess access;
    QString uri;
    std::unique_ptr<LoopbackNetwork> network;
    std::unique_ptr<simd::SimdServer> server;
    std::unique_ptr<remote::RemoteBackend> backend;
};

void expectSameHost(const HostInfo &remote, const HostInfo &local)
{
    EXPECT_EQ(remote.name, local.name);
    EXPECT_EQ(remote.cluster, local.cluster) << local.name.toStdString();
    EXPECT_EQ(remote.osName, local.osName);
    EXPECT_EQ(remote.osBuild, local.osBuild);
    EXPECT_EQ(remote.processorVendor, local.processorVendor);
    EXPECT_EQ(remote.processorModel, local.processorModel);
    EXPECT_EQ(remote.logicalProcessors, local.logicalProcessors);
    EXPECT_EQ(remote.hyperThreading, local.hyperThreading);
    EXPECT_EQ(remote.memoryBytes, local.memoryBytes);
    EXPECT_EQ(remote.memoryAvailableBytes, local.memoryAvailableBytes);
    EXPECT_EQ(remote.integrationServicesVersion, local.integrationServicesVersion);
    EXPECT_EQ(remote.maxConfigurationVersion, local.maxConfigurationVersion);
    EXPECT_TRUE(remote.nics == local.nics) << local.name.toStdString();
    ASSERT_EQ(remote.switches.size(), local.switches.size());
    for (int i = 0; i < local.switches.size(); ++i) {
        const VirtualSwitch &r = remote.switches[i], &l = local.switches[i];
        EXPECT_EQ(r.name, l.name);
        EXPECT_EQ(r.type, l.type) << l.name.toStdString();
        EXPECT_EQ(r.boundNic, l.boundNic) << l.name.toStdString();
        EXPECT_TRUE(r == l) << l.name.toStdString();
    }
    EXPECT_TRUE(remote.migration == local.migration) << local.name.toStdString();
    EXPECT_TRUE(remote.volumes == local.volumes) << local.name.toStdString();
}

void expectSameVm(VmInfo remote, VmInfo local)
{
    const std::string name = local.name.toStdString();
    // Not read at load: a disk's virtual size costs one call per disk (read for the VM shown).
    for (VirtualDisk &d : local.disks)
        d.maxSizeBytes = 0;
    EXPECT_EQ(remote.id, local.id) << name;
    EXPECT_EQ(remote.hostName, local.hostName) << name;
    EXPECT_EQ(remote.state, local.state) << name;
    EXPECT_EQ(remote.generation, local.generation) << name;
    EXPECT_EQ(remote.processorCount, local.processorCount) << name;
    EXPECT_EQ(remote.cpuUsage, local.cpuUsage) << name;
    EXPECT_EQ(remote.memoryStartupBytes, local.memoryStartupBytes) << name;
    EXPECT_EQ(remote.dynamicMemory, local.dynamicMemory) << name;
    EXPECT_EQ(remote.memoryMinimumBytes, local.memoryMinimumBytes) << name;
    EXPECT_EQ(remote.memoryMaximumBytes, local.memoryMaximumBytes) << name;
    EXPECT_EQ(remote.memoryAssignedBytes, local.memoryAssignedBytes) << name;
    EXPECT_EQ(remote.memoryDemandBytes, local.memoryDemandBytes) << name;
    EXPECT_EQ(remote.uptimeMs, local.uptimeMs) << name;
    EXPECT_EQ(remote.status, local.status) << name;
    EXPECT_EQ(remote.configurationVersion, local.configurationVersion) << name;
    EXPECT_EQ(remote.operatingSystem, local.operatingSystem) << name;
    EXPECT_EQ(remote.integrationServices.guestVersion, local.integrationServices.guestVersion) << name;
    EXPECT_EQ(remote.integrationServices.pendingVersion, local.integrationServices.pendingVersion) << name;
    EXPECT_TRUE(remote.integrationServices.services == local.integrationServices.services) << name;
    ASSERT_EQ(remote.adapters.size(), local.adapters.size()) << name;
    for (int i = 0; i < local.adapters.size(); ++i) {
        EXPECT_TRUE(remote.adapters[i].settings == local.adapters[i].settings) << name << " adapter " << i;
        EXPECT_TRUE(remote.adapters[i].runtime == local.adapters[i].runtime) << name << " adapter " << i;
    }
    EXPECT_TRUE(remote.disks == local.disks) << name;
    EXPECT_EQ(remote.configurationPath, local.configurationPath) << name;
    EXPECT_EQ(remote.checkpointPath, local.checkpointPath) << name;
    EXPECT_EQ(remote.smartPagingPath, local.smartPagingPath) << name;
    EXPECT_TRUE(remote == local) << name;
}

TEST_P(RemoteBackendTest, LoadsTheDemoAsTheInProcessSimulatorShowsIt)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20)) << backend->lastError().text().toStdString();
    sim::SimulatedBackend local(u"sim:demo"_s, sim::TopologyLoader::demo());
    local.setClockMode(sim::SimulatedBackend::ClockMode::Manual);
    local.open();
    ASSERT_EQ(local.vmCount(), 20);

    const QList<HostInfo> hosts = backend->hosts();
    ASSERT_EQ(hosts.size(), 3);
    for (const HostInfo &h : hosts) {
        SCOPED_TRACE(h.name.toStdString());
        expectSameHost(h, *local.host(h.name));
    }
    for (int i = 0; i < local.vmCount(); ++i) {
        const VmInfo &l = local.vmAt(i);
        const VmInfo *r = backend->findVm(l.id);
        ASSERT_NE(r, nullptr) << l.name.toStdString();
        expectSameVm(*r, l);
    }
    EXPECT_EQ(backend->capabilities(), local.capabilities());
}

TEST_P(RemoteBackendTest, OpeningAHostCostsTheSameRoundTripsFor10And1000Vms)
{
    int trips[2] = { 0, 0 };
    const int counts[2] = { 10, 1000 };
    for (int k = 0; k < 2; ++k) {
        openRemote(sim::TopologyGenerator::generate(1, counts[k], 1));
        ASSERT_TRUE(waitConnected(counts[k])) << backend->lastError().text().toStdString();
        trips[k] = backend->roundTrips();
        const int before = backend->roundTrips();
        backend->endpoints().front()->poll();
        ASSERT_TRUE(waitUntil([&] { return backend->roundTrips() >= before + 2; }));
        QTest::qWait(50);
        const int pollTrips = backend->roundTrips() - before;
        std::printf(
            "load of %d VMs = %d round trips; one state poll = %d round trips\n", counts[k], trips[k], pollTrips);
        EXPECT_LE(pollTrips, 3);
        backend.reset();
    }
    // One enumeration per class, whatever the number of VMs: one fixed bound holds for both. (The
    // difference is Pulls: a 512,000-byte envelope holds about 700 VMs' objects of one class.)
    constexpr int Bound = 70;
    EXPECT_LE(trips[0], Bound);
    EXPECT_LE(trips[1], Bound);
}

TEST_P(RemoteBackendTest, AStateChangeIsAJobPolledToCompletion)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *off = nullptr;
    for (int i = 0; i < backend->vmCount(); ++i) {
        if (backend->vmAt(i).state == VmState::Off && backend->vmAt(i).hostName == u"crusader"_s)
            off = &backend->vmAt(i);
    }
    ASSERT_NE(off, nullptr);
    const QString id = off->id;
    runClock();
    const JobPtr job = backend->changeVmState(id, VmAction::Start);
    bool sawStarting = false;
    QObject::connect(backend.get(), &HostBackend::vmsChanged, backend.get(),
        [&] { sawStarting = sawStarting || backend->findVm(id)->state == VmState::Starting; });
    ASSERT_TRUE(waitJob(job));
    EXPECT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    EXPECT_TRUE(sawStarting);
    ASSERT_TRUE(waitUntil([&] { return backend->findVm(id)->state == VmState::Running; }));
}

TEST_P(RemoteBackendTest, NotEnoughMemoryComesBackAsTheSimulatorsError)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    sim::SimulatedBackend local(u"sim:demo"_s, sim::TopologyLoader::demo());
    local.setClockMode(sim::SimulatedBackend::ClockMode::Manual);
    local.open();
    const VmInfo *labSql = remoteVm(u"lab-sql"_s);
    ASSERT_NE(labSql, nullptr);
    const JobPtr expected = local.changeVmState(labSql->id, VmAction::Start);
    ASSERT_EQ(expected->state(), Job::State::Failed);

    const JobPtr job = backend->changeVmState(labSql->id, VmAction::Start);
    ASSERT_TRUE(waitJob(job));
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error(), expected->error());
    EXPECT_EQ(job->error().field, u"memoryStartupBytes"_s);
    EXPECT_FALSE(job->error().fix.isEmpty());
}

TEST_P(RemoteBackendTest, AnIllegalTransitionIsExplainedAsInProcess)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *running = remoteVm(u"dc01"_s);
    ASSERT_EQ(running->state, VmState::Running);
    const JobPtr job = backend->changeVmState(running->id, VmAction::Resume);
    ASSERT_TRUE(waitJob(job));
    EXPECT_EQ(job->error(), VmStates::checkTransition(running->name, VmState::Running, VmAction::Resume));
}

TEST_P(RemoteBackendTest, ASettingsChangeIsAppliedAndReadBack)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *web = remoteVm(u"web01"_s);
    ASSERT_NE(web, nullptr);
    ASSERT_FALSE(web->adapters.isEmpty());
    const QString id = web->id;
    VmSettingsChange change;
    change.vmId = id;
    NetworkAdapterSettings before = web->adapters.front().settings;
    NetworkAdapterSettings after = before;
    after.vlanEnabled = true;
    after.vlanId = 42;
    after.maximumBandwidth = 500'000'000;
    after.vmqWeight = 0;
    after.dhcpGuard = true;
    change.modifiedAdapters << AdapterModification { before, after };
    IntegrationService timeSync;
    timeSync.kind = IntegrationServiceKind::TimeSynchronization;
    timeSync.enabled = false;
    change.changedServices << timeSync;
    runClock();
    const JobPtr job = backend->applyVmSettings(change);
    ASSERT_TRUE(waitJob(job, 30000));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return backend->findVm(id)->adapters.front().settings.vlanId == 42; }));
    const NetworkAdapterSettings &read = backend->findVm(id)->adapters.front().settings;
    EXPECT_TRUE(read.vlanEnabled);
    EXPECT_EQ(read.maximumBandwidth, 500'000'000u);
    EXPECT_EQ(read.vmqWeight, 0);
    EXPECT_TRUE(read.dhcpGuard);
    EXPECT_FALSE(backend->findVm(id)->integrationServices.isEnabled(IntegrationServiceKind::TimeSynchronization));
    // The simulator holds the same.
    const VmInfo &simVm = simulation().simulation().vm(simulation().simulation().indexOfVm(id));
    EXPECT_TRUE(simVm.adapters.front().settings == read);
}

TEST_P(RemoteBackendTest, AFailedSettingsChangeSaysWhatWasApplied)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *web = remoteVm(u"web01"_s);
    VmSettingsChange change;
    change.vmId = web->id;
    NetworkAdapterSettings before = web->adapters.front().settings;
    NetworkAdapterSettings after = before;
    after.vlanEnabled = true;
    after.vlanId = 7;
    after.dhcpGuard = true;
    change.modifiedAdapters << AdapterModification { before, after };
    // The first call fails when it commits: nothing is applied, and the job says so.
    simulation().simulation().injectApplyFault(
        simIndex(u"web01"_s), Error { u"32768"_s, u"Failed to modify device 'Ethernet Connection'."_s, {}, {} });
    runClock();
    const JobPtr job = backend->applyVmSettings(change);
    ASSERT_TRUE(waitJob(job, 30000));
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_TRUE(job->error().message.startsWith(u"Failed to modify device 'Ethernet Connection'."_s))
        << job->error().message.toStdString();
    EXPECT_TRUE(job->error().message.contains(u"Nothing was applied"_s)) << job->error().message.toStdString();
}

TEST_P(RemoteBackendTest, AMoveBetweenClusterNodesLandsOnTheDestinationEndpoint)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *dc01 = remoteVm(u"dc01"_s);
    ASSERT_EQ(dc01->hostName, u"crusader"_s);
    const QString id = dc01->id;
    MigrationRequest r;
    r.vmId = id;
    r.type = MigrationType::Live;
    r.destinationHost = u"saracen"_s;
    for (const NetworkAdapter &a : dc01->adapters)
        r.switchMapping << qMakePair(a.settings.id,
            MigrationCompatibility::suggestedSwitch(a.settings.switchName, *backend->host(u"saracen"_s)));
    runClock(50);
    const JobPtr job = backend->migrate(r);
    ASSERT_TRUE(waitJob(job, 60000));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return backend->findVm(id) && backend->findVm(id)->hostName == u"saracen"_s; }));
    EXPECT_EQ(backend->findVm(id)->adapters.front().settings.switchName, u"PUBLIC"_s);
    EXPECT_EQ(backend->vmCount(), 20);
}

TEST_P(RemoteBackendTest, TheIntegrationServicesSetupDiskEndsWithTheVersionPending)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *web02 = remoteVm(u"web02"_s);
    ASSERT_NE(web02, nullptr);
    const QString id = web02->id;
    runClock(50);
    const JobPtr job = backend->insertIntegrationServicesSetupDisk(id);
    ASSERT_TRUE(waitJob(job, 30000));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !backend->findVm(id)->integrationServices.pendingVersion.isEmpty(); }));
    EXPECT_EQ(backend->findVm(id)->integrationServices.pendingVersion, u"6.2.9200.16433"_s);
}

TEST_P(RemoteBackendTest, WrongStoredCredentialsAskTheUserAgain)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    for (auto it = keychain.entries.begin(); it != keychain.entries.end(); ++it)
        it->password = u"wrong"_s;
    prompts.answers << Credentials { u"admin"_s, QString::fromLatin1(Password) };
    reopen();
    ASSERT_TRUE(waitConnected(5)) << backend->lastError().text().toStdString();
    ASSERT_EQ(prompts.credentialReasons.size(), 1);
    EXPECT_TRUE(prompts.credentialReasons.first().contains(u"refused"_s));
}

TEST_P(RemoteBackendTest, WithoutPromptsWrongCredentialsFailWithAClearError)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    for (auto it = keychain.entries.begin(); it != keychain.entries.end(); ++it)
        it->password = u"wrong"_s;
    access.prompts = nullptr;
    reopen();
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Failed; }, 20000));
    EXPECT_EQ(backend->lastError().code, u"auth.denied"_s);
    EXPECT_TRUE(backend->lastError().message.contains(u"admin"_s)) << backend->lastError().message.toStdString();
    EXPECT_FALSE(backend->lastError().text().contains(u"wrong"_s));
}

TEST_P(RemoteBackendTest, PerCoreNetworkSamplesArriveOnceASecond)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    runClock(1);
    QList<NetworkSample> samples;
    QObject::connect(backend.get(), &HostBackend::networkSampled, backend.get(),
        [&](const NetworkSample &sample) { samples << sample; });
    backend->subscribeNetworkSamples(u"paladin"_s);
    ASSERT_TRUE(waitUntil([&] { return samples.size() >= 2; }, 10000));
    const NetworkSample &last = samples.last();
    EXPECT_EQ(last.hostName, u"paladin"_s);
    EXPECT_EQ(last.cores.size(), backend->host(u"paladin"_s)->logicalProcessors);
    // lab-web offers its load through the default queue on core 0 (RSS and VMQ are off).
    const int web = last.flowIndex(remoteVm(u"lab-web"_s)->id);
    ASSERT_GE(web, 0);
    EXPECT_EQ(last.flows[web].path, ReceivePath::DefaultQueue);
    EXPECT_GT(last.flows[web].deliveredInMbps, 100.0);
    EXPECT_GT(last.cores[0].percent, 50.0);
    backend->unsubscribeNetworkSamples(u"paladin"_s);
}

TEST_P(RemoteBackendTest, NicReceiveScalingSwitchesToRss)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    const HostInfo paladin = *backend->host(u"paladin"_s);
    const QString nic = paladin.nics.front().name;
    ASSERT_FALSE(paladin.nics.front().rss.enabled);
    NicReceiveScaling rss;
    rss.mode = NicReceiveScaling::Mode::Rss;
    const JobPtr job = backend->setNicReceiveScaling(u"paladin"_s, nic, rss);
    ASSERT_TRUE(waitJob(job));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return backend->host(u"paladin"_s)->nics.front().rss.enabled; }));
    EXPECT_FALSE(backend->host(u"paladin"_s)->nics.front().vmq.enabled);
    const JobPtr unknown = backend->setNicReceiveScaling(u"paladin"_s, u"Ethernet 9"_s, rss);
    EXPECT_EQ(unknown->state(), Job::State::Failed);
}

TEST_P(RemoteBackendTest, HostMigrationSettingsAreAppliedAndReadBack)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    HostMigrationSettings settings = backend->host(u"crusader"_s)->migration;
    settings.simultaneousLiveMigrations = 4;
    settings.authentication = MigrationAuthentication::CredSSP;
    settings.performance = MigrationPerformance::Smb;
    settings.migrationNetworks = { u"10.0.51.0/24"_s, u"10.0.60.0/24"_s };
    runClock();
    const JobPtr job = backend->applyHostMigrationSettings(u"crusader"_s, settings);
    ASSERT_TRUE(waitJob(job));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return backend->host(u"crusader"_s)->migration == settings; }));
    EXPECT_TRUE(
        simulation().simulation().hosts()[simulation().simulation().indexOfHost(u"crusader"_s)].migration == settings);
}

TEST_P(RemoteBackendTest, TheConfigurationVersionIsUpgradedOnA2016Host)
{
    Error error;
    auto topology = sim::TopologyLoader::fromJson(QByteArray(R"({"seed": 5, "hosts": [
        {"name": "templar", "os": "Windows Server 2016 Datacenter", "build": "10.0.14393", "processor": {"logicalProcessors": 8},
         "memoryGB": 64, "integrationServicesVersion": "10.0.14393.0", "maxConfigurationVersion": "8.0"}],
      "vms": [{"name": "legacy", "host": "templar", "state": "off", "memory": {"startupMB": 2048},
               "configurationVersion": "5.0", "integrationServices": {"version": "10.0.14393.0"}}]})"),
        u"templar.json"_s, &error);
    ASSERT_TRUE(topology) << error.text().toStdString();
    openRemote(*topology);
    ASSERT_TRUE(waitConnected(1));
    EXPECT_TRUE(backend->can(Capability::ConfigurationVersionUpgrade));
    EXPECT_EQ(backend->host(u"templar"_s)->maxConfigurationVersion, 80);
    const QString id = backend->vmAt(0).id;
    runClock();
    const JobPtr job = backend->upgradeConfigurationVersion(id);
    ASSERT_TRUE(waitJob(job));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return backend->findVm(id)->configurationVersion == u"8.0"_s; }));
}

TEST_P(RemoteBackendTest, ACancelledMoveLeavesTheVmWhereItWas)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo *sql01 = remoteVm(u"sql01"_s);
    const QString id = sql01->id;
    MigrationRequest r;
    r.vmId = id;
    r.type = MigrationType::Live;
    r.destinationHost = u"saracen"_s;
    for (const NetworkAdapter &a : sql01->adapters)
        r.switchMapping << qMakePair(a.settings.id, u"PUBLIC"_s);
    runClock(2);
    const JobPtr job = backend->migrate(r);
    ASSERT_TRUE(waitUntil([&] { return job->state() == Job::State::Running && job->percent() > 0; }, 20000))
        << job->error().text().toStdString();
    ASSERT_TRUE(job->isCancellable());
    job->requestCancel();
    ASSERT_TRUE(waitJob(job));
    EXPECT_EQ(job->state(), Job::State::Cancelled);
    EXPECT_EQ(simulation().simulation().vm(simulation().simulation().indexOfVm(id)).hostName, u"crusader"_s);
}

TEST_P(RemoteBackendTest, TheOtherNodesOfAClusterAreFoundThroughMSClusterNode)
{
    openRemote(sim::TopologyLoader::demo(), u"crusader"_s);
    ASSERT_TRUE(waitUntil([&] { return backend->endpoints().size() == 2 && backend->hosts().size() == 2; }, 20000));
    EXPECT_EQ(backend->endpoints()[1]->address().host, u"saracen"_s);
    if (GetParam() == Transport::Loopback) {
        // Here the node's name resolves: it connects with the first host's credentials.
        ASSERT_TRUE(
            waitUntil([&] { return backend->endpoints()[1]->state() == remote::HostConnection::State::Ready; }));
        EXPECT_EQ(backend->host(u"saracen"_s)->cluster, u"warrior"_s);
    } else {
        // "saracen" is not a name this machine resolves: listed, not reachable, with the reason.
        ASSERT_TRUE(waitUntil(
            [&] { return backend->endpoints()[1]->state() == remote::HostConnection::State::Failed; }, 30000));
        EXPECT_EQ(backend->hosts()[1].connection, ConnectionState::Failed);
        EXPECT_FALSE(backend->endpoints()[1]->lastError().message.isEmpty());
        EXPECT_EQ(backend->connectionState(), ConnectionState::Connected); // crusader still is
    }
}

namespace {

QStringList idsOf(const Diagnostics &diagnostics)
{
    QStringList ids;
    for (const Diagnostic &d : diagnostics)
        ids << d.id;
    return ids;
}

} // namespace

// The Move wizard's report on a remote host: hvdesk's own rules, then the source host's own
// verdict (CheckVirtualSystemIsMigratableToHost), which answers later.
TEST_P(RemoteBackendTest, TheSourceHostsOwnVerdictOnAMoveJoinsTheReport)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo dc01 = *remoteVm(u"dc01"_s);
    ASSERT_EQ(dc01.hostName, u"crusader"_s);
    MigrationRequest r;
    r.vmId = dc01.id;
    r.type = MigrationType::Live;
    r.destinationHost = u"saracen"_s;
    // dc01's switch is "Public"; saracen has "PUBLIC" (names are case-sensitive): the host refuses.
    MigrationCheckInput in { dc01, *backend->host(u"crusader"_s), *backend->host(u"saracen"_s), r };
    int answers = 0;
    QObject::connect(backend.get(), &HostBackend::migrationChecksChanged, backend.get(), [&] { ++answers; });
    const Diagnostics asking = backend->migrationChecks(in, backend.get());
    EXPECT_TRUE(idsOf(asking).contains(u"migration.host.pending"_s)) << idsOf(asking).join(u" "_s).toStdString();
    ASSERT_TRUE(waitUntil([&] { return answers > 0; }));
    const Diagnostics refused = backend->migrationChecks(in, backend.get());
    EXPECT_TRUE(idsOf(refused).contains(MigrationCompatibility::SwitchMissing)); // hvdesk's own rule
    // The host's reasons are its own rules' errors on the same move, each marked as its verdict.
    QStringList expected;
    for (const Diagnostic &d : MigrationCompatibility::checkAll(in)) {
        if (d.isError())
            expected << d.message;
    }
    ASSERT_FALSE(expected.isEmpty());
    QStringList reasons;
    for (const Diagnostic &d : refused) {
        if (d.id != u"migration.host.refused"_s)
            continue;
        EXPECT_TRUE(d.isError());
        EXPECT_TRUE(d.message.startsWith(u"crusader's own check refuses the move: "_s)) << d.message.toStdString();
        reasons << d.message.section(u"refuses the move: "_s, 1);
    }
    EXPECT_EQ(reasons, expected);
    EXPECT_FALSE(idsOf(refused).contains(u"migration.host.pending"_s));
    // Asked once per move: the same move again costs no call.
    const int trips = backend->roundTrips();
    backend->migrationChecks(in, backend.get());
    EXPECT_EQ(backend->roundTrips(), trips);

    // Mapped to the switch saracen has, the host accepts the move.
    for (const NetworkAdapter &a : dc01.adapters)
        in.request.switchMapping << qMakePair(a.settings.id, u"PUBLIC"_s);
    backend->migrationChecks(in, backend.get());
    ASSERT_TRUE(waitUntil([&] { return answers > 1; }));
    const Diagnostics accepted = backend->migrationChecks(in, backend.get());
    EXPECT_TRUE(idsOf(accepted).contains(u"migration.host.accepted"_s)) << idsOf(accepted).join(u" "_s).toStdString();
    EXPECT_FALSE(idsOf(accepted).contains(u"migration.host.refused"_s));
    EXPECT_FALSE(hasErrors(accepted));
}

// A disk's virtual size costs one call per disk: read for the VM shown, not at load.
TEST_P(RemoteBackendTest, ADisksVirtualSizeIsReadForTheVmShownAndKept)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    backend->setPollInterval(600000); // no state poll in the count
    const QString id = remoteVm(u"sql01"_s)->id;
    const sim::Simulation &s = simulation().simulation();
    const QList<VirtualDisk> simulated = s.vm(s.indexOfVm(id)).disks;
    ASSERT_FALSE(simulated.isEmpty());
    for (int i = 0; i < backend->vmCount(); ++i) {
        for (const VirtualDisk &d : backend->vmAt(i).disks)
            EXPECT_EQ(d.maxSizeBytes, 0u) << d.path.toStdString(); // not read at load
    }
    const int before = backend->roundTrips();
    bool announced = false;
    QObject::connect(backend.get(), &HostBackend::vmsChanged, backend.get(),
        [&](const QList<int> &indexes) { announced = announced || indexes.contains(backend->indexOfVm(id)); });
    backend->loadVmDetails(id);
    ASSERT_TRUE(waitUntil([&] { return backend->findVm(id)->disks == simulated; }))
        << backend->findVm(id)->disks.front().maxSizeBytes;
    EXPECT_TRUE(announced);
    EXPECT_GT(simulated.front().maxSizeBytes, simulated.front().sizeBytes);
    EXPECT_EQ(backend->roundTrips() - before, int(simulated.size()));
    // Kept: asking again costs nothing, and a reload keeps the sizes.
    backend->loadVmDetails(id);
    QTest::qWait(50);
    EXPECT_EQ(backend->roundTrips() - before, int(simulated.size()));
    bool reloaded = false;
    backend->endpoints().front()->reloadThen([&] { reloaded = true; });
    ASSERT_TRUE(waitUntil([&] { return reloaded; }));
    EXPECT_TRUE(backend->findVm(id)->disks == simulated);
    // Other VMs were not asked about.
    const VmInfo *dc01 = remoteVm(u"dc01"_s);
    ASSERT_FALSE(dc01->disks.isEmpty());
    EXPECT_EQ(dc01->disks.front().maxSizeBytes, 0u);
}

// Only the loopback network drops and comes back at will, or hides classes.
class RemoteLoopbackTest : public RemoteBackendTest
{
};

TEST_P(RemoteLoopbackTest, AHostWithoutAClassLosesTheCapabilityWithTheReason)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    EXPECT_TRUE(backend->can(Capability::NicReceiveScaling));
    EXPECT_TRUE(backend->can(Capability::ConfigurationVersionUpgrade));
    network->hiddenClasses << u"MSFT_NetAdapterRssSettingData"_s << u"Msvm_VirtualSystemManagementCapabilities"_s
                           << u"MSFT_NetAdapterIPsecOffloadV2SettingData"_s;
    reopen();
    ASSERT_TRUE(waitConnected(5)) << backend->lastError().text().toStdString();
    EXPECT_FALSE(backend->can(Capability::NicReceiveScaling));
    EXPECT_FALSE(backend->can(Capability::ConfigurationVersionUpgrade));
    EXPECT_TRUE(
        backend->missingCapabilityReason(Capability::NicReceiveScaling).contains(u"MSFT_NetAdapterRssSettingData"_s));
    EXPECT_TRUE(
        backend->missingCapabilityReason(Capability::ConfigurationVersionUpgrade).contains(u"UpgradeSystemVersion"_s));
    // The rest of the host is there; without the capabilities class, the version comes from the build.
    EXPECT_EQ(backend->host(u"paladin"_s)->maxConfigurationVersion, 40);
    EXPECT_EQ(backend->host(u"paladin"_s)->nics.front().ipsecOffloadCapacity, 0u);
    const JobPtr refused = backend->upgradeConfigurationVersion(backend->vmAt(0).id);
    EXPECT_EQ(refused->state(), Job::State::Failed);
    EXPECT_EQ(refused->error().code, u"capability.missing"_s);
}

TEST_P(RemoteLoopbackTest, ADroppedConnectionKeepsTheLastInventoryAsStaleAndReconnects)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    backend->setPollInterval(100);
    network->setReachable(false);
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Stale; }));
    EXPECT_EQ(backend->vmCount(), 5);
    EXPECT_EQ(backend->hosts().front().connection, ConnectionState::Stale);
    const JobPtr refused = backend->changeVmState(backend->vmAt(0).id, VmAction::Pause);
    EXPECT_EQ(refused->state(), Job::State::Failed);
    EXPECT_EQ(refused->error().code, u"connection.lost"_s);
    network->setReachable(true);
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Connected; }, 15000));
}

// The host cannot answer the compatibility question: a warning that names the call, not a blocker.
TEST_P(RemoteLoopbackTest, AFailedCompatibilityCallIsAWarningNamingTheCall)
{
    openRemote(sim::TopologyLoader::demo());
    ASSERT_TRUE(waitConnected(20));
    const VmInfo dc01 = *remoteVm(u"dc01"_s);
    MigrationRequest r;
    r.vmId = dc01.id;
    r.destinationHost = u"saracen"_s;
    for (const NetworkAdapter &a : dc01.adapters)
        r.switchMapping << qMakePair(a.settings.id, u"PUBLIC"_s);
    const MigrationCheckInput in { dc01, *backend->host(u"crusader"_s), *backend->host(u"saracen"_s), r };
    int answers = 0;
    QObject::connect(backend.get(), &HostBackend::migrationChecksChanged, backend.get(), [&] { ++answers; });
    network->setReachable(false);
    backend->migrationChecks(in, backend.get());
    ASSERT_TRUE(waitUntil([&] { return answers > 0; }));
    const Diagnostics d = backend->migrationChecks(in, backend.get());
    network->setReachable(true);
    const auto it
        = std::find_if(d.begin(), d.end(), [](const Diagnostic &x) { return x.id == u"migration.host.unchecked"_s; });
    ASSERT_NE(it, d.end()) << idsOf(d).join(u" "_s).toStdString();
    EXPECT_EQ(it->severity, Diagnostic::Severity::Warning);
    EXPECT_TRUE(it->message.contains(u"CheckVirtualSystemIsMigratableToHost failed"_s)) << it->message.toStdString();
    EXPECT_FALSE(hasErrors(d));
}

TEST(RemoteUriTest, APasswordInTheUriIsRefused)
{
    Error error;
    EXPECT_FALSE(remote::RemoteUri::parse(u"wsman+https://admin:secret@host"_s, &error));
    EXPECT_TRUE(error.message.contains(u"password"_s));
    const auto ok = remote::RemoteUri::parse(u"wsman+https://hyperv01?host=hyperv02:5999&host=hyperv03"_s, &error);
    ASSERT_TRUE(ok);
    ASSERT_EQ(ok->endpoints.size(), 3);
    EXPECT_EQ(ok->endpoints[0].port, 5986);
    EXPECT_EQ(ok->endpoints[1].port, 5999);
    EXPECT_EQ(ok->endpoints[2].url().toString(), u"https://hyperv03:5986/wsman"_s);
    const auto http = remote::RemoteUri::parse(u"wsman+http://[::1]"_s, &error);
    ASSERT_TRUE(http);
    EXPECT_EQ(http->endpoints[0].port, 5985);
    EXPECT_FALSE(remote::RemoteUri::parse(u"wsman+https://host/other"_s, &error));
}

// Trust on first use: an unknown self-signed certificate is shown and, accepted, pinned; the next
// connection does not ask; a server with a new certificate is refused loudly, without asking.
class RemoteTlsTest : public RemoteBackendTest
{
};

TEST_P(RemoteTlsTest, AnAcceptedCertificateIsPinnedAndAChangedOneRefused)
{
    openRemote(sim::TopologyGenerator::generate(1, 5, 1)); // one host: restarted on its port below
    ASSERT_TRUE(waitConnected(5));
    backend.reset();
    pins.pins.clear();
    prompts.trust = true;
    reopen();
    ASSERT_TRUE(waitConnected(5)) << backend->lastError().text().toStdString();
    ASSERT_EQ(prompts.trustQuestions.size(), 1);
    const QString endpoint = remote::RemoteUri::parse(uri, nullptr)->endpoints.front().key();
    EXPECT_EQ(pins.pinned(endpoint), prompts.trustQuestions.front().sha256);
    EXPECT_FALSE(pins.pinned(endpoint).isEmpty());

    reopen();
    ASSERT_TRUE(waitConnected(5));
    EXPECT_EQ(prompts.trustQuestions.size(), 1) << "a pinned certificate is not asked about again";

    // The same ports, a new certificate.
    backend.reset();
    const quint16 port = server->endpoints().front().port;
    server->stop();
    QTemporaryDir otherState;
    simd::SimdOptions options;
    options.basePort = port;
    options.stateDirectory = otherState.path();
    options.account = Credentials { u"admin"_s, QString::fromLatin1(Password) };
    Error error;
    if (!server->start(options, &error))
        GTEST_SKIP() << "the ports were taken meanwhile: " << error.text().toStdString();
    reopen();
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Failed; }, 20000));
    EXPECT_EQ(backend->lastError().code, u"tls.certificate-changed"_s) << backend->lastError().text().toStdString();
    EXPECT_EQ(prompts.trustQuestions.size(), 1) << "a changed certificate is never asked about";
}

TEST_P(RemoteTlsTest, AnUnknownCertificateRefusedByTheUserFailsTheConnection)
{
    openRemote(sim::TopologyLoader::demo(), u"paladin"_s);
    ASSERT_TRUE(waitConnected(5));
    pins.pins.clear();
    prompts.trust = false;
    reopen();
    ASSERT_TRUE(waitUntil([&] { return backend->connectionState() == ConnectionState::Failed; }, 20000));
    EXPECT_EQ(prompts.trustQuestions.size(), 1);
    EXPECT_TRUE(pins.pins.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Transports, RemoteBackendTest,
    ::testing::Values(Transport::Loopback, Transport::Http, Transport::Https), transportName);
INSTANTIATE_TEST_SUITE_P(Loopback, RemoteLoopbackTest, ::testing::Values(Transport::Loopback), transportName);
INSTANTIATE_TEST_SUITE_P(Https, RemoteTlsTest, ::testing::Values(Transport::Https), transportName);

} // namespace
