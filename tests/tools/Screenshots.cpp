// Renders hvdesk's windows offscreen into PNG files for the README: the demo main window with
// a VM selected. Deterministic: the simulator runs on a manual clock.
#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/IntegrationReportWindow.h>
#include <views/MainWindow.h>
#include <views/VmDetailsPane.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
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

    // Integration services: the Summary tab of an outdated guest, and the fleet report.
    for (int i = 0; i < sim->vmCount(); ++i) {
        if (sim->vmAt(i).name == QLatin1String("web02"))
            window.selectVm(sim->vmAt(i).id);
    }
    window.detailsPane()->setCurrentIndex(0);
    ok = save(&window, outDir + QStringLiteral("/integration-summary.png")) && ok;
    IntegrationReportWindow *report = window.showIntegrationReport();
    report->resize(1280, 640);
    report->refresh();
    ok = save(report, outDir + QStringLiteral("/integration-report.png")) && ok;
    report->showEvents(QString());
    ok = save(report, outDir + QStringLiteral("/integration-events.png")) && ok;
    return ok ? 0 : 1;
}
