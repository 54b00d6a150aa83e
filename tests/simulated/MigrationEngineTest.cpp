#include "QtPrinters.h"
#include "TestTopologies.h"

#include <simulated/MigrationEngine.h>
#include <simulated/SimulatedBackend.h>

#include <models/MigrationPaths.h>

#include <QSignalSpy>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;

std::unique_ptr<SimulatedBackend> openDemo()
{
    auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:demo"), test::demo());
    b->setClockMode(SimulatedBackend::ClockMode::Manual);
    b->open();
    return b;
}

const VmInfo &vmNamed(const HostBackend &b, const QString &name)
{
    for (int i = 0; i < b.vmCount(); ++i) {
        if (b.vmAt(i).name == name)
            return b.vmAt(i);
    }
    ADD_FAILURE() << "no VM " << name.toStdString();
    return b.vmAt(0);
}

// Moves `name` from crusader to saracen, mapping its adapters to saracen's 'PUBLIC'.
MigrationRequest toSaracen(const VmInfo &vm, MigrationType type, const QString &folder = QString())
{
    MigrationRequest r;
    r.vmId = vm.id;
    r.type = type;
    r.destinationHost = QStringLiteral("saracen");
    for (const NetworkAdapter &a : vm.adapters)
        r.switchMapping << qMakePair(a.settings.id, QStringLiteral("PUBLIC"));
    if (!folder.isEmpty())
        MigrationPaths::setSingleLocation(&r, vm, folder);
    return r;
}

const StorageVolume &volume(const HostBackend &b, const QString &host, const QString &path)
{
    static StorageVolume none;
    const auto h = b.host(host);
    for (const StorageVolume &v : h->volumes) {
        if (v.path == path) {
            static StorageVolume copy;
            copy = v;
            return copy;
        }
    }
    ADD_FAILURE() << "no volume " << path.toStdString();
    return none;
}

void runUntilFinished(SimulatedBackend &b, const QList<JobPtr> &jobs, qint64 limitMs = 3'600'000)
{
    for (qint64 t = 0; t < limitMs; t += 1000) {
        if (std::all_of(jobs.begin(), jobs.end(), [](const JobPtr &j) { return j->isFinished(); }))
            return;
        b.advance(1000);
    }
    ADD_FAILURE() << "jobs did not finish";
}

} // namespace

TEST(MigrationEngineTest, TheDemoSwitchMismatchRefusesTheMoveUntilMapped)
{
    auto b = openDemo();
    const VmInfo sql = vmNamed(*b, QStringLiteral("sql01"));
    MigrationRequest r;
    r.vmId = sql.id;
    r.type = MigrationType::Live;
    r.destinationHost = QStringLiteral("saracen");
    const JobPtr refused = b->migrate(r);
    EXPECT_EQ(refused->state(), Job::State::Failed);
    EXPECT_EQ(refused->error().code, QStringLiteral("migration.switch.missing"));
    EXPECT_EQ(refused->error().fix, QStringLiteral("Map the adapter to switch 'PUBLIC', or disconnect it."));
    EXPECT_EQ(vmNamed(*b, QStringLiteral("sql01")), sql);

    const JobPtr job = b->migrate(toSaracen(sql, MigrationType::Live));
    EXPECT_EQ(job->state(), Job::State::Running);
    EXPECT_EQ(job->title(), QStringLiteral("Move"));
}

