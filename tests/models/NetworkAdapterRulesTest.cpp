#include "QtPrinters.h"

#include <models/NetworkAdapterSettings.h>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

constexpr quint64 Mbps = 1'000'000ULL;

NetworkAdapterSettings connected(const QString &sw = QStringLiteral("Public"))
{
    NetworkAdapterSettings s;
    s.id = QStringLiteral("a1");
    s.switchName = sw;
    return s;
}

AdapterValidationContext context(BandwidthReservationMode mode = BandwidthReservationMode::Absolute, bool iov = false)
{
    AdapterValidationContext c;
    c.reservationMode = mode;
    c.switchIovEnabled = iov;
    c.linkSpeedBps = 10'000 * Mbps;
    return c;
}

QStringList ids(const Diagnostics &ds, bool errorsOnly = true)
{
    QStringList out;
    for (const Diagnostic &d : ds) {
        if (!errorsOnly || d.isError())
            out << d.id;
    }
    return out;
}

const Diagnostic *find(const Diagnostics &ds, const QString &id)
{
    for (const Diagnostic &d : ds) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST(NetworkAdapterRulesTest, DefaultsAreHyperVs)
{
    const NetworkAdapterSettings s;
    EXPECT_EQ(s.vmqWeight, 100);
    EXPECT_EQ(s.ipsecOffloadMaximumSecurityAssociation, 512u);
    EXPECT_EQ(s.iovWeight, 0);
    EXPECT_EQ(s.iovQueuePairsRequested, 1);
    EXPECT_EQ(s.iovInterruptModeration, IovInterruptModeration::Default);
    EXPECT_EQ(s.maximumBandwidth, 0u);
    EXPECT_EQ(s.minimumBandwidthAbsolute, 0u);
    EXPECT_EQ(s.minimumBandwidthWeight, 0);
    EXPECT_FALSE(s.vlanEnabled);
    EXPECT_FALSE(s.staticMacAddress);
    EXPECT_FALSE(s.macAddressSpoofing);
    EXPECT_FALSE(s.dhcpGuard);
    EXPECT_FALSE(s.routerGuard);
    EXPECT_TRUE(s.protectedNetwork);
    EXPECT_EQ(s.portMirroring, PortMirroringMode::None);
    EXPECT_FALSE(s.allowTeaming);
    EXPECT_FALSE(s.deviceNaming);
    EXPECT_TRUE(s.switchName.isEmpty()); // Not connected
    EXPECT_TRUE(NetworkAdapterRules::validate(s, context()).isEmpty());
}

TEST(NetworkAdapterRulesTest, VlanIdRange)
{
    NetworkAdapterSettings s = connected();
    s.vlanEnabled = true;
    for (int ok : {1, 20, 4094}) {
        s.vlanId = ok;
        EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context())).isEmpty()) << ok;
    }
    for (int bad : {0, 4095, -1}) {
        s.vlanId = bad;
        const Diagnostics ds = NetworkAdapterRules::validate(s, context());
        const Diagnostic *d = find(ds, QStringLiteral("adapter.vlan.range"));
        ASSERT_TRUE(d) << bad;
        EXPECT_EQ(d->field, QStringLiteral("vlanId"));
        EXPECT_TRUE(d->message.startsWith(QStringLiteral("VLAN ID:")));
        EXPECT_TRUE(d->fix.contains(QStringLiteral("1 to 4094")));
    }
    s.vlanEnabled = false;
    s.vlanId = 0; // ignored while identification is off
    EXPECT_TRUE(NetworkAdapterRules::validate(s, context()).isEmpty());
}

TEST(NetworkAdapterRulesTest, MinimumAboveMaximumIsRefused)
{
    NetworkAdapterSettings s = connected();
    s.minimumBandwidthAbsolute = 500 * Mbps;
    s.maximumBandwidth = 200 * Mbps;
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, context()), QStringLiteral("adapter.bandwidth.min-above-max"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->message, QStringLiteral("Minimum bandwidth: 500 Mbps is above the maximum of 200 Mbps."));
    s.maximumBandwidth = 0; // no limit
    EXPECT_FALSE(find(NetworkAdapterRules::validate(s, context()), QStringLiteral("adapter.bandwidth.min-above-max")));
}

