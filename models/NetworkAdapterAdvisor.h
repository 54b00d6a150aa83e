#pragma once

#include "Diagnostic.h"
#include "HostInfo.h"
#include "NetworkAdapterSettings.h"

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
};

} // namespace hvdesk
