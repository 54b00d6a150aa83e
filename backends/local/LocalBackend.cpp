#include "LocalBackend.h"

#include "DomainXml.h"
#include "LibvirtEventLoop.h"
#include "LibvirtMigration.h"
#include "LibvirtWorker.h"

#include <models/BackendFactory.h>
#include <models/Format.h>

#include <QFileInfo>
#include <QPointer>
#include <QUrl>

#include <libvirt/libvirt.h>

namespace hvdesk::local {

QList<LocalBackend *> &LocalBackend::instances()
{
    static QList<LocalBackend *> all;
    return all;
}

LocalBackend::LocalBackend(QString uri, QObject *parent)
    : HostBackend(parent)
    , m_uri(std::move(uri))
{
    instances() << this;
    LibvirtEventLoop::start();
    m_worker = new LibvirtWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LibvirtWorker::inventoryLoaded, this, &LocalBackend::onInventory);
    connect(m_worker, &LibvirtWorker::opened, this, &LocalBackend::onOpened);
    connect(m_worker, &LibvirtWorker::actionFinished, this, &LocalBackend::onActionFinished);
    connect(m_worker, &LibvirtWorker::partsApplied, this, [this](quint64 jobId, const QStringList &parts) {
        if (const JobPtr job = m_jobs.value(jobId))
            job->setAppliedParts(parts);
    });
    connect(m_worker, &LibvirtWorker::domainEvent, this,
            [this](const QString &uuid, int event) { emit domainEventReceived(uuid.toLower(), event); });
    connect(m_worker, &LibvirtWorker::connectionLost, this,
            [this](const Error &error) { setConnectionState(ConnectionState::Stale, error); });
    connect(m_worker, &LibvirtWorker::hostCpuLoaded, this, [this](const QString &xml) { m_hostCpuXml = xml; });
    connect(m_worker, &LibvirtWorker::networksLoaded, this, [this](const QStringList &names) { m_networkNames = names; });
    connect(m_worker, &LibvirtWorker::migrationProgress, this, [this](quint64 jobId, int percent, const QString &phase) {
        if (const JobPtr job = m_jobs.value(jobId))
            job->setProgress(percent, phase);
    });
    connect(m_worker, &LibvirtWorker::migrationFinished, this, &LocalBackend::onMigrationFinished);
    connect(m_worker, &LibvirtWorker::cpuCompared, this, [this](quint64 id, int result, const LibvirtFailure &failure) {
        if (auto done = m_cpuRequests.take(id))
            done(result, failure);
    });
    connect(m_worker, &LibvirtWorker::networkSampled, this, [this](const NetworkSample &sample) {
        if (m_networkSubscribers > 0)
            emit networkSampled(sample);
    });
    // qemu:///system, test:///default: this computer. qemu+ssh://host/system: another one,
    // whose /proc is not readable from here.
    const QUrl url(m_uri);
    m_localHost = url.host().isEmpty() && !m_uri.contains(QLatin1String("+ssh")) && !m_uri.contains(QLatin1String("+tcp"))
        && !m_uri.contains(QLatin1String("+tls"));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, local = m_localHost] { w->setFileRoot(QStringLiteral("/"), local); },
                              Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("libvirt"));
    m_thread.start();
}

LocalBackend::~LocalBackend()
{
    instances().removeAll(this);
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
    Capabilities caps = Capability::VmStateChange | Capability::NetworkAdapterSettings | Capability::BandwidthAbsolute
        | Capability::DefinitionXml | Capability::LiveMigration | Capability::SharedNothingMigration;
    if (m_localHost)
        caps |= Capability::NetworkSamples;
    return caps;
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
    case Capability::IntegrationServices:
        return tr("The QEMU guest agent's commands are turned on or off in the guest (qemu-ga --block-rpcs); hvdesk "
                  "shows what the agent answers.");
    case Capability::IntegrationServicesUpgrade:
        return tr("libvirt guests get the QEMU guest agent from their own packages (qemu-guest-agent); there is no setup disk.");
    case Capability::NicReceiveScaling:
        return tr("On Linux, receive queues and steering are the administrator's: set them with ethtool -L (queues) "
                  "and /sys/class/net/<nic>/queues/rx-*/rps_cpus (receive packet steering), as root.");
    case Capability::NetworkSamples:
        return m_localHost ? QString()
                           : tr("Per-core network counters are read from this computer's /proc; %1 is another host.").arg(m_uri);
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
        bw.name = m.after.name;
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

void LocalBackend::setFileRoot(const QString &root)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, root, local = m_localHost] { w->setFileRoot(root, local); },
                              Qt::QueuedConnection);
}

