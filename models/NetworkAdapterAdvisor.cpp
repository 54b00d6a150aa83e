#include "NetworkAdapterAdvisor.h"

#include "Version.h"

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
    if (!sw->iovEnabled) // a host that gives no reasons
        return tr("The switch '%1' was created without SR-IOV; it cannot be converted later.").arg(sw->name);
    return QString();
}

static bool buildBefore(const QString &hostOsBuild, const char *first)
{
    const Version build = Version::parse(hostOsBuild);
    return build.isValid() && build < Version::parse(QString::fromLatin1(first));
}

QString NetworkAdapterAdvisor::protectedNetworkUnavailableReason(const HostInfo &host)
{
    if (buildBefore(host.osBuild, ProtectedNetworkFromBuild))
        return tr("it needs Windows Server 2012 R2 or later; %1 runs build %2.").arg(host.name, host.osBuild);
    return QString();
}

QString NetworkAdapterAdvisor::deviceNamingUnavailableReason(const HostInfo &host, const VmInfo &vm)
{
    if (buildBefore(host.osBuild, DeviceNamingFromBuild))
        return tr("it needs Windows Server 2016 or later; %1 runs build %2.").arg(host.name, host.osBuild);
    if (vm.generation < DeviceNamingMinGeneration)
        return tr("it is for generation 2 virtual machines only; '%1' is generation %2.").arg(vm.name).arg(vm.generation);
    return QString();
}

AdapterValidationContext NetworkAdapterAdvisor::validationContext(const HostInfo &host, const VmInfo &vm,
                                                                  const NetworkAdapterSettings &adapter)
{
    AdapterValidationContext c;
    const VirtualSwitch *sw = adapter.switchName.isEmpty() ? nullptr : host.findSwitch(adapter.switchName);
    c.switchExists = sw != nullptr;
    if (sw) {
        c.reservationMode = sw->reservationMode;
        c.switchIovEnabled = sw->iovEnabled;
        // Only physical links can be oversubscribed; internal and private switches have none.
        const PhysicalNic *nic = sw->type == SwitchType::External ? host.findNic(sw->boundNic) : nullptr;
        c.linkSpeedBps = nic ? nic->linkSpeedBps : 0;
    }
    if (sw || adapter.switchName.isEmpty())
        c.iovUnavailableReason = iovUnavailableReason(sw);
    c.protectedNetworkUnavailableReason = protectedNetworkUnavailableReason(host);
    c.deviceNamingUnavailableReason = deviceNamingUnavailableReason(host, vm);
    c.vmRunning = VmStates::holdsMemory(vm.state);
    for (const NetworkAdapter &a : vm.adapters) {
        if (a.settings.id == adapter.id) {
            c.original = a.settings;
            c.hasOriginal = true;
        }
    }
    return c;
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
