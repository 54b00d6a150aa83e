#include "QtPrinters.h"

#include <models/NetworkAdapterAdvisor.h>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

VirtualSwitch iovSwitch()
{
    VirtualSwitch sw;
    sw.name = QStringLiteral("Public");
    sw.iovEnabled = true;
    sw.reservationMode = BandwidthReservationMode::Default;
    sw.availableVmQueues = 16;
    sw.vmqAllocated = 5;
    sw.availableIpsecSa = 1024;
    sw.iovVirtualFunctionCount = 32;
    return sw;
}

QStringList ids(const Diagnostics &notes)
{
    QStringList out;
    for (const Diagnostic &d : notes)
        out << d.id;
    return out;
}

const Diagnostic *find(const Diagnostics &notes, const QString &id)
{
    for (const Diagnostic &d : notes) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST(NetworkAdapterAdvisorTest, DefaultAdapterOnSrIovSwitch)
{
    const VirtualSwitch sw = iovSwitch();
    NetworkAdapterSettings s;
    s.switchName = sw.name;
    const Diagnostics notes = NetworkAdapterAdvisor::notes(s, &sw, QStringLiteral("6.2.9200"));
    EXPECT_EQ(ids(notes), QStringList({QStringLiteral("advisor.bandwidth.min.unavailable"), QStringLiteral("advisor.vmq.scarce"),
                                       QStringLiteral("advisor.ipsec.offload")}));
    // VMQ: how many queues remain, and that it helps inbound traffic.
    const Diagnostic *vmq = find(notes, QStringLiteral("advisor.vmq.scarce"));
    ASSERT_NE(vmq, nullptr);
    EXPECT_TRUE(vmq->message.contains(QStringLiteral("11 of 16 free on 'Public'"))) << vmq->message.toStdString();
    EXPECT_TRUE(vmq->message.contains(QStringLiteral("inbound")));
    EXPECT_EQ(vmq->severity, Diagnostic::Severity::Info);
    EXPECT_TRUE(find(notes, QStringLiteral("advisor.bandwidth.min.unavailable"))->message.contains(QStringLiteral("SR-IOV")));
}

TEST(NetworkAdapterAdvisorTest, NoFreeQueueIsAWarning)
{
    VirtualSwitch sw = iovSwitch();
    sw.vmqAllocated = 16;
    NetworkAdapterSettings s;
    const Diagnostic *vmq = find(NetworkAdapterAdvisor::notes(s, &sw, QString()), QStringLiteral("advisor.vmq.scarce"));
    ASSERT_NE(vmq, nullptr);
    EXPECT_EQ(vmq->severity, Diagnostic::Severity::Warning);
    EXPECT_TRUE(vmq->message.contains(QStringLiteral("0 of 16 free")));
}

TEST(NetworkAdapterAdvisorTest, SrIovBypassesTheSwitch)
{
    const VirtualSwitch sw = iovSwitch();
    NetworkAdapterSettings s;
    s.iovWeight = 100;
    s.maximumBandwidth = NetworkAdapterRules::mbpsToBps(500);
    const Diagnostics notes = NetworkAdapterAdvisor::notes(s, &sw, QString());
    const Diagnostic *bypass = find(notes, QStringLiteral("advisor.iov.bypass"));
    ASSERT_NE(bypass, nullptr);
    EXPECT_TRUE(bypass->message.contains(QStringLiteral("port ACLs, switch extensions and bandwidth management")));
    ASSERT_NE(find(notes, QStringLiteral("advisor.iov.bandwidth")), nullptr);
    EXPECT_EQ(find(notes, QStringLiteral("advisor.iov.bandwidth"))->severity, Diagnostic::Severity::Warning);
}

TEST(NetworkAdapterAdvisorTest, IpsecOffOrDeprecated)
{
    NetworkAdapterSettings s;
    s.ipsecOffloadMaximumSecurityAssociation = 0;
    Diagnostics notes = NetworkAdapterAdvisor::notes(s, nullptr, QStringLiteral("6.2.9200"));
    EXPECT_EQ(ids(notes), QStringList({QStringLiteral("advisor.ipsec.off")}));
    EXPECT_TRUE(notes.first().message.contains(QStringLiteral("runs in the guest")));

    notes = NetworkAdapterAdvisor::notes(s, nullptr, QStringLiteral("10.0.20348"));
    EXPECT_EQ(ids(notes), QStringList({QStringLiteral("advisor.ipsec.off"), QStringLiteral("advisor.ipsec.deprecated")}));
    EXPECT_FALSE(NetworkAdapterAdvisor::isIpsecOffloadDeprecated(QStringLiteral("10.0.17763")));
    EXPECT_TRUE(NetworkAdapterAdvisor::isIpsecOffloadDeprecated(QStringLiteral("10.0.20348")));
    EXPECT_FALSE(NetworkAdapterAdvisor::isIpsecOffloadDeprecated(QString()));
}

TEST(NetworkAdapterAdvisorTest, UnavailabilityReasons)
{
    VirtualSwitch plain;
    plain.name = QStringLiteral("PUBLIC");
    plain.reservationMode = BandwidthReservationMode::Weight;
    plain.iovSupportReasons << QStringLiteral("The switch was created without SR-IOV.");
    EXPECT_EQ(NetworkAdapterAdvisor::iovUnavailableReason(&plain), QStringLiteral("The switch was created without SR-IOV."));
    EXPECT_TRUE(NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(&plain).isEmpty());
    EXPECT_FALSE(NetworkAdapterAdvisor::iovUnavailableReason(nullptr).isEmpty());
    EXPECT_FALSE(NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(nullptr).isEmpty());

    const VirtualSwitch iov = iovSwitch();
    EXPECT_TRUE(NetworkAdapterAdvisor::iovUnavailableReason(&iov).isEmpty());
    EXPECT_TRUE(NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(&iov).contains(QStringLiteral("SR-IOV")));

    VirtualSwitch none;
    none.name = QStringLiteral("Lab");
    none.reservationMode = BandwidthReservationMode::None;
    EXPECT_TRUE(NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(&none).contains(QStringLiteral("mode None")));
}

TEST(NetworkAdapterAdvisorTest, ProtectedNetworkAndDeviceNamingFollowTheHostsBuildAndTheVmsGeneration)
{
    HostInfo host;
    host.name = QStringLiteral("crusader");
    host.osBuild = QStringLiteral("6.2.9200");
    VmInfo vm;
    vm.name = QStringLiteral("dc01");
    vm.generation = 2;
    EXPECT_EQ(NetworkAdapterAdvisor::protectedNetworkUnavailableReason(host),
              QStringLiteral("it needs Windows Server 2012 R2 or later; crusader runs build 6.2.9200."));
    EXPECT_EQ(NetworkAdapterAdvisor::deviceNamingUnavailableReason(host, vm),
              QStringLiteral("it needs Windows Server 2016 or later; crusader runs build 6.2.9200."));

    host.osBuild = QStringLiteral("6.3.9600"); // Windows Server 2012 R2
    EXPECT_TRUE(NetworkAdapterAdvisor::protectedNetworkUnavailableReason(host).isEmpty());
    EXPECT_TRUE(NetworkAdapterAdvisor::deviceNamingUnavailableReason(host, vm).contains(QStringLiteral("Windows Server 2016")));

    host.osBuild = QStringLiteral("10.0.14393"); // Windows Server 2016
    EXPECT_TRUE(NetworkAdapterAdvisor::deviceNamingUnavailableReason(host, vm).isEmpty());
    vm.generation = 1;
    EXPECT_EQ(NetworkAdapterAdvisor::deviceNamingUnavailableReason(host, vm),
              QStringLiteral("it is for generation 2 virtual machines only; 'dc01' is generation 1."));

    // A host whose build is unknown (not a Windows host) is not judged by it.
    host.osBuild.clear();
    EXPECT_TRUE(NetworkAdapterAdvisor::protectedNetworkUnavailableReason(host).isEmpty());
}

TEST(NetworkAdapterAdvisorTest, TheValidationContextCarriesTheSwitchsAndTheHostsReasons)
{
    HostInfo host;
    host.name = QStringLiteral("saracen");
    host.osBuild = QStringLiteral("6.2.9200");
    VirtualSwitch plain;
    plain.name = QStringLiteral("PUBLIC");
    plain.iovSupportReasons << QStringLiteral("The switch was created without SR-IOV.");
    host.switches << plain;
    VmInfo vm;
    vm.name = QStringLiteral("dc02");
    vm.state = VmState::Running;
    NetworkAdapter a;
    a.settings.id = QStringLiteral("a1");
    a.settings.switchName = QStringLiteral("PUBLIC");
    vm.adapters << a;

    NetworkAdapterSettings wanted = a.settings;
    wanted.iovWeight = 100;
    const AdapterValidationContext c = NetworkAdapterAdvisor::validationContext(host, vm, wanted);
    EXPECT_TRUE(c.switchExists);
    EXPECT_TRUE(c.vmRunning);
    EXPECT_TRUE(c.hasOriginal);
    EXPECT_EQ(c.iovUnavailableReason, QStringLiteral("The switch was created without SR-IOV."));
    EXPECT_FALSE(c.protectedNetworkUnavailableReason.isEmpty());
    EXPECT_FALSE(c.deviceNamingUnavailableReason.isEmpty());
    bool refused = false;
    for (const Diagnostic &d : NetworkAdapterRules::validate(wanted, c))
        refused = refused || (d.isError() && d.id == QLatin1String("adapter.iov.unavailable"));
    EXPECT_TRUE(refused);
}
