#pragma once

#include "Topology.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/VmInfo.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace hvdesk::sim {

// The simulator's upgrades of a VM, stepped with the Simulation's ticks:
// - "Insert Integration Services Setup Disk": the disk is inserted, setup reads the installed
//   version, checks the guest (free space, another installation running), installs, and ends
//   with the host's version pending until the guest restarts;
// - "Upgrade Configuration Version" of a VM that is off.
class VmUpgrades
{
    Q_DECLARE_TR_FUNCTIONS(VmUpgrades)

public:
    static constexpr qint64 SetupDurationMs = 20'000;
    static constexpr qint64 ConfigurationUpgradeDurationMs = 3'000;
    static constexpr int SetupCheckPercent = 25; // setup checks the guest after reading its version

    struct Event
    {
        quint64 token = 0;
        int percent = 0;
        QString phase;
        bool finished = false;
        Error error;
    };
    using VmLookup = std::function<VmInfo *(const QString &vmId)>;

    void setGuest(const QString &vmId, const GuestInstallerState &state) { m_guests.insert(vmId, state); }
    GuestInstallerState guest(const QString &vmId) const { return m_guests.value(vmId); }

    // Start an operation; a null Error when it started, otherwise why it cannot.
    Error beginSetupDisk(const VmInfo &vm, const HostInfo *host, quint64 token);
    Error beginConfigurationUpgrade(const VmInfo &vm, const HostInfo *host, quint64 token);

    bool isBusy(const QString &vmId) const;
    // A configuration upgrade holds the VM off until it ends.
    bool blocksStateChanges(const QString &vmId) const;
    bool cancel(quint64 token);
    // Advances the running operations by `ms`; appends their progress and the ids of VMs they changed.
    void advance(qint64 ms, const VmLookup &vms, QList<Event> *events, QStringList *changed);
    // The guest booted (a start from Off, or a reset): a pending version takes effect and a
    // pending installation is over.
    void guestBooted(VmInfo &vm);
    // The VM's status text while an upgrade runs or a restart is pending; empty otherwise.
    QString statusFor(const VmInfo &vm) const;

private:
    struct Operation
    {
        enum class Kind { SetupDisk, ConfigurationUpgrade } kind = Kind::SetupDisk;
        quint64 token = 0;
        QString vmId;
        qint64 elapsedMs = 0;
        qint64 durationMs = 0;
        QString installed; // the guest's version when setup started
        QString offered; // the host's version, or the target configuration version
        bool checked = false;
    };
    Error stateError(const Operation &op, const VmInfo &vm) const;
    Error guestError(const VmInfo &vm) const;
    static Error busy(const VmInfo &vm);

    QList<Operation> m_ops;
    QHash<QString, GuestInstallerState> m_guests;
};

} // namespace hvdesk::sim
