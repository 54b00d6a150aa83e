#pragma once

#include "NetworkModel.h"
#include "Topology.h"
#include "VmUpgrades.h"

#include <models/VmSettings.h>

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace hvdesk::sim {

class MigrationEngine;

// The simulated estate, stepped in fixed ticks of simulated time. Deterministic: the same
// topology, seed and sequence of calls give the same numbers, whatever the wall clock does.
// Pure C++ over the model's value types; SimulatedBackend drives it from a timer or a test.
class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)

public:
    static constexpr qint64 TickMs = 100;
    static constexpr quint64 HostReserveBytes = 2ULL * 1024 * 1024 * 1024; // the root partition's share

    // Progress of an operation, reported by advance().
    struct OperationEvent
    {
        quint64 token = 0;
        int percent = 0;
        QString phase;
        bool finished = false;
        Error error; // set when it failed
        bool queued = false; // still waiting for a slot (a queued move): not started yet
    };

    explicit Simulation(Topology topology);
    ~Simulation();

    // Moves and host migration settings (MigrationEngine.h).
    MigrationEngine &migrations() { return *m_migrations; }
    const MigrationEngine &migrations() const { return *m_migrations; }
    // Simulates one host no longer answering (false) and coming back (true).
    void setHostReachable(const QString &hostName, bool reachable);

    qint64 nowMs() const { return m_nowMs; }
    const QList<HostInfo> &hosts() const { return m_hosts; }
    int vmCount() const { return int(m_vms.size()); }
    const VmInfo &vm(int index) const { return m_vms[index].info; }
    int indexOfVm(const QString &id) const { return m_index.value(id, -1); }
    int indexOfHost(const QString &name) const;

    // Runs whole ticks covering `ms` (the remainder carries over). Appends the indexes of VMs
    // whose values changed and the progress of running operations.
    void advance(qint64 ms, QList<int> *changedVms, QList<OperationEvent> *events);

    // Starts a state change identified by `token`; a null Error when it started, otherwise why
    // it cannot (the VM's state is unchanged).
    Error beginStateChange(int vmIndex, VmAction action, quint64 token);
    // Applies a settings change as one operation: validated up front, committed all at once at
    // the end, or not at all.
    Error beginApplySettings(int vmIndex, const VmSettingsChange &change, quint64 token);
    // Integration services setup disk and configuration version upgrade (VmUpgrades).
    Error beginSetupDisk(int vmIndex, quint64 token);
    Error beginConfigurationUpgrade(int vmIndex, quint64 token);
    VmUpgrades &upgrades() { return m_upgrades; }
    // Cancels a running operation; the VM returns to the state it had.
    bool cancel(quint64 token);

    // Makes the next attempts of `action` on the VM fail with `error` (tests, demo).
    void injectFault(int vmIndex, VmAction action, const Error &error);
    void clearFault(int vmIndex, VmAction action);
    // Makes the next settings change on the VM fail when it commits.
    void injectApplyFault(int vmIndex, const Error &error);

    quint64 hostMemoryInUse(int hostIndex) const;

    // Host network processing (NetworkModel): sampled hosts queue one sample per tick.
    NetworkModel &network() { return m_network; }
    void setNetworkSampling(int hostIndex, bool on);
    QList<NetworkSample> takeNetworkSamples() { return m_network.takeSamples(); }
    // Switches a host NIC between RSS, static/dynamic VMQ and neither, at once.
    Error setNicReceiveScaling(int hostIndex, const QString &nicName, const NicReceiveScaling &scaling);

private:
    friend class MigrationEngine;

    struct Operation
    {
        enum class Kind { None, StateChange, ApplySettings } kind = Kind::None;
        quint64 token = 0;
        VmAction action = VmAction::Start;
        VmState from = VmState::Off;
        qint64 durationMs = 0;
        qint64 elapsedMs = 0;
        Error fault;             // fails at the halfway mark when set
        VmSettingsChange change; // ApplySettings
    };
    struct Vm
    {
        VmInfo info;
        VmBehaviour behaviour;
        quint64 rng = 0;
        double cpu = 0;
        Operation op;
        Error applyFault;
    };

    void tick(QList<int> *changedVms, QList<OperationEvent> *events);
    void stepMetrics(Vm &vm, bool advanceTime = true);
    void finishOperation(int index, QList<OperationEvent> *events);
    void failOperation(int index, Error error, QList<OperationEvent> *events);
    void updateStatus(Vm &vm);
    void updateIntegrationStatus(Vm &vm);
    void recomputeNetwork(int hostIndex);
    void recomputeHostMemory(int hostIndex);
    qint64 durationOf(const Vm &vm, VmAction action) const;
    Error preconditions(int vmIndex, VmAction action) const;
    Error validateChange(int vmIndex, const VmSettingsChange &change) const;
    quint64 nextRandom(quint64 &state) const;
    static Error unknownVm();

    quint64 m_seed;
    QList<HostInfo> m_hosts;
    QList<Vm> m_vms;
    QHash<QString, int> m_index;
    VmUpgrades m_upgrades;
    qint64 m_nowMs = 0;
    qint64 m_carryMs = 0;
    std::unique_ptr<MigrationEngine> m_migrations;
    NetworkModel m_network;
};

} // namespace hvdesk::sim
