// The cost of one live refresh of 1,000 VM rows: the simulator's tick, the item model's
// dataChanged through the sort/filter proxy, and the repaint of the visible rows offscreen.
#include <simulated/SimulatedBackend.h>
#include <views/MainWindow.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/VmFilterProxyModel.h>
#include <models/VmListModel.h>

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

const QString Generated = QStringLiteral("sim:generate?hosts=10&vms=1000");

std::unique_ptr<SimulatedBackend> generated()
{
    Error e;
    auto b = SimulatedBackend::create(Generated, &e);
    auto *sim = static_cast<SimulatedBackend *>(b.release());
    sim->setClockMode(SimulatedBackend::ClockMode::Manual);
    return std::unique_ptr<SimulatedBackend>(sim);
}

void BM_SimulationTick(benchmark::State &state)
{
    auto b = generated();
    b->open();
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    for (auto _ : state) {
        changed.clear();
        b->simulation().advance(Simulation::TickMs, &changed, &events);
        benchmark::DoNotOptimize(changed.data());
    }
    state.counters["vms"] = b->vmCount();
}
BENCHMARK(BM_SimulationTick)->Unit(benchmark::kMicrosecond);

// Model only: 1,000 changed rows -> one dataChanged -> proxy sorted by CPU (re-sorts).
void BM_ModelRefresh1000(benchmark::State &state)
{
    ConnectionManager connections;
    VmListModel model(&connections);
    VmFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(VmListModel::CpuColumn, Qt::DescendingOrder);
    auto *b = static_cast<SimulatedBackend *>(connections.add(generated()));
    QList<int> all;
    for (int i = 0; i < b->vmCount(); ++i)
        all << i;
    for (auto _ : state)
        emit b->vmsChanged(all);
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_ModelRefresh1000)->Unit(benchmark::kMicrosecond);

// What a user waits for once a second: a tick of new values for all 1,000 rows and the models
// and proxies of the shown window (window 1280x800), without (Refresh) and with (Repaint) the
// offscreen repaint of the visible part of the list.
void liveRefresh(benchmark::State &state, bool repaint)
{
    BackendFactory factory;
    ConnectionManager connections;
    auto *b = static_cast<SimulatedBackend *>(connections.add(generated()));
    MainWindow window(&connections, &factory);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    for (auto _ : state) {
        b->advance(Simulation::TickMs);
        if (repaint)
            window.vmView()->viewport()->repaint();
    }
    state.counters["rows"] = window.vmView()->model()->rowCount();
}
void BM_LiveRefresh1000(benchmark::State &state)
{
    liveRefresh(state, false);
}
void BM_LiveRefreshAndRepaint1000(benchmark::State &state)
{
    liveRefresh(state, true);
}
BENCHMARK(BM_LiveRefresh1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LiveRefreshAndRepaint1000)->Unit(benchmark::kMicrosecond);

void BM_PopulateList1000(benchmark::State &state)
{
    BackendFactory factory;
    factory.registerScheme(QStringLiteral("sim"), QString(), &SimulatedBackend::create);
    for (auto _ : state) {
        ConnectionManager connections;
        MainWindow window(&connections, &factory);
        window.connectTo(Generated);
        window.show();
        window.vmView()->viewport()->repaint();
        benchmark::DoNotOptimize(window.vmView()->model()->rowCount());
    }
}
BENCHMARK(BM_PopulateList1000)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
