// The fleet report over 1,000 VMs on 10 hosts: the summary line, a sort by verdict through
// the proxy, the CSV export, and one live refresh of the report while the simulator ticks.
#include <simulated/SimulatedBackend.h>

#include <models/ConnectionManager.h>
#include <models/IntegrationReportModel.h>
#include <models/IntegrationReportProxy.h>

#include <QCoreApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

struct Fleet
{
    ConnectionManager connections;
    IntegrationReportModel *model = nullptr;
    SimulatedBackend *sim = nullptr;

    Fleet()
    {
        Error e;
        auto b = SimulatedBackend::create(QStringLiteral("sim:generate?hosts=10&vms=1000"), &e);
        auto *s = static_cast<SimulatedBackend *>(b.get());
        s->setClockMode(SimulatedBackend::ClockMode::Manual);
        model = new IntegrationReportModel(&connections, &connections);
        sim = static_cast<SimulatedBackend *>(connections.add(std::move(b)));
    }
};

void BM_ReportSummary1000(benchmark::State &state)
{
    Fleet fleet;
    for (auto _ : state) {
        // Every VM reported changed: every finding is computed again.
        fleet.sim->refresh();
        const IntegrationReportSummary s = fleet.model->summary();
        benchmark::DoNotOptimize(s.vms);
    }
    state.counters["vms"] = fleet.model->rowCount();
}
BENCHMARK(BM_ReportSummary1000)->Unit(benchmark::kMillisecond);

void BM_ReportSortByVerdict1000(benchmark::State &state)
{
    Fleet fleet;
    IntegrationReportProxy proxy;
    proxy.setSourceModel(fleet.model);
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        proxy.sort(IntegrationReportModel::VerdictColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}
BENCHMARK(BM_ReportSortByVerdict1000)->Unit(benchmark::kMillisecond);

void BM_ReportCsv1000(benchmark::State &state)
{
    Fleet fleet;
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QString csv = fleet.model->toCsv();
        bytes = csv.size();
        benchmark::DoNotOptimize(csv.constData());
    }
    state.counters["chars"] = double(bytes);
}
BENCHMARK(BM_ReportCsv1000)->Unit(benchmark::kMillisecond);

// One simulator tick with the report and its sorted proxy attached (live values re-sort).
void BM_ReportLiveRefresh1000(benchmark::State &state)
{
    Fleet fleet;
    IntegrationReportProxy proxy;
    proxy.setSourceModel(fleet.model);
    proxy.sort(IntegrationReportModel::VerdictColumn, Qt::AscendingOrder);
    for (auto _ : state)
        fleet.sim->advance(Simulation::TickMs);
}
BENCHMARK(BM_ReportLiveRefresh1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
