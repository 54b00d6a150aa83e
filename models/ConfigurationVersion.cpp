#include "ConfigurationVersion.h"

#include <QStringList>

namespace hvdesk {

int ConfigurationVersion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 2)
        return -1;
    bool ok1 = false, ok2 = false;
    const int major = parts[0].toInt(&ok1);
    const int minor = parts[1].toInt(&ok2);
    return ok1 && ok2 && major >= 0 && minor >= 0 && minor < 10 ? major * 10 + minor : -1;
}

QString ConfigurationVersion::toString(int version)
{
    return version < 0 ? QString() : QStringLiteral("%1.%2").arg(version / 10).arg(version % 10);
}

Error ConfigurationVersion::canUpgrade(const VmInfo &vm, const HostInfo *host)
{
    Error e;
    if (!host) {
        e.code = QStringLiteral("config.host-unknown");
        e.message = tr("The host of '%1' is not known.").arg(vm.name);
        e.fix = tr("Refresh the connection.");
        return e;
    }
    const int current = parse(vm.configurationVersion);
    if (current < 0) {
        e.code = QStringLiteral("config.unreadable");
        e.field = QStringLiteral("configurationVersion");
        e.message = tr("The configuration version '%1' of '%2' cannot be read.").arg(vm.configurationVersion, vm.name);
        e.fix = tr("Refresh the connection.");
        return e;
    }
    if (current >= host->maxConfigurationVersion) {
        e.code = QStringLiteral("config.current");
        e.field = QStringLiteral("configurationVersion");
        e.message = tr("'%1' already has configuration version %2, the highest %3 supports.")
                        .arg(vm.name, vm.configurationVersion, host->name);
        return e;
    }
    if (vm.state != VmState::Off) {
        e.code = QStringLiteral("config.vm-not-off");
        e.field = QStringLiteral("state");
        e.message = tr("'%1' is %2: the configuration version can only be upgraded while the virtual machine is off.")
                        .arg(vm.name, VmStates::displayName(vm.state).toLower());
        e.fix = tr("Shut down the virtual machine, then upgrade.");
        return e;
    }
    return {};
}

} // namespace hvdesk
