// Renders hvdesk's windows offscreen into PNG files for the README: the demo main window with
// a VM selected, and the VM Settings dialog. Deterministic: the simulator runs on a manual clock.
#include <local/LocalBackend.h>
#include <simulated/SimulatedBackend.h>
#include <simulated/Simulation.h>
#include <simulated/TopologyGenerator.h>
#include <simulated/TopologyLoader.h>
#include "../common/ProtocolSamples.h"

#include <views/CertificateTrustDialog.h>
#include <views/IntegrationReportWindow.h>
#include <views/ProtocolLogDock.h>
#include <views/HostNetworkView.h>
#include <views/MainWindow.h>
#include <views/ScriptView.h>
#include <views/JobsDock.h>
#include <views/VmDetailsPane.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>
#include <views/move/DestinationPage.h>
#include <views/move/HostMigrationSettingsDialog.h>
#include <views/move/MoveActions.h>
#include <views/move/MoveWizard.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/MigrationPaths.h>
#include <models/ProtocolLog.h>

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QTranslator>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QSortFilterProxyModel>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace hvdesk;

// A TCP transfer over the loopback for the local network view: real receive work (NET_RX
// softirqs, packets in softnet_stat) on this machine's cores while the charts sample them.
// Bounded: it stops when `stop` is set or after `seconds`.
static void loopbackTransfer(std::atomic<bool> *stop, int seconds)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (server < 0 || ::bind(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(server, 1) != 0
        || ::getsockname(server, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        if (server >= 0)
            ::close(server);
        return;
    }
    std::thread reader([server, stop] {
        const int peer = ::accept(server, nullptr, nullptr);
        char buffer[65536];
        while (peer >= 0 && !stop->load() && ::read(peer, buffer, sizeof buffer) > 0) {
        }
        if (peer >= 0)
            ::close(peer);
    });
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    if (client >= 0 && ::connect(client, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        static char chunk[16384];
        QElapsedTimer t;
        t.start();
        while (!stop->load() && t.elapsed() < seconds * 1000) {
            if (::write(client, chunk, sizeof chunk) <= 0)
                break;
            // About 400 Mbit/s: visible work that leaves the machine usable.
            if (t.elapsed() % 10 == 0)
                std::this_thread::sleep_for(std::chrono::microseconds(300));
        }
    }
    if (client >= 0)
        ::close(client);
    stop->store(true);
    reader.join();
    ::close(server);
}

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
    // Optional: a compiled catalogue to render the interface in another language
    // (e.g. build/dev/app/hvdesk_de.qm), to check that translated texts fit.
    QTranslator translator;
    if (argc > 2 && translator.load(QString::fromLocal8Bit(argv[2])))
        QApplication::installTranslator(&translator);
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

    // VM Settings of sql01 (crusader, SR-IOV switch 'Public'): Hardware Acceleration with what
    // the host granted, then a pending change with its PowerShell preview.
    for (int i = 0; i < sim->vmCount(); ++i) {
        if (sim->vmAt(i).name == QLatin1String("sql01"))
            window.selectVm(sim->vmAt(i).id);
    }
    if (SettingsDialog *settings = window.showVmSettings()) {
        settings->resize(1000, 720);
        settings->showPage(settings->page(QStringLiteral("hardwareAccelerationPage")));
        ok = save(settings, outDir + QStringLiteral("/settings-hardware-acceleration.png")) && ok;

        if (auto *vlan = settings->page(QStringLiteral("networkAdapterPage"))->findChild<QLineEdit *>(QStringLiteral("vlanId"))) {
            vlan->setText(QStringLiteral("25"));
            emit vlan->textEdited(vlan->text());
        }
        const auto type = [](QLineEdit *field, const QString &text) {
            field->setText(text);
            emit field->textEdited(text);
        };
        if (auto *max = settings->page(QStringLiteral("networkAdapterPage"))->findChild<QLineEdit *>(QStringLiteral("maximumBandwidth"))) {
            settings->page(QStringLiteral("networkAdapterPage"))->findChild<QCheckBox *>(QStringLiteral("bandwidthEnabled"))->setChecked(true);
            type(max, QStringLiteral("5000"));
        }
        if (auto *ipsec = settings->page(QStringLiteral("hardwareAccelerationPage"))->findChild<QLineEdit *>(QStringLiteral("ipsecMaximumSAs")))
            type(ipsec, QStringLiteral("64"));
        if (auto *guest = settings->page(QStringLiteral("integrationServicesPage"))->findChild<QCheckBox *>(QStringLiteral("service_guestServices")))
            guest->setChecked(true);
        settings->resize(1000, 860);
        settings->showPage(settings->page(QStringLiteral("networkAdapterPage")));
        settings->setScriptVisible(true);
        ok = save(settings, outDir + QStringLiteral("/settings-powershell.png")) && ok;

        // A number out of range: kept as typed, refused with the field, the range and the unit.
        if (auto *max = settings->page(QStringLiteral("networkAdapterPage"))->findChild<QLineEdit *>(QStringLiteral("maximumBandwidth"))) {
            type(max, QStringLiteral("1000000000000"));
            settings->apply();
            ok = save(settings, outDir + QStringLiteral("/settings-invalid-number.png")) && ok;
        }
        settings->close();
    }

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

    // Back to SR-IOV for sql01, as the rest of the demo expects.
    for (int i = 0; i < sim->vmCount(); ++i) {
        if (sim->vmAt(i).name == QLatin1String("sql01"))
            crusader->setVmSrIov(sim->vmAt(i).id, true);
    }
    run(5);
    paladin->close();
    crusader->close();

    // The Move wizard: sql01 from crusader to saracen, whose switch is 'PUBLIC', not 'Public'.
    auto idOf = [&](const QString &name) {
        for (int i = 0; i < sim->vmCount(); ++i) {
            if (sim->vmAt(i).name == name)
                return sim->vmAt(i).id;
        }
        return QString();
    };
    window.selectVm(idOf(QStringLiteral("sql01")));
    window.findChild<QAction *>(QStringLiteral("actionMove"))->trigger();
    MoveWizard *wizard = window.moveActions()->wizard();
    if (wizard) {
        wizard->resize(980, 640);
        wizard->next();
        wizard->next();
        wizard->findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen"));
        ok = save(wizard, outDir + QStringLiteral("/move-destination.png")) && ok;
        wizard->next();
        wizard->next();
        wizard->next();
        ok = save(wizard, outDir + QStringLiteral("/move-compatibility.png")) && ok;
        wizard->findChild<QPushButton *>(QStringLiteral("applySuggestedFixes"))->click();
        ok = save(wizard, outDir + QStringLiteral("/move-compatibility-fixed.png")) && ok;
        wizard->next();
        ok = save(wizard, outDir + QStringLiteral("/move-summary.png")) && ok;
        wizard->close();
    }

    // Four VMs to saracen's local disk at once: two move, two wait for a slot (the host allows 2).
    QStringList names{QStringLiteral("dc01"), QStringLiteral("web01"), QStringLiteral("web02"), QStringLiteral("exch01")};
    for (const QString &name : names) {
        const VmInfo *vm = sim->findVm(idOf(name));
        MigrationRequest r;
        r.vmId = vm->id;
        r.type = MigrationType::SharedNothing;
        r.destinationHost = QStringLiteral("saracen");
        MigrationPaths::setSingleLocation(&r, *vm, QStringLiteral("D:\\Hyper-V\\") + vm->name);
        for (const NetworkAdapter &a : vm->adapters)
            r.switchMapping << qMakePair(a.settings.id, QStringLiteral("PUBLIC"));
        sim->migrate(r);
    }
    sim->advance(12'000);
    window.selectVm(idOf(QStringLiteral("web01")));
    window.detailsPane()->setCurrentIndex(0);
    window.jobsDock()->show();
    window.jobsDock()->raise();
    ok = save(&window, outDir + QStringLiteral("/move-queue.png")) && ok;

    // Turn Off asks first, naming every selected VM; the question is captured and cancelled.
    window.selectVm(idOf(QStringLiteral("lab-web")));
    QTimer::singleShot(300, [&] {
        if (QWidget *question = QApplication::activeModalWidget()) {
            ok = save(question, outDir + QStringLiteral("/confirm-turn-off.png")) && ok;
            question->close();
        }
    });
    window.findChild<QAction *>(QStringLiteral("actionTurnOff"))->trigger();

    window.hostTree()->setCurrentIndex(window.hostTree()->model()->index(2, 0, window.hostTree()->model()->index(0, 0)));
    window.findChild<QAction *>(QStringLiteral("actionHyperVSettings"))->trigger();
    if (HostMigrationSettingsDialog *dialog = window.moveActions()->hostSettingsDialog()) {
        dialog->findChild<QCheckBox *>(QStringLiteral("liveMigrationEnabled"))->setChecked(true);
        dialog->findChild<QRadioButton *>(QStringLiteral("useTheseNetworks"))->setChecked(true);
        dialog->findChild<QPushButton *>(QStringLiteral("addNetwork"))->click();
        dialog->resize(620, dialog->sizeHint().height());
        ok = save(dialog, outDir + QStringLiteral("/hyperv-settings.png")) && ok;
        dialog->close();
    }

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

    // The local backend on libvirt's test hypervisor: the same main window and Settings pages,
    // with what libvirt cannot do disabled and explained.
    {
        BackendFactory localFactory;
        ConnectionManager localConnections;
        auto *local = localConnections.add(
            std::make_unique<local::LocalBackend>(QStringLiteral("test://" HVDESK_SOURCE_DIR "/tests/data/libvirt-test-node.xml")));
        MainWindow localWindow(&localConnections, &localFactory);
        localWindow.resize(1440, 860);
        localWindow.show();
        QElapsedTimer waited;
        waited.start();
        while (local->connectionState() != ConnectionState::Connected && waited.elapsed() < 10'000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const QString web01 = QStringLiteral("11111111-2222-3333-4444-555555555501");
        localWindow.selectVm(web01);
        localWindow.detailsPane()->setCurrentIndex(2);
        ok = save(&localWindow, outDir + QStringLiteral("/local-libvirt.png")) && ok;
        localWindow.detailsPane()->setCurrentWidget(localWindow.detailsPane()->findChild<QWidget *>(QStringLiteral("definitionTab")));
        ok = save(&localWindow, outDir + QStringLiteral("/local-libvirt-xml.png")) && ok;
        if (SettingsDialog *settings = localWindow.showVmSettings()) {
            settings->resize(1000, 720);
            settings->showPage(settings->page(QStringLiteral("hardwareAccelerationPage")));
            ok = save(settings, outDir + QStringLiteral("/local-libvirt-settings.png")) && ok;
            settings->close();
        }
        // A move to another libvirt connection: the compatibility page names what the destination
        // lacks (web01's bridge 'br-storage' on test:///default) and offers its networks.
        {
            auto *other = localConnections.add(std::make_unique<local::LocalBackend>(QStringLiteral("test:///default")));
            QElapsedTimer opening;
            opening.start();
            while (other->connectionState() != ConnectionState::Connected && opening.elapsed() < 10'000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            MoveWizard wizard(local, {web01}, {local, other}, &localWindow);
            wizard.resize(980, 640);
            wizard.show();
            wizard.next();
            wizard.next();
            if (auto *page = wizard.findChild<DestinationPage *>())
                page->selectHost(other->hosts().value(0).name, other);
            ok = save(&wizard, outDir + QStringLiteral("/local-move-destination.png")) && ok;
            wizard.next();
            wizard.next();
            QElapsedTimer comparing; // the processor comparison answers from the destination's worker
            comparing.start();
            while (comparing.elapsed() < 500)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            ok = save(&wizard, outDir + QStringLiteral("/local-move-compatibility.png")) && ok;
            wizard.close();
        }
        // The Network View of this computer, from its own /proc and /sys, while a TCP transfer
        // runs over the loopback (the test hypervisor's domains report synthetic counters).
        if (HostNetworkView *net = localWindow.openNetworkView(local, local->hosts().value(0).name)) {
            net->resize(1280, 900);
            std::atomic<bool> stop{false};
            std::thread load(loopbackTransfer, &stop, 10);
            QElapsedTimer sampling;
            sampling.start();
            while (sampling.elapsed() < 8'000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            ok = save(net, outDir + QStringLiteral("/local-network.png")) && ok;
            stop.store(true);
            load.join();
            net->close();
        }
    }
    // Remote hosts: the protocol log of a connection to crusader (the enumeration of its VMs, a
    // Start that became job 4096, a refused sign-in to saracen), and the certificate question.
    {
        ProtocolLogModel log;
        ProtocolLogDock dock(&log);
        dock.setFloating(true);
        dock.resize(1360, 820);
        dock.show();
        const QDateTime t0(QDate(2026, 3, 14), QTime(9, 26, 53, 589));
        log.record(test::sampleEnumerate(t0));
        log.record(test::samplePull(t0.addMSecs(41)));
        log.record(test::sampleRefused(t0.addMSecs(3'205)));
        log.record(test::sampleRequestStateChange(t0.addMSecs(12'480)));
        QApplication::processEvents();
        dock.view()->setCurrentIndex(dock.proxy()->index(3, 0));
        ok = save(&dock, outDir + QStringLiteral("/protocol-log.png")) && ok;

        CertificateQuestion question;
        question.endpoint = QStringLiteral("crusader.example.com:5986");
        question.subject = QStringLiteral("CN=crusader.example.com");
        question.issuer = QStringLiteral("CN=crusader.example.com");
        question.validFrom = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
        question.validTo = QDateTime(QDate(2027, 1, 5), QTime(8, 0));
        question.sha256 = QStringLiteral("3A:5F:0C:94:11:7B:E2:D8:6C:40:A1:9E:27:F3:58:BD:04:C6:7A:12:E9:83:5D:F0:2B:96:4E:C1:78:0A:D3:65");
        question.problems = {QStringLiteral("The certificate is self-signed, and untrusted")};
        CertificateTrustDialog trust(question);
        trust.show();
        ok = save(&trust, outDir + QStringLiteral("/certificate-trust.png")) && ok;
    }
    return ok ? 0 : 1;
}
