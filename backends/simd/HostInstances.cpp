#include "HostInstances.h"

#include <hyperv/AdapterInstances.h>
#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <models/ConfigurationVersion.h>
#include <models/IntegrationServices.h>

#include <wsman/InstanceXml.h>

namespace hvdesk::simd {

using namespace Qt::StringLiterals;
using namespace hyperv;
using wsman::CimInstance;
using wsman::CimValue;

namespace {

constexpr quint64 MiB = 1024ULL * 1024ULL;
// Every simulated VM reports itself healthy (HealthState OK) and working (OperationalStatus OK),
// in its objects and in the items written straight from the simulation alike.
constexpr int VmHealthState = 5;
constexpr int VmOperationalStatus = 2;

CimInstance make(QLatin1String ns, QLatin1String className)
{
    return CimInstance(QString(className), cim::uri(ns, className));
}

CimInstance makeV2(QLatin1String className)
{
    return make(NsVirtualization, className);
}

bool is(const QString &a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString upper(const QString &vmId)
{
    // VM ids are GUIDs, plain ASCII: mapped directly rather than through the Unicode tables of
    // QString::toUpper(), which showed in every enumeration of VMs.
    QString out(vmId.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    const char16_t *from = reinterpret_cast<const char16_t *>(vmId.constData());
    for (qsizetype i = 0; i < vmId.size(); ++i) {
        const char16_t c = from[i];
        if (c >= 0x80)
            return vmId.toUpper();
        to[i] = c >= 'a' && c <= 'z' ? char16_t(c - 'a' + 'A') : c;
    }
    return out;
}

// English names of the integration services, as Hyper-V's ElementName carries them.
QString serviceElementName(int kind)
{
    static const char *const names[] = { "Shutdown", "Time Synchronization", "Key-Value Pair Exchange", "Heartbeat",
        "VSS", "Guest Service Interface" };
    return QString::fromLatin1(names[kind]);
}

QString serviceStatusText(IntegrationServiceStatus status)
{
    switch (status) {
    case IntegrationServiceStatus::Ok:
        return u"OK"_s;
    case IntegrationServiceStatus::ProtocolMismatch:
        return u"Protocol version mismatch"_s;
    case IntegrationServiceStatus::NoContact:
        return u"No Contact"_s;
    case IntegrationServiceStatus::LostCommunication:
        return u"Lost Communication"_s;
    case IntegrationServiceStatus::NotApplicable:
        return u"Dormant"_s;
    }
    return QString();
}

CimValue real(double v)
{
    return CimValue(QString::number(v, 'g', 10), u"real64"_s);
}

} // namespace

HostInstances::HostInstances(SimulationHost &host, QString hostName)
    : m_host(host)
    , m_hostName(std::move(hostName))
{
}

int HostInstances::hostIndex() const
{
    return m_host.simulation().indexOfHost(m_hostName);
}

const HostInfo *HostInstances::host() const
{
    const int h = hostIndex();
    return h < 0 ? nullptr : &m_host.simulation().hosts()[h];
}

QList<const VmInfo *> HostInstances::vms() const
{
    QList<const VmInfo *> out;
    const sim::Simulation &s = m_host.simulation();
    for (int i = 0; i < s.vmCount(); ++i) {
        if (s.vm(i).hostName == m_hostName)
            out << &s.vm(i);
    }
    return out;
}

wsman::Epr HostInstances::eprOf(const CimInstance &instance) const
{
    return instance.toEpr(Values::keyProperties(instance.className()));
}

QString HostInstances::wmiPath(const CimInstance &instance) const
{
    return eprOf(instance).toWmiPath(m_hostName);
}

wsman::Epr HostInstances::jobEpr(const QString &instanceId) const
{
    return wsman::Epr::make(cim::uri(NsVirtualization, cls::ConcreteJob), { { u"InstanceID"_s, instanceId } });
}

wsman::Epr HostInstances::vmEpr(const QString &vmIdLower) const
{
    return wsman::Epr::make(cim::uri(NsVirtualization, cls::ComputerSystem),
        { { u"CreationClassName"_s, QString(cls::ComputerSystem) }, { u"Name"_s, upper(vmIdLower) } });
}

QString HostInstances::switchGuid(const QString &hostName, const QString &switchName) const
{
    return Values::stableGuid(hostName, u"switch/"_s + switchName);
}

QString HostInstances::switchPath(const QString &hostName, const QString &switchName) const
{
    return wsman::Epr::make(cim::uri(NsVirtualization, cls::VirtualSwitch),
        { { u"CreationClassName"_s, QString(cls::VirtualSwitch) }, { u"Name"_s, switchGuid(hostName, switchName) } })
        .toWmiPath(hostName);
}

HostInstances::Lookup HostInstances::instances(
    const QString &ns, const QString &className, std::vector<CimInstance> *out)
{
    const HostInfo *h = host();
    if (!h)
        return Lookup::InvalidNamespace;
    const QString c = className;
    if (ns.compare(NsVirtualization, Qt::CaseInsensitive) == 0) {
        if (is(c, cls::ComputerSystem))
            hostSystems(out);
        else if (is(c, cls::ManagementService) || is(c, cls::MigrationService) || is(c, cls::ManagementCapabilities)
            || is(c, unverified::ImageManagementService))
            services(c, out);
        else if (is(c, cls::SystemSettingData) || is(c, cls::ProcessorSettingData) || is(c, cls::MemorySettingData)
            || is(c, cls::StorageAllocationSettingData))
            vmSettings(c, out);
        else if (is(c, cls::SyntheticPortSettingData) || is(c, cls::PortAllocationSettingData)
            || is(c, cls::VlanSettingData) || is(c, cls::BandwidthSettingData) || is(c, cls::OffloadSettingData)
            || is(c, cls::SecuritySettingData) || is(c, cls::OffloadData) || is(c, cls::GuestNetworkConfiguration)) {
            adapters(c, out);
            if (is(c, cls::PortAllocationSettingData))
                switches(c, out); // the switches' own ports: how their type and NIC are told
        } else if (is(c, cls::VirtualSwitch) || is(c, cls::SwitchSettingData) || is(c, cls::SwitchHardwareOffloadData)
            || is(c, cls::ExternalPort))
            switches(c, out);
        else if (is(c, cls::ConcreteJob)) {
            for (const WmiJob *j : m_host.jobsOf(m_hostName))
                out->push_back(job(*j));
        } else if (is(c, cls::MigrationServiceSettingData) || is(c, cls::MigrationNetworkSettingData))
            migration(c, out);
        else {
            bool found = false;
            for (int k = 0; k < int(std::size(IntegrationComponents)); ++k) {
                if (is(c, IntegrationComponents[k].componentClass)) {
                    integrationComponents(k, false, out);
                    found = true;
                } else if (is(c, IntegrationComponents[k].settingDataClass)) {
                    integrationComponents(k, true, out);
                    found = true;
                }
            }
            if (!found)
                return Lookup::InvalidClass;
        }
        return Lookup::Ok;
    }
    if (ns.compare(NsCimv2, Qt::CaseInsensitive) == 0) {
        if (c.startsWith("Win32_PerfFormattedData"_L1, Qt::CaseInsensitive)) {
            if (!(is(c, cls::PerfProcessor) || is(c, cls::PerfNicActivity) || is(c, cls::PerfSwitchProcessor)
                    || is(c, cls::PerfVmAdapter)))
                return Lookup::InvalidClass;
            performance(c, out);
            return Lookup::Ok;
        }
        if (!(is(c, cls::Win32ComputerSystem) || is(c, cls::Win32OperatingSystem) || is(c, cls::Win32Processor)
                || is(c, cls::Win32Volume) || c.compare("CIM_DataFile"_L1, Qt::CaseInsensitive) == 0))
            return Lookup::InvalidClass;
        cimv2(c, out);
        return Lookup::Ok;
    }
    if (ns.compare(NsStandardCimv2, Qt::CaseInsensitive) == 0) {
        if (!(is(c, cls::NetAdapterRss) || is(c, cls::NetAdapterVmq) || is(c, cls::NetAdapterSriov)
                || is(c, cls::NetAdapterIpsec) || is(c, cls::NetAdapterVmqQueue)))
            return Lookup::InvalidClass;
        netAdapters(c, out);
        return Lookup::Ok;
    }
    if (ns.compare(NsCluster, Qt::CaseInsensitive) == 0) {
        if (h->cluster.isEmpty())
            return Lookup::InvalidNamespace; // a standalone host has no cluster service
        if (!(is(c, cls::Cluster) || is(c, cls::ClusterNode)))
            return Lookup::InvalidClass;
        cluster(c, out);
        return Lookup::Ok;
    }
    if (ns.compare(NsDefault, Qt::CaseInsensitive) == 0)
        return is(c, cls::StdRegProv) ? Lookup::Ok : Lookup::InvalidClass; // static methods only
    return Lookup::InvalidNamespace;
}

// --- root/virtualization/v2 -----------------------------------------------------------------

CimInstance HostInstances::vmSystem(const VmInfo &vm) const
{
    // An enumeration maps every VM of the host: what is the same for all of them is made once
    // and shared (values are implicitly shared), and the properties are added in one block.
    struct Shared
    {
        CimInstance empty = makeV2(cls::ComputerSystem);
        CimValue caption = cim::str(VmCaption);
        CimValue creationClassName = cim::str(cls::ComputerSystem);
        CimValue healthState = cim::u16(VmHealthState);
        CimValue operationalStatus = cim::u16s({ VmOperationalStatus });
        CimValue noStatus = cim::strings({});
        QHash<int, CimValue> enabledStates;
    };
    static const Shared shared = [] {
        Shared s;
        for (int state = int(VmState::Unknown); state <= int(VmState::Resetting); ++state) {
            const int code = Values::enabledState(VmState(state));
            s.enabledStates.insert(code, cim::u16(code));
        }
        return s;
    }();
    const int enabledState = Values::enabledState(vm.state);
    const auto state = shared.enabledStates.constFind(enabledState);

    CimInstance i = shared.empty;
    i.reserve(9);
    i.add(u"Caption"_s, shared.caption);
    i.add(u"CreationClassName"_s, shared.creationClassName);
    i.add(u"ElementName"_s, cim::str(vm.name));
    i.add(u"EnabledState"_s, state != shared.enabledStates.constEnd() ? *state : cim::u16(enabledState));
    i.add(u"HealthState"_s, shared.healthState);
    i.add(u"Name"_s, cim::str(upper(vm.id)));
    i.add(u"OnTimeInMilliseconds"_s, cim::u64(quint64(vm.uptimeMs)));
    i.add(u"OperationalStatus"_s, shared.operationalStatus);
    i.add(u"StatusDescriptions"_s, vm.status.isEmpty() ? shared.noStatus : cim::strings({ vm.status }));
    return i;
}

void HostInstances::writeVmSystem(wsman::XmlOut &out, const VmInfo &vm)
{
    // The same properties in the same order as vmSystem(); what every VM shares is written once.
    static const QByteArray head = [] {
        wsman::XmlOut o(512);
        const QString className(cls::ComputerSystem);
        o.raw("<p:").name(className).raw(" xmlns:p=\"").attribute(cim::uri(NsVirtualization, cls::ComputerSystem));
        o.raw("\" xsi:type=\"p:").name(className).raw("_Type\">");
        o.raw("<p:Caption>").text(VmCaption).raw("</p:Caption>");
        o.raw("<p:CreationClassName>").text(className).raw("</p:CreationClassName>");
        o.raw("<p:ElementName>");
        return o.take();
    }();
    out.raw(head).text(vm.name).raw("</p:ElementName><p:EnabledState>").number(Values::enabledState(vm.state));
    out.raw("</p:EnabledState><p:HealthState>").number(VmHealthState).raw("</p:HealthState><p:Name>");
    // A GUID, upper-cased while it is copied; anything else goes the general way.
    const qsizetype n = vm.id.size();
    char guid[64];
    bool plain = n <= qsizetype(sizeof guid);
    for (qsizetype i = 0; plain && i < n; ++i) {
        const char16_t c = vm.id.at(i).unicode();
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || c == '-')
            guid[i] = char(c);
        else if (c >= 'a' && c <= 'f')
            guid[i] = char(c - 'a' + 'A');
        else
            plain = false;
    }
    if (plain)
        out.raw(QByteArrayView(guid, n));
    else
        out.text(upper(vm.id));
    out.raw("</p:Name><p:OnTimeInMilliseconds>").unsignedNumber(quint64(vm.uptimeMs));
    out.raw("</p:OnTimeInMilliseconds><p:OperationalStatus>").number(VmOperationalStatus);
    out.raw("</p:OperationalStatus>");
    if (!vm.status.isEmpty())
        out.raw("<p:StatusDescriptions>").text(vm.status).raw("</p:StatusDescriptions>");
    out.raw("</p:Msvm_ComputerSystem>");
}

CimInstance HostInstances::hostSystem() const
{
    CimInstance h = makeV2(cls::ComputerSystem);
    h.set(u"Caption"_s, cim::str(HostCaption));
    h.set(u"CreationClassName"_s, cim::str(cls::ComputerSystem));
    h.set(u"ElementName"_s, cim::str(m_hostName));
    h.set(u"EnabledState"_s, cim::u16(enabled::Running));
    h.set(u"HealthState"_s, cim::u16(5));
    h.set(u"Name"_s, cim::str(m_hostName));
    h.set(u"OnTimeInMilliseconds"_s, CimValue::null(u"uint64"_s));
    h.set(u"OperationalStatus"_s, cim::u16s({ 2 }));
    return h;
}

void HostInstances::hostSystems(std::vector<CimInstance> *out) const
{
    const QList<const VmInfo *> all = vms();
    out->reserve(out->size() + 1 + size_t(all.size()));
    out->push_back(hostSystem());
    for (const VmInfo *vm : all)
        out->push_back(vmSystem(*vm));
}

bool HostInstances::itemWriter(const QString &ns, const QString &className, ItemWriter *out) const
{
    if (ns.compare(NsVirtualization, Qt::CaseInsensitive) != 0 || !is(className, cls::ComputerSystem) || !host())
        return false;
    // The host, then its VMs, as hostSystems() maps them; the VMs are written when asked for.
    const QList<const VmInfo *> all = vms();
    out->count = 1 + size_t(all.size());
    out->write = [hostObject = hostSystem(), all](wsman::XmlOut &xml, size_t i) {
        if (i == 0)
            wsman::InstanceXml::writeInstance(xml, hostObject, hostObject.resourceUri());
        else
            writeVmSystem(xml, *all[qsizetype(i) - 1]);
    };
    return true;
}

CimInstance HostInstances::summary(const VmInfo &vm) const
{
    CimInstance i = makeV2(cls::SummaryInformation);
    i.set(u"Name"_s, cim::str(upper(vm.id)));
    i.set(u"ElementName"_s, cim::str(vm.name));
    i.set(u"EnabledState"_s, cim::u16(Values::enabledState(vm.state)));
    i.set(u"ProcessorLoad"_s, cim::u16(vm.cpuUsage));
    i.set(u"NumberOfProcessors"_s, cim::u16(vm.processorCount));
    i.set(u"MemoryUsage"_s, cim::u64(vm.memoryAssignedBytes / MiB));
    i.set(u"MemoryDemand"_s, cim::u64(vm.memoryDemandBytes / MiB)); // unverified (schema: summary::MemoryDemand)
    i.set(u"UpTime"_s, cim::u64(quint64(vm.uptimeMs)));
    const IntegrationService *hb = vm.integrationServices.service(IntegrationServiceKind::Heartbeat);
    i.set(u"Heartbeat"_s, cim::u16(Values::operationalStatus(hb ? hb->status : IntegrationServiceStatus::NoContact)));
    i.set(u"GuestOperatingSystem"_s, cim::str(vm.operatingSystem));
    i.set(u"HealthState"_s, cim::u16(5));
    i.set(u"OperationalStatus"_s, cim::u16s({ 2 }));
    i.set(u"StatusDescriptions"_s, cim::strings(vm.status.isEmpty() ? QStringList() : QStringList { vm.status }));
    i.set(u"Version"_s, cim::str(vm.configurationVersion));
    return i;
}

void HostInstances::services(const QString &c, std::vector<CimInstance> *out) const
{
    if (is(c, cls::ManagementCapabilities)) {
        CimInstance i = makeV2(cls::ManagementCapabilities);
        i.set(u"InstanceID"_s, cim::str(u"Microsoft:"_s + m_hostName));
        const int max = host()->maxConfigurationVersion;
        QStringList versions;
        for (int v : { 40, 50, 60, 70, 80, 90, 100 }) {
            if (v <= max)
                versions << ConfigurationVersion::toString(v);
        }
        if (!versions.contains(ConfigurationVersion::toString(max)) && max > 0)
            versions << ConfigurationVersion::toString(max);
        i.set(QString(unverified::SupportedVersions), cim::strings(versions));
        out->push_back(i);
        return;
    }
    if (is(c, unverified::ImageManagementService)) {
        CimInstance i = makeV2(unverified::ImageManagementService);
        i.set(u"CreationClassName"_s, cim::str(unverified::ImageManagementService));
        i.set(u"ElementName"_s, cim::str(u"Image Management Service"_s));
        i.set(u"EnabledState"_s, cim::u16(2));
        i.set(u"Name"_s, cim::str(unverified::ImageManagementServiceName));
        i.set(u"SystemCreationClassName"_s, cim::str(cls::ComputerSystem));
        i.set(u"SystemName"_s, cim::str(m_hostName));
        out->push_back(i);
        return;
    }
    const bool migrationService = is(c, cls::MigrationService);
    CimInstance i = makeV2(migrationService ? cls::MigrationService : cls::ManagementService);
    i.set(u"CreationClassName"_s, cim::str(migrationService ? cls::MigrationService : cls::ManagementService));
    i.set(u"ElementName"_s,
        cim::str(migrationService ? u"Virtual System Migration Service"_s : u"Virtual Machine Management Service"_s));
    i.set(u"EnabledState"_s, cim::u16(2));
    i.set(u"Name"_s, cim::str(migrationService ? MigrationServiceName : ManagementServiceName));
    i.set(u"SystemCreationClassName"_s, cim::str(cls::ComputerSystem));
    i.set(u"SystemName"_s, cim::str(m_hostName));
    out->push_back(i);
}

CimInstance HostInstances::systemSettings(const VmInfo &vm) const
{
    CimInstance i = makeV2(cls::SystemSettingData);
    i.set(u"InstanceID"_s, cim::str(systemInstanceId(upper(vm.id))));
    i.set(u"ElementName"_s, cim::str(vm.name));
    i.set(u"VirtualSystemIdentifier"_s, cim::str(upper(vm.id)));
    i.set(u"VirtualSystemType"_s, cim::str(RealizedSystemType));
    i.set(u"VirtualSystemSubType"_s, cim::str(Values::subType(vm.generation)));
    i.set(u"Version"_s, cim::str(vm.configurationVersion));
    i.set(u"ConfigurationDataRoot"_s, cim::str(vm.configurationPath));
    i.set(u"SnapshotDataRoot"_s, cim::str(vm.checkpointPath));
    i.set(u"SwapFileDataRoot"_s, cim::str(vm.smartPagingPath));
    return i;
}

void HostInstances::vmSettings(const QString &c, std::vector<CimInstance> *out) const
{
    for (const VmInfo *vm : vms()) {
        const QString id = systemInstanceId(upper(vm->id));
        if (is(c, cls::SystemSettingData)) {
            out->push_back(systemSettings(*vm));
        } else if (is(c, cls::ProcessorSettingData)) {
            CimInstance i = makeV2(cls::ProcessorSettingData);
            i.set(u"InstanceID"_s, cim::str(id + u"\\b637f346-6a0e-4dec-af52-bd70cb80a21d\\0"_s));
            i.set(u"ResourceType"_s, cim::u16(3));
            i.set(u"VirtualQuantity"_s, cim::u64(quint64(vm->processorCount)));
            out->push_back(i);
        } else if (is(c, cls::MemorySettingData)) {
            CimInstance i = makeV2(cls::MemorySettingData);
            i.set(u"InstanceID"_s, cim::str(id + u"\\4764334d-e001-4176-82ee-5594ec9b530e"_s));
            i.set(u"ResourceType"_s, cim::u16(4));
            i.set(u"AllocationUnits"_s, cim::str(u"byte * 2^20"_s));
            i.set(u"VirtualQuantity"_s, cim::u64(vm->memoryStartupBytes / MiB));
            i.set(u"DynamicMemoryEnabled"_s, cim::boolean(vm->dynamicMemory));
            i.set(u"Reservation"_s, cim::u64(vm->memoryMinimumBytes / MiB));
            i.set(u"Limit"_s, cim::u64(vm->memoryMaximumBytes / MiB));
            out->push_back(i);
        } else if (is(c, cls::StorageAllocationSettingData)) {
            for (int d = 0; d < vm->disks.size(); ++d) {
                CimInstance i = makeV2(cls::StorageAllocationSettingData);
                i.set(
                    u"InstanceID"_s, cim::str(u"%1\\83F8638B-8DCA-4152-9EDA-2CA8B33039B4\\%2\\0\\L"_s.arg(id).arg(d)));
                i.set(u"ElementName"_s, cim::str(u"Hard Disk Image"_s));
                i.set(u"ResourceType"_s, cim::u16(31));
                i.set(u"ResourceSubType"_s, cim::str(VirtualHardDiskSubType));
                i.set(u"HostResource"_s, cim::strings({ vm->disks[d].path }));
                out->push_back(i);
            }
            // The DVD drive's media: empty, or the integration services setup disk while it is in.
            CimInstance dvd = makeV2(cls::StorageAllocationSettingData);
            dvd.set(u"InstanceID"_s, cim::str(id + u"\\D7B2A9E4-5E8F-4C3B-8A2D-1F3E5C7A9B01\\1\\0\\D"_s));
            dvd.set(u"ElementName"_s, cim::str(u"DVD Disk"_s));
            dvd.set(u"ResourceType"_s, cim::u16(16));
            dvd.set(u"ResourceSubType"_s, cim::str(VirtualDvdSubType));
            const bool inserted = m_host.simulation().upgrades().isBusy(vm->id);
            dvd.set(u"HostResource"_s, cim::strings(inserted ? QStringList { QString(SetupDiskPath) } : QStringList()));
            out->push_back(dvd);
        }
    }
}

void HostInstances::adapters(const QString &c, std::vector<CimInstance> *out) const
{
    for (const VmInfo *vm : vms()) {
        for (const NetworkAdapter &a : vm->adapters) {
            const NetworkAdapterSettings &s = a.settings;
            if (is(c, cls::SyntheticPortSettingData)) {
                out->push_back(AdapterInstances::port(s, a.runtime.macAddress));
            } else if (is(c, cls::PortAllocationSettingData)) {
                const CimInstance port = AdapterInstances::port(s, a.runtime.macAddress);
                out->push_back(AdapterInstances::allocation(
                    s, wmiPath(port), s.switchName.isEmpty() ? QString() : switchPath(m_hostName, s.switchName)));
            } else if (is(c, cls::VlanSettingData)) {
                if (auto i = AdapterInstances::vlan(s))
                    out->push_back(*i);
            } else if (is(c, cls::BandwidthSettingData)) {
                if (auto i = AdapterInstances::bandwidth(s))
                    out->push_back(*i);
            } else if (is(c, cls::OffloadSettingData)) {
                out->push_back(AdapterInstances::offload(s));
            } else if (is(c, cls::SecuritySettingData)) {
                out->push_back(AdapterInstances::security(s));
            } else if (is(c, cls::OffloadData)) {
                out->push_back(AdapterInstances::offloadData(s, a.runtime));
            } else if (is(c, cls::GuestNetworkConfiguration)) {
                out->push_back(AdapterInstances::guestNetwork(s, a.runtime));
            }
        }
    }
}

void HostInstances::switches(const QString &c, std::vector<CimInstance> *out) const
{
    const HostInfo &h = *host();
    auto nicDeviceId = [&](const QString &nicName) -> QString {
        return u"Microsoft:"_s + Values::stableGuid(m_hostName, u"nic/"_s + nicName);
    };
    if (is(c, cls::ExternalPort)) {
        for (const PhysicalNic &nic : h.nics) {
            CimInstance i = makeV2(cls::ExternalPort);
            i.set(u"CreationClassName"_s, cim::str(cls::ExternalPort));
            i.set(u"DeviceID"_s, cim::str(nicDeviceId(nic.name)));
            i.set(u"SystemCreationClassName"_s, cim::str(cls::ComputerSystem));
            i.set(u"SystemName"_s, cim::str(m_hostName));
            i.set(u"Name"_s, cim::str(nic.name));
            i.set(u"ElementName"_s, cim::str(nic.description));
            i.set(u"Speed"_s, cim::u64(nic.linkSpeedBps));
            i.set(u"EnabledState"_s, cim::u16(2));
            out->push_back(i);
        }
        return;
    }
    for (const VirtualSwitch &sw : h.switches) {
        const QString guid = switchGuid(m_hostName, sw.name);
        if (is(c, cls::VirtualSwitch)) {
            CimInstance i = makeV2(cls::VirtualSwitch);
            i.set(u"CreationClassName"_s, cim::str(cls::VirtualSwitch));
            i.set(u"Name"_s, cim::str(guid));
            i.set(u"ElementName"_s, cim::str(sw.name));
            i.set(u"EnabledState"_s, cim::u16(2));
            out->push_back(i);
        } else if (is(c, cls::SwitchSettingData)) {
            CimInstance i = makeV2(cls::SwitchSettingData);
            i.set(u"InstanceID"_s, cim::str(u"Microsoft:"_s + guid));
            i.set(u"ElementName"_s, cim::str(sw.name));
            i.set(u"VirtualSystemIdentifier"_s, cim::str(guid));
            i.set(u"IOVPreferred"_s, cim::boolean(sw.iovEnabled));
            i.set(u"BandwidthReservationMode"_s, cim::u32(int(sw.reservationMode)));
            i.set(QString(unverified::IovSupportReasons), cim::strings(sw.iovSupportReasons));
            out->push_back(i);
        } else if (is(c, cls::SwitchHardwareOffloadData)) {
            CimInstance i = makeV2(cls::SwitchHardwareOffloadData);
            i.set(u"InstanceID"_s, cim::str(u"Microsoft:"_s + guid + u"\\HardwareOffload"_s));
            i.set(u"SystemName"_s, cim::str(guid));
            i.set(u"IovVfCapacity"_s, cim::u32(sw.iovVirtualFunctionCount));
            i.set(u"IovVfUsage"_s, cim::u32(sw.iovVirtualFunctionsInUse));
            i.set(u"IPsecSACapacity"_s, cim::u32(sw.availableIpsecSa));
            i.set(u"IPsecSAUsage"_s, cim::u32(sw.ipsecSaAllocated));
            i.set(u"VmqCapacity"_s, cim::u32(sw.availableVmQueues));
            i.set(u"VmqUsage"_s, cim::u32(sw.vmqAllocated));
            out->push_back(i);
        } else if (is(c, cls::PortAllocationSettingData)) {
            // The switch's own port: bound to a physical NIC (external), to the host (internal),
            // or none (private).
            QString resource;
            if (sw.type == SwitchType::External && h.findNic(sw.boundNic)) {
                resource = wsman::Epr::make(cim::uri(NsVirtualization, cls::ExternalPort),
                    { { u"CreationClassName"_s, QString(cls::ExternalPort) },
                        { u"DeviceID"_s, nicDeviceId(sw.boundNic) },
                        { u"SystemCreationClassName"_s, QString(cls::ComputerSystem) },
                        { u"SystemName"_s, m_hostName } })
                               .toWmiPath(m_hostName);
            } else if (sw.type == SwitchType::Internal) {
                resource = wsman::Epr::make(cim::uri(NsVirtualization, cls::ComputerSystem),
                    { { u"CreationClassName"_s, QString(cls::ComputerSystem) }, { u"Name"_s, m_hostName } })
                               .toWmiPath(m_hostName);
            }
            if (resource.isEmpty() && sw.type != SwitchType::Private)
                continue;
            CimInstance i = makeV2(cls::PortAllocationSettingData);
            i.set(u"InstanceID"_s, cim::str(u"Microsoft:"_s + guid + u"\\Uplink"_s));
            i.set(u"ElementName"_s, cim::str(sw.name));
            i.set(u"ResourceType"_s, cim::u16(33));
            i.set(u"ResourceSubType"_s, cim::str(EthernetConnectionSubType));
            i.set(u"Parent"_s, cim::str(switchPath(m_hostName, sw.name)));
            i.set(u"HostResource"_s, cim::strings(resource.isEmpty() ? QStringList() : QStringList { resource }));
            i.set(u"EnabledState"_s, cim::u16(2));
            out->push_back(i);
        }
    }
}

void HostInstances::integrationComponents(int kind, bool settingData, std::vector<CimInstance> *out) const
{
    const IntegrationComponent &component = IntegrationComponents[kind];
    for (const VmInfo *vm : vms()) {
        const IntegrationService *service = vm->integrationServices.service(IntegrationServiceKind(kind));
        const bool on = service && service->enabled;
        const QString deviceId = systemInstanceId(upper(vm->id)) + QLatin1Char('\\') + component.instanceGuid;
        if (settingData) {
            CimInstance i = makeV2(component.settingDataClass);
            i.set(u"InstanceID"_s, cim::str(deviceId));
            i.set(u"ElementName"_s, cim::str(serviceElementName(kind)));
            i.set(u"EnabledState"_s, cim::u16(on ? 2 : 3));
            out->push_back(i);
            continue;
        }
        const IntegrationServiceStatus status = service ? service->status : IntegrationServiceStatus::NoContact;
        CimInstance i = makeV2(component.componentClass);
        i.set(u"CreationClassName"_s, cim::str(component.componentClass));
        i.set(u"DeviceID"_s, cim::str(deviceId));
        i.set(u"SystemCreationClassName"_s, cim::str(cls::ComputerSystem));
        i.set(u"SystemName"_s, cim::str(upper(vm->id)));
        i.set(u"ElementName"_s, cim::str(serviceElementName(kind)));
        i.set(u"EnabledState"_s, cim::u16(on ? 2 : 3));
        i.set(u"OperationalStatus"_s, cim::u16s({ Values::operationalStatus(status) }));
        i.set(u"StatusDescriptions"_s, cim::strings({ serviceStatusText(status) }));
        if (IntegrationServiceKind(kind) == IntegrationServiceKind::DataExchange) {
            // What the guest reported through data exchange: its integration services version
            // and operating system (hvdesk-simd keeps them while the VM is off, a real host does not).
            auto item = [](const QString &name, const QString &data) {
                CimInstance d(QString(cls::KvpExchangeDataItem), cim::uri(NsVirtualization, cls::KvpExchangeDataItem));
                d.set(u"Caption"_s, CimValue::null());
                d.set(u"Data"_s, cim::str(data));
                d.set(u"Name"_s, cim::str(name));
                d.set(u"Source"_s, cim::u16(2));
                return d;
            };
            std::vector<CimInstance> intrinsic;
            const IntegrationServicesInfo &is = vm->integrationServices;
            if (!is.guestVersion.isEmpty()) {
                intrinsic.push_back(item(QString(kvp::FullyQualifiedDomainName), vm->name));
                intrinsic.push_back(item(QString(kvp::OsName), vm->operatingSystem));
                intrinsic.push_back(item(QString(kvp::IntegrationServicesVersion), is.guestVersion));
            }
            i.set(u"GuestIntrinsicExchangeItems"_s, CimValue::instances(intrinsic));
            std::vector<CimInstance> guest;
            if (!is.pendingVersion.isEmpty())
                guest.push_back(item(QString(kvp::PendingVersion), is.pendingVersion));
            i.set(u"GuestExchangeItems"_s, CimValue::instances(guest));
        }
        out->push_back(i);
    }
}

void HostInstances::migration(const QString &c, std::vector<CimInstance> *out) const
{
    const HostMigrationSettings &m = host()->migration;
    if (is(c, cls::MigrationServiceSettingData)) {
        CimInstance i = makeV2(cls::MigrationServiceSettingData);
        i.set(u"InstanceID"_s, cim::str(u"Microsoft:"_s + m_hostName + u"\\MigrationService"_s));
        i.set(u"EnableVirtualSystemMigration"_s, cim::boolean(m.liveMigrationEnabled));
        i.set(u"MaximumActiveVirtualSystemMigration"_s, cim::u32(m.simultaneousLiveMigrations));
        i.set(u"MaximumActiveStorageMigration"_s, cim::u32(m.simultaneousStorageMigrations));
        i.set(u"AuthenticationType"_s, cim::u32(Values::authenticationType(m.authentication)));
        i.set(QString(unverified::EnableCompression), cim::boolean(m.performance == MigrationPerformance::Compression));
        i.set(QString(unverified::EnableSmbTransport), cim::boolean(m.performance == MigrationPerformance::Smb));
        out->push_back(i);
        return;
    }
    for (int n = 0; n < m.migrationNetworks.size(); ++n) {
        const QString &subnet = m.migrationNetworks[n];
        const qsizetype slash = subnet.indexOf(QLatin1Char('/'));
        CimInstance i = makeV2(cls::MigrationNetworkSettingData);
        i.set(u"InstanceID"_s, cim::str(u"Microsoft:"_s + m_hostName + u"\\MigrationNetwork\\"_s + subnet));
        i.set(u"SubnetNumber"_s, cim::str(subnet.left(slash)));
        i.set(u"PrefixLength"_s, cim::u16(slash < 0 ? 32 : subnet.mid(slash + 1).toInt()));
        i.set(u"Metric"_s, cim::u32((n + 1) * 100));
        out->push_back(i);
    }
}

CimInstance HostInstances::job(const WmiJob &j) const
{
    CimInstance i = makeV2(cls::ConcreteJob);
    i.set(u"InstanceID"_s, cim::str(j.instanceId));
    i.set(u"Caption"_s, cim::str(j.title));
    i.set(u"Description"_s, cim::str(j.description));
    i.set(u"ElementName"_s, cim::str(j.title));
    i.set(u"JobState"_s, cim::u16(j.jobState));
    i.set(u"JobStatus"_s, cim::str(j.phase));
    i.set(u"PercentComplete"_s, cim::u16(j.percent));
    i.set(u"ErrorCode"_s, cim::u16(j.errorCode));
    i.set(u"ErrorDescription"_s, cim::str(j.error.message));
    i.set(u"ErrorSummaryDescription"_s, cim::str(j.error.fix));
    i.set(u"Cancellable"_s, cim::boolean(j.cancellable && !j.isFinished()));
    i.set(u"JobType"_s, cim::u16(0));
    return i;
}

CimInstance HostInstances::cimError(const Error &error, int code)
{
    CimInstance i(QString(cls::CimError), cim::uri(NsVirtualization, cls::CimError));
    i.set(u"CIMStatusCode"_s, cim::u32(1));
    i.set(u"ErrorType"_s, cim::u16(0));
    i.set(u"Message"_s, cim::str(error.message));
    i.set(u"MessageID"_s, cim::str(error.code.isEmpty() ? QString::number(code) : error.code));
    i.set(u"OwningEntity"_s, cim::str(u"Microsoft-Windows-Hyper-V-VMMS"_s));
    i.set(u"PerceivedSeverity"_s, cim::u16(6));
    i.set(u"ErrorSource"_s, cim::str(error.field)); // unverified: hvdesk-simd puts the field at fault here
    i.set(u"RecommendedActions"_s, cim::strings(error.fix.isEmpty() ? QStringList() : QStringList { error.fix }));
    return i;
}

// --- root/cimv2 -------------------------------------------------------------------------------

void HostInstances::cimv2(const QString &c, std::vector<CimInstance> *out) const
{
    const HostInfo &h = *host();
    if (is(c, cls::Win32ComputerSystem)) {
        CimInstance i = make(NsCimv2, cls::Win32ComputerSystem);
        i.set(u"Name"_s, cim::str(h.name));
        i.set(u"Domain"_s, cim::str(h.cluster.isEmpty() ? u"WORKGROUP"_s : h.cluster + u".local"_s));
        i.set(u"Manufacturer"_s, cim::str(u"hvdesk simulator"_s));
        i.set(u"Model"_s, cim::str(u"Simulated host"_s));
        i.set(u"NumberOfLogicalProcessors"_s, cim::u32(h.logicalProcessors));
        i.set(u"TotalPhysicalMemory"_s, cim::u64(h.memoryBytes));
        out->push_back(i);
    } else if (is(c, cls::Win32OperatingSystem)) {
        CimInstance i = make(NsCimv2, cls::Win32OperatingSystem);
        i.set(u"Name"_s, cim::str(u"Microsoft "_s + h.osName + u"|C:\\Windows|\\Device\\Harddisk0\\Partition2"_s));
        i.set(u"Caption"_s, cim::str(u"Microsoft "_s + h.osName));
        i.set(u"Version"_s, cim::str(h.osBuild));
        i.set(u"CSName"_s, cim::str(h.name));
        i.set(u"FreePhysicalMemory"_s, cim::u64(h.memoryAvailableBytes / 1024));
        i.set(u"TotalVisibleMemorySize"_s, cim::u64(h.memoryBytes / 1024));
        out->push_back(i);
    } else if (is(c, cls::Win32Processor)) {
        CimInstance i = make(NsCimv2, cls::Win32Processor);
        i.set(u"DeviceID"_s, cim::str(u"CPU0"_s));
        i.set(u"Manufacturer"_s, cim::str(h.processorVendor));
        i.set(u"Name"_s, cim::str(h.processorModel));
        i.set(u"NumberOfCores"_s, cim::u32(h.hyperThreading ? h.logicalProcessors / 2 : h.logicalProcessors));
        i.set(u"NumberOfLogicalProcessors"_s, cim::u32(h.logicalProcessors));
        out->push_back(i);
    } else if (is(c, cls::Win32Volume)) {
        int n = 0;
        for (const StorageVolume &v : h.volumes) {
            CimInstance i = make(NsCimv2, cls::Win32Volume);
            i.set(u"DeviceID"_s,
                cim::str(u"\\\\?\\Volume{%1}\\"_s.arg(Values::stableGuid(h.name, u"volume/"_s + v.path).toLower())));
            i.set(u"Name"_s, cim::str(Values::volumeName(v.path)));
            i.set(u"Capacity"_s, cim::u64(v.capacityBytes));
            i.set(u"FreeSpace"_s, cim::u64(v.freeBytes));
            i.set(u"FileSystem"_s, cim::str(v.clusterShared ? u"CSVFS"_s : u"NTFS"_s));
            out->push_back(i);
            ++n;
        }
    } else { // CIM_DataFile: the virtual hard disks of the host's VMs
        for (const VmInfo *vm : vms()) {
            for (const VirtualDisk &d : vm->disks) {
                CimInstance i = make(NsCimv2, "CIM_DataFile"_L1);
                i.set(u"Name"_s, cim::str(d.path));
                i.set(u"Extension"_s, cim::str(d.path.section(QLatin1Char('.'), -1)));
                i.set(u"FileSize"_s, cim::u64(d.sizeBytes));
                out->push_back(i);
            }
        }
    }
}

// Per-core network processing, from the simulation's newest sample of this host.
void HostInstances::performance(const QString &c, std::vector<CimInstance> *out)
{
    const int h = hostIndex();
    m_host.touchNetworkSampling(h);
    const NetworkSample *sample = m_host.latestSample(h);
    if (!sample)
        return;
    const HostInfo &hi = *host();
    if (is(c, cls::PerfProcessor)) {
        for (int core = 0; core < sample->cores.size(); ++core) {
            const CoreSample &cs = sample->cores[core];
            const qint64 total = qRound64(cs.percent);
            const qint64 interrupt = qRound64(cs.percent * 0.2);
            CimInstance i = make(NsCimv2, cls::PerfProcessor);
            i.set(u"Name"_s, cim::str(u"0,%1"_s.arg(core)));
            i.set(u"PercentInterruptTime"_s, cim::u64(quint64(interrupt)));
            i.set(u"PercentDPCTime"_s, cim::u64(quint64(total - interrupt)));
            i.set(u"InterruptsPersec"_s, cim::u32(qRound64(cs.packetsPerSec / 16.0)));
            i.set(u"DPCsQueuedPersec"_s, cim::u32(qRound64(cs.packetsPerSec / 32.0)));
            i.set(QString(extra::PacketsPersec), real(cs.packetsPerSec));
            i.set(QString(extra::SampleTimeMs), cim::u64(quint64(sample->timeMs)));
            out->push_back(i);
        }
    } else if (is(c, cls::PerfNicActivity)) {
        // Per CPU and NIC: the packets of each NIC's queues on that core; the rest of the core's
        // packets (RSS) go to the host's first NIC.
        for (int core = 0; core < sample->cores.size(); ++core) {
            QHash<QString, double> perNic;
            double queued = 0;
            for (const QueueAssignment &q : sample->queues) {
                if (q.core == core) {
                    perNic[q.nic] += q.packetsPerSec;
                    queued += q.packetsPerSec;
                }
            }
            const double rest = sample->cores[core].packetsPerSec - queued;
            if (rest > 0.5 && !hi.nics.isEmpty())
                perNic[hi.nics.first().name] += rest;
            for (const PhysicalNic &nic : hi.nics) {
                if (!perNic.contains(nic.name))
                    continue;
                CimInstance i = make(NsCimv2, cls::PerfNicActivity);
                i.set(u"Name"_s,
                    cim::str(u"%1, %2"_s.arg(core).arg(nic.description.isEmpty() ? nic.name : nic.description)));
                i.set(u"ReceivedPacketsPersec"_s, real(perNic.value(nic.name)));
                i.set(QString(extra::Nic), cim::str(nic.name));
                i.set(QString(extra::Core), cim::u32(core));
                out->push_back(i);
            }
        }
    } else if (is(c, cls::PerfSwitchProcessor)) {
        for (int core = 0; core < sample->cores.size(); ++core) {
            int queues = 0;
            for (const QueueAssignment &q : sample->queues) {
                if (q.core == core && q.queue >= 0)
                    ++queues;
            }
            CimInstance i = make(NsCimv2, cls::PerfSwitchProcessor);
            i.set(u"Name"_s, cim::str(u"CPU %1"_s.arg(core)));
            i.set(u"NumberofVMQs"_s, cim::u32(queues));
            i.set(u"PacketsfromExternalPersec"_s, real(sample->cores[core].packetsPerSec));
            i.set(u"PacketsfromInternalPersec"_s, cim::u32(0));
            i.set(QString(extra::Core), cim::u32(core));
            out->push_back(i);
        }
    } else { // per VM adapter
        for (const FlowSample &f : sample->flows) {
            CimInstance i = make(NsCimv2, cls::PerfVmAdapter);
            i.set(u"Name"_s, cim::str(u"%1_%2_%3"_s.arg(f.vmName, f.adapterName, f.adapterId)));
            i.set(u"BytesReceivedPersec"_s, real(f.deliveredInMbps * 125000.0));
            i.set(u"BytesSentPersec"_s, real(f.deliveredOutMbps * 125000.0));
            i.set(u"PacketsReceivedPersec"_s, real(f.receivedPacketsPerSec));
            i.set(u"DroppedPacketsIncomingPersec"_s, real(f.droppedPacketsPerSec));
            i.set(QString(extra::VmId), cim::str(f.vmId));
            i.set(QString(extra::VmName), cim::str(f.vmName));
            i.set(QString(extra::AdapterId), cim::str(f.adapterId));
            i.set(QString(extra::AdapterName), cim::str(f.adapterName));
            i.set(QString(extra::Nic), cim::str(f.nic));
            i.set(QString(extra::ReceivePath), cim::u16(Values::receivePathCode(f.path)));
            i.set(QString(extra::Core), cim::s32(f.core));
            i.set(QString(extra::OfferedInMbps), real(f.offeredInMbps));
            i.set(QString(extra::OfferedOutMbps), real(f.offeredOutMbps));
            i.set(QString(extra::DroppedInMbps), real(f.droppedInMbps));
            i.set(QString(extra::DropCause), cim::u16(Values::dropCauseCode(f.dropCause)));
            i.set(QString(extra::HostCorePercent), real(f.hostCorePercent));
            i.set(QString(extra::IpsecSasOffloaded), cim::u32(f.ipsecSasOffloaded));
            i.set(QString(extra::IpsecSasInGuest), cim::u32(f.ipsecSasInGuest));
            i.set(QString(extra::GuestIpsecCpuPercent), real(f.guestIpsecCpuPercent));
            out->push_back(i);
        }
    }
}

// --- root/StandardCimv2 -----------------------------------------------------------------------

void HostInstances::netAdapters(const QString &c, std::vector<CimInstance> *out)
{
    const HostInfo &h = *host();
    if (is(c, cls::NetAdapterVmqQueue)) {
        const int hi = hostIndex();
        m_host.touchNetworkSampling(hi);
        const NetworkSample *sample = m_host.latestSample(hi);
        if (!sample)
            return;
        for (const QueueAssignment &q : sample->queues) {
            CimInstance i = make(NsStandardCimv2, cls::NetAdapterVmqQueue);
            i.set(u"InstanceID"_s,
                cim::str(u"{%1}::%2"_s.arg(Values::stableGuid(h.name, u"nic/"_s + q.nic)).arg(q.queue + 1)));
            i.set(u"Name"_s, cim::str(q.nic));
            i.set(u"QueueID"_s, cim::u32(q.queue + 1)); // 0 is the default queue
            i.set(u"VmFriendlyName"_s, cim::str(q.vmName));
            i.set(QString(extra::VmId), cim::str(q.vmId));
            i.set(QString(extra::Core), cim::u32(q.core));
            i.set(QString(extra::PacketsPersec), real(q.packetsPerSec));
            out->push_back(i);
        }
        return;
    }
    for (const PhysicalNic &nic : h.nics) {
        const QLatin1String className = is(c, cls::NetAdapterRss) ? cls::NetAdapterRss
            : is(c, cls::NetAdapterVmq)                           ? cls::NetAdapterVmq
            : is(c, cls::NetAdapterSriov)                         ? cls::NetAdapterSriov
                                                                  : cls::NetAdapterIpsec;
        CimInstance i = make(NsStandardCimv2, className);
        i.set(u"InstanceID"_s, cim::str(u"{%1}"_s.arg(Values::stableGuid(h.name, u"nic/"_s + nic.name))));
        i.set(u"Name"_s, cim::str(nic.name));
        i.set(u"InterfaceDescription"_s, cim::str(nic.description));
        if (className == cls::NetAdapterRss) {
            i.set(u"Enabled"_s, cim::boolean(nic.rss.enabled));
            i.set(u"BaseProcessorNumber"_s, cim::u16(nic.rss.baseProcessor));
            i.set(u"MaxProcessors"_s, cim::u32(nic.rss.maxProcessors));
            i.set(u"NumberOfReceiveQueues"_s, cim::u32(nic.rss.queues));
            i.set(QString(unverified::ChecksumOffload), cim::boolean(nic.checksumOffload));
            i.set(QString(unverified::LargeSendOffload), cim::boolean(nic.largeSendOffload));
        } else if (className == cls::NetAdapterVmq) {
            i.set(u"Enabled"_s, cim::boolean(nic.vmq.enabled));
            i.set(u"BaseProcessorNumber"_s, cim::u16(nic.vmq.baseProcessor));
            i.set(u"MaxProcessors"_s, cim::u32(nic.vmq.maxProcessors));
            i.set(u"NumberOfReceiveQueues"_s, cim::u32(nic.vmq.queues));
            i.set(QString(unverified::DynamicVmq), cim::boolean(nic.vmq.dynamic));
        } else if (className == cls::NetAdapterSriov) {
            i.set(u"Enabled"_s, cim::boolean(nic.sriovSupported));
            i.set(u"SriovSupport"_s, cim::u32(nic.sriovSupported ? 1 : 0)); // unverified: 1 = supported
            i.set(u"NumVFs"_s, cim::u32(nic.sriovVirtualFunctions));
        } else {
            i.set(u"Enabled"_s, cim::boolean(nic.ipsecOffloadCapacity > 0));
            i.set(QString(unverified::IpsecCapacity), cim::u32(nic.ipsecOffloadCapacity));
        }
        out->push_back(i);
    }
}

// --- root/MSCluster ----------------------------------------------------------------------------

void HostInstances::cluster(const QString &c, std::vector<CimInstance> *out) const
{
    const HostInfo &h = *host();
    if (is(c, cls::Cluster)) {
        CimInstance i = make(NsCluster, cls::Cluster);
        i.set(u"Name"_s, cim::str(h.cluster));
        out->push_back(i);
        return;
    }
    for (const HostInfo &other : m_host.simulation().hosts()) {
        if (other.cluster != h.cluster)
            continue;
        CimInstance i = make(NsCluster, cls::ClusterNode);
        i.set(u"Name"_s, cim::str(other.name));
        i.set(u"State"_s, cim::u32(other.connection == ConnectionState::Connected ? 0 : 1)); // 0 up, 1 down
        out->push_back(i);
    }
}

} // namespace hvdesk::simd
