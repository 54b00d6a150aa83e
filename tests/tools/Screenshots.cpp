// Renders hvdesk's windows offscreen into PNG files for the README: the demo main window with
// a VM selected. Deterministic: the simulator runs on a manual clock.
#include <simulated/SimulatedBackend.h>
#include <simulated/Simulation.h>
#include <simulated/TopologyGenerator.h>
#include <simulated/TopologyLoader.h>
#include <views/HostNetworkView.h>
#include <views/MainWindow.h>
#include <views/VmDetailsPane.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

#include <cstdio>

using namespace hvdesk;

static bool save(QWidget *w, const QString &path)
{
    QApplication::processEvents();
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    BackendFactory factory;
    ConnectionManager connections;
    auto backend = std::make_unique<sim::SimulatedBackend>(QStringLiteral("sim:demo"), sim::TopologyLoader::demo());
    backend->setClockMode(sim::SimulatedBackend::ClockMode::Manual);
    auto *sim = static_cast<sim::SimulatedBackend *>(connections.add(std::move(backend)));

    MainWindow window(&connections, &factory);
    window.resize(1440, 860);
    window.show();
    sim->advance(30'000);
    // A VM mid-start shows the transitional state and the job in the status bar.
    const VmInfo *build = nullptr;
    for (int i = 0; i < sim->vmCount(); ++i) {
        if (sim->vmAt(i).name == QLatin1String("build01"))
            build = &sim->vmAt(i);
    }
    if (build)
        sim->changeVmState(build->id, VmAction::Start);
    sim->advance(1500);
    for (int i = 0; i < sim->vmCount(); ++i) {
        if (sim->vmAt(i).name == QLatin1String("sql01"))
            window.selectVm(sim->vmAt(i).id);
    }
    bool ok = save(&window, outDir + QStringLiteral("/main-window.png"));
    window.detailsPane()->setCurrentIndex(2);
    ok = save(&window, outDir + QStringLiteral("/main-window-networking.png")) && ok;

    // Host network views: paladin's 10 GbE NIC without RSS or VMQ (the core-0 bottleneck), then
    // with RSS turned on; crusader's dynamic VMQ with sql01 and exch01 on SR-IOV.
    HostNetworkView *paladin = window.openNetworkView(sim, QStringLiteral("paladin"));
    HostNetworkView *crusader = window.openNetworkView(sim, QStringLiteral("crusader"));
    for (HostNetworkView *view : {paladin, crusader}) {
        view->setHistorySeconds(60);
        view->resize(1280, 900);
    }
    // As the real-time clock would: one tick at a time.
    auto run = [sim](int seconds) {
        for (int t = 0; t < seconds * 10; ++t)
            sim->advance(sim::Simulation::TickMs);
    };
    run(20);
    // sql01 leaves SR-IOV: its receive work lands on a VM queue, dynamic VMQ moves it off the busy core.
    for (int i = 0; i < sim->vmCount(); ++i) {
        if (sim->vmAt(i).name == QLatin1String("sql01"))
            crusader->setVmSrIov(sim->vmAt(i).id, false);
    }
    run(40);
    ok = save(paladin, outDir + QStringLiteral("/network-paladin.png")) && ok;
    ok = save(crusader, outDir + QStringLiteral("/network-crusader.png")) && ok;
    NicReceiveScaling rss;
    rss.mode = NicReceiveScaling::Mode::Rss;
    paladin->setReceiveScaling(QStringLiteral("Ethernet 1"), rss);
    run(30);
    ok = save(paladin, outDir + QStringLiteral("/network-paladin-rss.png")) && ok;

    // A host with 256 logical processors: the heat map.
    sim::Topology big = sim::TopologyGenerator::generate(1, 140, 7);
    big.hosts[0].logicalProcessors = 256;
    big.hosts[0].nics[0].linkSpeedBps = 40'000'000'000ULL;
    big.hosts[0].nics[0].vmq = VmqSettings{true, 64, 2, 64, false}; // static VMQ over 64 cores
    for (int i = 0; i < big.vms.size(); ++i) {
        // Small packets, a few hundred Mbps each, in every profile: lively rows.
        sim::AdapterLoad load;
        load.inMbps = 150 + (i % 9) * 60;
        load.outMbps = load.inMbps / 2;
        load.packetBytes = 400;
        load.profile = sim::AdapterLoad::Profile(i % 3);
        load.receiveBufferKB = 4096;
        load.descheduleMs = 2;
        big.vms[i].behaviour.adapterLoads.insert(big.vms[i].info.adapters[0].settings.id, load);
    }
    auto wideBackend = std::make_unique<sim::SimulatedBackend>(QStringLiteral("sim:generate?hosts=1&vms=140&seed=7"), big);
    wideBackend->setClockMode(sim::SimulatedBackend::ClockMode::Manual);
    auto *wide = static_cast<sim::SimulatedBackend *>(connections.add(std::move(wideBackend)));
    HostNetworkView *heat = window.openNetworkView(wide, big.hosts[0].name);
    heat->setHistorySeconds(60);
    heat->resize(1280, 900);
    for (int t = 0; t < 600; ++t)
        wide->advance(sim::Simulation::TickMs);
    ok = save(heat, outDir + QStringLiteral("/network-heatmap.png")) && ok;
    return ok ? 0 : 1;
}
