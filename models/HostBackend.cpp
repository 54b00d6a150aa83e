#include "HostBackend.h"

namespace hvdesk {

HostBackend::HostBackend(QObject *parent)
    : QObject(parent)
{
}

HostBackend::~HostBackend() = default;

const VmInfo *HostBackend::findVm(const QString &vmId) const
{
    const int i = indexOfVm(vmId);
    return i < 0 ? nullptr : &vmAt(i);
}

std::optional<HostInfo> HostBackend::host(const QString &hostName) const
{
    for (const HostInfo &h : hosts()) {
        if (h.name == hostName)
            return h;
    }
    return std::nullopt;
}

void HostBackend::subscribeNetworkSamples(const QString &)
{
}

void HostBackend::unsubscribeNetworkSamples(const QString &)
{
}

JobPtr HostBackend::setNicReceiveScaling(const QString &hostName, const QString &nicName, const NicReceiveScaling &)
{
    Error e;
    e.code = QStringLiteral("capability.nic-receive-scaling");
    e.message = tr("This connection cannot change the receive scaling of '%1' on %2.").arg(nicName, hostName);
    e.fix = tr("Change RSS and VMQ on the host itself (Set-NetAdapterRss, Set-NetAdapterVmq).");
    auto job = Job::failed(tr("Set receive scaling"), nicName, e);
    emit jobStarted(job);
    return job;
}

void HostBackend::setConnectionState(ConnectionState state, const Error &error)
{
    m_lastError = error;
    if (state == m_connectionState)
        return;
    m_connectionState = state;
    emit connectionStateChanged(state);
}

} // namespace hvdesk
