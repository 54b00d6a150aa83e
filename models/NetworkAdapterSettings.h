#pragma once

#include "Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace hvdesk {

enum class PortMirroringMode { None, Source, Destination };
enum class IovInterruptModeration { Default, Adaptive, Off, Low, Medium, High };
// Msvm_VirtualEthernetSwitchSettingData.BandwidthReservationMode: 0 Default, 1 Weight, 2 Absolute, 3 None.
enum class BandwidthReservationMode { Default = 0, Weight = 1, Absolute = 2, None = 3 };

// The requested settings of one VM network adapter: every field of Hyper-V Manager's Network
// Adapter, Hardware Acceleration and Advanced Features pages, with Hyper-V's defaults.
// Bandwidth is kept in bits per second, as Set-VMNetworkAdapter takes it.
struct NetworkAdapterSettings
{
    static constexpr int VlanIdMin = 1;
    static constexpr int VlanIdMax = 4094;
    static constexpr int WeightMin = 0;
    static constexpr int WeightMax = 100;
    static constexpr int DefaultVmqWeight = 100;
    static constexpr quint32 DefaultIpsecOffloadSa = 512;
    static constexpr quint32 IpsecOffloadSaMax = 4096; // the GUI's range is 1-4096; 0 turns offload off
    static constexpr int IovQueuePairsMin = 1;
    static constexpr int IovQueuePairsMax = 16; // unverified: the largest value NICs of the era accept
    static constexpr quint64 BandwidthGranularityBps = 8; // bandwidth values are multiples of 8 bit/s
    static constexpr quint64 RecommendedMinimumAbsoluteBps = 100'000'000; // >100 Mbps recommended
    // The largest bandwidth, minimum or maximum, hvdesk accepts, in Mbps. Unverified: 400 GbE, the
    // fastest Ethernet link; Set-VMNetworkAdapter takes bit/s as Int64, far beyond any link.
    static constexpr qint64 BandwidthMaxMbps = 400'000;

    QString id;                               // instance id, stable for the adapter's life
    QString name = QStringLiteral("Network Adapter");
    QString switchName;                       // empty: Not connected
    bool vlanEnabled = false;
    int vlanId = 0;                           // 1-4094 when vlanEnabled
    quint64 minimumBandwidthAbsolute = 0;     // bits/s, 0 = none; used on Absolute switches
    int minimumBandwidthWeight = 0;           // 0-100, 0 = none; used on Weight switches
    quint64 maximumBandwidth = 0;             // bits/s, 0 = no limit
    int vmqWeight = DefaultVmqWeight;         // 0 = VMQ off
    quint32 ipsecOffloadMaximumSecurityAssociation = DefaultIpsecOffloadSa; // 0 = offload off
    int iovWeight = 0;                        // 0 = SR-IOV off
    int iovQueuePairsRequested = 1;
    IovInterruptModeration iovInterruptModeration = IovInterruptModeration::Default;
    bool staticMacAddress = false;
    QString macAddress;                       // 12 hex digits, no separators; the static one when set
    bool macAddressSpoofing = false;
    bool dhcpGuard = false;
    bool routerGuard = false;
    bool protectedNetwork = true;
    PortMirroringMode portMirroring = PortMirroringMode::None;
    bool allowTeaming = false;
    bool deviceNaming = false;

    bool vmqEnabled() const { return vmqWeight > 0; }
    bool ipsecOffloadEnabled() const { return ipsecOffloadMaximumSecurityAssociation > 0; }
    bool iovEnabled() const { return iovWeight > 0; }

    bool operator==(const NetworkAdapterSettings &) const = default;
};

// What validation needs to know about the adapter's surroundings.
struct AdapterValidationContext
{
    bool switchExists = true;
    BandwidthReservationMode reservationMode = BandwidthReservationMode::Default;
    bool switchIovEnabled = false;
    quint64 linkSpeedBps = 0;                 // 0: unknown, no oversubscription check
    quint64 otherAbsoluteReservationsBps = 0; // what the switch's other adapters reserve
    bool vmRunning = false;
    NetworkAdapterSettings original;          // for rules on what may change while running
    bool hasOriginal = false;
    // Why SR-IOV cannot be turned on for this adapter (the switch's IovSupportReasons, or "not
    // connected"); empty when it can, or when only switchIovEnabled is known.
    QString iovUnavailableReason;
    // Why the host or the VM lacks protected network / device naming; empty when it has them
    // (NetworkAdapterAdvisor::protectedNetworkUnavailableReason and deviceNamingUnavailableReason).
    QString protectedNetworkUnavailableReason;
    QString deviceNamingUnavailableReason;
};

class NetworkAdapterRules
{
    Q_DECLARE_TR_FUNCTIONS(NetworkAdapterRules)

public:
    // The reservation mode a switch effectively uses: Default means Weight on a normal switch
    // (Hyper-V's default for New-VMSwitch) and None on an SR-IOV switch.
    static BandwidthReservationMode effectiveMode(BandwidthReservationMode mode, bool iovSwitch);

    // Every rule of DOMAIN.md section 2; pure. Errors block Apply, warnings do not.
    static Diagnostics validate(const NetworkAdapterSettings &settings, const AdapterValidationContext &context);

    // "00155D010203" from any of "00-15-5D-01-02-03", "00:15:5d:01:02:03", "00155d010203".
    static QString normalizeMac(const QString &text);
    // Unicast only: FF-FF-FF-FF-FF-FF is named broadcast, other group addresses multicast.
    static bool isValidUnicastMac(const QString &normalized, QString *whyNot = nullptr);
    static QString formatMac(const QString &normalized); // 00-15-5D-01-02-03

    static QString displayName(PortMirroringMode mode);
    static QString displayName(IovInterruptModeration mode);
    static QString displayName(BandwidthReservationMode mode);
    static QString key(PortMirroringMode mode);
    static QString key(IovInterruptModeration mode);
    static QString key(BandwidthReservationMode mode);

    static quint64 mbpsToBps(quint64 mbps) { return mbps * 1'000'000ULL; }
    static quint64 bpsToMbps(quint64 bps) { return bps / 1'000'000ULL; }
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::NetworkAdapterSettings)
