#include "QtPrinters.h"
#include "TestTopologies.h"

#include <simulated/SimulatedBackend.h>

#include <models/ConnectionManager.h>
#include <models/IntegrationReportModel.h>
#include <models/IntegrationReportProxy.h>
#include <models/JobQueue.h>

#include <QAbstractItemModelTester>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

// A Windows Server 2012 host with guests in every situation the setup disk meets, and a
// Windows Server 2016 host that updates its guests through Windows Update.
const char *FlowTopology = R"({
  "seed": 5,
  "hosts": [
    {"name": "knight", "cluster": "order", "build": "6.2.9200", "processor": {"logicalProcessors": 8}, "memoryGB": 64,
     "integrationServicesVersion": "6.2.9200.16433", "maxConfigurationVersion": "4.0"},
    {"name": "templar", "os": "Windows Server 2016 Datacenter", "build": "10.0.14393",
     "processor": {"logicalProcessors": 8}, "memoryGB": 64,
     "integrationServicesVersion": "10.0.14393.0", "maxConfigurationVersion": "8.0"}
  ],
  "vms": [
    {"name": "old1", "host": "knight", "state": "running", "memory": {"startupMB": 2048}, "os": "Windows Server 2008 R2 Standard",
     "integrationServices": {"version": "6.1.7601.17514"}},
    {"name": "old2", "host": "knight", "state": "running", "memory": {"startupMB": 2048}, "os": "Windows Server 2008 R2 Standard",
     "integrationServices": {"version": "6.1.7601.17514"}},
    {"name": "busy", "host": "knight", "state": "running", "memory": {"startupMB": 2048}, "os": "Windows 7 Professional",
     "integrationServices": {"version": "6.1.7601.17514", "installationInProgress": true}},
    {"name": "full", "host": "knight", "state": "running", "memory": {"startupMB": 2048}, "os": "Windows 7 Professional",
     "integrationServices": {"version": "6.1.7601.17514", "guestFreeDiskMB": 120}},
    {"name": "cold", "host": "knight", "state": "off", "memory": {"startupMB": 2048}, "os": "Windows 7 Professional",
     "integrationServices": {"version": "6.1.7601.17514"}},
    {"name": "w2012r2", "host": "templar", "state": "running", "memory": {"startupMB": 2048}, "os": "Windows Server 2012 R2 Datacenter",
     "configurationVersion": "5.0", "integrationServices": {"version": "6.3.9600.16384"}},
    {"name": "legacy", "host": "templar", "state": "off", "memory": {"startupMB": 2048}, "os": "Windows Server 2012 R2 Datacenter",
     "configurationVersion": "5.0", "integrationServices": {"version": "10.0.14393.0"}}
  ]
})";

class IntegrationServicesFlowTest : public ::testing::Test
{
protected:
    void open(const sim::Topology &topology, const QString &uri = QStringLiteral("sim:flow"))
    {
        auto b = std::make_unique<SimulatedBackend>(uri, topology);
        b->setClockMode(SimulatedBackend::ClockMode::Manual);
        report = new IntegrationReportModel(&connections, &connections);
        proxy = new IntegrationReportProxy(&connections);
        proxy->setSourceModel(report);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> { report, proxy })
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::Fatal, m);
        sim = static_cast<SimulatedBackend *>(connections.add(std::move(b)));
    }

    void openFlow()
    {
        Error e;
        auto t = TopologyLoader::fromJson(FlowTopology, QStringLiteral("flow.json"), &e);
        ASSERT_TRUE(t.has_value()) << e.message.toStdString();
        open(*t);
    }

    QString idOf(const QString &name) const
    {
        for (int i = 0; i < sim->vmCount(); ++i) {
            if (sim->vmAt(i).name == name)
                return sim->vmAt(i).id;
        }
        ADD_FAILURE() << "no VM " << name.toStdString();
        return {};
    }
    const VmInfo &vm(const QString &name) const { return *sim->findVm(idOf(name)); }
    IntegrationVerdict verdict(const QString &name) const
    {
        const VmInfo &v = vm(name);
        const std::optional<HostInfo> h = sim->host(v.hostName);
        return IntegrationServicesCheck::checkVm(v, h ? &*h : nullptr).verdict;
    }

    ConnectionManager connections;
    IntegrationReportModel *report = nullptr;
    IntegrationReportProxy *proxy = nullptr;
    SimulatedBackend *sim = nullptr;
};

} // namespace

