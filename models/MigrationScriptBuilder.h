#pragma once

#include "HostInfo.h"
#include "MigrationRequest.h"

#include <QString>

namespace hvdesk {

struct VmInfo;

// The PowerShell an administrator would run for a move (Move-VM, Move-VMStorage, with
// Compare-VM when adapters are mapped to other switches) and for host migration settings
// (Enable-VMMigration, Set-VMHost, Add-VMMigrationNetwork). Pure text.
class MigrationScriptBuilder
{
public:
    static QString move(const VmInfo &vm, const MigrationRequest &request);
    static QString hostSettings(const QString &hostName, const HostMigrationSettings &before,
                                const HostMigrationSettings &after);
};

} // namespace hvdesk
