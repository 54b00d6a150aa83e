#pragma once

#include "MigrationApi.h"

#include <models/IntegrationServices.h>

#include <QCoreApplication>
#include <QString>

#include <memory>

struct _virConnect;

namespace hvdesk::local {

// The integration services of a libvirt guest: the QEMU guest agent (DOMAIN.md section 7). Its
// channel in the domain XML says whether it is installed; its guest-info reply gives its
// version and which commands it runs, each standing for one of Hyper-V's services:
// shutdown (guest-shutdown), time synchronization (guest-set-time), data exchange (guest-info,
// guest-get-osinfo), heartbeat (guest-ping), backup (guest-fsfreeze-*) and guest services
// (guest-file-*). Pure mapping; the worker makes the calls through GuestAgentApi.
class GuestAgent
{
    Q_DECLARE_TR_FUNCTIONS(GuestAgent)

public:
    static constexpr const char *ChannelName = "org.qemu.guest_agent.0";
    // Seconds an agent command may take: a guest that does not answer must not hold the worker.
    static constexpr int TimeoutSeconds = 2;

    enum class Channel {
        None, // no agent channel in the domain XML: not installed
        Disconnected, // the channel is there, but nothing listens in the guest
        Present, // the channel is there (connected, or the driver does not say)
    };
    static Channel channel(const QString &domainXml);

    struct Result
    {
        IntegrationServicesInfo services;
        QString operatingSystem; // from guest-get-osinfo: "Debian GNU/Linux 12 (bookworm)"
    };
    // From the agent's replies ({"return": ...}) to guest-info and guest-get-osinfo (the
    // second may be empty: older agents lack it). Null when guest-info cannot be read.
    static std::optional<Result> fromReplies(const QString &guestInfoJson, const QString &osInfoJson);
    // No channel: every service not applicable, no version.
    static Result notInstalled();
    // A channel without an answer: no contact; after earlier answers, lost communication
    // (keeping what the guest last reported).
    static Result notResponding(const std::optional<Result> &lastAnswer);
};

// The agent's calls, behind an interface: libvirt's test driver has no agent, so tests answer
// with recorded replies; the real implementation calls virDomainQemuAgentCommand.
class GuestAgentApi
{
public:
    virtual ~GuestAgentApi();
    // One agent command ({"execute": "guest-info"}); the reply JSON, or empty with `failure`.
    virtual QString command(const QString &uuid, const QString &json, int timeoutSeconds, LibvirtFailure *failure) = 0;
};

using GuestAgentApiFactory = std::function<std::unique_ptr<GuestAgentApi>(_virConnect *connection)>;
std::unique_ptr<GuestAgentApi> makeLibvirtGuestAgentApi(_virConnect *connection);

} // namespace hvdesk::local
