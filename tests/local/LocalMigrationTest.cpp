// Moves between libvirt connections. libvirt's test hypervisor cannot migrate, so the move's
// logic (flags, parameters, progress from job statistics, cancel, error mapping, the processor
// comparison) is driven through a fake of the libvirt calls it makes (MigrationApi). The fake
// does what a peer-to-peer migration with PERSIST_DEST | UNDEFINE_SOURCE does to the two test
// hypervisors: it defines and starts the domain on the destination and undefines it on the
// source, so both backends see the result through libvirt's own events. The refusal of the real
// test driver is tested for real.
#include "QtPrinters.h"

#include <local/DomainXml.h>
#include <local/LibvirtMigration.h>
#include <local/LocalBackend.h>
#include <views/ScriptView.h>
#include <views/move/CompatibilityPage.h>
#include <views/move/DestinationPage.h>
#include <views/move/MoveOptionsPage.h>
#include <views/move/MoveWizard.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <mutex>

using namespace hvdesk;
using namespace hvdesk::local;

namespace {

constexpr int WaitMs = 15'000;
const QString NodeUri = QStringLiteral("test://" HVDESK_TEST_DATA_DIR "/libvirt-test-node.xml");
const QString DefaultUri = QStringLiteral("test:///default");
const QString Web01 = QStringLiteral("11111111-2222-3333-4444-555555555501");
const QString Db01 = QStringLiteral("11111111-2222-3333-4444-555555555502");
constexpr quint64 MiB = 1024ULL * 1024;

// What the fake saw, shared with the test.
struct Record
{
    std::mutex mutex;
    MigrationParams params;
    QString uuid;
    int migrations = 0;
    int aborts = 0;
    int cpuComparisons = 0;
    QString comparedCpu;
};

struct Script
{
    int steps = 8;          // the job advances one step per stepMs
    int stepMs = 200;
    quint64 diskBytes = 2048 * MiB;
    quint64 memoryBytes = 4096 * MiB;
    int failCode = 0;       // fail at once with this virErrorNumber
    QString failMessage;
    int cpuResult = VIR_CPU_COMPARE_IDENTICAL;
};

class FakeMigration : public MigrationApi
{
public:
    FakeMigration(virConnectPtr source, Script script, std::shared_ptr<Record> record)
        : m_source(source)
        , m_script(std::move(script))
        , m_record(std::move(record))
    {
    }

    bool migrate(const QString &uuid, const MigrationParams &params, LibvirtFailure *failure) override
    {
        {
            std::lock_guard lock(m_record->mutex);
            m_record->params = params;
            m_record->uuid = uuid;
            ++m_record->migrations;
        }
        if (m_script.failCode != 0) {
            failure->code = m_script.failCode;
            failure->message = m_script.failMessage;
            return false;
        }
        const bool copiesDisks = params.flags & VIR_MIGRATE_NON_SHARED_DISK;
        const quint64 total = m_script.memoryBytes + (copiesDisks ? m_script.diskBytes : 0);
        for (int step = 1; step <= m_script.steps; ++step) {
            {
                std::lock_guard lock(m_mutex);
                m_active = true;
                m_stats.active = true;
                m_stats.dataTotal = total;
                m_stats.memoryTotal = m_script.memoryBytes;
                m_stats.diskTotal = copiesDisks ? m_script.diskBytes : 0;
            }
            QThread::msleep(m_script.stepMs);
            std::lock_guard lock(m_mutex);
            if (m_aborted) {
                m_active = false;
                failure->code = VIR_ERR_OPERATION_ABORTED;
                failure->message = QStringLiteral("operation aborted: migration out job: canceled by client");
                return false;
            }
            // Storage first, then memory, as QEMU copies them.
            const quint64 done = total * quint64(step) / quint64(m_script.steps);
            m_stats.dataProcessed = done;
            m_stats.dataRemaining = total - done;
            m_stats.diskProcessed = qMin(done, m_stats.diskTotal);
            m_stats.memoryProcessed = done > m_stats.diskTotal ? done - m_stats.diskTotal : 0;
            m_stats.memoryRemaining = m_script.memoryBytes - m_stats.memoryProcessed;
        }
        {
            std::lock_guard lock(m_mutex);
            m_active = false;
        }
        return switchOver(uuid, params, failure);
    }

