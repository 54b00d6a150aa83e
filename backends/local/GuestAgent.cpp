#include "GuestAgent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#ifdef HVDESK_HAVE_LIBVIRT_QEMU
#include <libvirt/libvirt-qemu.h>
#endif

namespace hvdesk::local {

GuestAgentApi::~GuestAgentApi() = default;

GuestAgent::Channel GuestAgent::channel(const QString &domainXml)
{
    if (!domainXml.contains(QLatin1String(ChannelName)))
        return Channel::None; // most domains: no need to read the XML
    QXmlStreamReader r(domainXml);
    bool inChannel = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (r.name() == QLatin1String("channel")) {
                inChannel = true;
            } else if (inChannel && r.name() == QLatin1String("target")
                && r.attributes().value(QLatin1String("name")) == QLatin1String(ChannelName)) {
                // Live XML of a running QEMU domain says whether the agent listens.
                return r.attributes().value(QLatin1String("state")) == QLatin1String("disconnected")
                    ? Channel::Disconnected
                    : Channel::Present;
            }
        } else if (token == QXmlStreamReader::EndElement && r.name() == QLatin1String("channel")) {
            inChannel = false;
        }
    }
    return Channel::None;
}

std::optional<GuestAgent::Result> GuestAgent::fromReplies(const QString &guestInfoJson, const QString &osInfoJson)
{
    const QJsonObject info
        = QJsonDocument::fromJson(guestInfoJson.toUtf8()).object().value(QLatin1String("return")).toObject();
    if (info.isEmpty() || !info.contains(QLatin1String("version")))
        return std::nullopt;
    Result out;
    out.services.guestVersion = info.value(QLatin1String("version")).toString();
    QSet<QString> enabled;
    for (const QJsonValue &v : info.value(QLatin1String("supported_commands")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("enabled")).toBool(true))
            enabled.insert(c.value(QLatin1String("name")).toString());
    }
    const auto any = [](const QSet<QString> &set, std::initializer_list<const char *> names) {
        for (const char *n : names) {
            if (set.contains(QLatin1String(n)))
                return true;
        }
        return false;
    };
    const struct
    {
        IntegrationServiceKind kind;
        std::initializer_list<const char *> commands;
    } map[] = {
        { IntegrationServiceKind::Shutdown, { "guest-shutdown" } },
        { IntegrationServiceKind::TimeSynchronization, { "guest-set-time" } },
        { IntegrationServiceKind::DataExchange, { "guest-info", "guest-get-osinfo" } },
        { IntegrationServiceKind::Heartbeat, { "guest-ping" } },
        { IntegrationServiceKind::Backup, { "guest-fsfreeze-freeze" } },
        { IntegrationServiceKind::GuestServices, { "guest-file-open" } },
    };
    out.services.services.clear();
    for (const auto &m : map) {
        IntegrationService s;
        s.kind = m.kind;
        // Off when this agent lacks the command, or an administrator blocked it (qemu-ga
        // --block-rpcs, or the Windows agent without VSS for fsfreeze).
        s.enabled = any(enabled, m.commands);
        s.status = s.enabled ? IntegrationServiceStatus::Ok : IntegrationServiceStatus::NotApplicable;
        out.services.services << s;
    }
    const QJsonObject os
        = QJsonDocument::fromJson(osInfoJson.toUtf8()).object().value(QLatin1String("return")).toObject();
    out.operatingSystem = os.value(QLatin1String("pretty-name")).toString();
    if (out.operatingSystem.isEmpty()) {
        const QString name = os.value(QLatin1String("name")).toString();
        const QString version = os.value(QLatin1String("version")).toString();
        out.operatingSystem = version.isEmpty() ? name : tr("%1 %2").arg(name, version);
    }
    return out;
}

GuestAgent::Result GuestAgent::notInstalled()
{
    Result out;
    for (IntegrationService &s : out.services.services) {
        s.enabled = false;
        s.status = IntegrationServiceStatus::NotApplicable;
    }
    return out;
}

GuestAgent::Result GuestAgent::notResponding(const std::optional<Result> &lastAnswer)
{
    Result out = lastAnswer ? *lastAnswer : Result();
    if (!lastAnswer)
        out.services.guestVersion.clear();
    for (IntegrationService &s : out.services.services) {
        if (lastAnswer && s.status == IntegrationServiceStatus::NotApplicable)
            continue; // what the agent never offered stays so
        s.status = lastAnswer ? IntegrationServiceStatus::LostCommunication : IntegrationServiceStatus::NoContact;
    }
    return out;
}

namespace {

class LibvirtGuestAgentApi : public GuestAgentApi
{
public:
    explicit LibvirtGuestAgentApi(virConnectPtr conn)
        : m_conn(conn)
    {
        virConnectRef(m_conn);
    }
    ~LibvirtGuestAgentApi() override { virConnectClose(m_conn); }

    QString command(const QString &uuid, const QString &json, int timeoutSeconds, LibvirtFailure *failure) override
    {
#ifdef HVDESK_HAVE_LIBVIRT_QEMU
        virDomainPtr d = virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData());
        char *reply = d ? virDomainQemuAgentCommand(d, json.toUtf8().constData(), timeoutSeconds, 0) : nullptr;
        if (!reply && failure) {
            const virErrorPtr err = virGetLastError();
            failure->code = err ? err->code : VIR_ERR_INTERNAL_ERROR;
            failure->message = err && err->message ? QString::fromUtf8(err->message) : QString();
        }
        const QString out = reply ? QString::fromUtf8(reply) : QString();
        free(reply);
        if (d)
            virDomainFree(d);
        return out;
#else
        Q_UNUSED(uuid)
        Q_UNUSED(json)
        Q_UNUSED(timeoutSeconds)
        if (failure) {
            failure->code = VIR_ERR_NO_SUPPORT;
            failure->message = GuestAgent::tr("hvdesk was built without libvirt-qemu");
        }
        return QString();
#endif
    }

private:
    virConnectPtr m_conn;
};

} // namespace

std::unique_ptr<GuestAgentApi> makeLibvirtGuestAgentApi(virConnectPtr connection)
{
    return std::make_unique<LibvirtGuestAgentApi>(connection);
}

} // namespace hvdesk::local
