#include "MigrationCompatibility.h"

#include "Format.h"
#include "MigrationPaths.h"

#include <algorithm>

namespace hvdesk {

namespace {

Diagnostic make(Diagnostic::Severity severity, const QString &id, const QString &field, const QString &message,
                const QString &fix)
{
    return Diagnostic { severity, id, field, message, fix };
}

int configVersionNumber(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return -1;
    bool ok1 = false, ok2 = false;
    const int major = parts[0].toInt(&ok1);
    const int minor = parts[1].toInt(&ok2);
    return ok1 && ok2 ? major * 10 + minor : -1;
}

// The folder a destination path belongs to, for one finding per folder: the single location
// when the item goes under it, a disk's folder, or the item's own path (a folder already).
QString folderOf(const MigrationPaths::Item &item, const MigrationRequest &request)
{
    const QString &single = request.destinationStoragePath;
    const QString &path = item.destinationPath;
    if (!single.isEmpty()
        && (path.compare(single, Qt::CaseInsensitive) == 0
            || path.startsWith(single + QLatin1Char('\\'), Qt::CaseInsensitive)
            || path.startsWith(single + QLatin1Char('/'), Qt::CaseInsensitive)))
        return single;
    if (item.kind == MigrationPaths::ItemKind::Disk) {
        const qsizetype cut = qMax(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
        return cut > 0 ? path.left(cut) : path;
    }
    return path;
}

// \\server\share of a path on an SMB share.
QString shareRoot(const QString &path)
{
    const qsizetype server = path.indexOf(QLatin1Char('\\'), 2);
    const qsizetype share = server < 0 ? -1 : path.indexOf(QLatin1Char('\\'), server + 1);
    return share < 0 ? path : path.left(share);
}

} // namespace

bool MigrationCompatibility::isMapped(const QString &adapterId, const MigrationRequest &request)
{
    for (const auto &m : request.switchMapping) {
        if (m.first == adapterId)
            return true;
    }
    return false;
}

QString MigrationCompatibility::destinationSwitch(const NetworkAdapterSettings &adapter, const MigrationRequest &request)
{
    for (const auto &m : request.switchMapping) {
        if (m.first == adapter.id)
            return m.second;
    }
    return adapter.switchName;
}

QString MigrationCompatibility::suggestedSwitch(const QString &switchName, const HostInfo &destination)
{
    for (const VirtualSwitch &s : destination.switches) {
        if (s.name.compare(switchName, Qt::CaseInsensitive) == 0)
            return s.name;
    }
    return QString();
}

Diagnostics MigrationCompatibility::switches(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type))
        return out;
    for (const NetworkAdapter &a : in.vm.adapters) {
        const QString target = destinationSwitch(a.settings, in.request);
        if (target.isEmpty() || in.destination.findSwitch(target))
            continue;
        const QString suggestion = suggestedSwitch(target, in.destination);
        const QString message = suggestion.isEmpty()
            ? tr("Could not find Ethernet switch '%1' on %2 for '%3'.").arg(target, in.destination.name, a.settings.name)
            : tr("Could not find Ethernet switch '%1' on %2 for '%3': switch names are case-sensitive and %2 has '%4'.")
                  .arg(target, in.destination.name, a.settings.name, suggestion);
        const QString fix = suggestion.isEmpty()
            ? tr("Map the adapter to a switch of %1, or disconnect it.").arg(in.destination.name)
            : tr("Map the adapter to switch '%1', or disconnect it.").arg(suggestion);
        out << make(Diagnostic::Severity::Error, SwitchMissing, a.settings.id, message, fix);
    }
    return out;
}

Diagnostics MigrationCompatibility::processor(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type))
        return out;
    const bool hasState = VmStates::holdsMemory(in.vm.state) || in.vm.state == VmState::Saved;
    if (!hasState)
        return out; // an off VM boots on whatever processor it finds
    if (in.source.processorVendor != in.destination.processorVendor) {
        out << make(Diagnostic::Severity::Error, ProcessorVendor, in.destination.name,
                    tr("'%1' is %2 and cannot continue on %3's processor (%4 on %5, %6 on %3).")
                        .arg(in.vm.name, VmStates::displayName(in.vm.state).toLower(), in.destination.name,
                             in.source.processorVendor, in.source.name, in.destination.processorVendor),
                    tr("Shut down the virtual machine and move it while it is off, or choose a host with a %1 processor.")
                        .arg(in.source.processorVendor));
    } else if (in.source.processorModel != in.destination.processorModel) {
        out << make(Diagnostic::Severity::Warning, ProcessorVersion, in.destination.name,
                    tr("%1 has another processor model (%2) than %3 (%4).")
                        .arg(in.destination.name, in.destination.processorModel, in.source.name, in.source.processorModel),
                    tr("If the move is refused, turn on 'Migrate to a physical computer with a different processor "
                       "version' in the virtual machine's processor settings (the VM must be off)."));
    }
    return out;
}

