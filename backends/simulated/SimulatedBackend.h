#pragma once

#include "Simulation.h"

#include <models/HostBackend.h>

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>

namespace hvdesk::sim {

// The simulator as a backend: "sim:demo", "sim:/path/topology.json",
// "sim:generate?hosts=10&vms=1000&seed=1". In real-time mode a timer advances the simulation;
// in manual mode (tests) only advance() does.
class SimulatedBackend : public HostBackend
{
    Q_OBJECT

public:
    enum class ClockMode { RealTime, Manual };

    SimulatedBackend(QString uri, Topology topology, QObject *parent = nullptr);
    ~SimulatedBackend() override;

    // The factory's creator for the "sim" scheme.
    static std::unique_ptr<HostBackend> create(const QString &uri, Error *error);
    static QString schemeDescription();
    // The topology a "sim:" URI names (sim:demo, sim:/path.json, sim:generate?...), or nullopt
    // and *error naming what is wrong. hvdesk-simd serves the same estates.
    static std::optional<Topology> topologyFor(const QString &uri, Error *error);

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
    JobPtr applyHostMigrationSettings(const QString &hostName, const HostMigrationSettings &settings) override;
    JobPtr insertIntegrationServicesSetupDisk(const QString &vmId) override;
    JobPtr upgradeConfigurationVersion(const QString &vmId) override;
    void subscribeNetworkSamples(const QString &hostName) override;
    void unsubscribeNetworkSamples(const QString &hostName) override;
    JobPtr setNicReceiveScaling(const QString &hostName, const QString &nicName,
                                const NicReceiveScaling &scaling) override;

    // Simulation control.
    void setClockMode(ClockMode mode);
    ClockMode clockMode() const { return m_clockMode; }
    void setSpeed(double factor) { m_speed = factor; }
    void setTickInterval(int ms);
    void advance(qint64 ms);
    Simulation &simulation() { return *m_sim; }
    const Simulation &simulation() const { return *m_sim; }
    // Simulates the network to the hosts failing (false) and coming back (true).
    void setReachable(bool reachable);
    // Simulates one host of the estate failing (false) and coming back (true); moves to or
    // from it fail, the rest of the estate carries on.
    void setHostReachable(const QString &hostName, bool reachable);
    // Simulates a live migration network failing: moves on it fall over to the next network.
    void setMigrationNetworkFailed(const QString &subnet, bool failed);

private:
    Error notConnectedError() const;
    // Starts one of the Simulation's operations as a job (the upgrades of VmUpgrades).
    JobPtr startVmJob(const QString &title, const QString &vmId, const std::function<Error(int, quint64)> &begin);
    JobPtr track(JobPtr job, quint64 token, bool startNow = true);
    void onTimer();

    QString m_uri;
    Topology m_topology;
    std::unique_ptr<Simulation> m_sim;
    ClockMode m_clockMode = ClockMode::RealTime;
    double m_speed = 1.0;
    QTimer m_timer;
    QElapsedTimer m_wallClock;
    qint64 m_lastWallMs = 0;
    quint64 m_nextToken = 1;
    QHash<quint64, JobPtr> m_running;
    // Network sampling: subscribers per host, and the tick interval to restore when none is left.
    QHash<QString, int> m_networkSubscribers;
    int m_idleTickIntervalMs = 0;
};

} // namespace hvdesk::sim
