#include "VmActions.h"

#include "Icons.h"

#include <models/HostBackend.h>

#include <QAction>

namespace hvdesk {

VmActions::VmActions(QObject *parent)
    : QObject(parent)
{
    struct Spec
    {
        VmAction action;
        const char *objectName;
        QKeySequence shortcut;
        QString statusTip;
    };
    const QList<Spec> specs = {
        {VmAction::Start, "actionStart", QKeySequence(Qt::CTRL | Qt::Key_S), tr("Start the selected virtual machines")},
        {VmAction::TurnOff, "actionTurnOff", QKeySequence(Qt::CTRL | Qt::Key_T),
         tr("Turn off the selected virtual machines at once, like pulling the plug")},
        {VmAction::ShutDown, "actionShutDown", QKeySequence(Qt::CTRL | Qt::Key_D),
         tr("Shut down the guest operating systems through the shutdown integration service")},
        {VmAction::Save, "actionSave", QKeySequence(Qt::CTRL | Qt::Key_A), tr("Save the state of the selected virtual machines")},
        {VmAction::Pause, "actionPause", QKeySequence(Qt::CTRL | Qt::Key_P), tr("Pause the selected virtual machines")},
        {VmAction::Resume, "actionResume", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         tr("Resume the selected paused virtual machines")},
        {VmAction::Reset, "actionReset", QKeySequence(Qt::CTRL | Qt::Key_R), tr("Reset the selected virtual machines")},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(Icons::action(s.action), VmStates::displayName(s.action), this);
        a->setObjectName(QString::fromLatin1(s.objectName));
        a->setShortcut(s.shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setStatusTip(s.statusTip);
        a->setToolTip(s.statusTip);
        a->setData(int(s.action));
        connect(a, &QAction::triggered, this, [this, action = s.action] {
            if (!m_selection.isEmpty())
                emit triggered(action, m_selection);
        });
        m_actions.insert(s.action, a);
    }
    update();
}

QList<QAction *> VmActions::all() const
{
    QList<QAction *> out;
    for (VmAction a : VmStates::allActions())
        out << m_actions.value(a);
    return out;
}

void VmActions::setSelection(const QList<VmSelection> &selection)
{
    m_selection = selection;
    update();
}

void VmActions::update()
{
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        QAction *a = it.value();
        bool enabled = !m_selection.isEmpty();
        QString reason;
        for (const VmSelection &sel : std::as_const(m_selection)) {
            const VmInfo *vm = sel.backend ? sel.backend->findVm(sel.vmId) : nullptr;
            if (!vm) {
                enabled = false;
                break;
            }
            if (sel.backend->connectionState() != ConnectionState::Connected) {
                enabled = false;
                reason = tr("%1: the connection to its host is not available.").arg(vm->name);
                break;
            }
            const Error e = VmStates::checkTransition(vm->name, vm->state, it.key());
            if (!e.isNull()) {
                enabled = false;
                reason = e.text();
                break;
            }
        }
        a->setEnabled(enabled);
        a->setToolTip(enabled || reason.isEmpty() ? a->statusTip() : reason);
    }
}

} // namespace hvdesk
