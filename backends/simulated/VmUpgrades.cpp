#include "VmUpgrades.h"

#include <models/ConfigurationVersion.h>
#include <models/Format.h>
#include <models/IntegrationServicesCheck.h>

namespace hvdesk::sim {

Error VmUpgrades::busy(const VmInfo &vm)
{
    Error e;
    e.code = QStringLiteral("vm.busy");
    e.message = tr("An upgrade of '%1' is already running.").arg(vm.name);
    e.fix = tr("Wait until it has finished.");
    return e;
}

bool VmUpgrades::isBusy(const QString &vmId) const
{
    return std::any_of(m_ops.begin(), m_ops.end(), [&](const Operation &op) { return op.vmId == vmId; });
}

bool VmUpgrades::blocksStateChanges(const QString &vmId) const
{
    return std::any_of(m_ops.begin(), m_ops.end(),
        [&](const Operation &op) { return op.vmId == vmId && op.kind == Operation::Kind::ConfigurationUpgrade; });
}

Error VmUpgrades::beginSetupDisk(const VmInfo &vm, const HostInfo *host, quint64 token)
{
    if (isBusy(vm.id))
        return busy(vm);
    const Error e = IntegrationServicesCheck::canInsertSetupDisk(vm, host);
    if (!e.isNull())
        return e;
    Operation op;
    op.kind = Operation::Kind::SetupDisk;
    op.token = token;
    op.vmId = vm.id;
    op.durationMs = SetupDurationMs;
    op.installed = vm.integrationServices.guestVersion;
    op.offered = host->integrationServicesVersion;
    m_ops << op;
    return {};
}

Error VmUpgrades::beginConfigurationUpgrade(const VmInfo &vm, const HostInfo *host, quint64 token)
{
    if (isBusy(vm.id))
        return busy(vm);
    const Error e = ConfigurationVersion::canUpgrade(vm, host);
    if (!e.isNull())
        return e;
    Operation op;
    op.kind = Operation::Kind::ConfigurationUpgrade;
    op.token = token;
    op.vmId = vm.id;
    op.durationMs = ConfigurationUpgradeDurationMs;
    op.installed = vm.configurationVersion;
    op.offered = ConfigurationVersion::toString(host->maxConfigurationVersion);
    m_ops << op;
    return {};
}

bool VmUpgrades::cancel(quint64 token)
{
    for (int i = 0; i < m_ops.size(); ++i) {
        if (m_ops[i].token == token) {
            // Setup rolls back; a configuration upgrade is committed only at its end.
            m_ops.removeAt(i);
            return true;
        }
    }
    return false;
}

Error VmUpgrades::stateError(const Operation &op, const VmInfo &vm) const
{
    Error e;
    if (op.kind == Operation::Kind::ConfigurationUpgrade) {
        if (vm.state != VmState::Off) {
            e.code = QStringLiteral("config.vm-not-off");
            e.message = tr("'%1' was started during the upgrade of its configuration version.").arg(vm.name);
            e.fix = tr("Turn it off and upgrade again.");
        }
        return e;
    }
    if (vm.state != VmState::Running) {
        e.code = QStringLiteral("is.vm-not-running");
        e.field = QStringLiteral("state");
        e.message = tr("Setup stopped: '%1' is %2 and no longer runs it.")
                        .arg(vm.name, VmStates::displayName(vm.state).toLower());
        e.fix = tr("Start the virtual machine and insert the setup disk again.");
    }
    return e;
}

Error VmUpgrades::guestError(const VmInfo &vm) const
{
    Error e;
    const GuestInstallerState guest = m_guests.value(vm.id);
    if (guest.installationInProgress) {
        e.code = QString::number(IntegrationServicesCheck::ErrorInstallAlreadyRunning);
        e.message = tr("Setup failed in '%1' with error 1618: another installation is already in progress "
                       "(a restart is pending, or Windows is installing a device).")
                        .arg(vm.name);
        e.fix = tr("Restart the guest cleanly (no other setup running), then insert the setup disk again.");
        return e;
    }
    if (guest.freeDiskBytes < IntegrationServicesCheck::SetupFreeSpaceBytes) {
        e.code = QStringLiteral("112"); // ERROR_DISK_FULL
        e.field = QStringLiteral("guestFreeDisk");
        e.message = tr("Setup failed in '%1': it needs %2 free on the guest's system drive, and %3 are free.")
                        .arg(vm.name, Format::bytes(IntegrationServicesCheck::SetupFreeSpaceBytes),
                            Format::bytes(guest.freeDiskBytes));
        e.fix = tr(
            "Free space in the guest (Disk Cleanup, or extend the virtual disk), then insert the setup disk again.");
    }
    return e;
}

void VmUpgrades::advance(qint64 ms, const VmLookup &vms, QList<Event> *events, QStringList *changed)
{
    for (int i = 0; i < m_ops.size();) {
        Operation &op = m_ops[i];
        VmInfo *vm = vms(op.vmId);
        if (!vm) {
            Error e;
            e.code = QStringLiteral("vm.unknown");
            e.message = tr("The virtual machine no longer exists.");
            if (events)
                events->append(Event { op.token, 0, QString(), true, e });
            m_ops.removeAt(i);
            continue;
        }
        op.elapsedMs += ms;
        const int percent = int(qMin<qint64>(100, op.elapsedMs * 100 / qMax<qint64>(1, op.durationMs)));
        Error e = stateError(op, *vm);
        if (e.isNull() && op.kind == Operation::Kind::SetupDisk && !op.checked && percent >= SetupCheckPercent) {
            e = guestError(*vm);
            op.checked = e.isNull();
        }
        if (!e.isNull()) {
            if (events)
                events->append(Event { op.token, percent, QString(), true, e });
            if (changed)
                changed->append(op.vmId);
            m_ops.removeAt(i);
            continue;
        }
        if (percent >= 100) {
            QString phase;
            if (op.kind == Operation::Kind::SetupDisk) {
                vm->integrationServices.pendingVersion = op.offered;
                phase = tr("Installed %1: restart required").arg(op.offered);
            } else {
                vm->configurationVersion = op.offered;
                phase = tr("Configuration version %1").arg(op.offered);
            }
            if (events) {
                events->append(Event { op.token, 100, phase, false, Error() });
                events->append(Event { op.token, 100, phase, true, Error() });
            }
            if (changed)
                changed->append(op.vmId);
            m_ops.removeAt(i);
            continue;
        }
        QString phase;
        if (op.kind == Operation::Kind::ConfigurationUpgrade)
            phase = tr("Upgrading the configuration version from %1 to %2").arg(op.installed, op.offered);
        else if (percent < 10)
            phase = tr("Inserting the Integration Services Setup Disk");
        else if (percent < SetupCheckPercent)
            phase = tr("Setup: installed version %1, offered %2")
                        .arg(op.installed.isEmpty() ? tr("none") : op.installed, op.offered);
        else
            phase = tr("Installing integration services %1").arg(op.offered);
        if (events)
            events->append(Event { op.token, percent, phase, false, Error() });
        if (changed)
            changed->append(op.vmId);
        ++i;
    }
}

void VmUpgrades::guestBooted(VmInfo &vm)
{
    if (!vm.integrationServices.pendingVersion.isEmpty()) {
        vm.integrationServices.guestVersion = vm.integrationServices.pendingVersion;
        vm.integrationServices.pendingVersion.clear();
    }
    const auto it = m_guests.find(vm.id);
    if (it != m_guests.end())
        it->installationInProgress = false;
}

QString VmUpgrades::statusFor(const VmInfo &vm) const
{
    for (const Operation &op : m_ops) {
        if (op.vmId != vm.id)
            continue;
        const int percent = int(qMin<qint64>(100, op.elapsedMs * 100 / qMax<qint64>(1, op.durationMs)));
        return op.kind == Operation::Kind::SetupDisk ? tr("Installing integration services (%1 %)").arg(percent)
                                                     : tr("Upgrading configuration version (%1 %)").arg(percent);
    }
    if (!vm.integrationServices.pendingVersion.isEmpty() && VmStates::holdsMemory(vm.state))
        return tr("Restart required (integration services %1 installed)").arg(vm.integrationServices.pendingVersion);
    return QString();
}

} // namespace hvdesk::sim
