#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QMetaType>

namespace hvdesk {

// How a host's physical NIC spreads its receive work over the host's processors
// (Set-NetAdapterRss, Set-NetAdapterVmq). RSS and VMQ are mutually exclusive on one NIC.
struct NicReceiveScaling
{
    enum class Mode { None, Rss, Vmq };
    Mode mode = Mode::None;
    bool dynamicVmq = true; // Windows Server 2012 rebalances VM queues over cores by itself

    bool operator==(const NicReceiveScaling &) const = default;
};

class NicReceiveScalingNames
{
    Q_DECLARE_TR_FUNCTIONS(NicReceiveScalingNames)
public:
    static QString displayName(const NicReceiveScaling &scaling);
    // The PowerShell that makes the same change on a Hyper-V host.
    static QString powerShell(const QString &hostName, const QString &nicName, const NicReceiveScaling &scaling);
    // The error for a NIC that does not exist on the host.
    static Error unknownNic(const QString &hostName, const QString &nicName);
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::NicReceiveScaling)
