#include "MoveActions.h"

#include "HostMigrationSettingsDialog.h"
#include "MoveWizard.h"

#include <models/ConnectionManager.h>
#include <models/HostBackend.h>

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace hvdesk {

MoveActions::MoveActions(ConnectionManager *connections, QWidget *window)
    : QObject(window)
    , m_connections(connections)
    , m_window(window)
    , m_move(new QAction(tr("Mo&ve..."), this))
    , m_settings(new QAction(tr("Hyper-&V Settings..."), this))
{
    m_move->setObjectName(QStringLiteral("actionMove"));
    m_move->setIcon(window->style()->standardIcon(QStyle::SP_ArrowForward));
    m_settings->setIcon(window->style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_move->setShortcutContext(Qt::WindowShortcut);
    m_move->setStatusTip(tr("Move the selected virtual machines to another host, or their storage to other folders"));
    m_settings->setObjectName(QStringLiteral("actionHyperVSettings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_settings->setShortcutContext(Qt::WindowShortcut);
    m_settings->setStatusTip(tr("Live and storage migration settings of the selected host"));
    connect(m_move, &QAction::triggered, this, &MoveActions::openMoveWizard);
    connect(m_settings, &QAction::triggered, this, &MoveActions::openHostSettings);
    window->addAction(m_move);
    window->addAction(m_settings);
    update();
}

MoveWizard *MoveActions::wizard() const
{
    return m_wizard;
}

HostMigrationSettingsDialog *MoveActions::hostSettingsDialog() const
{
    return m_dialog;
}

void MoveActions::setSelection(const QList<VmSelection> &selection)
{
    m_selection = selection;
    update();
}

void MoveActions::setHost(HostBackend *backend, const QString &hostName)
{
    m_hostBackend = backend;
    m_hostName = hostName;
    update();
}

QString MoveActions::moveProblem() const
{
    if (m_selection.isEmpty())
        return tr("Select one or more virtual machines.");
    HostBackend *backend = m_selection.first().backend;
    for (const VmSelection &sel : m_selection) {
        if (!sel.backend)
            return tr("The connection of a selected virtual machine is closed.");
        if (sel.backend != backend)
            return tr("The selected virtual machines are on different connections: moves between connections are "
                      "not supported; select virtual machines of one connection.");
    }
    if (backend->connectionState() != ConnectionState::Connected)
        return tr("The connection to the host is not available.");
    if (!backend->can(Capability::LiveMigration) && !backend->can(Capability::SharedNothingMigration)
        && !backend->can(Capability::StorageMigration))
        return tr("This connection does not move virtual machines.");
    for (const VmSelection &sel : m_selection) {
        const VmInfo *vm = backend->findVm(sel.vmId);
        if (!vm)
            return tr("A selected virtual machine no longer exists.");
        if (VmStates::isTransitional(vm->state))
            return tr("'%1' is %2: wait until it has finished.").arg(vm->name, VmStates::displayName(vm->state).toLower());
    }
    return QString();
}

void MoveActions::update()
{
    const QString problem = moveProblem();
    m_move->setEnabled(problem.isEmpty());
    m_move->setToolTip(problem.isEmpty() ? m_move->statusTip() : problem);

    QString settingsProblem;
    if (!m_hostBackend || m_hostName.isEmpty())
        settingsProblem = tr("Select a host in the Servers list.");
    else if (!m_hostBackend->can(Capability::HostMigrationSettings))
        settingsProblem = tr("This connection cannot change a host's migration settings.");
    else if (m_hostBackend->connectionState() != ConnectionState::Connected)
        settingsProblem = tr("The connection to the host is not available.");
    m_settings->setEnabled(settingsProblem.isEmpty());
    m_settings->setToolTip(settingsProblem.isEmpty() ? m_settings->statusTip() : settingsProblem);
}

MoveWizard *MoveActions::openMoveWizard()
{
    update();
    if (!m_move->isEnabled())
        return nullptr;
    QStringList ids;
    for (const VmSelection &sel : std::as_const(m_selection))
        ids << sel.vmId;
    m_wizard = new MoveWizard(m_selection.first().backend, ids, m_connections->backends(), m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_wizard->show();
    return m_wizard;
}

HostMigrationSettingsDialog *MoveActions::openHostSettings()
{
    update();
    if (!m_settings->isEnabled())
        return nullptr;
    m_dialog = new HostMigrationSettingsDialog(m_hostBackend, m_hostName, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->show();
    return m_dialog;
}

} // namespace hvdesk
