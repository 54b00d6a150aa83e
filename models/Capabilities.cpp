#include "Capabilities.h"

namespace hvdesk {

QString CapabilityNames::displayName(Capability capability)
{
    switch (capability) {
    case Capability::VmStateChange: return tr("Start, stop, save and pause virtual machines");
    case Capability::NetworkAdapterSettings: return tr("Network adapter settings");
    case Capability::Vlan: return tr("VLAN identification");
    case Capability::BandwidthAbsolute: return tr("Minimum bandwidth in Mbps");
    case Capability::BandwidthWeight: return tr("Minimum bandwidth by weight");
    case Capability::Vmq: return tr("Virtual machine queue");
    case Capability::IpsecOffload: return tr("IPsec task offloading");
    case Capability::SrIov: return tr("SR-IOV");
    case Capability::AdvancedAdapterFeatures: return tr("Advanced network adapter features");
    case Capability::IntegrationServices: return tr("Integration services");
    case Capability::IntegrationServicesUpgrade: return tr("Integration services upgrade");
    case Capability::ConfigurationVersionUpgrade: return tr("Configuration version upgrade");
    case Capability::LiveMigration: return tr("Live migration");
    case Capability::StorageMigration: return tr("Storage migration");
    case Capability::SharedNothingMigration: return tr("Shared-nothing live migration");
    case Capability::HostMigrationSettings: return tr("Host migration settings");
    case Capability::NetworkSamples: return tr("Per-core network charts");
    case Capability::AddRemoveAdapters: return tr("Adding and removing network adapters");
    case Capability::NicReceiveScaling: return tr("RSS and VMQ on host network adapters");
    case Capability::DefinitionXml: return tr("Virtual machine definition XML");
    }
    return QString();
}

QString CapabilityNames::missingReason(Capability capability, const QString &backendReason)
{
    if (!backendReason.isEmpty())
        return backendReason;
    return tr("Not offered by this connection: %1.").arg(displayName(capability));
}

} // namespace hvdesk
