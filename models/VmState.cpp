#include "VmState.h"

#include <QHash>

namespace hvdesk {

QString VmStates::displayName(VmState state)
{
    switch (state) {
    case VmState::Unknown: return tr("Unknown");
    case VmState::Off: return tr("Off");
    case VmState::Starting: return tr("Starting");
    case VmState::Running: return tr("Running");
    case VmState::Stopping: return tr("Stopping");
    case VmState::Saving: return tr("Saving");
    case VmState::Saved: return tr("Saved");
    case VmState::Pausing: return tr("Pausing");
    case VmState::Paused: return tr("Paused");
    case VmState::Resuming: return tr("Resuming");
    case VmState::Resetting: return tr("Resetting");
    }
    return tr("Unknown");
}

QString VmStates::displayName(VmAction action)
{
    switch (action) {
    case VmAction::Start: return tr("Start");
    case VmAction::TurnOff: return tr("Turn Off");
    case VmAction::ShutDown: return tr("Shut Down");
    case VmAction::Save: return tr("Save");
    case VmAction::Pause: return tr("Pause");
    case VmAction::Resume: return tr("Resume");
    case VmAction::Reset: return tr("Reset");
    }
    return QString();
}

static const QList<QPair<VmState, QString>> &stateKeys()
{
    static const QList<QPair<VmState, QString>> keys = {
        {VmState::Unknown, QStringLiteral("unknown")},   {VmState::Off, QStringLiteral("off")},
        {VmState::Starting, QStringLiteral("starting")}, {VmState::Running, QStringLiteral("running")},
        {VmState::Stopping, QStringLiteral("stopping")}, {VmState::Saving, QStringLiteral("saving")},
        {VmState::Saved, QStringLiteral("saved")},       {VmState::Pausing, QStringLiteral("pausing")},
        {VmState::Paused, QStringLiteral("paused")},     {VmState::Resuming, QStringLiteral("resuming")},
        {VmState::Resetting, QStringLiteral("resetting")},
    };
    return keys;
}

static const QList<QPair<VmAction, QString>> &actionKeys()
{
    static const QList<QPair<VmAction, QString>> keys = {
        {VmAction::Start, QStringLiteral("start")},      {VmAction::TurnOff, QStringLiteral("turn-off")},
        {VmAction::ShutDown, QStringLiteral("shut-down")}, {VmAction::Save, QStringLiteral("save")},
        {VmAction::Pause, QStringLiteral("pause")},      {VmAction::Resume, QStringLiteral("resume")},
        {VmAction::Reset, QStringLiteral("reset")},
    };
    return keys;
}

QString VmStates::key(VmState state)
{
    for (const auto &[s, k] : stateKeys()) {
        if (s == state)
            return k;
    }
    return QStringLiteral("unknown");
}

QString VmStates::key(VmAction action)
{
    for (const auto &[a, k] : actionKeys()) {
        if (a == action)
            return k;
    }
    return QString();
}

VmState VmStates::stateFromKey(const QString &key, bool *ok)
{
    for (const auto &[s, k] : stateKeys()) {
        if (k == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return VmState::Unknown;
}

VmAction VmStates::actionFromKey(const QString &key, bool *ok)
{
    for (const auto &[a, k] : actionKeys()) {
        if (k == key) {
            if (ok)
                *ok = true;
            return a;
        }
    }
    if (ok)
        *ok = false;
    return VmAction::Start;
}

bool VmStates::isTransitional(VmState state)
{
    switch (state) {
    case VmState::Starting:
    case VmState::Stopping:
    case VmState::Saving:
    case VmState::Pausing:
    case VmState::Resuming:
    case VmState::Resetting:
        return true;
    default:
        return false;
    }
}

bool VmStates::holdsMemory(VmState state)
{
    return state != VmState::Off && state != VmState::Saved && state != VmState::Unknown;
}

bool VmStates::reportsGuestAddresses(VmState state)
{
    return state == VmState::Running;
}

QList<VmAction> VmStates::allActions()
{
    return {VmAction::Start, VmAction::TurnOff, VmAction::ShutDown, VmAction::Save,
            VmAction::Pause, VmAction::Resume,  VmAction::Reset};
}

QList<VmAction> VmStates::allowedActions(VmState state)
{
    switch (state) {
    case VmState::Off:
        return {VmAction::Start};
    case VmState::Saved:
        return {VmAction::Start};
    case VmState::Running:
        return {VmAction::TurnOff, VmAction::ShutDown, VmAction::Save, VmAction::Pause, VmAction::Reset};
    case VmState::Paused:
        return {VmAction::TurnOff, VmAction::Save, VmAction::Resume, VmAction::Reset};
    default:
        return {};
    }
}

Error VmStates::checkTransition(const QString &vmName, VmState state, VmAction action)
{
    if (allowedActions(state).contains(action))
        return {};

    Error error;
    error.code = QStringLiteral("vm.transition");
    error.field = QStringLiteral("state");
    const QString stateName = displayName(state);
    const QString actionName = displayName(action);

    if (isTransitional(state)) {
        error.message = tr("Cannot %1 '%2': the virtual machine is %3.")
                            .arg(actionName.toLower(), vmName, stateName.toLower());
        error.fix = tr("Wait until the current operation has finished, then try again.");
        return error;
    }
    if (state == VmState::Unknown) {
        error.message = tr("Cannot %1 '%2': its state is unknown.").arg(actionName.toLower(), vmName);
        error.fix = tr("Refresh the host and try again.");
        return error;
    }

    error.message = tr("Cannot %1 '%2': the virtual machine is %3.")
                        .arg(actionName.toLower(), vmName, stateName.toLower());
    switch (action) {
    case VmAction::Start:
        // The message already says the state; the fix says what to do instead, not the state again.
        error.fix = state == VmState::Paused ? tr("Use Resume to continue a paused virtual machine.")
                                             : tr("To restart it, use Reset.");
        break;
    case VmAction::Pause:
        error.fix = tr("Only a running virtual machine can be paused; start it first.");
        break;
    case VmAction::Resume:
        error.fix = state == VmState::Saved ? tr("Use Start to restore a saved virtual machine.")
                                            : tr("Only a paused virtual machine can be resumed.");
        break;
    case VmAction::ShutDown:
        error.fix = state == VmState::Paused ? tr("Resume the virtual machine first, or use Turn Off.")
                                             : tr("Only a running virtual machine can be shut down.");
        break;
    case VmAction::TurnOff:
    case VmAction::Save:
    case VmAction::Reset:
        error.fix = tr("This action needs a running or paused virtual machine.");
        break;
    }
    return error;
}

VmState VmStates::transitionalState(VmAction action)
{
    switch (action) {
    case VmAction::Start: return VmState::Starting;
    case VmAction::TurnOff: return VmState::Stopping;
    case VmAction::ShutDown: return VmState::Stopping;
    case VmAction::Save: return VmState::Saving;
    case VmAction::Pause: return VmState::Pausing;
    case VmAction::Resume: return VmState::Resuming;
    case VmAction::Reset: return VmState::Resetting;
    }
    return VmState::Unknown;
}

VmState VmStates::finalState(VmAction action)
{
    switch (action) {
    case VmAction::Start: return VmState::Running;
    case VmAction::TurnOff: return VmState::Off;
    case VmAction::ShutDown: return VmState::Off;
    case VmAction::Save: return VmState::Saved;
    case VmAction::Pause: return VmState::Paused;
    case VmAction::Resume: return VmState::Running;
    case VmAction::Reset: return VmState::Running;
    }
    return VmState::Unknown;
}

} // namespace hvdesk