    bool jobStats(const QString &, MigrationJobStats *stats, LibvirtFailure *) override
    {
        std::lock_guard lock(m_mutex);
        *stats = m_stats;
        stats->active = m_active;
        return true;
    }

    bool abortJob(const QString &, LibvirtFailure *) override
    {
        {
            std::lock_guard lock(m_record->mutex);
            ++m_record->aborts;
        }
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        return true;
    }

    QString migratableXml(const QString &uuid, LibvirtFailure *) override
    {
        virDomainPtr d = virDomainLookupByUUIDString(m_source, uuid.toLatin1().constData());
        char *xml = d ? virDomainGetXMLDesc(d, 0) : nullptr;
        const QString out = xml ? QString::fromUtf8(xml) : QString();
        free(xml);
        if (d)
            virDomainFree(d);
        return out;
    }

    int compareCpu(const QString &cpuXml, LibvirtFailure *) override
    {
        std::lock_guard lock(m_record->mutex);
        ++m_record->cpuComparisons;
        m_record->comparedCpu = cpuXml;
        return m_script.cpuResult;
    }

private:
    // PERSIST_DEST | UNDEFINE_SOURCE: defined (and started) there, gone here.
    bool switchOver(const QString &uuid, const MigrationParams &params, LibvirtFailure *failure)
    {
        virDomainPtr d = virDomainLookupByUUIDString(m_source, uuid.toLatin1().constData());
        if (!d) {
            failure->code = VIR_ERR_NO_DOMAIN;
            return false;
        }
        char *xml = virDomainGetXMLDesc(d, 0);
        const QByteArray definition = params.destinationXml.isEmpty() ? QByteArray(xml) : params.destinationXml.toUtf8();
        free(xml);
        const bool active = virDomainIsActive(d) == 1;
        virConnectPtr dest = virConnectOpen(params.destinationUri.toUtf8().constData());
        virDomainPtr there = dest ? virDomainDefineXML(dest, definition.constData()) : nullptr;
        if (!there) {
            failure->code = VIR_ERR_OPERATION_FAILED;
            failure->message = QString::fromUtf8(virGetLastErrorMessage());
            virDomainFree(d);
            if (dest)
                virConnectClose(dest);
            return false;
        }
        if (active)
            virDomainCreate(there);
        virDomainFree(there);
        virConnectClose(dest);
        if (active)
            virDomainDestroy(d);
        virDomainUndefine(d);
        virDomainFree(d);
        return true;
    }

    virConnectPtr m_source;
    Script m_script;
    std::shared_ptr<Record> m_record;
    std::mutex m_mutex;
    MigrationJobStats m_stats;
    bool m_active = false;
    bool m_aborted = false;
};

std::unique_ptr<LocalBackend> open(const QString &uri, const Script &script, const std::shared_ptr<Record> &record)
{
    auto b = std::make_unique<LocalBackend>(uri);
    b->setMigrationApiFactory([script, record](virConnectPtr conn) -> std::unique_ptr<MigrationApi> {
        return std::make_unique<FakeMigration>(conn, script, record);
    });
    b->open();
    EXPECT_TRUE(QTest::qWaitFor([&] { return b->connectionState() == ConnectionState::Connected; }, WaitMs));
    return b;
}

// test:///default is one hypervisor for the whole process: leave it as it was.
void undefineFromDefault(const QString &uuid)
{
    virConnectPtr c = virConnectOpen("test:///default");
    if (virDomainPtr d = virDomainLookupByUUIDString(c, uuid.toLatin1().constData())) {
        if (virDomainIsActive(d) == 1)
            virDomainDestroy(d);
        virDomainUndefine(d);
        virDomainFree(d);
    }
    virConnectClose(c);
}

MigrationRequest moveOf(const QString &vmId, MigrationType type)
{
    MigrationRequest r;
    r.vmId = vmId;
    r.type = type;
    r.destinationUri = DefaultUri;
    return r;
}

} // namespace

