#pragma once

#include <models/HostBackend.h>

#include <QHash>
#include <QThread>

#include <memory>

namespace hvdesk::local {

class LibvirtWorker;

// The local computer's KVM/QEMU virtual machines through libvirt: "qemu:///system",
// "qemu:///session", "qemu+ssh://host/system", any libvirt URI, and libvirt's test hypervisor
// "test:///default" or "test:///path/to/driver.xml". libvirt is blocking, so a worker thread
// owns the connection; lifecycle events update the inventory without polling.
class LocalBackend : public HostBackend
{
    Q_OBJECT

public:
    explicit LocalBackend(QString uri, QObject *parent = nullptr);
    ~LocalBackend() override;

    // The factory's creator for the libvirt schemes (qemu, qemu+ssh, test, ...).
    static std::unique_ptr<HostBackend> create(const QString &uri, Error *error);
    static QString schemeDescription();
    // The URI schemes registered for this backend.
    static QStringList schemes();

    QString uri() const override { return m_uri; }
    QString displayName() const override;
    Capabilities capabilities() const override;
    void open() override;
    void close() override;
    void refresh() override;
    QList<HostInfo> hosts() const override;
    int vmCount() const override;
    const VmInfo &vmAt(int index) const override;
    int indexOfVm(const QString &vmId) const override;
    JobPtr changeVmState(const QString &vmId, VmAction action) override;
    JobPtr applyVmSettings(const VmSettingsChange &change) override;
    JobPtr migrate(const MigrationRequest &request) override;

    // The domain XML libvirt reported for a VM at the last load; empty when unknown.
    QString vmDefinitionXml(const QString &vmId) const override;
    QString missingCapabilityReason(Capability capability) const override;

signals:
    // A libvirt lifecycle event (VIR_DOMAIN_EVENT_*) for the domain with this UUID.
    void domainEventReceived(const QString &vmId, int event);

private:
    void onInventory(const HostInfo &host, const QList<VmInfo> &vms, const QStringList &xmls);
    void onOpened(const Error &error);
    void onActionFinished(quint64 jobId, const Error &error);
    JobPtr failedJob(const QString &title, const QString &vmId, const Error &error);
    Error notConnectedError() const;

    QString m_uri;
    QThread m_thread;
    LibvirtWorker *m_worker = nullptr;
    HostInfo m_host;
    bool m_hasHost = false;
    QList<VmInfo> m_vms;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_xml;
    QHash<quint64, JobPtr> m_jobs;
};

} // namespace hvdesk::local
