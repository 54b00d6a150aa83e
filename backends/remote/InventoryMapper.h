#pragma once

#include <models/HostInfo.h>
#include <models/NetworkSample.h>
#include <models/VmInfo.h>

#include <wsman/CimInstance.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace hvdesk::remote {

// What one endpoint's load brought back: the instances of every class asked for, by class name
// (lower case), and the answers of the few method calls.
struct EndpointSnapshot
{
    QHash<QString, std::vector<wsman::CimInstance>> classes;
    QSet<QString> missingClasses; // lower case: the host has no such class (or namespace)
    std::vector<wsman::CimInstance> summary; // Msvm_SummaryInformation of every VM
    QString integrationServicesVersion; // from the registry, empty when absent
    QHash<QString, quint64> fileSizes; // lower-case path -> CIM_DataFile.FileSize
    QString clusterName; // empty: standalone
    QStringList clusterNodes;

    const std::vector<wsman::CimInstance> &of(const QString &className) const;
    bool lacks(const QString &className) const { return missingClasses.contains(className.toLower()); }
};

// Hyper-V's WMI classes to hvdesk's host and VM values: pure functions over a snapshot, so that
// the mapping is tested without a network and the backend only moves data.
class InventoryMapper
{
public:
    static HostInfo host(const EndpointSnapshot &s, const QString &fallbackName);
    // Every VM of the host, in the order the host listed them.
    static QList<VmInfo> vms(const EndpointSnapshot &s, const HostInfo &host);
    // Live values from a poll: Msvm_ComputerSystem (state, uptime, status) and
    // Msvm_SummaryInformation (CPU, memory, heartbeat, guest OS). Only VMs present are touched;
    // returns false when the set of VMs differs (a full reload is due).
    static bool applyPoll(const std::vector<wsman::CimInstance> &systems,
        const std::vector<wsman::CimInstance> &summary, QList<VmInfo> *vms);
    // One VM's values from its Msvm_ComputerSystem and Msvm_SummaryInformation.
    static void applySystem(const wsman::CimInstance &system, VmInfo *vm);
    static void applySummary(const wsman::CimInstance &summary, VmInfo *vm);
    // Whether a Msvm_ComputerSystem is a VM (not the host itself).
    static bool isVm(const wsman::CimInstance &system);
    // Per-core network processing from the performance classes of one poll.
    static NetworkSample networkSample(
        const QString &hostName, const HostInfo &host, const QHash<QString, std::vector<wsman::CimInstance>> &classes);
    // The highest configuration version a host of this build runs, when it does not say
    // (unverified: 2012 = 4.0, 2012 R2 = 5.0, 2016 = 8.0, 2019 = 9.0).
    static int configurationVersionForBuild(const QString &osBuild);
};

} // namespace hvdesk::remote
