#pragma once

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/VmInfo.h>
#include <models/VmState.h>

#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>

struct _virConnect;
struct _virDomain;

namespace hvdesk::local {

// Bandwidth of one interface in libvirt's units (KiB/s; 0 = not set).
struct InterfaceBandwidth
{
    QString mac;           // as libvirt writes it, aa:bb:cc:dd:ee:ff
    quint32 averageKiB = 0;
    quint32 floorKiB = 0;  // only type='network' interfaces accept a floor
};

// Owns the libvirt connection on a worker thread: every blocking libvirt call happens here.
// The backend calls its methods through queued invocations and receives results as signals.
class LibvirtWorker : public QObject
{
    Q_OBJECT

public:
    explicit LibvirtWorker(QObject *parent = nullptr);
    ~LibvirtWorker() override;

    // All of these run on the worker's thread.
    void openConnection(const QString &uri);
    void closeConnection();
    void reload();
    void runAction(quint64 jobId, const QString &uuid, hvdesk::VmAction action);
    void setBandwidth(quint64 jobId, const QString &uuid, const QList<hvdesk::local::InterfaceBandwidth> &interfaces);

    // From libvirt's event thread: a domain's lifecycle changed; reloads once on the worker.
    void scheduleReload();

signals:
    void opened(const hvdesk::Error &error);
    void inventoryLoaded(const hvdesk::HostInfo &host, const QList<hvdesk::VmInfo> &vms, const QStringList &xmls);
    void actionFinished(quint64 jobId, const hvdesk::Error &error);
    void domainEvent(const QString &uuid, int event);
    void connectionLost(const hvdesk::Error &error);

private:
    Error lastLibvirtError(const QString &what) const;
    _virDomain *lookup(const QString &uuid, Error *error) const;
    HostInfo loadHost(const QList<VmInfo> &vms, const QStringList &xmls) const;

    _virConnect *m_conn = nullptr;
    int m_lifecycleCallback = -1;
    std::atomic<bool> m_reloadPending{false};
    QString m_hostName;
    struct CpuSample
    {
        quint64 cpuTimeNs = 0;
        qint64 wallMs = 0;
    };
    QHash<QString, CpuSample> m_cpu;
};

} // namespace hvdesk::local

Q_DECLARE_METATYPE(hvdesk::local::InterfaceBandwidth)