TEST(LibvirtMigration, FlagsFollowTheMoveAndTheState)
{
    VmInfo running;
    running.state = VmState::Running;
    MigrationRequest r;
    r.type = MigrationType::SharedNothing;
    const unsigned base = VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE;
    EXPECT_EQ(LibvirtMigration::flags(running, r), base | VIR_MIGRATE_LIVE | VIR_MIGRATE_NON_SHARED_DISK);
    r.type = MigrationType::Live;
    EXPECT_EQ(LibvirtMigration::flags(running, r), base | VIR_MIGRATE_LIVE);
    VmInfo off;
    off.state = VmState::Off;
    EXPECT_EQ(LibvirtMigration::flags(off, r), base | VIR_MIGRATE_OFFLINE);
}

TEST(LibvirtMigration, DestinationUriIsWhatTheSourceHostOpens)
{
    EXPECT_EQ(LibvirtMigration::destinationUri(QStringLiteral("qemu:///system"), QStringLiteral("kvm2")),
              QStringLiteral("qemu+ssh://kvm2/system"));
    EXPECT_EQ(LibvirtMigration::destinationUri(QStringLiteral("qemu:///session"), QStringLiteral("kvm2")),
              QStringLiteral("qemu+ssh://kvm2/session"));
    EXPECT_EQ(LibvirtMigration::destinationUri(QStringLiteral("qemu+ssh://root@kvm3/system"), QStringLiteral("kvm3")),
              QStringLiteral("qemu+ssh://root@kvm3/system"));
    EXPECT_EQ(LibvirtMigration::destinationUri(DefaultUri, QStringLiteral("box")), DefaultUri);
}

TEST(LibvirtMigration, ProgressFromJobStatistics)
{
    MigrationJobStats s;
    EXPECT_EQ(LibvirtMigration::progress(s).percent, 0);
    EXPECT_EQ(LibvirtMigration::progress(s).phase, QStringLiteral("Starting the migration"));
    s.active = true;
    s.dataTotal = 6144 * MiB;
    s.dataProcessed = 1024 * MiB;
    s.diskTotal = 2048 * MiB;
    s.diskProcessed = 1024 * MiB;
    s.memoryTotal = 4096 * MiB;
    s.memoryRemaining = 4096 * MiB;
    EXPECT_EQ(LibvirtMigration::progress(s).percent, 16);
    EXPECT_EQ(LibvirtMigration::progress(s).phase, QStringLiteral("Copying storage: 1,024 MiB of 2,048 MiB"));
    s.dataProcessed = 6144 * MiB; // everything copied once: libvirt still has to switch over
    s.diskProcessed = s.diskTotal;
    s.memoryProcessed = 4096 * MiB;
    s.memoryRemaining = 12 * MiB;
    EXPECT_EQ(LibvirtMigration::progress(s).percent, 99);
    EXPECT_EQ(LibvirtMigration::progress(s).phase, QStringLiteral("Copying memory: 4,096 MiB of 4,096 MiB, 12 MiB remaining"));
}

TEST(LibvirtMigration, VirshCommandOfTheMove)
{
    VmInfo vm;
    vm.name = QStringLiteral("web01");
    vm.state = VmState::Running;
    MigrationParams p;
    p.destinationUri = QStringLiteral("qemu+ssh://kvm2/system");
    p.flags = VIR_MIGRATE_LIVE | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE
        | VIR_MIGRATE_NON_SHARED_DISK;
    p.disks = {QStringLiteral("vda"), QStringLiteral("vdb")};
    EXPECT_EQ(LibvirtMigration::virshCommand(QStringLiteral("qemu:///system"), vm, p),
              QStringLiteral("virsh -c qemu:///system migrate --live --p2p --persistent --undefinesource --copy-storage-all "
                             "--migrate-disks vda,vdb web01 qemu+ssh://kvm2/system"));
}

