#pragma once

#include <models/HostInfo.h>
#include <models/NetworkAdapterSettings.h>

namespace hvdesk::sim {

// Hands out IPsec task offload security associations the way a host does: an adapter gets what
// its guest's traffic uses, capped by the adapter's maximum (IPsecOffloadMaximumSecurityAssociation,
// 0 = offload off) and by what is still free on the switch's network adapter, first come,
// first served. The rest of the guest's IPsec stays in the guest.
class IpsecOffloadAllocator
{
public:
    // Grants SAs to one adapter of a running VM and books them on `sw`; returns the grant.
    static quint32 grant(const NetworkAdapterSettings &settings, quint32 demand, VirtualSwitch &sw);
};

} // namespace hvdesk::sim
