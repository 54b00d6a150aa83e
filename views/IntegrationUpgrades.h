#pragma once

#include "VmActions.h"

#include <models/Job.h>

#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace hvdesk {

class JobQueue;

// "Insert Integration Services Setup Disk" and "Upgrade Configuration Version" on one or
// several VMs: the actions (enabled when at least one selected VM allows them, with the reason
// in the tooltip when none does), the confirmation that shows installed and offered versions
// (or that the configuration upgrade is one way), and the jobs, run a few at a time.
class IntegrationUpgrades : public QObject
{
    Q_OBJECT

public:
    // Setups that run at once in a bulk upgrade (each one loads its guest and the host's disk).
    static constexpr int MaxParallelSetups = 4;

    explicit IntegrationUpgrades(QWidget *dialogParent, QObject *parent = nullptr);

    QAction *insertSetupDiskAction() const { return m_insertSetupDisk; }
    QAction *upgradeConfigurationAction() const { return m_upgradeConfiguration; }
    QList<QAction *> all() const { return { m_insertSetupDisk, m_upgradeConfiguration }; }

    void setSelection(const QList<VmSelection> &selection);
    void update();

    // Asks for confirmation, then starts the jobs. Returns the number of VMs the jobs were queued for.
    int insertSetupDisk(const QList<VmSelection> &selection);
    int upgradeConfigurationVersion(const QList<VmSelection> &selection);

    JobQueue *queue() const { return m_queue; }


signals:
    // A line for the status bar.
    void message(const QString &text);
    // The PowerShell equivalent of what was started, for the details pane.
    void commandIssued(const QString &powerShell);

private:
    bool confirm(const QString &title, const QString &text, const QString &details, const QString &acceptText);
    void onJobFinished(const JobPtr &job);

    QWidget *m_dialogParent;
    QAction *m_insertSetupDisk;
    QAction *m_upgradeConfiguration;
    QList<VmSelection> m_selection;
    JobQueue *m_queue;
};

} // namespace hvdesk