TEST(NetworkAdapterRulesTest, BandwidthIsInMultiplesOfEightBits)
{
    NetworkAdapterSettings s = connected();
    s.maximumBandwidth = 100 * Mbps + 4;
    s.minimumBandwidthAbsolute = 100 * Mbps + 2;
    const QStringList found = ids(NetworkAdapterRules::validate(s, context()));
    EXPECT_TRUE(found.contains(QStringLiteral("adapter.bandwidth.max.granularity")));
    EXPECT_TRUE(found.contains(QStringLiteral("adapter.bandwidth.min.granularity")));
}

TEST(NetworkAdapterRulesTest, BandwidthAboveTheLargestLinkIsRefused)
{
    NetworkAdapterSettings s = connected();
    s.maximumBandwidth = NetworkAdapterRules::mbpsToBps(400'000);
    EXPECT_FALSE(find(NetworkAdapterRules::validate(s, context()), QStringLiteral("adapter.bandwidth.max.range")));
    s.maximumBandwidth = NetworkAdapterRules::mbpsToBps(1'000'000'000'000ULL);
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, context()), QStringLiteral("adapter.bandwidth.max.range"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->field, QStringLiteral("maximumBandwidth"));
    EXPECT_EQ(d->message, QStringLiteral("Maximum bandwidth: 1000000000000 Mbps is out of range."));
    EXPECT_EQ(d->fix, QStringLiteral("Enter from 0 (no limit) to 400000 Mbps."));

    s.maximumBandwidth = 0;
    s.minimumBandwidthAbsolute = NetworkAdapterRules::mbpsToBps(400'008);
    d = find(NetworkAdapterRules::validate(s, AdapterValidationContext()), QStringLiteral("adapter.bandwidth.min.range"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->field, QStringLiteral("minimumBandwidthAbsolute"));
    EXPECT_EQ(d->message, QStringLiteral("Minimum bandwidth: 400008 Mbps is out of range."));
}

TEST(NetworkAdapterRulesTest, MinimumFollowsTheSwitchReservationMode)
{
    NetworkAdapterSettings s = connected();
    s.minimumBandwidthAbsolute = 500 * Mbps;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Weight)))
                    .contains(QStringLiteral("adapter.bandwidth.min.mode")));
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Absolute))).isEmpty());
    // Default means Weight on an ordinary switch.
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Default)))
                    .contains(QStringLiteral("adapter.bandwidth.min.mode")));

    s.minimumBandwidthAbsolute = 0;
    s.minimumBandwidthWeight = 30;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Weight))).isEmpty());
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Absolute)))
                    .contains(QStringLiteral("adapter.bandwidth.min.mode")));
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::None)))
                    .contains(QStringLiteral("adapter.bandwidth.min.none")));
    s.minimumBandwidthWeight = 101;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Weight)))
                    .contains(QStringLiteral("adapter.bandwidth.weight.range")));
}

TEST(NetworkAdapterRulesTest, NoMinimumOnAnSrIovSwitch)
{
    NetworkAdapterSettings s = connected();
    s.minimumBandwidthWeight = 10;
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Default, true)),
                               QStringLiteral("adapter.bandwidth.min.iov"));
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->message.contains(QStringLiteral("SR-IOV")));
    EXPECT_EQ(NetworkAdapterRules::effectiveMode(BandwidthReservationMode::Default, true), BandwidthReservationMode::None);
    EXPECT_EQ(NetworkAdapterRules::effectiveMode(BandwidthReservationMode::Default, false), BandwidthReservationMode::Weight);
    EXPECT_EQ(NetworkAdapterRules::effectiveMode(BandwidthReservationMode::Absolute, true), BandwidthReservationMode::Absolute);
}

TEST(NetworkAdapterRulesTest, ReservationsMayNotOversubscribeTheLink)
{
    NetworkAdapterSettings s = connected();
    AdapterValidationContext c = context();
    c.otherAbsoluteReservationsBps = 8'000 * Mbps;
    s.minimumBandwidthAbsolute = 2'000 * Mbps;
    EXPECT_FALSE(find(NetworkAdapterRules::validate(s, c), QStringLiteral("adapter.bandwidth.oversubscribed")));
    s.minimumBandwidthAbsolute = 2'008 * Mbps;
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, c), QStringLiteral("adapter.bandwidth.oversubscribed"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->fix, QStringLiteral("Reserve at most 2000 Mbps."));
}

