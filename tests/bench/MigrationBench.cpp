// The cost of what moves add: the compatibility report the wizard recomputes on every fix, and
// the simulator's tick with 100 moves under way or queued among 1,000 VMs.
#include <simulated/MigrationEngine.h>
#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>

#include <models/MigrationCompatibility.h>
#include <models/MigrationPaths.h>

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

void BM_CompatibilityReport(benchmark::State &state)
{
    SimulatedBackend b(QStringLiteral("sim:demo"), TopologyLoader::demo());
    b.setClockMode(SimulatedBackend::ClockMode::Manual);
    b.open();
    const VmInfo *sql = nullptr;
    for (int i = 0; i < b.vmCount(); ++i) {
        if (b.vmAt(i).name == QLatin1String("sql01"))
            sql = &b.vmAt(i);
    }
    MigrationCheckInput in{*sql, *b.host(QStringLiteral("crusader")), *b.host(QStringLiteral("saracen")), {}};
    in.request.vmId = sql->id;
    in.request.type = MigrationType::SharedNothing;
    in.request.destinationHost = QStringLiteral("saracen");
    MigrationPaths::setSingleLocation(&in.request, *sql, QStringLiteral("D:\\Hyper-V\\sql01"));
    for (auto _ : state)
        benchmark::DoNotOptimize(MigrationCompatibility::checkAll(in));
}
BENCHMARK(BM_CompatibilityReport);

void BM_TickWith100Moves(benchmark::State &state)
{
    Error e;
    auto created = SimulatedBackend::create(QStringLiteral("sim:generate?hosts=10&vms=1000"), &e);
    auto *b = static_cast<SimulatedBackend *>(created.get());
    b->setClockMode(SimulatedBackend::ClockMode::Manual);
    b->open();
    int queued = 0;
    for (int i = 0; i < b->vmCount() && queued < 100; ++i) {
        const VmInfo &vm = b->vmAt(i);
        MigrationRequest r;
        r.vmId = vm.id;
        r.type = MigrationType::Storage;
        // 40 GiB disks copied at the local rate, two per host at a time: under way for the whole run.
        MigrationPaths::setSingleLocation(&r, vm, QStringLiteral("C:\\Moved\\") + vm.name);
        if (b->migrate(r)->state() != Job::State::Failed)
            ++queued;
    }
    state.counters["moves"] = queued;
    for (auto _ : state)
        b->advance(Simulation::TickMs);
}
BENCHMARK(BM_TickWith100Moves);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
