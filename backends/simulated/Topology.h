#pragma once

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/VmInfo.h>

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
};

struct SimVmSpec
{
    VmInfo info;
    VmBehaviour behaviour;
};

// A simulated estate: hosts, their networking, and VMs. Loaded from JSON, or generated.
struct Topology
{
    quint64 seed = 1;
    QString name;
    QList<HostInfo> hosts;
    QList<SimVmSpec> vms;
};

} // namespace hvdesk::sim
