#include "NetworkAdapterAdvisor.h"

namespace hvdesk {

static Diagnostic note(Diagnostic::Severity severity, const QString &id, const QString &field, const QString &message,
                       const QString &fix = QString())
{
    return Diagnostic{severity, id, field, message, fix};
}

bool NetworkAdapterAdvisor::isIpsecOffloadDeprecated(const QString &hostOsBuild)
{
    // "10.0.20348" -> 20348; "6.2.9200" -> 9200.
    const QStringList parts = hostOsBuild.split(QLatin1Char('.'));
    if (parts.size() < 3)
        return false;
    return parts[2].toInt() >= IpsecOffloadDeprecatedFromBuild && parts[0].toInt() >= 10;
}

QString NetworkAdapterAdvisor::iovUnavailableReason(const VirtualSwitch *sw)
{
    if (!sw)
        return tr("SR-IOV needs the adapter to be connected to a virtual switch created with SR-IOV.");
    if (!sw->iovSupportReasons.isEmpty())
        return sw->iovSupportReasons.join(QLatin1Char(' '));
    return QString();
}

QString NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(const VirtualSwitch *sw)
{
    if (!sw)
        return tr("Minimum bandwidth applies only to an adapter connected to a virtual switch.");
    const BandwidthReservationMode mode = NetworkAdapterRules::effectiveMode(sw->reservationMode, sw->iovEnabled);
    if (sw->iovEnabled && sw->reservationMode == BandwidthReservationMode::Default)
        return tr("Minimum bandwidth does not apply on '%1': it was created with SR-IOV, whose traffic bypasses the "
                  "virtual switch and its bandwidth management.")
            .arg(sw->name);
    if (mode == BandwidthReservationMode::None)
        return tr("The switch '%1' was created without bandwidth reservation (mode None); that cannot be changed "
                  "after creation.")
            .arg(sw->name);
    return QString();
}

Diagnostics NetworkAdapterAdvisor::notes(const NetworkAdapterSettings &s, const VirtualSwitch *sw,
                                         const QString &hostOsBuild)
{
    using S = Diagnostic::Severity;
    Diagnostics out;

    const QString minReason = minimumBandwidthUnavailableReason(sw);
    if (sw && !minReason.isEmpty())
        out << note(S::Info, QStringLiteral("advisor.bandwidth.min.unavailable"), QStringLiteral("minimumBandwidth"),
                    minReason);

    if (s.vmqEnabled()) {
        if (sw && sw->availableVmQueues > 0) {
            const int free = qMax(0, sw->availableVmQueues - sw->vmqAllocated);
            out << note(free == 0 ? S::Warning : S::Info, QStringLiteral("advisor.vmq.scarce"), QStringLiteral("vmqWeight"),
                        tr("VM queues are scarce and handed out first come, first served: %1 of %2 free on '%3'. "
                           "A queue mainly speeds up inbound traffic; keep it for virtual machines that receive a lot.")
                            .arg(free)
                            .arg(sw->availableVmQueues)
                            .arg(sw->name));
        } else if (sw) {
            out << note(S::Info, QStringLiteral("advisor.vmq.none"), QStringLiteral("vmqWeight"),
                        tr("The switch '%1' has no VM queues (its network adapter has VMQ off or none); "
                           "traffic goes through the default queue.")
                            .arg(sw->name));
        }
    }

    if (s.ipsecOffloadEnabled()) {
        out << note(S::Info, QStringLiteral("advisor.ipsec.offload"), QStringLiteral("ipsecOffloadMaximumSecurityAssociation"),
                    tr("IPsec task offloading only moves the work: the number of security associations is this "
                       "adapter's share of the network adapter's capacity."));
    } else {
        out << note(S::Info, QStringLiteral("advisor.ipsec.off"), QStringLiteral("ipsecOffloadMaximumSecurityAssociation"),
                    tr("With 0 offloaded security associations, IPsec still works: it runs in the guest, on the "
                       "guest's processors."));
    }
    if (isIpsecOffloadDeprecated(hostOsBuild))
        out << note(S::Warning, QStringLiteral("advisor.ipsec.deprecated"),
                    QStringLiteral("ipsecOffloadMaximumSecurityAssociation"),
                    tr("IPsec task offload is deprecated on this host's Windows version."),
                    tr("Do not rely on it for new deployments."));

    if (s.iovEnabled()) {
        out << note(S::Info, QStringLiteral("advisor.iov.bypass"), QStringLiteral("iovWeight"),
                    tr("SR-IOV traffic bypasses the virtual switch: port ACLs, switch extensions and bandwidth "
                       "management do not apply to it. Without a free virtual function the adapter falls back to "
                       "the synthetic path without losing connectivity."));
        if (s.maximumBandwidth > 0 || s.minimumBandwidthAbsolute > 0 || s.minimumBandwidthWeight > 0)
            out << note(S::Warning, QStringLiteral("advisor.iov.bandwidth"), QStringLiteral("iovWeight"),
                        tr("The bandwidth limits of this adapter do not apply while it uses a virtual function."));
    }
    return out;
}

} // namespace hvdesk