TEST_F(IntegrationServicesFlowTest, ReportOverTheDemoCountsEveryVerdict)
{
    open(test::demo(), QStringLiteral("sim:demo"));
    ASSERT_EQ(report->rowCount(), 20);
    const IntegrationReportSummary s = report->summary();
    EXPECT_EQ(s.vms, 20);
    EXPECT_EQ(s.hosts, 3);
    EXPECT_EQ(s.count(IntegrationVerdict::UpToDate), 10);
    EXPECT_EQ(s.count(IntegrationVerdict::UpdateRequired), 3);
    EXPECT_EQ(s.count(IntegrationVerdict::NotInstalled), 0); // appliance01 reports no version: Unknown
    EXPECT_EQ(s.count(IntegrationVerdict::Unknown), 7);
    EXPECT_EQ(s.count(IntegrationVerdict::NewerThanHost), 0);
    EXPECT_EQ(s.hostsNeedingUpdate, 2);
    EXPECT_EQ(
        s.text(), QStringLiteral("3 of 20 VMs need an update on 2 hosts. 7 unknown."));

    // The cluster's nodes agree; each host ships the setup disk.
    const Diagnostics d = report->diagnostics();
    ASSERT_EQ(d.size(), 3);
    for (const Diagnostic &f : d)
        EXPECT_EQ(f.id, QStringLiteral("is.host.setup-disk"));

    proxy->setVerdictFilter({ IntegrationVerdict::UpdateRequired });
    proxy->sort(IntegrationReportModel::VmColumn, Qt::AscendingOrder);
    ASSERT_EQ(proxy->rowCount(), 3);
    const QStringList expected = { QStringLiteral("print01"), QStringLiteral("w2k3-erp"), QStringLiteral("web02") };
    for (int r = 0; r < 3; ++r) {
        EXPECT_EQ(proxy->index(r, IntegrationReportModel::VmColumn).data().toString(), expected[r]);
        EXPECT_EQ(proxy->index(r, IntegrationReportModel::GuestVersionColumn).data().toString(),
            QStringLiteral("6.1.7601.17514"));
        EXPECT_EQ(proxy->index(r, IntegrationReportModel::HostVersionColumn).data().toString(),
            QStringLiteral("6.2.9200.16433"));
        EXPECT_EQ(proxy->index(r, IntegrationReportModel::VerdictColumn).data().toString(),
            QStringLiteral("Update required"));
        EXPECT_EQ(proxy->index(r, IntegrationReportModel::ClusterColumn).data().toString(),
            r == 2 ? QStringLiteral("warrior") : QStringLiteral("warrior"));
    }
    proxy->setVerdictFilter({ IntegrationVerdict::NotInstalled, IntegrationVerdict::Unknown });
    EXPECT_EQ(proxy->rowCount(), 7);
    proxy->setVerdictFilter({});
    proxy->setTextFilter(QStringLiteral("paladin"));
    EXPECT_EQ(proxy->rowCount(), 5);
}

TEST_F(IntegrationServicesFlowTest, VersionsSortNumerically)
{
    openFlow();
    proxy->sort(IntegrationReportModel::GuestVersionColumn, Qt::DescendingOrder);
    // 10.0 sorts above 6.3 (as text it would not).
    EXPECT_EQ(
        proxy->index(0, IntegrationReportModel::GuestVersionColumn).data().toString(), QStringLiteral("10.0.14393.0"));
    EXPECT_EQ(proxy->index(1, IntegrationReportModel::GuestVersionColumn).data().toString(),
        QStringLiteral("6.3.9600.16384"));
}

