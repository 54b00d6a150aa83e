#include "IpsecOffloadAllocator.h"

#include <QtGlobal>

namespace hvdesk::sim {

quint32 IpsecOffloadAllocator::grant(const NetworkAdapterSettings &settings, quint32 demand, VirtualSwitch &sw)
{
    if (!settings.ipsecOffloadEnabled() || demand == 0 || sw.availableIpsecSa <= sw.ipsecSaAllocated)
        return 0;
    const quint32 free = sw.availableIpsecSa - sw.ipsecSaAllocated;
    const quint32 granted = qMin(qMin(demand, settings.ipsecOffloadMaximumSecurityAssociation), free);
    sw.ipsecSaAllocated += granted;
    return granted;
}

} // namespace hvdesk::sim
