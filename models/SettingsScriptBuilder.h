#pragma once

#include "VmSettings.h"

#include <QString>
#include <QStringList>

namespace hvdesk {

struct VmInfo;

// The Hyper-V PowerShell commands a pending VM settings change amounts to, one per line:
// Add-/Remove-VMNetworkAdapter, Connect-/Disconnect-VMNetworkAdapter, Set-VMNetworkAdapterVlan,
// Set-VMNetworkAdapter (only the changed parameters; bandwidth in bits per second) and
// Enable-/Disable-VMIntegrationService. Pure text, what the Settings dialog previews.
class SettingsScriptBuilder
{
public:
    // `vm` is the VM as the host has it (names, adapters before the change).
    static QString build(const VmInfo &vm, const VmSettingsChange &change);
    static QStringList commands(const VmInfo &vm, const VmSettingsChange &change);

    // "On" / "Off", as the OnOffState parameters take them.
    static QString onOff(bool on);
    // The Set-VMNetworkAdapter parameters that turn `before` into `after`, in a fixed order.
    static QStringList setParameters(const NetworkAdapterSettings &before, const NetworkAdapterSettings &after);
};

} // namespace hvdesk
