#include "LibvirtWorker.h"

#include "DomainXml.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QDateTime>
#include <QXmlStreamReader>

namespace hvdesk::local {

namespace {

VmState mapState(int state, bool managedSave)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return VmState::Running;
    case VIR_DOMAIN_PAUSED:
    case VIR_DOMAIN_PMSUSPENDED:
        return VmState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return VmState::Stopping;
    case VIR_DOMAIN_SHUTOFF:
    case VIR_DOMAIN_CRASHED:
        return managedSave ? VmState::Saved : VmState::Off;
    default:
        return VmState::Unknown;
    }
}

void lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int, void *opaque)
{
    auto *worker = static_cast<LibvirtWorker *>(opaque);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    emit worker->domainEvent(QString::fromLatin1(uuid), event);
    worker->scheduleReload();
}

// The forward mode of a libvirt network decides how it maps to a Hyper-V switch type.
SwitchType switchTypeOf(const QString &networkXml)
{
    QXmlStreamReader r(networkXml);
    while (r.readNextStartElement()) {
        if (r.name() == QLatin1String("forward"))
            return SwitchType::External;
        if (r.name() != QLatin1String("network"))
            r.skipCurrentElement();
    }
    return SwitchType::Internal;
}

// Some drivers replace the whole <inbound> element: the peak and burst the page does not edit
// are read back and sent again, so they survive (a peak below the new average is dropped,
// libvirt would refuse it).
QList<std::pair<const char *, unsigned int>> keptBurst(virDomainPtr d, const QString &mac, unsigned int flags, quint32 average)
{
    QList<std::pair<const char *, unsigned int>> out;
    if (average == 0)
        return out;
    int n = 0;
    const QByteArray device = mac.toLatin1();
    if (virDomainGetInterfaceParameters(d, device.constData(), nullptr, &n, flags) < 0 || n <= 0)
        return out;
    QList<virTypedParameter> params(n);
    if (virDomainGetInterfaceParameters(d, device.constData(), params.data(), &n, flags) < 0)
        return out;
    unsigned int peak = 0;
    unsigned int burst = 0;
    virTypedParamsGetUInt(params.data(), n, VIR_DOMAIN_BANDWIDTH_IN_PEAK, &peak);
    virTypedParamsGetUInt(params.data(), n, VIR_DOMAIN_BANDWIDTH_IN_BURST, &burst);
    virTypedParamsClear(params.data(), n);
    if (peak >= average)
        out.append({VIR_DOMAIN_BANDWIDTH_IN_PEAK, peak});
    if (burst > 0)
        out.append({VIR_DOMAIN_BANDWIDTH_IN_BURST, burst});
    return out;
}

} // namespace

LibvirtWorker::LibvirtWorker(QObject *parent)
    : QObject(parent)
{
}

LibvirtWorker::~LibvirtWorker()
{
    closeConnection();
}

Error LibvirtWorker::lastLibvirtError(const QString &what) const
{
    Error e;
    const virErrorPtr err = virGetLastError();
    e.code = QStringLiteral("libvirt.%1").arg(err ? err->code : 0);
    e.message = tr("%1 failed: %2").arg(what, err && err->message ? QString::fromUtf8(err->message) : tr("unknown libvirt error"));
    if (err && err->code == VIR_ERR_NO_SUPPORT)
        e.fix = tr("This hypervisor driver does not offer the operation; use virsh on the host to check.");
    else if (err && (err->code == VIR_ERR_AUTH_FAILED || err->code == VIR_ERR_AUTH_UNAVAILABLE))
        e.fix = tr("Add your user to the libvirt group, or connect to qemu:///session.");
    else if (err && err->code == VIR_ERR_NO_CONNECT)
        e.fix = tr("Check that libvirtd (or virtqemud) runs on the host.");
    return e;
}

void LibvirtWorker::openConnection(const QString &uri)
{
    closeConnection();
    m_conn = virConnectOpen(uri.toUtf8().constData());
    if (!m_conn) {
        Error e = lastLibvirtError(tr("Connecting to %1").arg(uri));
        e.field = QStringLiteral("uri");
        if (e.fix.isEmpty())
            e.fix = tr("Check the URI (qemu:///system, qemu:///session, test:///default) and that libvirt runs.");
        emit opened(e);
        return;
    }
    char *host = virConnectGetHostname(m_conn);
    m_hostName = host ? QString::fromUtf8(host) : QStringLiteral("localhost");
    free(host);
    m_lifecycleCallback = virConnectDomainEventRegisterAny(m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                           VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback), this, nullptr);
    reload();
    emit opened(Error());
}

