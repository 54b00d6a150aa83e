#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct _virConnect;

namespace hvdesk::local {

// What libvirt reported when a call failed (virGetLastError), copied at once: it is per thread.
struct LibvirtFailure
{
    int code = 0; // virErrorNumber
    int domain = 0; // virErrorDomain
    QString message;
};

// virDomainGetJobStats of a migration (bytes; time in milliseconds).
struct MigrationJobStats
{
    bool active = false;
    quint64 dataTotal = 0;
    quint64 dataProcessed = 0;
    quint64 dataRemaining = 0;
    quint64 memoryTotal = 0;
    quint64 memoryProcessed = 0;
    quint64 memoryRemaining = 0;
    quint64 diskTotal = 0;
    quint64 diskProcessed = 0;
    qint64 elapsedMs = 0;
};

// One virDomainMigrateToURI3 call.
struct MigrationParams
{
    QString destinationUri; // dconnuri: the destination's libvirt, opened by the source's libvirtd (PEER2PEER)
    QString destinationName; // VIR_MIGRATE_PARAM_DEST_NAME
    quint64 bandwidthMiBs = 0; // VIR_MIGRATE_PARAM_BANDWIDTH; 0: as fast as the network goes
    QStringList disks; // VIR_MIGRATE_PARAM_MIGRATE_DISKS: the targets copied (NON_SHARED_DISK)
    QString destinationXml; // VIR_MIGRATE_PARAM_DEST_XML: the definition with interfaces remapped; empty: unchanged
    unsigned int flags = 0; // VIR_MIGRATE_*
    // Adapters connected elsewhere on the destination (adapter id -> network or bridge) and the
    // destination's networks: the worker turns them into destinationXml.
    QList<QPair<QString, QString>> interfaceMapping;
    QStringList destinationNetworks;
};

// The handful of libvirt calls a move makes, behind an interface: libvirt's test driver cannot
// migrate, so the migration logic (flags, parameters, progress, cancel, errors) is tested with
// a fake of this interface, while the real implementation calls libvirt. Implementations are
// called from two threads at once (migrate() blocks on one; jobStats() and abortJob() come from
// the worker meanwhile), as libvirt allows.
class MigrationApi
{
public:
    virtual ~MigrationApi();
    // virDomainMigrateToURI3: blocks until the move has ended.
    virtual bool migrate(const QString &uuid, const MigrationParams &params, LibvirtFailure *failure) = 0;
    // virDomainGetJobStats: the domain's running job; `active` false when there is none.
    virtual bool jobStats(const QString &uuid, MigrationJobStats *stats, LibvirtFailure *failure) = 0;
    // virDomainAbortJob.
    virtual bool abortJob(const QString &uuid, LibvirtFailure *failure) = 0;
    // virDomainGetXMLDesc(VIR_DOMAIN_XML_MIGRATABLE): the definition a destination receives.
    virtual QString migratableXml(const QString &uuid, LibvirtFailure *failure) = 0;
    // virConnectCompareCPU on this connection: VIR_CPU_COMPARE_* (-1 on error).
    virtual int compareCpu(const QString &cpuXml, LibvirtFailure *failure) = 0;
};

// Makes the API for an open connection (the worker's); the default calls libvirt.
using MigrationApiFactory = std::function<std::unique_ptr<MigrationApi>(_virConnect *connection)>;
std::unique_ptr<MigrationApi> makeLibvirtMigrationApi(_virConnect *connection);

} // namespace hvdesk::local

Q_DECLARE_METATYPE(hvdesk::local::MigrationParams)
Q_DECLARE_METATYPE(hvdesk::local::LibvirtFailure)
