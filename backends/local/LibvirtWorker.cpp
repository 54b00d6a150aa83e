#include "LibvirtWorker.h"

#include "DomainXml.h"
#include "LibvirtMigration.h"
#include "NodeDevices.h"

#include <QDir>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
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

void agentLifecycleCallback(virConnectPtr, virDomainPtr dom, int, int, void *opaque)
{
    auto *worker = static_cast<LibvirtWorker *>(opaque);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    worker->agentChanged(QString::fromLatin1(uuid).toLower());
}

void lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int, void *opaque)
{
    auto *worker = static_cast<LibvirtWorker *>(opaque);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    emit worker->domainEvent(QString::fromLatin1(uuid), event);
    worker->scheduleReload();
}

// What sampling needs of a libvirt network: its bridge and where it forwards to.
struct NetworkXml
{
    QString bridge;
    QString forwardMode;
    QString forwardDev;
    bool forwards = false;
};

NetworkXml parseNetwork(const QString &xml)
{
    NetworkXml out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("bridge") && out.bridge.isEmpty()) {
            out.bridge = a.value(QLatin1String("name")).toString();
        } else if (r.name() == QLatin1String("forward")) {
            out.forwards = true;
            out.forwardMode = a.hasAttribute(QLatin1String("mode")) ? a.value(QLatin1String("mode")).toString()
                                                                    : QStringLiteral("nat");
            out.forwardDev = a.value(QLatin1String("dev")).toString();
        } else if ((r.name() == QLatin1String("interface") || r.name() == QLatin1String("pf")) && out.forwardDev.isEmpty()) {
            out.forwardDev = a.value(QLatin1String("dev")).toString();
        }
    }
    return out;
}

QElapsedTimer &sampleClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
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
    stopSampling();
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
    m_api = m_apiFactory ? m_apiFactory(m_conn) : makeLibvirtMigrationApi(m_conn);
    char *caps = virConnectGetCapabilities(m_conn);
    const DomainXml::HostCpu cpu = DomainXml::hostCpu(caps ? QString::fromUtf8(caps) : QString());
    free(caps);
    m_hostCpuVendor = cpu.vendor;
    m_hostCpuModel = cpu.model;
    emit hostCpuLoaded(cpu.xml);
    m_lifecycleCallback = virConnectDomainEventRegisterAny(m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                           VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback), this, nullptr);
    // Drivers without agent events (the test hypervisor) refuse this one; the agent is then asked
    // again when the domain's lifecycle changes or its answer is old.
    m_agentCallback = virConnectDomainEventRegisterAny(m_conn, nullptr, VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE,
                                                       VIR_DOMAIN_EVENT_CALLBACK(agentLifecycleCallback), this, nullptr);
    m_agent = m_agentFactory ? m_agentFactory(m_conn) : makeLibvirtGuestAgentApi(m_conn);
    m_agentAnswers.clear();
    reload();
    emit opened(Error());
}

void LibvirtWorker::closeConnection()
{
    endMigrations();
    forgetRunning();
    m_api.reset();
    if (!m_conn)
        return;
    if (m_lifecycleCallback >= 0)
        virConnectDomainEventDeregisterAny(m_conn, m_lifecycleCallback);
    if (m_agentCallback >= 0)
        virConnectDomainEventDeregisterAny(m_conn, m_agentCallback);
    m_lifecycleCallback = -1;
    m_agentCallback = -1;
    m_agent.reset();
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
    loadNetworks();
    forgetRunning();
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
        vm.integrationServices = guestAgent(d, &vm, text);
        if (VmStates::holdsMemory(vm.state))
            rememberRunning(d, vm);
        vms << vm;
        xmls << text;
        virDomainFree(d);
    }
    free(domains);
    HostInfo host = loadHost(vms, xmls);
    loadSriov(&host, &vms);
    emit inventoryLoaded(host, vms, xmls);
}