TEST(LibvirtMigration, InterfacesConnectedElsewhereOnTheDestination)
{
    const QString xml = QStringLiteral(
        "<domain><name>web01</name><devices>"
        "<interface type='network'><mac address='52:54:00:aa:00:01'/><source network='default'/><model type='virtio'/></interface>"
        "<interface type='bridge'><mac address='52:54:00:aa:00:02'/><source bridge='br-storage'/></interface>"
        "<interface type='hostdev'><mac address='52:54:00:aa:00:03'/><source><address type='pci' bus='0x03' slot='0x10' function='0x1'/></source></interface>"
        "</devices></domain>");
    QString error;
    const QString moved = DomainXml::withInterfaceSources(
        xml, {{QStringLiteral("525400aa0002"), QStringLiteral("lan")}, {QStringLiteral("525400aa0001"), QStringLiteral("br0")}},
        {QStringLiteral("lan")}, &error);
    ASSERT_FALSE(moved.isEmpty()) << error.toStdString();
    const auto adapters = DomainXml::adapters(moved);
    ASSERT_EQ(adapters.size(), 3);
    EXPECT_EQ(adapters[0].settings.switchName, QStringLiteral("br0"));
    EXPECT_EQ(adapters[1].settings.switchName, QStringLiteral("lan"));
    EXPECT_EQ(DomainXml::interfaceTypes(moved), (QStringList{QStringLiteral("bridge"), QStringLiteral("network"), QStringLiteral("hostdev")}));
    EXPECT_TRUE(moved.contains(QLatin1String("<model type=\"virtio\"/>"))) << moved.toStdString();
    // Not to nothing, and not a virtual function.
    EXPECT_TRUE(DomainXml::withInterfaceSources(xml, {{QStringLiteral("525400aa0001"), QString()}}, {}, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("cannot move disconnected")));
    EXPECT_TRUE(DomainXml::withInterfaceSources(xml, {{QStringLiteral("525400aa0003"), QStringLiteral("lan")}}, {}, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("hostdev")));
}