Diagnostics MigrationCompatibility::liveMigration(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type))
        return out;
    for (const HostInfo *h : {&in.source, &in.destination}) {
        if (h->migration.liveMigrationEnabled)
            continue;
        out << make(Diagnostic::Severity::Error, LiveMigrationDisabled, h->name,
                    h == &in.source ? tr("Outgoing live migrations are not enabled on %1.").arg(h->name)
                                    : tr("Incoming live migrations are not enabled on %1.").arg(h->name),
                    tr("Enable incoming and outgoing live migrations in Hyper-V Settings of %1 (Enable-VMMigration).")
                        .arg(h->name));
    }
    return out;
}

Diagnostics MigrationCompatibility::memory(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type) || !VmStates::holdsMemory(in.vm.state))
        return out;
    const quint64 needed = qMax(in.vm.memoryAssignedBytes, in.vm.memoryStartupBytes);
    if (needed > in.destination.memoryAvailableBytes) {
        out << make(Diagnostic::Severity::Error, Memory, in.destination.name,
                    tr("%1 has %2 of memory available; running '%3' needs %4.")
                        .arg(in.destination.name, Format::memoryMB(in.destination.memoryAvailableBytes), in.vm.name,
                             Format::memoryMB(needed)),
                    tr("Choose another host, free memory on %1, or shut the virtual machine down and move it off.")
                        .arg(in.destination.name));
    }
    return out;
}

Diagnostics MigrationCompatibility::storage(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (in.request.type == MigrationType::Live) {
        // Only the running state moves: the destination must see the VM's files where they are.
        for (const MigrationPaths::Item &item : MigrationPaths::items(in.vm, in.request)) {
            if (item.kind == MigrationPaths::ItemKind::Checkpoints || item.kind == MigrationPaths::ItemKind::SmartPaging)
                continue;
            if (MigrationPaths::isSmbShare(item.sourcePath))
                continue; // an SMB share: every host with access sees it under the same path
            const StorageVolume *v = in.destination.findVolume(item.sourcePath);
            if (v && v->clusterShared && in.source.findVolume(item.sourcePath) && !in.source.cluster.isEmpty()
                && in.source.cluster == in.destination.cluster)
                continue;
            out << make(Diagnostic::Severity::Error, StorageNotShared, item.sourcePath,
                        tr("%1 cannot reach '%2' of '%3': it is not on storage both hosts share.")
                            .arg(in.destination.name, item.sourcePath, in.vm.name),
                        tr("Choose to move the virtual machine's data as well, to a folder of %1 (shared-nothing live "
                           "migration).")
                            .arg(in.destination.name));
            break;
        }
        return out;
    }
    // One finding per destination folder, naming the items that would go there.
    struct BadFolder
    {
        QString path;
        QStringList labels;
        bool relative = false;
    };
    QList<BadFolder> bad;
    for (const MigrationPaths::Item &item : MigrationPaths::items(in.vm, in.request)) {
        if (!item.moves())
            continue;
        const bool relative = !MigrationPaths::isAbsolute(item.destinationPath);
        if (!relative
            && (MigrationPaths::isSmbShare(item.destinationPath) || in.destination.findVolume(item.destinationPath)))
            continue;
        const QString folder = folderOf(item, in.request);
        auto it = std::find_if(bad.begin(), bad.end(), [&](const BadFolder &f) {
            return f.path.compare(folder, Qt::CaseInsensitive) == 0;
        });
        if (it == bad.end())
            bad << BadFolder{folder, {item.label}, relative};
        else
            it->labels << item.label;
    }
    for (const BadFolder &f : bad) {
        if (f.relative) {
            out << make(Diagnostic::Severity::Error, PathNotAbsolute, f.path,
                        tr("'%1' is not an absolute path.").arg(f.path),
                        tr("Type a full path such as %1.")
                            .arg(MigrationPaths::suggestedFolder(&in.destination, in.vm.name)));
            continue;
        }
        QStringList roots;
        for (const StorageVolume &v : in.destination.volumes)
            roots << v.path;
        out << make(Diagnostic::Severity::Error, NoVolume, f.path,
                    tr("%1 has no volume for '%2' (%3).").arg(in.destination.name, f.path, f.labels.join(QStringLiteral(", "))),
                    roots.isEmpty() ? tr("%1 reports no storage volumes: refresh the host.").arg(in.destination.name)
                                    : tr("Choose a folder on one of: %1.").arg(roots.join(QStringLiteral(", "))));
    }
    const QMap<QString, quint64> needed = MigrationPaths::requiredSpace(in.vm, in.request, in.destination);
    for (auto it = needed.begin(); it != needed.end(); ++it) {
        const StorageVolume *v = it.key().isEmpty() ? nullptr : in.destination.findVolume(it.key());
        if (!v || it.value() <= v->freeBytes)
            continue;
        out << make(Diagnostic::Severity::Error, FreeSpace, v->path,
                    tr("%1 on %2 has %3 free; the files of '%4' need %5.")
                        .arg(v->path, in.destination.name, Format::bytes(v->freeBytes), in.vm.name, Format::bytes(it.value())),
                    tr("Choose a location on another volume, or free space on %1.").arg(v->path));
    }
    return out;
}

