#pragma once

#include "Diagnostic.h"
#include "HostInfo.h"
#include "NetworkAdapterSettings.h"
#include "VmInfo.h"

#include <QCoreApplication>
#include <QString>

namespace hvdesk {

// Inline, non-blocking notes for the Settings dialog, from the rules an administrator relies on
// (DOMAIN.md section 2): what SR-IOV bypasses, how scarce VM queues are, what IPsec task offload
// does and does not do, and where minimum bandwidth does not apply. Pure; every note is an Info
// or Warning Diagnostic whose field names the control it belongs beside.
class NetworkAdapterAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(NetworkAdapterAdvisor)

public:
    // Windows Server 2022 (build 20348) documents IPsec task offload as deprecated.
    // *unverified*: the first build that does so; kept here to be corrected in one place.
    static constexpr int IpsecOffloadDeprecatedFromBuild = 20348;

    // `sw` is the switch the adapter will be connected to (nullptr: not connected);
    // `hostOsBuild` e.g. "6.2.9200".
    static Diagnostics notes(const NetworkAdapterSettings &settings, const VirtualSwitch *sw,
                             const QString &hostOsBuild);

    // Why SR-IOV cannot be used on `sw` (the switch's IovSupportReasons, or "not connected");
    // empty when it can.
    static QString iovUnavailableReason(const VirtualSwitch *sw);
    // Why minimum bandwidth cannot be set on `sw`; empty when it can.
    static QString minimumBandwidthUnavailableReason(const VirtualSwitch *sw);
    static bool isIpsecOffloadDeprecated(const QString &hostOsBuild);

    // The first host builds with a feature (HostInfo::osBuild, compared as a Version).
    // Protected network came with Windows Server 2012 R2 (6.3.9600).
    static constexpr const char *ProtectedNetworkFromBuild = "6.3.9600";
    // Set-VMNetworkAdapter -DeviceNaming came with Windows Server 2016 (10.0.14393).
    static constexpr const char *DeviceNamingFromBuild = "10.0.14393";
    // *unverified*: device naming is described for generation 2 virtual machines only.
    static constexpr int DeviceNamingMinGeneration = 2;

    // Why the host lacks protected network; empty when it has it, or when its build is unknown.
    static QString protectedNetworkUnavailableReason(const HostInfo &host);
    // Why the host or the VM lacks device naming; empty when both have it (an unknown build counts).
    static QString deviceNamingUnavailableReason(const HostInfo &host, const VmInfo &vm);

    // What NetworkAdapterRules::validate needs for `adapter` of `vm` on `host`, in one place for
    // every view and backend: the switch's facts (link speed on external switches only), the
    // features the host and VM have, the VM's state and the adapter as the host has it (when it
    // does). The caller adds the other adapters' reservations.
    static AdapterValidationContext validationContext(const HostInfo &host, const VmInfo &vm,
                                                      const NetworkAdapterSettings &adapter);
};

} // namespace hvdesk
