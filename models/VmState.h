#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace hvdesk {

// Hyper-V's virtual machine states as Hyper-V Manager shows them.
enum class VmState {
    Unknown,
    Off,
    Starting,
    Running,
    Stopping,
    Saving,
    Saved,
    Pausing,
    Paused,
    Resuming,
    Resetting,
};

// What an administrator can ask of a virtual machine.
enum class VmAction {
    Start,
    TurnOff,
    ShutDown,
    Save,
    Pause,
    Resume,
    Reset,
};

class VmStates
{
    Q_DECLARE_TR_FUNCTIONS(VmStates)

public:
    static QString displayName(VmState state);
    static QString displayName(VmAction action);
    // Machine-readable names used by topology files, the command line and logs.
    static QString key(VmState state);
    static QString key(VmAction action);
    static VmState stateFromKey(const QString &key, bool *ok = nullptr);
    static VmAction actionFromKey(const QString &key, bool *ok = nullptr);

    static bool isTransitional(VmState state);
    // A VM whose guest is executing or can resume at once (counts against host memory).
    static bool holdsMemory(VmState state);
    // Whether the guest reports its IP addresses (through Data Exchange): only while it runs.
    static bool reportsGuestAddresses(VmState state);

    // Whether `action` is legal in `state`; a null Error when it is, otherwise an error that
    // names the VM, its state and what to do instead.
    static Error checkTransition(const QString &vmName, VmState state, VmAction action);
    static QList<VmAction> allowedActions(VmState state);

    // The state shown while the action runs, and the state it ends in.
    static VmState transitionalState(VmAction action);
    static VmState finalState(VmAction action);

    static QList<VmAction> allActions();
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::VmState)
Q_DECLARE_METATYPE(hvdesk::VmAction)
