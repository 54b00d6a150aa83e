#pragma once

#include "VmActions.h"

#include <models/Job.h>

#include <QHash>
#include <QTabWidget>

class QLabel;
class QTableWidget;
class QFormLayout;

namespace hvdesk {

class ScriptView;
struct VmInfo;
struct HostInfo;

// The lower pane of the main window: Summary, Memory, Networking and PowerShell for the VM
// chosen in the list.
class VmDetailsPane : public QTabWidget
{
    Q_OBJECT

public:
    explicit VmDetailsPane(QWidget *parent = nullptr);

    void setVm(const VmSelection &selection);
    const VmSelection &vm() const { return m_selection; }
    // Reads the VM's current values again (the backend reported a change).
    void refresh();
    // Shows the command of the last action taken on the VM and, once its jobs end, whether it
    // failed ("# Failed: <reason>" under the command, and the reason in red above it).
    // Returns the command's serial, for addLastActionJob.
    int setLastCommand(const QString &powerShell, const QList<JobPtr> &jobs = {});
    // A job of the command `serial` that started later (a queued one); false when that command
    // is no longer the last one.
    bool addLastActionJob(int serial, const JobPtr &job);
    // How the last action ended: empty while it runs, when it succeeded or when unknown;
    // otherwise "Failed: <reason>" (or "Cancelled").
    QString lastActionOutcome() const;

    QString fieldText(const QString &field) const; // for tests: the value shown for a field

private:
    QLabel *addField(QFormLayout *form, const QString &key, const QString &label);
    void showEmpty();
    void fillSummary(const VmInfo &vm, const HostInfo *host);
    void fillMemory(const VmInfo &vm);
    void fillNetworking(const VmInfo &vm);

    VmSelection m_selection;
    QHash<QString, QLabel *> m_fields;
    QTableWidget *m_adapters;
    ScriptView *m_script;
    ScriptView *m_definition; // the native definition (libvirt domain XML), where the backend has one
    QString m_lastCommand;
    QList<JobPtr> m_lastJobs; // those of the VM shown
    int m_lastSerial = 0;
    QLabel *m_lastActionStatus;
};

} // namespace hvdesk
