#include "SettingsScriptBuilder.h"

#include "PowerShellBuilder.h"
#include "VmInfo.h"

namespace hvdesk {

namespace {

// How a command names one adapter: by -VMName/-Name when the name is unique on the VM,
// otherwise through the pipeline from Get-VMNetworkAdapter filtered by its Id.
struct AdapterTarget
{
    QString prefix; // "" or "Get-VMNetworkAdapter ... | Where-Object Id -eq '...' | " or "$adapter | "
    QString params; // " -VMName 'x' -ComputerName 'h' -Name 'n'" or ""

    QString command(const QString &cmdlet, const QString &args) const
    {
        QString line = prefix + cmdlet + params;
        if (!args.isEmpty())
            line += QLatin1Char(' ') + args;
        return line;
    }
};

QString vmParams(const VmInfo &vm)
{
    return QStringLiteral(" -VMName %1 -ComputerName %2")
        .arg(PowerShellBuilder::quote(vm.name), PowerShellBuilder::quote(vm.hostName));
}

AdapterTarget targetFor(const VmInfo &vm, const NetworkAdapterSettings &adapter)
{
    int sameName = 0;
    for (const NetworkAdapter &a : vm.adapters) {
        if (a.settings.name == adapter.name)
            ++sameName;
    }
    AdapterTarget t;
    if (sameName <= 1) {
        t.params = vmParams(vm) + QStringLiteral(" -Name ") + PowerShellBuilder::quote(adapter.name);
    } else {
        t.prefix = QStringLiteral("Get-VMNetworkAdapter") + vmParams(vm) + QStringLiteral(" | Where-Object Id -eq ")
            + PowerShellBuilder::quote(adapter.id) + QStringLiteral(" | ");
    }
    return t;
}

void appendAdapterChanges(QStringList &out, const AdapterTarget &target, const NetworkAdapterSettings &before,
                          const NetworkAdapterSettings &after, bool includeSwitch)
{
    if (includeSwitch && before.switchName != after.switchName) {
        if (after.switchName.isEmpty())
            out << target.command(QStringLiteral("Disconnect-VMNetworkAdapter"), QString());
        else
            out << target.command(QStringLiteral("Connect-VMNetworkAdapter"),
                                  QStringLiteral("-SwitchName ") + PowerShellBuilder::quote(after.switchName));
    }
    const bool vlanBefore = before.vlanEnabled;
    const bool vlanAfter = after.vlanEnabled;
    if (vlanBefore != vlanAfter || (vlanAfter && before.vlanId != after.vlanId)) {
        out << target.command(QStringLiteral("Set-VMNetworkAdapterVlan"),
                              vlanAfter ? QStringLiteral("-Access -VlanId %1").arg(after.vlanId)
                                        : QStringLiteral("-Untagged"));
    }
    const QStringList params = SettingsScriptBuilder::setParameters(before, after);
    if (!params.isEmpty())
        out << target.command(QStringLiteral("Set-VMNetworkAdapter"), params.join(QLatin1Char(' ')));
}

} // namespace

QString SettingsScriptBuilder::onOff(bool on)
{
    return on ? QStringLiteral("On") : QStringLiteral("Off");
}

QStringList SettingsScriptBuilder::setParameters(const NetworkAdapterSettings &b, const NetworkAdapterSettings &a)
{
    QStringList p;
    // Bandwidth is in bits per second; the model keeps it so, in multiples of 8.
    if (b.minimumBandwidthAbsolute != a.minimumBandwidthAbsolute)
        p << QStringLiteral("-MinimumBandwidthAbsolute %1").arg(a.minimumBandwidthAbsolute);
    if (b.minimumBandwidthWeight != a.minimumBandwidthWeight)
        p << QStringLiteral("-MinimumBandwidthWeight %1").arg(a.minimumBandwidthWeight);
    if (b.maximumBandwidth != a.maximumBandwidth)
        p << QStringLiteral("-MaximumBandwidth %1").arg(a.maximumBandwidth);
    if (b.vmqWeight != a.vmqWeight)
        p << QStringLiteral("-VmqWeight %1").arg(a.vmqWeight);
    if (b.ipsecOffloadMaximumSecurityAssociation != a.ipsecOffloadMaximumSecurityAssociation)
        p << QStringLiteral("-IPsecOffloadMaximumSecurityAssociation %1").arg(a.ipsecOffloadMaximumSecurityAssociation);
    if (b.iovWeight != a.iovWeight)
        p << QStringLiteral("-IovWeight %1").arg(a.iovWeight);
    if (b.iovQueuePairsRequested != a.iovQueuePairsRequested)
        p << QStringLiteral("-IovQueuePairsRequested %1").arg(a.iovQueuePairsRequested);
    if (b.iovInterruptModeration != a.iovInterruptModeration)
        p << QStringLiteral("-IovInterruptModeration ") + NetworkAdapterRules::key(a.iovInterruptModeration);
    const QString macBefore = NetworkAdapterRules::normalizeMac(b.macAddress);
    const QString macAfter = NetworkAdapterRules::normalizeMac(a.macAddress);
    if (a.staticMacAddress && (!b.staticMacAddress || macBefore != macAfter))
        p << QStringLiteral("-StaticMacAddress ") + PowerShellBuilder::quote(macAfter);
    else if (!a.staticMacAddress && b.staticMacAddress)
        p << QStringLiteral("-DynamicMacAddress");
    if (b.macAddressSpoofing != a.macAddressSpoofing)
        p << QStringLiteral("-MacAddressSpoofing ") + onOff(a.macAddressSpoofing);
    if (b.dhcpGuard != a.dhcpGuard)
        p << QStringLiteral("-DhcpGuard ") + onOff(a.dhcpGuard);
    if (b.routerGuard != a.routerGuard)
        p << QStringLiteral("-RouterGuard ") + onOff(a.routerGuard);
    // Protected network is the inverse of "not monitored in cluster".
    if (b.protectedNetwork != a.protectedNetwork)
        p << (a.protectedNetwork ? QStringLiteral("-NotMonitoredInCluster $false") : QStringLiteral("-NotMonitoredInCluster $true"));
    if (b.portMirroring != a.portMirroring)
        p << QStringLiteral("-PortMirroring ") + NetworkAdapterRules::key(a.portMirroring);
    if (b.allowTeaming != a.allowTeaming)
        p << QStringLiteral("-AllowTeaming ") + onOff(a.allowTeaming);
    if (b.deviceNaming != a.deviceNaming)
        p << QStringLiteral("-DeviceNaming ") + onOff(a.deviceNaming);
    return p;
}

QStringList SettingsScriptBuilder::commands(const VmInfo &vm, const VmSettingsChange &change)
{
    QStringList out;
    // Removals first: they free the names and the switch reservations the rest may need.
    for (const QString &id : change.removedAdapterIds) {
        for (const NetworkAdapter &a : vm.adapters) {
            if (a.settings.id == id)
                out << targetFor(vm, a.settings).command(QStringLiteral("Remove-VMNetworkAdapter"), QString());
        }
    }
    for (const AdapterModification &m : change.modifiedAdapters)
        appendAdapterChanges(out, targetFor(vm, m.after), m.before, m.after, true);

    for (const NetworkAdapterSettings &added : change.addedAdapters) {
        QString add = QStringLiteral("Add-VMNetworkAdapter") + vmParams(vm) + QStringLiteral(" -Name ")
            + PowerShellBuilder::quote(added.name);
        if (!added.switchName.isEmpty())
            add += QStringLiteral(" -SwitchName ") + PowerShellBuilder::quote(added.switchName);
        if (added.staticMacAddress)
            add += QStringLiteral(" -StaticMacAddress ")
                + PowerShellBuilder::quote(NetworkAdapterRules::normalizeMac(added.macAddress));
        NetworkAdapterSettings defaults;
        defaults.name = added.name;
        defaults.switchName = added.switchName;
        defaults.staticMacAddress = added.staticMacAddress;
        defaults.macAddress = added.macAddress;
        defaults.id = added.id;
        AdapterTarget piped;
        piped.prefix = QStringLiteral("$adapter | ");
        QStringList rest;
        appendAdapterChanges(rest, piped, defaults, added, false);
        if (rest.isEmpty()) {
            out << add;
        } else {
            out << QStringLiteral("$adapter = ") + add + QStringLiteral(" -Passthru");
            out << rest;
        }
    }

    for (const IntegrationService &s : change.changedServices) {
        out << QStringLiteral("%1-VMIntegrationService%2 -Name %3")
                   .arg(s.enabled ? QStringLiteral("Enable") : QStringLiteral("Disable"), vmParams(vm),
                        PowerShellBuilder::quote(IntegrationServiceNames::powerShellName(s.kind)));
    }
    return out;
}

QString SettingsScriptBuilder::build(const VmInfo &vm, const VmSettingsChange &change)
{
    return commands(vm, change).join(QLatin1Char('\n'));
}

} // namespace hvdesk
