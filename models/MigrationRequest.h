#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace hvdesk {

// Msvm_VirtualSystemMigrationSettingData.MigrationType values.
enum class MigrationType {
    Live = 32768,                 // VirtualSystem: running state only, storage is shared
    Storage = 32769,              // disks, configuration, checkpoints; the VM stays on its host
    Staged = 32770,
    SharedNothing = 32771,        // VirtualSystemAndStorage: storage first, then state
};

struct DiskDestination
{
    QString sourcePath;
    QString destinationPath;
    bool operator==(const DiskDestination &) const = default;
};

// One move, as Move-VM / Move-VMStorage would take it.
struct MigrationRequest
{
    QString vmId;
    MigrationType type = MigrationType::Live;
    QString destinationHost;       // empty for a storage move
    // A host of another connection (HostBackend::canMigrateTo): the URI the source host's
    // hypervisor reaches it at (libvirt: qemu+ssh://host/system); empty within one connection.
    QString destinationUri;
    QString destinationStoragePath; // "all data to a single location"
    QString virtualMachinePath;     // configuration
    QString snapshotFilePath;       // checkpoints
    QString smartPagingFilePath;
    QList<DiskDestination> disks;   // "choose where each item goes"
    QList<QPair<QString, QString>> switchMapping; // adapter id -> destination switch ("" = disconnect)
    bool operator==(const MigrationRequest &) const = default;
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::MigrationRequest)
