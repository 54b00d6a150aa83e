// The methods of the Hyper-V provider: state changes, settings changes, jobs, moves, host
// migration settings, NIC receive scaling and the one registry value hvdesk reads.
#include "HyperVProvider.h"

#include <hyperv/AdapterInstances.h>
#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <simulated/MigrationEngine.h>

#include <models/MigrationCompatibility.h>
#include <models/MigrationPaths.h>

namespace hvdesk::simd {

using namespace Qt::StringLiterals;
using namespace hyperv;
using wsman::CimInstance;
using wsman::CimProperty;
using wsman::CimValue;
using wsman::Fault;
using wsman::Request;
using wsman::Response;

namespace {

bool is(const QString &a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

const CimValue *param(const Request &request, const QString &name)
{
    for (const CimProperty &p : request.parameters) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p.value;
    }
    return nullptr;
}

std::optional<qint64> intParam(const Request &request, const QString &name)
{
    const CimValue *v = param(request, name);
    if (!v || v->isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v->text().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// Embedded instances of a parameter: decoded by the request parser, or CIM-XML text.
std::vector<CimInstance> instancesParam(const Request &request, const QString &name)
{
    const CimValue *v = param(request, name);
    if (!v)
        return {};
    return v->embedded();
}

QList<wsman::Epr> eprsParam(const Request &request, const QString &name)
{
    const CimValue *v = param(request, name);
    return v ? v->eprs() : QList<wsman::Epr>();
}

const NetworkAdapter *findAdapter(const VmInfo &vm, const QString &adapterId)
{
    for (const NetworkAdapter &a : vm.adapters) {
        if (a.settings.id.compare(adapterId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

// The modification of one adapter inside a change, created from the VM's current settings.
NetworkAdapterSettings &modificationOf(VmSettingsChange &change, const NetworkAdapterSettings &current)
{
    for (AdapterModification &m : change.modifiedAdapters) {
        if (m.after.id == current.id)
            return m.after;
    }
    change.modifiedAdapters << AdapterModification { current, current };
    return change.modifiedAdapters.last().after;
}

} // namespace

Response HyperVProvider::output(const Request &request, int returnValue, QList<CimProperty> out) const
{
    Response r;
    r.kind = Response::Kind::Invoke;
    r.instance = CimInstance(request.method + u"_OUTPUT"_s, request.resourceUri);
    for (const CimProperty &p : out)
        r.instance.set(p.name, p.value);
    r.instance.set(u"ReturnValue"_s, cim::u32(returnValue));
    return r;
}

Response HyperVProvider::jobOutput(const Request &request, const QString &jobId, QList<CimProperty> out) const
{
    out << CimProperty { u"Job"_s, CimValue::reference(m_instances.jobEpr(jobId)) };
    return output(request, ret::JobStarted, out);
}

int HyperVProvider::vmIndexOfInstance(const CimInstance &instance) const
{
    const QString vmId = Values::vmIdOfInstanceId(instance.string(u"InstanceID"_s).value_or(QString()));
    const int index = m_host.simulation().indexOfVm(vmId);
    if (index < 0 || m_host.simulation().vm(index).hostName != m_instances.hostName())
        return -1;
    return index;
}

Response HyperVProvider::invoke(const Request &request)
{
    CimInstance object;
    Response fault;
    if (!target(request, &object, &fault))
        return fault;
    const QString c = wsman::classFromResourceUri(request.resourceUri);
    const QString &m = request.method;
    auto method = [&](QLatin1String className, const char *name) {
        return is(c, className) && m.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (method(cls::ComputerSystem, "RequestStateChange"))
        return requestStateChange(request, object);
    if (method(cls::ShutdownComponent, "InitiateShutdown"))
        return initiateShutdown(request, object);
    if (method(cls::ManagementService, "GetSummaryInformation"))
        return getSummaryInformation(request);
    if (method(cls::ManagementService, "ModifyResourceSettings"))
        return modifyResourceSettings(request);
    if (method(cls::ManagementService, "AddResourceSettings"))
        return addResourceSettings(request);
    if (method(cls::ManagementService, "RemoveResourceSettings"))
        return removeResourceSettings(request);
    if (method(cls::ManagementService, "ModifyFeatureSettings") || method(cls::ManagementService, "AddFeatureSettings")
        || method(cls::ManagementService, "RemoveFeatureSettings"))
        return featureSettings(request);
    if (is(c, cls::ManagementService) && m.compare(unverified::UpgradeSystemVersion, Qt::CaseInsensitive) == 0)
        return upgradeSystemVersion(request);
    if (method(cls::ConcreteJob, "RequestStateChange") || method(cls::ConcreteJob, "GetErrorEx")
        || method(cls::ConcreteJob, "GetError"))
        return jobMethod(request, object);
    if (method(cls::MigrationService, "MigrateVirtualSystemToHost"))
        return migrate(request, false);
    if (method(cls::MigrationService, "CheckVirtualSystemIsMigratableToHost"))
        return migrate(request, true);
    if (method(cls::MigrationService, "ModifyServiceSettings") || method(cls::MigrationService, "AddNetworkSettings")
        || method(cls::MigrationService, "RemoveNetworkSettings"))
        return migrationServiceSettings(request);
    if (method(cls::NetAdapterRss, "Enable") || method(cls::NetAdapterRss, "Disable")
        || method(cls::NetAdapterVmq, "Enable") || method(cls::NetAdapterVmq, "Disable"))
        return receiveScaling(request, object);
    if (method(cls::StdRegProv, "GetStringValue"))
        return registry(request);
    if (is(c, unverified::ImageManagementService)
        && m.compare(unverified::GetVirtualHardDiskSettingData, Qt::CaseInsensitive) == 0)
        return virtualHardDiskSettingData(request);
    return faultResponse(Fault::make(
        Fault::Kind::ActionNotSupported, tr("The method %1 of %2 is not supported by this provider.").arg(m, c)));
}

Response HyperVProvider::requestStateChange(const Request &request, const CimInstance &object)
{
    sim::Simulation &s = m_host.simulation();
    const int index = s.indexOfVm(object.string(u"Name"_s).value_or(QString()).toLower());
    if (index < 0)
        return output(request, ret::InvalidParameter); // the host itself
    const std::optional<qint64> requested = intParam(request, u"RequestedState"_s);
    if (!requested)
        return output(request, ret::InvalidParameter);
    const VmInfo &vm = s.vm(index);
    const std::optional<VmAction> action = Values::actionFor(int(*requested), vm.state);
    if (!action)
        return output(request, ret::InvalidParameter);
    const quint64 token = m_host.nextToken();
    const Error e = s.beginStateChange(index, *action, token);
    const QString title = VmStates::displayName(*action);
    if (e.code == "vm.transition"_L1)
        return output(request, ret::InvalidState); // as Hyper-V: a transition the state does not allow
    if (!e.isNull())
        return jobOutput(request, m_host.addFailedJob(hostName(), title, vm.id, e));
    return jobOutput(request, m_host.addJob(hostName(), title, vm.id, token));
}

Response HyperVProvider::initiateShutdown(const Request &request, const CimInstance &object)
{
    sim::Simulation &s = m_host.simulation();
    const int index = s.indexOfVm(object.string(u"SystemName"_s).value_or(QString()).toLower());
    if (index < 0)
        return output(request, ret::InvalidParameter);
    const quint64 token = m_host.nextToken();
    const Error e = s.beginStateChange(index, VmAction::ShutDown, token);
    const QString title = VmStates::displayName(VmAction::ShutDown);
    if (e.code == "vm.transition"_L1)
        return output(request, ret::InvalidState);
    if (!e.isNull())
        return jobOutput(request, m_host.addFailedJob(hostName(), title, s.vm(index).id, e));
    return jobOutput(request, m_host.addJob(hostName(), title, s.vm(index).id, token));
}

Response HyperVProvider::getSummaryInformation(const Request &request)
{
    static const QHash<int, QString> names = {
        { summary::Name, u"Name"_s },
        { summary::ElementName, u"ElementName"_s },
        { summary::EnabledState, u"EnabledState"_s },
        { summary::ProcessorLoad, u"ProcessorLoad"_s },
        { summary::MemoryUsage, u"MemoryUsage"_s },
        { summary::Heartbeat, u"Heartbeat"_s },
        { summary::Uptime, u"UpTime"_s },
        { summary::GuestOperatingSystem, u"GuestOperatingSystem"_s },
        { summary::HealthState, u"HealthState"_s },
        { summary::OperationalStatus, u"OperationalStatus"_s },
        { summary::StatusDescriptions, u"StatusDescriptions"_s },
        { summary::MemoryDemand, u"MemoryDemand"_s },
        { summary::NumberOfProcessors, u"NumberOfProcessors"_s },
        { summary::Version, u"Version"_s },
    };
    QStringList wanted;
    if (const CimValue *v = param(request, u"RequestedInformation"_s)) {
        for (const QString &t : v->texts()) {
            if (names.contains(t.toInt()))
                wanted << names.value(t.toInt());
        }
    }
    QSet<QString> only;
    for (const wsman::Epr &e : eprsParam(request, u"SettingData"_s))
        only.insert(Values::vmIdOfInstanceId(e.selector(u"InstanceID"_s)));
    const sim::Simulation &s = m_host.simulation();
    std::vector<CimInstance> out;
    for (int i = 0; i < s.vmCount(); ++i) {
        const VmInfo &vm = s.vm(i);
        if (vm.hostName != hostName() || (!only.isEmpty() && !only.contains(vm.id)))
            continue;
        const CimInstance full = m_instances.summary(vm);
        if (wanted.isEmpty()) {
            out.push_back(full);
            continue;
        }
        CimInstance part(full.className(), full.resourceUri());
        part.set(u"Name"_s, full.value(u"Name"_s)); // always: it tells the VMs apart
        for (const QString &name : std::as_const(wanted))
            part.set(name, full.value(name));
        out.push_back(part);
    }
    return output(request, ret::Completed, { { u"SummaryInformation"_s, CimValue::instances(out) } });
}

Response HyperVProvider::applyChange(
    const Request &request, const QString &title, const VmSettingsChange &change, QList<CimProperty> out)
{
    sim::Simulation &s = m_host.simulation();
    const int index = s.indexOfVm(change.vmId);
    const quint64 token = m_host.nextToken();
    const Error e = s.beginApplySettings(index, change, token);
    if (!e.isNull())
        return jobOutput(request, m_host.addFailedJob(hostName(), title, change.vmId, e), out);
    return jobOutput(request, m_host.addJob(hostName(), title, change.vmId, token), out);
}

Response HyperVProvider::modifyResourceSettings(const Request &request)
{
    sim::Simulation &s = m_host.simulation();
    const std::vector<CimInstance> settings = instancesParam(request, u"ResourceSettings"_s);
    if (settings.empty())
        return output(request, ret::InvalidParameter);
    VmSettingsChange change;
    QList<wsman::Epr> resulting;
    for (const CimInstance &rasd : settings) {
        const int index = vmIndexOfInstance(rasd);
        if (index < 0 || (!change.vmId.isEmpty() && change.vmId != s.vm(index).id))
            return output(request, ret::InvalidParameter); // unknown, or settings of several VMs at once
        const VmInfo &vm = s.vm(index);
        change.vmId = vm.id;
        const QString c = rasd.className();
        if (is(c, cls::StorageAllocationSettingData)) {
            // The DVD drive: inserting the integration services setup disk runs setup in the guest.
            const QStringList media = rasd.stringList(u"HostResource"_s);
            if (settings.size() != 1)
                return output(request, ret::InvalidParameter);
            if (media.isEmpty())
                return output(
                    request, ret::Completed, { { u"ResultingResourceSettings"_s, CimValue::references({}) } });
            if (media.first().compare(SetupDiskPath, Qt::CaseInsensitive) != 0)
                return output(request, ret::FileNotFound);
            const quint64 token = m_host.nextToken();
            const Error e = s.beginSetupDisk(index, token);
            const QString title = tr("Insert Integration Services Setup Disk");
            if (!e.isNull())
                return jobOutput(request, m_host.addFailedJob(hostName(), title, vm.id, e));
            return jobOutput(request, m_host.addJob(hostName(), title, vm.id, token));
        }
        bool handled = false;
        for (int k = 0; k < int(std::size(IntegrationComponents)); ++k) {
            if (is(c, IntegrationComponents[k].settingDataClass)) {
                IntegrationService service;
                service.kind = IntegrationServiceKind(k);
                service.enabled = cim::integer(rasd, u"EnabledState"_s, 2) == 2;
                change.changedServices << service;
                handled = true;
            }
        }
        if (handled)
            continue;
        const QString adapterId = AdapterInstances::adapterIdOf(rasd);
        const NetworkAdapter *adapter = findAdapter(vm, adapterId);
        if (!adapter)
            return output(request, ret::InvalidParameter);
        NetworkAdapterSettings &after = modificationOf(change, adapter->settings);
        if (is(c, cls::SyntheticPortSettingData)) {
            AdapterInstances::readPort(rasd, &after, nullptr);
            after.id = adapter->settings.id;
        } else if (is(c, cls::PortAllocationSettingData)) {
            const QString guid = AdapterInstances::readAllocation(rasd);
            QString name;
            const HostInfo &h = s.hosts()[m_instances.hostIndex()];
            for (const VirtualSwitch &sw : h.switches) {
                if (m_instances.switchGuid(h.name, sw.name).compare(guid, Qt::CaseInsensitive) == 0)
                    name = sw.name;
            }
            if (!guid.isEmpty() && name.isEmpty())
                return output(request, ret::InvalidParameter); // a switch this host does not have
            after.switchName = name;
        } else {
            return output(request, ret::NotSupported);
        }
        resulting << m_instances.eprOf(rasd);
    }
    return applyChange(
        request, tr("Apply settings"), change, { { u"ResultingResourceSettings"_s, CimValue::references(resulting) } });
}

Response HyperVProvider::addResourceSettings(const Request &request)
{
    sim::Simulation &s = m_host.simulation();
    const std::optional<wsman::Epr> system = [&]() -> std::optional<wsman::Epr> {
        const CimValue *v = param(request, u"AffectedConfiguration"_s);
        if (!v || v->eprs().isEmpty())
            return std::nullopt;
        return v->eprs().first();
    }();
    const std::vector<CimInstance> settings = instancesParam(request, u"ResourceSettings"_s);
    if (!system || settings.size() != 1)
        return output(request, ret::InvalidParameter);
    const int index = s.indexOfVm(Values::vmIdOfInstanceId(system->selector(u"InstanceID"_s)));
    if (index < 0 || s.vm(index).hostName != hostName())
        return output(request, ret::InvalidParameter);
    const VmInfo &vm = s.vm(index);
    const CimInstance &rasd = settings.front();
    VmSettingsChange change;
    change.vmId = vm.id;
    if (is(rasd.className(), cls::SyntheticPortSettingData)) {
        // A new adapter, not connected yet (its allocation comes next). Its id is handed out now
        // so that the caller can refer to it.
        NetworkAdapterSettings added;
        AdapterInstances::readPort(rasd, &added, nullptr);
        int ordinal = 0;
        for (const NetworkAdapter &a : vm.adapters)
            ordinal = qMax(ordinal, a.settings.id.section(QLatin1Char('\\'), -1).toInt() + 1);
        added.id = u"Microsoft:%1\\%2"_s.arg(vm.id.toUpper()).arg(ordinal);
        added.switchName.clear();
        change.addedAdapters << added;
        const CimInstance port = AdapterInstances::port(added, added.macAddress);
        return applyChange(request, tr("Add network adapter"), change,
            { { u"ResultingResourceSettings"_s, CimValue::references({ m_instances.eprOf(port) }) } });
    }
    if (is(rasd.className(), cls::PortAllocationSettingData)) {
        // Connecting a new adapter: its Parent names the port.
        Error error;
        const wsman::Epr parent = wsman::Epr::fromWmiPath(rasd.string(u"Parent"_s).value_or(QString()), &error);
        const NetworkAdapter *adapter = findAdapter(vm, parent.selector(u"InstanceID"_s));
        if (!adapter)
            return output(request, ret::InvalidParameter);
        CimInstance modified = rasd;
        modified.set(u"InstanceID"_s, cim::str(allocationInstanceId(adapter->settings.id)));
        Request asModify = request;
        asModify.parameters = { { u"ResourceSettings"_s, CimValue::instances({ modified }) } };
        return modifyResourceSettings(asModify);
    }
    return output(request, ret::NotSupported);
}

Response HyperVProvider::removeResourceSettings(const Request &request)
{
    sim::Simulation &s = m_host.simulation();
    VmSettingsChange change;
    for (const wsman::Epr &e : eprsParam(request, u"ResourceSettings"_s)) {
        const QString id = e.selector(u"InstanceID"_s);
        const int index = s.indexOfVm(Values::vmIdOfInstanceId(id));
        if (index < 0 || s.vm(index).hostName != hostName()
            || (!change.vmId.isEmpty() && change.vmId != s.vm(index).id))
            return output(request, ret::InvalidParameter);
        change.vmId = s.vm(index).id;
        if (!is(e.className(), cls::SyntheticPortSettingData) || !findAdapter(s.vm(index), id))
            return output(request, ret::InvalidParameter);
        change.removedAdapterIds << findAdapter(s.vm(index), id)->settings.id;
    }
    if (change.vmId.isEmpty())
        return output(request, ret::InvalidParameter);
    return applyChange(request, tr("Remove network adapter"), change);
}

Response HyperVProvider::featureSettings(const Request &request)
{
    sim::Simulation &s = m_host.simulation();
    const bool remove = request.method.compare("RemoveFeatureSettings"_L1, Qt::CaseInsensitive) == 0;
    VmSettingsChange change;
    QList<wsman::Epr> resulting;
    auto adapterFor = [&](const QString &instanceId, const NetworkAdapter **adapter) {
        const int index = s.indexOfVm(Values::vmIdOfInstanceId(instanceId));
        if (index < 0 || s.vm(index).hostName != hostName()
            || (!change.vmId.isEmpty() && change.vmId != s.vm(index).id))
            return false;
        change.vmId = s.vm(index).id;
        CimInstance probe;
        probe.set(u"InstanceID"_s, cim::str(instanceId));
        *adapter = findAdapter(s.vm(index), AdapterInstances::adapterIdOf(probe));
        return *adapter != nullptr;
    };
    if (remove) {
        for (const wsman::Epr &e : eprsParam(request, u"FeatureSettings"_s)) {
            const NetworkAdapter *adapter = nullptr;
            if (!adapterFor(e.selector(u"InstanceID"_s), &adapter))
                return output(request, ret::InvalidParameter);
            NetworkAdapterSettings &after = modificationOf(change, adapter->settings);
            const NetworkAdapterSettings defaults;
            const QString feature = AdapterInstances::featureOf(e.className());
            if (feature == FeatureVlan) {
                after.vlanEnabled = false;
                after.vlanId = 0;
            } else if (feature == FeatureBandwidth) {
                after.minimumBandwidthAbsolute = 0;
                after.minimumBandwidthWeight = 0;
                after.maximumBandwidth = 0;
            } else if (feature == FeatureOffload) {
                after.vmqWeight = defaults.vmqWeight;
                after.ipsecOffloadMaximumSecurityAssociation = defaults.ipsecOffloadMaximumSecurityAssociation;
                after.iovWeight = defaults.iovWeight;
                after.iovQueuePairsRequested = defaults.iovQueuePairsRequested;
                after.iovInterruptModeration = defaults.iovInterruptModeration;
            } else if (feature == FeatureSecurity) {
                after.macAddressSpoofing = defaults.macAddressSpoofing;
                after.dhcpGuard = defaults.dhcpGuard;
                after.routerGuard = defaults.routerGuard;
                after.portMirroring = defaults.portMirroring;
                after.allowTeaming = defaults.allowTeaming;
            } else {
                return output(request, ret::NotSupported);
            }
        }
    } else {
        // Add: the features belong to the allocation named by AffectedConfiguration; Modify: to
        // the allocation their own InstanceID names.
        QString allocationId;
        if (const CimValue *v = param(request, u"AffectedConfiguration"_s); v && !v->eprs().isEmpty())
            allocationId = v->eprs().first().selector(u"InstanceID"_s);
        for (const CimInstance &fsd : instancesParam(request, u"FeatureSettings"_s)) {
            const QString instanceId
                = allocationId.isEmpty() ? fsd.string(u"InstanceID"_s).value_or(QString()) : allocationId;
            const NetworkAdapter *adapter = nullptr;
            if (!adapterFor(instanceId, &adapter))
                return output(request, ret::InvalidParameter);
            NetworkAdapterSettings &after = modificationOf(change, adapter->settings);
            if (!AdapterInstances::readAny(fsd, &after) || is(fsd.className(), cls::SyntheticPortSettingData))
                return output(request, ret::NotSupported);
            const QString feature = AdapterInstances::featureOf(fsd.className());
            CimInstance result(fsd.className(), fsd.resourceUri());
            result.set(
                u"InstanceID"_s, cim::str(featureInstanceId(allocationInstanceId(adapter->settings.id), feature)));
            resulting << m_instances.eprOf(result);
        }
    }
    if (change.vmId.isEmpty())
        return output(request, ret::InvalidParameter);
    QList<CimProperty> out;
    if (!remove)
        out << CimProperty { u"ResultingFeatureSettings"_s, CimValue::references(resulting) };
    return applyChange(request, tr("Apply settings"), change, out);
}

Response HyperVProvider::upgradeSystemVersion(const Request &request)
{
    sim::Simulation &s = m_host.simulation();
    const QList<wsman::Epr> systems = eprsParam(request, u"ComputerSystem"_s);
    const int index = systems.isEmpty() ? -1 : s.indexOfVm(systems.first().selector(u"Name"_s).toLower());
    if (index < 0 || s.vm(index).hostName != hostName())
        return output(request, ret::InvalidParameter);
    const quint64 token = m_host.nextToken();
    const Error e = s.beginConfigurationUpgrade(index, token);
    const QString title = tr("Upgrade Configuration Version");
    if (!e.isNull())
        return jobOutput(request, m_host.addFailedJob(hostName(), title, s.vm(index).id, e));
    return jobOutput(request, m_host.addJob(hostName(), title, s.vm(index).id, token));
}

Response HyperVProvider::jobMethod(const Request &request, const CimInstance &object)
{
    const QString id = object.string(u"InstanceID"_s).value_or(QString());
    if (request.method.compare("RequestStateChange"_L1, Qt::CaseInsensitive) == 0) {
        const std::optional<qint64> requested = intParam(request, u"RequestedState"_s);
        if (!requested || (*requested != job::RequestTerminate && *requested != 5))
            return output(request, ret::InvalidParameter);
        const Error e = m_host.cancelJob(id);
        return output(request, e.isNull() ? ret::Completed : e.code.toInt());
    }
    // GetErrorEx / GetError: the failure as CIM_Error instances.
    const WmiJob *job = m_host.job(id);
    std::vector<CimInstance> errors;
    if (job && !job->error.isNull())
        errors.push_back(HostInstances::cimError(job->error, job->errorCode));
    const bool single = request.method.compare("GetError"_L1, Qt::CaseInsensitive) == 0;
    if (single)
        return output(request, ret::Completed,
            { { u"Error"_s, errors.empty() ? CimValue::null() : CimValue::instance(errors.front()) } });
    return output(request, ret::Completed, { { u"Errors"_s, CimValue::instances(errors) } });
}

Response HyperVProvider::migrate(const Request &request, bool checkOnly)
{
    sim::Simulation &s = m_host.simulation();
    const QList<wsman::Epr> systems = eprsParam(request, u"ComputerSystem"_s);
    const int index = systems.isEmpty() ? -1 : s.indexOfVm(systems.first().selector(u"Name"_s).toLower());
    if (index < 0 || s.vm(index).hostName != hostName())
        return output(request, ret::InvalidParameter);
    const VmInfo &vm = s.vm(index);
    MigrationRequest move;
    move.vmId = vm.id;
    const std::vector<CimInstance> msd = instancesParam(request, u"MigrationSettingData"_s);
    move.type
        = MigrationType(msd.empty() ? int(MigrationType::Live)
                                    : int(cim::integer(msd.front(), u"MigrationType"_s, int(MigrationType::Live))));
    if (const CimValue *dest = param(request, u"DestinationHost"_s))
        move.destinationHost = dest->text();
    if (move.type == MigrationType::Storage)
        move.destinationHost.clear();
    const std::vector<CimInstance> system = instancesParam(request, u"NewSystemSettingData"_s);
    if (!system.empty()) {
        move.virtualMachinePath = cim::text(system.front(), u"ConfigurationDataRoot"_s);
        move.snapshotFilePath = cim::text(system.front(), u"SnapshotDataRoot"_s);
        move.smartPagingFilePath = cim::text(system.front(), u"SwapFileDataRoot"_s);
    }
    const QString destName = move.destinationHost.isEmpty() ? vm.hostName : move.destinationHost;
    const int destIndex = s.indexOfHost(destName);
    for (const CimInstance &rasd : instancesParam(request, u"NewResourceSettingData"_s)) {
        if (is(rasd.className(), cls::StorageAllocationSettingData)) {
            // "...\\<controller>\\<disk index>\\0\\L" names the disk.
            const QString id = cim::text(rasd, u"InstanceID"_s);
            const QStringList parts = id.split(QLatin1Char('\\'));
            const int d = parts.size() >= 3 ? parts[2].toInt() : -1;
            const QStringList media = rasd.stringList(u"HostResource"_s);
            if (d < 0 || d >= vm.disks.size() || media.isEmpty())
                return output(request, ret::InvalidParameter);
            move.disks << DiskDestination { vm.disks[d].path, media.first() };
        } else if (is(rasd.className(), cls::PortAllocationSettingData)) {
            const QString adapterId = AdapterInstances::adapterIdOf(rasd);
            const QString guid = AdapterInstances::readAllocation(rasd);
            QString name;
            if (destIndex >= 0) {
                for (const VirtualSwitch &sw : s.hosts()[destIndex].switches) {
                    if (m_instances.switchGuid(destName, sw.name).compare(guid, Qt::CaseInsensitive) == 0)
                        name = sw.name;
                }
            }
            if (!guid.isEmpty() && name.isEmpty())
                return output(request, ret::InvalidParameter);
            const NetworkAdapter *adapter = findAdapter(vm, adapterId);
            if (!adapter)
                return output(request, ret::InvalidParameter);
            move.switchMapping << qMakePair(adapter->settings.id, name);
        }
    }
    if (checkOnly) {
        QStringList reasons;
        if (destIndex < 0) {
            reasons << tr("No host named '%1' is known.").arg(destName);
        } else {
            const MigrationCheckInput in { vm, s.hosts()[s.indexOfHost(vm.hostName)], s.hosts()[destIndex],
                MigrationPaths::resolved(vm, move) };
            for (const Diagnostic &d : MigrationCompatibility::checkAll(in)) {
                if (d.isError())
                    reasons << d.message;
            }
        }
        return output(request, ret::Completed,
            { { u"IsMigratable"_s, cim::boolean(reasons.isEmpty()) }, { u"Reasons"_s, cim::strings(reasons) } });
    }
    const quint64 token = m_host.nextToken();
    const Error e = s.migrations().enqueue(index, move, token);
    const QString title = move.type == MigrationType::Storage ? tr("Move storage") : tr("Move");
    if (!e.isNull())
        return jobOutput(request, m_host.addFailedJob(hostName(), title, vm.id, e));
    return jobOutput(request, m_host.addJob(hostName(), title, vm.id, token));
}

// GetVirtualHardDiskSettingData(Path): the disk of one of this host's VMs, with its virtual size
// (MaxInternalSize) and its size on disk (FileSize) from the simulation.
Response HyperVProvider::virtualHardDiskSettingData(const Request &request)
{
    const CimValue *path = param(request, u"Path"_s);
    if (!path || path->text().isEmpty())
        return output(request, ret::InvalidParameter);
    const sim::Simulation &s = m_host.simulation();
    for (int v = 0; v < s.vmCount(); ++v) {
        const VmInfo &vm = s.vm(v);
        if (vm.hostName != hostName())
            continue;
        for (const VirtualDisk &d : vm.disks) {
            if (d.path.compare(path->text(), Qt::CaseInsensitive) != 0)
                continue;
            CimInstance sd(QString(unverified::VirtualHardDiskSettingData),
                wsman::wmiResourceUri(NsVirtualization, QString(unverified::VirtualHardDiskSettingData)));
            sd.set(u"Path"_s, cim::str(d.path));
            sd.set(u"Format"_s, cim::u16(d.path.endsWith(".vhd"_L1, Qt::CaseInsensitive) ? 2 : 3)); // VHD, VHDX
            sd.set(u"Type"_s, cim::u16(3)); // dynamically expanding
            sd.set(QString(unverified::MaxInternalSize), cim::u64(d.maxSizeBytes));
            sd.set(u"FileSize"_s, cim::u64(d.sizeBytes));
            return output(request, ret::Completed, { { u"SettingData"_s, CimValue::instance(sd) } });
        }
    }
    return output(request, ret::FileNotFound);
}

Response HyperVProvider::migrationServiceSettings(const Request &request)
{
    sim::Simulation &s = m_host.simulation();
    const int h = m_instances.hostIndex();
    HostMigrationSettings settings = s.hosts()[h].migration;
    const QString &m = request.method;
    if (m.compare("ModifyServiceSettings"_L1, Qt::CaseInsensitive) == 0) {
        const std::vector<CimInstance> sd = instancesParam(request, u"ServiceSettingData"_s);
        if (sd.empty())
            return output(request, ret::InvalidParameter);
        const CimInstance &i = sd.front();
        settings.liveMigrationEnabled = cim::flag(i, u"EnableVirtualSystemMigration"_s, settings.liveMigrationEnabled);
        settings.simultaneousLiveMigrations
            = int(cim::integer(i, u"MaximumActiveVirtualSystemMigration"_s, settings.simultaneousLiveMigrations));
        settings.simultaneousStorageMigrations
            = int(cim::integer(i, u"MaximumActiveStorageMigration"_s, settings.simultaneousStorageMigrations));
        if (i.has(u"AuthenticationType"_s))
            settings.authentication = Values::migrationAuthentication(int(cim::integer(i, u"AuthenticationType"_s)));
        if (i.has(QString(unverified::EnableCompression)) || i.has(QString(unverified::EnableSmbTransport))) {
            settings.performance = cim::flag(i, QString(unverified::EnableSmbTransport)) ? MigrationPerformance::Smb
                : cim::flag(i, QString(unverified::EnableCompression)) ? MigrationPerformance::Compression
                                                                       : MigrationPerformance::TcpIp;
        }
    } else if (m.compare("AddNetworkSettings"_L1, Qt::CaseInsensitive) == 0) {
        QList<QPair<qint64, QString>> ordered;
        for (int n = 0; n < settings.migrationNetworks.size(); ++n)
            ordered << qMakePair(qint64(n + 1) * 100, settings.migrationNetworks[n]);
        for (const CimInstance &i : instancesParam(request, u"NetworkSettings"_s)) {
            const QString subnet
                = u"%1/%2"_s.arg(cim::text(i, u"SubnetNumber"_s)).arg(cim::integer(i, u"PrefixLength"_s, 32));
            if (!settings.migrationNetworks.contains(subnet))
                ordered << qMakePair(cim::integer(i, u"Metric"_s, 100000), subnet);
        }
        std::stable_sort(
            ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        settings.migrationNetworks.clear();
        for (const auto &o : std::as_const(ordered))
            settings.migrationNetworks << o.second;
    } else { // RemoveNetworkSettings
        for (const wsman::Epr &e : eprsParam(request, u"NetworkSettings"_s)) {
            const QString id = e.selector(u"InstanceID"_s);
            settings.migrationNetworks.removeAll(id.section(u"\\MigrationNetwork\\"_s, 1));
        }
    }
    const quint64 token = m_host.nextToken();
    const Error e = s.migrations().beginHostSettings(h, settings, token);
    const QString title = tr("Hyper-V Settings");
    if (!e.isNull())
        return jobOutput(request, m_host.addFailedJob(hostName(), title, QString(), e));
    return jobOutput(request, m_host.addJob(hostName(), title, QString(), token, false));
}

Response HyperVProvider::receiveScaling(const Request &request, const CimInstance &object)
{
    sim::Simulation &s = m_host.simulation();
    const int h = m_instances.hostIndex();
    const QString nicName = object.string(u"Name"_s).value_or(QString());
    const PhysicalNic *nic = s.hosts()[h].findNic(nicName);
    if (!nic)
        return output(request, ret::InvalidParameter);
    const bool rssClass = is(object.className(), cls::NetAdapterRss);
    const bool enable = request.method.compare("Enable"_L1, Qt::CaseInsensitive) == 0;
    NicReceiveScaling scaling;
    scaling.mode = nic->rss.enabled ? NicReceiveScaling::Mode::Rss
        : nic->vmq.enabled          ? NicReceiveScaling::Mode::Vmq
                                    : NicReceiveScaling::Mode::None;
    scaling.dynamicVmq = nic->vmq.dynamic;
    const NicReceiveScaling::Mode mine = rssClass ? NicReceiveScaling::Mode::Rss : NicReceiveScaling::Mode::Vmq;
    if (enable) {
        scaling.mode = mine;
        if (!rssClass) {
            if (const CimValue *d = param(request, QString(unverified::DynamicVmq)); d && !d->isNull())
                scaling.dynamicVmq = d->text().compare("true"_L1, Qt::CaseInsensitive) == 0 || d->text() == "1"_L1;
        }
    } else if (scaling.mode == mine) {
        scaling.mode = NicReceiveScaling::Mode::None;
    }
    const Error e = s.setNicReceiveScaling(h, nicName, scaling);
    if (!e.isNull())
        return faultResponse(
            Fault::wmi(Fault::Kind::InternalError, e.message, QString::number(ret::Failed), e.message));
    return output(request, ret::Completed);
}

Response HyperVProvider::registry(const Request &request)
{
    const std::optional<qint64> key = intParam(request, u"hDefKey"_s);
    const QString subKey = param(request, u"sSubKeyName"_s) ? param(request, u"sSubKeyName"_s)->text() : QString();
    const QString value = param(request, u"sValueName"_s) ? param(request, u"sValueName"_s)->text() : QString();
    const int h = m_instances.hostIndex();
    if (key.value_or(HkeyLocalMachine) == qint64(HkeyLocalMachine)
        && subKey.compare(GuestInstallerKey, Qt::CaseInsensitive) == 0
        && value.compare(GuestInstallerValue, Qt::CaseInsensitive) == 0 && h >= 0
        && !m_host.simulation().hosts()[h].integrationServicesVersion.isEmpty())
        return output(
            request, 0, { { u"sValue"_s, cim::str(m_host.simulation().hosts()[h].integrationServicesVersion) } });
    return output(request, 2, { { u"sValue"_s, CimValue::null(u"string"_s) } }); // ERROR_FILE_NOT_FOUND
}

} // namespace hvdesk::simd
