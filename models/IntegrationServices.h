#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hvdesk {

// The six integration services of VM Settings > Integration Services.
enum class IntegrationServiceKind {
    Shutdown,
    TimeSynchronization,
    DataExchange,
    Heartbeat,
    Backup,
    GuestServices,
};

// Per-service status as Get-VMIntegrationService reports it.
enum class IntegrationServiceStatus { Ok, ProtocolMismatch, NoContact, LostCommunication, NotApplicable };

struct IntegrationService
{
    IntegrationServiceKind kind = IntegrationServiceKind::Shutdown;
    bool enabled = true;
    IntegrationServiceStatus status = IntegrationServiceStatus::NoContact;

    bool operator==(const IntegrationService &) const = default;
};

struct IntegrationServicesInfo
{
    QString guestVersion;          // empty: not installed or not reported
    // Installed by setup but not active until the guest restarts (the setup disk flow ends in
    // "restart required"); empty when nothing is pending.
    QString pendingVersion;
    QList<IntegrationService> services = defaults();

    // All on by default except Guest services.
    static QList<IntegrationService> defaults();
    const IntegrationService *service(IntegrationServiceKind kind) const;
    bool isEnabled(IntegrationServiceKind kind) const;

    bool operator==(const IntegrationServicesInfo &) const = default;
};

class IntegrationServiceNames
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationServiceNames)

public:
    static QList<IntegrationServiceKind> all();
    // As Hyper-V Manager and Get-VMIntegrationService name them (the PowerShell name is not
    // translated: it is what Enable-VMIntegrationService -Name takes).
    static QString displayName(IntegrationServiceKind kind);
    static QString powerShellName(IntegrationServiceKind kind);
    static QString key(IntegrationServiceKind kind);
    static IntegrationServiceKind fromKey(const QString &key, bool *ok = nullptr);
    static QString displayName(IntegrationServiceStatus status);
    static QString key(IntegrationServiceStatus status);
    static IntegrationServiceStatus statusFromKey(const QString &key, bool *ok = nullptr);
};

} // namespace hvdesk
