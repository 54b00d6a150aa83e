#pragma once

#include "VmState.h"

#include <QString>
#include <QStringList>

namespace hvdesk {

struct VmInfo;

// The Hyper-V PowerShell module commands that an action amounts to: what an administrator
// would type to do the same, shown so the console teaches and can be scripted. Pure text.
class PowerShellBuilder
{
public:
    // 'it''s' quoting: single quotes, inner quotes doubled.
    static QString quote(const QString &value);
    // -Name 'vm' -ComputerName 'host'
    static QString vmTarget(const VmInfo &vm);

    static QString stateChange(const VmInfo &vm, VmAction action);
    // Integration services setup disk (vmguest.iso in the DVD drive) and Update-VMVersion.
    static QString insertSetupDisk(const VmInfo &vm);
    static QString upgradeConfigurationVersion(const VmInfo &vm);
    // What Get-VM shows of the VM (the details pane's PowerShell tab).
    static QString inspect(const VmInfo &vm);
};

} // namespace hvdesk
