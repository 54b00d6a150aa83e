#pragma once

#include "AdapterLoad.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/VmInfo.h>

#include <QHash>
#include <QMap>
#include <QList>

namespace hvdesk::sim {

// What the integration services setup finds inside a simulated guest (topology: a VM's
// integrationServices.guestFreeDiskMB and installationInProgress).
struct GuestInstallerState
{
    static constexpr quint64 DefaultFreeDiskBytes = 10ULL * 1024 * 1024 * 1024;
    quint64 freeDiskBytes = DefaultFreeDiskBytes;
    bool installationInProgress = false; // a pending restart or a device installation: setup ends with 1618
};

// How a simulated VM behaves, beyond what it is.
struct VmBehaviour
{
    GuestInstallerState guest;
    int cpuBaseline = 10;  // percent
    int cpuAmplitude = 5;  // percent, slow swing around the baseline
    QMap<VmAction, Error> faults; // actions that fail when attempted
    // Security associations the guest's IPsec traffic would offload, per adapter id
    // (topology: adapters[].ipsecActiveSAs); granted by IpsecOffloadAllocator.
    QHash<QString, quint32> ipsecActiveSas;
    QHash<QString, AdapterLoad> adapterLoads; // by adapter id; adapters not listed get a default load
    // The addresses the guest reports per adapter id while it runs (topology: adapters[].ip).
    QHash<QString, QStringList> guestIpAddresses;
};

struct SimVmSpec
{
    VmInfo info;
    VmBehaviour behaviour;
};

// A network that live migrations can use, by subnet (hosts list them in preference order).
struct SimMigrationNetwork
{
    QString subnet;                 // "10.0.50.0/24"
    quint64 linkSpeedBps = 10'000'000'000ULL;
};

// A simulated estate: hosts, their networking, and VMs. Loaded from JSON, or generated.
struct Topology
{
    quint64 seed = 1;
    QString name;
    QList<HostInfo> hosts;
    QList<SimVmSpec> vms;
    QList<SimMigrationNetwork> migrationNetworks; // optional; unknown subnets run at 1 Gbps
};

} // namespace hvdesk::sim
