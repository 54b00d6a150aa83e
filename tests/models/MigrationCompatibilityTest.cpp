#include "QtPrinters.h"

#include <models/HostMigrationRules.h>
#include <models/MigrationCompatibility.h>
#include <models/MigrationPaths.h>
#include <models/MigrationScriptBuilder.h>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;

HostInfo host(const QString &name, const QString &switchName)
{
    HostInfo h;
    h.name = name;
    h.cluster = QStringLiteral("warrior");
    h.processorVendor = QStringLiteral("GenuineIntel");
    h.processorModel = QStringLiteral("Xeon E5-2660");
    h.memoryBytes = 192 * GiB;
    h.memoryAvailableBytes = 100 * GiB;
    h.maxConfigurationVersion = 40;
    h.migration.liveMigrationEnabled = true;
    h.migration.authentication = MigrationAuthentication::Kerberos;
    VirtualSwitch sw;
    sw.name = switchName;
    sw.iovEnabled = true;
    sw.availableVmQueues = 16;
    h.switches << sw;
    h.volumes << StorageVolume{QStringLiteral("C:\\ClusterStorage\\Volume1"), 4096 * GiB, 1000 * GiB, true}
              << StorageVolume{QStringLiteral("D:\\"), 900 * GiB, 100 * GiB, false};
    return h;
}

MigrationCheckInput input(MigrationType type = MigrationType::Live)
{
    MigrationCheckInput in;
    in.vm.id = QStringLiteral("vm1");
    in.vm.name = QStringLiteral("sql01");
    in.vm.hostName = QStringLiteral("crusader");
    in.vm.state = VmState::Running;
    in.vm.memoryStartupBytes = 32 * GiB;
    in.vm.memoryAssignedBytes = 32 * GiB;
    in.vm.configurationVersion = QStringLiteral("4.0");
    NetworkAdapter a;
    a.settings.id = QStringLiteral("nic0");
    a.settings.switchName = QStringLiteral("Public");
    in.vm.adapters << a;
    in.vm.disks << VirtualDisk{QStringLiteral("C:\\ClusterStorage\\Volume1\\sql01\\sql01.vhdx"), 60 * GiB, 127 * GiB};
    in.vm.configurationPath = QStringLiteral("C:\\ClusterStorage\\Volume1\\sql01");
    in.vm.checkpointPath = in.vm.configurationPath + QStringLiteral("\\Snapshots");
    in.vm.smartPagingPath = in.vm.configurationPath;
    in.source = host(QStringLiteral("crusader"), QStringLiteral("Public"));
    in.destination = host(QStringLiteral("saracen"), QStringLiteral("Public"));
    in.request.vmId = in.vm.id;
    in.request.type = type;
    in.request.destinationHost = in.destination.name;
    return in;
}

QStringList ids(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.id;
    return out;
}

} // namespace

TEST(MigrationCompatibilityTest, TheSameSwitchNamePasses)
{
    EXPECT_TRUE(MigrationCompatibility::switches(input()).isEmpty());
}

TEST(MigrationCompatibilityTest, ASwitchNameDifferingInCaseIsAnErrorWithTheFix)
{
    MigrationCheckInput in = input();
    in.destination.switches[0].name = QStringLiteral("PUBLIC");
    const Diagnostics ds = MigrationCompatibility::switches(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::SwitchMissing);
    EXPECT_EQ(ds[0].severity, Diagnostic::Severity::Error);
    EXPECT_EQ(ds[0].field, QStringLiteral("nic0"));
    EXPECT_EQ(ds[0].message, QStringLiteral("Could not find Ethernet switch 'Public' on saracen for 'Network Adapter': "
                                            "switch names are case-sensitive and saracen has 'PUBLIC'."));
    EXPECT_EQ(ds[0].fix, QStringLiteral("Map the adapter to switch 'PUBLIC', or disconnect it."));
    EXPECT_EQ(MigrationCompatibility::suggestedSwitch(QStringLiteral("Public"), in.destination), QStringLiteral("PUBLIC"));

    // Either fix clears it.
    in.request.switchMapping = {{QStringLiteral("nic0"), QStringLiteral("PUBLIC")}};
    EXPECT_TRUE(MigrationCompatibility::switches(in).isEmpty());
    in.request.switchMapping = {{QStringLiteral("nic0"), QString()}};
    EXPECT_TRUE(MigrationCompatibility::switches(in).isEmpty());
    // A mapping to a switch the destination lacks is itself reported.
    in.request.switchMapping = {{QStringLiteral("nic0"), QStringLiteral("Nowhere")}};
    EXPECT_EQ(ids(MigrationCompatibility::switches(in)), QStringList{MigrationCompatibility::SwitchMissing});
    // A storage move stays on its switch.
    in.request.switchMapping.clear();
    in.request.type = MigrationType::Storage;
    EXPECT_TRUE(MigrationCompatibility::switches(in).isEmpty());
}

