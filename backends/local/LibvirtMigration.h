#pragma once

#include "MigrationApi.h"

#include <models/Error.h>
#include <models/MigrationRequest.h>
#include <models/VmInfo.h>

#include <QCoreApplication>

namespace hvdesk::local {

// How a move of hvdesk's wizard becomes a libvirt migration, and how libvirt's answers become
// what the wizard and the Jobs list show. Pure functions: the worker makes the calls.
class LibvirtMigration
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtMigration)

public:
    // virDomainGetJobStats is polled this often while a move runs.
    static constexpr int PollIntervalMs = 500;

    // The URI another libvirt connection's move reaches a host of `connectionUri` at: the URI
    // itself for a remote or test URI; for this computer's qemu:///system (or /session),
    // qemu+ssh://HOST/system, since the source host's libvirtd opens it (peer to peer).
    static QString destinationUri(const QString &connectionUri, const QString &hostName);

    // A move libvirt cannot make, refused before it starts: a saved domain, the storage of a
    // shut-off domain, a storage-only move. Null when the request can go ahead.
    static Error refusal(const VmInfo &vm, const MigrationRequest &request);
    // VIR_MIGRATE_* for the request: a running or paused domain moves live and peer to peer,
    // defined on the destination and undefined on the source; a shared-nothing move copies
    // the disks too; a shut-off domain moves its definition only (VIR_MIGRATE_OFFLINE).
    static unsigned int flags(const VmInfo &vm, const MigrationRequest &request);

    // Percent and phase from the job's statistics (never 100 before libvirt says it is done).
    struct Progress
    {
        int percent = 0;
        QString phase;
    };
    static Progress progress(const MigrationJobStats &stats);

    // libvirt's error as an Error with the fix; `cancelled` when the job was aborted.
    static Error error(const LibvirtFailure &failure, const QString &vmName, const QString &sourceUri,
        const QString &destinationUri, bool *cancelled = nullptr);

    // The same move with virsh, for the Summary page.
    static QString virshCommand(const QString &sourceUri, const VmInfo &vm, const MigrationParams &params);
};

} // namespace hvdesk::local
