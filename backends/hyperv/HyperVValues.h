#pragma once

#include <models/HostInfo.h>
#include <models/IntegrationServices.h>
#include <models/NetworkSample.h>
#include <models/NetworkAdapterSettings.h>
#include <models/VmState.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace hvdesk::hyperv {

// The numbers and names Hyper-V's WMI classes use for hvdesk's domain values, both ways. The
// provider of hvdesk-simd writes with these and the remote backend reads with them.
class Values
{
public:
    // Msvm_ComputerSystem.EnabledState.
    static int enabledState(VmState state);
    static VmState vmState(int enabledState);
    // Msvm_ComputerSystem.RequestStateChange's RequestedState for an action in the VM's current
    // state; nullopt for Shut Down, which goes through Msvm_ShutdownComponent.InitiateShutdown.
    static std::optional<int> requestedState(VmAction action);
    // The action a RequestedState asks for, given the VM's state (2 resumes a paused VM).
    static std::optional<VmAction> actionFor(int requestedState, VmState current);

    // Integration components: EnabledState 2/3 and the first OperationalStatus.
    static int operationalStatus(IntegrationServiceStatus status);
    static IntegrationServiceStatus serviceStatus(int operationalStatus, bool enabled);

    // Msvm_EthernetSwitchPortSecuritySettingData.MonitorMode.
    static int monitorMode(PortMirroringMode mode);
    static PortMirroringMode portMirroring(int monitorMode);
    // Msvm_EthernetSwitchPortOffloadSettingData.IOVInterruptModeration.
    static int interruptModeration(IovInterruptModeration mode);
    static IovInterruptModeration iovInterruptModeration(int value);
    // Msvm_VirtualSystemMigrationServiceSettingData.AuthenticationType: 0 CredSSP, 1 Kerberos.
    static int authenticationType(MigrationAuthentication auth);
    static MigrationAuthentication migrationAuthentication(int value);
    // The per-VM-adapter counters' receive path and drop cause (hvdesk-simd's extra properties):
    // 0 not connected, 1 SR-IOV, 2 VMQ, 3 RSS, 4 default queue; 0 none, 1 maximum bandwidth,
    // 2 link congestion, 3 host core saturated, 4 VMBus buffer.
    static int receivePathCode(ReceivePath path);
    static ReceivePath receivePath(int code);
    static int dropCauseCode(DropCause cause);
    static DropCause dropCause(int code);

    // The key properties of a class: what a reference (EPR) to one of its instances selects by.
    // The provider accepts exactly these as selectors, so the backend builds its references with them.
    static QStringList keyProperties(const QString &className);

    // "Microsoft:Hyper-V:SubType:2" <-> 2.
    static QString subType(int generation);
    static int generation(const QString &subType);

    // "Microsoft:<GUID>\\..." -> the VM's GUID in lower case (hvdesk's VM id); empty when the
    // InstanceID does not start that way.
    static QString vmIdOfInstanceId(const QString &instanceId);
    // A deterministic GUID (upper case, no braces) for things the simulator names only by name:
    // switches, jobs.
    static QString stableGuid(const QString &scope, const QString &name);

    // Win32_Volume.Name ends with a backslash ("C:\\ClusterStorage\\Volume1\\", "D:\\"); hvdesk
    // keeps volume roots without one except for drive roots.
    static QString volumeName(const QString &path);
    static QString volumePath(const QString &name);
};

} // namespace hvdesk::hyperv
