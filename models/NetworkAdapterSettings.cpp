#include "NetworkAdapterSettings.h"

#include <QRegularExpression>

namespace hvdesk {

BandwidthReservationMode NetworkAdapterRules::effectiveMode(BandwidthReservationMode mode, bool iovSwitch)
{
    if (mode != BandwidthReservationMode::Default)
        return mode;
    return iovSwitch ? BandwidthReservationMode::None : BandwidthReservationMode::Weight;
}

static Diagnostic error(const QString &id, const QString &field, const QString &message, const QString &fix)
{
    return Diagnostic{Diagnostic::Severity::Error, id, field, message, fix};
}

static Diagnostic warning(const QString &id, const QString &field, const QString &message, const QString &fix)
{
    return Diagnostic{Diagnostic::Severity::Warning, id, field, message, fix};
}

Diagnostics NetworkAdapterRules::validate(const NetworkAdapterSettings &s, const AdapterValidationContext &c)
{
    Diagnostics out;
    const bool connected = !s.switchName.isEmpty();

    if (connected && !c.switchExists) {
        out << error(QStringLiteral("adapter.switch.missing"), QStringLiteral("switchName"),
                     tr("Virtual switch: the host has no switch named '%1' (names are case-sensitive).").arg(s.switchName),
                     tr("Choose one of the host's switches, or Not connected."));
    }

    if (s.vlanEnabled && (s.vlanId < NetworkAdapterSettings::VlanIdMin || s.vlanId > NetworkAdapterSettings::VlanIdMax)) {
        out << error(QStringLiteral("adapter.vlan.range"), QStringLiteral("vlanId"),
                     tr("VLAN ID: %1 is out of range.").arg(s.vlanId),
                     tr("Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.")
                         .arg(NetworkAdapterSettings::VlanIdMin)
                         .arg(NetworkAdapterSettings::VlanIdMax));
    }

    // Bandwidth: multiples of 8 bit/s, minimum within maximum, no oversubscription.
    const quint64 g = NetworkAdapterSettings::BandwidthGranularityBps;
    if (s.maximumBandwidth % g != 0) {
        out << error(QStringLiteral("adapter.bandwidth.max.granularity"), QStringLiteral("maximumBandwidth"),
                     tr("Maximum bandwidth: %1 bit/s is not a multiple of 8.").arg(s.maximumBandwidth),
                     tr("Round the value to a multiple of 8 bit/s."));
    }
    if (s.minimumBandwidthAbsolute % g != 0) {
        out << error(QStringLiteral("adapter.bandwidth.min.granularity"), QStringLiteral("minimumBandwidthAbsolute"),
                     tr("Minimum bandwidth: %1 bit/s is not a multiple of 8.").arg(s.minimumBandwidthAbsolute),
                     tr("Round the value to a multiple of 8 bit/s."));
    }
    const quint64 largest = mbpsToBps(quint64(NetworkAdapterSettings::BandwidthMaxMbps));
    if (s.maximumBandwidth > largest) {
        out << error(QStringLiteral("adapter.bandwidth.max.range"), QStringLiteral("maximumBandwidth"),
                     tr("Maximum bandwidth: %1 Mbps is out of range.").arg(bpsToMbps(s.maximumBandwidth)),
                     tr("Enter from 0 (no limit) to %1 Mbps.").arg(NetworkAdapterSettings::BandwidthMaxMbps));
    }
    if (s.minimumBandwidthAbsolute > largest) {
        out << error(QStringLiteral("adapter.bandwidth.min.range"), QStringLiteral("minimumBandwidthAbsolute"),
                     tr("Minimum bandwidth: %1 Mbps is out of range.").arg(bpsToMbps(s.minimumBandwidthAbsolute)),
                     tr("Enter from 0 (no reservation) to %1 Mbps.").arg(NetworkAdapterSettings::BandwidthMaxMbps));
    }
    if (s.minimumBandwidthWeight < NetworkAdapterSettings::WeightMin
        || s.minimumBandwidthWeight > NetworkAdapterSettings::WeightMax) {
        out << error(QStringLiteral("adapter.bandwidth.weight.range"), QStringLiteral("minimumBandwidthWeight"),
                     tr("Minimum bandwidth weight: %1 is out of range.").arg(s.minimumBandwidthWeight),
                     tr("Enter a weight from 0 (no reservation) to 100."));
    }

    const BandwidthReservationMode mode = effectiveMode(c.reservationMode, c.switchIovEnabled);
    const bool wantsMinimum = s.minimumBandwidthAbsolute > 0 || s.minimumBandwidthWeight > 0;
    if (connected && wantsMinimum) {
        if (c.switchIovEnabled && c.reservationMode == BandwidthReservationMode::Default) {
            out << error(QStringLiteral("adapter.bandwidth.min.iov"), QStringLiteral("minimumBandwidth"),
                         tr("Minimum bandwidth does not apply on the SR-IOV switch '%1': SR-IOV traffic bypasses the switch.")
                             .arg(s.switchName),
                         tr("Clear the minimum bandwidth, or connect the adapter to a switch without SR-IOV."));
        } else if (mode == BandwidthReservationMode::None) {
            out << error(QStringLiteral("adapter.bandwidth.min.none"), QStringLiteral("minimumBandwidth"),
                         tr("Minimum bandwidth: the switch '%1' was created without bandwidth reservation.").arg(s.switchName),
                         tr("Clear the minimum bandwidth; the switch's reservation mode cannot be changed after creation."));
        } else if (mode == BandwidthReservationMode::Weight && s.minimumBandwidthAbsolute > 0) {
            out << error(QStringLiteral("adapter.bandwidth.min.mode"), QStringLiteral("minimumBandwidthAbsolute"),
                         tr("Minimum bandwidth: the switch '%1' reserves bandwidth by weight, not in Mbps.").arg(s.switchName),
                         tr("Enter a weight from 1 to 100 instead."));
        } else if (mode == BandwidthReservationMode::Absolute && s.minimumBandwidthWeight > 0) {
            out << error(QStringLiteral("adapter.bandwidth.min.mode"), QStringLiteral("minimumBandwidthWeight"),
                         tr("Minimum bandwidth: the switch '%1' reserves bandwidth in Mbps, not by weight.").arg(s.switchName),
                         tr("Enter the minimum in Mbps instead."));
        }
    }

    if (s.maximumBandwidth > 0 && s.minimumBandwidthAbsolute > s.maximumBandwidth) {
        out << error(QStringLiteral("adapter.bandwidth.min-above-max"), QStringLiteral("minimumBandwidthAbsolute"),
                     tr("Minimum bandwidth: %1 Mbps is above the maximum of %2 Mbps.")
                         .arg(bpsToMbps(s.minimumBandwidthAbsolute))
                         .arg(bpsToMbps(s.maximumBandwidth)),
                     tr("Lower the minimum or raise the maximum."));
    }
    if (mode == BandwidthReservationMode::Absolute && s.minimumBandwidthAbsolute > 0) {
        if (c.linkSpeedBps > 0 && s.minimumBandwidthAbsolute + c.otherAbsoluteReservationsBps > c.linkSpeedBps) {
            out << error(QStringLiteral("adapter.bandwidth.oversubscribed"), QStringLiteral("minimumBandwidthAbsolute"),
                         tr("Minimum bandwidth: %1 Mbps plus the %2 Mbps other adapters reserve exceeds the %3 Mbps link of '%4'.")
                             .arg(bpsToMbps(s.minimumBandwidthAbsolute))
                             .arg(bpsToMbps(c.otherAbsoluteReservationsBps))
                             .arg(bpsToMbps(c.linkSpeedBps))
                             .arg(s.switchName),
                         tr("Reserve at most %1 Mbps.")
                             .arg(bpsToMbps(c.linkSpeedBps > c.otherAbsoluteReservationsBps
                                                ? c.linkSpeedBps - c.otherAbsoluteReservationsBps
                                                : 0)));
        } else if (s.minimumBandwidthAbsolute < NetworkAdapterSettings::RecommendedMinimumAbsoluteBps) {
            out << warning(QStringLiteral("adapter.bandwidth.min.small"), QStringLiteral("minimumBandwidthAbsolute"),
                           tr("Minimum bandwidth: reservations of 100 Mbps or less are not precise on a congested link."),
                           tr("Reserve more than 100 Mbps where the guarantee matters."));
        }
    }

    if (s.vmqWeight < NetworkAdapterSettings::WeightMin || s.vmqWeight > NetworkAdapterSettings::WeightMax) {
        out << error(QStringLiteral("adapter.vmq.range"), QStringLiteral("vmqWeight"),
                     tr("Virtual machine queue weight: %1 is out of range.").arg(s.vmqWeight),
                     tr("Enter a weight from 0 (off) to 100."));
    }
    if (s.iovWeight < NetworkAdapterSettings::WeightMin || s.iovWeight > NetworkAdapterSettings::WeightMax) {
        out << error(QStringLiteral("adapter.iov.range"), QStringLiteral("iovWeight"),
                     tr("SR-IOV weight: %1 is out of range.").arg(s.iovWeight),
                     tr("Enter a weight from 0 (off) to 100."));
    }
    if (s.ipsecOffloadMaximumSecurityAssociation > NetworkAdapterSettings::IpsecOffloadSaMax) {
        out << error(QStringLiteral("adapter.ipsec.range"), QStringLiteral("ipsecOffloadMaximumSecurityAssociation"),
                     tr("Maximum number of offloaded security associations: %1 is out of range.")
                         .arg(s.ipsecOffloadMaximumSecurityAssociation),
                     tr("Enter a number from 1 to %1, or turn IPsec task offloading off.").arg(NetworkAdapterSettings::IpsecOffloadSaMax));
    }
    if (s.iovQueuePairsRequested < NetworkAdapterSettings::IovQueuePairsMin
        || s.iovQueuePairsRequested > NetworkAdapterSettings::IovQueuePairsMax) {
        out << error(QStringLiteral("adapter.iov.queuepairs.range"), QStringLiteral("iovQueuePairsRequested"),
                     tr("SR-IOV queue pairs: %1 is out of range.").arg(s.iovQueuePairsRequested),
                     tr("Request from %1 to %2 queue pairs.")
                         .arg(NetworkAdapterSettings::IovQueuePairsMin)
                         .arg(NetworkAdapterSettings::IovQueuePairsMax));
    }
    // Turning SR-IOV on follows the switch, as VM Settings' checkbox does; an adapter that already
    // has it on the same switch keeps it (it falls back to the synthetic path) and is only warned.
    const bool iovKept = c.hasOriginal && c.original.iovEnabled() && c.original.switchName == s.switchName;
    QString iovWhyNot = c.iovUnavailableReason;
    if (iovWhyNot.isEmpty() && !connected)
        iovWhyNot = tr("SR-IOV needs the adapter to be connected to a virtual switch created with SR-IOV.");
    else if (iovWhyNot.isEmpty() && c.switchExists && !c.switchIovEnabled)
        iovWhyNot = tr("The switch '%1' was created without SR-IOV.").arg(s.switchName);
    if (s.iovEnabled() && !iovKept && !iovWhyNot.isEmpty() && (c.switchExists || !connected)) {
        out << error(QStringLiteral("adapter.iov.unavailable"), QStringLiteral("iovWeight"),
                     tr("SR-IOV is not available: %1").arg(iovWhyNot),
                     tr("Leave SR-IOV off, or connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov)."));
    } else if (s.iovEnabled() && connected && c.switchExists && !c.switchIovEnabled) {
        out << warning(QStringLiteral("adapter.iov.switch"), QStringLiteral("iovWeight"),
                       tr("SR-IOV: the switch '%1' was not created with SR-IOV, so the adapter uses the synthetic path.")
                           .arg(s.switchName),
                       tr("Connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov)."));
    }

    if (s.staticMacAddress) {
        QString why;
        if (!isValidUnicastMac(normalizeMac(s.macAddress), &why)) {
            out << error(QStringLiteral("adapter.mac.invalid"), QStringLiteral("macAddress"),
                         tr("MAC address: '%1' %2").arg(s.macAddress, why),
                         tr("Enter 12 hexadecimal digits of a unicast address, e.g. 00-15-5D-01-02-03."));
        }
    }

    // Features the host's version or the VM's generation lack cannot be changed (a new adapter
    // keeps the defaults); turning device naming off stays possible.
    if (!c.protectedNetworkUnavailableReason.isEmpty() && c.hasOriginal
        && s.protectedNetwork != c.original.protectedNetwork) {
        out << error(QStringLiteral("adapter.protected.unavailable"), QStringLiteral("protectedNetwork"),
                     tr("Protected network is not available: %1").arg(c.protectedNetworkUnavailableReason),
                     tr("Keep the current setting."));
    }
    if (!c.deviceNamingUnavailableReason.isEmpty() && s.deviceNaming && !(c.hasOriginal && c.original.deviceNaming)) {
        out << error(QStringLiteral("adapter.devicenaming.unavailable"), QStringLiteral("deviceNaming"),
                     tr("Device naming is not available: %1").arg(c.deviceNamingUnavailableReason),
                     tr("Leave device naming off."));
    }

    if (c.vmRunning && c.hasOriginal) {
        const NetworkAdapterSettings &o = c.original;
        if (o.staticMacAddress != s.staticMacAddress
            || (s.staticMacAddress && normalizeMac(o.macAddress) != normalizeMac(s.macAddress))) {
            out << error(QStringLiteral("adapter.mac.running"), QStringLiteral("macAddress"),
                         tr("MAC address: it can only be changed while the virtual machine is off."),
                         tr("Shut down the virtual machine, or keep the current MAC address."));
        }
    }
    return out;
}

QString NetworkAdapterRules::normalizeMac(const QString &text)
{
    QString out;
    out.reserve(12);
    for (const QChar ch : text) {
        if (ch == QLatin1Char('-') || ch == QLatin1Char(':') || ch == QLatin1Char('.') || ch.isSpace())
            continue;
        out.append(ch.toUpper());
    }
    return out;
}

bool NetworkAdapterRules::isValidUnicastMac(const QString &normalized, QString *whyNot)
{
    static const QRegularExpression hex12(QStringLiteral("^[0-9A-F]{12}$"));
    if (!hex12.match(normalized).hasMatch()) {
        if (whyNot)
            *whyNot = tr("is not 12 hexadecimal digits.");
        return false;
    }
    if (normalized == QLatin1String("000000000000")) {
        if (whyNot)
            *whyNot = tr("is all zeros.");
        return false;
    }
    if (normalized == QLatin1String("FFFFFFFFFFFF")) {
        if (whyNot)
            *whyNot = tr("is the broadcast address.");
        return false;
    }
    const int firstOctet = normalized.left(2).toInt(nullptr, 16);
    if (firstOctet & 0x01) {
        if (whyNot)
            *whyNot = tr("is a multicast address (the first octet is odd).");
        return false;
    }
    return true;
}

QString NetworkAdapterRules::formatMac(const QString &normalized)
{
    if (normalized.size() != 12)
        return normalized;
    QStringList parts;
    for (int i = 0; i < 12; i += 2)
        parts << normalized.mid(i, 2);
    return parts.join(QLatin1Char('-'));
}

QString NetworkAdapterRules::displayName(PortMirroringMode mode)
{
    switch (mode) {
    case PortMirroringMode::None: return tr("None", "port mirroring");
    case PortMirroringMode::Source: return tr("Source", "port mirroring");
    case PortMirroringMode::Destination: return tr("Destination", "port mirroring");
    }
    return QString();
}

QString NetworkAdapterRules::displayName(IovInterruptModeration mode)
{
    switch (mode) {
    case IovInterruptModeration::Default: return tr("Default", "interrupt moderation");
    case IovInterruptModeration::Adaptive: return tr("Adaptive", "interrupt moderation");
    case IovInterruptModeration::Off: return tr("Off", "interrupt moderation");
    case IovInterruptModeration::Low: return tr("Low", "interrupt moderation");
    case IovInterruptModeration::Medium: return tr("Medium", "interrupt moderation");
    case IovInterruptModeration::High: return tr("High", "interrupt moderation");
    }
    return QString();
}

QString NetworkAdapterRules::displayName(BandwidthReservationMode mode)
{
    switch (mode) {
    case BandwidthReservationMode::Default: return tr("Default", "bandwidth reservation mode");
    case BandwidthReservationMode::Weight: return tr("Weight", "bandwidth reservation mode");
    case BandwidthReservationMode::Absolute: return tr("Absolute", "bandwidth reservation mode");
    case BandwidthReservationMode::None: return tr("None", "bandwidth reservation mode");
    }
    return QString();
}

QString NetworkAdapterRules::key(PortMirroringMode mode)
{
    switch (mode) {
    case PortMirroringMode::None: return QStringLiteral("None");
    case PortMirroringMode::Source: return QStringLiteral("Source");
    case PortMirroringMode::Destination: return QStringLiteral("Destination");
    }
    return QString();
}

QString NetworkAdapterRules::key(IovInterruptModeration mode)
{
    switch (mode) {
    case IovInterruptModeration::Default: return QStringLiteral("Default");
    case IovInterruptModeration::Adaptive: return QStringLiteral("Adaptive");
    case IovInterruptModeration::Off: return QStringLiteral("Off");
    case IovInterruptModeration::Low: return QStringLiteral("Low");
    case IovInterruptModeration::Medium: return QStringLiteral("Medium");
    case IovInterruptModeration::High: return QStringLiteral("High");
    }
    return QString();
}

QString NetworkAdapterRules::key(BandwidthReservationMode mode)
{
    switch (mode) {
    case BandwidthReservationMode::Default: return QStringLiteral("Default");
    case BandwidthReservationMode::Weight: return QStringLiteral("Weight");
    case BandwidthReservationMode::Absolute: return QStringLiteral("Absolute");
    case BandwidthReservationMode::None: return QStringLiteral("None");
    }
    return QString();
}

} // namespace hvdesk
