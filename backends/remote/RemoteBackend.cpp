#include "RemoteBackend.h"

#include <hyperv/AdapterInstances.h>
#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <models/MigrationPaths.h>
#include <models/NetworkAdapterAdvisor.h>

#include <wsman/Namespaces.h>

namespace hvdesk::remote {

using namespace Qt::StringLiterals;
using namespace hyperv;
using wsman::CimInstance;
using wsman::CimProperty;
using wsman::CimValue;
using wsman::Request;
using wsman::Response;
using Step = RemoteOperation::Step;

namespace {

bool ofVm(const CimInstance &i, const QString &vmId)
{
    return Values::vmIdOfInstanceId(cim::text(i, u"InstanceID"_s)) == vmId;
}

// What the host sent, with the new values written over it: a real host's instance keeps its
// own InstanceID and the properties hvdesk does not know.
CimInstance overlay(const std::optional<CimInstance> &present, const CimInstance &wanted)
{
    if (!present)
        return wanted;
    CimInstance out = *present;
    for (const wsman::CimProperty &p : wanted.properties()) {
        if (p.name.compare("InstanceID"_L1, Qt::CaseInsensitive) != 0)
            out.set(p.name, p.value);
    }
    return out;
}

QStringList vmIds(const QList<VmInfo> &vms)
{
    QStringList ids;
    ids.reserve(vms.size());
    for (const VmInfo &vm : vms)
        ids << vm.id;
    return ids;
}

} // namespace

RemoteBackend::RemoteBackend(RemoteUri uri, RemoteAccess access, ChannelFactory factory, QObject *parent)
    : HostBackend(parent)
    , m_uri(std::move(uri))
    , m_access(access)
    , m_factory(std::move(factory))
{
    m_pollTimer.setInterval(DefaultPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &RemoteBackend::pollAll);
    m_networkTimer.setInterval(NetworkPollIntervalMs);
    connect(&m_networkTimer, &QTimer::timeout, this, &RemoteBackend::pollNetwork);
}

RemoteBackend::~RemoteBackend() = default;

std::unique_ptr<HostBackend> RemoteBackend::create(
    const QString &uri, const RemoteAccess &access, const ChannelFactory &factory, Error *error)
{
    std::optional<RemoteUri> parsed = RemoteUri::parse(uri, error);
    if (!parsed)
        return nullptr;
    return std::make_unique<RemoteBackend>(std::move(*parsed), access, factory);
}

QString RemoteBackend::schemeDescription()
{
    return tr("Hyper-V hosts over WS-Management: wsman+https://host[:5986], wsman+http://host[:5985] "
              "(more hosts with ?host=name[:port])");
}

QString RemoteBackend::displayName() const
{
    if (m_endpoints.empty())
        return m_uri.uri;
    const HostConnection *first = m_endpoints.front().get();
    const QString name = first->hasLoaded() ? first->host().name : first->address().host;
    const QString cluster = first->hasLoaded() ? first->host().cluster : QString();
    return cluster.isEmpty() ? tr("%1 (WS-Management)").arg(name)
                             : tr("%1, cluster %2 (WS-Management)").arg(name, cluster);
}

Capabilities RemoteBackend::capabilities() const
{
    Capabilities c = Capability::VmStateChange | Capability::NetworkAdapterSettings | Capability::Vlan
        | Capability::BandwidthAbsolute | Capability::BandwidthWeight | Capability::Vmq | Capability::IpsecOffload
        | Capability::SrIov | Capability::AdvancedAdapterFeatures | Capability::IntegrationServices
        | Capability::AddRemoveAdapters | Capability::LiveMigration | Capability::StorageMigration
        | Capability::SharedNothingMigration | Capability::HostMigrationSettings
        | Capability::IntegrationServicesUpgrade | Capability::ConfigurationVersionUpgrade | Capability::NetworkSamples
        | Capability::NicReceiveScaling;
    for (const auto &ep : m_endpoints) {
        if (!ep->hasLoaded())
            continue;
        const EndpointSnapshot &s = ep->snapshot();
        if (s.lacks(QString(cls::NetAdapterRss)) || s.lacks(QString(cls::NetAdapterVmq)))
            c &= ~Capabilities(Capability::NicReceiveScaling);
        const auto &caps = s.of(QString(cls::ManagementCapabilities));
        if (caps.empty() || !caps.front().has(QString(unverified::SupportedVersions)))
            c &= ~Capabilities(Capability::ConfigurationVersionUpgrade);
        if (s.lacks(QString(cls::MigrationService)))
            c &= ~Capabilities(Capability::LiveMigration | Capability::StorageMigration
                | Capability::SharedNothingMigration | Capability::HostMigrationSettings);
        if (s.lacks(QString(cls::OffloadSettingData)))
            c &= ~Capabilities(Capability::Vmq | Capability::IpsecOffload | Capability::SrIov);
    }
    return c;
}

QString RemoteBackend::missingCapabilityReason(Capability capability) const
{
    for (const auto &ep : m_endpoints) {
        if (!ep->hasLoaded())
            continue;
        const QString host = ep->host().name;
        const EndpointSnapshot &s = ep->snapshot();
        switch (capability) {
        case Capability::NicReceiveScaling:
            if (s.lacks(QString(cls::NetAdapterRss)) || s.lacks(QString(cls::NetAdapterVmq)))
                return tr(
                    "%1 has no MSFT_NetAdapterRssSettingData / MSFT_NetAdapterVmqSettingData (root/StandardCimv2).")
                    .arg(host);
            break;
        case Capability::ConfigurationVersionUpgrade: {
            const auto &caps = s.of(QString(cls::ManagementCapabilities));
            if (caps.empty() || !caps.front().has(QString(unverified::SupportedVersions)))
                return tr("%1 (%2) does not offer configuration version upgrades (no UpgradeSystemVersion).")
                    .arg(host, ep->host().osName);
            break;
        }
        case Capability::LiveMigration:
        case Capability::StorageMigration:
        case Capability::SharedNothingMigration:
        case Capability::HostMigrationSettings:
            if (s.lacks(QString(cls::MigrationService)))
                return tr("%1 has no Msvm_VirtualSystemMigrationService.").arg(host);
            break;
        default:
            break;
        }
    }
    return QString();
}

HostConnection *RemoteBackend::addEndpoint(const EndpointAddress &address)
{
    auto ep = std::make_unique<HostConnection>(address, m_uri.user, m_access, m_factory, this);
    HostConnection *raw = ep.get();
    raw->setLoadDeadline(m_loadDeadlineMs);
    connect(raw, &HostConnection::loaded, this, [this, raw] { onEndpointLoaded(raw); });
    connect(raw, &HostConnection::vmsPolled, this,
        [this, raw](const QList<int> &changed) { onEndpointPolled(raw, changed); });
    connect(raw, &HostConnection::stateChanged, this, [this] {
        updateConnectionState();
        emit hostsChanged();
    });
    m_endpoints.push_back(std::move(ep));
    return raw;
}

void RemoteBackend::open()
{
    if (m_open)
        return;
    m_open = true;
    if (m_endpoints.empty()) {
        for (const EndpointAddress &a : std::as_const(m_uri.endpoints))
            addEndpoint(a);
    }
    setConnectionState(ConnectionState::Connecting);
    for (const auto &ep : m_endpoints)
        ep->open();
}

void RemoteBackend::close()
{
    m_open = false;
    m_pollTimer.stop();
    m_networkTimer.stop();
    for (const auto &ep : m_endpoints)
        ep->close();
    setConnectionState(ConnectionState::Disconnected);
}

void RemoteBackend::reconnect()
{
    if (!m_open) {
        open();
        return;
    }
    for (const auto &ep : m_endpoints)
        ep->retry();
}

void RemoteBackend::setLoadDeadline(int ms)
{
    m_loadDeadlineMs = ms;
    for (const auto &ep : m_endpoints)
        ep->setLoadDeadline(ms);
}

void RemoteBackend::refresh()
{
    for (const auto &ep : m_endpoints)
        ep->reload();
}

int RemoteBackend::roundTrips() const
{
    int n = 0;
    for (const auto &ep : m_endpoints)
        n += ep->roundTrips();
    return n;
}

void RemoteBackend::setPollInterval(int ms)
{
    m_pollTimer.setInterval(qMax(100, ms));
}

QList<HostInfo> RemoteBackend::hosts() const
{
    QList<HostInfo> out;
    for (const auto &ep : m_endpoints) {
        HostInfo h = ep->host();
        if (!ep->hasLoaded())
            h.name = ep->address().host;
        if (!m_open)
            h.connection = ConnectionState::Disconnected;
        out << h;
    }
    return out;
}

HostConnection *RemoteBackend::endpointOfHost(const QString &hostName) const
{
    for (const auto &ep : m_endpoints) {
        if (ep->hasLoaded() && ep->host().name.compare(hostName, Qt::CaseInsensitive) == 0)
            return ep.get();
    }
    return nullptr;
}

HostConnection *RemoteBackend::endpointOfVm(const QString &vmId) const
{
    const int i = indexOfVm(vmId);
    return i < 0 ? nullptr : m_vmEndpoint.value(i);
}

void RemoteBackend::rebuildVms()
{
    emit inventoryAboutToReset();
    m_vms.clear();
    m_vmIndex.clear();
    m_vmEndpoint.clear();
    m_endpointVmIds.clear();
    for (const auto &ep : m_endpoints) {
        for (const VmInfo &vm : ep->vms()) {
            if (m_vmIndex.contains(vm.id))
                continue; // a VM seen on two hosts mid-move: the first host keeps it
            m_vmIndex.insert(vm.id, int(m_vms.size()));
            m_vms << withDetails(ep.get(), vm);
            m_vmEndpoint << ep.get();
        }
        m_endpointVmIds.insert(ep.get(), vmIds(ep->vms()));
    }
    emit inventoryReset();
}

void RemoteBackend::onEndpointLoaded(HostConnection *endpoint)
{
    if (!m_open)
        return;
    // The hosts changed (a job ended, a VM appeared): their verdicts on moves may differ now.
    if (!m_verdicts.isEmpty()) {
        m_verdicts.clear();
        emit migrationChecksChanged();
    }
    const QStringList ids = vmIds(endpoint->vms());
    if (m_endpointVmIds.contains(endpoint) && m_endpointVmIds.value(endpoint) == ids) {
        QList<int> changed;
        for (const VmInfo &loaded : endpoint->vms()) {
            const VmInfo vm = withDetails(endpoint, loaded);
            const int i = m_vmIndex.value(vm.id, -1);
            if (i >= 0 && m_vmEndpoint[i] == endpoint && !(m_vms[i] == vm)) {
                m_vms[i] = vm;
                changed << i;
            }
        }
        if (!changed.isEmpty())
            emit vmsChanged(changed);
    } else {
        rebuildVms();
    }
    updateConnectionState();
    emit hostsChanged();
    discoverClusterNodes();
}

namespace {

QString diskKey(const QString &hostName, const QString &path)
{
    return hostName.toLower() + QLatin1Char('|') + path.toLower();
}

} // namespace

VmInfo RemoteBackend::withDetails(const HostConnection *ep, VmInfo vm) const
{
    if (m_diskSizes.isEmpty())
        return vm;
    for (VirtualDisk &d : vm.disks)
        d.maxSizeBytes = m_diskSizes.value(diskKey(ep->host().name, d.path), d.maxSizeBytes);
    return vm;
}

void RemoteBackend::loadVmDetails(const QString &vmId)
{
    const VmInfo *vm = findVm(vmId);
    HostConnection *ep = endpointOfVm(vmId);
    if (!vm || !ep || ep->state() != HostConnection::State::Ready)
        return;
    const QString hostName = ep->host().name;
    // Msvm_ImageManagementService of the host, by its keys (it is not part of the load).
    const wsman::Epr service
        = wsman::Epr::make(wsman::wmiResourceUri(NsVirtualization, QString(unverified::ImageManagementService)),
            { { u"CreationClassName"_s, QString(unverified::ImageManagementService) },
                { u"Name"_s, QString(unverified::ImageManagementServiceName) },
                { u"SystemCreationClassName"_s, QString(cls::ComputerSystem) }, { u"SystemName"_s, hostName } });
    QPointer<RemoteBackend> self(this);
    QPointer<HostConnection> endpoint(ep);
    for (const VirtualDisk &disk : vm->disks) {
        const QString key = diskKey(hostName, disk.path);
        if (disk.path.isEmpty() || m_diskSizes.contains(key) || m_diskSizesAsked.contains(key))
            continue;
        m_diskSizesAsked.insert(key);
        ep->invoke(service, QString(unverified::GetVirtualHardDiskSettingData), { { u"Path"_s, cim::str(disk.path) } },
            [self, endpoint, key, vmId](const Response &response, const Error &error) {
                if (!self)
                    return;
                if (!error.isNull()) {
                    self->m_diskSizesAsked.remove(key); // unreachable now: asked again next time
                    return;
                }
                // A fault or another return code (a missing file): the size stays unknown and
                // is not asked again.
                if (response.isFault() || response.returnValue().value_or(ret::Failed) != ret::Completed)
                    return;
                const std::vector<CimInstance> data = response.instance.instances(u"SettingData"_s);
                const quint64 size
                    = data.empty() ? 0 : cim::uinteger(data.front(), QString(unverified::MaxInternalSize));
                if (size == 0)
                    return;
                self->m_diskSizes.insert(key, size);
                const int i = self->indexOfVm(vmId);
                if (i < 0 || !endpoint || self->m_vmEndpoint.value(i) != endpoint)
                    return;
                const VmInfo updated = self->withDetails(endpoint, self->m_vms[i]);
                if (updated == self->m_vms[i])
                    return;
                self->m_vms[i] = updated;
                emit self->vmsChanged({ i });
            });
    }
}

void RemoteBackend::onEndpointPolled(HostConnection *endpoint, const QList<int> &changed)
{
    QList<int> global;
    for (int local : changed) {
        const VmInfo vm = withDetails(endpoint, endpoint->vms()[local]);
        const int i = m_vmIndex.value(vm.id, -1);
        if (i >= 0 && m_vmEndpoint[i] == endpoint) {
            m_vms[i] = vm;
            global << i;
        }
    }
    if (!global.isEmpty())
        emit vmsChanged(global);
}

void RemoteBackend::updateConnectionState()
{
    if (!m_open)
        return;
    bool anyReady = false, anyLoading = false, anyStale = false;
    Error firstError;
    // The countdown shown while connecting: the last of the hosts' deadlines.
    QDeadlineTimer deadline(QDeadlineTimer::Forever);
    for (const auto &ep : m_endpoints) {
        const QDeadlineTimer d = ep->loadDeadline();
        if (!ep->hasLoaded() && !d.isForever() && (deadline.isForever() || d.deadline() > deadline.deadline()))
            deadline = d;
        switch (ep->state()) {
        case HostConnection::State::Ready:
            anyReady = true;
            break;
        case HostConnection::State::Stale:
            anyStale = true;
            if (firstError.isNull())
                firstError = ep->lastError();
            break;
        case HostConnection::State::Failed:
            if (firstError.isNull())
                firstError = ep->lastError();
            break;
        case HostConnection::State::Idle:
            break;
        default:
            if (!ep->hasLoaded())
                anyLoading = true;
            else
                anyReady = true; // reloading: the inventory is current
            break;
        }
    }
    setConnectDeadline(deadline);
    if (anyReady) {
        setConnectionState(ConnectionState::Connected, firstError);
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
    } else if (anyLoading) {
        setConnectionState(ConnectionState::Connecting);
    } else if (anyStale) {
        setConnectionState(ConnectionState::Stale, firstError);
    } else {
        setConnectionState(ConnectionState::Failed, firstError);
    }
}

// The other nodes of a failover cluster, reached at the same port, once every host of the URI
// has answered.
void RemoteBackend::discoverClusterNodes()
{
    if (m_clusterDiscovered)
        return;
    for (const auto &ep : m_endpoints) {
        if (ep->state() == HostConnection::State::Authenticating || ep->state() == HostConnection::State::Loading)
            return;
    }
    m_clusterDiscovered = true;
    QStringList known;
    std::optional<Credentials> credentials;
    for (const auto &ep : m_endpoints) {
        known << ep->address().host.toLower();
        if (ep->hasLoaded())
            known << ep->host().name.toLower();
        if (!credentials)
            credentials = ep->credentials();
    }
    QList<EndpointAddress> extra;
    for (const auto &ep : m_endpoints) {
        if (!ep->hasLoaded())
            continue;
        for (const QString &node : ep->snapshot().clusterNodes) {
            if (known.contains(node.toLower()))
                continue;
            known << node.toLower();
            EndpointAddress a = ep->address();
            a.host = node;
            extra << a;
        }
    }
    for (const EndpointAddress &a : std::as_const(extra)) {
        HostConnection *ep = addEndpoint(a);
        if (credentials)
            ep->setSharedCredentials(*credentials);
        ep->open();
    }
    if (!extra.isEmpty())
        emit hostsChanged();
}

void RemoteBackend::pollAll()
{
    for (const auto &ep : m_endpoints)
        ep->poll();
}

Error RemoteBackend::notConnectedError(const QString &what) const
{
    Error e;
    e.code = u"connection.lost"_s;
    e.message = connectionState() == ConnectionState::Stale
        ? tr("%1: the connection to %2 was lost; what is shown is the last known state.").arg(what, m_uri.uri)
        : tr("%1: not connected to %2.").arg(what, m_uri.uri);
    e.fix = tr("Reconnect, then try again.");
    return e;
}

JobPtr RemoteBackend::failed(const QString &title, const QString &target, const QString &targetId, const Error &error)
{
    JobPtr job = Job::failed(title, target, error);
    job->setTargetId(targetId);
    emit jobStarted(job);
    return job;
}

JobPtr RemoteBackend::run(const QString &title, const QString &target, const QString &targetId, QList<Step> steps,
    const QList<HostConnection *> &reload, bool reportParts)
{
    auto job = JobPtr::create(title, target);
    job->setTargetId(targetId);
    emit jobStarted(job);
    auto *op = new RemoteOperation(job, std::move(steps), &m_watcher, reportParts, this);
    QList<QPointer<HostConnection>> toReload;
    for (HostConnection *ep : reload)
        toReload << ep;
    connect(op, &RemoteOperation::finished, this, [job, toReload](const Error &error, bool cancelled) {
        // What the host did (all of it, part of it, or nothing) is read back before the job ends,
        // so that whoever watches the job sees the host as it is.
        auto finish = [job, error, cancelled] {
            if (cancelled)
                job->markCancelled();
            else if (error.isNull())
                job->complete();
            else
                job->fail(error);
        };
        auto left = std::make_shared<int>(int(toReload.size()) + 1);
        auto oneDone = [left, finish] {
            if (--*left == 0)
                finish();
        };
        for (const QPointer<HostConnection> &ep : toReload) {
            if (ep)
                ep->reloadThen(oneDone);
            else
                oneDone();
        }
        oneDone();
    });
    op->start();
    return job;
}

JobPtr RemoteBackend::changeVmState(const QString &vmId, VmAction action)
{
    const QString title = VmStates::displayName(action);
    const VmInfo *vm = findVm(vmId);
    HostConnection *ep = endpointOfVm(vmId);
    if (!vm || !ep)
        return failed(title, vmId, vmId, notConnectedError(title));
    if (connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, vm->name, vmId, notConnectedError(title));
    const QString name = vm->name;
    const VmState state = vm->state;
    Step step;
    step.description = tr("%1 '%2'").arg(title, name);
    step.endpoint = ep;
    if (action == VmAction::ShutDown) {
        const auto component = ep->instance(QString(cls::ShutdownComponent), [&](const CimInstance &c) {
            return cim::text(c, u"SystemName"_s).compare(vmId, Qt::CaseInsensitive) == 0;
        });
        if (!component) {
            Error e;
            e.code = u"vm.shutdown-unavailable"_s;
            e.message = tr("Cannot shut down '%1': the host lists no shutdown integration component for it.").arg(name);
            e.fix = tr("Use Turn Off, or enable Operating system shutdown in Settings > Integration Services.");
            return failed(title, name, vmId, e);
        }
        const wsman::Epr target = ep->eprOf(*component);
        step.request = [target] {
            return Request::invoke(target, u"InitiateShutdown"_s,
                { { u"Force"_s, cim::boolean(false) }, { u"Reason"_s, cim::str(u"Shut down from hvdesk"_s) } });
        };
    } else {
        const wsman::Epr target = ep->vmEpr(vmId);
        const int requested = *Values::requestedState(action);
        step.request = [target, requested] {
            return Request::invoke(target, u"RequestStateChange"_s, { { u"RequestedState"_s, cim::u16(requested) } });
        };
    }
    step.onReturnCode = [name, state, action](int code) {
        // Hyper-V's "invalid state": the same explanation the simulator gives.
        return code == ret::InvalidState ? VmStates::checkTransition(name, state, action) : Error();
    };
    QPointer<HostConnection> endpoint(ep);
    step.onOutput = [endpoint](const Response &) {
        if (endpoint)
            QTimer::singleShot(0, endpoint, &HostConnection::poll); // show the transition at once
        return Error();
    };
    return run(title, name, vmId, { step }, { ep });
}

JobPtr RemoteBackend::applyVmSettings(const VmSettingsChange &change)
{
    const QString title = tr("Apply settings");
    const VmInfo *vm = findVm(change.vmId);
    HostConnection *ep = endpointOfVm(change.vmId);
    if (!vm || !ep || connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, vm ? vm->name : change.vmId, change.vmId, notConnectedError(title));
    // What the host's switches, version and the VM's generation do not offer is refused here with
    // the reason VM Settings shows, whichever view asks.
    if (const std::optional<HostInfo> h = host(vm->hostName)) {
        QList<NetworkAdapterSettings> wanted = change.addedAdapters;
        for (const AdapterModification &m : change.modifiedAdapters)
            wanted << m.after;
        for (const NetworkAdapterSettings &a : std::as_const(wanted)) {
            for (const Diagnostic &d : NetworkAdapterRules::validate(a, NetworkAdapterAdvisor::validationContext(*h, *vm, a))) {
                if (d.isError()
                    && (d.id == QLatin1String("adapter.iov.unavailable") || d.id == QLatin1String("adapter.protected.unavailable")
                        || d.id == QLatin1String("adapter.devicenaming.unavailable"))) {
                    Error e;
                    e.code = d.id;
                    e.field = d.field;
                    e.message = tr("%1: %2").arg(a.name, d.message);
                    e.fix = d.fix;
                    return failed(title, vm->name, change.vmId, e);
                }
            }
        }
    }
    QList<Step> steps = settingsSteps(ep, *vm, change);
    return run(title, vm->name, change.vmId, steps, { ep }, /*reportParts*/ true);
}

QList<Step> RemoteBackend::settingsSteps(HostConnection *ep, const VmInfo &vm, const VmSettingsChange &change) const
{
    QList<Step> steps;
    const wsman::Epr vmms = ep->managementService();
    const QString vmId = vm.id;
    const wsman::Epr systemSettings
        = wsman::Epr::make(wsman::wmiResourceUri(NsVirtualization, QString(cls::SystemSettingData)),
            { { u"InstanceID"_s, systemInstanceId(vmId.toUpper()) } });
    auto call = [vmms](const QString &method, QList<CimProperty> params) {
        return [vmms, method, params] { return Request::invoke(vmms, method, params); };
    };
    auto featureEpr = [](const CimInstance &i) { return i.toEpr({ u"InstanceID"_s }); };
    auto existing = [ep](QLatin1String className, const QString &adapterId) -> std::optional<CimInstance> {
        return ep->instance(QString(className), [&](const CimInstance &i) {
            return AdapterInstances::adapterIdOf(i).compare(adapterId, Qt::CaseInsensitive) == 0;
        });
    };
    auto nameOf = [](const NetworkAdapterSettings &s) { return s.name; };

    // 1. Adapters removed.
    if (!change.removedAdapterIds.isEmpty()) {
        QList<wsman::Epr> ports;
        QStringList names;
        for (const QString &id : change.removedAdapterIds) {
            ports << wsman::Epr::make(wsman::wmiResourceUri(NsVirtualization, QString(cls::SyntheticPortSettingData)),
                { { u"InstanceID"_s, id } });
            for (const NetworkAdapter &a : vm.adapters) {
                if (a.settings.id == id)
                    names << a.settings.name;
            }
        }
        steps << Step { tr("remove %1").arg(names.join(u", "_s)), ep,
            call(u"RemoveResourceSettings"_s, { { u"ResourceSettings"_s, CimValue::references(ports) } }), {}, {} };
    }

    // Feature changes of one adapter: Modify what exists, Add what does not, Remove what is off.
    auto featureSteps = [&](const NetworkAdapterSettings &before, const NetworkAdapterSettings &after, bool isNew,
                            const std::function<QString()> &allocationId) {
        struct Feature
        {
            QLatin1String className;
            std::optional<CimInstance> wanted;
            bool differs;
        };
        const Feature features[] = {
            { cls::VlanSettingData, AdapterInstances::vlan(after),
                before.vlanEnabled != after.vlanEnabled || (after.vlanEnabled && before.vlanId != after.vlanId) },
            { cls::BandwidthSettingData, AdapterInstances::bandwidth(after),
                before.minimumBandwidthAbsolute != after.minimumBandwidthAbsolute
                    || before.minimumBandwidthWeight != after.minimumBandwidthWeight
                    || before.maximumBandwidth != after.maximumBandwidth },
            { cls::OffloadSettingData, AdapterInstances::offload(after),
                before.vmqWeight != after.vmqWeight
                    || before.ipsecOffloadMaximumSecurityAssociation != after.ipsecOffloadMaximumSecurityAssociation
                    || before.iovWeight != after.iovWeight
                    || before.iovQueuePairsRequested != after.iovQueuePairsRequested
                    || before.iovInterruptModeration != after.iovInterruptModeration },
            { cls::SecuritySettingData, AdapterInstances::security(after),
                before.macAddressSpoofing != after.macAddressSpoofing || before.dhcpGuard != after.dhcpGuard
                    || before.routerGuard != after.routerGuard || before.portMirroring != after.portMirroring
                    || before.allowTeaming != after.allowTeaming },
        };
        std::vector<CimInstance> modify, add;
        QList<wsman::Epr> remove;
        for (const Feature &f : features) {
            if (!f.differs)
                continue;
            const std::optional<CimInstance> present = isNew ? std::nullopt : existing(f.className, before.id);
            if (!f.wanted) {
                if (present)
                    remove << featureEpr(*present);
            } else if (present) {
                modify.push_back(overlay(present, *f.wanted));
            } else {
                add.push_back(*f.wanted);
            }
        }
        const QString name = after.name;
        if (!modify.empty())
            steps << Step { tr("hardware acceleration, VLAN, bandwidth or advanced features of %1").arg(name), ep,
                call(u"ModifyFeatureSettings"_s, { { u"FeatureSettings"_s, CimValue::instances(modify) } }), {}, {} };
        if (!add.empty()) {
            steps << Step { tr("new features of %1").arg(name), ep,
                [vmms, add, allocationId] {
                    const wsman::Epr allocation = wsman::Epr::make(
                        wsman::wmiResourceUri(NsVirtualization, QString(cls::PortAllocationSettingData)),
                        { { u"InstanceID"_s, allocationId() } });
                    std::vector<CimInstance> features = add;
                    for (CimInstance &f : features) {
                        // The host names the new feature settings itself.
                        f.remove(u"InstanceID"_s);
                    }
                    return Request::invoke(vmms, u"AddFeatureSettings"_s,
                        { { u"AffectedConfiguration"_s, CimValue::reference(allocation) },
                            { u"FeatureSettings"_s, CimValue::instances(features) } });
                },
                {}, {} };
        }
        if (!remove.isEmpty())
            steps << Step { tr("removed features of %1").arg(name), ep,
                call(u"RemoveFeatureSettings"_s, { { u"FeatureSettings"_s, CimValue::references(remove) } }), {}, {} };
    };

    // 2. Adapters changed.
    for (const AdapterModification &m : change.modifiedAdapters) {
        const NetworkAdapterSettings &b = m.before;
        const NetworkAdapterSettings &a = m.after;
        const bool portChanged = b.name != a.name || b.staticMacAddress != a.staticMacAddress
            || (a.staticMacAddress
                && NetworkAdapterRules::normalizeMac(b.macAddress) != NetworkAdapterRules::normalizeMac(a.macAddress))
            || b.deviceNaming != a.deviceNaming || b.protectedNetwork != a.protectedNetwork;
        if (portChanged) {
            NetworkAdapterSettings port = a;
            port.macAddress = NetworkAdapterRules::normalizeMac(a.macAddress);
            const CimInstance sd
                = overlay(existing(cls::SyntheticPortSettingData, a.id), AdapterInstances::port(port, port.macAddress));
            steps << Step { tr("name, MAC address or protection of %1").arg(nameOf(a)), ep,
                call(u"ModifyResourceSettings"_s, { { u"ResourceSettings"_s, CimValue::instances({ sd }) } }), {}, {} };
        }
        if (b.switchName != a.switchName) {
            const CimInstance portSd = AdapterInstances::port(a, a.macAddress);
            const QString portPath = portSd.toEpr({ u"InstanceID"_s }).toWmiPath(ep->host().name);
            CimInstance allocation = AdapterInstances::allocation(a, portPath, ep->switchPath(a.switchName));
            allocation = overlay(existing(cls::PortAllocationSettingData, a.id), allocation);
            steps << Step { a.switchName.isEmpty() ? tr("disconnect %1").arg(nameOf(a))
                                                   : tr("connect %1 to '%2'").arg(nameOf(a), a.switchName),
                ep,
                call(u"ModifyResourceSettings"_s, { { u"ResourceSettings"_s, CimValue::instances({ allocation }) } }),
                {}, {} };
        }
        const QString allocationId = allocationInstanceId(a.id);
        featureSteps(b, a, false, [allocationId] { return allocationId; });
    }

    // 3. Adapters added: the port, then its connection, then its features.
    for (const NetworkAdapterSettings &added : change.addedAdapters) {
        auto newId = std::make_shared<QString>();
        NetworkAdapterSettings port = added;
        port.id.clear();
        CimInstance portSd = AdapterInstances::port(port, port.macAddress);
        portSd.remove(u"InstanceID"_s);
        steps << Step { tr("add %1").arg(added.name), ep,
            call(u"AddResourceSettings"_s,
                { { u"AffectedConfiguration"_s, CimValue::reference(systemSettings) },
                    { u"ResourceSettings"_s, CimValue::instances({ portSd }) } }),
            [newId](const Response &r) {
                const QList<wsman::Epr> made = r.instance.eprs(u"ResultingResourceSettings"_s);
                if (!made.isEmpty())
                    *newId = made.first().selector(u"InstanceID"_s);
                return Error();
            },
            {} };
        if (!added.switchName.isEmpty()) {
            const QString switchPath = ep->switchPath(added.switchName);
            const QString hostName = ep->host().name;
            steps << Step { tr("connect %1 to '%2'").arg(added.name, added.switchName), ep,
                [vmms, systemSettings, newId, added, switchPath, hostName] {
                    NetworkAdapterSettings s = added;
                    s.id = *newId;
                    const QString portPath = wsman::Epr::make(
                        wsman::wmiResourceUri(NsVirtualization, QString(cls::SyntheticPortSettingData)),
                        { { u"InstanceID"_s,
                            *newId } }).toWmiPath(hostName);
                    CimInstance allocation = AdapterInstances::allocation(s, portPath, switchPath);
                    allocation.remove(u"InstanceID"_s);
                    return Request::invoke(vmms, u"AddResourceSettings"_s,
                        { { u"AffectedConfiguration"_s, CimValue::reference(systemSettings) },
                            { u"ResourceSettings"_s, CimValue::instances({ allocation }) } });
                },
                {}, {} };
        }
        const NetworkAdapterSettings defaults;
        NetworkAdapterSettings before = defaults;
        before.id = added.id;
        featureSteps(before, added, true, [newId] { return allocationInstanceId(*newId); });
    }

    // 4. Integration services.
    if (!change.changedServices.isEmpty()) {
        std::vector<CimInstance> sds;
        QStringList names;
        for (const IntegrationService &s : change.changedServices) {
            const IntegrationComponent &c = IntegrationComponents[int(s.kind)];
            CimInstance sd(
                QString(c.settingDataClass), wsman::wmiResourceUri(NsVirtualization, QString(c.settingDataClass)));
            sd.set(u"InstanceID"_s, cim::str(systemInstanceId(vmId.toUpper()) + QLatin1Char('\\') + c.instanceGuid));
            sd.set(u"EnabledState"_s, cim::u16(s.enabled ? 2 : 3));
            sds.push_back(sd);
            names << IntegrationServiceNames::displayName(s.kind);
        }
        steps << Step { tr("integration services (%1)").arg(names.join(u", "_s)), ep,
            call(u"ModifyResourceSettings"_s, { { u"ResourceSettings"_s, CimValue::instances(sds) } }), {}, {} };
    }
    return steps;
}

QList<CimProperty> RemoteBackend::migrationParameters(
    HostConnection *ep, HostConnection *dest, const VmInfo &vm, const MigrationRequest &request) const
{
    const MigrationRequest resolved = MigrationPaths::resolved(vm, request);
    CimInstance msd(QString(cls::MigrationSettingData),
        wsman::wmiResourceUri(NsVirtualization, QString(cls::MigrationSettingData)));
    msd.set(u"MigrationType"_s, cim::u16(int(request.type)));
    CimInstance system(
        QString(cls::SystemSettingData), wsman::wmiResourceUri(NsVirtualization, QString(cls::SystemSettingData)));
    system.set(u"InstanceID"_s, cim::str(systemInstanceId(vm.id.toUpper())));
    system.set(u"ConfigurationDataRoot"_s,
        cim::str(resolved.virtualMachinePath.isEmpty() ? vm.configurationPath : resolved.virtualMachinePath));
    system.set(u"SnapshotDataRoot"_s,
        cim::str(resolved.snapshotFilePath.isEmpty() ? vm.checkpointPath : resolved.snapshotFilePath));
    system.set(u"SwapFileDataRoot"_s,
        cim::str(resolved.smartPagingFilePath.isEmpty() ? vm.smartPagingPath : resolved.smartPagingFilePath));
    std::vector<CimInstance> resources;
    QList<CimInstance> disks;
    for (const CimInstance &d : ep->snapshot().of(QString(cls::StorageAllocationSettingData))) {
        if (ofVm(d, vm.id) && cim::text(d, u"ResourceSubType"_s) == VirtualHardDiskSubType)
            disks << d;
    }
    for (const DiskDestination &dd : resolved.disks) {
        for (const CimInstance &d : std::as_const(disks)) {
            const QStringList media = d.stringList(u"HostResource"_s);
            if (!media.isEmpty() && media.first().compare(dd.sourcePath, Qt::CaseInsensitive) == 0) {
                CimInstance moved = d;
                moved.set(u"HostResource"_s, cim::strings({ dd.destinationPath }));
                resources.push_back(moved);
            }
        }
    }
    for (const auto &[adapterId, switchName] : resolved.switchMapping) {
        for (const NetworkAdapter &a : vm.adapters) {
            if (a.settings.id != adapterId)
                continue;
            const QString path = switchName.isEmpty() ? QString() : dest->switchPath(switchName);
            resources.push_back(AdapterInstances::allocation(a.settings, QString(), path));
        }
    }
    const QString destination = request.type == MigrationType::Storage ? QString() : dest->host().name;
    return { { u"ComputerSystem"_s, CimValue::reference(ep->vmEpr(vm.id)) },
        { u"DestinationHost"_s, cim::str(destination) }, { u"MigrationSettingData"_s, CimValue::instance(msd) },
        { u"NewSystemSettingData"_s, CimValue::instance(system) },
        { u"NewResourceSettingData"_s, CimValue::instances(resources) } };
}

JobPtr RemoteBackend::migrate(const MigrationRequest &request)
{
    const VmInfo *vm = findVm(request.vmId);
    const QString title = request.type == MigrationType::Storage ? tr("Move storage") : tr("Move");
    HostConnection *ep = endpointOfVm(request.vmId);
    if (!vm || !ep || connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, vm ? vm->name : request.vmId, request.vmId, notConnectedError(title));
    HostConnection *dest = request.type == MigrationType::Storage ? ep : endpointOfHost(request.destinationHost);
    if (!dest) {
        Error e;
        e.code = u"migration.destination.unknown"_s;
        e.field = u"destinationHost"_s;
        e.message = tr("No host named '%1' is on this connection.").arg(request.destinationHost);
        e.fix = tr("Choose one of this connection's hosts: moves between connections are not supported.");
        return failed(title, vm->name, request.vmId, e);
    }
    const wsman::Epr service = ep->migrationService();
    const QList<CimProperty> parameters = migrationParameters(ep, dest, *vm, request);
    const QString destination = request.type == MigrationType::Storage ? QString() : dest->host().name;
    Step step;
    step.description = request.type == MigrationType::Storage ? tr("move the storage of '%1'").arg(vm->name)
                                                              : tr("move '%1' to %2").arg(vm->name, destination);
    step.endpoint = ep;
    step.request
        = [service, parameters] { return Request::invoke(service, u"MigrateVirtualSystemToHost"_s, parameters); };
    QList<HostConnection *> reload { ep };
    if (dest != ep)
        reload << dest;
    return run(title, vm->name, request.vmId, { step }, reload);
}

Diagnostics RemoteBackend::migrationChecks(const MigrationCheckInput &in, const HostBackend *destination) const
{
    Diagnostics out = HostBackend::migrationChecks(in, destination);
    const VmInfo *vm = findVm(in.vm.id);
    HostConnection *ep = endpointOfVm(in.vm.id);
    if (!in.sameConnection || !vm || !ep || ep->state() != HostConnection::State::Ready
        || ep->migrationService().isNull())
        return out;
    HostConnection *dest = in.request.type == MigrationType::Storage ? ep : endpointOfHost(in.request.destinationHost);
    if (!dest || (dest == ep && in.request.type != MigrationType::Storage))
        return out; // hvdesk's own rules already say the destination is unknown or the same host
    // One question per distinct move; asked again after the hosts are read again (a change).
    const MigrationRequest r = MigrationPaths::resolved(*vm, in.request);
    QStringList parts { vm->id, QString::number(int(r.type)), dest->host().name, r.virtualMachinePath,
        r.snapshotFilePath, r.smartPagingFilePath };
    for (const DiskDestination &d : r.disks)
        parts << d.sourcePath + u">"_s + d.destinationPath;
    for (const auto &[adapter, switchName] : r.switchMapping)
        parts << adapter + u"="_s + switchName;
    const QString key = parts.join(QChar(0x1f));
    const QString source = ep->host().name;
    auto verdict = m_verdicts.constFind(key);
    if (verdict == m_verdicts.cend()) {
        m_verdicts.insert(key, HostVerdict());
        QPointer<const RemoteBackend> self(this);
        ep->invoke(ep->migrationService(), u"CheckVirtualSystemIsMigratableToHost"_s,
            migrationParameters(ep, dest, *vm, in.request), [self, key](const Response &response, const Error &error) {
                if (!self || !self->m_verdicts.contains(key))
                    return;
                HostVerdict v;
                v.pending = false;
                if (!error.isNull()) {
                    v.error = error;
                } else if (response.isFault()) {
                    v.error = response.fault.toError();
                } else if (!response.isValid()) {
                    v.error = response.error;
                } else {
                    const int code = int(response.returnValue().value_or(ret::Failed));
                    if (code != ret::Completed)
                        v.error = JobWatcher::returnCodeError(code, u"CheckVirtualSystemIsMigratableToHost"_s);
                    v.migratable = response.instance.boolean(u"IsMigratable"_s).value_or(false);
                    v.reasons = response.instance.stringList(u"Reasons"_s);
                }
                auto *me = const_cast<RemoteBackend *>(self.data());
                me->m_verdicts.insert(key, v);
                emit me->migrationChecksChanged();
            });
        verdict = m_verdicts.constFind(key);
    }
    auto finding = [&](Diagnostic::Severity severity, const QString &id, const QString &message, const QString &fix) {
        out << Diagnostic { severity, id, source, message, fix };
    };
    using Severity = Diagnostic::Severity;
    if (verdict->pending) {
        finding(Severity::Info, u"migration.host.pending"_s,
            tr("Asking %1 whether it can make this move (CheckVirtualSystemIsMigratableToHost)...").arg(source),
            QString());
    } else if (!verdict->error.isNull()) {
        // The question failed, not the move: the host checks again when the move starts.
        finding(Severity::Warning, u"migration.host.unchecked"_s,
            tr("%1 could not check the move itself: CheckVirtualSystemIsMigratableToHost failed: %2")
                .arg(source, verdict->error.text()),
            tr("The move can still start; %1 checks it again then.").arg(source));
    } else if (!verdict->migratable) {
        const QStringList reasons = verdict->reasons.isEmpty()
            ? QStringList { tr("it gives no reason (IsMigratable is false).") }
            : verdict->reasons;
        for (const QString &reason : reasons)
            finding(Severity::Error, u"migration.host.refused"_s,
                tr("%1's own check refuses the move: %2").arg(source, reason),
                tr("The host's verdict: fix what it names on %1 or %2, or choose differently.")
                    .arg(source, dest->host().name));
    } else {
        finding(Severity::Info, u"migration.host.accepted"_s,
            tr("%1's own check accepts the move (CheckVirtualSystemIsMigratableToHost).").arg(source), QString());
    }
    return out;
}

JobPtr RemoteBackend::applyHostMigrationSettings(const QString &hostName, const HostMigrationSettings &settings)
{
    const QString title = tr("Hyper-V Settings");
    HostConnection *ep = endpointOfHost(hostName);
    if (!ep || connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, hostName, QString(), notConnectedError(title));
    const HostMigrationSettings &current = ep->host().migration;
    const wsman::Epr service = ep->migrationService();
    QList<Step> steps;
    const bool serviceChanged = current.liveMigrationEnabled != settings.liveMigrationEnabled
        || current.simultaneousLiveMigrations != settings.simultaneousLiveMigrations
        || current.simultaneousStorageMigrations != settings.simultaneousStorageMigrations
        || current.authentication != settings.authentication || current.performance != settings.performance;
    if (serviceChanged) {
        const auto &sds = ep->snapshot().of(QString(cls::MigrationServiceSettingData));
        CimInstance sd = sds.empty() ? CimInstance(QString(cls::MigrationServiceSettingData),
                             wsman::wmiResourceUri(NsVirtualization, QString(cls::MigrationServiceSettingData)))
                                     : sds.front();
        sd.set(u"EnableVirtualSystemMigration"_s, cim::boolean(settings.liveMigrationEnabled));
        sd.set(u"MaximumActiveVirtualSystemMigration"_s, cim::u32(settings.simultaneousLiveMigrations));
        sd.set(u"MaximumActiveStorageMigration"_s, cim::u32(settings.simultaneousStorageMigrations));
        sd.set(u"AuthenticationType"_s, cim::u32(Values::authenticationType(settings.authentication)));
        sd.set(QString(unverified::EnableCompression),
            cim::boolean(settings.performance == MigrationPerformance::Compression));
        sd.set(
            QString(unverified::EnableSmbTransport), cim::boolean(settings.performance == MigrationPerformance::Smb));
        steps << Step { tr("live and storage migration settings of %1").arg(hostName), ep,
            [service, sd] {
                return Request::invoke(
                    service, u"ModifyServiceSettings"_s, { { u"ServiceSettingData"_s, CimValue::instance(sd) } });
            },
            {}, {} };
    }
    if (current.migrationNetworks != settings.migrationNetworks) {
        QList<wsman::Epr> old;
        for (const CimInstance &n : ep->snapshot().of(QString(cls::MigrationNetworkSettingData)))
            old << n.toEpr({ u"InstanceID"_s });
        if (!old.isEmpty())
            steps << Step { tr("remove the migration networks of %1").arg(hostName), ep,
                [service, old] {
                    return Request::invoke(
                        service, u"RemoveNetworkSettings"_s, { { u"NetworkSettings"_s, CimValue::references(old) } });
                },
                {}, {} };
        std::vector<CimInstance> added;
        for (int i = 0; i < settings.migrationNetworks.size(); ++i) {
            const QString &subnet = settings.migrationNetworks[i];
            CimInstance n(QString(cls::MigrationNetworkSettingData),
                wsman::wmiResourceUri(NsVirtualization, QString(cls::MigrationNetworkSettingData)));
            n.set(u"SubnetNumber"_s, cim::str(subnet.section(QLatin1Char('/'), 0, 0)));
            n.set(u"PrefixLength"_s,
                cim::u16(subnet.contains(QLatin1Char('/')) ? subnet.section(QLatin1Char('/'), 1).toInt() : 32));
            n.set(u"Metric"_s, cim::u32((i + 1) * 100));
            added.push_back(n);
        }
        if (!added.empty())
            steps << Step { tr("migration networks of %1").arg(hostName), ep,
                [service, added] {
                    return Request::invoke(
                        service, u"AddNetworkSettings"_s, { { u"NetworkSettings"_s, CimValue::instances(added) } });
                },
                {}, {} };
    }
    return run(title, hostName, QString(), steps, { ep }, true);
}

JobPtr RemoteBackend::insertIntegrationServicesSetupDisk(const QString &vmId)
{
    const QString title = tr("Insert Integration Services Setup Disk");
    const VmInfo *vm = findVm(vmId);
    HostConnection *ep = endpointOfVm(vmId);
    if (!vm || !ep || connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, vm ? vm->name : vmId, vmId, notConnectedError(title));
    const auto dvd = ep->instance(QString(cls::StorageAllocationSettingData),
        [&](const CimInstance &i) { return ofVm(i, vmId) && cim::text(i, u"ResourceSubType"_s) == VirtualDvdSubType; });
    if (!dvd) {
        Error e;
        e.code = u"is.no-dvd"_s;
        e.message = tr("'%1' has no DVD drive to insert the setup disk into.").arg(vm->name);
        e.fix = tr("Add a DVD drive to the virtual machine in Hyper-V Manager, then try again.");
        return failed(title, vm->name, vmId, e);
    }
    CimInstance media = *dvd;
    media.set(u"HostResource"_s, cim::strings({ QString(SetupDiskPath) }));
    const wsman::Epr vmms = ep->managementService();
    Step step { tr("insert the setup disk into '%1'").arg(vm->name), ep,
        [vmms, media] {
            return Request::invoke(
                vmms, u"ModifyResourceSettings"_s, { { u"ResourceSettings"_s, CimValue::instances({ media }) } });
        },
        {}, {} };
    return run(title, vm->name, vmId, { step }, { ep });
}

JobPtr RemoteBackend::upgradeConfigurationVersion(const QString &vmId)
{
    const QString title = tr("Upgrade Configuration Version");
    const VmInfo *vm = findVm(vmId);
    HostConnection *ep = endpointOfVm(vmId);
    if (!can(Capability::ConfigurationVersionUpgrade))
        return unsupported(title, vmId, Capability::ConfigurationVersionUpgrade);
    if (!vm || !ep || connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, vm ? vm->name : vmId, vmId, notConnectedError(title));
    const wsman::Epr vmms = ep->managementService();
    const wsman::Epr target = ep->vmEpr(vmId);
    Step step { tr("upgrade the configuration version of '%1'").arg(vm->name), ep,
        [vmms, target] {
            return Request::invoke(vmms, QString(unverified::UpgradeSystemVersion),
                { { u"ComputerSystem"_s, CimValue::reference(target) } });
        },
        {}, {} };
    return run(title, vm->name, vmId, { step }, { ep });
}

JobPtr RemoteBackend::setNicReceiveScaling(
    const QString &hostName, const QString &nicName, const NicReceiveScaling &scaling)
{
    const QString title = tr("Set receive scaling");
    const QString target = tr("%1 on %2").arg(nicName, hostName);
    HostConnection *ep = endpointOfHost(hostName);
    if (!ep || connectionState() != ConnectionState::Connected || ep->state() != HostConnection::State::Ready)
        return failed(title, target, QString(), notConnectedError(title));
    auto settingData = [&](QLatin1String className) {
        return ep->instance(
            QString(className), [&](const CimInstance &i) { return cim::text(i, u"Name"_s) == nicName; });
    };
    const auto rss = settingData(cls::NetAdapterRss);
    const auto vmq = settingData(cls::NetAdapterVmq);
    if (!rss || !vmq)
        return failed(title, target, QString(), NicReceiveScalingNames::unknownNic(hostName, nicName));
    auto call = [ep](const CimInstance &sd, const QString &method, QList<CimProperty> params) {
        const wsman::Epr epr = sd.toEpr({ u"InstanceID"_s });
        return [epr, method, params] { return Request::invoke(epr, method, params); };
    };
    QList<Step> steps;
    switch (scaling.mode) {
    case NicReceiveScaling::Mode::Rss:
        steps << Step { tr("enable RSS on %1").arg(nicName), ep, call(*rss, u"Enable"_s, {}), {}, {} };
        break;
    case NicReceiveScaling::Mode::Vmq:
        steps << Step { tr("enable VMQ on %1").arg(nicName), ep,
            call(*vmq, u"Enable"_s, { { QString(unverified::DynamicVmq), cim::boolean(scaling.dynamicVmq) } }), {},
            {} };
        break;
    case NicReceiveScaling::Mode::None:
        steps << Step { tr("disable RSS on %1").arg(nicName), ep, call(*rss, u"Disable"_s, {}), {}, {} };
        steps << Step { tr("disable VMQ on %1").arg(nicName), ep, call(*vmq, u"Disable"_s, {}), {}, {} };
        break;
    }
    return run(title, target, QString(), steps, { ep });
}

void RemoteBackend::subscribeNetworkSamples(const QString &hostName)
{
    if (m_networkSubscribers[hostName]++ == 0 && !m_networkTimer.isActive()) {
        m_networkTimer.start();
        QTimer::singleShot(0, this, &RemoteBackend::pollNetwork);
    }
}

void RemoteBackend::unsubscribeNetworkSamples(const QString &hostName)
{
    const auto it = m_networkSubscribers.find(hostName);
    if (it == m_networkSubscribers.end() || --it.value() > 0)
        return;
    m_networkSubscribers.erase(it);
    if (m_networkSubscribers.isEmpty())
        m_networkTimer.stop();
}

void RemoteBackend::pollNetwork()
{
    const QStringList hostsWatched = m_networkSubscribers.keys();
    for (const QString &hostName : hostsWatched) {
        HostConnection *ep = endpointOfHost(hostName);
        if (!ep || ep->state() != HostConnection::State::Ready || m_networkPolling.value(hostName))
            continue;
        m_networkPolling.insert(hostName, true);
        struct Poll
        {
            QHash<QString, std::vector<CimInstance>> classes;
            int left = 0;
        };
        auto poll = std::make_shared<Poll>();
        const QList<QPair<QLatin1String, QLatin1String>> queries
            = { { NsCimv2, cls::PerfProcessor }, { NsCimv2, cls::PerfNicActivity }, { NsCimv2, cls::PerfVmAdapter },
                  { NsStandardCimv2, cls::NetAdapterVmqQueue } };
        poll->left = int(queries.size());
        QPointer<RemoteBackend> self(this);
        QPointer<HostConnection> endpoint(ep);
        for (const auto &[ns, className] : queries) {
            ep->enumerate(wsman::wmiResourceUri(ns, QString(className)), QString(),
                [self, endpoint, poll, hostName, className](
                    const std::vector<CimInstance> &items, const Error &, bool) {
                    poll->classes.insert(QString(className).toLower(), items);
                    if (--poll->left > 0 || !self)
                        return;
                    self->m_networkPolling.remove(hostName);
                    if (!endpoint || !self->m_networkSubscribers.contains(hostName))
                        return;
                    const NetworkSample sample
                        = InventoryMapper::networkSample(hostName, endpoint->host(), poll->classes);
                    if (!sample.cores.isEmpty())
                        emit self->networkSampled(sample);
                });
        }
    }
}

} // namespace hvdesk::remote
