#include "QtPrinters.h"

#include <models/ConfigurationVersion.h>
#include <models/IntegrationEventLog.h>
#include <models/IntegrationServicesCheck.h>
#include <models/JobQueue.h>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

HostInfo host2012(const QString &name = QStringLiteral("crusader"), const QString &cluster = QString())
{
    HostInfo h;
    h.name = name;
    h.cluster = cluster;
    h.osName = QStringLiteral("Windows Server 2012 Datacenter");
    h.osBuild = QStringLiteral("6.2.9200");
    h.integrationServicesVersion = QStringLiteral("6.2.9200.16433");
    h.maxConfigurationVersion = 40;
    return h;
}

HostInfo host2016()
{
    HostInfo h;
    h.name = QStringLiteral("templar");
    h.osName = QStringLiteral("Windows Server 2016 Datacenter");
    h.osBuild = QStringLiteral("10.0.14393");
    h.integrationServicesVersion = QStringLiteral("10.0.14393.0");
    h.maxConfigurationVersion = 80;
    return h;
}

VmInfo guest(const QString &version, VmState state = VmState::Running,
    const QString &os = QStringLiteral("Windows Server 2008 R2"))
{
    VmInfo vm;
    vm.id = QStringLiteral("0000-1");
    vm.name = QStringLiteral("web02");
    vm.hostName = QStringLiteral("crusader");
    vm.state = state;
    vm.operatingSystem = os;
    vm.configurationVersion = QStringLiteral("4.0");
    vm.integrationServices.guestVersion = version;
    return vm;
}

} // namespace

struct VerdictCase
{
    const char *guestVersion;
    VmState state;
    const char *os;
    IntegrationVerdict expected;
};

class VerdictTable : public ::testing::TestWithParam<VerdictCase>
{
};

TEST_P(VerdictTable, GuestAgainstHost)
{
    const VerdictCase c = GetParam();
    const HostInfo host = host2012();
    const VmInfo vm = guest(QString::fromLatin1(c.guestVersion), c.state, QString::fromLatin1(c.os));
    EXPECT_EQ(int(IntegrationServicesCheck::checkVm(vm, &host).verdict), int(c.expected))
        << c.guestVersion << " in state " << VmStates::key(c.state).toStdString();
    EXPECT_EQ(int(IntegrationServicesCheck::verdict(vm, &host)), int(c.expected)); // the fast path agrees
}

INSTANTIATE_TEST_SUITE_P(IntegrationServicesCheck, VerdictTable,
    ::testing::Values(
        VerdictCase { "6.2.9200.16433", VmState::Running, "Windows Server 2012", IntegrationVerdict::UpToDate },
        VerdictCase {
            "6.1.7601.17514", VmState::Running, "Windows Server 2008 R2", IntegrationVerdict::UpdateRequired },
        VerdictCase { "6.1.7601.17514", VmState::Paused, "Windows Server 2008 R2", IntegrationVerdict::UpdateRequired },
        // Numeric, not text: "6.2.9200.9" sorts after "6.2.9200.16433" as text.
        VerdictCase { "6.2.9200.9", VmState::Running, "Windows 8", IntegrationVerdict::UpdateRequired },
        VerdictCase { "6.3.9600.16384", VmState::Running, "Windows Server 2012 R2", IntegrationVerdict::NewerThanHost },
        VerdictCase { "10.0.14393.0", VmState::Running, "Windows Server 2016", IntegrationVerdict::NewerThanHost },
        VerdictCase { "", VmState::Running, "FreeBSD 9.1", IntegrationVerdict::Unknown },
        VerdictCase { "", VmState::Running, "Windows Server 2012", IntegrationVerdict::Unknown },
        VerdictCase { "6.2", VmState::Running, "Windows 8", IntegrationVerdict::Unknown },
        VerdictCase { "6.2.9200", VmState::Running, "Windows 8", IntegrationVerdict::Unknown },
        VerdictCase { "6.1.7601.17514", VmState::Off, "Windows 7", IntegrationVerdict::Unknown },
        VerdictCase { "6.2.9200.16433", VmState::Saved, "Windows 8", IntegrationVerdict::Unknown },
        VerdictCase { "6.2.9200.16433", VmState::Starting, "Windows 8", IntegrationVerdict::Unknown },
        VerdictCase { "6.2.x.1", VmState::Running, "Windows 8", IntegrationVerdict::Unknown },
        VerdictCase { "6.2.9200.16433.1.2", VmState::Running, "Windows 8", IntegrationVerdict::Unknown }));

