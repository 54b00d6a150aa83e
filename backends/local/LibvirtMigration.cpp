#include "LibvirtMigration.h"

#include <models/Format.h>

#include <QUrl>

#include <algorithm>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace hvdesk::local {

namespace {

QString mib(quint64 bytes)
{
    return LibvirtMigration::tr("%L1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 0);
}

} // namespace

QString LibvirtMigration::destinationUri(const QString &connectionUri, const QString &hostName)
{
    const QUrl url(connectionUri);
    if (!url.host().isEmpty() || url.scheme() == QLatin1String("test"))
        return connectionUri;
    // qemu:///system -> qemu+ssh://host/system: the source host's libvirtd connects over SSH.
    const QString path = url.path().isEmpty() ? QStringLiteral("/system") : url.path();
    return QStringLiteral("%1+ssh://%2%3").arg(url.scheme(), hostName, path);
}

Error LibvirtMigration::refusal(const VmInfo &vm, const MigrationRequest &request)
{
    Error e;
    e.field = QStringLiteral("type");
    if (request.type == MigrationType::Storage || request.type == MigrationType::Staged) {
        e.code = QStringLiteral("libvirt.migration.storage-only");
        e.message = tr("libvirt moves a domain's disks only together with the domain.");
        e.fix
            = tr("Move the virtual machine with its storage to another host, or copy the disks with virsh blockcopy.");
        return e;
    }
    if (vm.state == VmState::Saved) {
        e.code = QStringLiteral("libvirt.migration.saved");
        e.message = tr("'%1' has a managed save image, which libvirt does not move.").arg(vm.name);
        e.fix = tr(
            "Start the virtual machine and move it running, or remove the saved state (virsh managedsave-remove).");
        return e;
    }
    if (VmStates::isTransitional(vm.state)) {
        e.code = QStringLiteral("libvirt.migration.busy");
        e.message = tr("'%1' is %2.").arg(vm.name, VmStates::displayName(vm.state).toLower());
        e.fix = tr("Wait until the current operation has finished.");
        return e;
    }
    if (!VmStates::holdsMemory(vm.state) && request.type == MigrationType::SharedNothing) {
        e.code = QStringLiteral("libvirt.migration.offline-storage");
        e.message = tr("'%1' is off: libvirt moves a shut-off domain's definition only, not its disks.").arg(vm.name);
        e.fix = tr("Start it and move it running with its storage, or copy the disks yourself and move only the "
                   "virtual machine.");
        return e;
    }
    if (request.destinationUri.isEmpty()) {
        e.code = QStringLiteral("libvirt.migration.destination");
        e.field = QStringLiteral("destinationUri");
        e.message
            = tr("A libvirt connection has one host: the destination must be a host of another libvirt connection.");
        e.fix
            = tr("Connect to the destination host too (File > Connect to Server), then choose it in the Move wizard.");
        return e;
    }
    return Error();
}

unsigned int LibvirtMigration::flags(const VmInfo &vm, const MigrationRequest &request)
{
    unsigned int f = VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE;
    if (!VmStates::holdsMemory(vm.state))
        return f | VIR_MIGRATE_OFFLINE;
    f |= VIR_MIGRATE_LIVE;
    if (request.type == MigrationType::SharedNothing)
        f |= VIR_MIGRATE_NON_SHARED_DISK;
    return f;
}

LibvirtMigration::Progress LibvirtMigration::progress(const MigrationJobStats &stats)
{
    Progress p;
    if (!stats.active || stats.dataTotal == 0) {
        p.phase = tr("Starting the migration");
        return p;
    }
    p.percent = qBound(0, int(double(stats.dataProcessed) * 100.0 / double(stats.dataTotal)), 99);
    if (stats.diskTotal > 0 && stats.diskProcessed < stats.diskTotal)
        p.phase = tr("Copying storage: %1 of %2").arg(mib(stats.diskProcessed), mib(stats.diskTotal));
    else if (stats.memoryTotal > 0)
        p.phase = tr("Copying memory: %1 of %2, %3 remaining")
                      .arg(mib(stats.memoryProcessed), mib(stats.memoryTotal), mib(stats.memoryRemaining));
    else
        p.phase = tr("Copying: %1 of %2").arg(mib(stats.dataProcessed), mib(stats.dataTotal));
    return p;
}

Error LibvirtMigration::error(const LibvirtFailure &failure, const QString &vmName, const QString &sourceUri,
    const QString &destinationUri, bool *cancelled)
{
    if (cancelled)
        *cancelled = failure.code == VIR_ERR_OPERATION_ABORTED;
    Error e;
    e.code = QStringLiteral("libvirt.%1").arg(failure.code);
    const QString said = failure.message.isEmpty() ? tr("no details") : failure.message;
    const QString lower = failure.message.toLower();
    switch (failure.code) {
    case VIR_ERR_OPERATION_ABORTED:
        e.code = QStringLiteral("libvirt.migration.cancelled");
        e.message = tr("The move of '%1' was cancelled; it keeps running on the source host.").arg(vmName);
        return e;
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_UNAVAILABLE:
    case VIR_ERR_AUTH_CANCELLED:
        e.code = QStringLiteral("libvirt.migration.authentication");
        e.message = tr("The source host could not log in to %1 (%2).").arg(destinationUri, said);
        e.fix = tr("The move is peer to peer: the source host's libvirtd connects to the destination itself, as root. "
                   "Give root on the source host an SSH key the destination accepts (ssh-copy-id), or use qemu+tls.");
        e.field = QStringLiteral("destinationUri");
        return e;
    case VIR_ERR_CPU_INCOMPATIBLE:
        e.code = QStringLiteral("libvirt.migration.cpu");
        e.message = tr("The destination's processor cannot run '%1' as it runs now (%2).").arg(vmName, said);
        e.fix = tr("Give the domain a CPU model both hosts support (virsh edit: <cpu mode='custom'> with a common "
                   "model), or choose a host with the same processor.");
        return e;
    case VIR_ERR_NO_NETWORK:
        e.code = QStringLiteral("libvirt.migration.network");
        e.message = tr("A network of '%1' does not exist on the destination (%2).").arg(vmName, said);
        e.fix = tr("Define and start the network there (virsh net-define, net-start), or connect the adapter to a "
                   "network the destination has on the Compatibility page.");
        return e;
    case VIR_ERR_NO_STORAGE_POOL:
    case VIR_ERR_NO_STORAGE_VOL:
        e.code = QStringLiteral("libvirt.migration.storage");
        e.message = tr("The destination has no storage for the disks of '%1' (%2).").arg(vmName, said);
        e.fix = tr("Define and start a storage pool on the destination for the folder of each disk (virsh "
                   "pool-define-as NAME dir --target FOLDER); libvirt creates the disks in it during the move.");
        return e;
    case VIR_ERR_MIGRATE_UNSAFE:
        e.code = QStringLiteral("libvirt.migration.unsafe");
        e.message = tr("Moving '%1' without its disks is unsafe: %2").arg(vmName, said);
        e.fix = tr("Choose to move the virtual machine's data as well (shared-nothing), or put its disks on storage "
                   "both hosts share with cache='none'.");
        return e;
    case VIR_ERR_DOM_EXIST:
        e.code = QStringLiteral("libvirt.migration.exists");
        e.message = tr("The destination already has a domain like '%1' (%2).").arg(vmName, said);
        e.fix = tr("Rename or undefine the domain on the destination (virsh domrename, undefine), then move again.");
        return e;
    case VIR_ERR_NO_SUPPORT:
    case VIR_ERR_ARGUMENT_UNSUPPORTED:
        if (sourceUri.startsWith(QLatin1String("test:"))) {
            e.code = QStringLiteral("libvirt.migration.test-driver");
            e.message = tr("libvirt's test hypervisor cannot migrate domains (%1).").arg(said);
            e.fix = tr("Move between KVM hosts (qemu:// URIs); the test hypervisor only imitates a host.");
            return e;
        }
        break;
    case VIR_ERR_NO_CONNECT:
    case VIR_ERR_SYSTEM_ERROR:
    case VIR_ERR_RPC:
    case VIR_ERR_OPERATION_TIMEOUT:
        e.code = QStringLiteral("libvirt.migration.route");
        e.message = tr("The source host cannot reach %1 (%2).").arg(destinationUri, said);
        e.fix
            = tr("Check from the source host that the destination answers (virsh -c %1 list) and that libvirtd "
                 "runs there; for qemu+ssh, that SSH is reachable, and that the migration ports 49152-49215 are open.")
                  .arg(destinationUri);
        e.field = QStringLiteral("destinationUri");
        return e;
    default:
        break;
    }
    if (lower.contains(QLatin1String("no route to host")) || lower.contains(QLatin1String("connection refused"))) {
        e.code = QStringLiteral("libvirt.migration.route");
        e.message = tr("The source host cannot reach %1 (%2).").arg(destinationUri, said);
        e.fix = tr("Check the destination's address and firewall, and that libvirtd runs there.");
        return e;
    }
    e.message = tr("Moving '%1' failed: %2").arg(vmName, said);
    e.fix = tr("Check the libvirt logs of both hosts (journalctl -u libvirtd, /var/log/libvirt/qemu/%1.log).")
                .arg(vmName);
    return e;
}

QString LibvirtMigration::virshCommand(const QString &sourceUri, const VmInfo &vm, const MigrationParams &params)
{
    QStringList args { QStringLiteral("virsh"), QStringLiteral("-c"), sourceUri, QStringLiteral("migrate") };
    if (params.flags & VIR_MIGRATE_LIVE)
        args << QStringLiteral("--live");
    if (params.flags & VIR_MIGRATE_OFFLINE)
        args << QStringLiteral("--offline");
    if (params.flags & VIR_MIGRATE_PEER2PEER)
        args << QStringLiteral("--p2p");
    if (params.flags & VIR_MIGRATE_PERSIST_DEST)
        args << QStringLiteral("--persistent");
    if (params.flags & VIR_MIGRATE_UNDEFINE_SOURCE)
        args << QStringLiteral("--undefinesource");
    if (params.flags & VIR_MIGRATE_NON_SHARED_DISK)
        args << QStringLiteral("--copy-storage-all");
    if (!params.disks.isEmpty())
        args << QStringLiteral("--migrate-disks") << params.disks.join(QLatin1Char(','));
    if (params.bandwidthMiBs > 0)
        args << QStringLiteral("--bandwidth") << QString::number(params.bandwidthMiBs);
    if (!params.interfaceMapping.isEmpty())
        args << QStringLiteral("--xml") << QStringLiteral("%1-destination.xml").arg(vm.name);
    args << vm.name << params.destinationUri;
    QStringList quoted;
    for (const QString &a : args) {
        const bool plain = !a.isEmpty() && std::all_of(a.begin(), a.end(), [](QChar c) {
            return c.isLetterOrNumber() || QStringLiteral("-_./:+,=@").contains(c);
        });
        quoted << (plain ? a
                         : QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\\''"))
                    + QLatin1Char('\''));
    }
    QString out = quoted.join(QLatin1Char(' '));
    if (!params.interfaceMapping.isEmpty()) {
        QStringList moves;
        for (const auto &[adapter, target] : params.interfaceMapping)
            moves << QStringLiteral("%1 -> %2").arg(adapter, target);
        out = QStringLiteral("# %1-destination.xml: virsh dumpxml --migratable %1, with %2\n")
                  .arg(vm.name, moves.join(QStringLiteral(", ")))
            + out;
    }
    return out;
}

} // namespace hvdesk::local