TEST(NetworkAdapterRulesTest, SmallReservationIsAWarningOnly)
{
    NetworkAdapterSettings s = connected();
    s.minimumBandwidthAbsolute = 50 * Mbps;
    const Diagnostics ds = NetworkAdapterRules::validate(s, context());
    const Diagnostic *d = find(ds, QStringLiteral("adapter.bandwidth.min.small"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->severity, Diagnostic::Severity::Warning);
    EXPECT_FALSE(hasErrors(ds));
}

TEST(NetworkAdapterRulesTest, WeightsAndCountsHaveTheirRanges)
{
    NetworkAdapterSettings s = connected();
    s.vmqWeight = 101;
    s.iovWeight = -1;
    s.ipsecOffloadMaximumSecurityAssociation = 4097;
    s.iovQueuePairsRequested = 0;
    const QStringList found = ids(NetworkAdapterRules::validate(s, context()));
    EXPECT_TRUE(found.contains(QStringLiteral("adapter.vmq.range")));
    EXPECT_TRUE(found.contains(QStringLiteral("adapter.iov.range")));
    EXPECT_TRUE(found.contains(QStringLiteral("adapter.ipsec.range")));
    EXPECT_TRUE(found.contains(QStringLiteral("adapter.iov.queuepairs.range")));
    s = connected();
    s.ipsecOffloadMaximumSecurityAssociation = 0; // offload off: legal
    s.vmqWeight = 0;
    s.ipsecOffloadMaximumSecurityAssociation = 4096;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, context())).isEmpty());
}

TEST(NetworkAdapterRulesTest, SrIovOnANonSrIovSwitchWarnsOfTheSyntheticPath)
{
    // An adapter that already has SR-IOV on this switch (imported, moved) keeps it, with a warning.
    NetworkAdapterSettings s = connected();
    s.iovWeight = 100;
    AdapterValidationContext c = context();
    c.original = s;
    c.hasOriginal = true;
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, c), QStringLiteral("adapter.iov.switch"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->severity, Diagnostic::Severity::Warning);
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(s, c)).isEmpty());
    EXPECT_FALSE(find(NetworkAdapterRules::validate(s, context(BandwidthReservationMode::Default, true)),
                      QStringLiteral("adapter.iov.switch")));
}

TEST(NetworkAdapterRulesTest, TurningSrIovOnWhereTheSwitchLacksItIsAnErrorWithTheSwitchsReason)
{
    NetworkAdapterSettings before = connected();
    NetworkAdapterSettings after = before;
    after.iovWeight = 100;
    AdapterValidationContext c = context();
    c.original = before;
    c.hasOriginal = true;
    c.iovUnavailableReason = QStringLiteral("The switch was created without SR-IOV.");
    const Diagnostic *d = find(NetworkAdapterRules::validate(after, c), QStringLiteral("adapter.iov.unavailable"));
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->isError());
    EXPECT_EQ(d->field, QStringLiteral("iovWeight"));
    EXPECT_EQ(d->message, QStringLiteral("SR-IOV is not available: The switch was created without SR-IOV."));
    EXPECT_FALSE(d->fix.isEmpty());
    // Without the host's reasons the switch's flag decides, and names the switch.
    c.iovUnavailableReason.clear();
    d = find(NetworkAdapterRules::validate(after, c), QStringLiteral("adapter.iov.unavailable"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->message, QStringLiteral("SR-IOV is not available: The switch 'Public' was created without SR-IOV."));
    // Turning it off is always allowed; on an SR-IOV switch turning it on is too.
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(before, c)).isEmpty());
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(after, context(BandwidthReservationMode::Default, true))).isEmpty());
}

