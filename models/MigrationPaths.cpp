#include "MigrationPaths.h"

#include "HostInfo.h"
#include "VmInfo.h"

namespace hvdesk {

QString MigrationPaths::fileName(const QString &path)
{
    const qsizetype cut = qMax(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return cut < 0 ? path : path.mid(cut + 1);
}

QString MigrationPaths::join(const QString &folder, const QString &name)
{
    if (folder.isEmpty())
        return name;
    if (folder.endsWith(QLatin1Char('\\')))
        return folder + name;
    return folder + QLatin1Char('\\') + name;
}

QString MigrationPaths::itemName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Disk: return tr("Virtual hard disk");
    case ItemKind::Configuration: return tr("Configuration");
    case ItemKind::Checkpoints: return tr("Checkpoints");
    case ItemKind::SmartPaging: return tr("Smart paging");
    }
    return QString();
}

bool MigrationPaths::isAbsolute(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')) || isSmbShare(path))
        return true;
    return path.size() >= 3 && path[0].isLetter() && path[1] == QLatin1Char(':')
        && (path[2] == QLatin1Char('\\') || path[2] == QLatin1Char('/'));
}

bool MigrationPaths::isSmbShare(const QString &path)
{
    return path.startsWith(QLatin1String("\\\\")) && path.size() > 2 && path[2] != QLatin1Char('\\');
}

QString MigrationPaths::suggestedFolder(const HostInfo *destination, const QString &vmName)
{
    QString root = QStringLiteral("C:\\");
    if (destination) {
        // Prefer a local data volume over the system drive, as administrators do.
        for (const StorageVolume &v : destination->volumes) {
            if (!v.clusterShared && !v.path.startsWith(QLatin1String("C:"), Qt::CaseInsensitive)) {
                root = v.path;
                break;
            }
        }
    }
    const QString base = join(root, QStringLiteral("Hyper-V"));
    return vmName.isEmpty() ? base : join(base, vmName);
}

void MigrationPaths::setSingleLocation(MigrationRequest *request, const VmInfo &vm, const QString &folder)
{
    request->destinationStoragePath = folder;
    request->virtualMachinePath = folder;
    request->snapshotFilePath = join(folder, QStringLiteral("Snapshots"));
    request->smartPagingFilePath = folder;
    request->disks.clear();
    for (const VirtualDisk &d : vm.disks)
        request->disks << DiskDestination{d.path, join(join(folder, QStringLiteral("Virtual Hard Disks")), fileName(d.path))};
}

QList<MigrationPaths::Item> MigrationPaths::items(const VmInfo &vm, const MigrationRequest &request)
{
    const bool storage = request.type != MigrationType::Live;
    auto pick = [&](const QString &specific, const QString &source, const QString &singleSub) {
        if (!storage)
            return source;
        if (!specific.isEmpty())
            return specific;
        if (!request.destinationStoragePath.isEmpty())
            return singleSub.isEmpty() ? request.destinationStoragePath : join(request.destinationStoragePath, singleSub);
        return source;
    };
    QList<Item> out;
    for (int i = 0; i < vm.disks.size(); ++i) {
        const VirtualDisk &d = vm.disks[i];
        Item item;
        item.kind = ItemKind::Disk;
        item.diskIndex = i;
        item.label = fileName(d.path);
        item.sourcePath = d.path;
        QString specific;
        for (const DiskDestination &dd : request.disks) {
            if (dd.sourcePath.compare(d.path, Qt::CaseInsensitive) == 0)
                specific = dd.destinationPath;
        }
        item.destinationPath = pick(specific, d.path,
                                    join(QStringLiteral("Virtual Hard Disks"), fileName(d.path)));
        item.bytes = d.sizeBytes;
        out << item;
    }
    const struct
    {
        ItemKind kind;
        QString source;
        QString specific;
        QString sub;
        quint64 bytes;
    } others[] = {
        {ItemKind::Configuration, vm.configurationPath, request.virtualMachinePath, QString(), ConfigurationBytes},
        {ItemKind::Checkpoints, vm.checkpointPath, request.snapshotFilePath, QStringLiteral("Snapshots"), 0},
        {ItemKind::SmartPaging, vm.smartPagingPath, request.smartPagingFilePath, QString(), 0},
    };
    for (const auto &o : others) {
        Item item;
        item.kind = o.kind;
        item.label = itemName(o.kind);
        item.sourcePath = o.source;
        item.destinationPath = pick(o.specific, o.source, o.sub);
        item.bytes = o.bytes;
        out << item;
    }
    return out;
}

QMap<QString, quint64> MigrationPaths::requiredSpace(const VmInfo &vm, const MigrationRequest &request,
                                                     const HostInfo &destination)
{
    QMap<QString, quint64> out;
    for (const Item &item : items(vm, request)) {
        if (!item.moves())
            continue;
        const StorageVolume *v = destination.findVolume(item.destinationPath);
        out[v ? v->path : QString()] += item.bytes;
    }
    return out;
}

MigrationRequest MigrationPaths::resolved(const VmInfo &vm, const MigrationRequest &request)
{
    MigrationRequest r = request;
    r.disks.clear();
    for (const Item &item : items(vm, request)) {
        switch (item.kind) {
        case ItemKind::Disk: r.disks << DiskDestination{item.sourcePath, item.destinationPath}; break;
        case ItemKind::Configuration: r.virtualMachinePath = item.destinationPath; break;
        case ItemKind::Checkpoints: r.snapshotFilePath = item.destinationPath; break;
        case ItemKind::SmartPaging: r.smartPagingFilePath = item.destinationPath; break;
        }
    }
    return r;
}

MigrationType MigrationPaths::effectiveType(const VmInfo &vm, const MigrationRequest &request)
{
    if (request.type != MigrationType::SharedNothing)
        return request.type;
    for (const Item &item : items(vm, request)) {
        if (item.moves())
            return request.type;
    }
    return MigrationType::Live;
}

MigrationRequest MigrationPaths::effective(const VmInfo &vm, const MigrationRequest &request)
{
    MigrationRequest r = request;
    r.type = effectiveType(vm, request);
    if (r.type == MigrationType::Live) {
        r.destinationStoragePath.clear();
        r.virtualMachinePath.clear();
        r.snapshotFilePath.clear();
        r.smartPagingFilePath.clear();
        r.disks.clear();
    }
    return r;
}

} // namespace hvdesk
