#pragma once

#include "Diagnostic.h"
#include "HostInfo.h"
#include "VmInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hvdesk {

// One entry of a host's "Applications and Services Logs > Microsoft > Windows >
// Hyper-V-Integration" log, as hvdesk derives it from the inventory.
struct IntegrationEvent
{
    Diagnostic::Severity level = Diagnostic::Severity::Warning;
    int eventId = 0;
    QString hostName;
    QString vmName;
    QString vmId;
    QString message;
};

// The equivalent of the warnings each host logs for guests whose integration services are
// older than its own: the list an administrator otherwise reads host by host.
class IntegrationEventLog
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationEventLog)

public:
    // The event's id in the Hyper-V-Integration log (*unverified*; kept in one place).
    static constexpr int OlderThanHostEventId = 4010;

    // The warnings of one host, in VM order, for the VMs given (those of other hosts are skipped).
    static QList<IntegrationEvent> forHost(const HostInfo &host, const QList<const VmInfo *> &vms);
};

} // namespace hvdesk