void LibvirtWorker::closeConnection()
{
    if (!m_conn)
        return;
    if (m_lifecycleCallback >= 0)
        virConnectDomainEventDeregisterAny(m_conn, m_lifecycleCallback);
    m_lifecycleCallback = -1;
    virConnectClose(m_conn);
    m_conn = nullptr;
}

void LibvirtWorker::scheduleReload()
{
    if (m_reloadPending.exchange(true))
        return;
    QMetaObject::invokeMethod(this, [this] { reload(); }, Qt::QueuedConnection);
}

void LibvirtWorker::reload()
{
    m_reloadPending.store(false);
    if (!m_conn)
        return;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(m_conn, &domains, 0);
    if (n < 0) {
        emit connectionLost(lastLibvirtError(tr("Listing the virtual machines")));
        return;
    }
    QList<VmInfo> vms;
    QStringList xmls;
    vms.reserve(n);
    xmls.reserve(n);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < n; ++i) {
        virDomainPtr d = domains[i];
        VmInfo vm;
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(d, uuid);
        vm.id = QString::fromLatin1(uuid).toLower();
        vm.name = QString::fromUtf8(virDomainGetName(d));
        vm.hostName = m_hostName;
        virDomainInfo info{};
        if (virDomainGetInfo(d, &info) == 0) {
            const bool off = info.state == VIR_DOMAIN_SHUTOFF || info.state == VIR_DOMAIN_CRASHED;
            vm.state = mapState(info.state, off && virDomainHasManagedSaveImage(d, 0) == 1);
            vm.processorCount = info.nrVirtCpu;
            vm.memoryStartupBytes = quint64(info.maxMem) * 1024;
            vm.memoryAssignedBytes = VmStates::holdsMemory(vm.state) ? quint64(info.memory) * 1024 : 0;
            vm.memoryDemandBytes = vm.memoryAssignedBytes;
            // CPU usage: guest CPU time over wall time since the last load, per virtual processor.
            const CpuSample previous = m_cpu.value(vm.id);
            if (previous.wallMs > 0 && now > previous.wallMs && info.cpuTime >= previous.cpuTimeNs && info.nrVirtCpu > 0) {
                const double used = double(info.cpuTime - previous.cpuTimeNs) / 1e6 / double(now - previous.wallMs) / info.nrVirtCpu;
                vm.cpuUsage = qBound(0, int(used * 100.0 + 0.5), 100);
            }
            m_cpu.insert(vm.id, {quint64(info.cpuTime), now});
        }
        vm.status = vm.state == VmState::Running ? tr("Operating normally") : QString();
        char *xml = virDomainGetXMLDesc(d, 0);
        const QString text = xml ? QString::fromUtf8(xml) : QString();
        free(xml);
        vm.adapters = DomainXml::adapters(text);
        vms << vm;
        xmls << text;
        virDomainFree(d);
    }
    free(domains);
    emit inventoryLoaded(loadHost(vms, xmls), vms, xmls);
}

