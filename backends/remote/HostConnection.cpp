#include "HostConnection.h"

#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <wsman/Fault.h>
#include <wsman/Namespaces.h>

#include <QLoggingCategory>

#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcRemote, "hvdesk.backend.remote", QtInfoMsg)

namespace hvdesk::remote {

using namespace Qt::StringLiterals;
using namespace hyperv;
using wsman::CimInstance;
using wsman::Request;
using wsman::Response;

namespace {

struct ClassQuery
{
    QLatin1String ns;
    QLatin1String className;
    const char *wql = nullptr;
};

// Everything the main window, the settings pages, the Move wizard and the reports show, one
// enumeration per class whatever the number of VMs.
const ClassQuery LoadQueries[] = {
    { NsVirtualization, cls::ComputerSystem },
    { NsVirtualization, cls::ManagementService },
    { NsVirtualization, cls::MigrationService },
    { NsVirtualization, cls::ManagementCapabilities },
    { NsVirtualization, cls::SystemSettingData,
        "SELECT * FROM Msvm_VirtualSystemSettingData WHERE VirtualSystemType = 'Microsoft:Hyper-V:System:Realized'" },
    { NsVirtualization, cls::ProcessorSettingData },
    { NsVirtualization, cls::MemorySettingData },
    { NsVirtualization, cls::StorageAllocationSettingData },
    { NsVirtualization, cls::SyntheticPortSettingData },
    { NsVirtualization, cls::PortAllocationSettingData },
    { NsVirtualization, cls::VlanSettingData },
    { NsVirtualization, cls::BandwidthSettingData },
    { NsVirtualization, cls::OffloadSettingData },
    { NsVirtualization, cls::SecuritySettingData },
    { NsVirtualization, cls::OffloadData },
    { NsVirtualization, cls::GuestNetworkConfiguration },
    { NsVirtualization, cls::VirtualSwitch },
    { NsVirtualization, cls::SwitchSettingData },
    { NsVirtualization, cls::SwitchHardwareOffloadData },
    { NsVirtualization, cls::ExternalPort },
    { NsVirtualization, cls::MigrationServiceSettingData },
    { NsVirtualization, cls::MigrationNetworkSettingData },
    { NsVirtualization, cls::ShutdownComponent },
    { NsVirtualization, cls::TimeSyncComponent },
    { NsVirtualization, cls::KvpExchangeComponent },
    { NsVirtualization, cls::HeartbeatComponent },
    { NsVirtualization, cls::VssComponent },
    { NsVirtualization, cls::GuestServiceComponent },
    { NsCimv2, cls::Win32ComputerSystem },
    { NsCimv2, cls::Win32OperatingSystem },
    { NsCimv2, cls::Win32Processor },
    { NsCimv2, cls::Win32Volume },
    { NsStandardCimv2, cls::NetAdapterRss },
    { NsStandardCimv2, cls::NetAdapterVmq },
    { NsStandardCimv2, cls::NetAdapterSriov },
    { NsStandardCimv2, cls::NetAdapterIpsec },
    { NsCluster, cls::Cluster },
    { NsCluster, cls::ClusterNode },
};

// Without these the host is no Hyper-V host hvdesk can manage.
bool required(QLatin1String className)
{
    return className == cls::ComputerSystem || className == cls::ManagementService;
}

// A class or namespace the host does not have (an older Windows, no cluster service): WinRM
// answers with a fault naming the unknown resource, or WMI's invalid class/namespace.
bool isMissing(const wsman::Fault &fault)
{
    const QString code = fault.wmiErrorCode.toLower();
    const bool wmiMissing = code == QString::number(WbemInvalidNamespace) || code == QString::number(WbemInvalidClass)
        || code == "0x8004100e"_L1 || code == "0x80041010"_L1;
    return wmiMissing || fault.kind() == wsman::Fault::Kind::DestinationUnreachable;
}

QList<int> changedBetween(const QList<VmInfo> &before, const QList<VmInfo> &after)
{
    QList<int> changed;
    for (int i = 0; i < after.size(); ++i) {
        if (i >= before.size() || !(before[i] == after[i]))
            changed << i;
    }
    return changed;
}

} // namespace

HostConnection::HostConnection(
    EndpointAddress address, QString userHint, RemoteAccess access, const ChannelFactory &factory, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_userHint(std::move(userHint))
    , m_access(access)
    , m_channel(factory(m_address, access))
{
    m_host.name = m_address.host;
    m_host.connection = ConnectionState::Disconnected;
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &HostConnection::reload);
    m_loadTimer.setSingleShot(true);
    connect(&m_loadTimer, &QTimer::timeout, this, &HostConnection::onLoadDeadline);
}

// Marks the requests sent while it lives as the load's.
struct HostConnection::LoadScope
{
    HostConnection *connection;
    bool before;
    explicit LoadScope(HostConnection *c)
        : connection(c)
        , before(c->m_sendingForLoad)
    {
        c->m_sendingForLoad = true;
    }
    ~LoadScope() { connection->m_sendingForLoad = before; }
    LoadScope(const LoadScope &) = delete;
    LoadScope &operator=(const LoadScope &) = delete;
};

HostConnection::~HostConnection() = default;

int HostConnection::roundTrips() const
{
    return m_channel ? m_channel->roundTrips() : 0;
}

void HostConnection::setState(State state, const Error &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    switch (state) {
    case State::Ready:
        m_host.connection = ConnectionState::Connected;
        break;
    case State::Stale:
        m_host.connection = ConnectionState::Stale;
        break;
    case State::Failed:
        m_host.connection = ConnectionState::Failed;
        break;
    case State::Idle:
        m_host.connection = ConnectionState::Disconnected;
        break;
    default:
        m_host.connection = ConnectionState::Connecting;
        break;
    }
    emit stateChanged(state);
}

void HostConnection::open()
{
    if (m_state != State::Idle && m_state != State::Failed)
        return;
    ++m_generation;
    m_askedAgain = false;
    setState(State::Authenticating);
    const QString endpoint = m_address.key();
    if (!m_access.credentials) {
        authenticate(tr("No keychain is available to hold credentials for %1.").arg(endpoint));
        return;
    }
    QPointer<HostConnection> self(this);
    const int generation = m_generation;
    m_access.credentials->read(
        endpoint, [self, generation, endpoint](const std::optional<Credentials> &stored, const Error &error) {
            if (!self || self->m_generation != generation)
                return;
            if (stored && !stored->isEmpty()) {
                self->useCredentials(*stored);
                return;
            }
            if (self->m_shared) {
                self->useCredentials(*self->m_shared);
                return;
            }
            self->authenticate(error.isNull() ? tr("No credentials are stored for %1.").arg(endpoint)
                                              : tr("The keychain could not be read: %1").arg(error.text()));
        });
}

void HostConnection::authenticate(const QString &reason)
{
    if (!m_access.prompts) {
        Error e;
        e.code = u"auth.credentials"_s;
        e.message = tr("No credentials for %1: %2").arg(m_address.key(), reason);
        e.fix = tr("Store credentials for %1 in the keychain, or connect from the Connect to Server dialog, which asks "
                   "for them.")
                    .arg(m_address.key());
        failed(e);
        return;
    }
    QPointer<HostConnection> self(this);
    const int generation = m_generation;
    m_access.prompts->askCredentials(
        m_address.key(), reason, [self, generation](const std::optional<Credentials> &answer, bool remember) {
            if (!self || self->m_generation != generation)
                return;
            if (!answer || answer->isEmpty()) {
                Error e;
                e.code = u"auth.cancelled"_s;
                e.message = tr("Connecting to %1 was cancelled: no credentials were given.").arg(self->m_address.key());
                e.fix = tr("Connect again and enter a user name and password.");
                self->failed(e);
                return;
            }
            if (remember && self->m_access.credentials)
                self->m_access.credentials->write(self->m_address.key(), *answer, [](const Error &) {});
            self->useCredentials(*answer);
        });
}

void HostConnection::useCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_channel->setCredentials(credentials);
    startLoad();
}

