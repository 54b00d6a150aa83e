#include "VmActions.h"

#include "Dialogs.h"
#include "Icons.h"

#include <models/HostBackend.h>

#include <QAction>
#include <QWidget>

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
        // Ctrl+E as in Hyper-V's own console (Virtual Machine Connection).
        {VmAction::Reset, "actionReset", QKeySequence(Qt::CTRL | Qt::Key_E), tr("Reset the selected virtual machines")},
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
            if (m_selection.isEmpty())
                return;
            const QList<VmSelection> selection = m_selection;
            const Dialogs::Question q = question(action, selection);
            if (!q.key.isEmpty() && !Dialogs::confirm(qobject_cast<QWidget *>(this->parent()), q))
                return;
            emit triggered(action, selection);
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

QString VmActions::confirmationKey(VmAction action)
{
    switch (action) {
    case VmAction::TurnOff: return QStringLiteral("vm.turnOff");
    case VmAction::ShutDown: return QStringLiteral("vm.shutDown");
    case VmAction::Reset: return QStringLiteral("vm.reset");
    default: return QString();
    }
}

Dialogs::Question VmActions::question(VmAction action, const QList<VmSelection> &selection)
{
    Dialogs::Question q;
    q.key = confirmationKey(action);
    if (q.key.isEmpty())
        return q;
    QStringList names;
    QStringList lines;
    for (const VmSelection &sel : selection) {
        const VmInfo *vm = sel.backend ? sel.backend->findVm(sel.vmId) : nullptr;
        if (!vm)
            continue;
        names << vm->name;
        switch (action) {
        case VmAction::TurnOff:
            lines << tr("%1 on %2: turned off at once; unsaved data in the guest is lost.").arg(vm->name, vm->hostName);
            break;
        case VmAction::ShutDown:
            lines << tr("%1 on %2: its operating system is asked to shut down; the guest's programs close and "
                        "its users are logged off.")
                         .arg(vm->name, vm->hostName);
            break;
        case VmAction::Reset:
            lines << tr("%1 on %2: restarted at once, like pressing a reset button; unsaved data in the guest is lost.")
                         .arg(vm->name, vm->hostName);
            break;
        default:
            break;
        }
    }
    const int n = int(names.size());
    switch (action) {
    case VmAction::TurnOff:
        q.title = tr("Turn Off Machine");
        q.text = n == 1 ? tr("Turn off '%1'?").arg(names.first())
                        : tr("Turn off these %n virtual machines?", nullptr, n);
        q.acceptText = tr("Turn Off");
        break;
    case VmAction::ShutDown:
        q.title = tr("Shut Down Machine");
        q.text = n == 1 ? tr("Shut down '%1'?").arg(names.first())
                        : tr("Shut down these %n virtual machines?", nullptr, n);
        q.acceptText = tr("Shut Down");
        break;
    case VmAction::Reset:
        q.title = tr("Reset Machine");
        q.text = n == 1 ? tr("Reset '%1'?").arg(names.first()) : tr("Reset these %n virtual machines?", nullptr, n);
        q.acceptText = tr("Reset");
        break;
    default:
        break;
    }
    q.details = lines.join(QLatin1Char('\n'));
    q.objectName = QStringLiteral("confirm_") + q.key;
    return q;
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