// Progress reaches 100 % and the domain shows on the destination, running; the source no
// longer has it.
TEST(LocalMigration, ProgressReachesOneHundredAndTheVmShowsOnTheDestination)
{
    auto record = std::make_shared<Record>();
    auto source = open(NodeUri, Script(), record);
    auto dest = open(DefaultUri, Script(), record);
    ASSERT_TRUE(source->canMigrateTo(dest.get()));
    ASSERT_FALSE(source->canMigrateTo(source.get()));
    ASSERT_TRUE(source->can(Capability::LiveMigration));
    ASSERT_TRUE(source->can(Capability::SharedNothingMigration));
    ASSERT_FALSE(source->can(Capability::StorageMigration));
    ASSERT_EQ(dest->findVm(Web01), nullptr);

    QElapsedTimer clock;
    clock.start();
    QStringList timeline;
    QList<int> percents;
    const JobPtr job = source->migrate(moveOf(Web01, MigrationType::SharedNothing));
    ASSERT_EQ(job->state(), Job::State::Running) << job->error().text().toStdString();
    EXPECT_TRUE(job->isCancellable());
    QObject::connect(job.data(), &Job::progressChanged, [&](int percent, const QString &phase) {
        percents << percent;
        timeline << QStringLiteral("%1 ms: %2 % %3").arg(clock.elapsed(), 5).arg(percent, 3).arg(phase);
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, WaitMs));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    EXPECT_EQ(job->percent(), 100);
    std::printf("Migration progress in the fake (8 steps of 200 ms, 2 GiB of disk then 4 GiB of memory, polled every 500 ms):\n%s\n",
                qPrintable(timeline.join(QLatin1Char('\n'))));
    ASSERT_GE(percents.size(), 3);
    EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
    EXPECT_EQ(percents.last(), 100);
    EXPECT_TRUE(std::any_of(percents.begin(), percents.end(), [](int p) { return p > 0 && p < 100; }));

    {
        std::lock_guard lock(record->mutex);
        EXPECT_EQ(record->uuid, Web01);
        EXPECT_EQ(record->params.destinationUri, DefaultUri);
        EXPECT_EQ(record->params.destinationName, QStringLiteral("web01"));
        EXPECT_EQ(record->params.flags, unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST
                                                 | VIR_MIGRATE_UNDEFINE_SOURCE | VIR_MIGRATE_NON_SHARED_DISK));
        EXPECT_EQ(record->params.disks, QStringList{QStringLiteral("vda")}); // not the read-only CD-ROM
        EXPECT_TRUE(record->params.destinationXml.isEmpty());
    }
    // Both connections learn it from libvirt's events.
    ASSERT_TRUE(QTest::qWaitFor([&] { return dest->findVm(Web01) && dest->findVm(Web01)->state == VmState::Running; }, WaitMs));
    EXPECT_EQ(dest->findVm(Web01)->name, QStringLiteral("web01"));
    EXPECT_EQ(dest->findVm(Web01)->hostName, dest->hosts().first().name);
    EXPECT_TRUE(QTest::qWaitFor([&] { return source->findVm(Web01) == nullptr; }, WaitMs));
    undefineFromDefault(Web01);
}

TEST(LocalMigration, CancelAbortsTheJobAndTheVmStays)
{
    auto record = std::make_shared<Record>();
    Script slow;
    slow.steps = 40;
    slow.stepMs = 100;
    auto source = open(NodeUri, slow, record);
    const JobPtr job = source->migrate(moveOf(Web01, MigrationType::Live));
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->percent() > 0; }, WaitMs));
    job->requestCancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, WaitMs));
    EXPECT_EQ(job->state(), Job::State::Cancelled);
    {
        std::lock_guard lock(record->mutex);
        EXPECT_GE(record->aborts, 1);
        EXPECT_EQ(record->params.flags, unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST
                                                 | VIR_MIGRATE_UNDEFINE_SOURCE)); // live: the disks stay where they are
        EXPECT_TRUE(record->params.disks.isEmpty());
    }
    ASSERT_NE(source->findVm(Web01), nullptr);
    EXPECT_EQ(source->findVm(Web01)->state, VmState::Running);
}