void LocalBackend::setNetworkSampleIntervalMs(int ms)
{
    m_sampleIntervalMs = qMax(10, ms);
    if (m_networkSubscribers > 0)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, ms = m_sampleIntervalMs] { w->startSampling(ms); },
                                  Qt::QueuedConnection);
}

void LocalBackend::subscribeNetworkSamples(const QString &hostName)
{
    Q_UNUSED(hostName) // one host per connection
    if (!m_localHost || m_networkSubscribers++ > 0)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms = m_sampleIntervalMs] { w->startSampling(ms); },
                              Qt::QueuedConnection);
}

void LocalBackend::unsubscribeNetworkSamples(const QString &hostName)
{
    Q_UNUSED(hostName)
    if (m_networkSubscribers == 0 || --m_networkSubscribers > 0)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stopSampling(); }, Qt::QueuedConnection);
}

JobPtr LocalBackend::setNicReceiveScaling(const QString &hostName, const QString &nicName, const NicReceiveScaling &)
{
    Error e;
    e.code = QStringLiteral("capability.nic-receive-scaling");
    e.message = tr("hvdesk does not change the receive scaling of '%1' on %2: Linux has no RSS/VMQ switch of that kind.")
                    .arg(nicName, hostName);
    e.fix = missingCapabilityReason(Capability::NicReceiveScaling);
    auto job = Job::failed(tr("Set receive scaling"), nicName, e);
    emit jobStarted(job);
    return job;
}

void LocalBackend::setMigrationApiFactory(MigrationApiFactory factory)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, factory = std::move(factory)] { w->setMigrationApiFactory(factory); },
                              Qt::QueuedConnection);
}

void LocalBackend::setGuestAgentApiFactory(GuestAgentApiFactory factory)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, factory = std::move(factory)] { w->setGuestAgentApiFactory(factory); },
                              Qt::QueuedConnection);
}

bool LocalBackend::canMigrateTo(const HostBackend *destination) const
{
    // libvirt migrates to any libvirt host by URI: another connection of this backend.
    return destination && destination != this && qobject_cast<const LocalBackend *>(destination);
}

QString LocalBackend::migrationUri(const QString &hostName) const
{
    return LibvirtMigration::destinationUri(m_uri, hostName);
}

MigrationParams LocalBackend::migrationParams(const VmInfo &vm, const MigrationRequest &request) const
{
    MigrationParams p;
    p.destinationUri = request.destinationUri;
    p.destinationName = vm.name;
    p.flags = LibvirtMigration::flags(vm, request);
    if (request.type == MigrationType::SharedNothing) {
        for (const DomainXml::Disk &d : DomainXml::disks(m_xml.value(vm.id))) {
            if (d.copiedByMove())
                p.disks << d.target;
        }
    }
    p.interfaceMapping = request.switchMapping;
    // Which destination names are libvirt networks (the rest are host bridges): from the
    // destination's connection when it is open in this process, else each interface keeps its kind.
    for (const LocalBackend *other : std::as_const(instances())) {
        if (other != this && !other->hosts().isEmpty()
            && (other->uri() == request.destinationUri || other->migrationUri(other->hosts().first().name) == request.destinationUri))
            p.destinationNetworks = other->m_networkNames;
    }
    if (p.destinationNetworks.isEmpty()) {
        const QStringList types = DomainXml::interfaceTypes(m_xml.value(vm.id));
        for (int i = 0; i < vm.adapters.size(); ++i) {
            for (const auto &[adapter, target] : request.switchMapping) {
                if (adapter == vm.adapters[i].settings.id && types.value(i) == QLatin1String("network"))
                    p.destinationNetworks << target;
            }
        }
    }
    return p;
}