TEST(IntegrationServicesCheckTest, MalformedGuestVersionIsUnknownWithTheReason)
{
    const HostInfo host = host2012();
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(guest(QStringLiteral("6.2.x.1")), &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.reason,
        QStringLiteral("The guest reports the version '6.2.x.1', which cannot be read: 'x' is not a number."));
    EXPECT_EQ(f.action, QStringLiteral("Reinstall integration services in the guest."));
}

TEST(IntegrationServicesCheckTest, IncompleteGuestVersionIsUnknownWithTheReasonNotUpdateRequired)
{
    const HostInfo host = host2012();
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(guest(QStringLiteral("6.2")), &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.reason, QStringLiteral("The guest reports the version '6.2', which is incomplete: a full version has four "
                                       "parts (like 6.2.9200.16433), so it cannot be compared with the host's."));
    EXPECT_FALSE(f.action.isEmpty());
    EXPECT_FALSE(f.needsUpdate());
}

TEST(IntegrationServicesCheckTest, EmptyGuestVersionIsUnknownWithTheReasonNotNotInstalled)
{
    const HostInfo host = host2012();
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(guest(QString()), &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.reason, QStringLiteral("The guest reports no integration services version, so it cannot be compared "
                                       "with the host's 6.2.9200.16433: they may not be installed, or the guest has not "
                                       "reported its version yet."));
    EXPECT_TRUE(f.action.contains(QStringLiteral("Integration Services Setup Disk")));
}

TEST(IntegrationServicesCheckTest, MalformedHostVersionIsUnknownWithTheReason)
{
    HostInfo host = host2012();
    host.integrationServicesVersion = QStringLiteral("six");
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(guest(QStringLiteral("6.2.9200.16433")), &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.reason,
        QStringLiteral(
            "The host crusader reports no readable integration services version ('six': 'six' is not a number)."));
    const Diagnostic d = IntegrationServicesCheck::checkHost(host);
    EXPECT_EQ(d.severity, Diagnostic::Severity::Error);
    EXPECT_EQ(d.id, QStringLiteral("is.host.version"));
}

TEST(IntegrationServicesCheckTest, UpdateRequiredExplainsTheVersionsAndTheSetupDisk)
{
    const HostInfo host = host2012();
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(guest(QStringLiteral("6.1.7601.17514")), &host);
    EXPECT_EQ(f.guestVersion, QStringLiteral("6.1.7601.17514"));
    EXPECT_EQ(f.hostVersion, QStringLiteral("6.2.9200.16433"));
    EXPECT_EQ(f.reason, QStringLiteral("The guest runs 6.1.7601.17514, older than the host's 6.2.9200.16433."));
    EXPECT_EQ(f.action,
        QStringLiteral(
            "Insert the Integration Services Setup Disk (Action menu), install, then restart the virtual machine."));
}

TEST(IntegrationServicesCheckTest, OnWindowsServer2016TheAdviceIsWindowsUpdate)
{
    const HostInfo host = host2016();
    VmInfo vm = guest(QStringLiteral("6.3.9600.16384"));
    vm.hostName = host.name;
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(vm, &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::UpdateRequired);
    EXPECT_EQ(f.action,
        QStringLiteral(
            "Run Windows Update in the guest: templar updates guests through Windows Update, not a setup disk."));
    EXPECT_EQ(IntegrationServicesCheck::updateChannel(host), IntegrationUpdateChannel::WindowsUpdate);
    EXPECT_EQ(IntegrationServicesCheck::updateChannel(host2012()), IntegrationUpdateChannel::SetupDisk);
    HostInfo r2 = host2012();
    r2.osBuild = QStringLiteral("6.3.9600");
    EXPECT_EQ(IntegrationServicesCheck::updateChannel(r2), IntegrationUpdateChannel::SetupDisk);
    HostInfo w2019 = host2016();
    w2019.osBuild = QStringLiteral("10.0.17763");
    EXPECT_EQ(IntegrationServicesCheck::updateChannel(w2019), IntegrationUpdateChannel::WindowsUpdate);

    const Error e = IntegrationServicesCheck::canInsertSetupDisk(vm, &host);
    EXPECT_EQ(e.code, QStringLiteral("is.windows-update"));
    EXPECT_EQ(e.fix, QStringLiteral("Run Windows Update in the guest 'web02'."));
    EXPECT_EQ(IntegrationServicesCheck::checkHost(host).id, QStringLiteral("is.host.windows-update"));
    EXPECT_EQ(IntegrationServicesCheck::checkHost(host2012()).message,
        QStringLiteral("crusader (build 6.2.9200) offers integration services 6.2.9200.16433 on its setup disk."));
}

