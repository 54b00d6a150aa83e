#include "NicReceiveScaling.h"

namespace hvdesk {

QString NicReceiveScalingNames::displayName(const NicReceiveScaling &scaling)
{
    switch (scaling.mode) {
    case NicReceiveScaling::Mode::None: return tr("RSS and VMQ off");
    case NicReceiveScaling::Mode::Rss: return tr("RSS");
    case NicReceiveScaling::Mode::Vmq: return scaling.dynamicVmq ? tr("Dynamic VMQ") : tr("Static VMQ");
    }
    return QString();
}

QString NicReceiveScalingNames::powerShell(const QString &hostName, const QString &nicName,
                                           const NicReceiveScaling &scaling)
{
    const QString target = QStringLiteral("-Name '%1' -CimSession '%2'").arg(nicName, hostName);
    switch (scaling.mode) {
    case NicReceiveScaling::Mode::None:
        return QStringLiteral("Disable-NetAdapterVmq %1\nDisable-NetAdapterRss %1").arg(target);
    case NicReceiveScaling::Mode::Rss:
        return QStringLiteral("Disable-NetAdapterVmq %1\nEnable-NetAdapterRss %1").arg(target);
    case NicReceiveScaling::Mode::Vmq:
        return QStringLiteral("Disable-NetAdapterRss %1\nEnable-NetAdapterVmq %1").arg(target);
    }
    return QString();
}

Error NicReceiveScalingNames::unknownNic(const QString &hostName, const QString &nicName)
{
    Error e;
    e.code = QStringLiteral("nic.unknown");
    e.field = QStringLiteral("nic");
    e.message = tr("Host '%1' has no physical network adapter named '%2'.").arg(hostName, nicName);
    e.fix = tr("Refresh the host and choose one of its network adapters.");
    return e;
}

} // namespace hvdesk