JobPtr LocalBackend::migrate(const MigrationRequest &request)
{
    const QString title = tr("Move");
    if (connectionState() != ConnectionState::Connected)
        return failedJob(title, request.vmId, notConnectedError());
    const VmInfo *vm = findVm(request.vmId);
    if (!vm) {
        Error e;
        e.code = QStringLiteral("vm.unknown");
        e.message = tr("There is no virtual machine with the id %1 on %2.").arg(request.vmId, m_uri);
        e.fix = tr("Refresh the list and select the virtual machine again.");
        return failedJob(title, request.vmId, e);
    }
    const Error refused = LibvirtMigration::refusal(*vm, request);
    if (!refused.isNull())
        return failedJob(title, request.vmId, refused);
    const MigrationParams params = migrationParams(*vm, request);
    auto job = JobPtr::create(title, vm->name);
    job->setTargetId(vm->id);
    m_jobs.insert(job->id(), job);
    m_moves.insert(job->id(), Move{vm->name, request.destinationUri});
    job->setCancelHandler([w = m_worker, id = job->id()] {
        QMetaObject::invokeMethod(w, [w, id] { w->abortMigration(id); }, Qt::QueuedConnection);
    });
    emit jobStarted(job);
    job->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = job->id(), uuid = vm->id, params] { w->runMigration(id, uuid, params); },
                              Qt::QueuedConnection);
    return job;
}

void LocalBackend::onMigrationFinished(quint64 jobId, bool ok, const LibvirtFailure &failure)
{
    const JobPtr job = m_jobs.take(jobId);
    const Move move = m_moves.take(jobId);
    if (!job)
        return;
    if (ok) {
        job->setProgress(100, tr("Moved to %1").arg(move.destinationUri));
        job->complete();
        return;
    }
    bool cancelled = false;
    const Error e = LibvirtMigration::error(failure, move.vmName, m_uri, move.destinationUri, &cancelled);
    if (cancelled)
        job->markCancelled();
    else
        job->fail(e);
}

QString LocalBackend::migrationCommand(const VmInfo &vm, const MigrationRequest &request) const
{
    return LibvirtMigration::virshCommand(m_uri, vm, migrationParams(vm, request));
}

void LocalBackend::compareCpu(const QString &cpuXml, std::function<void(int, const LibvirtFailure &)> done)
{
    const quint64 id = m_nextCpuRequest++;
    m_cpuRequests.insert(id, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, cpuXml] { w->compareCpu(id, cpuXml); }, Qt::QueuedConnection);
}

namespace {

Diagnostic finding(Diagnostic::Severity severity, const QString &id, const QString &field, const QString &message,
                   const QString &fix)
{
    return Diagnostic { severity, id, field, message, fix };
}

} // namespace

