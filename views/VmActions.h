#pragma once

#include "Dialogs.h"

#include <models/HostBackend.h>
#include <models/VmState.h>

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace hvdesk {

class HostBackend;

// A VM chosen in the list: which connection it belongs to and its id.
struct VmSelection
{
    QPointer<HostBackend> backend;
    QString vmId;
    bool operator==(const VmSelection &o) const { return backend == o.backend && vmId == o.vmId; }
};

// The VM actions (Start, Turn Off, Shut Down, Save, Pause, Resume, Reset) as QActions with
// shortcuts, shared by the Action menu, the Actions pane and the context menu. Each is enabled
// only when every selected VM allows it, with the reason in its tooltip when it is not. Turn Off,
// Shut Down and Reset ask first (as Hyper-V Manager does), naming every VM and what happens to it;
// "Don't ask me again" is kept per action.
class VmActions : public QObject
{
    Q_OBJECT

public:
    explicit VmActions(QObject *parent = nullptr);

    QAction *action(VmAction action) const { return m_actions.value(action); }
    QList<QAction *> all() const;

    void setSelection(const QList<VmSelection> &selection);
    const QList<VmSelection> &selection() const { return m_selection; }
    // Re-evaluates enablement (a selected VM changed state).
    void update();

    // The "Don't ask me again" key of an action that asks first ("vm.turnOff"); empty when it
    // does not ask.
    static QString confirmationKey(VmAction action);
    // The question asked before `action` on `selection` (empty key: none is asked).
    static Dialogs::Question question(VmAction action, const QList<VmSelection> &selection);

signals:
    void triggered(hvdesk::VmAction action, const QList<hvdesk::VmSelection> &selection);

private:
    QMap<VmAction, QAction *> m_actions;
    QList<VmSelection> m_selection;
};

} // namespace hvdesk
