#include "LocalBackend.h"

#include "DomainXml.h"
#include "LibvirtEventLoop.h"
#include "LibvirtWorker.h"

#include <models/BackendFactory.h>

namespace hvdesk::local {

LocalBackend::LocalBackend(QString uri, QObject *parent)
    : HostBackend(parent)
    , m_uri(std::move(uri))
{
    LibvirtEventLoop::start();
    m_worker = new LibvirtWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LibvirtWorker::inventoryLoaded, this, &LocalBackend::onInventory);
    connect(m_worker, &LibvirtWorker::opened, this, &LocalBackend::onOpened);
    connect(m_worker, &LibvirtWorker::actionFinished, this, &LocalBackend::onActionFinished);
    connect(m_worker, &LibvirtWorker::domainEvent, this,
            [this](const QString &uuid, int event) { emit domainEventReceived(uuid.toLower(), event); });
    connect(m_worker, &LibvirtWorker::connectionLost, this,
            [this](const Error &error) { setConnectionState(ConnectionState::Stale, error); });
    m_thread.setObjectName(QStringLiteral("libvirt"));
    m_thread.start();
}

LocalBackend::~LocalBackend()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

std::unique_ptr<HostBackend> LocalBackend::create(const QString &uri, Error *error)
{
    const QString scheme = BackendFactory::schemeOf(uri);
    if (!uri.contains(QLatin1String(":///")) && !uri.contains(QLatin1String("://"))) {
        if (error) {
            error->code = QStringLiteral("uri.libvirt");
            error->field = QStringLiteral("uri");
            error->message = tr("'%1' is not a libvirt URI.").arg(uri);
            error->fix = tr("Write it as %1:///system, %1:///session or %1+ssh://host/system.").arg(scheme);
        }
        return nullptr;
    }
    return std::make_unique<LocalBackend>(uri);
}

QString LocalBackend::schemeDescription()
{
    return tr("KVM/QEMU virtual machines through libvirt (qemu:///system, qemu:///session, test:///default)");
}

QStringList LocalBackend::schemes()
{
    return {QStringLiteral("qemu"), QStringLiteral("qemu+ssh"), QStringLiteral("qemu+tcp"), QStringLiteral("qemu+tls"),
            QStringLiteral("test")};
}

QString LocalBackend::displayName() const
{
    return m_hasHost ? tr("%1 (libvirt)").arg(m_host.name) : m_uri;
}

Capabilities LocalBackend::capabilities() const
{
    // What libvirt cannot do is left out so the pages explain it: IPsec task offload, VMQ
    // weight and bandwidth weight have no libvirt equivalent; VLAN, SR-IOV and migration are
    // not wired yet.
    return Capability::VmStateChange | Capability::NetworkAdapterSettings | Capability::BandwidthAbsolute
        | Capability::DefinitionXml;
}

QString LocalBackend::missingCapabilityReason(Capability capability) const
{
    switch (capability) {
    case Capability::IpsecOffload:
        return tr("libvirt has no IPsec task offload: IPsec runs in the guest, on its own processors.");
    case Capability::Vmq:
        return tr("libvirt has no VMQ weight; virtio-net multiqueue (<driver queues='N'/>) is shown as VMQ, set it with virsh edit.");
    case Capability::BandwidthWeight:
        return tr("libvirt has no bandwidth weight; use an absolute floor on a network interface.");
    case Capability::SrIov:
        return tr("SR-IOV on libvirt is a hostdev interface or a hostdev network; hvdesk does not create them yet.");
    case Capability::Vlan:
        return tr("VLAN tags are shown from the domain XML; change them with virsh edit.");
    default:
        return QString();
    }
}

void LocalBackend::open()
{
    setConnectionState(ConnectionState::Connecting);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, uri = m_uri] { w->openConnection(uri); }, Qt::QueuedConnection);
}

void LocalBackend::close()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->closeConnection(); }, Qt::QueuedConnection);
    setConnectionState(ConnectionState::Disconnected);
}

void LocalBackend::refresh()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reload(); }, Qt::QueuedConnection);
}

QList<HostInfo> LocalBackend::hosts() const
{
    if (!m_hasHost)
        return {};
    HostInfo h = m_host;
    h.connection = connectionState();
    return {h};
}

int LocalBackend::vmCount() const
{
    return int(m_vms.size());
}

const VmInfo &LocalBackend::vmAt(int index) const
{
    return m_vms.at(index);
}

int LocalBackend::indexOfVm(const QString &vmId) const
{
    return m_index.value(vmId, -1);
}

QString LocalBackend::vmDefinitionXml(const QString &vmId) const
{
    return m_xml.value(vmId);
}

void LocalBackend::onOpened(const Error &error)
{
    if (!error.isNull()) {
        setConnectionState(ConnectionState::Failed, error);
        return;
    }
    setConnectionState(ConnectionState::Connected);
}

