#include "QtPrinters.h"

#include <models/PowerShellBuilder.h>
#include <models/VmInfo.h>

#include <gtest/gtest.h>

using namespace hvdesk;

static VmInfo vm(const QString &name, const QString &host)
{
    VmInfo v;
    v.name = name;
    v.hostName = host;
    return v;
}

TEST(PowerShellBuilderTest, StateChangesUseTheHyperVModuleCmdlets)
{
    const VmInfo v = vm(QStringLiteral("web01"), QStringLiteral("crusader"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::Start), QStringLiteral("Start-VM -Name 'web01' -ComputerName 'crusader'"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::TurnOff),
              QStringLiteral("Stop-VM -Name 'web01' -ComputerName 'crusader' -TurnOff"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::ShutDown), QStringLiteral("Stop-VM -Name 'web01' -ComputerName 'crusader'"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::Save), QStringLiteral("Save-VM -Name 'web01' -ComputerName 'crusader'"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::Pause), QStringLiteral("Suspend-VM -Name 'web01' -ComputerName 'crusader'"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::Resume), QStringLiteral("Resume-VM -Name 'web01' -ComputerName 'crusader'"));
    EXPECT_EQ(PowerShellBuilder::stateChange(v, VmAction::Reset),
              QStringLiteral("Restart-VM -Name 'web01' -ComputerName 'crusader' -Force"));
}

TEST(PowerShellBuilderTest, QuotesAreDoubledInsideSingleQuotes)
{
    EXPECT_EQ(PowerShellBuilder::quote(QStringLiteral("Bob's VM")), QStringLiteral("'Bob''s VM'"));
    EXPECT_EQ(PowerShellBuilder::stateChange(vm(QStringLiteral("it's"), QStringLiteral("h")), VmAction::Start),
              QStringLiteral("Start-VM -Name 'it''s' -ComputerName 'h'"));
}

TEST(PowerShellBuilderTest, InspectListsTheVmAndItsAdapters)
{
    const QString script = PowerShellBuilder::inspect(vm(QStringLiteral("sql01"), QStringLiteral("crusader")));
    EXPECT_TRUE(script.startsWith(QStringLiteral("Get-VM -Name 'sql01' -ComputerName 'crusader' |")));
    EXPECT_TRUE(script.contains(QStringLiteral("Get-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader'")));
    EXPECT_TRUE(script.contains(QStringLiteral("Get-VMIntegrationService -VMName 'sql01'")));
}

TEST(PowerShellBuilderTest, IntegrationServicesAndConfigurationVersionCommands)
{
    const VmInfo v = vm(QStringLiteral("web02"), QStringLiteral("crusader"));
    EXPECT_EQ(PowerShellBuilder::insertSetupDisk(v),
              QStringLiteral("Set-VMDvdDrive -VMName 'web02' -ComputerName 'crusader' -Path 'C:\\Windows\\System32\\vmguest.iso'"));
    EXPECT_EQ(PowerShellBuilder::upgradeConfigurationVersion(v),
              QStringLiteral("Update-VMVersion -Name 'web02' -ComputerName 'crusader' -Force"));
}