Diagnostics LocalBackend::migrationChecks(const MigrationCheckInput &in, const HostBackend *destination) const
{
    using Severity = Diagnostic::Severity;
    Diagnostics out;
    const VmInfo &vm = in.vm;
    const QString dest = in.destination.name;
    // Of the shared rules: the destination is another, reachable host and the VM is not busy.
    out << MigrationCompatibility::general(in);
    // Memory: QEMU on the destination allocates what the guest holds now (its balloon), not
    // its maximum; the maximum only matters if the guest grows again.
    if (VmStates::holdsMemory(vm.state)) {
        const quint64 free = in.destination.memoryAvailableBytes;
        if (vm.memoryAssignedBytes > free)
            out << finding(Severity::Error, MigrationCompatibility::Memory, dest,
                           tr("%1 has %2 of memory free; running '%3' holds %4.")
                               .arg(dest, Format::memoryMB(free), vm.name, Format::memoryMB(vm.memoryAssignedBytes)),
                           tr("Choose another host, free memory on %1, or shut the virtual machine down and move it off.").arg(dest));
        else if (vm.memoryStartupBytes > free)
            out << finding(Severity::Warning, MigrationCompatibility::Memory, dest,
                           tr("'%1' holds %2 now but may grow to %3; %4 has %5 free.")
                               .arg(vm.name, Format::memoryMB(vm.memoryAssignedBytes), Format::memoryMB(vm.memoryStartupBytes), dest,
                                    Format::memoryMB(free)),
                           tr("Nothing to do for the move; lower its maximum memory if it must not grow there."));
    }
    const Error refused = LibvirtMigration::refusal(vm, in.request);
    if (!refused.isNull() && refused.code != QLatin1String("libvirt.migration.busy"))
        out << finding(Severity::Error, refused.code, refused.field, refused.message, refused.fix);

    // Networks and bridges: every adapter needs one of the same name on the destination.
    for (const NetworkAdapter &a : vm.adapters) {
        if (a.runtime.iovUsage) {
            out << finding(Severity::Error, QStringLiteral("migration.libvirt.hostdev"), a.settings.id,
                           tr("'%1' of '%2' is a virtual function passed to the guest (PCI %3): QEMU does not migrate "
                              "assigned PCI devices.")
                               .arg(a.settings.name, vm.name, a.runtime.vfPciAddress.isEmpty() ? tr("address unknown") : a.runtime.vfPciAddress),
                           tr("Detach it for the move (virsh detach-device) and attach a free virtual function on %1 "
                              "afterwards, or pair it with a virtio adapter (<teaming>) so the guest fails over.")
                               .arg(dest));
            continue;
        }
        const bool mapped = MigrationCompatibility::isMapped(a.settings.id, in.request);
        const QString target = MigrationCompatibility::destinationSwitch(a.settings, in.request);
        if (mapped && target.isEmpty()) {
            out << finding(Severity::Error, MigrationCompatibility::SwitchMissing, a.settings.id,
                           tr("'%1' of '%2' cannot move disconnected: libvirt keeps the guest's devices as they are.")
                               .arg(a.settings.name, vm.name),
                           tr("Connect it to a network or bridge of %1.").arg(dest));
            continue;
        }
        if (target.isEmpty() || in.destination.findSwitch(target))
            continue;
        out << finding(Severity::Error, MigrationCompatibility::SwitchMissing, a.settings.id,
                       tr("%1 has no network or bridge '%2' for '%3' of '%4'.").arg(dest, target, a.settings.name, vm.name),
                       tr("Connect the adapter to a network of %1 here, or define and start '%2' there (virsh "
                          "net-define, net-start; a bridge with ip link or nmcli).")
                           .arg(dest, target));
    }

    // The same name or UUID on the destination.
    if (!in.sameConnection && destination) {
        for (int i = 0; i < destination->vmCount(); ++i) {
            const VmInfo &other = destination->vmAt(i);
            if (other.id == vm.id)
                out << finding(Severity::Error, QStringLiteral("migration.libvirt.uuid"), vm.name,
                               tr("%1 already defines '%2' (UUID %3).").arg(dest, other.name, vm.id),
                               tr("Undefine the stale definition on %1 (virsh undefine), then move again.").arg(dest));
            else if (other.name == vm.name)
                out << finding(Severity::Error, QStringLiteral("migration.libvirt.name"), vm.name,
                               tr("%1 already has a domain named '%2'.").arg(dest, vm.name),
                               tr("Rename one of them (virsh domrename) before the move."));
        }
    }

    // Storage: a shared-nothing move creates each disk in a pool of the destination at the
    // same path; a move without storage needs the disks on storage both hosts see.
    const bool live = VmStates::holdsMemory(vm.state);
    for (const DomainXml::Disk &d : DomainXml::disks(m_xml.value(vm.id))) {
        if (!d.copiedByMove())
            continue;
        const QString folder = d.pool.isEmpty() ? QFileInfo(d.source).path() : QString();
        const StorageVolume *there = nullptr;
        for (const StorageVolume &v : in.destination.volumes) {
            if (v.path == folder)
                there = &v;
        }
        if (in.request.type == MigrationType::SharedNothing) {
            if (!there && !folder.isEmpty())
                out << finding(Severity::Error, QStringLiteral("migration.libvirt.pool"), d.source,
                               tr("%1 has no active storage pool at %2 for disk %3 of '%4'.").arg(dest, folder, d.target, vm.name),
                               tr("Define and start a directory pool there (virsh pool-define-as NAME dir --target %1; "
                                  "virsh pool-start NAME): libvirt creates the disk in it during the move.")
                                   .arg(folder));
            continue;
        }
        const StorageVolume *here = nullptr;
        for (const StorageVolume &v : in.source.volumes) {
            if (v.path == folder)
                here = &v;
        }
        const bool shared = here && here->clusterShared && there && there->clusterShared;
        if (shared)
            continue;
        if (live)
            out << finding(Severity::Error, MigrationCompatibility::StorageNotShared, d.source,
                           tr("%1 cannot reach disk %2 of '%3' (%4): it is not on storage both hosts share.")
                               .arg(dest, d.target, vm.name, d.source),
                           tr("Choose to move the virtual machine's data as well (shared-nothing live migration)."));
        else
            out << finding(Severity::Warning, MigrationCompatibility::StorageNotShared, d.source,
                           tr("Only the definition of '%1' moves: %2 must find disk %3 at %4 itself.").arg(vm.name, dest, d.target, d.source),
                           tr("Copy the disk there first, or put it on storage both hosts share."));
    }

    // The processor: the destination compares the source host's CPU with its own.
    const auto *other = qobject_cast<const LocalBackend *>(destination);
    if (live && other && other != this && !m_hostCpuXml.isEmpty()) {
        const QString key = other->uri();
        auto verdict = m_cpuVerdicts.find(key);
        if (verdict == m_cpuVerdicts.end()) {
            m_cpuVerdicts.insert(key, CpuVerdict());
            QPointer<const LocalBackend> self(this);
            const_cast<LocalBackend *>(other)->compareCpu(m_hostCpuXml, [self, key](int result, const LibvirtFailure &failure) {
                if (!self)
                    return;
                auto *me = const_cast<LocalBackend *>(self.data());
                me->m_cpuVerdicts[key] = CpuVerdict{false, result, failure};
                emit me->migrationChecksChanged();
            });
            verdict = m_cpuVerdicts.find(key);
        }
        if (verdict->pending) {
            out << finding(Severity::Info, QStringLiteral("migration.libvirt.cpu.pending"), dest,
                           tr("Comparing the processors of %1 and %2...").arg(in.source.name, dest), QString());
        } else if (verdict->result == VIR_CPU_COMPARE_INCOMPATIBLE) {
            out << finding(Severity::Error, QStringLiteral("migration.libvirt.cpu"), dest,
                           tr("%1's processor lacks features of %2's: '%3' could not continue there (virConnectCompareCPU).")
                               .arg(dest, in.source.name, vm.name),
                           tr("Give the domain a CPU model both hosts support (virsh edit: <cpu mode='custom'> with a "
                              "common model), or shut it down and move it off."));
        } else if (verdict->result == VIR_CPU_COMPARE_ERROR) {
            out << finding(Severity::Info, QStringLiteral("migration.libvirt.cpu.unknown"), dest,
                           tr("%1 could not compare processors (%2); the move checks them when it starts.")
                               .arg(dest, verdict->failure.message),
                           QString());
        }
    }

    if (!in.sameConnection) {
        out << finding(Severity::Info, QStringLiteral("migration.libvirt.p2p"), in.source.name,
                       tr("The move is peer to peer: %1's libvirtd connects to %2 itself, as root.")
                           .arg(in.source.name, in.request.destinationUri.isEmpty() ? dest : in.request.destinationUri),
                       tr("For qemu+ssh, root on %1 needs an SSH key that %2 accepts.").arg(in.source.name, dest));
    }
    if (m_uri.startsWith(QLatin1String("test:")))
        out << finding(Severity::Warning, QStringLiteral("migration.libvirt.test-driver"), in.source.name,
                       tr("libvirt's test hypervisor cannot migrate: the move will fail."),
                       tr("Move between KVM hosts (qemu:// URIs)."));
    return out;
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