HostInfo LibvirtWorker::loadHost(const QList<VmInfo> &vms, const QStringList &xmls)
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
    if (!m_hostCpuModel.isEmpty())
        host.processorModel = m_hostCpuModel;
    host.processorVendor = m_hostCpuVendor;
    // Integration services are the QEMU guest agent, from the guests' own packages.
    host.guestProvidedIntegration = true;
    // libvirt has no switch for migrations: every host accepts them (peer to peer, over SSH).
    host.migration.liveMigrationEnabled = true;
    loadPools(&host);
    unsigned long long freeMem = virNodeGetFreeMemory(m_conn);
    // The test hypervisor returns its node's memory in KiB where the API promises bytes.
    if (type && qstrcmp(type, "TEST") == 0)
        freeMem *= 1024;
    host.memoryAvailableBytes = freeMem > 0 ? qMin<quint64>(freeMem, host.memoryBytes) : host.memoryBytes;
    if (m_local) {
        // The NICs of this computer, with their receive queues and steering.
        const NetworkSampler files(m_root);
        Error ignored;
        const auto interrupts = ProcNetStats::parseInterrupts(
            ProcNetStats::readFile(QDir::cleanPath(m_root + QStringLiteral("/proc/interrupts")), &ignored));
        host.nics = NetworkSampler::physicalNics(files.readDevices(), interrupts);
    }
    for (auto it = m_networks.cbegin(); it != m_networks.cend(); ++it) {
        VirtualSwitch sw;
        sw.name = it.key();
        sw.type = it->forwards ? SwitchType::External : SwitchType::Internal;
        // A libvirt floor is an absolute guarantee in KiB/s.
        sw.reservationMode = BandwidthReservationMode::Absolute;
        sw.iovSupportReasons << tr("libvirt passes virtual functions as hostdev interfaces; hvdesk does not create them.");
        sw.boundNic = m_local ? hostNicOf(it.key()) : QString();
        host.switches << sw;
    }
    std::sort(host.switches.begin(), host.switches.end(), [](const VirtualSwitch &a, const VirtualSwitch &b) { return a.name < b.name; });
    // Host bridges that interfaces use directly appear as external switches.
    for (const VmInfo &vm : vms) {
        for (const NetworkAdapter &a : vm.adapters) {
            if (!a.settings.switchName.isEmpty() && !host.findSwitch(a.settings.switchName)) {
                VirtualSwitch sw;
                sw.name = a.settings.switchName;
                sw.type = SwitchType::External;
                sw.reservationMode = BandwidthReservationMode::Absolute;
                sw.boundNic = m_local ? hostNicOf(sw.name) : QString();
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
        QStringList applied; // call by call: what took effect before a failure
        for (const InterfaceBandwidth &bw : interfaces) {
            int rc = 0;
            int scopesDone = 0;
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
                ++scopesDone;
            }
            const QString name = bw.name.isEmpty() ? bw.mac : bw.name;
            if (rc < 0) {
                error = lastLibvirtError(tr("Setting the bandwidth of %1").arg(bw.mac));
                error.field = QStringLiteral("maximumBandwidth");
                if (scopesDone > 0) // live, not yet in the persistent configuration
                    applied << tr("bandwidth of %1 (running domain only)").arg(name);
                break;
            }
            applied << tr("bandwidth of %1").arg(name);
        }
        virDomainFree(d);
        if (!error.isNull() && !applied.isEmpty())
            emit partsApplied(jobId, applied);
    }
    reload();
    emit actionFinished(jobId, error);
}

void LibvirtWorker::loadPools(HostInfo *host) const
{
    // Storage pools are where a shared-nothing move creates the disks on the destination.
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(m_conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (int i = 0; i < n; ++i) {
        char *xml = virStoragePoolGetXMLDesc(pools[i], 0);
        QXmlStreamReader r(xml ? QString::fromUtf8(xml) : QString());
        free(xml);
        StorageVolume v;
        QString type;
        QString element;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::StartElement) {
                element = r.name().toString();
                if (element == QLatin1String("pool"))
                    type = r.attributes().value(QLatin1String("type")).toString();
            } else if (t == QXmlStreamReader::Characters && !r.isWhitespace()) {
                if (element == QLatin1String("path") && v.path.isEmpty())
                    v.path = r.text().toString().trimmed();
                else if (element == QLatin1String("capacity"))
                    v.capacityBytes = r.text().toULongLong();
                else if (element == QLatin1String("available"))
                    v.freeBytes = r.text().toULongLong();
            } else if (t == QXmlStreamReader::EndElement) {
                element.clear();
            }
        }
        // Pools every host of a migration can see under the same path.
        static const QStringList shared = {QStringLiteral("netfs"), QStringLiteral("gluster"), QStringLiteral("rbd"),
                                           QStringLiteral("iscsi"), QStringLiteral("iscsi-direct"),
                                           QStringLiteral("sheepdog"), QStringLiteral("vstorage")};
        v.clusterShared = shared.contains(type);
        if (!v.path.isEmpty())
            host->volumes << v;
        virStoragePoolFree(pools[i]);
    }
    free(pools);
}