void HostConnection::close()
{
    ++m_generation;
    m_loadTimer.stop();
    m_loadDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    loadEnded();
    const QList<std::function<void()>> waiting = std::exchange(m_afterNextLoad, {});
    for (const auto &done : waiting)
        done();
    m_reconnect.stop();
    m_loading = m_polling = false;
    setState(State::Idle);
}

void HostConnection::retry()
{
    switch (m_state) {
    case State::Idle:
    case State::Failed:
        open();
        break;
    case State::Stale:
        m_reconnect.stop();
        m_reconnectDelayMs = ReconnectFirstMs;
        reload();
        break;
    default:
        break;
    }
}

void HostConnection::onLoadDeadline()
{
    if (!m_loading)
        return;
    ++m_generation; // whatever is still on its way is dropped
    for (quint64 id : std::exchange(m_loadRequests, {}))
        m_channel->cancel(id);
    m_polling = false;
    Error e;
    e.code = u"connection.deadline"_s;
    e.message = tr("%1 did not finish connecting within %2 s.").arg(m_address.key()).arg(m_loadDeadlineMs / 1000.0);
    e.fix = tr("Check that the host is running and not overloaded, and that the network to it is not congested; "
               "then retry.");
    finishLoad(std::make_shared<EndpointSnapshot>(), e);
}

