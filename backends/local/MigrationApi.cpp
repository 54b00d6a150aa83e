#include "MigrationApi.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace hvdesk::local {

MigrationApi::~MigrationApi() = default;

namespace {

void capture(LibvirtFailure *failure)
{
    if (!failure)
        return;
    const virErrorPtr err = virGetLastError();
    failure->code = err ? err->code : VIR_ERR_INTERNAL_ERROR;
    failure->domain = err ? err->domain : 0;
    failure->message = err && err->message ? QString::fromUtf8(err->message) : QString();
}

class LibvirtMigrationApi : public MigrationApi
{
public:
    explicit LibvirtMigrationApi(virConnectPtr conn)
        : m_conn(conn)
    {
        virConnectRef(m_conn);
    }
    ~LibvirtMigrationApi() override { virConnectClose(m_conn); }

    bool migrate(const QString &uuid, const MigrationParams &p, LibvirtFailure *failure) override
    {
        virDomainPtr d = lookup(uuid, failure);
        if (!d)
            return false;
        virTypedParameterPtr params = nullptr;
        int count = 0;
        int max = 0;
        if (!p.destinationName.isEmpty())
            virTypedParamsAddString(
                &params, &count, &max, VIR_MIGRATE_PARAM_DEST_NAME, p.destinationName.toUtf8().constData());
        if (p.bandwidthMiBs > 0)
            virTypedParamsAddULLong(&params, &count, &max, VIR_MIGRATE_PARAM_BANDWIDTH, p.bandwidthMiBs);
        for (const QString &disk : p.disks)
            virTypedParamsAddString(&params, &count, &max, VIR_MIGRATE_PARAM_MIGRATE_DISKS, disk.toUtf8().constData());
        if (!p.destinationXml.isEmpty())
            virTypedParamsAddString(
                &params, &count, &max, VIR_MIGRATE_PARAM_DEST_XML, p.destinationXml.toUtf8().constData());
        const int rc = virDomainMigrateToURI3(d, p.destinationUri.toUtf8().constData(), params, count, p.flags);
        if (rc < 0)
            capture(failure);
        virTypedParamsFree(params, count);
        virDomainFree(d);
        return rc == 0;
    }

    bool jobStats(const QString &uuid, MigrationJobStats *stats, LibvirtFailure *failure) override
    {
        virDomainPtr d = lookup(uuid, failure);
        if (!d)
            return false;
        int type = VIR_DOMAIN_JOB_NONE;
        virTypedParameterPtr params = nullptr;
        int count = 0;
        const int rc = virDomainGetJobStats(d, &type, &params, &count, 0);
        if (rc < 0) {
            capture(failure);
        } else {
            *stats = MigrationJobStats();
            stats->active = type != VIR_DOMAIN_JOB_NONE;
            auto ull = [&](const char *name, quint64 *out) {
                unsigned long long v = 0;
                if (virTypedParamsGetULLong(params, count, name, &v) == 1)
                    *out = v;
            };
            ull(VIR_DOMAIN_JOB_DATA_TOTAL, &stats->dataTotal);
            ull(VIR_DOMAIN_JOB_DATA_PROCESSED, &stats->dataProcessed);
            ull(VIR_DOMAIN_JOB_DATA_REMAINING, &stats->dataRemaining);
            ull(VIR_DOMAIN_JOB_MEMORY_TOTAL, &stats->memoryTotal);
            ull(VIR_DOMAIN_JOB_MEMORY_PROCESSED, &stats->memoryProcessed);
            ull(VIR_DOMAIN_JOB_MEMORY_REMAINING, &stats->memoryRemaining);
            ull(VIR_DOMAIN_JOB_DISK_TOTAL, &stats->diskTotal);
            ull(VIR_DOMAIN_JOB_DISK_PROCESSED, &stats->diskProcessed);
            quint64 elapsed = 0;
            ull(VIR_DOMAIN_JOB_TIME_ELAPSED, &elapsed);
            stats->elapsedMs = qint64(elapsed);
            virTypedParamsFree(params, count);
        }
        virDomainFree(d);
        return rc == 0;
    }

    bool abortJob(const QString &uuid, LibvirtFailure *failure) override
    {
        virDomainPtr d = lookup(uuid, failure);
        if (!d)
            return false;
        const int rc = virDomainAbortJob(d);
        if (rc < 0)
            capture(failure);
        virDomainFree(d);
        return rc == 0;
    }

    QString migratableXml(const QString &uuid, LibvirtFailure *failure) override
    {
        virDomainPtr d = lookup(uuid, failure);
        if (!d)
            return QString();
        char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_MIGRATABLE);
        if (!xml)
            capture(failure);
        const QString out = xml ? QString::fromUtf8(xml) : QString();
        free(xml);
        virDomainFree(d);
        return out;
    }

    int compareCpu(const QString &cpuXml, LibvirtFailure *failure) override
    {
        const int rc = virConnectCompareCPU(m_conn, cpuXml.toUtf8().constData(), 0);
        if (rc == VIR_CPU_COMPARE_ERROR)
            capture(failure);
        return rc;
    }

private:
    virDomainPtr lookup(const QString &uuid, LibvirtFailure *failure)
    {
        virDomainPtr d = virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData());
        if (!d)
            capture(failure);
        return d;
    }

    virConnectPtr m_conn;
};

} // namespace

std::unique_ptr<MigrationApi> makeLibvirtMigrationApi(virConnectPtr connection)
{
    return std::make_unique<LibvirtMigrationApi>(connection);
}

} // namespace hvdesk::local