TEST(MigrationCompatibilityTest, ProcessorVendorMustMatchForARunningVm)
{
    MigrationCheckInput in = input();
    EXPECT_TRUE(MigrationCompatibility::processor(in).isEmpty());
    in.destination.processorVendor = QStringLiteral("AuthenticAMD");
    EXPECT_EQ(ids(MigrationCompatibility::processor(in)), QStringList{MigrationCompatibility::ProcessorVendor});
    EXPECT_TRUE(MigrationCompatibility::processor(in).first().isError());
    in.vm.state = VmState::Off; // an off VM boots on the new processor
    EXPECT_TRUE(MigrationCompatibility::processor(in).isEmpty());
}

TEST(MigrationCompatibilityTest, AnotherProcessorModelIsAWarning)
{
    MigrationCheckInput in = input();
    in.destination.processorModel = QStringLiteral("Xeon E5-2690 v2");
    const Diagnostics ds = MigrationCompatibility::processor(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::ProcessorVersion);
    EXPECT_EQ(ds[0].severity, Diagnostic::Severity::Warning);
}

TEST(MigrationCompatibilityTest, LiveMigrationMustBeEnabledOnBothHosts)
{
    MigrationCheckInput in = input();
    EXPECT_TRUE(MigrationCompatibility::liveMigration(in).isEmpty());
    in.destination.migration.liveMigrationEnabled = false;
    const Diagnostics ds = MigrationCompatibility::liveMigration(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::LiveMigrationDisabled);
    EXPECT_EQ(ds[0].field, QStringLiteral("saracen"));
    EXPECT_EQ(ds[0].message, QStringLiteral("Incoming live migrations are not enabled on saracen."));
    in.source.migration.liveMigrationEnabled = false;
    EXPECT_EQ(MigrationCompatibility::liveMigration(in).size(), 2);
    in.request.type = MigrationType::Storage; // a storage move does not use live migration
    EXPECT_TRUE(MigrationCompatibility::liveMigration(in).isEmpty());
}

TEST(MigrationCompatibilityTest, ARunningVmNeedsItsMemoryOnTheDestination)
{
    MigrationCheckInput in = input();
    in.destination.memoryAvailableBytes = 32 * GiB;
    EXPECT_TRUE(MigrationCompatibility::memory(in).isEmpty());
    in.destination.memoryAvailableBytes = 31 * GiB;
    const Diagnostics ds = MigrationCompatibility::memory(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::Memory);
    EXPECT_EQ(ds[0].message, QStringLiteral("saracen has 31,744 MB of memory available; running 'sql01' needs 32,768 MB."));
    in.vm.state = VmState::Off;
    EXPECT_TRUE(MigrationCompatibility::memory(in).isEmpty());
}

TEST(MigrationCompatibilityTest, EachDestinationPathNeedsAVolumeWithRoom)
{
    MigrationCheckInput in = input(MigrationType::SharedNothing);
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("D:\\Hyper-V\\sql01"));
    EXPECT_TRUE(MigrationCompatibility::storage(in).isEmpty());
    const QMap<QString, quint64> need = MigrationPaths::requiredSpace(in.vm, in.request, in.destination);
    EXPECT_EQ(need.value(QStringLiteral("D:\\")), 60 * GiB + MigrationPaths::ConfigurationBytes);

    in.destination.volumes[1].freeBytes = 50 * GiB;
    Diagnostics ds = MigrationCompatibility::storage(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::FreeSpace);
    EXPECT_EQ(ds[0].field, QStringLiteral("D:\\"));

    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("E:\\VMs"));
    ds = MigrationCompatibility::storage(in);
    ASSERT_FALSE(ds.isEmpty());
    EXPECT_EQ(ds[0].id, MigrationCompatibility::NoVolume);
    EXPECT_EQ(ds[0].fix, QStringLiteral("Choose a folder on one of: C:\\ClusterStorage\\Volume1, D:\\."));
}