void HostConnection::reload()
{
    if (m_state == State::Idle || m_state == State::Authenticating || !m_credentials)
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    startLoad();
}

void HostConnection::reloadThen(std::function<void()> done)
{
    if (m_state == State::Idle || m_state == State::Authenticating || !m_credentials) {
        done();
        return;
    }
    m_afterNextLoad << std::move(done);
    reload();
}

// A load ended (with the inventory or a failure): whoever waited for it is told.
void HostConnection::loadEnded()
{
    const QList<std::function<void()>> waiting = std::exchange(m_afterThisLoad, {});
    for (const auto &done : waiting)
        done();
}

bool HostConnection::isAuthError(const Error &error) const
{
    return error.code == "auth.denied"_L1;
}

void HostConnection::failed(const Error &error)
{
    m_loading = false;
    m_loadTimer.stop();
    m_loadDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    if (m_loaded) {
        // Keep the last inventory; try again later.
        setState(State::Stale, error);
        scheduleReconnect();
    } else {
        setState(State::Failed, error);
    }
    emit loaded();
    loadEnded();
}

void HostConnection::scheduleReconnect()
{
    m_reconnect.start(m_reconnectDelayMs);
    m_reconnectDelayMs = qMin(ReconnectMaxMs, m_reconnectDelayMs * 2);
}

void HostConnection::send(const Request &request, InvokeCallback done)
{
    QPointer<HostConnection> self(this);
    const bool forLoad = m_sendingForLoad;
    auto id = std::make_shared<quint64>(0);
    *id = m_channel->sendCancellable(request, [self, done, forLoad, id](const Response &response, const Error &error) {
        if (!self)
            return;
        if (forLoad)
            self->m_loadRequests.remove(*id);
        done(response, error);
    });
    if (forLoad && *id)
        m_loadRequests.insert(*id);
}

void HostConnection::invoke(
    const wsman::Epr &target, const QString &method, const QList<wsman::CimProperty> &parameters, InvokeCallback done)
{
    send(Request::invoke(target, method, parameters), std::move(done));
}

struct HostConnection::Enumeration
{
    QString resourceUri;
    std::vector<CimInstance> items;
    EnumerateCallback done;
    bool forLoad = false;
};

void HostConnection::enumerate(const QString &resourceUri, const QString &wql, EnumerateCallback done)
{
    auto e = std::make_shared<Enumeration>();
    e->resourceUri = resourceUri;
    e->done = std::move(done);
    e->forLoad = m_sendingForLoad;
    Request request = Request::enumerate(resourceUri, wql, MaxElements);
    request.optimizeEnumeration = true;
    request.maxElements = MaxElements;
    if (!wql.isEmpty())
        request.filterDialect = QString(wsman::WqlDialect);
    send(request, [this, e](const Response &response, const Error &error) { continueEnumeration(e, response, error); });
}

