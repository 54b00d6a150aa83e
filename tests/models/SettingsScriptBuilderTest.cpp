#include "QtPrinters.h"

#include <models/SettingsScriptBuilder.h>
#include <models/VmInfo.h>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

NetworkAdapterSettings adapter(const QString &id, const QString &name, const QString &sw)
{
    NetworkAdapterSettings a;
    a.id = id;
    a.name = name;
    a.switchName = sw;
    a.macAddress = QStringLiteral("00155D0A0101");
    return a;
}

VmInfo vm(QList<NetworkAdapterSettings> adapters)
{
    VmInfo v;
    v.id = QStringLiteral("1234");
    v.name = QStringLiteral("sql01");
    v.hostName = QStringLiteral("crusader");
    for (const NetworkAdapterSettings &s : adapters)
        v.adapters << NetworkAdapter{s, {}};
    return v;
}

VmSettingsChange modify(const NetworkAdapterSettings &before, const NetworkAdapterSettings &after)
{
    VmSettingsChange c;
    c.vmId = QStringLiteral("1234");
    c.modifiedAdapters << AdapterModification{before, after};
    return c;
}

const QString Target = QStringLiteral(" -VMName 'sql01' -ComputerName 'crusader' -Name 'Network Adapter'");

} // namespace

TEST(SettingsScriptBuilderTest, NoChangeIsNoCommand)
{
    const NetworkAdapterSettings a = adapter(QStringLiteral("A"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    EXPECT_EQ(SettingsScriptBuilder::build(vm({a}), VmSettingsChange()), QString());
    EXPECT_TRUE(SettingsScriptBuilder::setParameters(a, a).isEmpty());
}

TEST(SettingsScriptBuilderTest, BandwidthIsInBitsPerSecond)
{
    const NetworkAdapterSettings before = adapter(QStringLiteral("A"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    NetworkAdapterSettings after = before;
    after.minimumBandwidthAbsolute = NetworkAdapterRules::mbpsToBps(250);
    after.maximumBandwidth = NetworkAdapterRules::mbpsToBps(1000);
    EXPECT_EQ(SettingsScriptBuilder::build(vm({before}), modify(before, after)),
              QStringLiteral("Set-VMNetworkAdapter") + Target
                  + QStringLiteral(" -MinimumBandwidthAbsolute 250000000 -MaximumBandwidth 1000000000"));
    // Every value the builder writes is a multiple of 8 bit/s, as Hyper-V requires.
    EXPECT_EQ(after.minimumBandwidthAbsolute % 8, 0u);
    EXPECT_EQ(after.maximumBandwidth % 8, 0u);

    NetworkAdapterSettings weight = before;
    weight.minimumBandwidthWeight = 40;
    EXPECT_EQ(SettingsScriptBuilder::build(vm({before}), modify(before, weight)),
              QStringLiteral("Set-VMNetworkAdapter") + Target + QStringLiteral(" -MinimumBandwidthWeight 40"));
}

TEST(SettingsScriptBuilderTest, HardwareAccelerationParameters)
{
    const NetworkAdapterSettings before = adapter(QStringLiteral("A"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    NetworkAdapterSettings after = before;
    after.vmqWeight = 0;
    after.ipsecOffloadMaximumSecurityAssociation = 0;
    after.iovWeight = 100;
    after.iovQueuePairsRequested = 4;
    after.iovInterruptModeration = IovInterruptModeration::Adaptive;
    EXPECT_EQ(SettingsScriptBuilder::build(vm({before}), modify(before, after)),
              QStringLiteral("Set-VMNetworkAdapter") + Target
                  + QStringLiteral(" -VmqWeight 0 -IPsecOffloadMaximumSecurityAssociation 0 -IovWeight 100"
                                   " -IovQueuePairsRequested 4 -IovInterruptModeration Adaptive"));
}

TEST(SettingsScriptBuilderTest, AdvancedFeatureParameters)
{
    const NetworkAdapterSettings before = adapter(QStringLiteral("A"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    NetworkAdapterSettings after = before;
    after.staticMacAddress = true;
    after.macAddress = QStringLiteral("00-15-5D-0A-01-02");
    after.macAddressSpoofing = true;
    after.dhcpGuard = true;
    after.routerGuard = true;
    after.protectedNetwork = false;
    after.portMirroring = PortMirroringMode::Source;
    after.allowTeaming = true;
    after.deviceNaming = true;
    EXPECT_EQ(SettingsScriptBuilder::build(vm({before}), modify(before, after)),
              QStringLiteral("Set-VMNetworkAdapter") + Target
                  + QStringLiteral(" -StaticMacAddress '00155D0A0102' -MacAddressSpoofing On -DhcpGuard On -RouterGuard On"
                                   " -NotMonitoredInCluster $true -PortMirroring Source -AllowTeaming On -DeviceNaming On"));

    // Back to dynamic, guards off.
    EXPECT_EQ(SettingsScriptBuilder::build(vm({after}), modify(after, before)),
              QStringLiteral("Set-VMNetworkAdapter") + Target
                  + QStringLiteral(" -DynamicMacAddress -MacAddressSpoofing Off -DhcpGuard Off -RouterGuard Off"
                                   " -NotMonitoredInCluster $false -PortMirroring None -AllowTeaming Off -DeviceNaming Off"));
}

TEST(SettingsScriptBuilderTest, SwitchAndVlan)
{
    const NetworkAdapterSettings before = adapter(QStringLiteral("A"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    NetworkAdapterSettings after = before;
    after.switchName = QStringLiteral("Internal");
    after.vlanEnabled = true;
    after.vlanId = 20;
    EXPECT_EQ(SettingsScriptBuilder::build(vm({before}), modify(before, after)),
              QStringLiteral("Connect-VMNetworkAdapter") + Target + QStringLiteral(" -SwitchName 'Internal'\n")
                  + QStringLiteral("Set-VMNetworkAdapterVlan") + Target + QStringLiteral(" -Access -VlanId 20"));

    NetworkAdapterSettings disconnected = after;
    disconnected.switchName.clear();
    disconnected.vlanEnabled = false;
    EXPECT_EQ(SettingsScriptBuilder::build(vm({after}), modify(after, disconnected)),
              QStringLiteral("Disconnect-VMNetworkAdapter") + Target + QStringLiteral("\n")
                  + QStringLiteral("Set-VMNetworkAdapterVlan") + Target + QStringLiteral(" -Untagged"));
}

TEST(SettingsScriptBuilderTest, AmbiguousAdapterNamesAreTargetedById)
{
    const NetworkAdapterSettings a = adapter(QStringLiteral("Microsoft:X\\0"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    const NetworkAdapterSettings b = adapter(QStringLiteral("Microsoft:X\\1"), QStringLiteral("Network Adapter"), QStringLiteral("Lab"));
    NetworkAdapterSettings after = b;
    after.vmqWeight = 0;
    EXPECT_EQ(SettingsScriptBuilder::build(vm({a, b}), modify(b, after)),
              QStringLiteral("Get-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader' | Where-Object Id -eq "
                             "'Microsoft:X\\1' | Set-VMNetworkAdapter -VmqWeight 0"));
}

TEST(SettingsScriptBuilderTest, AddRemoveAndIntegrationServices)
{
    const NetworkAdapterSettings kept = adapter(QStringLiteral("A"), QStringLiteral("Network Adapter"), QStringLiteral("Public"));
    const NetworkAdapterSettings gone = adapter(QStringLiteral("B"), QStringLiteral("Lab Adapter"), QStringLiteral("Lab"));
    VmSettingsChange c;
    c.vmId = QStringLiteral("1234");
    c.removedAdapterIds << QStringLiteral("B");
    NetworkAdapterSettings plain;
    plain.name = QStringLiteral("Network Adapter 2");
    plain.switchName = QStringLiteral("Public");
    NetworkAdapterSettings tuned;
    tuned.name = QStringLiteral("Backup");
    tuned.vlanEnabled = true;
    tuned.vlanId = 99;
    tuned.vmqWeight = 0;
    c.addedAdapters << plain << tuned;
    c.changedServices << IntegrationService{IntegrationServiceKind::GuestServices, true, IntegrationServiceStatus::NoContact}
                      << IntegrationService{IntegrationServiceKind::TimeSynchronization, false, IntegrationServiceStatus::Ok};
    EXPECT_EQ(SettingsScriptBuilder::commands(vm({kept, gone}), c),
              QStringList({
                  QStringLiteral("Remove-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader' -Name 'Lab Adapter'"),
                  QStringLiteral("Add-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader' -Name 'Network Adapter 2' "
                                 "-SwitchName 'Public'"),
                  QStringLiteral("$adapter = Add-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader' -Name 'Backup' -Passthru"),
                  QStringLiteral("$adapter | Set-VMNetworkAdapterVlan -Access -VlanId 99"),
                  QStringLiteral("$adapter | Set-VMNetworkAdapter -VmqWeight 0"),
                  QStringLiteral("Enable-VMIntegrationService -VMName 'sql01' -ComputerName 'crusader' -Name 'Guest Service Interface'"),
                  QStringLiteral("Disable-VMIntegrationService -VMName 'sql01' -ComputerName 'crusader' -Name 'Time Synchronization'"),
              }));
}

TEST(SettingsScriptBuilderTest, NamesAreQuoted)
{
    NetworkAdapterSettings before = adapter(QStringLiteral("A"), QStringLiteral("Bob's NIC"), QStringLiteral("Public"));
    NetworkAdapterSettings after = before;
    after.switchName = QStringLiteral("O'Neil");
    EXPECT_EQ(SettingsScriptBuilder::build(vm({before}), modify(before, after)),
              QStringLiteral("Connect-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader' -Name 'Bob''s NIC' "
                             "-SwitchName 'O''Neil'"));
}