TEST(IntegrationServicesCheckTest, AnOffVmIsUnknownButSaysWhatItLastReported)
{
    const HostInfo host = host2012();
    VmInfo vm = guest(QStringLiteral("6.1.7601.17514"), VmState::Off);
    vm.name = QStringLiteral("lab-client02");
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(vm, &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.reason,
        QStringLiteral("The version is read from the running guest, and 'lab-client02' is off. "
                       "It last reported 6.1.7601.17514, older than the host's 6.2.9200.16433."));
    EXPECT_EQ(f.action, QStringLiteral("Start the virtual machine to check its integration services."));
}

TEST(IntegrationServicesCheckTest, DataExchangeOffMeansUnknown)
{
    const HostInfo host = host2012();
    VmInfo vm = guest(QStringLiteral("6.2.9200.16433"));
    for (IntegrationService &s : vm.integrationServices.services) {
        if (s.kind == IntegrationServiceKind::DataExchange)
            s.enabled = false;
    }
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(vm, &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.action, QStringLiteral("Enable Data Exchange in Settings > Integration Services."));
}

TEST(IntegrationServicesCheckTest, APendingVersionMeansRestartRequired)
{
    const HostInfo host = host2012();
    VmInfo vm = guest(QStringLiteral("6.1.7601.17514"));
    vm.integrationServices.pendingVersion = host.integrationServicesVersion;
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(vm, &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::RestartRequired);
    EXPECT_EQ(f.action, QStringLiteral("Restart the virtual machine to finish the upgrade."));
    EXPECT_EQ(IntegrationServicesCheck::canInsertSetupDisk(vm, &host).code, QStringLiteral("is.restart-pending"));
}

TEST(IntegrationServicesCheckTest, ProblemServicesListsMismatchesAndLostContact)
{
    const HostInfo host = host2012();
    VmInfo vm = guest(QStringLiteral("6.1.7601.17514"));
    for (IntegrationService &s : vm.integrationServices.services) {
        if (s.kind == IntegrationServiceKind::Heartbeat)
            s.status = IntegrationServiceStatus::ProtocolMismatch;
        else if (s.kind == IntegrationServiceKind::Backup)
            s.status = IntegrationServiceStatus::LostCommunication;
        else if (s.enabled)
            s.status = IntegrationServiceStatus::Ok;
    }
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(vm, &host);
    ASSERT_EQ(f.problemServices.size(), 2);
    EXPECT_EQ(IntegrationServicesCheck::problemServicesText(vm, f),
        QStringLiteral("Heartbeat: Protocol mismatch; Backup (volume shadow copy): Lost communication"));
}

TEST(IntegrationServicesCheckTest, ClusterNodesOnDifferentVersionsAreOneWarning)
{
    HostInfo a = host2012(QStringLiteral("crusader"), QStringLiteral("warrior"));
    HostInfo b = host2012(QStringLiteral("saracen"), QStringLiteral("warrior"));
    HostInfo c = host2012(QStringLiteral("paladin"));
    c.integrationServicesVersion = QStringLiteral("6.3.9600.16384"); // standalone: no cluster finding
    EXPECT_TRUE(IntegrationServicesCheck::checkClusters({ a, b, c }).isEmpty());

    b.integrationServicesVersion = QStringLiteral("6.2.9200.22099");
    const Diagnostics d = IntegrationServicesCheck::checkClusters({ a, b, c });
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(d[0].field, QStringLiteral("warrior"));
    EXPECT_EQ(d[0].message,
        QStringLiteral("The nodes of cluster warrior offer different integration services versions: "
                       "crusader 6.2.9200.16433, saracen 6.2.9200.22099."));
    EXPECT_EQ(d[0].fix,
        QStringLiteral("Update the other nodes to saracen's version 6.2.9200.22099, so a virtual machine "
                       "keeps a matching version on every node."));
}