TEST(MigrationCompatibilityTest, ALiveMoveNeedsStorageBothHostsShare)
{
    MigrationCheckInput in = input(MigrationType::Live);
    EXPECT_TRUE(MigrationCompatibility::storage(in).isEmpty()); // on the cluster's CSV
    in.destination.cluster = QStringLiteral("other");
    EXPECT_EQ(ids(MigrationCompatibility::storage(in)), QStringList{MigrationCompatibility::StorageNotShared});
    in = input(MigrationType::Live);
    in.vm.disks[0].path = QStringLiteral("D:\\local\\sql01.vhdx");
    EXPECT_EQ(ids(MigrationCompatibility::storage(in)), QStringList{MigrationCompatibility::StorageNotShared});
}

TEST(MigrationCompatibilityTest, FilesLeavingTheCsvForLocalStorageAreAWarningThatTheVmIsNoLongerHighlyAvailable)
{
    MigrationCheckInput in = input(MigrationType::SharedNothing);
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("D:\\Hyper-V\\sql01"));
    QList<Diagnostic> ha;
    for (const Diagnostic &d : MigrationCompatibility::checkAll(in)) {
        if (d.id == QStringLiteral("migration.storage.leaves-shared"))
            ha << d;
    }
    ASSERT_EQ(ha.size(), 1); // one per virtual machine, not per file
    EXPECT_EQ(ha[0].severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(ha[0].field, QStringLiteral("D:\\Hyper-V\\sql01"));
    EXPECT_EQ(ha[0].message, QStringLiteral("'sql01' leaves Cluster Shared Volume C:\\ClusterStorage\\Volume1 for "
                                            "D:\\Hyper-V\\sql01, outside the cluster storage: it will no longer be "
                                            "highly available in failover cluster 'warrior'."));
    EXPECT_EQ(ha[0].fix, QStringLiteral("To keep it highly available, choose 'Move only the virtual machine' (its files "
                                        "stay on C:\\ClusterStorage\\Volume1) or a folder on shared storage."));
    EXPECT_FALSE(hasErrors(MigrationCompatibility::checkAll(in)));

    // A storage move off the CSV loses it as well.
    in.request.type = MigrationType::Storage;
    EXPECT_TRUE(ids(MigrationCompatibility::checkAll(in)).contains(QStringLiteral("migration.storage.leaves-shared")));
    // Another folder of the CSV, or only the running state, keeps it.
    in.request.type = MigrationType::SharedNothing;
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("C:\\ClusterStorage\\Volume1\\new"));
    EXPECT_FALSE(ids(MigrationCompatibility::checkAll(in)).contains(QStringLiteral("migration.storage.leaves-shared")));
    EXPECT_FALSE(ids(MigrationCompatibility::checkAll(input(MigrationType::Live)))
                     .contains(QStringLiteral("migration.storage.leaves-shared")));
}

TEST(MigrationCompatibilityTest, AVmOnAnSmbShareIsOnSharedStorage)
{
    MigrationCheckInput in = input(MigrationType::Live);
    in.destination.cluster.clear();
    in.vm.disks[0].path = QStringLiteral("\\\\fs01\\vms\\sql01\\sql01.vhdx");
    in.vm.configurationPath = QStringLiteral("\\\\fs01\\vms\\sql01");
    in.vm.checkpointPath = in.vm.configurationPath + QStringLiteral("\\Snapshots");
    in.vm.smartPagingPath = in.vm.configurationPath;
    EXPECT_TRUE(MigrationCompatibility::storage(in).isEmpty()); // the destination reaches the share too

    in.request.type = MigrationType::SharedNothing;
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("D:\\Hyper-V\\sql01"));
    const Diagnostics ds = MigrationCompatibility::checkAll(in);
    Diagnostic ha;
    for (const Diagnostic &d : ds) {
        if (d.id == QStringLiteral("migration.storage.leaves-shared"))
            ha = d;
    }
    EXPECT_EQ(ha.severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(ha.message, QStringLiteral("'sql01' leaves shared storage \\\\fs01\\vms for D:\\Hyper-V\\sql01, local "
                                         "storage of saracen: other hosts no longer reach its files, and it will no "
                                         "longer be highly available."));
}

