#include "QtPrinters.h"
#include "TestTopologies.h"

#include <simulated/SimulatedBackend.h>

#include <QSignalSpy>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

std::unique_ptr<SimulatedBackend> openDemo()
{
    auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:demo"), test::demo());
    b->setClockMode(SimulatedBackend::ClockMode::Manual);
    b->open();
    return b;
}

QString idOf(const HostBackend &b, const QString &name)
{
    for (int i = 0; i < b.vmCount(); ++i) {
        if (b.vmAt(i).name == name)
            return b.vmAt(i).id;
    }
    ADD_FAILURE() << "no VM " << name.toStdString();
    return {};
}

} // namespace

TEST(SimulatedBackendTest, UrisChooseTheTopology)
{
    Error e;
    auto demo = SimulatedBackend::create(QStringLiteral("sim:demo"), &e);
    ASSERT_TRUE(demo);
    demo->open();
    EXPECT_EQ(demo->hosts().size(), 3);
    EXPECT_EQ(demo->vmCount(), 20);
    EXPECT_EQ(demo->connectionState(), ConnectionState::Connected);

    auto generated = SimulatedBackend::create(QStringLiteral("sim:generate?hosts=4&vms=37&seed=3"), &e);
    ASSERT_TRUE(generated);
    generated->open();
    EXPECT_EQ(generated->hosts().size(), 4);
    EXPECT_EQ(generated->vmCount(), 37);

    EXPECT_FALSE(SimulatedBackend::create(QStringLiteral("sim:generate?hosts=0"), &e));
    EXPECT_EQ(e.field, QStringLiteral("hosts"));
    EXPECT_FALSE(SimulatedBackend::create(QStringLiteral("sim:generate?vms=lots"), &e));
    EXPECT_EQ(e.field, QStringLiteral("vms"));
    EXPECT_FALSE(SimulatedBackend::create(QStringLiteral("sim:"), &e));
    EXPECT_EQ(e.code, QStringLiteral("uri.path"));
    EXPECT_FALSE(SimulatedBackend::create(QStringLiteral("sim:/nonexistent/estate.json"), &e));
    EXPECT_EQ(e.code, QStringLiteral("topology.file"));
}

TEST(SimulatedBackendTest, AStateChangeIsAJobWithProgress)
{
    auto b = openDemo();
    QSignalSpy started(b.get(), &HostBackend::jobStarted);
    QSignalSpy changed(b.get(), &HostBackend::vmsChanged);
    const QString id = idOf(*b, QStringLiteral("build01"));
    const JobPtr job = b->changeVmState(id, VmAction::Start);
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(started.first().first().value<JobPtr>(), job);
    EXPECT_EQ(job->state(), Job::State::Running);
    EXPECT_EQ(job->title(), QStringLiteral("Start"));
    EXPECT_EQ(job->targetName(), QStringLiteral("build01"));
    EXPECT_EQ(b->findVm(id)->state, VmState::Starting);

    changed.clear();
    b->advance(2'000);
    EXPECT_EQ(job->percent(), 50);
    EXPECT_EQ(changed.count(), 1); // one batch per refresh
    const QList<int> indexes = changed.first().first().value<QList<int>>();
    EXPECT_TRUE(indexes.contains(b->indexOfVm(id)));
    EXPECT_GT(indexes.size(), 10); // every running VM's counters moved too

    b->advance(2'000);
    EXPECT_EQ(job->state(), Job::State::Completed);
    EXPECT_EQ(b->findVm(id)->state, VmState::Running);
}

TEST(SimulatedBackendTest, IllegalRequestsReturnAFailedJob)
{
    auto b = openDemo();
    QSignalSpy started(b.get(), &HostBackend::jobStarted);
    const JobPtr job = b->changeVmState(idOf(*b, QStringLiteral("build01")), VmAction::Pause);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("vm.transition"));
    EXPECT_EQ(started.count(), 1); // the jobs panel sees failures too
    const JobPtr unknown = b->changeVmState(QStringLiteral("no-such-id"), VmAction::Start);
    EXPECT_EQ(unknown->error().code, QStringLiteral("vm.unknown"));
}

TEST(SimulatedBackendTest, CancelLeavesTheVmAsItWas)
{
    auto b = openDemo();
    const QString id = idOf(*b, QStringLiteral("lync01"));
    const JobPtr job = b->changeVmState(id, VmAction::Start);
    b->advance(1'000);
    ASSERT_TRUE(job->isCancellable());
    job->requestCancel();
    EXPECT_EQ(job->state(), Job::State::Cancelled);
    EXPECT_EQ(b->findVm(id)->state, VmState::Off);
}

TEST(SimulatedBackendTest, ADroppedConnectionKeepsTheLastKnownStateMarkedStale)
{
    auto b = openDemo();
    b->advance(1'000);
    QSignalSpy state(b.get(), &HostBackend::connectionStateChanged);
    const VmInfo before = *b->findVm(idOf(*b, QStringLiteral("sql01")));
    b->setReachable(false);
    ASSERT_EQ(state.count(), 1);
    EXPECT_EQ(b->connectionState(), ConnectionState::Stale);
    EXPECT_EQ(b->lastError().code, QStringLiteral("connection.lost"));
    EXPECT_EQ(b->vmCount(), 20);
    for (const HostInfo &h : b->hosts())
        EXPECT_EQ(h.connection, ConnectionState::Stale);
    b->advance(10'000);
    EXPECT_EQ(*b->findVm(before.id), before); // frozen, not cleared

    const JobPtr job = b->changeVmState(before.id, VmAction::Save);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("connection.lost"));

    b->setReachable(true);
    EXPECT_EQ(b->connectionState(), ConnectionState::Connected);
    b->advance(1'000);
    EXPECT_NE(b->findVm(before.id)->uptimeMs, before.uptimeMs);
}

TEST(SimulatedBackendTest, TheRealTimeClockAdvancesOnItsOwn)
{
    auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:demo"), test::demo());
    b->setTickInterval(50);
    b->setSpeed(20.0);
    b->open();
    QSignalSpy changed(b.get(), &HostBackend::vmsChanged);
    EXPECT_TRUE(changed.wait(5'000));
    b->close();
    EXPECT_EQ(b->connectionState(), ConnectionState::Disconnected);
}