TEST(NetworkAdapterRulesTest, FeaturesTheHostOrVmLacksCannotBeChanged)
{
    NetworkAdapterSettings before = connected();
    AdapterValidationContext c = context();
    c.original = before;
    c.hasOriginal = true;
    c.protectedNetworkUnavailableReason = QStringLiteral("it needs Windows Server 2012 R2 or later.");
    c.deviceNamingUnavailableReason = QStringLiteral("it needs Windows Server 2016 or later.");
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(before, c)).isEmpty()); // the defaults stay legal

    NetworkAdapterSettings after = before;
    after.protectedNetwork = false;
    after.deviceNaming = true;
    const Diagnostics ds = NetworkAdapterRules::validate(after, c);
    const Diagnostic *p = find(ds, QStringLiteral("adapter.protected.unavailable"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->field, QStringLiteral("protectedNetwork"));
    EXPECT_EQ(p->message, QStringLiteral("Protected network is not available: it needs Windows Server 2012 R2 or later."));
    const Diagnostic *n = find(ds, QStringLiteral("adapter.devicenaming.unavailable"));
    ASSERT_TRUE(n);
    EXPECT_EQ(n->field, QStringLiteral("deviceNaming"));
    EXPECT_EQ(n->message, QStringLiteral("Device naming is not available: it needs Windows Server 2016 or later."));
    // A new adapter cannot ask for device naming either.
    AdapterValidationContext fresh = c;
    fresh.hasOriginal = false;
    NetworkAdapterSettings added = connected();
    added.deviceNaming = true;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(added, fresh)).contains(QStringLiteral("adapter.devicenaming.unavailable")));
}

TEST(NetworkAdapterRulesTest, TheBroadcastAddressIsCalledBroadcastNotMulticast)
{
    QString why;
    EXPECT_FALSE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("FFFFFFFFFFFF"), &why));
    EXPECT_EQ(why, QStringLiteral("is the broadcast address."));
    why.clear();
    EXPECT_FALSE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("01005E000001"), &why));
    EXPECT_EQ(why, QStringLiteral("is a multicast address (the first octet is odd)."));

    NetworkAdapterSettings s = connected();
    s.staticMacAddress = true;
    s.macAddress = QStringLiteral("FF:FF:FF:FF:FF:FF");
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, context()), QStringLiteral("adapter.mac.invalid"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->message, QStringLiteral("MAC address: 'FF:FF:FF:FF:FF:FF' is the broadcast address."));
}

TEST(NetworkAdapterRulesTest, MissingSwitchNamesTheCaseSensitivity)
{
    NetworkAdapterSettings s = connected(QStringLiteral("PUBLIC"));
    AdapterValidationContext c = context();
    c.switchExists = false;
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, c), QStringLiteral("adapter.switch.missing"));
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->message.contains(QStringLiteral("case-sensitive")));
}

TEST(NetworkAdapterRulesTest, MacAddresses)
{
    EXPECT_EQ(NetworkAdapterRules::normalizeMac(QStringLiteral("00-15-5d-0a-01-01")), QStringLiteral("00155D0A0101"));
    EXPECT_EQ(NetworkAdapterRules::normalizeMac(QStringLiteral("00:15:5D:0A:01:01")), QStringLiteral("00155D0A0101"));
    EXPECT_EQ(NetworkAdapterRules::formatMac(QStringLiteral("00155D0A0101")), QStringLiteral("00-15-5D-0A-01-01"));
    EXPECT_TRUE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("00155D0A0101")));
    QString why;
    EXPECT_FALSE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("01005E000001"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("multicast")));
    EXPECT_FALSE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("000000000000")));
    EXPECT_FALSE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("00155D0A01")));
    EXPECT_FALSE(NetworkAdapterRules::isValidUnicastMac(QStringLiteral("00155D0A01GG")));

    NetworkAdapterSettings s = connected();
    s.staticMacAddress = true;
    s.macAddress = QStringLiteral("03-15-5D-00-00-01");
    const Diagnostic *d = find(NetworkAdapterRules::validate(s, context()), QStringLiteral("adapter.mac.invalid"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->field, QStringLiteral("macAddress"));
    EXPECT_TRUE(d->message.startsWith(QStringLiteral("MAC address: '03-15-5D-00-00-01'")));
}

TEST(NetworkAdapterRulesTest, MacAddressOnlyChangesWhileOff)
{
    NetworkAdapterSettings before = connected();
    before.macAddress = QStringLiteral("00155D000001");
    NetworkAdapterSettings after = before;
    after.staticMacAddress = true;
    after.macAddress = QStringLiteral("00-15-5D-00-00-09");
    AdapterValidationContext c = context();
    c.original = before;
    c.hasOriginal = true;
    c.vmRunning = true;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(after, c)).contains(QStringLiteral("adapter.mac.running")));
    c.vmRunning = false;
    EXPECT_TRUE(ids(NetworkAdapterRules::validate(after, c)).isEmpty());
}