void LibvirtWorker::loadSriov(HostInfo *host, QList<VmInfo> *vms) const
{
    QList<NodeDevices::Pci> pcis;
    QList<NodeDevices::Net> nets;
    virNodeDevicePtr *devices = nullptr;
    // Drivers without node devices (or without permission to list them) have no SR-IOV to show.
    int n = virConnectListAllNodeDevices(m_conn, &devices, VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV);
    for (int i = 0; i < n; ++i) {
        char *xml = virNodeDeviceGetXMLDesc(devices[i], 0);
        NodeDevices::Pci pci;
        if (xml && NodeDevices::parsePci(QString::fromUtf8(xml), &pci))
            pcis << pci;
        free(xml);
        virNodeDeviceFree(devices[i]);
    }
    free(devices);
    devices = nullptr;
    n = virConnectListAllNodeDevices(m_conn, &devices, VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET);
    for (int i = 0; i < n; ++i) {
        char *xml = virNodeDeviceGetXMLDesc(devices[i], 0);
        NodeDevices::Net net;
        if (xml && NodeDevices::parseNet(QString::fromUtf8(xml), &net))
            nets << net;
        free(xml);
        virNodeDeviceFree(devices[i]);
    }
    free(devices);
    const QList<NodeDevices::PhysicalFunction> pfs = NodeDevices::physicalFunctions(pcis, nets);

    // Which physical function each virtual function belongs to, and which are taken: by hostdev
    // interfaces of domains that hold their devices (running or paused), and by interfaces on
    // a hostdev network (the network hands out one of its physical function's VFs).
    QHash<QString, std::pair<int, int>> owner; // VF address -> (physical function, index)
    for (int p = 0; p < pfs.size(); ++p) {
        for (int v = 0; v < pfs[p].virtualFunctions.size(); ++v)
            owner.insert(pfs[p].virtualFunctions[v], {p, v});
    }
    QList<int> inUse(pfs.size(), 0);
    auto pfOf = [&](const QString &interface) {
        for (int p = 0; p < pfs.size(); ++p) {
            if (pfs[p].interface == interface)
                return p;
        }
        return -1;
    };
    for (VmInfo &vm : *vms) {
        const bool holds = VmStates::holdsMemory(vm.state);
        for (NetworkAdapter &a : vm.adapters) {
            const auto o = owner.constFind(a.runtime.vfPciAddress);
            if (!a.runtime.vfPciAddress.isEmpty() && o != owner.cend()) {
                a.runtime.vfParentNic = pfs[o->first].interface;
                a.runtime.virtualFunction = o->second;
                a.runtime.iovQueuePairsAssigned = 1;
                if (holds)
                    ++inUse[o->first];
                continue;
            }
            const auto net = m_networks.constFind(a.settings.switchName);
            if (net == m_networks.cend() || net->forwardMode != QLatin1String("hostdev"))
                continue;
            // On a hostdev network: SR-IOV, with a virtual function while the domain holds one.
            a.settings.iovWeight = 100;
            a.runtime.iovUsage = holds;
            a.runtime.vfDataPathActive = vm.state == VmState::Running;
            a.runtime.vfParentNic = net->forwardDev;
            a.runtime.iovQueuePairsAssigned = holds ? 1 : 0;
            const int p = pfOf(net->forwardDev);
            if (holds && p >= 0)
                ++inUse[p];
        }
    }

    for (int p = 0; p < pfs.size(); ++p) {
        const NodeDevices::PhysicalFunction &pf = pfs[p];
        PhysicalNic *nic = nullptr;
        for (PhysicalNic &existing : host->nics) {
            if (existing.name == pf.interface)
                nic = &existing;
        }
        if (!nic) {
            PhysicalNic added;
            added.name = pf.interface;
            added.description = pf.description;
            added.linkSpeedBps = pf.speedMbps > 0 ? quint64(pf.speedMbps) * 1'000'000ULL : 0;
            added.rss.enabled = false;
            added.vmq.enabled = false;
            added.vmq.queues = 0;
            host->nics << added;
            nic = &host->nics.last();
        }
        nic->sriovSupported = true;
        nic->sriovVirtualFunctions = int(pf.virtualFunctions.size());
    }
    for (VirtualSwitch &sw : host->switches) {
        const auto net = m_networks.constFind(sw.name);
        const bool hostdev = net != m_networks.cend() && net->forwardMode == QLatin1String("hostdev");
        const int p = pfOf(hostdev ? net->forwardDev : sw.boundNic);
        if (hostdev) {
            sw.iovEnabled = true;
            sw.iovSupportReasons.clear();
            sw.boundNic = net->forwardDev;
        }
        if (p < 0)
            continue;
        sw.iovVirtualFunctionCount = int(pfs[p].virtualFunctions.size());
        sw.iovVirtualFunctionsInUse = inUse[p];
        if (!hostdev)
            sw.iovSupportReasons = QStringList{
                tr("The virtual functions of %1 reach guests through a hostdev network or a hostdev interface, not "
                   "through '%2'.")
                    .arg(pfs[p].interface, sw.name)};
    }
}