TEST(LocalMigration, LibvirtErrorsBecomeTheirMessageAndFix)
{
    const struct
    {
        int code;
        const char *message;
        const char *expectedCode;
        const char *inFix;
    } cases[] = {
        {VIR_ERR_SYSTEM_ERROR, "unable to connect to server at 'kvm9:22': No route to host", "libvirt.migration.route", "virsh -c test:///default list"},
        {VIR_ERR_AUTH_FAILED, "authentication failed: Failed to start SASL negotiation", "libvirt.migration.authentication", "ssh-copy-id"},
        {VIR_ERR_CPU_INCOMPATIBLE, "the CPU is incompatible with host CPU: Host CPU does not provide required features: avx512f", "libvirt.migration.cpu", "<cpu mode='custom'>"},
        {VIR_ERR_NO_STORAGE_POOL, "Storage pool not found: no storage pool with matching target path '/var/lib/libvirt/images'", "libvirt.migration.storage", "pool-define-as"},
        {VIR_ERR_NO_NETWORK, "Network not found: no network with matching name 'backend'", "libvirt.migration.network", "net-define"},
        {VIR_ERR_MIGRATE_UNSAFE, "Unsafe migration: Migration without shared storage is unsafe", "libvirt.migration.unsafe", "shared-nothing"},
        {VIR_ERR_INTERNAL_ERROR, "qemu unexpectedly closed the monitor", "libvirt.1", "journalctl"},
    };
    for (const auto &c : cases) {
        auto record = std::make_shared<Record>();
        Script failing;
        failing.failCode = c.code;
        failing.failMessage = QString::fromUtf8(c.message);
        auto source = open(NodeUri, failing, record);
        const JobPtr job = source->migrate(moveOf(Web01, MigrationType::SharedNothing));
        ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, WaitMs));
        EXPECT_EQ(job->state(), Job::State::Failed) << c.expectedCode;
        EXPECT_EQ(job->error().code, QLatin1String(c.expectedCode)) << c.message;
        EXPECT_TRUE(job->error().message.contains(QString::fromUtf8(c.message).section(QLatin1Char(':'), -1).trimmed()))
            << job->error().message.toStdString();
        EXPECT_TRUE(job->error().fix.contains(QLatin1String(c.inFix))) << job->error().fix.toStdString();
        EXPECT_NE(source->findVm(Web01), nullptr); // nothing moved
    }
}

// Without a fake: the real libvirt call on the test hypervisor, which cannot migrate.
TEST(LocalMigration, TheTestDriverCannotMigrate)
{
    auto source = std::make_unique<LocalBackend>(NodeUri);
    source->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return source->connectionState() == ConnectionState::Connected; }, WaitMs));
    const JobPtr job = source->migrate(moveOf(Web01, MigrationType::Live));
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, WaitMs));
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("libvirt.migration.test-driver"));
    EXPECT_EQ(job->error().fix, QStringLiteral("Move between KVM hosts (qemu:// URIs); the test hypervisor only imitates a host."));
}

TEST(LocalMigration, MovesLibvirtCannotMakeAreRefused)
{
    auto record = std::make_shared<Record>();
    auto source = open(NodeUri, Script(), record);
    const JobPtr offline = source->migrate(moveOf(Db01, MigrationType::SharedNothing)); // db01 is off
    EXPECT_EQ(offline->state(), Job::State::Failed);
    EXPECT_EQ(offline->error().code, QStringLiteral("libvirt.migration.offline-storage"));
    MigrationRequest nowhere = moveOf(Web01, MigrationType::Live);
    nowhere.destinationUri.clear();
    EXPECT_EQ(source->migrate(nowhere)->error().code, QStringLiteral("libvirt.migration.destination"));
    EXPECT_EQ(source->migrate(moveOf(Web01, MigrationType::Storage))->error().code, QStringLiteral("libvirt.migration.storage-only"));
    std::lock_guard lock(record->mutex);
    EXPECT_EQ(record->migrations, 0);
}

// An off domain moves its definition only (VIR_MIGRATE_OFFLINE), and an adapter connected to
// another network on the destination travels in the destination XML.
TEST(LocalMigration, OfflineMoveWithAnAdapterRemapped)
{
    auto record = std::make_shared<Record>();
    auto source = open(NodeUri, Script(), record);
    auto dest = open(DefaultUri, Script(), record);
    const VmInfo *db = source->findVm(Db01);
    ASSERT_NE(db, nullptr);
    MigrationRequest r = moveOf(Db01, MigrationType::Live);
    r.switchMapping = {{db->adapters.first().settings.id, QStringLiteral("default")}};
    const JobPtr job = source->migrate(r);
    ASSERT_TRUE(QTest::qWaitFor([&] { return job->isFinished(); }, WaitMs));
    ASSERT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    {
        std::lock_guard lock(record->mutex);
        EXPECT_EQ(record->params.flags, unsigned(VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST
                                                 | VIR_MIGRATE_UNDEFINE_SOURCE));
        EXPECT_TRUE(record->params.destinationXml.contains(QLatin1String("<source network=\"default\"/>")))
            << record->params.destinationXml.toStdString();
        EXPECT_FALSE(record->params.destinationXml.contains(QLatin1String("backend")));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return dest->findVm(Db01) != nullptr; }, WaitMs));
    EXPECT_EQ(dest->findVm(Db01)->state, VmState::Off);
    EXPECT_EQ(dest->findVm(Db01)->adapters.first().settings.switchName, QStringLiteral("default"));
    undefineFromDefault(Db01);
}