HostInfo LibvirtWorker::loadHost(const QList<VmInfo> &vms, const QStringList &xmls) const
{
    Q_UNUSED(xmls)
    HostInfo host;
    host.name = m_hostName;
    const char *type = virConnectGetType(m_conn);
    unsigned long libVersion = 0;
    virConnectGetLibVersion(m_conn, &libVersion);
    host.osName = tr("Linux, libvirt %1 (%2)")
                      .arg(QStringLiteral("%1.%2.%3").arg(libVersion / 1000000).arg(libVersion / 1000 % 1000).arg(libVersion % 1000),
                           type ? QString::fromUtf8(type) : QString());
    virNodeInfo node{};
    if (virNodeGetInfo(m_conn, &node) == 0) {
        host.logicalProcessors = int(node.cpus);
        host.hyperThreading = node.threads > 1;
        host.memoryBytes = quint64(node.memory) * 1024;
        host.processorModel = QString::fromLatin1(node.model);
    }
    const unsigned long long freeMem = virNodeGetFreeMemory(m_conn);
    host.memoryAvailableBytes = freeMem > 0 ? freeMem : host.memoryBytes;
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(m_conn, &nets, 0);
    for (int i = 0; i < n; ++i) {
        VirtualSwitch sw;
        sw.name = QString::fromUtf8(virNetworkGetName(nets[i]));
        char *xml = virNetworkGetXMLDesc(nets[i], 0);
        sw.type = switchTypeOf(xml ? QString::fromUtf8(xml) : QString());
        free(xml);
        // A libvirt floor is an absolute guarantee in KiB/s.
        sw.reservationMode = BandwidthReservationMode::Absolute;
        sw.iovSupportReasons << tr("libvirt passes virtual functions as hostdev interfaces; hvdesk does not create them.");
        host.switches << sw;
        virNetworkFree(nets[i]);
    }
    free(nets);
    // Host bridges that interfaces use directly appear as external switches.
    for (const VmInfo &vm : vms) {
        for (const NetworkAdapter &a : vm.adapters) {
            if (!a.settings.switchName.isEmpty() && !host.findSwitch(a.settings.switchName)) {
                VirtualSwitch sw;
                sw.name = a.settings.switchName;
                sw.type = SwitchType::External;
                sw.reservationMode = BandwidthReservationMode::Absolute;
                host.switches << sw;
            }
        }
    }
    return host;
}

virDomainPtr LibvirtWorker::lookup(const QString &uuid, Error *error) const
{
    virDomainPtr d = m_conn ? virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData()) : nullptr;
    if (!d)
        *error = lastLibvirtError(tr("Finding the virtual machine %1").arg(uuid));
    return d;
}

void LibvirtWorker::runAction(quint64 jobId, const QString &uuid, VmAction action)
{
    Error error;
    virDomainPtr d = lookup(uuid, &error);
    if (d) {
        int rc = -1;
        switch (action) {
        case VmAction::Start: rc = virDomainCreate(d); break; // restores a managed save image when there is one
        case VmAction::TurnOff: rc = virDomainDestroy(d); break;
        case VmAction::ShutDown: rc = virDomainShutdown(d); break;
        case VmAction::Save: rc = virDomainManagedSave(d, 0); break;
        case VmAction::Pause: rc = virDomainSuspend(d); break;
        case VmAction::Resume: rc = virDomainResume(d); break;
        case VmAction::Reset: rc = virDomainReset(d, 0); break;
        }
        if (rc < 0)
            error = lastLibvirtError(VmStates::displayName(action));
        virDomainFree(d);
    }
    reload();
    emit actionFinished(jobId, error);
}

void LibvirtWorker::setBandwidth(quint64 jobId, const QString &uuid, const QList<InterfaceBandwidth> &interfaces)
{
    Error error;
    virDomainPtr d = lookup(uuid, &error);
    if (d) {
        // Live on a running domain and in the persistent configuration, as two calls: some
        // drivers refuse both flags at once.
        QList<unsigned int> scopes;
        if (virDomainIsActive(d) == 1)
            scopes << VIR_DOMAIN_AFFECT_LIVE;
        if (virDomainIsPersistent(d) == 1)
            scopes << VIR_DOMAIN_AFFECT_CONFIG;
        for (const InterfaceBandwidth &bw : interfaces) {
            int rc = 0;
            for (unsigned int flags : std::as_const(scopes)) {
                virTypedParameterPtr call = nullptr;
                int callCount = 0;
                int callMax = 0;
                virTypedParamsAddUInt(&call, &callCount, &callMax, VIR_DOMAIN_BANDWIDTH_IN_AVERAGE, bw.averageKiB);
                virTypedParamsAddUInt(&call, &callCount, &callMax, VIR_DOMAIN_BANDWIDTH_IN_FLOOR, bw.floorKiB);
                for (const auto &[name, value] : keptBurst(d, bw.mac, flags, bw.averageKiB))
                    virTypedParamsAddUInt(&call, &callCount, &callMax, name, value);
                rc = virDomainSetInterfaceParameters(d, bw.mac.toLatin1().constData(), call, callCount, flags);
                virTypedParamsFree(call, callCount);
                if (rc < 0)
                    break;
            }
            if (rc < 0) {
                error = lastLibvirtError(tr("Setting the bandwidth of %1").arg(bw.mac));
                error.field = QStringLiteral("maximumBandwidth");
                break;
            }
        }
        virDomainFree(d);
    }
    reload();
    emit actionFinished(jobId, error);
}

} // namespace hvdesk::local
