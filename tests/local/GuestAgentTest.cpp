// Integration services of libvirt guests: the QEMU guest agent. The mapping of its replies is
// tested on recorded replies (tests/data/guest-agent), through the same boundary the worker
// calls (GuestAgentApi); "not installed" is tested for real on libvirt's test hypervisor, which
// has no agent.
#include "QtPrinters.h"

#include <local/GuestAgent.h>
#include <local/LocalBackend.h>

#include <models/IntegrationServicesCheck.h>

#include <QFile>
#include <QTest>

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <mutex>

using namespace hvdesk;
using namespace hvdesk::local;

namespace {

constexpr int WaitMs = 10'000;
const QString NodeUri = QStringLiteral("test://" HVDESK_TEST_DATA_DIR "/libvirt-test-node.xml");
const QString Web01 = QStringLiteral("11111111-2222-3333-4444-555555555501"); // has an agent channel
const QString Db01 = QStringLiteral("11111111-2222-3333-4444-555555555502");  // off, no channel
const QString Cache01 = QStringLiteral("11111111-2222-3333-4444-555555555503"); // paused, no channel

QString reply(const char *name)
{
    QFile f(QStringLiteral(HVDESK_TEST_DATA_DIR "/guest-agent/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(f.readAll());
}

IntegrationServiceStatus statusOf(const IntegrationServicesInfo &info, IntegrationServiceKind kind)
{
    const IntegrationService *s = info.service(kind);
    return s ? s->status : IntegrationServiceStatus::NotApplicable;
}

// Answers guest-info and guest-get-osinfo with recorded replies, or not at all.
class RecordedAgent : public GuestAgentApi
{
public:
    RecordedAgent(QString info, QString os, std::shared_ptr<std::atomic<int>> calls)
        : m_info(std::move(info))
        , m_os(std::move(os))
        , m_calls(std::move(calls))
    {
    }
    QString command(const QString &, const QString &json, int timeoutSeconds, LibvirtFailure *failure) override
    {
        ++*m_calls;
        EXPECT_EQ(timeoutSeconds, GuestAgent::TimeoutSeconds);
        const QString out = json.contains(QLatin1String("guest-info")) ? m_info : m_os;
        if (out.isEmpty()) {
            failure->code = VIR_ERR_AGENT_UNRESPONSIVE;
            failure->message = QStringLiteral("Guest agent is not responding: QEMU guest agent is not connected");
        }
        return out;
    }

private:
    QString m_info;
    QString m_os;
    std::shared_ptr<std::atomic<int>> m_calls;
};

std::unique_ptr<LocalBackend> openWithAgent(const QString &info, const QString &os, std::shared_ptr<std::atomic<int>> calls)
{
    auto b = std::make_unique<LocalBackend>(NodeUri);
    b->setGuestAgentApiFactory([info, os, calls](auto *) -> std::unique_ptr<GuestAgentApi> {
        return std::make_unique<RecordedAgent>(info, os, calls);
    });
    b->open();
    EXPECT_TRUE(QTest::qWaitFor([&] { return b->connectionState() == ConnectionState::Connected; }, WaitMs));
    return b;
}

} // namespace

TEST(GuestAgent, ChannelInTheDomainXml)
{
    EXPECT_EQ(GuestAgent::channel(QStringLiteral("<domain><devices/></domain>")), GuestAgent::Channel::None);
    EXPECT_EQ(GuestAgent::channel(QStringLiteral(
                  "<domain><devices><channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>"
                  "</devices></domain>")),
              GuestAgent::Channel::None);
    EXPECT_EQ(GuestAgent::channel(QStringLiteral(
                  "<domain><devices><channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0' "
                  "state='disconnected'/></channel></devices></domain>")),
              GuestAgent::Channel::Disconnected);
    EXPECT_EQ(GuestAgent::channel(QStringLiteral(
                  "<domain><devices><channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0' "
                  "state='connected'/></channel></devices></domain>")),
              GuestAgent::Channel::Present);
}

TEST(GuestAgent, ALinuxAgentRunsEveryService)
{
    const auto r = GuestAgent::fromReplies(reply("debian12-guest-info.json"), reply("debian12-osinfo.json"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->services.guestVersion, QStringLiteral("7.2.0"));
    EXPECT_EQ(r->operatingSystem, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    for (IntegrationServiceKind kind : IntegrationServiceNames::all()) {
        EXPECT_EQ(statusOf(r->services, kind), IntegrationServiceStatus::Ok) << IntegrationServiceNames::key(kind).toStdString();
        EXPECT_TRUE(r->services.isEnabled(kind));
    }
}

TEST(GuestAgent, BlockedCommandsAreServicesTurnedOff)
{
    // virtio-win's agent with file and exec commands blocked (--block-rpcs).
    const auto r = GuestAgent::fromReplies(reply("windows2019-guest-info.json"), reply("windows2019-osinfo.json"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->services.guestVersion, QStringLiteral("107.0.1"));
    EXPECT_EQ(r->operatingSystem, QStringLiteral("Windows Server 2019 Standard"));
    EXPECT_EQ(statusOf(r->services, IntegrationServiceKind::GuestServices), IntegrationServiceStatus::NotApplicable);
    EXPECT_FALSE(r->services.isEnabled(IntegrationServiceKind::GuestServices));
    EXPECT_EQ(statusOf(r->services, IntegrationServiceKind::Backup), IntegrationServiceStatus::Ok); // VSS: fsfreeze works
    EXPECT_EQ(statusOf(r->services, IntegrationServiceKind::Shutdown), IntegrationServiceStatus::Ok);

    // QEMU 2.5's agent: no guest-get-osinfo (its call fails), no fsfreeze.
    const auto old = GuestAgent::fromReplies(reply("qemu25-guest-info.json"), QString());
    ASSERT_TRUE(old);
    EXPECT_EQ(old->services.guestVersion, QStringLiteral("2.5.0"));
    EXPECT_TRUE(old->operatingSystem.isEmpty());
    EXPECT_EQ(statusOf(old->services, IntegrationServiceKind::Backup), IntegrationServiceStatus::NotApplicable);
    EXPECT_EQ(statusOf(old->services, IntegrationServiceKind::DataExchange), IntegrationServiceStatus::Ok);
    EXPECT_EQ(statusOf(old->services, IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::Ok);

    EXPECT_FALSE(GuestAgent::fromReplies(QStringLiteral("{\"error\":{\"class\":\"GenericError\"}}"), QString()));
    EXPECT_FALSE(GuestAgent::fromReplies(QStringLiteral("not json"), QString()));
}

TEST(GuestAgent, SilenceAfterAnswersIsLostCommunication)
{
    const auto r = GuestAgent::fromReplies(reply("windows2019-guest-info.json"), reply("windows2019-osinfo.json"));
    const GuestAgent::Result lost = GuestAgent::notResponding(r);
    EXPECT_EQ(lost.services.guestVersion, QStringLiteral("107.0.1")); // what it last reported
    EXPECT_EQ(statusOf(lost.services, IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::LostCommunication);
    EXPECT_EQ(statusOf(lost.services, IntegrationServiceKind::GuestServices), IntegrationServiceStatus::NotApplicable);
    const GuestAgent::Result never = GuestAgent::notResponding(std::nullopt);
    EXPECT_TRUE(never.services.guestVersion.isEmpty());
    EXPECT_EQ(statusOf(never.services, IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::NoContact);
}

// Through the worker: the recorded Debian agent answers for web01; the verdict says what is
// true of a libvirt guest (no host version to hold it against).
TEST(GuestAgent, AnsweringAgentIsTheGuestsIntegrationServices)
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    auto b = openWithAgent(reply("debian12-guest-info.json"), reply("debian12-osinfo.json"), calls);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->integrationServices.guestVersion, QStringLiteral("7.2.0"));
    EXPECT_EQ(web->operatingSystem, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    EXPECT_EQ(statusOf(web->integrationServices, IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::Ok);
    EXPECT_EQ(*calls, 2); // guest-info and guest-get-osinfo, once

    const HostInfo host = b->hosts().first();
    EXPECT_TRUE(host.guestProvidedIntegration);
    EXPECT_EQ(IntegrationServicesCheck::updateChannel(host), IntegrationUpdateChannel::GuestPackages);
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(*web, &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::UpToDate);
    EXPECT_EQ(IntegrationServicesCheck::verdict(*web, &host), IntegrationVerdict::UpToDate);
    EXPECT_EQ(f.reason, QStringLiteral("The QEMU guest agent 7.2.0 answers. %1 does not ship it: it comes with the "
                                       "guest's own packages, so there is no host version to compare with.")
                            .arg(host.name));
    EXPECT_TRUE(f.hostVersion.isEmpty());
    EXPECT_EQ(IntegrationServicesCheck::checkHost(host).id, QStringLiteral("is.host.guest-packages"));
    EXPECT_EQ(IntegrationServicesCheck::canInsertSetupDisk(*web, &host).code, QStringLiteral("is.guest-packages"));

    // A reload within the refresh interval asks nothing again.
    b->refresh();
    QTest::qWait(200);
    EXPECT_EQ(*calls, 2);
}

TEST(GuestAgent, ChannelWithoutAnAgentIsNotResponding)
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    auto b = openWithAgent(QString(), QString(), calls);
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    EXPECT_TRUE(web->integrationServices.guestVersion.isEmpty());
    EXPECT_EQ(statusOf(web->integrationServices, IntegrationServiceKind::Heartbeat), IntegrationServiceStatus::NoContact);
    const HostInfo host = b->hosts().first();
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(*web, &host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_EQ(f.reason, QStringLiteral("'web01' has a guest agent channel, but no agent answers in the guest."));
    EXPECT_TRUE(f.action.contains(QLatin1String("qemu-guest-agent")));
    EXPECT_FALSE(f.problemServices.isEmpty());
}

// For real, on the test hypervisor: db01 and cache01 have no agent channel; web01 has one, but
// the test driver runs no agent (virDomainQemuAgentCommand is not supported there).
TEST(GuestAgent, NoChannelIsNotInstalledOnTheTestHypervisor)
{
    auto b = std::make_unique<LocalBackend>(NodeUri);
    b->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->connectionState() == ConnectionState::Connected; }, WaitMs));
    const HostInfo host = b->hosts().first();
    for (const QString &id : {Db01, Cache01}) {
        const VmInfo *vm = b->findVm(id);
        ASSERT_NE(vm, nullptr);
        for (const IntegrationService &s : vm->integrationServices.services)
            EXPECT_EQ(s.status, IntegrationServiceStatus::NotApplicable);
        const IntegrationFinding f = IntegrationServicesCheck::checkVm(*vm, &host);
        EXPECT_EQ(f.verdict, IntegrationVerdict::NotInstalled) << vm->name.toStdString();
        EXPECT_EQ(f.reason, QStringLiteral("'%1' has no QEMU guest agent channel in its definition.").arg(vm->name));
        EXPECT_TRUE(f.action.contains(QLatin1String("org.qemu.guest_agent.0")));
    }
    const VmInfo *web = b->findVm(Web01);
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(IntegrationServicesCheck::verdict(*web, &host), IntegrationVerdict::Unknown);
    EXPECT_EQ(statusOf(web->integrationServices, IntegrationServiceKind::Shutdown), IntegrationServiceStatus::NoContact);
}
