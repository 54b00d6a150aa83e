#pragma once

#include "Simulation.h"
#include "Topology.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/MigrationRequest.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace hvdesk::sim {

// Live, storage and shared-nothing moves in the simulation, and host migration settings
// changes. Owned by Simulation and stepped from its tick. A move copies storage (over the
// migration network for shared-nothing, on the host for a storage move), then memory in
// rounds until what the guest dirtied meanwhile is small, then switches over. Nothing changes
// until the switch-over commits the move at once: a cancelled or failed move leaves the VM
// running where it was with its files intact. Moves beyond a host's simultaneous limit wait
// in a queue, first in first out.
class MigrationEngine
{
    Q_DECLARE_TR_FUNCTIONS(MigrationEngine)

public:
    // One 10 GbE NIC gives about 75 % of its bandwidth to a live migration (DOMAIN 3).
    static constexpr double NetworkShare = 0.75;
    static constexpr quint64 DefaultNetworkBps = 1'000'000'000ULL; // subnets the topology does not list
    // *unverified*: what compression saves on memory pages, and SMB Direct's gain over TCP/IP.
    static constexpr double CompressionFactor = 2.0;
    static constexpr double SmbFactor = 1.2;
    // *unverified*: a storage migration on one host copies at about this rate.
    static constexpr quint64 LocalCopyBytesPerSecond = 400ULL * 1024 * 1024;
    // Memory rounds stop when the dirty set fits in a short blackout, or after this many.
    static constexpr quint64 BlackoutBytes = 64ULL * 1024 * 1024;
    static constexpr int MaxMemoryRounds = 10;
    // The share of memory a guest dirties per second: idle + proportional to CPU use (*unverified*).
    static constexpr double DirtyIdlePerSecond = 0.002;
    static constexpr double DirtyBusyPerSecond = 0.03;
    static constexpr qint64 SwitchoverMs = 300;
    static constexpr qint64 HostSettingsMs = 1000;

    enum class Phase { Queued, Storage, Memory, Switchover };

    MigrationEngine(Simulation &sim, QList<SimMigrationNetwork> networks);

    // Checks the move (the same rules the Move wizard shows) and queues it; it starts at once
    // when both hosts have a free slot. A null Error when accepted.
    Error enqueue(int vmIndex, const MigrationRequest &request, quint64 token);
    bool cancel(quint64 token);
    bool isMoving(int vmIndex) const;
    bool contains(quint64 token) const;
    bool isRunning(quint64 token) const;
    Phase phaseOf(quint64 token) const;
    QString networkOf(quint64 token) const; // subnet in use, "" for none or any
    int memoryRoundsOf(quint64 token) const;
    QString statusText(quint64 token) const;   // the VM's Status column
    QString progressText(quint64 token) const; // the job's phase
    Error busyError(int vmIndex) const;

    // Simulates a migration network failing (moves on it fall over to the next) and coming back.
    void setNetworkFailed(const QString &subnet, bool failed);
    quint64 networkBps(const QString &subnet) const;

    Error beginHostSettings(int hostIndex, const HostMigrationSettings &settings, quint64 token);

    void tick(qint64 ms, QList<int> *changedVms, QList<int> *changedHosts, QList<Simulation::OperationEvent> *events);

private:
    struct Move
    {
        quint64 token = 0;
        int vm = -1;
        MigrationRequest request; // resolved: every item's destination written out
        QString source;
        QString destination;
        Phase phase = Phase::Queued;
        QString network;
        bool networkAssigned = false;
        QString fallbackNote;
        double storageTotal = 0;
        double storageDone = 0;
        double memoryTotal = 0;
        double memoryCopied = 0;
        double roundRemaining = 0;
        double roundElapsedS = 0;
        int round = 0;
        qint64 switchoverElapsed = 0;
        QString queuedReason;
    };
    struct HostOp
    {
        quint64 token = 0;
        int host = -1;
        HostMigrationSettings settings;
        qint64 elapsed = 0;
    };

    bool movesVm(const Move &m) const { return m.request.type != MigrationType::Storage; }
    QString slotProblem(const Move &m) const;
    void startQueued(QList<Simulation::OperationEvent> *events);
    bool assignNetwork(Move &m);
    double bandwidthBytesPerSecond(const Move &m) const;
    int percentOf(const Move &m) const;
    QString phaseText(const Move &m) const;
    void commit(Move &m, QList<int> *changedHosts);
    Error lostError(const Move &m, const QString &host) const;

    Simulation &m_sim;
    QList<SimMigrationNetwork> m_networks;
    QSet<QString> m_failedNetworks;
    QList<Move> m_moves; // queued and running, in arrival order
    QList<HostOp> m_hostOps;
};

} // namespace hvdesk::sim
