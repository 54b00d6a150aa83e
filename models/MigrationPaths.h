#pragma once

#include "MigrationRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace hvdesk {

struct HostInfo;
struct VmInfo;

// Where each of a VM's files goes in a move, as the Move wizard's "Choose a new location" pages
// and Move-VM's -DestinationStoragePath / -VirtualMachinePath / -Vhds parameters decide it. Pure.
class MigrationPaths
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPaths)

public:
    // What a configuration file set takes on disk (the .xml/.vmcx and its runtime files); the
    // simulator and the free-space check use the same figure. *unverified* typical size.
    static constexpr quint64 ConfigurationBytes = 64ULL * 1024 * 1024;

    enum class ItemKind { Disk, Configuration, Checkpoints, SmartPaging };
    struct Item
    {
        ItemKind kind = ItemKind::Disk;
        int diskIndex = -1;
        QString label;           // "sql01.vhdx", "Configuration", ...
        QString sourcePath;
        QString destinationPath; // the source path when the item does not move
        quint64 bytes = 0;       // what copying it writes at the destination
        bool moves() const { return destinationPath.compare(sourcePath, Qt::CaseInsensitive) != 0; }
    };

    static QString fileName(const QString &path);
    static QString join(const QString &folder, const QString &name);
    static QString itemName(ItemKind kind);
    // "D:\...", "\\server\share\..." or "/..." (a libvirt host): not relative to anything.
    static bool isAbsolute(const QString &path);
    // An SMB share (\\server\share\...): storage every host with access sees under the same path.
    static bool isSmbShare(const QString &path);
    // The folder suggested for `vmName` on `destination`: a local data volume rather than the
    // system drive (D:\Hyper-V\sql01); without a name, the folder the VMs' folders go under.
    static QString suggestedFolder(const HostInfo *destination, const QString &vmName);

    // Fills every path of `request` so that all the VM's data goes under `folder` (Hyper-V
    // Manager's "Move the virtual machine's data to a single location").
    static void setSingleLocation(MigrationRequest *request, const VmInfo &vm, const QString &folder);
    // Every item of the VM with the destination the request gives it. A live move (type Live)
    // moves no file.
    static QList<Item> items(const VmInfo &vm, const MigrationRequest &request);
    // Bytes written per destination volume path; files on no volume of `destination` are
    // counted under an empty key.
    static QMap<QString, quint64> requiredSpace(const VmInfo &vm, const MigrationRequest &request,
                                                const HostInfo &destination);
    // The request with every item's destination written out (what a backend applies).
    static MigrationRequest resolved(const VmInfo &vm, const MigrationRequest &request);

    // What the move really is: a move of the VM whose every item stays where it is copies no
    // storage, so it is a live migration (Move-VM without -IncludeStorage). The one decision the
    // wizard's Summary, the PowerShell and the backends' jobs all take.
    static MigrationType effectiveType(const VmInfo &vm, const MigrationRequest &request);
    // The request as effectiveType() has it (a live migration carries no storage paths).
    static MigrationRequest effective(const VmInfo &vm, const MigrationRequest &request);
};

} // namespace hvdesk
