#pragma once

// The part of the WMI schema that hvdesk reads and writes on a Hyper-V host, in one place: the
// provider of hvdesk-simd serves exactly this, and the remote backend reads exactly this. Names
// follow Microsoft's documentation of the root/virtualization/v2 provider. Everything marked
// "unverified" is our best knowledge, not checked against a real host; correct it here.

#include <QLatin1String>
#include <QString>

namespace hvdesk::hyperv {

// --- WMI namespaces -------------------------------------------------------------------------
inline constexpr QLatin1String NsVirtualization("root/virtualization/v2");
inline constexpr QLatin1String NsCimv2("root/cimv2");
inline constexpr QLatin1String NsStandardCimv2("root/StandardCimv2");
inline constexpr QLatin1String NsCluster("root/MSCluster");
inline constexpr QLatin1String NsDefault("root/default");

// --- Classes --------------------------------------------------------------------------------
namespace cls {
// root/virtualization/v2
inline constexpr QLatin1String ComputerSystem("Msvm_ComputerSystem");
inline constexpr QLatin1String SummaryInformation("Msvm_SummaryInformation");
inline constexpr QLatin1String ManagementService("Msvm_VirtualSystemManagementService");
inline constexpr QLatin1String ManagementCapabilities(
    "Msvm_VirtualSystemManagementCapabilities"); // unverified: SupportedVersions
inline constexpr QLatin1String SystemSettingData("Msvm_VirtualSystemSettingData");
inline constexpr QLatin1String ProcessorSettingData("Msvm_ProcessorSettingData");
inline constexpr QLatin1String MemorySettingData("Msvm_MemorySettingData");
inline constexpr QLatin1String StorageAllocationSettingData("Msvm_StorageAllocationSettingData");
inline constexpr QLatin1String SyntheticPortSettingData("Msvm_SyntheticEthernetPortSettingData");
inline constexpr QLatin1String PortAllocationSettingData("Msvm_EthernetPortAllocationSettingData");
inline constexpr QLatin1String VlanSettingData("Msvm_EthernetSwitchPortVlanSettingData");
inline constexpr QLatin1String BandwidthSettingData("Msvm_EthernetSwitchPortBandwidthSettingData");
inline constexpr QLatin1String OffloadSettingData("Msvm_EthernetSwitchPortOffloadSettingData");
inline constexpr QLatin1String SecuritySettingData("Msvm_EthernetSwitchPortSecuritySettingData");
inline constexpr QLatin1String OffloadData("Msvm_EthernetSwitchPortOffloadData");
inline constexpr QLatin1String GuestNetworkConfiguration("Msvm_GuestNetworkAdapterConfiguration");
inline constexpr QLatin1String VirtualSwitch("Msvm_VirtualEthernetSwitch");
inline constexpr QLatin1String SwitchSettingData("Msvm_VirtualEthernetSwitchSettingData");
inline constexpr QLatin1String SwitchHardwareOffloadData("Msvm_EthernetSwitchHardwareOffloadData");
inline constexpr QLatin1String ExternalPort("Msvm_ExternalEthernetPort");
inline constexpr QLatin1String ConcreteJob("Msvm_ConcreteJob");
inline constexpr QLatin1String MigrationService("Msvm_VirtualSystemMigrationService");
inline constexpr QLatin1String MigrationSettingData("Msvm_VirtualSystemMigrationSettingData");
inline constexpr QLatin1String MigrationServiceSettingData("Msvm_VirtualSystemMigrationServiceSettingData");
inline constexpr QLatin1String MigrationNetworkSettingData("Msvm_VirtualSystemMigrationNetworkSettingData");
inline constexpr QLatin1String KvpExchangeComponent("Msvm_KvpExchangeComponent");
inline constexpr QLatin1String KvpExchangeDataItem("Msvm_KvpExchangeDataItem");
inline constexpr QLatin1String ShutdownComponent("Msvm_ShutdownComponent");
inline constexpr QLatin1String TimeSyncComponent("Msvm_TimeSyncComponent");
inline constexpr QLatin1String HeartbeatComponent("Msvm_HeartbeatComponent");
inline constexpr QLatin1String VssComponent("Msvm_VssComponent");
inline constexpr QLatin1String GuestServiceComponent("Msvm_GuestServiceInterfaceComponent");
inline constexpr QLatin1String CimError("CIM_Error");
// root/cimv2
inline constexpr QLatin1String Win32ComputerSystem("Win32_ComputerSystem");
inline constexpr QLatin1String Win32OperatingSystem("Win32_OperatingSystem");
inline constexpr QLatin1String Win32Processor("Win32_Processor");
inline constexpr QLatin1String Win32Volume("Win32_Volume");
inline constexpr QLatin1String PerfProcessor("Win32_PerfFormattedData_Counters_ProcessorInformation");
inline constexpr QLatin1String PerfNicActivity(
    "Win32_PerfFormattedData_Counters_PerProcessorNetworkInterfaceCardActivity");
inline constexpr QLatin1String PerfSwitchProcessor(
    "Win32_PerfFormattedData_NvspSwitchProcStats_HyperVVirtualSwitchProcessor");
inline constexpr QLatin1String PerfVmAdapter("Win32_PerfFormattedData_NvspNicStats_HyperVVirtualNetworkAdapter");
// root/StandardCimv2
inline constexpr QLatin1String NetAdapterRss("MSFT_NetAdapterRssSettingData");
inline constexpr QLatin1String NetAdapterVmq("MSFT_NetAdapterVmqSettingData");
inline constexpr QLatin1String NetAdapterSriov("MSFT_NetAdapterSriovSettingData");
inline constexpr QLatin1String NetAdapterIpsec("MSFT_NetAdapterIPsecOffloadV2SettingData");
inline constexpr QLatin1String NetAdapterVmqQueue("MSFT_NetAdapterVmqQueueSettingData");
// root/MSCluster
inline constexpr QLatin1String Cluster("MSCluster_Cluster");
inline constexpr QLatin1String ClusterNode("MSCluster_Node");
// root/default
inline constexpr QLatin1String StdRegProv("StdRegProv");
} // namespace cls

// --- Fixed values -----------------------------------------------------------------------------
inline constexpr QLatin1String HostCaption("Hosting Computer System");
inline constexpr QLatin1String VmCaption("Virtual Machine");
inline constexpr QLatin1String RealizedSystemType("Microsoft:Hyper-V:System:Realized");
inline constexpr QLatin1String SubTypeGeneration1("Microsoft:Hyper-V:SubType:1");
inline constexpr QLatin1String SubTypeGeneration2("Microsoft:Hyper-V:SubType:2");
inline constexpr QLatin1String ManagementServiceName("vmms");
inline constexpr QLatin1String MigrationServiceName("vmms"); // unverified: the migration service's Name
inline constexpr QLatin1String SyntheticPortSubType("Microsoft:Hyper-V:Synthetic Ethernet Port");
inline constexpr QLatin1String EthernetConnectionSubType("Microsoft:Hyper-V:Ethernet Connection");
inline constexpr QLatin1String VirtualHardDiskSubType("Microsoft:Hyper-V:Virtual Hard Disk");
inline constexpr QLatin1String VirtualDvdSubType("Microsoft:Hyper-V:Virtual CD/DVD Disk");
inline constexpr QLatin1String SetupDiskPath("C:\\Windows\\System32\\vmguest.iso");
// The host's integration services version: a string value under HKLM (StdRegProv.GetStringValue).
inline constexpr quint32 HkeyLocalMachine = 2147483650u;
inline constexpr QLatin1String GuestInstallerKey("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization");
inline constexpr QLatin1String GuestInstallerValue("GuestInstallerVersion");
// Cluster Shared Volumes live below this path on every node.
inline constexpr QLatin1String ClusterStoragePrefix("C:\\ClusterStorage\\");
// A standalone host has no root/MSCluster namespace: the invalid-namespace WMI error.
inline constexpr quint32 WbemInvalidNamespace = 0x8004100Eu;
inline constexpr quint32 WbemInvalidClass = 0x80041010u;

// InstanceIDs. A VM's is "Microsoft:<GUID>"; an adapter's port setting data is
// "Microsoft:<VM GUID>\\<adapter>" (the adapter's id); its port allocation appends "\\C"; the
// feature setting data of that allocation append "\\<feature>" (unverified: real hosts append a
// feature GUID and an index; hvdesk only relies on the allocation's InstanceID as the prefix).
inline QString systemInstanceId(const QString &vmGuidUpper)
{
    return QStringLiteral("Microsoft:") + vmGuidUpper;
}
inline QString allocationInstanceId(const QString &adapterId)
{
    return adapterId + QStringLiteral("\\C");
}
inline QString featureInstanceId(const QString &allocationId, const QString &feature)
{
    return allocationId + QLatin1Char('\\') + feature;
}
inline constexpr QLatin1String FeatureVlan("Vlan");
inline constexpr QLatin1String FeatureBandwidth("Bandwidth");
inline constexpr QLatin1String FeatureOffload("Offload");
inline constexpr QLatin1String FeatureSecurity("Security");

// Msvm_ComputerSystem.EnabledState.
namespace enabled {
inline constexpr int Unknown = 0;
inline constexpr int Running = 2; // Enabled
inline constexpr int Off = 3; // Disabled
inline constexpr int Stopping = 4; // Shutting Down
inline constexpr int Saved = 6; // Enabled but Offline
inline constexpr int Paused = 9; // Quiesce
inline constexpr int Starting = 10;
inline constexpr int Resetting = 32775; // unverified
inline constexpr int Saving = 32773;
inline constexpr int Pausing = 32776;
inline constexpr int Resuming = 32777;
} // namespace enabled

// Msvm_ComputerSystem.RequestStateChange(RequestedState).
namespace requested {
inline constexpr int Start = 2;
inline constexpr int TurnOff = 3;
inline constexpr int Save = 6;
inline constexpr int Pause = 9;
inline constexpr int Reset = 11;
} // namespace requested

// Return values of Hyper-V's methods.
namespace ret {
inline constexpr int Completed = 0;
inline constexpr int JobStarted = 4096;
inline constexpr int Failed = 32768;
inline constexpr int AccessDenied = 32769;
inline constexpr int NotSupported = 32770;
inline constexpr int StatusUnknown = 32771;
inline constexpr int Timeout = 32772;
inline constexpr int InvalidParameter = 32773;
inline constexpr int SystemInUse = 32774;
inline constexpr int InvalidState = 32775;
inline constexpr int IncorrectDataType = 32776;
inline constexpr int SystemNotAvailable = 32777;
inline constexpr int OutOfMemory = 32778;
inline constexpr int FileNotFound = 32779;
} // namespace ret

// Msvm_ConcreteJob.JobState.
namespace job {
inline constexpr int New = 2;
inline constexpr int Starting = 3;
inline constexpr int Running = 4;
inline constexpr int Suspended = 5;
inline constexpr int ShuttingDown = 6;
inline constexpr int Completed = 7;
inline constexpr int Terminated = 8;
inline constexpr int Killed = 9;
inline constexpr int Exception = 10;
inline constexpr int RequestTerminate = 4; // Msvm_ConcreteJob.RequestStateChange(RequestedState)
} // namespace job

// Integration component OperationalStatus (the first element).
namespace opstatus {
inline constexpr int Ok = 2;
inline constexpr int Degraded = 3;
inline constexpr int NoContact = 12;
inline constexpr int LostCommunication = 13;
inline constexpr int Dormant = 15;
inline constexpr int ProtocolMismatch = 32775; // unverified
} // namespace opstatus

// Msvm_SummaryInformation: GetSummaryInformation's RequestedInformation codes.
namespace summary {
inline constexpr int Name = 0;
inline constexpr int ElementName = 1;
inline constexpr int NumberOfProcessors = 4;
inline constexpr int Version = 10;
inline constexpr int EnabledState = 100;
inline constexpr int ProcessorLoad = 101;
inline constexpr int MemoryUsage = 103;
inline constexpr int Heartbeat = 104;
inline constexpr int Uptime = 105;
inline constexpr int GuestOperatingSystem = 106;
inline constexpr int HealthState = 109;
inline constexpr int OperationalStatus = 110;
inline constexpr int StatusDescriptions = 111;
inline constexpr int MemoryAvailable = 112;
// unverified: a code for the MemoryDemand property hvdesk-simd adds (a real host reports demand
// through Msvm_Memory / the dynamic memory balancer, not here).
inline constexpr int MemoryDemand = 4101;
} // namespace summary

// Msvm_EthernetSwitchPortSecuritySettingData.MonitorMode (port mirroring).
namespace mirror {
inline constexpr int None = 0;
inline constexpr int Destination = 1;
inline constexpr int Source = 2;
} // namespace mirror

// Msvm_EthernetSwitchPortVlanSettingData.OperationMode.
inline constexpr int VlanModeAccess = 1;

// The names of Msvm_KvpExchangeDataItem in GuestIntrinsicExchangeItems.
namespace kvp {
inline constexpr QLatin1String IntegrationServicesVersion("IntegrationServicesVersion");
inline constexpr QLatin1String OsName("OSName");
inline constexpr QLatin1String OsVersion("OSVersion");
inline constexpr QLatin1String FullyQualifiedDomainName("FullyQualifiedDomainName");
// unverified: what a guest's integration services setup leaves in its own KVP items
// (GuestExchangeItems). hvdesk-simd reports them; a real guest writes none of these.
inline constexpr QLatin1String PendingVersion("IntegrationServicesPendingVersion");
} // namespace kvp

// The integration components, per service: the component class, its setting data class and the
// fixed GUID in the setting data's InstanceID "Microsoft:<VM GUID>\\<GUID>" (unverified).
struct IntegrationComponent
{
    QLatin1String componentClass;
    QLatin1String settingDataClass;
    QLatin1String instanceGuid;
};
inline constexpr IntegrationComponent IntegrationComponents[] = {
    // In IntegrationServiceKind order: Shutdown, TimeSynchronization, DataExchange, Heartbeat,
    // Backup, GuestServices.
    { cls::ShutdownComponent, QLatin1String("Msvm_ShutdownComponentSettingData"),
        QLatin1String("9F8233AC-BE49-4C79-8EE3-E7E1985B2077") },
    { cls::TimeSyncComponent, QLatin1String("Msvm_TimeSyncComponentSettingData"),
        QLatin1String("2497F4DE-E9FA-4204-80E4-4B75C46419C0") },
    { cls::KvpExchangeComponent, QLatin1String("Msvm_KvpExchangeComponentSettingData"),
        QLatin1String("2A34B1C2-FD73-4043-8A5B-DD2159BC743F") },
    { cls::HeartbeatComponent, QLatin1String("Msvm_HeartbeatComponentSettingData"),
        QLatin1String("84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47") },
    { cls::VssComponent, QLatin1String("Msvm_VssComponentSettingData"),
        QLatin1String("5CED1297-4598-4915-A5FC-AD21BB4D02A4") },
    { cls::GuestServiceComponent, QLatin1String("Msvm_GuestServiceInterfaceComponentSettingData"),
        QLatin1String("6C09BB55-D683-4DA0-8931-C9BF705F6480") },
};

// unverified: properties hvdesk reads that a real host may name differently or lack.
namespace unverified {
// Msvm_VirtualSystemManagementCapabilities: the configuration versions the host can run.
inline constexpr QLatin1String SupportedVersions("SupportedVersions");
// Msvm_SyntheticEthernetPortSettingData.
inline constexpr QLatin1String DeviceNamingEnabled("DeviceNamingEnabled");
inline constexpr QLatin1String ClusterMonitored("ClusterMonitored");
// Msvm_EthernetSwitchPortOffloadData: why the adapter uses the synthetic path.
inline constexpr QLatin1String IovFallbackReason("IovOffloadFailureReason");
// Msvm_EthernetSwitchPortOffloadData: the adapter's status text (Get-VMNetworkAdapter Status).
inline constexpr QLatin1String PortStatus("PortStatus");
inline constexpr QLatin1String PortStatusDescription("PortStatusDescription");
// Msvm_VirtualEthernetSwitchSettingData / Msvm_EthernetSwitchHardwareOffloadData: why SR-IOV
// is not usable on the switch (IovSupportReasons of Get-VMSwitch).
inline constexpr QLatin1String IovSupportReasons("IovSupportReasons");
// MSFT_NetAdapterVmqSettingData: dynamic VMQ on (Windows Server 2012's default).
inline constexpr QLatin1String DynamicVmq("DynamicVmqEnabled");
// MSFT_NetAdapterIPsecOffloadV2SettingData: security associations the NIC can offload.
inline constexpr QLatin1String IpsecCapacity("IPsecMaxSAs");
// MSFT_NetAdapter*: checksum and large send offload summarized on the RSS setting data.
inline constexpr QLatin1String ChecksumOffload("ChecksumOffloadEnabled");
inline constexpr QLatin1String LargeSendOffload("LargeSendOffloadEnabled");
// CIM_Error from Msvm_ConcreteJob.GetErrorEx: hvdesk-simd puts the field at fault in
// ErrorSource and the fix in RecommendedActions.
inline constexpr QLatin1String GetErrorEx("GetErrorEx");
// Msvm_VirtualSystemManagementService.UpgradeSystemVersion(ComputerSystem).
inline constexpr QLatin1String UpgradeSystemVersion("UpgradeSystemVersion");
// Msvm_VirtualSystemMigrationServiceSettingData.EnableSmbTransport; EnableCompression.
inline constexpr QLatin1String EnableSmbTransport("EnableSmbTransport");
inline constexpr QLatin1String EnableCompression("EnableCompression");
// Msvm_ImageManagementService.GetVirtualHardDiskSettingData(Path) -> SettingData, an embedded
// Msvm_VirtualHardDiskSettingData whose MaxInternalSize is the disk's virtual size in bytes
// (Get-VHD Size). One call per disk; not in the seeds.
inline constexpr QLatin1String ImageManagementService("Msvm_ImageManagementService");
inline constexpr QLatin1String ImageManagementServiceName("vhdsvc");
inline constexpr QLatin1String GetVirtualHardDiskSettingData("GetVirtualHardDiskSettingData");
inline constexpr QLatin1String VirtualHardDiskSettingData("Msvm_VirtualHardDiskSettingData");
inline constexpr QLatin1String MaxInternalSize("MaxInternalSize");
} // namespace unverified

// Counters only hvdesk-simd serves, beside the real performance counters: a real host has no
// per-adapter receive path, offered load or drop cause. The remote backend shows them when they
// are present and leaves them out otherwise.
namespace extra {
inline constexpr QLatin1String VmId("VmId");
inline constexpr QLatin1String VmName("VmName");
inline constexpr QLatin1String AdapterId("AdapterId");
inline constexpr QLatin1String AdapterName("AdapterName");
inline constexpr QLatin1String Nic("NetAdapterName");
inline constexpr QLatin1String ReceivePath("ReceivePath"); // 0 none, 1 SR-IOV, 2 VMQ, 3 RSS, 4 default queue
inline constexpr QLatin1String Core("ProcessorNumber");
inline constexpr QLatin1String OfferedInMbps("OfferedInMbps");
inline constexpr QLatin1String OfferedOutMbps("OfferedOutMbps");
inline constexpr QLatin1String DroppedInMbps("DroppedInMbps");
inline constexpr QLatin1String DropCause("DropCause"); // 0 none, 1 maximum, 2 link, 3 core, 4 VMBus
inline constexpr QLatin1String HostCorePercent("HostCorePercent");
inline constexpr QLatin1String IpsecSasOffloaded("IPsecSAsOffloaded");
inline constexpr QLatin1String IpsecSasInGuest("IPsecSAsInGuest");
inline constexpr QLatin1String GuestIpsecCpuPercent("GuestIPsecCpuPercent");
inline constexpr QLatin1String PacketsPersec("PacketsPersec");
inline constexpr QLatin1String SampleTimeMs("SampleTimeMs");
} // namespace extra

} // namespace hvdesk::hyperv