TEST_F(IntegrationServicesFlowTest, CsvExportHoldsExactlyTheSelectedRows)
{
    open(test::small());
    const QString csv = report->toCsv({ 1, 2 });
    const QString expected = QStringLiteral(
        "Host,Cluster,VMName,State,GuestVersion,HostVersion,Verdict,ServicesWithProblems,ConfigurationVersion,"
        "Details\r\n"
        "h1,,b,Running,6.1.7601.17514,6.2.9200.16433,UpdateRequired,"
        "Shutdown=protocolMismatch;Time Synchronization=protocolMismatch;Key-Value Pair Exchange=protocolMismatch;"
        "Heartbeat=protocolMismatch;VSS=protocolMismatch,4.0,"
        "\"The guest runs 6.1.7601.17514, older than the host's 6.2.9200.16433. Insert the Integration Services Setup "
        "Disk (Action menu), install, then restart the virtual machine.\"\r\n"
        "h1,,c,Running,,6.2.9200.16433,Unknown,,4.0,"
        "\"The guest reports no integration services version, so it cannot be compared with the host's 6.2.9200.16433: "
        "they may not be installed, or the guest has not reported its version yet. If they are not installed: insert "
        "the Integration Services Setup Disk (Action menu) and run setup in the guest; setup shows the installed "
        "version.\"\r\n");
    EXPECT_EQ(csv, expected);
    // Every row when none is chosen: a header and four VMs.
    EXPECT_EQ(report->toCsv().count(QStringLiteral("\r\n")), 5);
}