void LocalBackend::onInventory(const HostInfo &host, const QList<VmInfo> &vms, const QStringList &xmls)
{
    const bool hostChanged = !m_hasHost || !(host == m_host);
    m_host = host;
    m_hasHost = true;
    bool sameSet = vms.size() == m_vms.size();
    for (int i = 0; sameSet && i < vms.size(); ++i)
        sameSet = vms.at(i).id == m_vms.at(i).id;
    for (int i = 0; i < vms.size(); ++i)
        m_xml.insert(vms.at(i).id, xmls.value(i));
    if (!sameSet) {
        emit inventoryAboutToReset();
        m_vms = vms;
        m_index.clear();
        for (int i = 0; i < m_vms.size(); ++i)
            m_index.insert(m_vms.at(i).id, i);
        emit inventoryReset();
        if (hostChanged)
            emit hostsChanged();
        return;
    }
    QList<int> changed;
    for (int i = 0; i < vms.size(); ++i) {
        if (!(vms.at(i) == m_vms.at(i))) {
            m_vms[i] = vms.at(i);
            changed << i;
        }
    }
    if (hostChanged)
        emit hostsChanged();
    if (!changed.isEmpty())
        emit vmsChanged(changed);
}

Error LocalBackend::notConnectedError() const
{
    Error e;
    e.code = QStringLiteral("connection.closed");
    e.message = tr("Not connected to %1.").arg(m_uri);
    e.fix = tr("Reconnect to the server, then try again.");
    return e;
}

JobPtr LocalBackend::failedJob(const QString &title, const QString &vmId, const Error &error)
{
    const VmInfo *vm = findVm(vmId);
    JobPtr job = Job::failed(title, vm ? vm->name : vmId, error);
    job->setTargetId(vmId);
    emit jobStarted(job);
    return job;
}

JobPtr LocalBackend::changeVmState(const QString &vmId, VmAction action)
{
    const QString title = VmStates::displayName(action);
    if (connectionState() != ConnectionState::Connected)
        return failedJob(title, vmId, notConnectedError());
    const VmInfo *vm = findVm(vmId);
    if (!vm) {
        Error e;
        e.code = QStringLiteral("vm.unknown");
        e.message = tr("There is no virtual machine with the id %1 on %2.").arg(vmId, m_uri);
        e.fix = tr("Refresh the list and select the virtual machine again.");
        return failedJob(title, vmId, e);
    }
    const Error illegal = VmStates::checkTransition(vm->name, vm->state, action);
    if (!illegal.isNull())
        return failedJob(title, vmId, illegal);
    auto job = JobPtr::create(title, vm->name);
    job->setTargetId(vmId);
    m_jobs.insert(job->id(), job);
    emit jobStarted(job);
    job->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = job->id(), vmId, action] { w->runAction(id, vmId, action); },
                              Qt::QueuedConnection);
    return job;
}

JobPtr LocalBackend::applyVmSettings(const VmSettingsChange &change)
{
    const QString title = tr("Apply settings");
    if (connectionState() != ConnectionState::Connected)
        return failedJob(title, change.vmId, notConnectedError());
    Error refused;
    refused.code = QStringLiteral("libvirt.unsupported-change");
    refused.fix = tr("Change only the bandwidth limits here; edit the rest with virsh edit or virt-manager.");
    if (!change.addedAdapters.isEmpty() || !change.removedAdapterIds.isEmpty() || !change.changedServices.isEmpty()) {
        refused.message = tr("Adding or removing adapters and integration services is not available through libvirt in hvdesk.");
        return failedJob(title, change.vmId, refused);
    }
    QList<InterfaceBandwidth> bandwidth;
    for (const AdapterModification &m : change.modifiedAdapters) {
        NetworkAdapterSettings onlyBandwidth = m.before;
        onlyBandwidth.maximumBandwidth = m.after.maximumBandwidth;
        onlyBandwidth.minimumBandwidthAbsolute = m.after.minimumBandwidthAbsolute;
        if (!(onlyBandwidth == m.after)) {
            refused.message = tr("Adapter %1: only the minimum and maximum bandwidth can be changed on a libvirt host.").arg(m.before.name);
            refused.field = QStringLiteral("adapter");
            return failedJob(title, change.vmId, refused);
        }
        InterfaceBandwidth bw;
        bw.mac = NetworkAdapterRules::formatMac(m.after.macAddress).replace(QLatin1Char('-'), QLatin1Char(':')).toLower();
        bw.averageKiB = quint32(m.after.maximumBandwidth / DomainXml::BitsPerKiB);
        bw.floorKiB = quint32(m.after.minimumBandwidthAbsolute / DomainXml::BitsPerKiB);
        bandwidth << bw;
    }
    const VmInfo *vm = findVm(change.vmId);
    auto job = JobPtr::create(title, vm ? vm->name : change.vmId);
    job->setTargetId(change.vmId);
    m_jobs.insert(job->id(), job);
    emit jobStarted(job);
    job->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = job->id(), vmId = change.vmId, bandwidth] { w->setBandwidth(id, vmId, bandwidth); },
                              Qt::QueuedConnection);
    return job;
}

JobPtr LocalBackend::migrate(const MigrationRequest &request)
{
    return unsupported(tr("Move"), request.vmId, Capability::LiveMigration);
}

void LocalBackend::onActionFinished(quint64 jobId, const Error &error)
{
    const JobPtr job = m_jobs.take(jobId);
    if (!job)
        return;
    if (error.isNull())
        job->complete();
    else
        job->fail(error);
}

} // namespace hvdesk::local
