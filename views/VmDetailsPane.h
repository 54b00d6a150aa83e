#pragma once

#include "VmActions.h"

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
    // Shows the command of the last action taken on the VM.
    void setLastCommand(const QString &powerShell);

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
};

} // namespace hvdesk