void LibvirtWorker::loadNetworks()
{
    m_networks.clear();
    m_nicOfSource.clear();
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(m_conn, &nets, 0);
    for (int i = 0; i < n; ++i) {
        char *xml = virNetworkGetXMLDesc(nets[i], 0);
        const NetworkXml parsed = parseNetwork(xml ? QString::fromUtf8(xml) : QString());
        free(xml);
        Network net;
        net.bridge = parsed.bridge;
        net.forwardMode = parsed.forwardMode;
        net.forwardDev = parsed.forwardDev;
        net.forwards = parsed.forwards;
        m_networks.insert(QString::fromUtf8(virNetworkGetName(nets[i])), net);
        virNetworkFree(nets[i]);
    }
    free(nets);
    QStringList names = m_networks.keys();
    names.sort();
    emit networksLoaded(names);
}

QString LibvirtWorker::hostNicOf(const QString &source) const
{
    if (source.isEmpty())
        return QString();
    // Asked for every interface of every domain: the files are read once per reload.
    const auto known = m_nicOfSource.constFind(source);
    if (known != m_nicOfSource.cend())
        return *known;
    const QString nic = findHostNic(source);
    m_nicOfSource.insert(source, nic);
    return nic;
}

QString LibvirtWorker::findHostNic(const QString &source) const
{
    const NetworkSampler files(m_root);
    const auto net = m_networks.constFind(source);
    if (net == m_networks.cend())
        return files.physicalPortOf(source); // a host bridge or a macvtap device
    if (!net->forwardDev.isEmpty())
        return net->forwardDev;
    const QString port = files.physicalPortOf(net->bridge);
    if (!port.isEmpty())
        return port;
    if (net->forwardMode == QLatin1String("nat") || net->forwardMode == QLatin1String("route"))
        return files.defaultRouteDevice();
    return QString();
}

void LibvirtWorker::rememberRunning(virDomainPtr domain, const VmInfo &vm)
{
    if (!m_local || vm.adapters.isEmpty())
        return;
    virDomainRef(domain);
    m_running.insert(vm.id, domain);
    for (const NetworkAdapter &a : vm.adapters) {
        RunningInterface i;
        i.mac = NetworkAdapterRules::formatMac(a.settings.macAddress).replace(QLatin1Char('-'), QLatin1Char(':')).toLower();
        i.counters.vmId = vm.id;
        i.counters.vmName = vm.name;
        i.counters.adapterId = a.settings.id;
        i.counters.adapterName = a.settings.name;
        i.counters.path = a.runtime.iovUsage ? ReceivePath::SrIov
            : a.runtime.queuePairs > 1     ? ReceivePath::Vmq
                                           : ReceivePath::DefaultQueue;
        i.counters.nic = hostNicOf(a.settings.switchName);
        m_interfaces.append({vm.id, i});
    }
}

void LibvirtWorker::forgetRunning()
{
    for (virDomainPtr d : std::as_const(m_running))
        virDomainFree(d);
    m_running.clear();
    m_interfaces.clear();
}

void LibvirtWorker::setFileRoot(const QString &root, bool local)
{
    m_root = root.isEmpty() ? QStringLiteral("/") : root;
    m_local = local;
    if (m_sampler)
        m_sampler = std::make_unique<NetworkSampler>(m_root);
}

