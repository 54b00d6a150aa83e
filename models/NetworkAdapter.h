#pragma once

#include "NetworkAdapterSettings.h"

#include <QString>
#include <QStringList>

namespace hvdesk {

// What the host actually granted, as Get-VMNetworkAdapter shows it next to the request.
struct NetworkAdapterRuntime
{
    QString status = QStringLiteral("Ok");   // Ok, Degraded, ...
    QString statusDescription;
    QString macAddress;                       // the address in use (dynamic or static)
    QStringList ipAddresses;
    bool vmqUsage = false;                    // a hardware queue is assigned
    quint32 ipsecOffloadSaUsage = 0;
    bool iovUsage = false;                    // a virtual function is assigned
    int iovQueuePairsAssigned = 0;
    int virtualFunction = -1;
    bool vfDataPathActive = false;
    QString iovFallbackReason;                // why the adapter uses the synthetic path
    QString vfPciAddress;                     // the virtual function's host PCI address, where known (libvirt hostdev)
    QString vfParentNic;                      // the physical NIC the virtual function belongs to, where known
    int queuePairs = 0;                       // virtio-net multiqueue queue pairs (libvirt <driver queues='N'/>); 0: none
    int bandwidthPercentage = 0;
    bool operator==(const NetworkAdapterRuntime &) const = default;
};

struct NetworkAdapter
{
    NetworkAdapterSettings settings;
    NetworkAdapterRuntime runtime;
    bool operator==(const NetworkAdapter &) const = default;
};

} // namespace hvdesk
