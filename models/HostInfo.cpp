#include "HostInfo.h"

namespace hvdesk {

const VirtualSwitch *HostInfo::findSwitch(const QString &switchName) const
{
    for (const VirtualSwitch &s : switches) {
        if (s.name == switchName) // Hyper-V compares switch names case-sensitively
            return &s;
    }
    return nullptr;
}

const PhysicalNic *HostInfo::findNic(const QString &nicName) const
{
    for (const PhysicalNic &n : nics) {
        if (n.name == nicName)
            return &n;
    }
    return nullptr;
}

const StorageVolume *HostInfo::findVolume(const QString &path) const
{
    const StorageVolume *best = nullptr;
    for (const StorageVolume &v : volumes) {
        QString root = v.path;
        if (!root.endsWith(QLatin1Char('\\')))
            root += QLatin1Char('\\');
        const bool inside = path.compare(v.path, Qt::CaseInsensitive) == 0
            || path.startsWith(root, Qt::CaseInsensitive) || path.compare(root, Qt::CaseInsensitive) == 0;
        if (inside && (!best || v.path.size() > best->path.size()))
            best = &v;
    }
    return best;
}

QString HostNames::displayName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected: return tr("Disconnected");
    case ConnectionState::Connecting: return tr("Connecting");
    case ConnectionState::Connected: return tr("Connected");
    case ConnectionState::Stale: return tr("Connection lost (showing last known state)");
    case ConnectionState::Failed: return tr("Connection failed");
    }
    return QString();
}

QString HostNames::displayName(SwitchType type)
{
    switch (type) {
    case SwitchType::External: return tr("External");
    case SwitchType::Internal: return tr("Internal");
    case SwitchType::Private: return tr("Private");
    }
    return QString();
}

QString HostNames::key(SwitchType type)
{
    switch (type) {
    case SwitchType::External: return QStringLiteral("external");
    case SwitchType::Internal: return QStringLiteral("internal");
    case SwitchType::Private: return QStringLiteral("private");
    }
    return QString();
}

QString HostNames::displayName(MigrationAuthentication auth)
{
    switch (auth) {
    case MigrationAuthentication::CredSSP: return tr("Use Credential Security Support Provider (CredSSP)");
    case MigrationAuthentication::Kerberos: return tr("Use Kerberos");
    }
    return QString();
}

QString HostNames::displayName(MigrationPerformance perf)
{
    switch (perf) {
    case MigrationPerformance::TcpIp: return tr("TCP/IP");
    case MigrationPerformance::Compression: return tr("Compression");
    case MigrationPerformance::Smb: return tr("SMB");
    }
    return QString();
}

} // namespace hvdesk
