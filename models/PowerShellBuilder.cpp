#include "PowerShellBuilder.h"

#include "VmInfo.h"

namespace hvdesk {

QString PowerShellBuilder::quote(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString PowerShellBuilder::vmTarget(const VmInfo &vm)
{
    return QStringLiteral("-Name %1 -ComputerName %2").arg(quote(vm.name), quote(vm.hostName));
}

QString PowerShellBuilder::stateChange(const VmInfo &vm, VmAction action)
{
    const QString target = vmTarget(vm);
    switch (action) {
    case VmAction::Start: return QStringLiteral("Start-VM ") + target;
    case VmAction::TurnOff: return QStringLiteral("Stop-VM ") + target + QStringLiteral(" -TurnOff");
    case VmAction::ShutDown: return QStringLiteral("Stop-VM ") + target;
    case VmAction::Save: return QStringLiteral("Save-VM ") + target;
    case VmAction::Pause: return QStringLiteral("Suspend-VM ") + target;
    case VmAction::Resume: return QStringLiteral("Resume-VM ") + target;
    case VmAction::Reset: return QStringLiteral("Restart-VM ") + target + QStringLiteral(" -Force");
    }
    return QString();
}

QString PowerShellBuilder::insertSetupDisk(const VmInfo &vm)
{
    return QStringLiteral("Set-VMDvdDrive -VMName %1 -ComputerName %2 -Path 'C:\\Windows\\System32\\vmguest.iso'")
        .arg(quote(vm.name), quote(vm.hostName));
}

QString PowerShellBuilder::upgradeConfigurationVersion(const VmInfo &vm)
{
    return QStringLiteral("Update-VMVersion ") + vmTarget(vm) + QStringLiteral(" -Force");
}

QString PowerShellBuilder::inspect(const VmInfo &vm)
{
    QStringList lines;
    lines << QStringLiteral("Get-VM %1 |").arg(vmTarget(vm))
          << QStringLiteral("    Select-Object Name, State, CPUUsage, MemoryAssigned, Uptime, Status, Version,")
          << QStringLiteral("        IntegrationServicesVersion")
          << QStringLiteral("Get-VMNetworkAdapter -VMName %1 -ComputerName %2 |").arg(quote(vm.name), quote(vm.hostName))
          << QStringLiteral("    Select-Object Name, SwitchName, MacAddress, Status, VmqUsage, IovUsage")
          << QStringLiteral("Get-VMIntegrationService -VMName %1 -ComputerName %2").arg(quote(vm.name), quote(vm.hostName));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hvdesk