void HostConnection::continueEnumeration(
    const std::shared_ptr<Enumeration> &e, const Response &response, const Error &error)
{
    if (!error.isNull())
        return e->done(e->items, error, false);
    if (response.isFault())
        return e->done(e->items, response.fault.toError(), isMissing(response.fault));
    if (!response.isValid())
        return e->done(e->items, response.error, false);
    for (const CimInstance &i : response.items)
        e->items.push_back(i);
    if (response.endOfSequence || response.enumerationContext.isEmpty())
        return e->done(e->items, Error(), false);
    std::optional<LoadScope> scope;
    if (e->forLoad)
        scope.emplace(this);
    send(Request::pull(e->resourceUri, response.enumerationContext, MaxElements),
        [this, e](const Response &r, const Error &err) { continueEnumeration(e, r, err); });
}

void HostConnection::startLoad()
{
    if (m_state != State::Ready && !m_loadTimer.isActive()) {
        // Connecting (or reconnecting a lost host): one deadline for the whole load, the Identify
        // before it included. A reload of a host that answers is bounded by its requests' own.
        m_loadTimer.start(m_loadDeadlineMs);
        m_loadDeadline = QDeadlineTimer(m_loadDeadlineMs);
    }
    LoadScope scope(this);
    m_loading = true;
    m_reloadPending = false;
    m_afterThisLoad << std::exchange(m_afterNextLoad, {});
    if (!m_loaded) {
        setState(State::Loading);
        if (!m_identified) {
            // One request first: a certificate the user has to decide on is asked about once,
            // before the load's requests go out side by side.
            const int generation = ++m_generation;
            QPointer<HostConnection> self(this);
            send(Request::identify(), [self, generation](const Response &r, const Error &e) {
                if (!self || self->m_generation != generation)
                    return;
                if (!e.isNull() && !self->isAuthError(e)) {
                    self->finishLoad(std::make_shared<EndpointSnapshot>(), e);
                    return;
                }
                Q_UNUSED(r)
                self->m_identified = true;
                self->startLoad();
            });
            return;
        }
    }
    const int generation = ++m_generation;
    auto snapshot = std::make_shared<EndpointSnapshot>();
    auto firstError = std::make_shared<Error>();
    auto pending = std::make_shared<int>(0);
    QPointer<HostConnection> self(this);

    // Phase 2: the calls that need phase 1's answers (the service's reference, the disks' paths).
    auto phase2 = [self, generation, snapshot, firstError]() {
        if (!self)
            return;
        LoadScope scope(self.data());
        auto left = std::make_shared<int>(2);
        auto done = [self, generation, snapshot, firstError, left]() {
            if (--*left == 0 && self && self->m_generation == generation)
                self->finishLoad(snapshot, *firstError);
        };
        const auto &services = snapshot->of(QString(cls::ManagementService));
        const wsman::Epr vmms = services.empty() ? wsman::Epr() : self->eprOf(services.front());
        QStringList codes;
        for (int c :
            { summary::Name, summary::ElementName, summary::EnabledState, summary::ProcessorLoad, summary::MemoryUsage,
                summary::MemoryDemand, summary::Heartbeat, summary::Uptime, summary::GuestOperatingSystem })
            codes << QString::number(c);
        self->invoke(vmms, u"GetSummaryInformation"_s,
            { { u"RequestedInformation"_s, wsman::CimValue::array(codes, u"uint32"_s) } },
            [snapshot, firstError, done](const Response &r, const Error &e) {
                if (e.isNull() && !r.isFault())
                    snapshot->summary = r.instance.instances(u"SummaryInformation"_s);
                else if (firstError->isNull())
                    *firstError = e.isNull() ? r.fault.toError() : e;
                done();
            });
        // The virtual hard disks' sizes: one query naming every disk (Name is CIM_DataFile's key).
        QStringList clauses;
        for (const CimInstance &d : snapshot->of(QString(cls::StorageAllocationSettingData))) {
            if (cim::text(d, u"ResourceSubType"_s) != VirtualHardDiskSubType)
                continue;
            for (QString path : d.stringList(u"HostResource"_s))
                clauses << u"Name = '%1'"_s.arg(path.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s));
        }
        if (clauses.isEmpty()) {
            done();
            return;
        }
        const QString wql = u"SELECT Name, FileSize FROM CIM_DataFile WHERE "_s + clauses.join(u" OR "_s);
        self->enumerate(wsman::wmiResourceUri(NsCimv2, u"CIM_DataFile"_s), wql,
            [snapshot, done](const std::vector<CimInstance> &items, const Error &, bool) {
                for (const CimInstance &f : items)
                    snapshot->fileSizes.insert(cim::text(f, u"Name"_s).toLower(), cim::uinteger(f, u"FileSize"_s));
                done(); // sizes are optional: without them a disk shows 0 bytes
            });
    };

    auto oneDone = [self, generation, pending, firstError, snapshot, phase2]() {
        if (--*pending > 0 || !self || self->m_generation != generation)
            return;
        if (!firstError->isNull()) {
            self->finishLoad(snapshot, *firstError);
            return;
        }
        phase2();
    };

    for (const ClassQuery &q : LoadQueries) {
        ++*pending;
        const QLatin1String className = q.className;
        const QString wql = q.wql ? QString::fromLatin1(q.wql) : QString();
        enumerate(wsman::wmiResourceUri(q.ns, QString(className)), wql,
            [snapshot, firstError, oneDone, className](
                const std::vector<CimInstance> &items, const Error &e, bool missing) {
                const QString key = QString(className).toLower();
                if (missing) {
                    snapshot->missingClasses.insert(key);
                    if (required(className) && firstError->isNull())
                        *firstError = e;
                } else if (!e.isNull()) {
                    if (firstError->isNull()
                        || (!firstError->code.startsWith("auth"_L1) && e.code.startsWith("auth"_L1)))
                        *firstError = e;
                } else {
                    snapshot->classes.insert(key, items);
                }
                oneDone();
            });
    }
    // The host's integration services version, from the registry (no answers needed first).
    ++*pending;
    const wsman::Epr registry = wsman::Epr::make(wsman::wmiResourceUri(NsDefault, QString(cls::StdRegProv)), {});
    invoke(registry, u"GetStringValue"_s,
        { { u"hDefKey"_s, cim::u32(HkeyLocalMachine) }, { u"sSubKeyName"_s, cim::str(GuestInstallerKey) },
            { u"sValueName"_s, cim::str(GuestInstallerValue) } },
        [snapshot, oneDone](const Response &r, const Error &) {
            if (!r.isFault() && r.returnValue().value_or(-1) == 0)
                snapshot->integrationServicesVersion = r.instance.string(u"sValue"_s).value_or(QString());
            oneDone();
        });
}