TEST(IntegrationServicesCheckTest, SetupDiskPreconditionsNameTheFix)
{
    const HostInfo host = host2012();
    const Error off
        = IntegrationServicesCheck::canInsertSetupDisk(guest(QStringLiteral("6.1.7601.17514"), VmState::Off), &host);
    EXPECT_EQ(off.code, QStringLiteral("is.vm-not-running"));
    EXPECT_EQ(off.message, QStringLiteral("'web02' is off: setup runs inside the guest, which must be running."));
    EXPECT_EQ(off.fix, QStringLiteral("Start the virtual machine, then insert the setup disk."));
    EXPECT_EQ(IntegrationServicesCheck::canInsertSetupDisk(
                  guest(QString(), VmState::Running, QStringLiteral("FreeBSD 9.1")), &host)
                  .code,
        QStringLiteral("is.not-windows"));
    EXPECT_EQ(IntegrationServicesCheck::canInsertSetupDisk(guest(QStringLiteral("6.2.9200.16433")), &host).code,
        QStringLiteral("is.current"));
    EXPECT_EQ(IntegrationServicesCheck::canInsertSetupDisk(guest(QStringLiteral("6.3.9600.16384")), &host).code,
        QStringLiteral("is.newer"));
    EXPECT_TRUE(IntegrationServicesCheck::canInsertSetupDisk(guest(QStringLiteral("6.1.7601.17514")), &host).isNull());
    EXPECT_TRUE(IntegrationServicesCheck::canInsertSetupDisk(guest(QString()), &host).isNull()); // Windows without IS
}

TEST(ConfigurationVersionTest, ParsesAndUpgradesOnlyWhenOff)
{
    EXPECT_EQ(ConfigurationVersion::parse(QStringLiteral("5.0")), 50);
    EXPECT_EQ(ConfigurationVersion::parse(QStringLiteral("8.0")), 80);
    EXPECT_EQ(ConfigurationVersion::parse(QStringLiteral("5")), -1);
    EXPECT_EQ(ConfigurationVersion::parse(QStringLiteral("5.x")), -1);
    EXPECT_EQ(ConfigurationVersion::toString(54), QStringLiteral("5.4"));

    const HostInfo host = host2016();
    VmInfo vm = guest(QStringLiteral("6.3.9600.16384"), VmState::Running);
    vm.configurationVersion = QStringLiteral("5.0");
    const Error running = ConfigurationVersion::canUpgrade(vm, &host);
    EXPECT_EQ(running.code, QStringLiteral("config.vm-not-off"));
    EXPECT_EQ(running.fix, QStringLiteral("Shut down the virtual machine, then upgrade."));
    vm.state = VmState::Off;
    EXPECT_TRUE(ConfigurationVersion::canUpgrade(vm, &host).isNull());
    vm.configurationVersion = QStringLiteral("8.0");
    EXPECT_EQ(ConfigurationVersion::canUpgrade(vm, &host).code, QStringLiteral("config.current"));
}

TEST(IntegrationEventLogTest, OneWarningPerOutdatedGuestOfTheHost)
{
    const HostInfo host = host2012();
    VmInfo old = guest(QStringLiteral("6.1.7601.17514"));
    old.id = QStringLiteral("4c4c4544-0001");
    VmInfo current = guest(QStringLiteral("6.2.9200.16433"));
    VmInfo elsewhere = guest(QStringLiteral("6.1.7601.17514"));
    elsewhere.hostName = QStringLiteral("saracen");
    const QList<IntegrationEvent> events = IntegrationEventLog::forHost(host, { &old, &current, &elsewhere });
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].eventId, IntegrationEventLog::OlderThanHostEventId);
    EXPECT_EQ(events[0].hostName, QStringLiteral("crusader"));
    EXPECT_EQ(events[0].message,
        QStringLiteral("The integration services in virtual machine 'web02' (version 6.1.7601.17514) are older than "
                       "those on the host (version 6.2.9200.16433). Upgrade them with the Integration Services "
                       "Setup Disk. (Virtual machine ID 4C4C4544-0001)"));
}

TEST(JobQueueTest, RunsAtMostNAtATimeAndCountsFailures)
{
    JobQueue queue(2);
    QList<JobPtr> made;
    int started = 0;
    for (int i = 0; i < 5; ++i) {
        queue.enqueue([&made, &started, i] {
            ++started;
            if (i == 3)
                return Job::failed(QStringLiteral("Upgrade"), QStringLiteral("vm%1").arg(i),
                    Error { QStringLiteral("x"), QStringLiteral("refused"), {}, {} });
            auto job = JobPtr::create(QStringLiteral("Upgrade"), QStringLiteral("vm%1").arg(i));
            job->start();
            made << job;
            return job;
        });
    }
    EXPECT_EQ(started, 2);
    EXPECT_EQ(queue.runningCount(), 2);
    EXPECT_EQ(queue.pendingCount(), 3);
    bool all = false;
    QObject::connect(&queue, &JobQueue::allFinished, [&all] { all = true; });
    made[0]->complete();
    EXPECT_EQ(started, 3);
    made[1]->complete();
    // vm3 is refused at once, so vm4 starts in the same turn.
    EXPECT_EQ(started, 5);
    EXPECT_EQ(queue.runningCount(), 2);
    EXPECT_EQ(queue.failedCount(), 1);
    EXPECT_FALSE(all);
    made[2]->complete();
    made[3]->fail(Error { QStringLiteral("1618"), QStringLiteral("busy"), {}, {} });
    EXPECT_TRUE(all);
    EXPECT_EQ(queue.finishedCount(), 5);
    EXPECT_EQ(queue.failedCount(), 2);
    EXPECT_TRUE(queue.isIdle());
}