TEST_F(IntegrationServicesFlowTest, SetupDiskFlowEndsInRestartRequiredThenUpToDate)
{
    openFlow();
    const QString id = idOf(QStringLiteral("old1"));
    EXPECT_EQ(verdict(QStringLiteral("old1")), IntegrationVerdict::UpdateRequired);
    const JobPtr job = sim->insertIntegrationServicesSetupDisk(id);
    ASSERT_EQ(job->state(), Job::State::Running);
    EXPECT_EQ(job->title(), QStringLiteral("Insert Integration Services Setup Disk"));
    sim->advance(3'000);
    EXPECT_EQ(job->phase(), QStringLiteral("Setup: installed version 6.1.7601.17514, offered 6.2.9200.16433"));
    EXPECT_EQ(job->percent(), 15);
    sim->advance(10'000);
    EXPECT_EQ(job->phase(), QStringLiteral("Installing integration services 6.2.9200.16433"));
    EXPECT_EQ(vm(QStringLiteral("old1")).status, QStringLiteral("Installing integration services (65 %)"));
    sim->advance(7'000);
    ASSERT_EQ(job->state(), Job::State::Completed);
    EXPECT_EQ(job->phase(), QStringLiteral("Installed 6.2.9200.16433: restart required"));
    EXPECT_EQ(vm(QStringLiteral("old1")).integrationServices.guestVersion, QStringLiteral("6.1.7601.17514"));
    EXPECT_EQ(vm(QStringLiteral("old1")).integrationServices.pendingVersion, QStringLiteral("6.2.9200.16433"));
    EXPECT_EQ(vm(QStringLiteral("old1")).status,
        QStringLiteral("Restart required (integration services 6.2.9200.16433 installed)"));
    EXPECT_EQ(verdict(QStringLiteral("old1")), IntegrationVerdict::RestartRequired);
    // A second insert before the restart is refused with the reason.
    EXPECT_EQ(sim->insertIntegrationServicesSetupDisk(id)->error().code, QStringLiteral("is.restart-pending"));

    const JobPtr reset = sim->changeVmState(id, VmAction::Reset);
    sim->advance(4'000);
    ASSERT_EQ(reset->state(), Job::State::Completed);
    EXPECT_EQ(vm(QStringLiteral("old1")).integrationServices.guestVersion, QStringLiteral("6.2.9200.16433"));
    EXPECT_TRUE(vm(QStringLiteral("old1")).integrationServices.pendingVersion.isEmpty());
    EXPECT_EQ(verdict(QStringLiteral("old1")), IntegrationVerdict::UpToDate);
    EXPECT_EQ(vm(QStringLiteral("old1")).integrationServices.service(IntegrationServiceKind::Heartbeat)->status,
        IntegrationServiceStatus::Ok);
    EXPECT_EQ(vm(QStringLiteral("old1")).status, QStringLiteral("Operating normally"));
}

TEST_F(IntegrationServicesFlowTest, Error1618SuggestsACleanRestartAndTheRetryWorks)
{
    openFlow();
    const QString id = idOf(QStringLiteral("busy"));
    const JobPtr job = sim->insertIntegrationServicesSetupDisk(id);
    sim->advance(4'000);
    EXPECT_EQ(job->state(), Job::State::Running); // setup has not checked the guest yet
    sim->advance(1'000);
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("1618"));
    EXPECT_EQ(job->error().message,
        QStringLiteral("Setup failed in 'busy' with error 1618: another installation is already "
                       "in progress (a restart is pending, or Windows is installing a device)."));
    EXPECT_EQ(job->error().fix,
        QStringLiteral("Restart the guest cleanly (no other setup running), then insert the setup disk again."));
    EXPECT_EQ(verdict(QStringLiteral("busy")), IntegrationVerdict::UpdateRequired);

    sim->changeVmState(id, VmAction::Reset);
    sim->advance(4'000);
    const JobPtr retry = sim->insertIntegrationServicesSetupDisk(id);
    sim->advance(20'000);
    EXPECT_EQ(retry->state(), Job::State::Completed);
    EXPECT_EQ(verdict(QStringLiteral("busy")), IntegrationVerdict::RestartRequired);
}

TEST_F(IntegrationServicesFlowTest, TooLittleDiskSpaceInTheGuestFailsWithTheFigures)
{
    openFlow();
    const JobPtr job = sim->insertIntegrationServicesSetupDisk(idOf(QStringLiteral("full")));
    sim->advance(20'000);
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("112"));
    EXPECT_EQ(job->error().message,
        QStringLiteral(
            "Setup failed in 'full': it needs 200 MB free on the guest's system drive, and 120 MB are free."));
    EXPECT_EQ(job->error().fix,
        QStringLiteral("Free space in the guest (Disk Cleanup, or extend the virtual disk), then "
                       "insert the setup disk again."));
    EXPECT_TRUE(vm(QStringLiteral("full")).integrationServices.pendingVersion.isEmpty());
    EXPECT_EQ(vm(QStringLiteral("full")).status, QStringLiteral("Operating normally"));
}

TEST_F(IntegrationServicesFlowTest, RefusedAtOnceWhenOffOrOnAWindowsUpdateHost)
{
    openFlow();
    const JobPtr off = sim->insertIntegrationServicesSetupDisk(idOf(QStringLiteral("cold")));
    ASSERT_EQ(off->state(), Job::State::Failed);
    EXPECT_EQ(off->error().code, QStringLiteral("is.vm-not-running"));
    const JobPtr wu = sim->insertIntegrationServicesSetupDisk(idOf(QStringLiteral("w2012r2")));
    ASSERT_EQ(wu->state(), Job::State::Failed);
    EXPECT_EQ(wu->error().code, QStringLiteral("is.windows-update"));
    EXPECT_EQ(wu->error().message,
        QStringLiteral("templar (build 10.0.14393) has no Integration Services Setup Disk: from "
                       "Windows Server 2016 on, guests get integration services through Windows Update."));
}

TEST_F(IntegrationServicesFlowTest, TurningTheVmOffDuringSetupFailsTheJob)
{
    openFlow();
    const QString id = idOf(QStringLiteral("old2"));
    const JobPtr job = sim->insertIntegrationServicesSetupDisk(id);
    sim->advance(8'000);
    sim->changeVmState(id, VmAction::TurnOff);
    sim->advance(1'000);
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("is.vm-not-running"));
    EXPECT_TRUE(vm(QStringLiteral("old2")).integrationServices.pendingVersion.isEmpty());
}

TEST_F(IntegrationServicesFlowTest, ConfigurationVersionUpgradeIsForAVmThatIsOff)
{
    openFlow();
    const JobPtr running = sim->upgradeConfigurationVersion(idOf(QStringLiteral("w2012r2")));
    ASSERT_EQ(running->state(), Job::State::Failed);
    EXPECT_EQ(running->error().code, QStringLiteral("config.vm-not-off"));

    const QString id = idOf(QStringLiteral("legacy"));
    const JobPtr job = sim->upgradeConfigurationVersion(id);
    ASSERT_EQ(job->state(), Job::State::Running);
    // The VM stays off while its configuration is rewritten.
    EXPECT_EQ(sim->changeVmState(id, VmAction::Start)->error().code, QStringLiteral("vm.busy"));
    sim->advance(3'000);
    ASSERT_EQ(job->state(), Job::State::Completed);
    EXPECT_EQ(vm(QStringLiteral("legacy")).configurationVersion, QStringLiteral("8.0"));
    EXPECT_EQ(sim->upgradeConfigurationVersion(id)->error().code, QStringLiteral("config.current"));
}

TEST_F(IntegrationServicesFlowTest, BulkUpgradeRunsWithBoundedConcurrency)
{
    openFlow();
    JobQueue queue(2);
    int maxRunning = 0;
    QObject::connect(&queue, &JobQueue::jobStarted, [&] { maxRunning = qMax(maxRunning, queue.runningCount()); });
    for (const QString &name :
        { QStringLiteral("old1"), QStringLiteral("old2"), QStringLiteral("busy"), QStringLiteral("full") }) {
        const QString id = idOf(name);
        queue.enqueue([this, id] { return sim->insertIntegrationServicesSetupDisk(id); });
    }
    EXPECT_EQ(queue.runningCount(), 2);
    EXPECT_EQ(queue.pendingCount(), 2);
    for (int i = 0; i < 50 && !queue.isIdle(); ++i)
        sim->advance(1'000);
    ASSERT_TRUE(queue.isIdle());
    EXPECT_EQ(maxRunning, 2);
    EXPECT_EQ(queue.finishedCount(), 4);
    EXPECT_EQ(queue.failedCount(), 2); // busy (1618) and full (disk space)
    EXPECT_EQ(verdict(QStringLiteral("old1")), IntegrationVerdict::RestartRequired);
    EXPECT_EQ(verdict(QStringLiteral("old2")), IntegrationVerdict::RestartRequired);
}

TEST_F(IntegrationServicesFlowTest, ReportFollowsTheFlow)
{
    openFlow();
    const IntegrationReportSummary before = report->summary();
    EXPECT_EQ(before.text(), QStringLiteral("5 of 7 VMs need an update on 2 hosts. 2 unknown."));
    const QString id = idOf(QStringLiteral("old1"));
    sim->insertIntegrationServicesSetupDisk(id);
    sim->advance(20'000);
    EXPECT_EQ(report->summary().text(),
        QStringLiteral("4 of 7 VMs need an update on 2 hosts. 1 waiting for a restart, 2 unknown."));
}

TEST_F(IntegrationServicesFlowTest, TheDemosPrintServerHasAnInstallationPending)
{
    open(test::demo(), QStringLiteral("sim:demo"));
    const QString id = idOf(QStringLiteral("print01"));
    EXPECT_EQ(sim->insertIntegrationServicesSetupDisk(id)->error().code, QStringLiteral("is.vm-not-running")); // paused
    sim->changeVmState(id, VmAction::Resume);
    sim->advance(1'000);
    const JobPtr job = sim->insertIntegrationServicesSetupDisk(id);
    sim->advance(20'000);
    ASSERT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("1618"));
}

TEST_F(IntegrationServicesFlowTest, ClosingAConnectionRemovesItsRows)
{
    open(test::demo(), QStringLiteral("sim:demo"));
    Error e;
    auto flow = TopologyLoader::fromJson(FlowTopology, QStringLiteral("flow.json"), &e);
    ASSERT_TRUE(flow.has_value());
    auto second = std::make_unique<SimulatedBackend>(QStringLiteral("sim:flow"), *flow);
    second->setClockMode(SimulatedBackend::ClockMode::Manual);
    HostBackend *added = connections.add(std::move(second));
    EXPECT_EQ(report->rowCount(), 27);
    EXPECT_EQ(report->summary().hosts, 5);
    EXPECT_EQ(report->summary().text(), QStringLiteral("8 of 27 VMs need an update on 4 hosts. 9 unknown."));
    connections.remove(sim);
    EXPECT_EQ(report->rowCount(), 7);
    EXPECT_EQ(report->index(0, IntegrationReportModel::VmColumn).data().toString(), QStringLiteral("old1"));
    connections.remove(added);
    EXPECT_EQ(report->rowCount(), 0);
}
