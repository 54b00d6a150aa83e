#include "SimulatedBackend.h"

#include "MigrationEngine.h"

#include "TopologyGenerator.h"
#include "TopologyLoader.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSim, "hvdesk.backend.sim", QtInfoMsg)

namespace hvdesk::sim {

static constexpr int DefaultTickIntervalMs = 500;
static constexpr int SamplingTickIntervalMs = 100; // one network sample per simulation tick
static constexpr int GenerateMaxHosts = 1024;
static constexpr int GenerateMaxVms = 100000;

SimulatedBackend::SimulatedBackend(QString uri, Topology topology, QObject *parent)
    : HostBackend(parent)
    , m_uri(std::move(uri))
    , m_topology(std::move(topology))
{
    m_timer.setInterval(DefaultTickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedBackend::onTimer);
}

SimulatedBackend::~SimulatedBackend() = default;

QString SimulatedBackend::schemeDescription()
{
    return tr("Simulator: sim:demo, sim:/path/to/topology.json, sim:generate?hosts=10&vms=1000");
}

std::unique_ptr<HostBackend> SimulatedBackend::create(const QString &uri, Error *error)
{
    std::optional<Topology> topology = topologyFor(uri, error);
    if (!topology)
        return nullptr;
    return std::make_unique<SimulatedBackend>(uri, std::move(*topology));
}

std::optional<Topology> SimulatedBackend::topologyFor(const QString &uri, Error *error)
{
    const QString rest = uri.mid(uri.indexOf(QLatin1Char(':')) + 1);
    if (rest == QLatin1String("demo"))
        return TopologyLoader::demo();

    if (rest.startsWith(QLatin1String("generate"))) {
        const QUrlQuery query(rest.mid(rest.indexOf(QLatin1Char('?')) + 1));
        auto number = [&](const QString &key, int fallback, int max, bool *ok) {
            if (!query.hasQueryItem(key))
                return fallback;
            const int n = query.queryItemValue(key).toInt(ok);
            *ok = *ok && n >= 1 && n <= max;
            return n;
        };
        bool okHosts = true, okVms = true, okSeed = true;
        const int hosts = number(QStringLiteral("hosts"), 10, GenerateMaxHosts, &okHosts);
        const int vms = number(QStringLiteral("vms"), 1000, GenerateMaxVms, &okVms);
        const int seed = number(QStringLiteral("seed"), 1, std::numeric_limits<int>::max(), &okSeed);
        if (!okHosts || !okVms || !okSeed) {
            if (error) {
                error->code = QStringLiteral("uri.query");
                error->field = !okHosts ? QStringLiteral("hosts") : !okVms ? QStringLiteral("vms") : QStringLiteral("seed");
                error->message = tr("Server: '%1' has an invalid %2.").arg(uri, error->field);
                error->fix = tr("Use whole numbers: hosts 1-%1, vms 1-%2, seed 1 or more.").arg(GenerateMaxHosts).arg(GenerateMaxVms);
            }
            return std::nullopt;
        }
        return TopologyGenerator::generate(hosts, vms, quint64(seed));
    }

    QString path = rest;
    if (path.startsWith(QLatin1String("//")))
        path = path.mid(2);
    if (path.isEmpty()) {
        if (error) {
            error->code = QStringLiteral("uri.path");
            error->field = QStringLiteral("uri");
            error->message = tr("Server: 'sim:' needs a topology.");
            error->fix = tr("Use sim:demo, or sim: followed by the path of a topology file.");
        }
        return std::nullopt;
    }
    return TopologyLoader::fromFile(path, error);
}

QString SimulatedBackend::displayName() const
{
    return tr("Simulator (%1)").arg(m_topology.name);
}

Capabilities SimulatedBackend::capabilities() const
{
    return Capability::VmStateChange | Capability::NetworkAdapterSettings | Capability::Vlan
        | Capability::BandwidthAbsolute | Capability::BandwidthWeight | Capability::Vmq | Capability::IpsecOffload
        | Capability::SrIov | Capability::AdvancedAdapterFeatures | Capability::IntegrationServices
        | Capability::AddRemoveAdapters | Capability::LiveMigration | Capability::StorageMigration
        | Capability::SharedNothingMigration | Capability::HostMigrationSettings
        | Capability::IntegrationServicesUpgrade | Capability::ConfigurationVersionUpgrade
        | Capability::NetworkSamples | Capability::NicReceiveScaling;
}

void SimulatedBackend::open()
{
    if (m_sim)
        return;
    setConnectionState(ConnectionState::Connecting);
    emit inventoryAboutToReset();
    m_sim = std::make_unique<Simulation>(m_topology);
    emit inventoryReset();
    setConnectionState(ConnectionState::Connected);
    emit hostsChanged();
    for (auto it = m_networkSubscribers.cbegin(); it != m_networkSubscribers.cend(); ++it)
        m_sim->setNetworkSampling(m_sim->indexOfHost(it.key()), true);
    qCDebug(lcSim) << "opened" << m_uri << m_sim->hosts().size() << "hosts" << m_sim->vmCount() << "VMs";
    setClockMode(m_clockMode);
}

void SimulatedBackend::close()
{
    m_timer.stop();
    for (const JobPtr &job : std::as_const(m_running))
        job->markCancelled();
    m_running.clear();
    setConnectionState(ConnectionState::Disconnected);
}

void SimulatedBackend::refresh()
{
    if (!m_sim)
        return;
    QList<int> all;
    all.reserve(m_sim->vmCount());
    for (int i = 0; i < m_sim->vmCount(); ++i)
        all << i;
    emit hostsChanged();
    if (!all.isEmpty())
        emit vmsChanged(all);
}

QList<HostInfo> SimulatedBackend::hosts() const
{
    if (!m_sim)
        return {};
    QList<HostInfo> out = m_sim->hosts();
    for (HostInfo &h : out) {
        if (connectionState() != ConnectionState::Connected)
            h.connection = connectionState(); // otherwise each host's own (setHostReachable)
    }
    return out;
}

int SimulatedBackend::vmCount() const
{
    return m_sim ? m_sim->vmCount() : 0;
}

const VmInfo &SimulatedBackend::vmAt(int index) const
{
    return m_sim->vm(index);
}

int SimulatedBackend::indexOfVm(const QString &vmId) const
{
    return m_sim ? m_sim->indexOfVm(vmId) : -1;
}

Error SimulatedBackend::notConnectedError() const
{
    Error e;
    e.code = QStringLiteral("connection.lost");
    e.message = connectionState() == ConnectionState::Stale
        ? tr("The connection to the hosts of %1 was lost; what is shown is the last known state.").arg(m_uri)
        : tr("Not connected to %1.").arg(m_uri);
    e.fix = tr("Reconnect, then try again.");
    return e;
}

JobPtr SimulatedBackend::track(JobPtr job, quint64 token, bool startNow)
{
    if (!job->isFinished()) {
        m_running.insert(token, job);
        job->setCancelHandler([this, token] {
            if (m_sim && m_sim->cancel(token)) {
                if (const JobPtr j = m_running.take(token)) {
                    j->setProgress(j->percent(), tr("Cancelled")); // no longer "Copying storage"
                    j->markCancelled();
                }
                emit hostsChanged();
                refresh();
            }
        });
        if (startNow)
            job->start();
    }
    emit jobStarted(job);
    return job;
}

JobPtr SimulatedBackend::changeVmState(const QString &vmId, VmAction action)
{
    const QString title = VmStates::displayName(action);
    const int index = indexOfVm(vmId);
    const QString name = index >= 0 ? m_sim->vm(index).name : vmId;
    if (connectionState() != ConnectionState::Connected)
        return track(Job::failed(title, name, notConnectedError()), 0);
    const quint64 token = m_nextToken++;
    const Error error = m_sim->beginStateChange(index, action, token);
    if (!error.isNull())
        return track(Job::failed(title, name, error), token);
    auto job = JobPtr::create(title, name);
    job->setTargetId(vmId);
    track(job, token);
    emit vmsChanged({index});
    emit hostsChanged();
    return job;
}

JobPtr SimulatedBackend::applyVmSettings(const VmSettingsChange &change)
{
    const QString title = tr("Apply settings");
    const int index = indexOfVm(change.vmId);
    const QString name = index >= 0 ? m_sim->vm(index).name : change.vmId;
    if (connectionState() != ConnectionState::Connected)
        return track(Job::failed(title, name, notConnectedError()), 0);
    const quint64 token = m_nextToken++;
    const Error error = m_sim->beginApplySettings(index, change, token);
    if (!error.isNull())
        return track(Job::failed(title, name, error), token);
    auto job = JobPtr::create(title, name);
    job->setTargetId(change.vmId);
    track(job, token);
    emit vmsChanged({index});
    return job;
}

JobPtr SimulatedBackend::migrate(const MigrationRequest &request)
{
    const int index = indexOfVm(request.vmId);
    const QString name = index >= 0 ? m_sim->vm(index).name : request.vmId;
    const QString title = request.type == MigrationType::Storage ? tr("Move storage") : tr("Move");
    if (connectionState() != ConnectionState::Connected)
        return track(Job::failed(title, name, notConnectedError()), 0);
    const quint64 token = m_nextToken++;
    const Error error = m_sim->migrations().enqueue(index, request, token);
    if (!error.isNull())
        return track(Job::failed(title, name, error), token);
    auto job = JobPtr::create(title, name);
    job->setTargetId(request.vmId);
    const bool running = m_sim->migrations().isRunning(token);
    job->setProgress(0, m_sim->migrations().progressText(token));
    track(job, token, running);
    emit vmsChanged({index});
    return job;
}

JobPtr SimulatedBackend::applyHostMigrationSettings(const QString &hostName, const HostMigrationSettings &settings)
{
    const QString title = tr("Hyper-V Settings");
    if (connectionState() != ConnectionState::Connected)
        return track(Job::failed(title, hostName, notConnectedError()), 0);
    const quint64 token = m_nextToken++;
    const Error error = m_sim->migrations().beginHostSettings(m_sim->indexOfHost(hostName), settings, token);
    if (!error.isNull())
        return track(Job::failed(title, hostName, error), token);
    return track(JobPtr::create(title, hostName), token);
}

void SimulatedBackend::setHostReachable(const QString &hostName, bool reachable)
{
    if (!m_sim)
        return;
    m_sim->setHostReachable(hostName, reachable);
    emit hostsChanged();
}

void SimulatedBackend::setMigrationNetworkFailed(const QString &subnet, bool failed)
{
    if (m_sim)
        m_sim->migrations().setNetworkFailed(subnet, failed);
}

JobPtr SimulatedBackend::startVmJob(const QString &title, const QString &vmId,
                                    const std::function<Error(int, quint64)> &begin)
{
    const int index = indexOfVm(vmId);
    const QString name = index >= 0 ? m_sim->vm(index).name : vmId;
    if (connectionState() != ConnectionState::Connected) {
        JobPtr failed = Job::failed(title, name, notConnectedError());
        failed->setTargetId(vmId);
        return track(failed, 0);
    }
    const quint64 token = m_nextToken++;
    const Error error = begin(index, token);
    if (!error.isNull()) {
        JobPtr failed = Job::failed(title, name, error);
        failed->setTargetId(vmId);
        return track(failed, token);
    }
    auto job = JobPtr::create(title, name);
    job->setTargetId(vmId);
    track(job, token);
    emit vmsChanged({index});
    return job;
}

JobPtr SimulatedBackend::insertIntegrationServicesSetupDisk(const QString &vmId)
{
    return startVmJob(tr("Insert Integration Services Setup Disk"), vmId,
                      [this](int index, quint64 token) { return m_sim->beginSetupDisk(index, token); });
}

JobPtr SimulatedBackend::upgradeConfigurationVersion(const QString &vmId)
{
    return startVmJob(tr("Upgrade Configuration Version"), vmId,
                      [this](int index, quint64 token) { return m_sim->beginConfigurationUpgrade(index, token); });
}

void SimulatedBackend::setClockMode(ClockMode mode)
{
    m_clockMode = mode;
    if (mode == ClockMode::RealTime && m_sim && connectionState() == ConnectionState::Connected) {
        m_wallClock.start();
        m_lastWallMs = 0;
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void SimulatedBackend::setTickInterval(int ms)
{
    m_timer.setInterval(qMax(20, ms));
}

void SimulatedBackend::onTimer()
{
    const qint64 now = m_wallClock.elapsed();
    const qint64 elapsed = now - m_lastWallMs;
    m_lastWallMs = now;
    advance(qint64(double(elapsed) * m_speed));
}

void SimulatedBackend::advance(qint64 ms)
{
    if (!m_sim || connectionState() != ConnectionState::Connected)
        return;
    QList<int> changed;
    QList<Simulation::OperationEvent> events;
    m_sim->advance(ms, &changed, &events);

    bool finishedAny = false;
    for (const Simulation::OperationEvent &ev : std::as_const(events)) {
        const JobPtr job = m_running.value(ev.token);
        if (!job)
            continue;
        if (!ev.finished) {
            if (!ev.queued && job->state() == Job::State::New)
                job->start(); // a queued move got its slot
            job->setProgress(ev.percent, ev.phase);
            continue;
        }
        m_running.remove(ev.token);
        finishedAny = true;
        if (ev.error.isNull())
            job->complete();
        else
            job->fail(ev.error);
    }
    if (!changed.isEmpty())
        emit vmsChanged(changed);
    if (finishedAny)
        emit hostsChanged();
    const QList<NetworkSample> samples = m_sim->takeNetworkSamples();
    for (const NetworkSample &sample : samples)
        emit networkSampled(sample);
}

void SimulatedBackend::subscribeNetworkSamples(const QString &hostName)
{
    if (m_networkSubscribers.isEmpty()) {
        m_idleTickIntervalMs = m_timer.interval();
        m_timer.setInterval(qMin(m_idleTickIntervalMs, SamplingTickIntervalMs));
    }
    if (m_networkSubscribers[hostName]++ == 0 && m_sim)
        m_sim->setNetworkSampling(m_sim->indexOfHost(hostName), true);
}

void SimulatedBackend::unsubscribeNetworkSamples(const QString &hostName)
{
    const auto it = m_networkSubscribers.find(hostName);
    if (it == m_networkSubscribers.end())
        return;
    if (--it.value() > 0)
        return;
    m_networkSubscribers.erase(it);
    if (m_sim)
        m_sim->setNetworkSampling(m_sim->indexOfHost(hostName), false);
    if (m_networkSubscribers.isEmpty())
        m_timer.setInterval(m_idleTickIntervalMs);
}

JobPtr SimulatedBackend::setNicReceiveScaling(const QString &hostName, const QString &nicName,
                                              const NicReceiveScaling &scaling)
{
    const QString title = tr("Set receive scaling");
    const QString target = tr("%1 on %2").arg(nicName, hostName);
    if (connectionState() != ConnectionState::Connected)
        return track(Job::failed(title, target, notConnectedError()), 0);
    const Error error = m_sim->setNicReceiveScaling(m_sim->indexOfHost(hostName), nicName, scaling);
    if (!error.isNull())
        return track(Job::failed(title, target, error), 0);
    // The NIC's driver applies RSS/VMQ changes at once; the job completes immediately.
    auto job = JobPtr::create(title, target);
    emit jobStarted(job);
    job->start();
    job->complete();
    emit hostsChanged();
    refresh();
    return job;
}

void SimulatedBackend::setReachable(bool reachable)
{
    if (!m_sim)
        return;
    if (!reachable) {
        m_timer.stop();
        Error e;
        e.code = QStringLiteral("connection.lost");
        e.message = tr("The connection to %1 was lost.").arg(m_uri);
        e.fix = tr("hvdesk shows the last known state until the hosts answer again.");
        setConnectionState(ConnectionState::Stale, e);
        emit hostsChanged();
        return;
    }
    setConnectionState(ConnectionState::Connected);
    emit hostsChanged();
    refresh();
    setClockMode(m_clockMode);
}

} // namespace hvdesk::sim
