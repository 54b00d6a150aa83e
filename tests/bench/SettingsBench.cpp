// The VM Settings dialog's costs a user feels: opening it, one edit until Apply and the
// PowerShell preview have caught up, and the live refresh of an open dialog (granted values,
// gating) on each simulator tick of a 1,000-VM estate.
#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>

#include <QApplication>
#include <QCheckBox>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

std::unique_ptr<SimulatedBackend> open(const QString &uri)
{
    Error e;
    std::unique_ptr<SimulatedBackend> b(static_cast<SimulatedBackend *>(SimulatedBackend::create(uri, &e).release()));
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
    return b.vmAt(0).id;
}

void BM_OpenSettingsDialog(benchmark::State &state)
{
    auto b = open(QStringLiteral("sim:demo"));
    const QString id = idOf(*b, QStringLiteral("lab-web")); // two adapters: eight pages
    for (auto _ : state) {
        SettingsDialog dialog(b.get(), id);
        dialog.show();
        QApplication::processEvents();
        benchmark::DoNotOptimize(dialog.pages().size());
    }
}
BENCHMARK(BM_OpenSettingsDialog)->Unit(benchmark::kMillisecond);

void BM_EditToPreview(benchmark::State &state)
{
    auto b = open(QStringLiteral("sim:demo"));
    SettingsDialog dialog(b.get(), idOf(*b, QStringLiteral("sql01")));
    dialog.show();
    dialog.setScriptVisible(true);
    QApplication::processEvents();
    auto *guard = dialog.page(QStringLiteral("advancedFeaturesPage"))->findChild<QCheckBox *>(QStringLiteral("dhcpGuard"));
    for (auto _ : state) {
        guard->toggle(); // -> every page refreshed, Apply re-evaluated, preview rebuilt
        benchmark::DoNotOptimize(dialog.pendingChange().isEmpty());
    }
}
BENCHMARK(BM_EditToPreview)->Unit(benchmark::kMicrosecond);

// A tick of the 1,000-VM estate with and without an open dialog: the difference is the dialog.
void liveTick(benchmark::State &state, bool withDialog)
{
    auto b = open(QStringLiteral("sim:generate?hosts=10&vms=1000&seed=1"));
    std::unique_ptr<SettingsDialog> dialog;
    if (withDialog) {
        dialog = std::make_unique<SettingsDialog>(b.get(), b->vmAt(0).id);
        dialog->show();
        QApplication::processEvents();
    }
    for (auto _ : state)
        b->advance(Simulation::TickMs);
}
void BM_Tick1000(benchmark::State &state)
{
    liveTick(state, false);
}
void BM_Tick1000WithOpenSettings(benchmark::State &state)
{
    liveTick(state, true);
}
BENCHMARK(BM_Tick1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Tick1000WithOpenSettings)->Unit(benchmark::kMicrosecond);

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
