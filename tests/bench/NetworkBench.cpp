// The cost of the live network charts: the simulation's network tick for a large estate
// (64 hosts x 64 logical processors x 100 VMs, every host sampled), and the host network view's
// update plus offscreen render per tick at 16, 64 and 256 cores (10 Hz, 2 minutes of history).
#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyGenerator.h>
#include <views/HostNetworkView.h>

#include <models/NetworkHistory.h>

#include <QApplication>
#include <QImage>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

std::unique_ptr<Simulation> largeEstate()
{
    // The generator's hosts have 64 hyper-threaded logical processors and an X520 with dynamic VMQ.
    auto sim = std::make_unique<Simulation>(TopologyGenerator::generate(64, 6400, 1));
    for (int h = 0; h < sim->hosts().size(); ++h)
        sim->setNetworkSampling(h, true);
    return sim;
}

// A whole simulation tick: every VM's metrics plus the network of all 64 sampled hosts.
void BM_SimulationTick_64Hosts64Cores100Vms(benchmark::State &state)
{
    auto sim = largeEstate();
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    for (auto _ : state) {
        changed.clear();
        sim->advance(Simulation::TickMs, &changed, &events);
        benchmark::DoNotOptimize(sim->takeNetworkSamples().size());
    }
    state.counters["hosts"] = double(sim->hosts().size());
    state.counters["vms"] = double(sim->vmCount());
}
BENCHMARK(BM_SimulationTick_64Hosts64Cores100Vms)->Unit(benchmark::kMicrosecond);

// The network model's share of it: QoS, queues to cores, core caps, VMBus, IPsec, 64 samples.
void BM_NetworkTick_64Hosts64Cores100Vms(benchmark::State &state)
{
    auto sim = largeEstate();
    qint64 now = 0;
    for (auto _ : state) {
        now += Simulation::TickMs;
        sim->network().step(now, sim->hosts());
        benchmark::DoNotOptimize(sim->takeNetworkSamples().size());
    }
    int flows = 0;
    for (int h = 0; h < sim->hosts().size(); ++h)
        flows += int(sim->network().compute(h, sim->hosts()[h], now).flows.size());
    state.counters["flows"] = flows;
}
BENCHMARK(BM_NetworkTick_64Hosts64Cores100Vms)->Unit(benchmark::kMicrosecond);

// One tick as the user sees it: the sample, the history, the charts' update and the offscreen
// render of the charts (wholeWindow = false: the time chart, the bars and the queue map) or of
// the whole network view with its table and toolbar (wholeWindow = true). Lines up to 32 cores,
// the heat map beyond.
void networkViewTick(benchmark::State &state, bool wholeWindow)
{
    const int cores = int(state.range(0));
    Topology topology = TopologyGenerator::generate(1, 100, 1);
    topology.hosts[0].logicalProcessors = cores;
    SimulatedBackend backend(QStringLiteral("sim:bench"), topology);
    backend.setClockMode(SimulatedBackend::ClockMode::Manual);
    backend.open();
    HostNetworkView view(&backend, topology.hosts[0].name);
    view.setRateHz(10);
    view.setHistorySeconds(120);
    view.resize(1280, 900);
    view.show();
    backend.advance(120'000); // a full history
    QApplication::processEvents();
    QList<QWidget *> charts;
    for (const char *name : {"coreTimeStack", "coreBars", "queueMapScroll"})
        charts << view.findChild<QWidget *>(QLatin1String(name));
    // Rendered into an image, as grab() and export do: no window system in the measurement.
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        backend.advance(Simulation::TickMs);
        if (wholeWindow) {
            view.render(&target);
        } else {
            for (QWidget *w : std::as_const(charts))
                w->render(&target, w->mapTo(&view, QPoint(0, 0)));
        }
    }
    state.counters["cores"] = cores;
    state.counters["points"] = view.history()->size();
    state.counters["heatmap"] = view.usesHeatmap() ? 1 : 0;
}
void BM_NetworkChartsTick(benchmark::State &state)
{
    networkViewTick(state, false);
}
void BM_NetworkWindowTick(benchmark::State &state)
{
    networkViewTick(state, true);
}
BENCHMARK(BM_NetworkChartsTick)->Arg(16)->Arg(64)->Arg(256)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NetworkWindowTick)->Arg(16)->Arg(64)->Arg(256)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