TEST(MigrationCompatibilityTest, AFolderOnNoVolumeIsOneErrorWhateverTheNumberOfFiles)
{
    MigrationCheckInput in = input(MigrationType::SharedNothing);
    in.vm.disks << VirtualDisk{QStringLiteral("C:\\ClusterStorage\\Volume1\\sql01\\sql01-data1.vhdx"), 10 * GiB, 127 * GiB};
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("E:\\VMs"));
    const Diagnostics ds = MigrationCompatibility::storage(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::NoVolume);
    EXPECT_EQ(ds[0].field, QStringLiteral("E:\\VMs"));
    EXPECT_EQ(ds[0].message, QStringLiteral("saracen has no volume for 'E:\\VMs' (sql01.vhdx, sql01-data1.vhdx, "
                                            "Configuration, Checkpoints, Smart paging)."));

    // Items sent to two bad folders: one error each.
    in.request = input(MigrationType::SharedNothing).request;
    in.request.virtualMachinePath = QStringLiteral("E:\\Config");
    in.request.smartPagingFilePath = QStringLiteral("E:\\Config");
    in.request.disks << DiskDestination{in.vm.disks[0].path, QStringLiteral("F:\\Disks\\sql01.vhdx")}
                     << DiskDestination{in.vm.disks[1].path, QStringLiteral("F:\\Disks\\sql01-data1.vhdx")};
    EXPECT_EQ(ids(MigrationCompatibility::storage(in)),
              (QStringList{MigrationCompatibility::NoVolume, MigrationCompatibility::NoVolume}));
}

TEST(MigrationCompatibilityTest, ARelativePathIsNotAnAbsolutePath)
{
    MigrationCheckInput in = input(MigrationType::SharedNothing);
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("Hyper-V\\sql01"));
    const Diagnostics ds = MigrationCompatibility::storage(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, QStringLiteral("migration.path.relative"));
    EXPECT_EQ(ds[0].field, QStringLiteral("Hyper-V\\sql01"));
    EXPECT_EQ(ds[0].message, QStringLiteral("'Hyper-V\\sql01' is not an absolute path."));
    EXPECT_EQ(ds[0].fix, QStringLiteral("Type a full path such as D:\\Hyper-V\\sql01."));
}

TEST(MigrationCompatibilityTest, TheDestinationMustSupportTheConfigurationVersion)
{
    MigrationCheckInput in = input();
    EXPECT_TRUE(MigrationCompatibility::configurationVersion(in).isEmpty());
    in.vm.configurationVersion = QStringLiteral("5.0");
    const Diagnostics ds = MigrationCompatibility::configurationVersion(in);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].id, MigrationCompatibility::ConfigurationVersion);
    EXPECT_EQ(ds[0].message, QStringLiteral("'sql01' has configuration version 5.0; saracen supports versions up to 4.0."));
}

