#pragma once

#include "IntegrationServices.h"
#include "NetworkAdapter.h"
#include "VmState.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace hvdesk {

struct VirtualDisk
{
    QString path;
    quint64 sizeBytes = 0;     // on disk
    quint64 maxSizeBytes = 0;  // virtual size
    bool operator==(const VirtualDisk &) const = default;
};

// Everything the console shows of one virtual machine. Live values (CPU, memory, uptime,
// status) change every refresh; the rest changes through jobs.
struct VmInfo
{
    QString id;                      // the VM's GUID, lower case, without braces
    QString name;
    QString hostName;
    VmState state = VmState::Off;
    int generation = 1;
    int processorCount = 1;
    int cpuUsage = 0;                // percent of its virtual processors
    quint64 memoryStartupBytes = 0;
    bool dynamicMemory = false;
    quint64 memoryMinimumBytes = 0;
    quint64 memoryMaximumBytes = 0;
    quint64 memoryAssignedBytes = 0;
    quint64 memoryDemandBytes = 0;
    qint64 uptimeMs = 0;
    QString status;                  // e.g. "Operating normally", or the running operation
    QString configurationVersion;    // e.g. "4.0"
    QString operatingSystem;         // as reported by data exchange, may be empty
    IntegrationServicesInfo integrationServices;
    QList<NetworkAdapter> adapters;
    QList<VirtualDisk> disks;
    QString configurationPath;
    QString checkpointPath;
    QString smartPagingPath;

    quint64 totalDiskBytes() const;
    bool operator==(const VmInfo &) const = default;
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::VmInfo)