void LibvirtWorker::startSampling(int intervalMs)
{
    if (!m_local)
        return;
    if (!m_sampleTimer) {
        m_sampleTimer = new QTimer(this);
        connect(m_sampleTimer, &QTimer::timeout, this, &LibvirtWorker::sampleOnce);
    }
    if (!m_sampler)
        m_sampler = std::make_unique<NetworkSampler>(m_root);
    m_sampleTimer->start(qMax(10, intervalMs));
    sampleOnce();
}

void LibvirtWorker::stopSampling()
{
    if (m_sampleTimer)
        m_sampleTimer->stop();
    m_sampler.reset();
}

void LibvirtWorker::sampleOnce()
{
    if (!m_sampler)
        return;
    QList<InterfaceCounters> counters;
    counters.reserve(m_interfaces.size());
    for (auto &[uuid, iface] : m_interfaces) {
        InterfaceCounters c = iface.counters;
        virDomainPtr d = m_running.value(uuid);
        virDomainInterfaceStatsStruct st{};
        if (d && c.path != ReceivePath::SrIov
            && virDomainInterfaceStats(d, iface.mac.toLatin1().constData(), &st, sizeof st) == 0) {
            c.valid = true;
            c.rxBytes = st.rx_bytes;
            c.rxPackets = st.rx_packets;
            c.rxDrop = st.rx_drop;
            c.txBytes = st.tx_bytes;
            c.txPackets = st.tx_packets;
        }
        counters << c;
    }
    const NetworkSample sample = m_sampler->sample(m_hostName, sampleClock().elapsed(), counters);
    if (!sample.cores.isEmpty() || !sample.notes.isEmpty())
        emit networkSampled(sample);
}

void LibvirtWorker::setMigrationApiFactory(MigrationApiFactory factory)
{
    m_apiFactory = std::move(factory);
}

void LibvirtWorker::runMigration(quint64 jobId, const QString &uuid, const MigrationParams &params)
{
    if (!m_api) {
        LibvirtFailure f;
        f.code = VIR_ERR_NO_CONNECT;
        f.message = tr("not connected");
        emit migrationFinished(jobId, false, f);
        return;
    }
    MigrationParams p = params;
    if (!p.interfaceMapping.isEmpty()) {
        // Adapters connected elsewhere: the destination gets the definition with those sources.
        LibvirtFailure f;
        const QString xml = m_api->migratableXml(uuid, &f);
        if (xml.isEmpty()) {
            emit migrationFinished(jobId, false, f);
            return;
        }
        QString why;
        p.destinationXml = DomainXml::withInterfaceSources(xml, p.interfaceMapping, p.destinationNetworks, &why);
        if (p.destinationXml.isEmpty()) {
            LibvirtFailure bad;
            bad.code = VIR_ERR_CONFIG_UNSUPPORTED;
            bad.message = why;
            emit migrationFinished(jobId, false, bad);
            return;
        }
    }
    MigrationApi *api = m_api.get();
    ActiveMigration m;
    m.uuid = uuid;
    m.thread = QThread::create([this, api, jobId, uuid, p] {
        LibvirtFailure f;
        const bool ok = api->migrate(uuid, p, &f);
        QMetaObject::invokeMethod(this, [this, jobId, ok, f] { onMigrationDone(jobId, ok, f); }, Qt::QueuedConnection);
    });
    m.thread->setObjectName(QStringLiteral("libvirt-migrate"));
    m.poll = new QTimer(this);
    m.poll->setInterval(LibvirtMigration::PollIntervalMs);
    connect(m.poll, &QTimer::timeout, this, [this, jobId] { pollMigration(jobId); });
    m_migrations.insert(jobId, m);
    emit migrationProgress(jobId, 0, LibvirtMigration::progress(MigrationJobStats()).phase);
    m.thread->start();
    m.poll->start();
}

void LibvirtWorker::pollMigration(quint64 jobId)
{
    const auto it = m_migrations.find(jobId);
    if (it == m_migrations.end() || !m_api)
        return;
    if (it->abortRequested) {
        // The job may not have existed yet when cancel came: ask again until it ends.
        LibvirtFailure ignored;
        m_api->abortJob(it->uuid, &ignored);
    }
    MigrationJobStats stats;
    LibvirtFailure f;
    if (m_api->jobStats(it->uuid, &stats, &f) && stats.active) {
        const auto progress = LibvirtMigration::progress(stats);
        emit migrationProgress(jobId, progress.percent, progress.phase);
    }
}

