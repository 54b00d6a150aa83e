#include "HostBackend.h"

namespace hvdesk {

HostBackend::HostBackend(QObject *parent)
    : QObject(parent)
{
}

HostBackend::~HostBackend() = default;

const VmInfo *HostBackend::findVm(const QString &vmId) const
{
    const int i = indexOfVm(vmId);
    return i < 0 ? nullptr : &vmAt(i);
}

std::optional<HostInfo> HostBackend::host(const QString &hostName) const
{
    for (const HostInfo &h : hosts()) {
        if (h.name == hostName)
            return h;
    }
    return std::nullopt;
}

void HostBackend::loadVmDetails(const QString &)
{
}

void HostBackend::reconnect()
{
    close();
    open();
}

qint64 HostBackend::connectMsLeft() const
{
    if (m_connectDeadline.isForever() || m_connectionState != ConnectionState::Connecting)
        return -1;
    return m_connectDeadline.remainingTime();
}

JobPtr HostBackend::applyHostMigrationSettings(const QString &hostName, const HostMigrationSettings &)
{
    Error e;
    e.code = QStringLiteral("capability.host-migration-settings");
    e.message = tr("%1 does not change migration settings of %2.").arg(displayName(), hostName);
    e.fix = tr("Change the settings in Hyper-V Manager on the host.");
    const JobPtr job = Job::failed(tr("Hyper-V Settings"), hostName, e);
    emit jobStarted(job);
    return job;
}

bool HostBackend::canMigrateTo(const HostBackend *destination) const
{
    return destination == this;
}

QString HostBackend::migrationUri(const QString &) const
{
    return QString();
}

Diagnostics HostBackend::migrationChecks(const MigrationCheckInput &input, const HostBackend *) const
{
    return MigrationCompatibility::checkAll(input);
}

bool HostBackend::migrationChoosesPaths() const
{
    return true;
}

QString HostBackend::migrationCommand(const VmInfo &, const MigrationRequest &) const
{
    return QString();
}

void HostBackend::subscribeNetworkSamples(const QString &)
{
}

void HostBackend::unsubscribeNetworkSamples(const QString &)
{
}

JobPtr HostBackend::setNicReceiveScaling(const QString &hostName, const QString &nicName, const NicReceiveScaling &)
{
    Error e;
    e.code = QStringLiteral("capability.nic-receive-scaling");
    e.message = tr("This connection cannot change the receive scaling of '%1' on %2.").arg(nicName, hostName);
    e.fix = tr("Change RSS and VMQ on the host itself (Set-NetAdapterRss, Set-NetAdapterVmq).");
    auto job = Job::failed(tr("Set receive scaling"), nicName, e);
    emit jobStarted(job);
    return job;
}

QString HostBackend::vmDefinitionXml(const QString &) const
{
    return QString();
}

QString HostBackend::missingCapabilityReason(Capability) const
{
    return QString();
}

JobPtr HostBackend::unsupported(const QString &title, const QString &vmId, Capability capability)
{
    const VmInfo *vm = findVm(vmId);
    Error e;
    e.code = QStringLiteral("capability.missing");
    e.message = tr("%1 is not available on %2.").arg(CapabilityNames::displayName(capability), uri());
    e.fix = tr("Use a connection that offers it.");
    JobPtr job = Job::failed(title, vm ? vm->name : vmId, e);
    job->setTargetId(vmId);
    emit jobStarted(job);
    return job;
}

JobPtr HostBackend::insertIntegrationServicesSetupDisk(const QString &vmId)
{
    return unsupported(tr("Insert Integration Services Setup Disk"), vmId, Capability::IntegrationServicesUpgrade);
}

JobPtr HostBackend::upgradeConfigurationVersion(const QString &vmId)
{
    return unsupported(tr("Upgrade Configuration Version"), vmId, Capability::ConfigurationVersionUpgrade);
}

void HostBackend::setConnectionState(ConnectionState state, const Error &error)
{
    m_lastError = error;
    if (state == m_connectionState)
        return;
    m_connectionState = state;
    emit connectionStateChanged(state);
}

} // namespace hvdesk
