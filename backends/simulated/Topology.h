#pragma once

#include "AdapterLoad.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/VmInfo.h>

#include <QHash>
#include <QMap>
#include <QList>

namespace hvdesk::sim {

// How a simulated VM behaves, beyond what it is.
struct VmBehaviour
{
    int cpuBaseline = 10;  // percent
    int cpuAmplitude = 5;  // percent, slow swing around the baseline
    QMap<VmAction, Error> faults; // actions that fail when attempted
    QHash<QString, AdapterLoad> adapterLoads; // by adapter id; adapters not listed get a default load
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
