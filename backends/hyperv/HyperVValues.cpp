#include "HyperVValues.h"

#include "HyperVSchema.h"

#include <QUuid>

namespace hvdesk::hyperv {

int Values::enabledState(VmState state)
{
    switch (state) {
    case VmState::Unknown:
        return enabled::Unknown;
    case VmState::Off:
        return enabled::Off;
    case VmState::Starting:
        return enabled::Starting;
    case VmState::Running:
        return enabled::Running;
    case VmState::Stopping:
        return enabled::Stopping;
    case VmState::Saving:
        return enabled::Saving;
    case VmState::Saved:
        return enabled::Saved;
    case VmState::Pausing:
        return enabled::Pausing;
    case VmState::Paused:
        return enabled::Paused;
    case VmState::Resuming:
        return enabled::Resuming;
    case VmState::Resetting:
        return enabled::Resetting;
    }
    return enabled::Unknown;
}

VmState Values::vmState(int value)
{
    switch (value) {
    case enabled::Off:
        return VmState::Off;
    case enabled::Starting:
        return VmState::Starting;
    case enabled::Running:
        return VmState::Running;
    case enabled::Stopping:
        return VmState::Stopping;
    case enabled::Saving:
        return VmState::Saving;
    case enabled::Saved:
        return VmState::Saved;
    case enabled::Pausing:
        return VmState::Pausing;
    case enabled::Paused:
        return VmState::Paused;
    case enabled::Resuming:
        return VmState::Resuming;
    case enabled::Resetting:
        return VmState::Resetting;
    // Hyper-V's older vendor values, which some hosts still report.
    case 32768:
        return VmState::Paused;
    case 32769:
        return VmState::Saved;
    case 32770:
        return VmState::Starting;
    case 32774:
        return VmState::Stopping;
    default:
        return VmState::Unknown;
    }
}

std::optional<int> Values::requestedState(VmAction action)
{
    switch (action) {
    case VmAction::Start:
        return requested::Start;
    case VmAction::Resume:
        return requested::Start;
    case VmAction::TurnOff:
        return requested::TurnOff;
    case VmAction::Save:
        return requested::Save;
    case VmAction::Pause:
        return requested::Pause;
    case VmAction::Reset:
        return requested::Reset;
    case VmAction::ShutDown:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<VmAction> Values::actionFor(int requestedState, VmState current)
{
    switch (requestedState) {
    case requested::Start:
        return current == VmState::Paused ? VmAction::Resume : VmAction::Start;
    case requested::TurnOff:
        return VmAction::TurnOff;
    case requested::Save:
        return VmAction::Save;
    case requested::Pause:
        return VmAction::Pause;
    case requested::Reset:
        return VmAction::Reset;
    default:
        return std::nullopt;
    }
}

int Values::operationalStatus(IntegrationServiceStatus status)
{
    switch (status) {
    case IntegrationServiceStatus::Ok:
        return opstatus::Ok;
    case IntegrationServiceStatus::ProtocolMismatch:
        return opstatus::ProtocolMismatch;
    case IntegrationServiceStatus::NoContact:
        return opstatus::NoContact;
    case IntegrationServiceStatus::LostCommunication:
        return opstatus::LostCommunication;
    case IntegrationServiceStatus::NotApplicable:
        return opstatus::Dormant;
    }
    return opstatus::NoContact;
}

IntegrationServiceStatus Values::serviceStatus(int value, bool isEnabled)
{
    if (!isEnabled)
        return IntegrationServiceStatus::NotApplicable;
    switch (value) {
    case opstatus::Ok:
        return IntegrationServiceStatus::Ok;
    case opstatus::ProtocolMismatch:
        return IntegrationServiceStatus::ProtocolMismatch;
    case opstatus::LostCommunication:
        return IntegrationServiceStatus::LostCommunication;
    case opstatus::Dormant:
        return IntegrationServiceStatus::NotApplicable;
    default:
        return IntegrationServiceStatus::NoContact;
    }
}

int Values::monitorMode(PortMirroringMode mode)
{
    switch (mode) {
    case PortMirroringMode::None:
        return mirror::None;
    case PortMirroringMode::Destination:
        return mirror::Destination;
    case PortMirroringMode::Source:
        return mirror::Source;
    }
    return mirror::None;
}

PortMirroringMode Values::portMirroring(int value)
{
    switch (value) {
    case mirror::Destination:
        return PortMirroringMode::Destination;
    case mirror::Source:
        return PortMirroringMode::Source;
    default:
        return PortMirroringMode::None;
    }
}

int Values::interruptModeration(IovInterruptModeration mode)
{
    switch (mode) {
    case IovInterruptModeration::Default:
        return 0;
    case IovInterruptModeration::Adaptive:
        return 1;
    case IovInterruptModeration::Off:
        return 2;
    case IovInterruptModeration::Low:
        return 100;
    case IovInterruptModeration::Medium:
        return 200;
    case IovInterruptModeration::High:
        return 300;
    }
    return 0;
}

IovInterruptModeration Values::iovInterruptModeration(int value)
{
    switch (value) {
    case 1:
        return IovInterruptModeration::Adaptive;
    case 2:
        return IovInterruptModeration::Off;
    case 100:
        return IovInterruptModeration::Low;
    case 200:
        return IovInterruptModeration::Medium;
    case 300:
        return IovInterruptModeration::High;
    default:
        return IovInterruptModeration::Default;
    }
}

int Values::authenticationType(MigrationAuthentication auth)
{
    return auth == MigrationAuthentication::Kerberos ? 1 : 0;
}

MigrationAuthentication Values::migrationAuthentication(int value)
{
    return value == 1 ? MigrationAuthentication::Kerberos : MigrationAuthentication::CredSSP;
}

int Values::receivePathCode(ReceivePath path)
{
    switch (path) {
    case ReceivePath::NotConnected:
        return 0;
    case ReceivePath::SrIov:
        return 1;
    case ReceivePath::Vmq:
        return 2;
    case ReceivePath::Rss:
        return 3;
    case ReceivePath::DefaultQueue:
        return 4;
    }
    return 0;
}

ReceivePath Values::receivePath(int code)
{
    switch (code) {
    case 1:
        return ReceivePath::SrIov;
    case 2:
        return ReceivePath::Vmq;
    case 3:
        return ReceivePath::Rss;
    case 4:
        return ReceivePath::DefaultQueue;
    default:
        return ReceivePath::NotConnected;
    }
}

int Values::dropCauseCode(DropCause cause)
{
    switch (cause) {
    case DropCause::None:
        return 0;
    case DropCause::MaximumBandwidth:
        return 1;
    case DropCause::LinkCongestion:
        return 2;
    case DropCause::HostCoreSaturated:
        return 3;
    case DropCause::VmBusBuffer:
        return 4;
    }
    return 0;
}

DropCause Values::dropCause(int code)
{
    switch (code) {
    case 1:
        return DropCause::MaximumBandwidth;
    case 2:
        return DropCause::LinkCongestion;
    case 3:
        return DropCause::HostCoreSaturated;
    case 4:
        return DropCause::VmBusBuffer;
    default:
        return DropCause::None;
    }
}

QStringList Values::keyProperties(const QString &className)
{
    auto is = [&](QLatin1String name) { return className.compare(name, Qt::CaseInsensitive) == 0; };
    if (is(cls::ComputerSystem) || is(cls::VirtualSwitch))
        return { QStringLiteral("CreationClassName"), QStringLiteral("Name") };
    const QStringList deviceKeys { QStringLiteral("CreationClassName"), QStringLiteral("DeviceID"),
        QStringLiteral("SystemCreationClassName"), QStringLiteral("SystemName") };
    if (is(cls::ManagementService) || is(cls::MigrationService) || is(unverified::ImageManagementService))
        return { QStringLiteral("CreationClassName"), QStringLiteral("Name"), QStringLiteral("SystemCreationClassName"),
            QStringLiteral("SystemName") };
    if (is(cls::ExternalPort))
        return deviceKeys;
    for (const IntegrationComponent &c : IntegrationComponents) {
        if (is(c.componentClass))
            return deviceKeys;
    }
    if (is(cls::Win32ComputerSystem) || is(cls::Win32OperatingSystem)
        || className.startsWith(QLatin1String("Win32_PerfFormattedData"), Qt::CaseInsensitive) || is(cls::Cluster)
        || is(cls::ClusterNode) || is(QLatin1String("CIM_DataFile")))
        return { QStringLiteral("Name") };
    if (is(cls::Win32Processor) || is(cls::Win32Volume))
        return { QStringLiteral("DeviceID") };
    if (is(cls::StdRegProv))
        return {};
    return { QStringLiteral("InstanceID") };
}

QString Values::subType(int generation)
{
    return generation == 2 ? QString(SubTypeGeneration2) : QString(SubTypeGeneration1);
}

int Values::generation(const QString &subType)
{
    return subType == SubTypeGeneration2 ? 2 : 1;
}

QString Values::vmIdOfInstanceId(const QString &instanceId)
{
    static const QString prefix = QStringLiteral("Microsoft:");
    if (!instanceId.startsWith(prefix, Qt::CaseInsensitive))
        return QString();
    const qsizetype end = instanceId.indexOf(QLatin1Char('\\'), prefix.size());
    const QString guid = instanceId.mid(prefix.size(), end < 0 ? -1 : end - prefix.size());
    if (guid.size() != 36 || guid.count(QLatin1Char('-')) != 4)
        return QString();
    return guid.toLower();
}

QString Values::stableGuid(const QString &scope, const QString &name)
{
    static const QUuid base(QStringLiteral("{6f0a5c1e-8f6d-4c52-9b59-0d3c7a2e4b11}"));
    return QUuid::createUuidV5(base, scope + QLatin1Char('/') + name).toString(QUuid::WithoutBraces).toUpper();
}

QString Values::volumeName(const QString &path)
{
    return path.endsWith(QLatin1Char('\\')) ? path : path + QLatin1Char('\\');
}

QString Values::volumePath(const QString &name)
{
    // "D:\\" stays; "C:\\ClusterStorage\\Volume1\\" loses its trailing backslash.
    if (name.size() > 3 && name.endsWith(QLatin1Char('\\')))
        return name.left(name.size() - 1);
    return name;
}

} // namespace hvdesk::hyperv
