#pragma once

#include <simulated/Simulation.h>
#include <simulated/Topology.h>

#include <models/Error.h>
#include <models/NetworkSample.h>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace hvdesk::simd {

// A job as Msvm_ConcreteJob shows it: every change made over WS-Management gets one, owned by
// the host (endpoint) it was asked of.
struct WmiJob
{
    QString instanceId; // upper-case GUID
    QString hostName; // the endpoint that created it
    QString title; // ElementName / Caption: "Start", "Apply settings", ...
    QString description;
    QString vmId;
    quint64 token = 0; // the simulation's operation, 0 when none
    int jobState = 2; // hyperv::job::*
    int percent = 0;
    QString phase; // JobStatus
    Error error;
    int errorCode = 0; // Hyper-V's code for a failure (32768 ...)
    bool cancellable = true;
    qint64 submittedMs = 0; // simulated time
    qint64 finishedMs = -1; // wall time of completion, for expiry
    bool isFinished() const { return jobState >= 7; }
};

// The simulation behind hvdesk-simd: one Simulation for every endpoint (so a move from one
// host's endpoint lands on another's), its clock, the jobs started over WS-Management and the
// hosts whose network processing someone is polling. Lives on the server's thread.
class SimulationHost : public QObject
{
    Q_OBJECT

public:
    enum class ClockMode { RealTime, Manual };
    static constexpr int TickIntervalMs = 100;
    // A finished job stays visible this long (Msvm_ConcreteJob.TimeBeforeRemoval), and at most
    // this many finished jobs are kept.
    static constexpr qint64 FinishedJobLifetimeMs = 5 * 60 * 1000;
    static constexpr int MaxFinishedJobs = 2000;
    // Network sampling of a host stops this long after its counters were last read.
    static constexpr qint64 SamplingLeaseMs = 5000;

    explicit SimulationHost(sim::Topology topology, QObject *parent = nullptr);
    ~SimulationHost() override;

    sim::Simulation &simulation() { return *m_sim; }
    const sim::Simulation &simulation() const { return *m_sim; }
    QString topologyName() const { return m_topologyName; }

    void setClockMode(ClockMode mode);
    ClockMode clockMode() const { return m_mode; }
    // Simulated time runs `factor` times faster than the wall clock (tests).
    void setSpeed(double factor) { m_speed = factor; }
    void advance(qint64 ms);

    quint64 nextToken() { return m_nextToken++; }
    // A job for a started simulation operation; returns its InstanceID.
    QString addJob(
        const QString &hostName, const QString &title, const QString &vmId, quint64 token, bool cancellable = true);
    // A job that failed before it started: Hyper-V's way of reporting most refusals.
    QString addFailedJob(const QString &hostName, const QString &title, const QString &vmId, const Error &error);
    // A job that is already complete (changes the simulation makes at once).
    QString addCompletedJob(const QString &hostName, const QString &title, const QString &vmId);
    const WmiJob *job(const QString &instanceId) const;
    QList<const WmiJob *> jobsOf(const QString &hostName) const;
    // Msvm_ConcreteJob.RequestStateChange(4): a null Error when the cancel was accepted.
    Error cancelJob(const QString &instanceId);

    // The network processing of a host: reading its counters keeps it sampled for a while.
    void touchNetworkSampling(int hostIndex);
    const NetworkSample *latestSample(int hostIndex) const;

    // Hyper-V's return code for an error of the simulation.
    static int errorCodeOf(const Error &error);

signals:
    void advanced();

private:
    void onTimer();
    void expire();

    QString m_topologyName;
    std::unique_ptr<sim::Simulation> m_sim;
    ClockMode m_mode = ClockMode::RealTime;
    double m_speed = 1.0;
    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWallMs = 0;
    quint64 m_nextToken = 1;
    QHash<QString, WmiJob> m_jobs; // by InstanceID
    QList<QString> m_jobOrder; // InstanceIDs, oldest first
    QHash<quint64, QString> m_jobByToken; // running jobs only
    QHash<int, qint64> m_samplingUntil; // host index -> wall ms
    QHash<int, NetworkSample> m_samples;
};

} // namespace hvdesk::simd
