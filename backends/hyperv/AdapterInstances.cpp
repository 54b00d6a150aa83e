#include "AdapterInstances.h"

#include "CimValues.h"
#include "HyperVSchema.h"
#include "HyperVValues.h"

#include <wsman/Epr.h>

namespace hvdesk::hyperv {

using namespace Qt::StringLiterals;
using wsman::CimInstance;

namespace {

const QString GuestNetworkPrefix = u"Microsoft:GuestNetwork\\"_s;
const QLatin1String FeatureOffloadData("OffloadData");

CimInstance make(QLatin1String className)
{
    return CimInstance(QString(className), cim::uri(NsVirtualization, className));
}

} // namespace

CimInstance AdapterInstances::port(const NetworkAdapterSettings &s, const QString &macInUse)
{
    CimInstance i = make(cls::SyntheticPortSettingData);
    i.set(u"InstanceID"_s, cim::str(s.id));
    i.set(u"ElementName"_s, cim::str(s.name));
    i.set(u"ResourceType"_s, cim::u16(10));
    i.set(u"ResourceSubType"_s, cim::str(SyntheticPortSubType));
    i.set(u"StaticMacAddress"_s, cim::boolean(s.staticMacAddress));
    i.set(u"Address"_s, cim::str(s.macAddress.isEmpty() ? macInUse : s.macAddress));
    i.set(QString(unverified::DeviceNamingEnabled), cim::boolean(s.deviceNaming));
    i.set(QString(unverified::ClusterMonitored), cim::boolean(s.protectedNetwork));
    return i;
}

CimInstance AdapterInstances::allocation(
    const NetworkAdapterSettings &s, const QString &portPath, const QString &switchPath)
{
    CimInstance i = make(cls::PortAllocationSettingData);
    i.set(u"InstanceID"_s, cim::str(allocationInstanceId(s.id)));
    i.set(u"ElementName"_s, cim::str(u"Dynamic Ethernet Switch Port"_s));
    i.set(u"ResourceType"_s, cim::u16(33));
    i.set(u"ResourceSubType"_s, cim::str(EthernetConnectionSubType));
    i.set(u"Parent"_s, cim::str(portPath));
    i.set(u"HostResource"_s, cim::strings(switchPath.isEmpty() ? QStringList() : QStringList { switchPath }));
    i.set(u"EnabledState"_s, cim::u16(switchPath.isEmpty() ? 3 : 2));
    return i;
}

std::optional<CimInstance> AdapterInstances::vlan(const NetworkAdapterSettings &s)
{
    if (!s.vlanEnabled)
        return std::nullopt;
    CimInstance i = make(cls::VlanSettingData);
    i.set(u"InstanceID"_s, cim::str(featureInstanceId(allocationInstanceId(s.id), FeatureVlan)));
    i.set(u"AccessVlanId"_s, cim::u16(s.vlanId));
    i.set(u"OperationMode"_s, cim::u32(VlanModeAccess));
    return i;
}

std::optional<CimInstance> AdapterInstances::bandwidth(const NetworkAdapterSettings &s)
{
    if (s.minimumBandwidthAbsolute == 0 && s.minimumBandwidthWeight == 0 && s.maximumBandwidth == 0)
        return std::nullopt;
    CimInstance i = make(cls::BandwidthSettingData);
    i.set(u"InstanceID"_s, cim::str(featureInstanceId(allocationInstanceId(s.id), FeatureBandwidth)));
    i.set(u"Limit"_s, cim::u64(s.maximumBandwidth));
    i.set(u"Reservation"_s, cim::u64(s.minimumBandwidthAbsolute));
    i.set(u"Weight"_s, cim::u32(s.minimumBandwidthWeight));
    i.set(u"BurstLimit"_s, cim::u64(0));
    i.set(u"BurstSize"_s, cim::u64(0));
    return i;
}

CimInstance AdapterInstances::offload(const NetworkAdapterSettings &s)
{
    CimInstance i = make(cls::OffloadSettingData);
    i.set(u"InstanceID"_s, cim::str(featureInstanceId(allocationInstanceId(s.id), FeatureOffload)));
    i.set(u"VMQOffloadWeight"_s, cim::u32(s.vmqWeight));
    i.set(u"IPSecOffloadLimit"_s, cim::u32(s.ipsecOffloadMaximumSecurityAssociation));
    i.set(u"IOVOffloadWeight"_s, cim::u32(s.iovWeight));
    i.set(u"IOVQueuePairsRequested"_s, cim::u32(s.iovQueuePairsRequested));
    i.set(u"IOVInterruptModeration"_s, cim::u32(Values::interruptModeration(s.iovInterruptModeration)));
    return i;
}

CimInstance AdapterInstances::security(const NetworkAdapterSettings &s)
{
    CimInstance i = make(cls::SecuritySettingData);
    i.set(u"InstanceID"_s, cim::str(featureInstanceId(allocationInstanceId(s.id), FeatureSecurity)));
    i.set(u"AllowMacSpoofing"_s, cim::boolean(s.macAddressSpoofing));
    i.set(u"EnableDhcpGuard"_s, cim::boolean(s.dhcpGuard));
    i.set(u"EnableRouterGuard"_s, cim::boolean(s.routerGuard));
    i.set(u"MonitorMode"_s, cim::u16(Values::monitorMode(s.portMirroring)));
    i.set(u"AllowTeaming"_s, cim::boolean(s.allowTeaming));
    return i;
}

CimInstance AdapterInstances::offloadData(const NetworkAdapterSettings &s, const NetworkAdapterRuntime &rt)
{
    CimInstance i = make(cls::OffloadData);
    i.set(u"InstanceID"_s, cim::str(featureInstanceId(allocationInstanceId(s.id), FeatureOffloadData)));
    i.set(u"VMQOffloadUsage"_s, cim::u32(rt.vmqUsage ? 1 : 0));
    i.set(u"IPSecCurrentOffloadSaCount"_s, cim::u32(rt.ipsecOffloadSaUsage));
    i.set(u"IOVOffloadUsage"_s, cim::u32(rt.iovUsage ? 1 : 0));
    i.set(u"IovQueuePairUsage"_s, cim::u32(rt.iovQueuePairsAssigned));
    i.set(u"IovVfDataPathActive"_s, cim::boolean(rt.vfDataPathActive));
    i.set(u"VirtualFunctionId"_s, rt.virtualFunction >= 0 ? cim::u16(rt.virtualFunction) : wsman::CimValue::null());
    i.set(QString(unverified::IovFallbackReason), cim::str(rt.iovFallbackReason));
    i.set(QString(unverified::PortStatus), cim::str(rt.status));
    i.set(QString(unverified::PortStatusDescription), cim::str(rt.statusDescription));
    return i;
}

CimInstance AdapterInstances::guestNetwork(const NetworkAdapterSettings &s, const NetworkAdapterRuntime &rt)
{
    CimInstance i = make(cls::GuestNetworkConfiguration);
    const QString rest = s.id.mid(qsizetype(sizeof("Microsoft:") - 1));
    i.set(u"InstanceID"_s, cim::str(GuestNetworkPrefix + rest));
    i.set(u"IPAddresses"_s, cim::strings(rt.ipAddresses));
    return i;
}

QString AdapterInstances::adapterIdOf(const CimInstance &instance)
{
    QString id = instance.string(u"InstanceID"_s).value_or(QString());
    if (id.startsWith(GuestNetworkPrefix, Qt::CaseInsensitive))
        id = u"Microsoft:"_s + id.mid(GuestNetworkPrefix.size());
    if (Values::vmIdOfInstanceId(id).isEmpty())
        return QString();
    const QStringList parts = id.split(QLatin1Char('\\'));
    if (parts.size() < 2)
        return QString();
    return parts[0] + QLatin1Char('\\') + parts[1];
}

QString AdapterInstances::featureOf(const QString &className)
{
    if (className.compare(cls::VlanSettingData, Qt::CaseInsensitive) == 0)
        return FeatureVlan;
    if (className.compare(cls::BandwidthSettingData, Qt::CaseInsensitive) == 0)
        return FeatureBandwidth;
    if (className.compare(cls::OffloadSettingData, Qt::CaseInsensitive) == 0)
        return FeatureOffload;
    if (className.compare(cls::SecuritySettingData, Qt::CaseInsensitive) == 0)
        return FeatureSecurity;
    return QString();
}

void AdapterInstances::readPort(const CimInstance &i, NetworkAdapterSettings *s, NetworkAdapterRuntime *rt)
{
    s->id = cim::text(i, u"InstanceID"_s, s->id);
    s->name = cim::text(i, u"ElementName"_s, s->name);
    s->staticMacAddress = cim::flag(i, u"StaticMacAddress"_s, s->staticMacAddress);
    if (i.has(u"Address"_s))
        s->macAddress = NetworkAdapterRules::normalizeMac(cim::text(i, u"Address"_s));
    if (rt)
        rt->macAddress = s->macAddress;
    s->deviceNaming = cim::flag(i, QString(unverified::DeviceNamingEnabled), s->deviceNaming);
    s->protectedNetwork = cim::flag(i, QString(unverified::ClusterMonitored), s->protectedNetwork);
}

QString AdapterInstances::readAllocation(const CimInstance &i)
{
    if (cim::integer(i, u"EnabledState"_s, 2) == 3)
        return QString();
    const QStringList resources = i.stringList(u"HostResource"_s);
    if (resources.isEmpty())
        return QString();
    Error error;
    const wsman::Epr epr = wsman::Epr::fromWmiPath(resources.first(), &error);
    return error.isNull() ? epr.selector(u"Name"_s) : QString();
}

void AdapterInstances::readVlan(const CimInstance &i, NetworkAdapterSettings *s)
{
    const qint64 id = cim::integer(i, u"AccessVlanId"_s, 0);
    s->vlanEnabled = id > 0;
    s->vlanId = int(id);
}

void AdapterInstances::readBandwidth(const CimInstance &i, NetworkAdapterSettings *s)
{
    s->maximumBandwidth = cim::uinteger(i, u"Limit"_s, s->maximumBandwidth);
    s->minimumBandwidthAbsolute = cim::uinteger(i, u"Reservation"_s, s->minimumBandwidthAbsolute);
    s->minimumBandwidthWeight = int(cim::integer(i, u"Weight"_s, s->minimumBandwidthWeight));
}

void AdapterInstances::readOffload(const CimInstance &i, NetworkAdapterSettings *s)
{
    s->vmqWeight = int(cim::integer(i, u"VMQOffloadWeight"_s, s->vmqWeight));
    s->ipsecOffloadMaximumSecurityAssociation
        = quint32(cim::uinteger(i, u"IPSecOffloadLimit"_s, s->ipsecOffloadMaximumSecurityAssociation));
    s->iovWeight = int(cim::integer(i, u"IOVOffloadWeight"_s, s->iovWeight));
    s->iovQueuePairsRequested = int(cim::integer(i, u"IOVQueuePairsRequested"_s, s->iovQueuePairsRequested));
    if (i.has(u"IOVInterruptModeration"_s))
        s->iovInterruptModeration = Values::iovInterruptModeration(int(cim::integer(i, u"IOVInterruptModeration"_s)));
}

void AdapterInstances::readSecurity(const CimInstance &i, NetworkAdapterSettings *s)
{
    s->macAddressSpoofing = cim::flag(i, u"AllowMacSpoofing"_s, s->macAddressSpoofing);
    s->dhcpGuard = cim::flag(i, u"EnableDhcpGuard"_s, s->dhcpGuard);
    s->routerGuard = cim::flag(i, u"EnableRouterGuard"_s, s->routerGuard);
    if (i.has(u"MonitorMode"_s))
        s->portMirroring = Values::portMirroring(int(cim::integer(i, u"MonitorMode"_s)));
    s->allowTeaming = cim::flag(i, u"AllowTeaming"_s, s->allowTeaming);
}

void AdapterInstances::readOffloadData(const CimInstance &i, NetworkAdapterRuntime *rt)
{
    rt->vmqUsage = cim::integer(i, u"VMQOffloadUsage"_s) > 0;
    rt->ipsecOffloadSaUsage = quint32(cim::uinteger(i, u"IPSecCurrentOffloadSaCount"_s));
    rt->iovUsage = cim::integer(i, u"IOVOffloadUsage"_s) > 0;
    rt->iovQueuePairsAssigned = int(cim::integer(i, u"IovQueuePairUsage"_s));
    rt->vfDataPathActive = cim::flag(i, u"IovVfDataPathActive"_s);
    rt->virtualFunction = int(cim::integer(i, u"VirtualFunctionId"_s, -1));
    rt->iovFallbackReason = cim::text(i, QString(unverified::IovFallbackReason));
    rt->status = cim::text(i, QString(unverified::PortStatus), rt->status);
    rt->statusDescription = cim::text(i, QString(unverified::PortStatusDescription), rt->statusDescription);
}

void AdapterInstances::readGuestNetwork(const CimInstance &i, NetworkAdapterRuntime *rt)
{
    rt->ipAddresses = i.stringList(u"IPAddresses"_s);
}

bool AdapterInstances::readAny(const CimInstance &i, NetworkAdapterSettings *s)
{
    const QString c = i.className();
    if (c.compare(cls::SyntheticPortSettingData, Qt::CaseInsensitive) == 0)
        readPort(i, s, nullptr);
    else if (c.compare(cls::VlanSettingData, Qt::CaseInsensitive) == 0)
        readVlan(i, s);
    else if (c.compare(cls::BandwidthSettingData, Qt::CaseInsensitive) == 0)
        readBandwidth(i, s);
    else if (c.compare(cls::OffloadSettingData, Qt::CaseInsensitive) == 0)
        readOffload(i, s);
    else if (c.compare(cls::SecuritySettingData, Qt::CaseInsensitive) == 0)
        readSecurity(i, s);
    else
        return false;
    return true;
}

} // namespace hvdesk::hyperv