TEST(IntegrationServicesCheckTest, TheFastVerdictAgreesWithTheFullCheck)
{
    const HostInfo host = host2012();
    HostInfo broken = host2012();
    broken.integrationServicesVersion = QStringLiteral("n/a");
    VmInfo pending = guest(QStringLiteral("6.1.7601.17514"));
    pending.integrationServices.pendingVersion = host.integrationServicesVersion;
    VmInfo noExchange = guest(QStringLiteral("6.1.7601.17514"));
    for (IntegrationService &s : noExchange.integrationServices.services)
        s.enabled = s.kind != IntegrationServiceKind::DataExchange;
    const VmInfo plain = guest(QStringLiteral("6.1.7601.17514"));
    const struct
    {
        const VmInfo *vm;
        const HostInfo *host;
        IntegrationVerdict expected;
    } cases[] = {
        {&pending, &host, IntegrationVerdict::RestartRequired},
        {&noExchange, &host, IntegrationVerdict::Unknown},
        {&plain, &broken, IntegrationVerdict::Unknown},
        {&plain, nullptr, IntegrationVerdict::Unknown},
        {&plain, &host, IntegrationVerdict::UpdateRequired},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(IntegrationServicesCheck::verdict(*c.vm, c.host), c.expected);
        EXPECT_EQ(IntegrationServicesCheck::checkVm(*c.vm, c.host).verdict, c.expected);
    }
}

// Hosts whose guests bring their own agent (libvirt's QEMU guest agent): the fast verdict, read
// per cell and per sort comparison, agrees with the full check in every case it explains.
TEST(IntegrationServicesCheckTest, TheFastVerdictAgreesWithTheGuestAgentCheck)
{
    HostInfo kvm;
    kvm.name = QStringLiteral("kvm1");
    kvm.guestProvidedIntegration = true;
    const auto withStatus = [](VmInfo vm, IntegrationServiceStatus status) {
        for (IntegrationService &s : vm.integrationServices.services)
            s.status = status;
        return vm;
    };
    const VmInfo answering = withStatus(guest(QStringLiteral("7.2.0")), IntegrationServiceStatus::Ok);
    const VmInfo paused = withStatus(guest(QStringLiteral("7.2.0"), VmState::Paused), IntegrationServiceStatus::Ok);
    const VmInfo noChannel = withStatus(guest(QString()), IntegrationServiceStatus::NotApplicable);
    const VmInfo off = withStatus(guest(QStringLiteral("7.2.0"), VmState::Off), IntegrationServiceStatus::NoContact);
    const VmInfo silent = withStatus(guest(QString()), IntegrationServiceStatus::NoContact);
    const VmInfo lost = withStatus(guest(QStringLiteral("7.2.0")), IntegrationServiceStatus::LostCommunication);
    const VmInfo noVersion = withStatus(guest(QString()), IntegrationServiceStatus::Ok);
    const struct
    {
        const VmInfo *vm;
        IntegrationVerdict expected;
    } cases[] = {
        {&answering, IntegrationVerdict::UpToDate}, {&paused, IntegrationVerdict::UpToDate},
        {&noChannel, IntegrationVerdict::NotInstalled}, {&off, IntegrationVerdict::Unknown},
        {&silent, IntegrationVerdict::Unknown}, {&lost, IntegrationVerdict::Unknown},
        {&noVersion, IntegrationVerdict::Unknown},
    };
    for (const auto &c : cases) {
        const IntegrationFinding f = IntegrationServicesCheck::checkVm(*c.vm, &kvm);
        EXPECT_EQ(f.verdict, c.expected) << qPrintable(c.vm->integrationServices.guestVersion);
        EXPECT_EQ(IntegrationServicesCheck::verdict(*c.vm, &kvm), c.expected);
        EXPECT_FALSE(f.reason.isEmpty());
    }
}