Diagnostics MigrationCompatibility::highAvailability(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesStorage(in.request.type))
        return out;
    for (const MigrationPaths::Item &item : MigrationPaths::items(in.vm, in.request)) {
        if (!item.moves() || !MigrationPaths::isAbsolute(item.destinationPath))
            continue;
        const StorageVolume *from = in.source.findVolume(item.sourcePath);
        const bool fromCsv = from && from->clusterShared;
        if (!fromCsv && !MigrationPaths::isSmbShare(item.sourcePath))
            continue;
        const StorageVolume *to = in.destination.findVolume(item.destinationPath);
        if (MigrationPaths::isSmbShare(item.destinationPath) || !to || to->clusterShared)
            continue; // still shared (or on no volume, which storage() reports)
        const QString shared = fromCsv ? from->path : shareRoot(item.sourcePath);
        const QString folder = folderOf(item, in.request);
        const QString message = fromCsv && !in.source.cluster.isEmpty()
            ? tr("'%1' leaves Cluster Shared Volume %2 for %3, outside the cluster storage: it will no longer be highly "
                 "available in failover cluster '%4'.")
                  .arg(in.vm.name, shared, folder, in.source.cluster)
            : tr("'%1' leaves shared storage %2 for %3, local storage of %4: other hosts no longer reach its files, and "
                 "it will no longer be highly available.")
                  .arg(in.vm.name, shared, folder, in.destination.name);
        const QString fix = movesVm(in.request.type)
            ? tr("To keep it highly available, choose 'Move only the virtual machine' (its files stay on %1) or a "
                 "folder on shared storage.")
                  .arg(shared)
            : tr("To keep it highly available, choose a folder on shared storage (a Cluster Shared Volume such as %1, "
                 "or an SMB share).")
                  .arg(shared);
        out << make(Diagnostic::Severity::Warning, LeavesSharedStorage, folder, message, fix);
        break; // one finding per virtual machine
    }
    return out;
}

Diagnostics MigrationCompatibility::configurationVersion(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type))
        return out;
    const int version = configVersionNumber(in.vm.configurationVersion);
    if (version > in.destination.maxConfigurationVersion) {
        out << make(Diagnostic::Severity::Error, ConfigurationVersion, in.destination.name,
                    tr("'%1' has configuration version %2; %3 supports versions up to %4.%5.")
                        .arg(in.vm.name, in.vm.configurationVersion, in.destination.name)
                        .arg(in.destination.maxConfigurationVersion / 10)
                        .arg(in.destination.maxConfigurationVersion % 10),
                    tr("Choose a host running a newer Hyper-V (configuration versions cannot be downgraded)."));
    }
    return out;
}