// The compatibility report: a network the destination lacks, a disk without a pool there, and
// a processor the destination cannot offer (compared on the destination's connection).
TEST(LocalMigration, CompatibilityChecksOfBothSides)
{
    auto record = std::make_shared<Record>();
    Script olderCpu;
    olderCpu.cpuResult = VIR_CPU_COMPARE_INCOMPATIBLE;
    auto source = open(NodeUri, Script(), record);
    auto dest = open(DefaultUri, olderCpu, record);
    const VmInfo web = *source->findVm(Web01);
    MigrationCheckInput in{web, source->hosts().first(), dest->hosts().first(), moveOf(Web01, MigrationType::SharedNothing)};
    in.sameConnection = false;
    QSignalSpy later(source.get(), &HostBackend::migrationChecksChanged);
    Diagnostics d = source->migrationChecks(in, dest.get());
    auto has = [&](const QString &id, const QString &field = QString()) {
        return std::any_of(d.begin(), d.end(), [&](const Diagnostic &x) { return x.id == id && (field.isEmpty() || x.field == field); });
    };
    // br-storage (web01's second adapter) is neither a network nor a bridge of test:///default.
    EXPECT_TRUE(has(MigrationCompatibility::SwitchMissing, web.adapters[1].settings.id));
    EXPECT_FALSE(has(MigrationCompatibility::SwitchMissing, web.adapters[0].settings.id)); // 'default' exists there
    EXPECT_FALSE(has(MigrationCompatibility::SameHost)); // the same machine name, but another connection
    EXPECT_FALSE(has(QStringLiteral("migration.libvirt.pool"))); // /default-pool is a pool of test:///default
    EXPECT_TRUE(has(QStringLiteral("migration.libvirt.cpu.pending")));
    EXPECT_TRUE(has(QStringLiteral("migration.libvirt.test-driver")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return later.count() > 0; }, WaitMs));
    d = source->migrationChecks(in, dest.get());
    EXPECT_TRUE(has(QStringLiteral("migration.libvirt.cpu")));
    {
        std::lock_guard lock(record->mutex);
        EXPECT_EQ(record->cpuComparisons, 1);
        EXPECT_EQ(record->comparedCpu, source->hostCpuXml());
        EXPECT_TRUE(record->comparedCpu.startsWith(QLatin1String("<cpu"))) << record->comparedCpu.toStdString();
    }
    // Without its data, web01's disk would have to be on storage both hosts share.
    in.request.type = MigrationType::Live;
    d = source->migrationChecks(in, dest.get());
    EXPECT_TRUE(has(MigrationCompatibility::StorageNotShared, QStringLiteral("/default-pool/web01.qcow2")));
    // A destination without the pool: the disk has nowhere to go.
    in.request.type = MigrationType::SharedNothing;
    in.destination.volumes.clear();
    d = source->migrationChecks(in, dest.get());
    EXPECT_TRUE(has(QStringLiteral("migration.libvirt.pool"), QStringLiteral("/default-pool/web01.qcow2")));
    // A domain of the same name there.
    VmInfo test = *dest->findVm(dest->vmAt(0).id);
    in.vm.name = test.name;
    d = source->migrationChecks(in, dest.get());
    EXPECT_TRUE(has(QStringLiteral("migration.libvirt.name")));
}

