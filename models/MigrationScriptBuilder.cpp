#include "MigrationScriptBuilder.h"

#include "MigrationPaths.h"
#include "PowerShellBuilder.h"
#include "VmInfo.h"

#include <QStringList>

namespace hvdesk {

namespace {

QString q(const QString &s)
{
    return PowerShellBuilder::quote(s);
}

// The storage parameters shared by Move-VM -IncludeStorage and Move-VMStorage.
QStringList storageParameters(const VmInfo &vm, const MigrationRequest &request)
{
    QStringList p;
    MigrationRequest single = request;
    MigrationPaths::setSingleLocation(&single, vm, request.destinationStoragePath);
    const bool isSingle = !request.destinationStoragePath.isEmpty()
        && MigrationPaths::items(vm, single).size() == MigrationPaths::items(vm, request).size()
        && [&] {
               const auto a = MigrationPaths::items(vm, single);
               const auto b = MigrationPaths::items(vm, request);
               for (int i = 0; i < a.size(); ++i) {
                   if (a[i].destinationPath != b[i].destinationPath)
                       return false;
               }
               return true;
           }();
    if (isSingle) {
        p << QStringLiteral("-DestinationStoragePath %1").arg(q(request.destinationStoragePath));
        return p;
    }
    QStringList vhds;
    for (const MigrationPaths::Item &item : MigrationPaths::items(vm, request)) {
        switch (item.kind) {
        case MigrationPaths::ItemKind::Disk:
            vhds << QStringLiteral("@{SourceFilePath = %1; DestinationFilePath = %2}")
                        .arg(q(item.sourcePath), q(item.destinationPath));
            break;
        case MigrationPaths::ItemKind::Configuration:
            p << QStringLiteral("-VirtualMachinePath %1").arg(q(item.destinationPath));
            break;
        case MigrationPaths::ItemKind::Checkpoints:
            p << QStringLiteral("-SnapshotFilePath %1").arg(q(item.destinationPath));
            break;
        case MigrationPaths::ItemKind::SmartPaging:
            p << QStringLiteral("-SmartPagingFilePath %1").arg(q(item.destinationPath));
            break;
        }
    }
    if (!vhds.isEmpty())
        p << QStringLiteral("-Vhds @(%1)").arg(vhds.join(QStringLiteral(",\n        ")));
    return p;
}

} // namespace

QString MigrationScriptBuilder::move(const VmInfo &vm, const MigrationRequest &asked)
{
    // What the move really is: the VM alone when none of its files changes place.
    const MigrationRequest request = MigrationPaths::effective(vm, asked);
    if (request.type == MigrationType::Storage) {
        QStringList p = storageParameters(vm, request);
        return QStringLiteral("Move-VMStorage -VMName %1 -ComputerName %2 `\n    %3")
            .arg(q(vm.name), q(vm.hostName), p.join(QStringLiteral(" `\n    ")));
    }
    QStringList p;
    p << QStringLiteral("-Name %1 -ComputerName %2 -DestinationHost %3")
             .arg(q(vm.name), q(vm.hostName), q(request.destinationHost));
    if (request.type == MigrationType::SharedNothing)
        p << QStringLiteral("-IncludeStorage") << storageParameters(vm, request);
    if (request.switchMapping.isEmpty())
        return QStringLiteral("Move-VM ") + p.join(QStringLiteral(" `\n    "));

    // Adapters mapped to another switch: fix the compatibility report, then move with it.
    QStringList lines;
    lines << QStringLiteral("$report = Compare-VM ") + p.join(QStringLiteral(" `\n    "));
    for (const auto &[adapterId, target] : request.switchMapping) {
        QString adapterName = adapterId;
        for (const NetworkAdapter &a : vm.adapters) {
            if (a.settings.id == adapterId)
                adapterName = a.settings.name;
        }
        const QString action = target.isEmpty()
            ? QStringLiteral("Disconnect-VMNetworkAdapter -VMNetworkAdapter $_.Source")
            : QStringLiteral("Connect-VMNetworkAdapter -VMNetworkAdapter $_.Source -SwitchName %1").arg(q(target));
        lines << QStringLiteral("$report.Incompatibilities | Where-Object { $_.MessageId -eq 33012 -and $_.Source.Name -eq %1 } |\n"
                                "    ForEach-Object { %2 }")
                     .arg(q(adapterName), action);
    }
    lines << QStringLiteral("Move-VM -CompatibilityReport $report");
    return lines.join(QLatin1Char('\n'));
}

QString MigrationScriptBuilder::hostSettings(const QString &hostName, const HostMigrationSettings &before,
                                             const HostMigrationSettings &after)
{
    QStringList lines;
    const QString host = q(hostName);
    if (after.liveMigrationEnabled != before.liveMigrationEnabled)
        lines << (after.liveMigrationEnabled ? QStringLiteral("Enable-VMMigration -ComputerName %1")
                                             : QStringLiteral("Disable-VMMigration -ComputerName %1"))
                     .arg(host);
    QStringList set;
    if (after.simultaneousLiveMigrations != before.simultaneousLiveMigrations)
        set << QStringLiteral("-MaximumVirtualMachineMigrations %1").arg(after.simultaneousLiveMigrations);
    if (after.simultaneousStorageMigrations != before.simultaneousStorageMigrations)
        set << QStringLiteral("-MaximumStorageMigrations %1").arg(after.simultaneousStorageMigrations);
    if (after.authentication != before.authentication)
        set << QStringLiteral("-VirtualMachineMigrationAuthenticationType %1")
                   .arg(after.authentication == MigrationAuthentication::Kerberos ? QStringLiteral("Kerberos")
                                                                                  : QStringLiteral("CredSSP"));
    if (after.performance != before.performance) {
        const QString perf = after.performance == MigrationPerformance::TcpIp ? QStringLiteral("TCPIP")
            : after.performance == MigrationPerformance::Smb                  ? QStringLiteral("SMB")
                                                                              : QStringLiteral("Compression");
        set << QStringLiteral("-VirtualMachineMigrationPerformanceOption %1").arg(perf);
    }
    if (after.migrationNetworks != before.migrationNetworks)
        set << QStringLiteral("-UseAnyNetworkForMigration %1")
                   .arg(after.migrationNetworks.isEmpty() ? QStringLiteral("$true") : QStringLiteral("$false"));
    if (!set.isEmpty())
        lines << QStringLiteral("Set-VMHost -ComputerName %1 %2").arg(host, set.join(QLatin1Char(' ')));
    if (after.migrationNetworks != before.migrationNetworks) {
        for (const QString &net : before.migrationNetworks)
            lines << QStringLiteral("Remove-VMMigrationNetwork -ComputerName %1 %2").arg(host, q(net));
        for (int i = 0; i < after.migrationNetworks.size(); ++i)
            lines << QStringLiteral("Add-VMMigrationNetwork -ComputerName %1 %2 -Priority %3")
                         .arg(host, q(after.migrationNetworks[i]))
                         .arg(i + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hvdesk
