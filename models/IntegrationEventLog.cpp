#include "IntegrationEventLog.h"

#include "IntegrationServicesCheck.h"

namespace hvdesk {

QList<IntegrationEvent> IntegrationEventLog::forHost(const HostInfo &host, const QList<const VmInfo *> &vms)
{
    QList<IntegrationEvent> out;
    for (const VmInfo *vm : vms) {
        if (!vm || vm->hostName != host.name)
            continue;
        const IntegrationFinding f = IntegrationServicesCheck::checkVm(*vm, &host);
        if (f.verdict != IntegrationVerdict::UpdateRequired)
            continue;
        IntegrationEvent e;
        e.eventId = OlderThanHostEventId;
        e.hostName = host.name;
        e.vmName = vm->name;
        e.vmId = vm->id;
        e.message = tr("The integration services in virtual machine '%1' (version %2) are older than those on the host "
                       "(version %3). Upgrade them with the Integration Services Setup Disk. (Virtual machine ID %4)")
                        .arg(vm->name, f.guestVersion, f.hostVersion, vm->id.toUpper());
        out << e;
    }
    return out;
}

} // namespace hvdesk
