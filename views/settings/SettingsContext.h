#pragma once

#include <models/Capabilities.h>
#include <models/Diagnostic.h>
#include <models/HostInfo.h>
#include <models/VmInfo.h>
#include <models/VmSettings.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace hvdesk {

// What the Settings pages see besides their own values: the VM as the host reports it now
// (state, runtime values), its host (switches and their capacity), the connection's
// capabilities, and every page's pending edits. Pages use it to gate controls, show the
// granted values and advise; they never change their values from it.
struct SettingsContext
{
    Q_DECLARE_TR_FUNCTIONS(SettingsContext)

public:
    VmInfo vm;
    HostInfo host;
    Capabilities capabilities;
    // The backend's own reasons for missing capabilities (HostBackend::missingCapabilityReason).
    QHash<Capability, QString> missingReasons;
    bool connected = true;
    VmSettings pending;
    // Absolute minimum bandwidth the host's other VMs reserve, per switch name (bits/s).
    QHash<QString, quint64> otherVmReservationsBps;

    bool vmRunning() const;                       // holds memory: running, paused, saved-in-progress...
    const VirtualSwitch *findSwitch(const QString &name) const;
    const NetworkAdapter *savedAdapter(const QString &adapterId) const; // runtime values; nullptr when new
    const NetworkAdapterSettings *pendingAdapter(const QString &adapterId) const;
    quint64 linkSpeedBps(const VirtualSwitch *sw) const;
    // What the switch's other adapters (other VMs, and this VM's other pending adapters) reserve.
    quint64 otherReservationsBps(const QString &switchName, const QString &exceptAdapterId) const;

    // NetworkAdapterRules::validate on a pending adapter, with this context.
    Diagnostics validateAdapter(const NetworkAdapterSettings &adapter) const;

    // Why a capability is missing, for a disabled control's label; empty when present.
    QString missing(Capability capability) const;
};

} // namespace hvdesk