// The Move wizard between two libvirt connections: the other connection's host can be chosen,
// with the URI the move goes to; the compatibility page reports the missing network and offers
// the destination's networks as the fix; the summary shows virsh migrate.
TEST(LocalMigrationWizard, MovesToAHostOfAnotherLibvirtConnection)
{
    auto record = std::make_shared<Record>();
    auto source = open(NodeUri, Script(), record);
    auto dest = open(DefaultUri, Script(), record);
    MoveWizard wizard(source.get(), {Web01}, {source.get(), dest.get()});
    wizard.show();
    wizard.next(); // Choose Move Type
    auto *storageOnly = wizard.findChild<QRadioButton *>(QStringLiteral("moveTypeStorage"));
    ASSERT_TRUE(storageOnly);
    EXPECT_FALSE(storageOnly->isEnabled());
    wizard.next(); // Specify Destination
    auto *page = wizard.findChild<DestinationPage *>();
    ASSERT_TRUE(page);
    const QString destHost = dest->hosts().first().name;
    EXPECT_FALSE(page->selectHost(destHost, source.get())); // where web01 already is
    ASSERT_TRUE(page->selectHost(destHost, dest.get()));
    auto *uri = wizard.findChild<QLineEdit *>(QStringLiteral("destinationUri"));
    ASSERT_TRUE(uri);
    EXPECT_TRUE(uri->isVisible());
    EXPECT_EQ(uri->text(), DefaultUri);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next(); // Choose Move Options
    auto *perItem = wizard.findChild<QRadioButton *>(QStringLiteral("optionPerItem"));
    ASSERT_TRUE(perItem);
    EXPECT_FALSE(perItem->isEnabled());
    auto *vmOnly = wizard.findChild<QRadioButton *>(QStringLiteral("optionVmOnly"));
    EXPECT_FALSE(vmOnly->isEnabled()); // its disk is not on shared storage
    wizard.next(); // no locations to choose: straight to Compatibility
    EXPECT_EQ(wizard.currentId(), int(MoveWizard::CompatibilityPageId));
    EXPECT_TRUE(wizard.isCrossConnection());
    EXPECT_EQ(wizard.requests().first().destinationUri, DefaultUri);
    auto *list = wizard.findChild<QTableWidget *>(QStringLiteral("compatibilityList"));
    ASSERT_TRUE(list);
    QStringList findings;
    for (int row = 0; row < list->rowCount(); ++row)
        findings << list->item(row, 0)->data(Qt::UserRole).toString();
    EXPECT_TRUE(findings.contains(MigrationCompatibility::SwitchMissing)) << findings.join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // an error blocks the move
    auto *fixes = wizard.findChild<QTableWidget *>(QStringLiteral("adapterFixes"));
    ASSERT_TRUE(fixes);
    ASSERT_EQ(fixes->rowCount(), 1);
    EXPECT_EQ(fixes->item(0, 2)->text(), QStringLiteral("br-storage"));
    auto *combo = qobject_cast<QComboBox *>(fixes->cellWidget(0, 3));
    ASSERT_TRUE(combo);
    const int toDefault = combo->findData(QStringLiteral("default"));
    ASSERT_GE(toDefault, 0);
    combo->setCurrentIndex(toDefault);
    QStringList rows;
    for (int row = 0; row < list->rowCount(); ++row)
        rows << list->item(row, 0)->text() + QLatin1String(": ") + list->item(row, 2)->text();
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << rows.join(QLatin1Char('\n')).toStdString();
    wizard.next(); // Summary
    auto *script = wizard.findChild<ScriptView *>(QStringLiteral("summaryScript"));
    ASSERT_TRUE(script);
    EXPECT_TRUE(script->text().contains(QLatin1String("migrate --live --p2p --persistent --undefinesource --copy-storage-all")))
        << script->text().toStdString();
    EXPECT_TRUE(script->text().contains(QLatin1String("web01 test:///default")));
    EXPECT_EQ(script->definitionName(), QStringLiteral("Bash"));
}