void HostConnection::finishLoad(const std::shared_ptr<EndpointSnapshot> &snapshot, const Error &error)
{
    m_loading = false;
    m_loadTimer.stop();
    m_loadDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_loadRequests.clear();
    if (!error.isNull()) {
        if (isAuthError(error) && m_access.prompts && !m_askedAgain) {
            m_askedAgain = true;
            setState(State::Authenticating);
            authenticate(tr("%1 refused the credentials of '%2'.")
                             .arg(m_address.key(), m_credentials ? m_credentials->user : QString()));
            return;
        }
        failed(error);
        return;
    }
    const auto &clusters = snapshot->of(QString(cls::Cluster));
    snapshot->clusterName = clusters.empty() ? QString() : cim::text(clusters.front(), u"Name"_s);
    for (const CimInstance &n : snapshot->of(QString(cls::ClusterNode)))
        snapshot->clusterNodes << cim::text(n, u"Name"_s);
    m_snapshot = std::move(*snapshot);
    m_host = InventoryMapper::host(m_snapshot, m_address.host);
    m_vms = InventoryMapper::vms(m_snapshot, m_host);
    m_loaded = true;
    m_askedAgain = false;
    m_reconnectDelayMs = ReconnectFirstMs;
    m_reconnect.stop();
    setState(State::Ready);
    m_host.connection = ConnectionState::Connected;
    qCDebug(lcRemote) << "loaded" << m_address.key() << m_vms.size() << "VMs," << roundTrips() << "round trips so far";
    emit loaded();
    loadEnded();
    if (m_reloadPending || !m_afterNextLoad.isEmpty())
        reload();
}

