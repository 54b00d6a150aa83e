#pragma once

#include "Diagnostic.h"
#include "Error.h"
#include "HostInfo.h"
#include "MigrationRequest.h"
#include "VmInfo.h"

#include <QCoreApplication>

namespace hvdesk {

// What a compatibility check looks at: the VM, the host it is on, the destination (the same
// host for a storage move) and the request.
struct MigrationCheckInput
{
    VmInfo vm;
    HostInfo source;
    HostInfo destination;
    MigrationRequest request;
    // The destination is a host of the same connection. Hosts of two connections may carry the
    // same name (two libvirt URIs of one machine); only within one connection is the same name
    // the same host.
    bool sameConnection = true;
};

// The checks Compare-VM makes before a move, one pure function per rule. Each finding carries
// a severity (errors block the move, warnings and notes do not), a stable id, the field it is
// about (an adapter id, a host name, a path) and the fix. Used by the Move wizard and by
// backends to refuse a move that cannot work.
class MigrationCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(MigrationCompatibility)

public:
    // Rule ids.
    static inline const QString SwitchMissing = QStringLiteral("migration.switch.missing");
    static inline const QString ProcessorVendor = QStringLiteral("migration.processor.vendor");
    static inline const QString ProcessorVersion = QStringLiteral("migration.processor.version");
    static inline const QString LiveMigrationDisabled = QStringLiteral("migration.live.disabled");
    static inline const QString Memory = QStringLiteral("migration.memory");
    static inline const QString FreeSpace = QStringLiteral("migration.space");
    static inline const QString NoVolume = QStringLiteral("migration.path.volume");
    static inline const QString StorageNotShared = QStringLiteral("migration.storage.not-shared");
    static inline const QString LeavesSharedStorage = QStringLiteral("migration.storage.leaves-shared");
    static inline const QString PathEmpty = QStringLiteral("migration.path.empty");
    static inline const QString PathNotAbsolute = QStringLiteral("migration.path.relative");
    static inline const QString ConfigurationVersion = QStringLiteral("migration.configuration-version");
    static inline const QString SrIovFallback = QStringLiteral("migration.sriov");
    static inline const QString VmqUnavailable = QStringLiteral("migration.vmq");
    static inline const QString AuthCredSsp = QStringLiteral("migration.auth.credssp");
    static inline const QString AuthKerberos = QStringLiteral("migration.auth.kerberos");
    static inline const QString AuthMismatch = QStringLiteral("migration.auth.mismatch");
    static inline const QString SameHost = QStringLiteral("migration.destination.same");
    static inline const QString DestinationUnreachable = QStringLiteral("migration.destination.unreachable");
    static inline const QString VmBusy = QStringLiteral("migration.vm.busy");

    static bool movesVm(MigrationType type) { return type != MigrationType::Storage; }
    static bool movesStorage(MigrationType type) { return type != MigrationType::Live; }

    // Switch names must match exactly, case included; a mapping in the request (adapter id ->
    // destination switch, "" = disconnect) resolves a mismatch.
    static Diagnostics switches(const MigrationCheckInput &in);
    // A running, paused or saved VM needs the same processor vendor; another model is a warning.
    static Diagnostics processor(const MigrationCheckInput &in);
    // Moving the VM needs live migrations enabled on both hosts.
    static Diagnostics liveMigration(const MigrationCheckInput &in);
    // A running VM needs its memory free on the destination.
    static Diagnostics memory(const MigrationCheckInput &in);
    // Every destination path is absolute and on a volume of the destination with room for what
    // goes there (one finding per folder, not per file); a live move without storage needs the
    // VM's files on storage the destination sees (a Cluster Shared Volume of its cluster, an SMB
    // share).
    static Diagnostics storage(const MigrationCheckInput &in);
    // Files leaving shared storage (a CSV, an SMB share) for local storage: a warning that the VM
    // will no longer be highly available, with the fix that keeps it so.
    static Diagnostics highAvailability(const MigrationCheckInput &in);
    // The destination supports the VM's configuration version.
    static Diagnostics configurationVersion(const MigrationCheckInput &in);
    // SR-IOV or VMQ missing at the destination: allowed, with the fallback said as a warning.
    static Diagnostics offloads(const MigrationCheckInput &in);
    // What the hosts' authentication mode needs (notes; a mismatch is a warning).
    static Diagnostics authentication(const MigrationCheckInput &in);
    // The destination is another, reachable host and the VM is not in the middle of a change.
    static Diagnostics general(const MigrationCheckInput &in);

    static Diagnostics checkAll(const MigrationCheckInput &in);

    // The destination switch that differs only in case from `switchName`, if any (the fix the
    // wizard offers first).
    static QString suggestedSwitch(const QString &switchName, const HostInfo &destination);
    // The switch an adapter ends up on at the destination ("" = not connected).
    static QString destinationSwitch(const NetworkAdapterSettings &adapter, const MigrationRequest &request);
    static bool isMapped(const QString &adapterId, const MigrationRequest &request);
    // What is wrong with a typed destination path: empty or not absolute (a null Error when it
    // is fine). `itemLabel` names the item of a per-item location ("" for the single folder);
    // `example` is a full path the fix proposes.
    static Error location(const QString &path, const QString &itemLabel, const QString &example);
    // The first error as an Error value (for a backend refusing the move).
    static Error firstError(const Diagnostics &diagnostics);
};

} // namespace hvdesk
