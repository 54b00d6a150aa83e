#include "IntegrationServices.h"

namespace hvdesk {

QList<IntegrationService> IntegrationServicesInfo::defaults()
{
    QList<IntegrationService> out;
    for (IntegrationServiceKind kind : IntegrationServiceNames::all())
        out << IntegrationService{kind, kind != IntegrationServiceKind::GuestServices, IntegrationServiceStatus::NoContact};
    return out;
}

const IntegrationService *IntegrationServicesInfo::service(IntegrationServiceKind kind) const
{
    for (const IntegrationService &s : services) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

bool IntegrationServicesInfo::isEnabled(IntegrationServiceKind kind) const
{
    const IntegrationService *s = service(kind);
    return s && s->enabled;
}

QList<IntegrationServiceKind> IntegrationServiceNames::all()
{
    return {IntegrationServiceKind::Shutdown,  IntegrationServiceKind::TimeSynchronization,
            IntegrationServiceKind::DataExchange, IntegrationServiceKind::Heartbeat,
            IntegrationServiceKind::Backup,    IntegrationServiceKind::GuestServices};
}

QString IntegrationServiceNames::displayName(IntegrationServiceKind kind)
{
    switch (kind) {
    case IntegrationServiceKind::Shutdown: return tr("Operating system shutdown");
    case IntegrationServiceKind::TimeSynchronization: return tr("Time synchronization");
    case IntegrationServiceKind::DataExchange: return tr("Data Exchange");
    case IntegrationServiceKind::Heartbeat: return tr("Heartbeat");
    case IntegrationServiceKind::Backup: return tr("Backup (volume shadow copy)");
    case IntegrationServiceKind::GuestServices: return tr("Guest services");
    }
    return QString();
}

QString IntegrationServiceNames::powerShellName(IntegrationServiceKind kind)
{
    switch (kind) {
    case IntegrationServiceKind::Shutdown: return QStringLiteral("Shutdown");
    case IntegrationServiceKind::TimeSynchronization: return QStringLiteral("Time Synchronization");
    case IntegrationServiceKind::DataExchange: return QStringLiteral("Key-Value Pair Exchange");
    case IntegrationServiceKind::Heartbeat: return QStringLiteral("Heartbeat");
    case IntegrationServiceKind::Backup: return QStringLiteral("VSS");
    case IntegrationServiceKind::GuestServices: return QStringLiteral("Guest Service Interface");
    }
    return QString();
}

QString IntegrationServiceNames::key(IntegrationServiceKind kind)
{
    switch (kind) {
    case IntegrationServiceKind::Shutdown: return QStringLiteral("shutdown");
    case IntegrationServiceKind::TimeSynchronization: return QStringLiteral("timeSync");
    case IntegrationServiceKind::DataExchange: return QStringLiteral("dataExchange");
    case IntegrationServiceKind::Heartbeat: return QStringLiteral("heartbeat");
    case IntegrationServiceKind::Backup: return QStringLiteral("backup");
    case IntegrationServiceKind::GuestServices: return QStringLiteral("guestServices");
    }
    return QString();
}

IntegrationServiceKind IntegrationServiceNames::fromKey(const QString &key, bool *ok)
{
    for (IntegrationServiceKind kind : all()) {
        if (IntegrationServiceNames::key(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return IntegrationServiceKind::Shutdown;
}

QString IntegrationServiceNames::displayName(IntegrationServiceStatus status)
{
    switch (status) {
    case IntegrationServiceStatus::Ok: return tr("OK");
    case IntegrationServiceStatus::ProtocolMismatch: return tr("Protocol mismatch");
    case IntegrationServiceStatus::NoContact: return tr("No contact");
    case IntegrationServiceStatus::LostCommunication: return tr("Lost communication");
    case IntegrationServiceStatus::NotApplicable: return tr("Not applicable");
    }
    return QString();
}

QString IntegrationServiceNames::key(IntegrationServiceStatus status)
{
    switch (status) {
    case IntegrationServiceStatus::Ok: return QStringLiteral("ok");
    case IntegrationServiceStatus::ProtocolMismatch: return QStringLiteral("protocolMismatch");
    case IntegrationServiceStatus::NoContact: return QStringLiteral("noContact");
    case IntegrationServiceStatus::LostCommunication: return QStringLiteral("lostCommunication");
    case IntegrationServiceStatus::NotApplicable: return QStringLiteral("notApplicable");
    }
    return QString();
}

IntegrationServiceStatus IntegrationServiceNames::statusFromKey(const QString &key, bool *ok)
{
    for (IntegrationServiceStatus s : {IntegrationServiceStatus::Ok, IntegrationServiceStatus::ProtocolMismatch,
                                       IntegrationServiceStatus::NoContact, IntegrationServiceStatus::LostCommunication,
                                       IntegrationServiceStatus::NotApplicable}) {
        if (IntegrationServiceNames::key(s) == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return IntegrationServiceStatus::NoContact;
}

} // namespace hvdesk
