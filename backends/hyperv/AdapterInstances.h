#pragma once

#include <models/NetworkAdapter.h>
#include <models/NetworkAdapterSettings.h>

#include <wsman/CimInstance.h>

#include <QString>

#include <optional>

namespace hvdesk::hyperv {

// One VM network adapter as Hyper-V's WMI classes describe it, both ways: the port setting data
// (Msvm_SyntheticEthernetPortSettingData), its allocation on a switch
// (Msvm_EthernetPortAllocationSettingData) and the allocation's feature setting data (VLAN,
// bandwidth, offload, security), plus the runtime offload data. The provider writes these from
// the simulation; the remote backend reads them back and writes them as embedded instances for
// Add/Modify calls, which the provider reads again.
class AdapterInstances
{
public:
    static wsman::CimInstance port(const NetworkAdapterSettings &s, const QString &macInUse);
    // switchPath: the WMI path of the Msvm_VirtualEthernetSwitch, empty when not connected.
    // portPath: the WMI path of the port setting data (the allocation's Parent).
    static wsman::CimInstance allocation(
        const NetworkAdapterSettings &s, const QString &portPath, const QString &switchPath);
    static std::optional<wsman::CimInstance> vlan(const NetworkAdapterSettings &s); // none when VLAN is off
    static std::optional<wsman::CimInstance> bandwidth(const NetworkAdapterSettings &s); // none when nothing is set
    static wsman::CimInstance offload(const NetworkAdapterSettings &s);
    static wsman::CimInstance security(const NetworkAdapterSettings &s);
    static wsman::CimInstance offloadData(const NetworkAdapterSettings &s, const NetworkAdapterRuntime &rt);
    static wsman::CimInstance guestNetwork(const NetworkAdapterSettings &s, const NetworkAdapterRuntime &rt);

    // The adapter id (the port setting data's InstanceID) that a feature, allocation, offload or
    // guest network InstanceID belongs to; empty when it does not look like one.
    static QString adapterIdOf(const wsman::CimInstance &instance);
    // Which feature a feature setting data is, by class name: "Vlan", "Bandwidth", ...; empty otherwise.
    static QString featureOf(const QString &className);

    // Reading: each overwrites exactly the fields its class carries.
    static void readPort(const wsman::CimInstance &i, NetworkAdapterSettings *s, NetworkAdapterRuntime *rt);
    // Returns the switch's Name (GUID) from HostResource, empty when not connected.
    static QString readAllocation(const wsman::CimInstance &i);
    static void readVlan(const wsman::CimInstance &i, NetworkAdapterSettings *s);
    static void readBandwidth(const wsman::CimInstance &i, NetworkAdapterSettings *s);
    static void readOffload(const wsman::CimInstance &i, NetworkAdapterSettings *s);
    static void readSecurity(const wsman::CimInstance &i, NetworkAdapterSettings *s);
    static void readOffloadData(const wsman::CimInstance &i, NetworkAdapterRuntime *rt);
    static void readGuestNetwork(const wsman::CimInstance &i, NetworkAdapterRuntime *rt);
    // Applies whichever of the above the instance's class is (an embedded instance of a call).
    static bool readAny(const wsman::CimInstance &i, NetworkAdapterSettings *s);
};

} // namespace hvdesk::hyperv
