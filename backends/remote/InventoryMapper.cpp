#include "InventoryMapper.h"

#include <hyperv/AdapterInstances.h>
#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <models/ConfigurationVersion.h>
#include <models/Version.h>

#include <wsman/Epr.h>

#include <QMap>

namespace hvdesk::remote {

using namespace Qt::StringLiterals;
using namespace hyperv;
using wsman::CimInstance;

namespace {

constexpr quint64 MiB = 1024ULL * 1024ULL;

QString lower(QLatin1String s)
{
    return QString(s).toLower();
}

const CimInstance *byName(const std::vector<CimInstance> &items, const QString &name)
{
    for (const CimInstance &i : items) {
        if (cim::text(i, u"Name"_s).compare(name, Qt::CaseInsensitive) == 0)
            return &i;
    }
    return nullptr;
}

double real(const CimInstance &i, const QString &name)
{
    return cim::text(i, name).toDouble();
}

} // namespace

const std::vector<CimInstance> &EndpointSnapshot::of(const QString &className) const
{
    static const std::vector<CimInstance> none;
    const auto it = classes.constFind(className.toLower());
    return it == classes.cend() ? none : *it;
}

int InventoryMapper::configurationVersionForBuild(const QString &osBuild)
{
    const Version v = Version::parse(osBuild);
    if (!v.isValid())
        return 0;
    if (v < Version::parse(u"6.3"_s))
        return 40;
    if (v < Version::parse(u"10.0"_s))
        return 50;
    if (v < Version::parse(u"10.0.17763"_s))
        return 80;
    return 90;
}

HostInfo InventoryMapper::host(const EndpointSnapshot &s, const QString &fallbackName)
{
    HostInfo h;
    const std::vector<CimInstance> &cs = s.of(cls::Win32ComputerSystem);
    h.name = cs.empty() ? fallbackName : cim::text(cs.front(), u"Name"_s, fallbackName);
    if (h.name.isEmpty()) {
        for (const CimInstance &sys : s.of(cls::ComputerSystem)) {
            if (!isVm(sys))
                h.name = cim::text(sys, u"Name"_s);
        }
    }
    h.cluster = s.clusterName;
    if (const std::vector<CimInstance> &os = s.of(cls::Win32OperatingSystem); !os.empty()) {
        QString caption = cim::text(os.front(), u"Caption"_s).trimmed();
        if (caption.startsWith("Microsoft "_L1))
            caption = caption.mid(10);
        h.osName = caption;
        h.osBuild = cim::text(os.front(), u"Version"_s);
        h.memoryAvailableBytes = cim::uinteger(os.front(), u"FreePhysicalMemory"_s) * 1024;
        if (cs.empty())
            h.memoryBytes = cim::uinteger(os.front(), u"TotalVisibleMemorySize"_s) * 1024;
    }
    if (!cs.empty()) {
        h.memoryBytes = cim::uinteger(cs.front(), u"TotalPhysicalMemory"_s, h.memoryBytes);
        h.logicalProcessors = int(cim::integer(cs.front(), u"NumberOfLogicalProcessors"_s));
    }
    int cores = 0, threads = 0;
    for (const CimInstance &p : s.of(cls::Win32Processor)) {
        if (h.processorVendor.isEmpty()) {
            h.processorVendor = cim::text(p, u"Manufacturer"_s);
            h.processorModel = cim::text(p, u"Name"_s).trimmed();
        }
        cores += int(cim::integer(p, u"NumberOfCores"_s));
        threads += int(cim::integer(p, u"NumberOfLogicalProcessors"_s));
    }
    if (h.logicalProcessors == 0)
        h.logicalProcessors = threads;
    h.hyperThreading = cores > 0 && threads > cores;
    h.integrationServicesVersion = s.integrationServicesVersion;

    int maxVersion = 0;
    for (const CimInstance &c : s.of(cls::ManagementCapabilities)) {
        for (const QString &v : c.stringList(QString(unverified::SupportedVersions)))
            maxVersion = qMax(maxVersion, ConfigurationVersion::parse(v));
    }
    h.maxConfigurationVersion = maxVersion > 0 ? maxVersion : configurationVersionForBuild(h.osBuild);

    // Physical NICs and their receive scaling.
    QHash<QString, QString> nicByDeviceId;
    for (const CimInstance &port : s.of(cls::ExternalPort)) {
        PhysicalNic nic;
        nic.name = cim::text(port, u"Name"_s);
        nic.description = cim::text(port, u"ElementName"_s);
        nic.linkSpeedBps = cim::uinteger(port, u"Speed"_s, nic.linkSpeedBps);
        nic.rss = RssSettings { false, 0, 0, 0 };
        nic.vmq = VmqSettings { false, 0, 0, 0, false };
        if (const CimInstance *rss = byName(s.of(cls::NetAdapterRss), nic.name)) {
            nic.rss.enabled = cim::flag(*rss, u"Enabled"_s);
            nic.rss.baseProcessor = int(cim::integer(*rss, u"BaseProcessorNumber"_s));
            nic.rss.maxProcessors = int(cim::integer(*rss, u"MaxProcessors"_s));
            nic.rss.queues = int(cim::integer(*rss, u"NumberOfReceiveQueues"_s));
            nic.checksumOffload = cim::flag(*rss, QString(unverified::ChecksumOffload), true);
            nic.largeSendOffload = cim::flag(*rss, QString(unverified::LargeSendOffload), true);
        }
        if (const CimInstance *vmq = byName(s.of(cls::NetAdapterVmq), nic.name)) {
            nic.vmq.enabled = cim::flag(*vmq, u"Enabled"_s);
            nic.vmq.baseProcessor = int(cim::integer(*vmq, u"BaseProcessorNumber"_s));
            nic.vmq.maxProcessors = int(cim::integer(*vmq, u"MaxProcessors"_s));
            nic.vmq.queues = int(cim::integer(*vmq, u"NumberOfReceiveQueues"_s));
            nic.vmq.dynamic = cim::flag(*vmq, QString(unverified::DynamicVmq), true);
        }
        if (const CimInstance *sriov = byName(s.of(cls::NetAdapterSriov), nic.name)) {
            nic.sriovSupported = cim::integer(*sriov, u"SriovSupport"_s) == 1;
            nic.sriovVirtualFunctions = int(cim::integer(*sriov, u"NumVFs"_s));
        }
        if (const CimInstance *ipsec = byName(s.of(cls::NetAdapterIpsec), nic.name))
            nic.ipsecOffloadCapacity = quint32(cim::uinteger(*ipsec, QString(unverified::IpsecCapacity)));
        nicByDeviceId.insert(cim::text(port, u"DeviceID"_s).toLower(), nic.name);
        h.nics << nic;
    }

    // Switches: name, settings, capacity, and type from their own uplink ports.
    QHash<QString, const CimInstance *> switchSettings, offload;
    for (const CimInstance &sd : s.of(cls::SwitchSettingData))
        switchSettings.insert(cim::text(sd, u"VirtualSystemIdentifier"_s).toLower(), &sd);
    for (const CimInstance &o : s.of(cls::SwitchHardwareOffloadData))
        offload.insert(cim::text(o, u"SystemName"_s).toLower(), &o);
    QHash<QString, const CimInstance *> uplinks;
    for (const CimInstance &a : s.of(cls::PortAllocationSettingData)) {
        const QString owner = Values::vmIdOfInstanceId(cim::text(a, u"InstanceID"_s));
        uplinks.insert(owner, &a); // VM adapters are filtered by the switch GUIDs below
    }
    for (const CimInstance &sys : s.of(cls::VirtualSwitch)) {
        VirtualSwitch sw;
        const QString guid = cim::text(sys, u"Name"_s).toLower();
        sw.name = cim::text(sys, u"ElementName"_s);
        if (const CimInstance *sd = switchSettings.value(guid)) {
            sw.iovEnabled = cim::flag(*sd, u"IOVPreferred"_s);
            sw.reservationMode
                = BandwidthReservationMode(qBound(0, int(cim::integer(*sd, u"BandwidthReservationMode"_s)), 3));
            sw.iovSupportReasons = sd->stringList(QString(unverified::IovSupportReasons));
        }
        if (const CimInstance *o = offload.value(guid)) {
            sw.iovVirtualFunctionCount = int(cim::integer(*o, u"IovVfCapacity"_s));
            sw.iovVirtualFunctionsInUse = int(cim::integer(*o, u"IovVfUsage"_s));
            sw.availableIpsecSa = quint32(cim::uinteger(*o, u"IPsecSACapacity"_s));
            sw.ipsecSaAllocated = quint32(cim::uinteger(*o, u"IPsecSAUsage"_s));
            sw.availableVmQueues = int(cim::integer(*o, u"VmqCapacity"_s));
            sw.vmqAllocated = int(cim::integer(*o, u"VmqUsage"_s));
        }
        sw.type = SwitchType::Private;
        if (const CimInstance *uplink = uplinks.value(guid)) {
            const QStringList resources = uplink->stringList(u"HostResource"_s);
            if (!resources.isEmpty()) {
                Error error;
                const wsman::Epr target = wsman::Epr::fromWmiPath(resources.first(), &error);
                if (target.className().compare(cls::ExternalPort, Qt::CaseInsensitive) == 0) {
                    sw.type = SwitchType::External;
                    sw.boundNic = nicByDeviceId.value(target.selector(u"DeviceID"_s).toLower());
                } else if (target.className().compare(cls::ComputerSystem, Qt::CaseInsensitive) == 0) {
                    sw.type = SwitchType::Internal;
                }
            }
        }
        h.switches << sw;
    }

    if (const std::vector<CimInstance> &m = s.of(cls::MigrationServiceSettingData); !m.empty()) {
        const CimInstance &i = m.front();
        HostMigrationSettings &ms = h.migration;
        ms.liveMigrationEnabled = cim::flag(i, u"EnableVirtualSystemMigration"_s);
        ms.simultaneousLiveMigrations
            = int(cim::integer(i, u"MaximumActiveVirtualSystemMigration"_s, ms.simultaneousLiveMigrations));
        ms.simultaneousStorageMigrations
            = int(cim::integer(i, u"MaximumActiveStorageMigration"_s, ms.simultaneousStorageMigrations));
        ms.authentication = Values::migrationAuthentication(int(cim::integer(i, u"AuthenticationType"_s)));
        ms.performance = cim::flag(i, QString(unverified::EnableSmbTransport)) ? MigrationPerformance::Smb
            : cim::flag(i, QString(unverified::EnableCompression), true)       ? MigrationPerformance::Compression
                                                                               : MigrationPerformance::TcpIp;
    }
    QMap<qint64, QStringList> networks;
    for (const CimInstance &n : s.of(cls::MigrationNetworkSettingData))
        networks[cim::integer(n, u"Metric"_s)]
            << u"%1/%2"_s.arg(cim::text(n, u"SubnetNumber"_s)).arg(cim::integer(n, u"PrefixLength"_s, 32));
    for (const QStringList &subnets : std::as_const(networks))
        h.migration.migrationNetworks << subnets;

    for (const CimInstance &v : s.of(cls::Win32Volume)) {
        StorageVolume vol;
        vol.path = Values::volumePath(cim::text(v, u"Name"_s));
        vol.capacityBytes = cim::uinteger(v, u"Capacity"_s);
        vol.freeBytes = cim::uinteger(v, u"FreeSpace"_s);
        vol.clusterShared = vol.path.startsWith(ClusterStoragePrefix, Qt::CaseInsensitive);
        h.volumes << vol;
    }
    h.connection = ConnectionState::Connected;
    return h;
}

bool InventoryMapper::isVm(const CimInstance &system)
{
    const QString caption = cim::text(system, u"Caption"_s);
    if (!caption.isEmpty())
        return caption.compare(VmCaption, Qt::CaseInsensitive) == 0;
    return cim::text(system, u"Name"_s).count(QLatin1Char('-')) == 4; // a VM's Name is its GUID
}

void InventoryMapper::applySystem(const CimInstance &system, VmInfo *vm)
{
    vm->id = cim::text(system, u"Name"_s).toLower();
    vm->name = cim::text(system, u"ElementName"_s);
    vm->state = Values::vmState(int(cim::integer(system, u"EnabledState"_s)));
    vm->uptimeMs = qint64(cim::uinteger(system, u"OnTimeInMilliseconds"_s));
    const QStringList status = system.stringList(u"StatusDescriptions"_s);
    vm->status = status.isEmpty() ? QString() : status.first();
}

void InventoryMapper::applySummary(const CimInstance &summary, VmInfo *vm)
{
    if (summary.has(u"ProcessorLoad"_s))
        vm->cpuUsage = int(cim::integer(summary, u"ProcessorLoad"_s));
    if (summary.has(u"MemoryUsage"_s))
        vm->memoryAssignedBytes = cim::uinteger(summary, u"MemoryUsage"_s) * MiB;
    if (summary.has(u"MemoryDemand"_s))
        vm->memoryDemandBytes = cim::uinteger(summary, u"MemoryDemand"_s) * MiB;
    if (summary.has(u"UpTime"_s))
        vm->uptimeMs = qint64(cim::uinteger(summary, u"UpTime"_s));
    if (summary.has(u"GuestOperatingSystem"_s) && !summary.isNull(u"GuestOperatingSystem"_s))
        vm->operatingSystem = cim::text(summary, u"GuestOperatingSystem"_s);
}

QList<VmInfo> InventoryMapper::vms(const EndpointSnapshot &s, const HostInfo &host)
{
    QList<VmInfo> out;
    QHash<QString, int> index; // VM id -> position in out
    for (const CimInstance &sys : s.of(cls::ComputerSystem)) {
        if (!isVm(sys))
            continue;
        VmInfo vm;
        vm.hostName = host.name;
        applySystem(sys, &vm);
        vm.integrationServices.services = IntegrationServicesInfo::defaults();
        index.insert(vm.id, int(out.size()));
        out << vm;
    }
    auto vmOf = [&](const CimInstance &i) -> VmInfo * {
        const int at = index.value(Values::vmIdOfInstanceId(cim::text(i, u"InstanceID"_s)), -1);
        return at < 0 ? nullptr : &out[at];
    };
    for (const CimInstance &sum : s.summary) {
        const int at = index.value(cim::text(sum, u"Name"_s).toLower(), -1);
        if (at >= 0)
            applySummary(sum, &out[at]);
    }
    for (const CimInstance &sd : s.of(cls::SystemSettingData)) {
        if (cim::text(sd, u"VirtualSystemType"_s, QString(RealizedSystemType)) != RealizedSystemType)
            continue;
        if (VmInfo *vm = vmOf(sd)) {
            vm->generation = Values::generation(cim::text(sd, u"VirtualSystemSubType"_s));
            vm->configurationVersion = cim::text(sd, u"Version"_s);
            vm->configurationPath = cim::text(sd, u"ConfigurationDataRoot"_s);
            vm->checkpointPath = cim::text(sd, u"SnapshotDataRoot"_s);
            vm->smartPagingPath = cim::text(sd, u"SwapFileDataRoot"_s);
        }
    }
    for (const CimInstance &p : s.of(cls::ProcessorSettingData)) {
        if (VmInfo *vm = vmOf(p))
            vm->processorCount = int(cim::integer(p, u"VirtualQuantity"_s, 1));
    }
    for (const CimInstance &m : s.of(cls::MemorySettingData)) {
        if (VmInfo *vm = vmOf(m)) {
            vm->memoryStartupBytes = cim::uinteger(m, u"VirtualQuantity"_s) * MiB;
            vm->dynamicMemory = cim::flag(m, u"DynamicMemoryEnabled"_s);
            vm->memoryMinimumBytes = cim::uinteger(m, u"Reservation"_s) * MiB;
            vm->memoryMaximumBytes = cim::uinteger(m, u"Limit"_s) * MiB;
        }
    }
    for (const CimInstance &d : s.of(cls::StorageAllocationSettingData)) {
        if (cim::text(d, u"ResourceSubType"_s) != VirtualHardDiskSubType)
            continue;
        VmInfo *vm = vmOf(d);
        const QStringList media = d.stringList(u"HostResource"_s);
        if (!vm || media.isEmpty())
            continue;
        VirtualDisk disk;
        disk.path = media.first();
        disk.sizeBytes = s.fileSizes.value(disk.path.toLower());
        vm->disks << disk;
    }

    // Network adapters: the port, then what hangs off it by InstanceID.
    QHash<QString, QString> switchNames; // GUID (lower) -> name
    for (const CimInstance &sw : s.of(cls::VirtualSwitch))
        switchNames.insert(cim::text(sw, u"Name"_s).toLower(), cim::text(sw, u"ElementName"_s));
    QHash<QString, NetworkAdapter *> adapters;
    for (const CimInstance &p : s.of(cls::SyntheticPortSettingData)) {
        VmInfo *vm = vmOf(p);
        if (!vm)
            continue;
        NetworkAdapter a;
        AdapterInstances::readPort(p, &a.settings, &a.runtime);
        vm->adapters << a;
    }
    for (VmInfo &vm : out) {
        for (NetworkAdapter &a : vm.adapters)
            adapters.insert(a.settings.id.toLower(), &a);
    }
    auto adapterOf = [&](const CimInstance &i) { return adapters.value(AdapterInstances::adapterIdOf(i).toLower()); };
    for (const CimInstance &a : s.of(cls::PortAllocationSettingData)) {
        if (NetworkAdapter *adapter = adapterOf(a)) {
            const QString guid = AdapterInstances::readAllocation(a).toLower();
            adapter->settings.switchName = guid.isEmpty() ? QString() : switchNames.value(guid);
        }
    }
    for (const CimInstance &f : s.of(cls::VlanSettingData)) {
        if (NetworkAdapter *adapter = adapterOf(f))
            AdapterInstances::readVlan(f, &adapter->settings);
    }
    for (const CimInstance &f : s.of(cls::BandwidthSettingData)) {
        if (NetworkAdapter *adapter = adapterOf(f))
            AdapterInstances::readBandwidth(f, &adapter->settings);
    }
    for (const CimInstance &f : s.of(cls::OffloadSettingData)) {
        if (NetworkAdapter *adapter = adapterOf(f))
            AdapterInstances::readOffload(f, &adapter->settings);
    }
    for (const CimInstance &f : s.of(cls::SecuritySettingData)) {
        if (NetworkAdapter *adapter = adapterOf(f))
            AdapterInstances::readSecurity(f, &adapter->settings);
    }
    for (const CimInstance &f : s.of(cls::OffloadData)) {
        if (NetworkAdapter *adapter = adapterOf(f))
            AdapterInstances::readOffloadData(f, &adapter->runtime);
    }
    for (const CimInstance &f : s.of(cls::GuestNetworkConfiguration)) {
        if (NetworkAdapter *adapter = adapterOf(f))
            AdapterInstances::readGuestNetwork(f, &adapter->runtime);
    }

    // Integration services: one component class per service, the versions from data exchange.
    for (int k = 0; k < int(std::size(IntegrationComponents)); ++k) {
        for (const CimInstance &c : s.of(QString(IntegrationComponents[k].componentClass))) {
            const int at = index.value(cim::text(c, u"SystemName"_s).toLower(), -1);
            if (at < 0)
                continue;
            VmInfo &vm = out[at];
            const bool on = cim::integer(c, u"EnabledState"_s, 2) == 2;
            const QStringList status = c.stringList(u"OperationalStatus"_s);
            for (IntegrationService &service : vm.integrationServices.services) {
                if (int(service.kind) == k) {
                    service.enabled = on;
                    service.status = Values::serviceStatus(status.isEmpty() ? 0 : status.first().toInt(), on);
                }
            }
            if (IntegrationServiceKind(k) != IntegrationServiceKind::DataExchange)
                continue;
            // Parse by Name, never by position.
            for (const CimInstance &item : c.instances(u"GuestIntrinsicExchangeItems"_s)) {
                const QString name = cim::text(item, u"Name"_s);
                if (name == kvp::IntegrationServicesVersion)
                    vm.integrationServices.guestVersion = cim::text(item, u"Data"_s);
                else if (name == kvp::OsName && vm.operatingSystem.isEmpty())
                    vm.operatingSystem = cim::text(item, u"Data"_s);
            }
            for (const CimInstance &item : c.instances(u"GuestExchangeItems"_s)) {
                if (cim::text(item, u"Name"_s) == kvp::PendingVersion)
                    vm.integrationServices.pendingVersion = cim::text(item, u"Data"_s);
            }
        }
    }
    return out;
}

bool InventoryMapper::applyPoll(
    const std::vector<CimInstance> &systems, const std::vector<CimInstance> &summary, QList<VmInfo> *vms)
{
    QHash<QString, int> index;
    for (int i = 0; i < vms->size(); ++i)
        index.insert((*vms)[i].id, i);
    int seen = 0;
    for (const CimInstance &sys : systems) {
        if (!isVm(sys))
            continue;
        const int at = index.value(cim::text(sys, u"Name"_s).toLower(), -1);
        if (at < 0)
            return false;
        ++seen;
        applySystem(sys, &(*vms)[at]);
    }
    if (seen != vms->size())
        return false;
    for (const CimInstance &sum : summary) {
        const int at = index.value(cim::text(sum, u"Name"_s).toLower(), -1);
        if (at >= 0)
            applySummary(sum, &(*vms)[at]);
    }
    return true;
}

NetworkSample InventoryMapper::networkSample(
    const QString &hostName, const HostInfo &host, const QHash<QString, std::vector<CimInstance>> &classes)
{
    NetworkSample sample;
    sample.hostName = hostName;
    sample.hyperThreading = host.hyperThreading;
    const std::vector<CimInstance> none;
    auto of = [&](QLatin1String c) -> const std::vector<CimInstance> & {
        const auto it = classes.constFind(lower(c));
        return it == classes.cend() ? none : *it;
    };
    QMap<int, CoreSample> cores;
    for (const CimInstance &p : of(cls::PerfProcessor)) {
        const QString name = cim::text(p, u"Name"_s);
        if (name.contains("_Total"_L1))
            continue;
        bool ok = false;
        const int core = name.section(QLatin1Char(','), -1).toInt(&ok);
        if (!ok)
            continue;
        CoreSample c;
        c.percent = double(cim::integer(p, u"PercentInterruptTime"_s) + cim::integer(p, u"PercentDPCTime"_s));
        c.packetsPerSec = real(p, QString(extra::PacketsPersec));
        c.hyperThreadSibling = host.hyperThreading && core % 2 == 1;
        cores.insert(core, c);
        if (sample.timeMs == 0)
            sample.timeMs = cim::integer(p, QString(extra::SampleTimeMs));
    }
    if (!of(cls::PerfProcessor).empty() && of(cls::PerfProcessor).front().has(QString(extra::PacketsPersec)) == false) {
        // A real host: packets per core from the per-processor NIC activity.
        for (const CimInstance &a : of(cls::PerfNicActivity)) {
            const int core = cim::text(a, u"Name"_s).section(QLatin1Char(','), 0, 0).trimmed().toInt();
            if (cores.contains(core))
                cores[core].packetsPerSec += real(a, u"ReceivedPacketsPersec"_s);
        }
    }
    for (const CoreSample &c : std::as_const(cores))
        sample.cores << c;
    for (const CimInstance &q : of(cls::NetAdapterVmqQueue)) {
        QueueAssignment a;
        a.nic = cim::text(q, u"Name"_s);
        a.queue = int(cim::integer(q, u"QueueID"_s)) - 1;
        a.core = int(cim::integer(q, QString(extra::Core)));
        a.vmId = cim::text(q, QString(extra::VmId));
        a.vmName = cim::text(q, u"VmFriendlyName"_s);
        a.packetsPerSec = real(q, QString(extra::PacketsPersec));
        sample.queues << a;
    }
    for (const CimInstance &f : of(cls::PerfVmAdapter)) {
        FlowSample flow;
        flow.vmId = cim::text(f, QString(extra::VmId));
        flow.vmName = cim::text(f, QString(extra::VmName));
        flow.adapterId = cim::text(f, QString(extra::AdapterId));
        flow.adapterName = cim::text(f, QString(extra::AdapterName));
        if (flow.vmName.isEmpty())
            flow.vmName = cim::text(f, u"Name"_s).section(QLatin1Char('_'), 0, 0);
        flow.nic = cim::text(f, QString(extra::Nic));
        flow.path = Values::receivePath(int(cim::integer(f, QString(extra::ReceivePath))));
        flow.core = int(cim::integer(f, QString(extra::Core), -1));
        flow.deliveredInMbps = real(f, u"BytesReceivedPersec"_s) / 125000.0;
        flow.deliveredOutMbps = real(f, u"BytesSentPersec"_s) / 125000.0;
        flow.receivedPacketsPerSec = real(f, u"PacketsReceivedPersec"_s);
        flow.droppedPacketsPerSec = real(f, u"DroppedPacketsIncomingPersec"_s);
        flow.offeredInMbps
            = f.has(QString(extra::OfferedInMbps)) ? real(f, QString(extra::OfferedInMbps)) : flow.deliveredInMbps;
        flow.offeredOutMbps
            = f.has(QString(extra::OfferedOutMbps)) ? real(f, QString(extra::OfferedOutMbps)) : flow.deliveredOutMbps;
        flow.droppedInMbps = real(f, QString(extra::DroppedInMbps));
        flow.dropCause = Values::dropCause(int(cim::integer(f, QString(extra::DropCause))));
        flow.hostCorePercent = real(f, QString(extra::HostCorePercent));
        flow.ipsecSasOffloaded = int(cim::integer(f, QString(extra::IpsecSasOffloaded)));
        flow.ipsecSasInGuest = int(cim::integer(f, QString(extra::IpsecSasInGuest)));
        flow.guestIpsecCpuPercent = real(f, QString(extra::GuestIpsecCpuPercent));
        sample.flows << flow;
    }
    return sample;
}

} // namespace hvdesk::remote