TEST(MigrationCompatibilityTest, SrIovAndVmqMissingAtTheDestinationAreWarnings)
{
    MigrationCheckInput in = input();
    in.vm.adapters[0].settings.iovWeight = 100;
    EXPECT_TRUE(MigrationCompatibility::offloads(in).isEmpty());
    in.destination.switches[0].iovEnabled = false;
    in.destination.switches[0].availableVmQueues = 0;
    const Diagnostics ds = MigrationCompatibility::offloads(in);
    EXPECT_EQ(ids(ds), (QStringList{MigrationCompatibility::SrIovFallback, MigrationCompatibility::VmqUnavailable}));
    EXPECT_EQ(ds[0].severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(ds[1].severity, Diagnostic::Severity::Warning);
    EXPECT_FALSE(hasErrors(ds));
    in.vm.adapters[0].settings.iovWeight = 0;
    in.vm.adapters[0].settings.vmqWeight = 0;
    EXPECT_TRUE(MigrationCompatibility::offloads(in).isEmpty());
}

TEST(MigrationCompatibilityTest, AuthenticationModesGiveTheirNotes)
{
    MigrationCheckInput in = input();
    EXPECT_EQ(ids(MigrationCompatibility::authentication(in)), QStringList{MigrationCompatibility::AuthKerberos});
    EXPECT_EQ(MigrationCompatibility::authentication(in)[0].severity, Diagnostic::Severity::Info);
    in.source.migration.authentication = MigrationAuthentication::CredSSP;
    EXPECT_EQ(ids(MigrationCompatibility::authentication(in)),
              (QStringList{MigrationCompatibility::AuthCredSsp, MigrationCompatibility::AuthMismatch}));
    EXPECT_FALSE(hasErrors(MigrationCompatibility::authentication(in)));
}

TEST(MigrationCompatibilityTest, TheDestinationMustBeAnotherReachableHost)
{
    MigrationCheckInput in = input();
    EXPECT_TRUE(MigrationCompatibility::general(in).isEmpty());
    in.destination.connection = ConnectionState::Stale;
    EXPECT_EQ(ids(MigrationCompatibility::general(in)), QStringList{MigrationCompatibility::DestinationUnreachable});
    in = input();
    in.destination = in.source;
    EXPECT_EQ(ids(MigrationCompatibility::general(in)), QStringList{MigrationCompatibility::SameHost});
    in.vm.state = VmState::Saving;
    EXPECT_TRUE(ids(MigrationCompatibility::general(in)).contains(MigrationCompatibility::VmBusy));
}

TEST(MigrationCompatibilityTest, FirstErrorSkipsWarnings)
{
    MigrationCheckInput in = input();
    in.destination.processorModel = QStringLiteral("other");
    in.destination.switches[0].name = QStringLiteral("PUBLIC");
    const Error e = MigrationCompatibility::firstError(MigrationCompatibility::checkAll(in));
    EXPECT_EQ(e.code, MigrationCompatibility::SwitchMissing);
    EXPECT_EQ(e.field, QStringLiteral("nic0"));
}

TEST(MigrationPathsTest, ASingleLocationPutsEveryItemUnderTheFolder)
{
    MigrationCheckInput in = input(MigrationType::SharedNothing);
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("D:\\Hyper-V\\sql01"));
    const QList<MigrationPaths::Item> items = MigrationPaths::items(in.vm, in.request);
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].destinationPath, QStringLiteral("D:\\Hyper-V\\sql01\\Virtual Hard Disks\\sql01.vhdx"));
    EXPECT_EQ(items[1].destinationPath, QStringLiteral("D:\\Hyper-V\\sql01"));
    EXPECT_EQ(items[2].destinationPath, QStringLiteral("D:\\Hyper-V\\sql01\\Snapshots"));
    EXPECT_EQ(items[3].destinationPath, QStringLiteral("D:\\Hyper-V\\sql01"));
    in.request.type = MigrationType::Live; // nothing moves
    for (const MigrationPaths::Item &item : MigrationPaths::items(in.vm, in.request))
        EXPECT_FALSE(item.moves());
}

TEST(MigrationScriptBuilderTest, MovesAsMoveVmAndMoveVmStorage)
{
    MigrationCheckInput in = input(MigrationType::Live);
    EXPECT_EQ(MigrationScriptBuilder::move(in.vm, in.request),
              QStringLiteral("Move-VM -Name 'sql01' -ComputerName 'crusader' -DestinationHost 'saracen'"));
    in.request.type = MigrationType::SharedNothing;
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("D:\\Hyper-V\\sql01"));
    EXPECT_EQ(MigrationScriptBuilder::move(in.vm, in.request),
              QStringLiteral("Move-VM -Name 'sql01' -ComputerName 'crusader' -DestinationHost 'saracen' `\n"
                             "    -IncludeStorage `\n    -DestinationStoragePath 'D:\\Hyper-V\\sql01'"));
    in.request.disks[0].destinationPath = QStringLiteral("C:\\ClusterStorage\\Volume1\\x.vhdx");
    const QString perItem = MigrationScriptBuilder::move(in.vm, in.request);
    EXPECT_TRUE(perItem.contains(QStringLiteral("-VirtualMachinePath 'D:\\Hyper-V\\sql01'"))) << perItem.toStdString();
    EXPECT_TRUE(perItem.contains(QStringLiteral("-Vhds @(@{SourceFilePath = 'C:\\ClusterStorage\\Volume1\\sql01\\sql01.vhdx'; "
                                                "DestinationFilePath = 'C:\\ClusterStorage\\Volume1\\x.vhdx'})")))
        << perItem.toStdString();
    in.request.type = MigrationType::Storage;
    MigrationPaths::setSingleLocation(&in.request, in.vm, QStringLiteral("D:\\VMs\\sql01"));
    EXPECT_EQ(MigrationScriptBuilder::move(in.vm, in.request),
              QStringLiteral("Move-VMStorage -VMName 'sql01' -ComputerName 'crusader' `\n"
                             "    -DestinationStoragePath 'D:\\VMs\\sql01'"));
}