void LibvirtWorker::abortMigration(quint64 jobId)
{
    const auto it = m_migrations.find(jobId);
    if (it == m_migrations.end() || !m_api)
        return;
    it->abortRequested = true;
    LibvirtFailure ignored;
    m_api->abortJob(it->uuid, &ignored);
}

void LibvirtWorker::onMigrationDone(quint64 jobId, bool ok, const LibvirtFailure &failure)
{
    const ActiveMigration m = m_migrations.take(jobId);
    if (!m.thread)
        return;
    m.poll->stop();
    m.poll->deleteLater();
    m.thread->wait();
    delete m.thread;
    reload();
    emit migrationFinished(jobId, ok, failure);
}

void LibvirtWorker::endMigrations()
{
    // Closing the connection: abort what runs and wait for it, so no thread outlives it.
    const QList<quint64> ids = m_migrations.keys();
    for (quint64 id : ids) {
        ActiveMigration m = m_migrations.take(id);
        LibvirtFailure ignored;
        if (m_api)
            m_api->abortJob(m.uuid, &ignored);
        m.poll->stop();
        m.poll->deleteLater();
        m.thread->wait();
        delete m.thread;
        LibvirtFailure closed;
        closed.code = VIR_ERR_OPERATION_ABORTED;
        closed.message = tr("the connection was closed");
        emit migrationFinished(id, false, closed);
    }
}

void LibvirtWorker::setGuestAgentApiFactory(GuestAgentApiFactory factory)
{
    m_agentFactory = std::move(factory);
}

void LibvirtWorker::agentChanged(const QString &uuid)
{
    QMetaObject::invokeMethod(this, [this, uuid] { m_agentAnswers[uuid].askedMs = -AgentRefreshMs; }, Qt::QueuedConnection);
    scheduleReload();
}

IntegrationServicesInfo LibvirtWorker::guestAgent(virDomainPtr domain, VmInfo *vm, const QString &xml)
{
    const GuestAgent::Channel channel = GuestAgent::channel(xml);
    AgentAnswer &cached = m_agentAnswers[vm->id];
    if (channel == GuestAgent::Channel::None)
        return GuestAgent::notInstalled().services;
    if (vm->state != VmState::Running) {
        // Off or paused: no agent to ask; what it last said, without contact.
        GuestAgent::Result r = cached.last ? *cached.last : GuestAgent::Result();
        for (IntegrationService &s : r.services.services) {
            if (s.status != IntegrationServiceStatus::NotApplicable)
                s.status = IntegrationServiceStatus::NoContact;
        }
        if (cached.last)
            vm->operatingSystem = cached.last->operatingSystem;
        return r.services;
    }
    if (channel == GuestAgent::Channel::Disconnected || !m_agent) {
        cached.answered = false;
        return GuestAgent::notResponding(cached.last).services;
    }
    const int id = int(virDomainGetID(domain));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (cached.domainId != id || now - cached.askedMs >= AgentRefreshMs) {
        cached.domainId = id;
        cached.askedMs = now;
        LibvirtFailure f;
        const QString info = m_agent->command(vm->id, QStringLiteral("{\"execute\":\"guest-info\"}"), GuestAgent::TimeoutSeconds, &f);
        const QString os = info.isEmpty() ? QString()
                                          : m_agent->command(vm->id, QStringLiteral("{\"execute\":\"guest-get-osinfo\"}"),
                                                             GuestAgent::TimeoutSeconds, &f);
        const auto answer = GuestAgent::fromReplies(info, os);
        cached.answered = answer.has_value();
        if (answer)
            cached.last = answer;
    }
    if (!cached.answered)
        return GuestAgent::notResponding(cached.last).services;
    vm->operatingSystem = cached.last->operatingSystem;
    return cached.last->services;
}

void LibvirtWorker::compareCpu(quint64 requestId, const QString &cpuXml)
{
    LibvirtFailure f;
    int result = VIR_CPU_COMPARE_ERROR;
    if (!m_api) {
        f.code = VIR_ERR_NO_CONNECT;
        f.message = tr("not connected");
    } else {
        result = m_api->compareCpu(cpuXml, &f);
    }
    emit cpuCompared(requestId, result, f);
}

} // namespace hvdesk::local