void HostConnection::poll()
{
    if (m_state != State::Ready || m_loading || m_polling)
        return;
    m_polling = true;
    const int generation = m_generation;
    auto systems = std::make_shared<std::vector<CimInstance>>();
    auto summary = std::make_shared<std::vector<CimInstance>>();
    auto error = std::make_shared<Error>();
    auto left = std::make_shared<int>(2);
    QPointer<HostConnection> self(this);
    auto done = [self, generation, systems, summary, error, left]() {
        if (--*left > 0 || !self || self->m_generation != generation)
            return;
        self->m_polling = false;
        if (!error->isNull()) {
            self->setState(State::Stale, *error);
            self->scheduleReconnect();
            emit self->loaded();
            return;
        }
        QList<VmInfo> next = self->m_vms;
        if (!InventoryMapper::applyPoll(*systems, *summary, &next)) {
            self->reload(); // VMs came or went
            return;
        }
        const QList<int> changed = changedBetween(self->m_vms, next);
        self->m_vms = std::move(next);
        if (!changed.isEmpty())
            emit self->vmsPolled(changed);
    };
    enumerate(wsman::wmiResourceUri(NsVirtualization, QString(cls::ComputerSystem)), QString(),
        [systems, error, done](const std::vector<CimInstance> &items, const Error &e, bool) {
            *systems = items;
            if (!e.isNull())
                *error = e;
            done();
        });
    QStringList codes;
    for (int c : { summary::Name, summary::ProcessorLoad, summary::MemoryUsage, summary::MemoryDemand, summary::Uptime,
             summary::GuestOperatingSystem })
        codes << QString::number(c);
    invoke(managementService(), u"GetSummaryInformation"_s,
        { { u"RequestedInformation"_s, wsman::CimValue::array(codes, u"uint32"_s) } },
        [summary, error, done](const Response &r, const Error &e) {
            if (!e.isNull())
                *error = e;
            else if (!r.isFault())
                *summary = r.instance.instances(u"SummaryInformation"_s);
            done();
        });
}

std::optional<CimInstance> HostConnection::instance(
    const QString &className, const std::function<bool(const CimInstance &)> &match) const
{
    for (const CimInstance &i : m_snapshot.of(className)) {
        if (match(i))
            return i;
    }
    return std::nullopt;
}

wsman::Epr HostConnection::eprOf(const CimInstance &instance) const
{
    const QString c = instance.className();
    wsman::Epr epr = instance.toEpr(Values::keyProperties(c));
    if (epr.resourceUri.isEmpty())
        epr.resourceUri = wsman::wmiResourceUri(NsVirtualization, c);
    return epr;
}

wsman::Epr HostConnection::managementService() const
{
    const auto &s = m_snapshot.of(QString(cls::ManagementService));
    return s.empty() ? wsman::Epr() : eprOf(s.front());
}

wsman::Epr HostConnection::migrationService() const
{
    const auto &s = m_snapshot.of(QString(cls::MigrationService));
    return s.empty() ? wsman::Epr() : eprOf(s.front());
}

wsman::Epr HostConnection::vmEpr(const QString &vmId) const
{
    return wsman::Epr::make(wsman::wmiResourceUri(NsVirtualization, QString(cls::ComputerSystem)),
        { { u"CreationClassName"_s, QString(cls::ComputerSystem) }, { u"Name"_s, vmId.toUpper() } });
}

wsman::Epr HostConnection::jobEpr(const QString &jobId) const
{
    return wsman::Epr::make(
        wsman::wmiResourceUri(NsVirtualization, QString(cls::ConcreteJob)), { { u"InstanceID"_s, jobId } });
}

QString HostConnection::switchGuid(const QString &switchName) const
{
    for (const CimInstance &sw : m_snapshot.of(QString(cls::VirtualSwitch))) {
        if (cim::text(sw, u"ElementName"_s) == switchName)
            return cim::text(sw, u"Name"_s);
    }
    return QString();
}

QString HostConnection::switchPath(const QString &switchName) const
{
    const QString guid = switchGuid(switchName);
    if (guid.isEmpty())
        return QString();
    return wsman::Epr::make(wsman::wmiResourceUri(NsVirtualization, QString(cls::VirtualSwitch)),
        { { u"CreationClassName"_s, QString(cls::VirtualSwitch) }, { u"Name"_s, guid } })
        .toWmiPath(m_host.name);
}

} // namespace hvdesk::remote