TEST(MigrationScriptBuilderTest, AMoveToTheCurrentFolderIsALiveMigrationWithoutIncludeStorage)
{
    MigrationCheckInput in = input(MigrationType::SharedNothing);
    in.vm.disks[0].path = QStringLiteral("C:\\ClusterStorage\\Volume1\\sql01\\Virtual Hard Disks\\sql01.vhdx");
    MigrationPaths::setSingleLocation(&in.request, in.vm, in.vm.configurationPath);
    EXPECT_EQ(MigrationScriptBuilder::move(in.vm, in.request),
              QStringLiteral("Move-VM -Name 'sql01' -ComputerName 'crusader' -DestinationHost 'saracen'"));
    // One file that moves makes it shared-nothing again.
    in.request.disks[0].destinationPath = QStringLiteral("C:\\ClusterStorage\\Volume1\\x.vhdx");
    EXPECT_TRUE(MigrationScriptBuilder::move(in.vm, in.request).contains(QStringLiteral("-IncludeStorage")));
}

TEST(MigrationScriptBuilderTest, MappedAdaptersGoThroughCompareVm)
{
    MigrationCheckInput in = input(MigrationType::Live);
    in.vm.adapters[0].settings.name = QStringLiteral("Network Adapter");
    in.request.switchMapping = {{QStringLiteral("nic0"), QStringLiteral("PUBLIC")}};
    EXPECT_EQ(MigrationScriptBuilder::move(in.vm, in.request),
              QStringLiteral("$report = Compare-VM -Name 'sql01' -ComputerName 'crusader' -DestinationHost 'saracen'\n"
                             "$report.Incompatibilities | Where-Object { $_.MessageId -eq 33012 -and $_.Source.Name -eq "
                             "'Network Adapter' } |\n"
                             "    ForEach-Object { Connect-VMNetworkAdapter -VMNetworkAdapter $_.Source -SwitchName 'PUBLIC' }\n"
                             "Move-VM -CompatibilityReport $report"));
}

TEST(HostMigrationRulesTest, ValidSettingsPass)
{
    HostMigrationSettings s;
    s.migrationNetworks = {QStringLiteral("10.0.50.0/24"), QStringLiteral("fd00:50::/64")};
    EXPECT_TRUE(HostMigrationRules::validate(s).isEmpty());
}

TEST(HostMigrationRulesTest, RangesAndNetworksAreChecked)
{
    HostMigrationSettings s;
    s.simultaneousLiveMigrations = 0;
    s.simultaneousStorageMigrations = 513;
    s.migrationNetworks = {QStringLiteral("10.0.50.0/24"), QStringLiteral("10.0.300.0/24"), QStringLiteral("10.0.50.0/24"),
                           QStringLiteral("10.0.52.0/33")};
    const Diagnostics ds = HostMigrationRules::validate(s);
    EXPECT_EQ(ids(ds), (QStringList{QStringLiteral("host.migration.simultaneous.range"),
                                    QStringLiteral("host.migration.simultaneous.range"),
                                    QStringLiteral("host.migration.network.invalid"),
                                    QStringLiteral("host.migration.network.duplicate"),
                                    QStringLiteral("host.migration.network.invalid")}));
    EXPECT_EQ(ds[0].field, QStringLiteral("simultaneousLiveMigrations"));
    EXPECT_EQ(ds[0].fix, QStringLiteral("Use a number from 1 to 512 (the default is 2)."));
    EXPECT_EQ(ds[4].message, QStringLiteral("Migration network: The prefix length of '10.0.52.0/33' must be 0-32."));
}

TEST(HostMigrationRulesTest, SettingsScriptShowsOnlyWhatChanged)
{
    HostMigrationSettings before;
    HostMigrationSettings after = before;
    after.liveMigrationEnabled = true;
    after.simultaneousLiveMigrations = 4;
    after.migrationNetworks = {QStringLiteral("10.0.50.0/24")};
    EXPECT_EQ(MigrationScriptBuilder::hostSettings(QStringLiteral("paladin"), before, after),
              QStringLiteral("Enable-VMMigration -ComputerName 'paladin'\n"
                             "Set-VMHost -ComputerName 'paladin' -MaximumVirtualMachineMigrations 4 "
                             "-UseAnyNetworkForMigration $false\n"
                             "Add-VMMigrationNetwork -ComputerName 'paladin' '10.0.50.0/24' -Priority 1"));
}
