#include "SettingsContext.h"

#include <models/NetworkAdapterAdvisor.h>

namespace hvdesk {

bool SettingsContext::vmRunning() const
{
    return VmStates::holdsMemory(vm.state);
}

const VirtualSwitch *SettingsContext::findSwitch(const QString &name) const
{
    return name.isEmpty() ? nullptr : host.findSwitch(name);
}

const NetworkAdapter *SettingsContext::savedAdapter(const QString &adapterId) const
{
    for (const NetworkAdapter &a : vm.adapters) {
        if (a.settings.id == adapterId)
            return &a;
    }
    return nullptr;
}

const NetworkAdapterSettings *SettingsContext::pendingAdapter(const QString &adapterId) const
{
    for (const NetworkAdapterSettings &a : pending.adapters) {
        if (a.id == adapterId)
            return &a;
    }
    return nullptr;
}

quint64 SettingsContext::linkSpeedBps(const VirtualSwitch *sw) const
{
    if (!sw)
        return 0;
    const PhysicalNic *nic = host.findNic(sw->boundNic);
    return nic ? nic->linkSpeedBps : 0;
}

quint64 SettingsContext::otherReservationsBps(const QString &switchName, const QString &exceptAdapterId) const
{
    quint64 sum = otherVmReservationsBps.value(switchName);
    for (const NetworkAdapterSettings &a : pending.adapters) {
        if (a.id != exceptAdapterId && a.switchName == switchName)
            sum += a.minimumBandwidthAbsolute;
    }
    return sum;
}

Diagnostics SettingsContext::validateAdapter(const NetworkAdapterSettings &adapter) const
{
    // The context every view and the backends build: one rule, wherever it is checked.
    AdapterValidationContext c = NetworkAdapterAdvisor::validationContext(host, vm, adapter);
    if (c.switchExists)
        c.otherAbsoluteReservationsBps = otherReservationsBps(adapter.switchName, adapter.id);
    c.vmRunning = vmRunning();
    return NetworkAdapterRules::validate(adapter, c);
}

QString SettingsContext::missing(Capability capability) const
{
    if (capabilities.testFlag(capability))
        return QString();
    return CapabilityNames::missingReason(capability, missingReasons.value(capability));
}

} // namespace hvdesk