Diagnostics MigrationCompatibility::offloads(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type))
        return out;
    for (const NetworkAdapter &a : in.vm.adapters) {
        const VirtualSwitch *sw = in.destination.findSwitch(destinationSwitch(a.settings, in.request));
        if (!sw)
            continue;
        if (a.settings.iovEnabled() && (!sw->iovEnabled || !sw->iovSupportReasons.isEmpty())) {
            out << make(Diagnostic::Severity::Warning, SrIovFallback, a.settings.id,
                        tr("'%1' of '%2' uses SR-IOV, which switch '%3' on %4 does not offer: the adapter falls back "
                           "to the synthetic path (no loss of connectivity, more host CPU).")
                            .arg(a.settings.name, in.vm.name, sw->name, in.destination.name),
                        tr("Nothing to do for the move; to keep SR-IOV, choose a host whose switch was created with SR-IOV."));
        }
        if (a.settings.vmqEnabled() && sw->type == SwitchType::External && sw->availableVmQueues == 0) {
            out << make(Diagnostic::Severity::Warning, VmqUnavailable, a.settings.id,
                        tr("Switch '%1' on %2 has no virtual machine queues: '%3' of '%4' loses the VMQ gain.")
                            .arg(sw->name, in.destination.name, a.settings.name, in.vm.name),
                        tr("Nothing to do for the move; enable VMQ on %1's network adapter to regain it.")
                            .arg(in.destination.name));
        }
    }
    return out;
}

Diagnostics MigrationCompatibility::authentication(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (!movesVm(in.request.type) || in.source.name == in.destination.name)
        return out;
    if (in.source.migration.authentication == MigrationAuthentication::CredSSP) {
        out << make(Diagnostic::Severity::Info, AuthCredSsp, in.source.name,
                    tr("%1 authenticates live migrations with CredSSP: the move must be started in a session on %1 "
                       "itself.")
                        .arg(in.source.name),
                    tr("Sign in to %1 to start the move there, or use Kerberos with constrained delegation.")
                        .arg(in.source.name));
    } else {
        out << make(Diagnostic::Severity::Info, AuthKerberos, in.source.name,
                    tr("%1 authenticates live migrations with Kerberos: its computer account needs constrained "
                       "delegation to %2 for 'cifs' and 'Microsoft Virtual System Migration Service'.")
                        .arg(in.source.name, in.destination.name),
                    tr("If the move fails with an authentication error, configure the delegation in Active Directory."));
    }
    if (in.source.migration.authentication != in.destination.migration.authentication) {
        out << make(Diagnostic::Severity::Warning, AuthMismatch, in.destination.name,
                    tr("%1 and %2 use different authentication for live migration (%3, %4).")
                        .arg(in.source.name, in.destination.name,
                             HostNames::displayName(in.source.migration.authentication),
                             HostNames::displayName(in.destination.migration.authentication)),
                    tr("Use the same protocol on both hosts in Hyper-V Settings."));
    }
    return out;
}

Diagnostics MigrationCompatibility::general(const MigrationCheckInput &in)
{
    Diagnostics out;
    if (movesVm(in.request.type) && in.sameConnection && in.source.name == in.destination.name) {
        out << make(Diagnostic::Severity::Error, SameHost, in.destination.name,
                    tr("'%1' is already on %2.").arg(in.vm.name, in.destination.name),
                    tr("Choose another host, or move only the virtual machine's storage."));
    }
    if (in.destination.connection != ConnectionState::Connected) {
        out << make(Diagnostic::Severity::Error, DestinationUnreachable, in.destination.name,
                    tr("%1 does not answer (%2).").arg(in.destination.name, HostNames::displayName(in.destination.connection)),
                    tr("Wait until %1 is reachable again, or choose another host.").arg(in.destination.name));
    }
    if (VmStates::isTransitional(in.vm.state)) {
        out << make(Diagnostic::Severity::Error, VmBusy, in.vm.name,
                    tr("'%1' is %2.").arg(in.vm.name, VmStates::displayName(in.vm.state).toLower()),
                    tr("Wait until the current operation has finished."));
    }
    return out;
}

Diagnostics MigrationCompatibility::checkAll(const MigrationCheckInput &in)
{
    Diagnostics out;
    out << general(in) << switches(in) << processor(in) << liveMigration(in) << memory(in) << storage(in)
        << highAvailability(in) << configurationVersion(in) << offloads(in) << authentication(in);
    return out;
}

Error MigrationCompatibility::location(const QString &path, const QString &itemLabel, const QString &example)
{
    const QString p = path.trimmed();
    if (p.isEmpty()) {
        return Error{PathEmpty,
                     itemLabel.isEmpty() ? tr("The destination folder is empty.")
                                         : tr("The new location of '%1' is empty.").arg(itemLabel),
                     itemLabel, tr("Type a full path such as %1.").arg(example)};
    }
    if (!MigrationPaths::isAbsolute(p))
        return Error{PathNotAbsolute, tr("'%1' is not an absolute path.").arg(p), p,
                     tr("Type a full path such as %1.").arg(example)};
    return {};
}

Error MigrationCompatibility::firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return Error{d.id, d.message, d.field, d.fix};
    }
    return {};
}

} // namespace hvdesk