TEST(MigrationEngineTest, ASharedNothingMoveCopiesStorageThenMemoryAndLandsOnTheDestination)
{
    auto b = openDemo();
    const VmInfo web = vmNamed(*b, QStringLiteral("web01"));
    const quint64 saracenFree = volume(*b, QStringLiteral("saracen"), QStringLiteral("D:\\")).freeBytes;
    const quint64 csvFree = volume(*b, QStringLiteral("crusader"), QStringLiteral("C:\\ClusterStorage\\Volume1")).freeBytes;
    const JobPtr job = b->migrate(toSaracen(web, MigrationType::SharedNothing, QStringLiteral("D:\\Hyper-V\\web01")));
    ASSERT_EQ(job->state(), Job::State::Running) << job->error().text().toStdString();
    QStringList phases;
    QObject::connect(job.data(), &Job::progressChanged, [&](int, const QString &phase) {
        const QString head = phase.section(QLatin1Char(','), 0, 0);
        if (phases.isEmpty() || phases.last() != head)
            phases << head;
    });
    // 40 GiB and the configuration over one 10 GbE network at 75 %: 45.9 s of storage copy.
    b->advance(45'800);
    EXPECT_EQ(job->phase(), QStringLiteral("Copying storage to saracen over 10.0.50.0/24"));
    EXPECT_EQ(vmNamed(*b, QStringLiteral("web01")).hostName, QStringLiteral("crusader"));
    EXPECT_TRUE(vmNamed(*b, QStringLiteral("web01")).status.startsWith(QStringLiteral("Migrating (")));
    runUntilFinished(*b, {job});
    EXPECT_EQ(job->state(), Job::State::Completed);
    EXPECT_EQ(phases, (QStringList{QStringLiteral("Copying storage to saracen over 10.0.50.0/24"), QStringLiteral("Copying memory to saracen"),
                                   QStringLiteral("Switching over to saracen"), QStringLiteral("Moved to saracen")}));

    const VmInfo &moved = vmNamed(*b, QStringLiteral("web01"));
    EXPECT_EQ(b->indexOfVm(web.id), b->indexOfVm(moved.id));
    EXPECT_EQ(moved.hostName, QStringLiteral("saracen"));
    EXPECT_EQ(moved.state, VmState::Running);
    EXPECT_EQ(moved.disks[0].path, QStringLiteral("D:\\Hyper-V\\web01\\Virtual Hard Disks\\web01.vhdx"));
    EXPECT_EQ(moved.configurationPath, QStringLiteral("D:\\Hyper-V\\web01"));
    EXPECT_EQ(moved.adapters[0].settings.switchName, QStringLiteral("PUBLIC"));
    EXPECT_EQ(moved.status, QStringLiteral("Operating normally"));
    EXPECT_EQ(volume(*b, QStringLiteral("saracen"), QStringLiteral("D:\\")).freeBytes,
              saracenFree - 40 * GiB - MigrationPaths::ConfigurationBytes);
    EXPECT_EQ(volume(*b, QStringLiteral("crusader"), QStringLiteral("C:\\ClusterStorage\\Volume1")).freeBytes,
              csvFree + 40 * GiB + MigrationPaths::ConfigurationBytes);
}

TEST(MigrationEngineTest, LiveStateIsCopiedInDirtyPageRounds)
{
    Simulation s(test::demo());
    s.advance(5'000, nullptr, nullptr);
    const int sql = test::vmIndex(s, QStringLiteral("sql01"));
    ASSERT_TRUE(s.migrations().enqueue(sql, toSaracen(s.vm(sql), MigrationType::Live), 7).isNull());
    EXPECT_EQ(s.migrations().phaseOf(7), MigrationEngine::Phase::Memory);
    int rounds = 0;
    while (s.migrations().contains(7)) {
        rounds = qMax(rounds, s.migrations().memoryRoundsOf(7));
        s.advance(100, nullptr, nullptr);
        ASSERT_LT(s.nowMs(), 600'000);
    }
    // 32 GiB of a busy SQL Server take several rounds, never more than the limit.
    EXPECT_GE(rounds, 3);
    EXPECT_LE(rounds, MigrationEngine::MaxMemoryRounds);
    EXPECT_EQ(s.vm(sql).hostName, QStringLiteral("saracen"));
    EXPECT_EQ(s.vm(sql).disks[0].path, QStringLiteral("C:\\ClusterStorage\\Volume1\\sql01\\Virtual Hard Disks\\sql01.vhdx"));
}

TEST(MigrationEngineTest, MovesBeyondTheLimitWaitInAQueueAndAllFinish)
{
    auto b = openDemo();
    QList<JobPtr> jobs;
    for (const char *name : {"dc01", "web01", "web02", "vdi-pool01"})
        jobs << b->migrate(toSaracen(vmNamed(*b, QString::fromLatin1(name)), MigrationType::Live));
    EXPECT_EQ(jobs[0]->state(), Job::State::Running);
    EXPECT_EQ(jobs[1]->state(), Job::State::Running);
    EXPECT_EQ(jobs[2]->state(), Job::State::New);
    EXPECT_EQ(jobs[3]->state(), Job::State::New);
    EXPECT_EQ(Job::stateName(jobs[2]->state()), QStringLiteral("Queued"));
    EXPECT_EQ(jobs[2]->phase(), QStringLiteral("Queued: 2 of 2 simultaneous live migrations on crusader are running."));
    EXPECT_EQ(vmNamed(*b, QStringLiteral("web02")).status, QStringLiteral("Waiting to move"));
    b->advance(500);
    // Two networks, two moves: one each.
    EXPECT_EQ(jobs[0]->phase().section(QStringLiteral(" over "), 1), QStringLiteral("10.0.50.0/24"));
    EXPECT_EQ(jobs[1]->phase().section(QStringLiteral(" over "), 1), QStringLiteral("10.0.51.0/24"));

    int maxRunning = 0;
    bool sawQueuedStart = false;
    for (int step = 0; step < 3600 && !std::all_of(jobs.begin(), jobs.end(), [](const JobPtr &j) { return j->isFinished(); });
         ++step) {
        b->advance(100);
        const int running = int(std::count_if(jobs.begin(), jobs.end(),
                                              [](const JobPtr &j) { return j->state() == Job::State::Running; }));
        maxRunning = qMax(maxRunning, running);
        sawQueuedStart = sawQueuedStart || jobs[2]->state() == Job::State::Running;
    }
    EXPECT_EQ(maxRunning, 2);
    EXPECT_TRUE(sawQueuedStart);
    for (const JobPtr &j : jobs)
        EXPECT_EQ(j->state(), Job::State::Completed) << j->targetName().toStdString();
    for (const char *name : {"dc01", "web01", "web02", "vdi-pool01"})
        EXPECT_EQ(vmNamed(*b, QString::fromLatin1(name)).hostName, QStringLiteral("saracen"));
}

TEST(MigrationEngineTest, CancelAtAnyPhaseLeavesTheVmRunningOnTheSourceWithItsFiles)
{
    for (const MigrationEngine::Phase phase : {MigrationEngine::Phase::Storage, MigrationEngine::Phase::Memory,
                                               MigrationEngine::Phase::Queued}) {
        Simulation s(test::demo());
        const int web = test::vmIndex(s, QStringLiteral("web01"));
        const VmInfo before = s.vm(web);
        if (phase == MigrationEngine::Phase::Queued) { // two others hold crusader's slots
            s.migrations().enqueue(test::vmIndex(s, QStringLiteral("dc01")),
                                   toSaracen(s.vm(test::vmIndex(s, QStringLiteral("dc01"))), MigrationType::Live), 1);
            s.migrations().enqueue(test::vmIndex(s, QStringLiteral("web02")),
                                   toSaracen(s.vm(test::vmIndex(s, QStringLiteral("web02"))), MigrationType::Live), 2);
        }
        ASSERT_TRUE(s.migrations()
                        .enqueue(web, toSaracen(before, MigrationType::SharedNothing, QStringLiteral("D:\\Hyper-V\\web01")), 9)
                        .isNull());
        for (int i = 0; i < 1000 && s.migrations().phaseOf(9) != phase; ++i)
            s.advance(100, nullptr, nullptr);
        ASSERT_EQ(s.migrations().phaseOf(9), phase);
        EXPECT_TRUE(s.cancel(9));
        EXPECT_FALSE(s.migrations().isMoving(web));
        s.advance(100, nullptr, nullptr);
        const VmInfo &after = s.vm(web);
        EXPECT_EQ(after.hostName, QStringLiteral("crusader"));
        EXPECT_EQ(after.state, VmState::Running);
        EXPECT_EQ(after.disks, before.disks);
        EXPECT_EQ(after.configurationPath, before.configurationPath);
        EXPECT_EQ(after.adapters[0].settings.switchName, QStringLiteral("Public"));
        EXPECT_EQ(after.status, QStringLiteral("Operating normally"));
    }
}

TEST(MigrationEngineTest, CancellingAJobFreesItsSlotForTheQueue)
{
    auto b = openDemo();
    QList<JobPtr> jobs;
    for (const char *name : {"dc01", "web01", "web02"})
        jobs << b->migrate(toSaracen(vmNamed(*b, QString::fromLatin1(name)), MigrationType::Live));
    ASSERT_EQ(jobs[2]->state(), Job::State::New);
    ASSERT_TRUE(jobs[0]->isCancellable());
    jobs[0]->requestCancel();
    EXPECT_EQ(jobs[0]->state(), Job::State::Cancelled);
    EXPECT_EQ(vmNamed(*b, QStringLiteral("dc01")).hostName, QStringLiteral("crusader"));
    b->advance(100);
    EXPECT_EQ(jobs[2]->state(), Job::State::Running);
}

TEST(MigrationEngineTest, ADestinationThatDropsFailsTheMoveAndTheVmStaysOnTheSource)
{
    auto b = openDemo();
    const VmInfo web = vmNamed(*b, QStringLiteral("web01"));
    const quint64 saracenFree = volume(*b, QStringLiteral("saracen"), QStringLiteral("D:\\")).freeBytes;
    const JobPtr job = b->migrate(toSaracen(web, MigrationType::SharedNothing, QStringLiteral("D:\\Hyper-V\\web01")));
    b->advance(20'000);
    ASSERT_EQ(job->state(), Job::State::Running);
    b->setHostReachable(QStringLiteral("saracen"), false);
    EXPECT_EQ(b->host(QStringLiteral("saracen"))->connection, ConnectionState::Stale);
    EXPECT_EQ(b->host(QStringLiteral("crusader"))->connection, ConnectionState::Connected);
    b->advance(100);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("migration.host.lost"));
    EXPECT_EQ(job->error().message,
              QStringLiteral("Moving 'web01' failed at 41 % (Copying storage to saracen over 10.0.50.0/24): saracen stopped answering. "
                             "'web01' is still running on crusader with its files intact."));
    const VmInfo &after = vmNamed(*b, QStringLiteral("web01"));
    EXPECT_EQ(after.hostName, QStringLiteral("crusader"));
    EXPECT_EQ(after.state, VmState::Running);
    EXPECT_EQ(after.disks, web.disks);
    EXPECT_EQ(volume(*b, QStringLiteral("saracen"), QStringLiteral("D:\\")).freeBytes, saracenFree);
    // While it is away, a new move there is refused up front.
    const JobPtr again = b->migrate(toSaracen(web, MigrationType::Live));
    EXPECT_EQ(again->error().code, QStringLiteral("migration.destination.unreachable"));
}

TEST(MigrationEngineTest, AFailedNetworkFallsOverToTheNextInPreferenceOrder)
{
    auto b = openDemo();
    const JobPtr job = b->migrate(toSaracen(vmNamed(*b, QStringLiteral("web01")), MigrationType::SharedNothing,
                                            QStringLiteral("D:\\Hyper-V\\web01")));
    b->advance(1'000);
    EXPECT_EQ(job->phase(), QStringLiteral("Copying storage to saracen over 10.0.50.0/24"));
    b->setMigrationNetworkFailed(QStringLiteral("10.0.50.0/24"), true);
    b->advance(1'000);
    EXPECT_EQ(job->phase(),
              QStringLiteral("Copying storage to saracen over 10.0.51.0/24 (10.0.50.0/24 failed, continuing over 10.0.51.0/24)"));
    b->setMigrationNetworkFailed(QStringLiteral("10.0.51.0/24"), true);
    b->advance(100);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("migration.network"));
    EXPECT_EQ(vmNamed(*b, QStringLiteral("web01")).hostName, QStringLiteral("crusader"));
}

TEST(MigrationEngineTest, AStorageMoveKeepsTheVmRunningOnItsHost)
{
    auto b = openDemo();
    const VmInfo exch = vmNamed(*b, QStringLiteral("exch01"));
    MigrationRequest r;
    r.vmId = exch.id;
    r.type = MigrationType::Storage;
    MigrationPaths::setSingleLocation(&r, exch, QStringLiteral("D:\\VMs\\exch01"));
    const JobPtr job = b->migrate(r);
    ASSERT_EQ(job->state(), Job::State::Running) << job->error().text().toStdString();
    EXPECT_EQ(job->title(), QStringLiteral("Move storage"));
    b->advance(10'000);
    EXPECT_EQ(vmNamed(*b, QStringLiteral("exch01")).state, VmState::Running);
    EXPECT_TRUE(vmNamed(*b, QStringLiteral("exch01")).status.startsWith(QStringLiteral("Moving storage (")));
    // A VM being moved refuses other changes.
    const JobPtr save = b->changeVmState(exch.id, VmAction::Save);
    EXPECT_EQ(save->error().code, QStringLiteral("migration.vm.busy"));
    runUntilFinished(*b, {job});
    const VmInfo &after = vmNamed(*b, QStringLiteral("exch01"));
    EXPECT_EQ(job->state(), Job::State::Completed);
    EXPECT_EQ(after.hostName, QStringLiteral("crusader"));
    EXPECT_EQ(after.state, VmState::Running);
    EXPECT_EQ(after.disks[1].path, QStringLiteral("D:\\VMs\\exch01\\Virtual Hard Disks\\exch01-data1.vhdx"));
    EXPECT_EQ(after.checkpointPath, QStringLiteral("D:\\VMs\\exch01\\Snapshots"));
}

TEST(MigrationEngineTest, HostMigrationSettingsAreValidatedAndAppliedAsAJob)
{
    auto b = openDemo();
    HostMigrationSettings s = b->host(QStringLiteral("paladin"))->migration;
    EXPECT_FALSE(s.liveMigrationEnabled);
    s.simultaneousLiveMigrations = 0;
    const JobPtr bad = b->applyHostMigrationSettings(QStringLiteral("paladin"), s);
    EXPECT_EQ(bad->state(), Job::State::Failed);
    EXPECT_EQ(bad->error().field, QStringLiteral("simultaneousLiveMigrations"));

    s.simultaneousLiveMigrations = 4;
    s.liveMigrationEnabled = true;
    s.migrationNetworks = {QStringLiteral("10.0.60.0/24")};
    const JobPtr job = b->applyHostMigrationSettings(QStringLiteral("paladin"), s);
    EXPECT_EQ(job->state(), Job::State::Running);
    EXPECT_FALSE(b->host(QStringLiteral("paladin"))->migration.liveMigrationEnabled);
    QSignalSpy hosts(b.get(), &HostBackend::hostsChanged);
    b->advance(1'000);
    EXPECT_EQ(job->state(), Job::State::Completed);
    EXPECT_GE(hosts.count(), 1);
    EXPECT_EQ(b->host(QStringLiteral("paladin"))->migration, s);
}

TEST(MigrationEngineTest, TopologiesDescribeVolumesAndNetworks)
{
    const Topology demo = test::demo();
    ASSERT_EQ(demo.hosts[1].volumes.size(), 3);
    EXPECT_EQ(demo.hosts[1].volumes[0].path, QStringLiteral("C:\\ClusterStorage\\Volume1"));
    EXPECT_TRUE(demo.hosts[1].volumes[0].clusterShared);
    EXPECT_EQ(demo.hosts[1].volumes[2].freeBytes, 600 * GiB);
    ASSERT_EQ(demo.migrationNetworks.size(), 2);
    EXPECT_EQ(demo.migrationNetworks[0].linkSpeedBps, 10'000'000'000ULL);
    // Without volumes, a host has its system drive.
    const Topology small = test::small();
    ASSERT_EQ(small.hosts[0].volumes.size(), 1);
    EXPECT_EQ(small.hosts[0].volumes[0].path, QStringLiteral("C:\\"));

    Error e;
    QByteArray bad = test::smallTopology();
    bad.replace("\"memoryGB\": 16,", "\"memoryGB\": 16, \"volumes\": [{\"path\": \"D:\\\\\", \"capacityGB\": 10, \"freeGB\": 20}],");
    EXPECT_FALSE(TopologyLoader::fromJson(bad, QStringLiteral("bad.json"), &e));
    EXPECT_EQ(e.field, QStringLiteral("hosts[0].volumes[0].freeGB"));
}
