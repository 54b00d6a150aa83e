#include "SimulationHost.h"

#include <hyperv/HyperVSchema.h>
#include <hyperv/HyperVValues.h>

#include <QDateTime>
#include <QUuid>

namespace hvdesk::simd {

using namespace Qt::StringLiterals;

namespace {

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SimulationHost::SimulationHost(sim::Topology topology, QObject *parent)
    : QObject(parent)
    , m_topologyName(topology.name)
    , m_sim(std::make_unique<sim::Simulation>(std::move(topology)))
{
    m_timer.setInterval(TickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulationHost::onTimer);
    setClockMode(ClockMode::RealTime);
}

SimulationHost::~SimulationHost() = default;

void SimulationHost::setClockMode(ClockMode mode)
{
    m_mode = mode;
    if (mode == ClockMode::RealTime) {
        m_wall.start();
        m_lastWallMs = 0;
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void SimulationHost::onTimer()
{
    const qint64 now = m_wall.elapsed();
    const qint64 elapsed = now - m_lastWallMs;
    m_lastWallMs = now;
    advance(qint64(double(elapsed) * m_speed));
}

void SimulationHost::advance(qint64 ms)
{
    QList<sim::Simulation::OperationEvent> events;
    m_sim->advance(ms, nullptr, &events);
    for (const sim::Simulation::OperationEvent &ev : std::as_const(events)) {
        const QString id = m_jobByToken.value(ev.token);
        const auto it = m_jobs.find(id);
        if (id.isEmpty() || it == m_jobs.end())
            continue;
        WmiJob &job = *it;
        if (!ev.finished) {
            job.jobState = ev.queued ? hyperv::job::New : hyperv::job::Running;
            job.percent = ev.percent;
            if (!ev.phase.isEmpty())
                job.phase = ev.phase;
            continue;
        }
        m_jobByToken.remove(ev.token);
        job.finishedMs = wallMs();
        job.cancellable = false;
        if (ev.error.isNull()) {
            job.jobState = hyperv::job::Completed;
            job.percent = 100;
        } else {
            job.jobState = hyperv::job::Exception;
            job.error = ev.error;
            job.errorCode = errorCodeOf(ev.error);
        }
    }
    // Network samples: keep the newest per host; stop sampling hosts nobody reads any more.
    const QList<NetworkSample> samples = m_sim->takeNetworkSamples();
    for (const NetworkSample &sample : samples) {
        const int h = m_sim->indexOfHost(sample.hostName);
        if (h >= 0)
            m_samples.insert(h, sample);
    }
    const qint64 now = wallMs();
    for (auto it = m_samplingUntil.begin(); it != m_samplingUntil.end();) {
        if (it.value() < now) {
            m_sim->setNetworkSampling(it.key(), false);
            m_samples.remove(it.key());
            it = m_samplingUntil.erase(it);
        } else {
            ++it;
        }
    }
    expire();
    emit advanced();
}

void SimulationHost::expire()
{
    const qint64 now = wallMs();
    int finished = 0;
    for (const QString &id : std::as_const(m_jobOrder)) {
        if (m_jobs.value(id).isFinished())
            ++finished;
    }
    for (qsizetype i = 0; i < m_jobOrder.size();) {
        const WmiJob &job = m_jobs[m_jobOrder[i]];
        const bool old
            = job.isFinished() && (now - job.finishedMs > FinishedJobLifetimeMs || finished > MaxFinishedJobs);
        if (old) {
            --finished;
            m_jobs.remove(m_jobOrder[i]);
            m_jobOrder.removeAt(i);
        } else {
            ++i;
        }
    }
}

QString SimulationHost::addJob(
    const QString &hostName, const QString &title, const QString &vmId, quint64 token, bool cancellable)
{
    WmiJob job;
    job.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    job.hostName = hostName;
    job.title = title;
    job.description = title;
    job.vmId = vmId;
    job.token = token;
    job.jobState = hyperv::job::Running;
    job.cancellable = cancellable;
    job.submittedMs = m_sim->nowMs();
    m_jobs.insert(job.instanceId, job);
    m_jobOrder << job.instanceId;
    if (token)
        m_jobByToken.insert(token, job.instanceId);
    return job.instanceId;
}

QString SimulationHost::addFailedJob(
    const QString &hostName, const QString &title, const QString &vmId, const Error &error)
{
    const QString id = addJob(hostName, title, vmId, 0, false);
    WmiJob &job = m_jobs[id];
    job.jobState = hyperv::job::Exception;
    job.error = error;
    job.errorCode = errorCodeOf(error);
    job.finishedMs = wallMs();
    return id;
}

QString SimulationHost::addCompletedJob(const QString &hostName, const QString &title, const QString &vmId)
{
    const QString id = addJob(hostName, title, vmId, 0, false);
    WmiJob &job = m_jobs[id];
    job.jobState = hyperv::job::Completed;
    job.percent = 100;
    job.finishedMs = wallMs();
    return id;
}

const WmiJob *SimulationHost::job(const QString &instanceId) const
{
    const auto it = m_jobs.constFind(instanceId.toUpper());
    return it == m_jobs.cend() ? nullptr : &*it;
}

QList<const WmiJob *> SimulationHost::jobsOf(const QString &hostName) const
{
    QList<const WmiJob *> out;
    for (const QString &id : m_jobOrder) {
        const auto it = m_jobs.constFind(id);
        if (it != m_jobs.cend() && it->hostName == hostName)
            out << &*it;
    }
    return out;
}

Error SimulationHost::cancelJob(const QString &instanceId)
{
    const auto it = m_jobs.find(instanceId.toUpper());
    Error e;
    if (it == m_jobs.end()) {
        e.code = QString::number(hyperv::ret::InvalidParameter);
        e.message = tr("No job has the id %1.").arg(instanceId);
        return e;
    }
    WmiJob &job = *it;
    if (job.isFinished() || !job.cancellable || !job.token || !m_sim->cancel(job.token)) {
        e.code = QString::number(hyperv::ret::InvalidState);
        e.message = tr("The job '%1' cannot be cancelled now.").arg(job.title);
        return e;
    }
    m_jobByToken.remove(job.token);
    job.jobState = hyperv::job::Terminated;
    job.cancellable = false;
    job.finishedMs = wallMs();
    return {};
}

void SimulationHost::touchNetworkSampling(int hostIndex)
{
    if (hostIndex < 0)
        return;
    if (!m_samplingUntil.contains(hostIndex)) {
        m_sim->setNetworkSampling(hostIndex, true);
        // The first read must not wait a tick for its numbers.
        m_samples.insert(hostIndex, m_sim->network().compute(hostIndex, m_sim->hosts()[hostIndex], m_sim->nowMs()));
    }
    m_samplingUntil.insert(hostIndex, wallMs() + SamplingLeaseMs);
}

const NetworkSample *SimulationHost::latestSample(int hostIndex) const
{
    const auto it = m_samples.constFind(hostIndex);
    return it == m_samples.cend() ? nullptr : &*it;
}

int SimulationHost::errorCodeOf(const Error &error)
{
    const QString &code = error.code;
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (numeric && n >= hyperv::ret::Failed && n <= hyperv::ret::FileNotFound)
        return n;
    if (code == "0x8007000E"_L1)
        return hyperv::ret::OutOfMemory;
    if (code == "vm.transition"_L1 || code.endsWith(".vm-not-off"_L1) || code.endsWith(".vm-not-running"_L1))
        return hyperv::ret::InvalidState;
    if (code == "vm.busy"_L1 || code == "host.busy"_L1 || code.contains("busy"_L1))
        return hyperv::ret::SystemInUse;
    if (code == "vm.unknown"_L1 || code == "host.unknown"_L1 || code == "adapter.unknown"_L1)
        return hyperv::ret::InvalidParameter;
    if (code.startsWith("adapter."_L1) || code.startsWith("migration."_L1) || code.startsWith("host."_L1))
        return hyperv::ret::InvalidParameter;
    return hyperv::ret::Failed;
}

} // namespace hvdesk::simd
