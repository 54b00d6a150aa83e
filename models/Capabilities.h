#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

namespace hvdesk {

// What a backend can do. Views enable, disable and explain controls from these, never from
// the backend's type.
enum class Capability : quint32 {
    VmStateChange = 1u << 0,
    NetworkAdapterSettings = 1u << 1,
    Vlan = 1u << 2,
    BandwidthAbsolute = 1u << 3,
    BandwidthWeight = 1u << 4,
    Vmq = 1u << 5,
    IpsecOffload = 1u << 6,
    SrIov = 1u << 7,
    AdvancedAdapterFeatures = 1u << 8,
    IntegrationServices = 1u << 9,
    IntegrationServicesUpgrade = 1u << 10,
    ConfigurationVersionUpgrade = 1u << 11,
    LiveMigration = 1u << 12,
    StorageMigration = 1u << 13,
    SharedNothingMigration = 1u << 14,
    HostMigrationSettings = 1u << 15,
    NetworkSamples = 1u << 16,
    AddRemoveAdapters = 1u << 17,
    NicReceiveScaling = 1u << 24, // switching a host NIC between RSS and (dynamic) VMQ
    DefinitionXml = 1u << 29,     // HostBackend::vmDefinitionXml: the VM's native XML (libvirt domain XML)
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

class CapabilityNames
{
    Q_DECLARE_TR_FUNCTIONS(CapabilityNames)
public:
    static QString displayName(Capability capability);
    // Why a missing capability is missing, for a disabled control: the backend's own reason
    // (HostBackend::missingCapabilityReason) or "Not offered by this connection: ...".
    static QString missingReason(Capability capability, const QString &backendReason);
};

} // namespace hvdesk
