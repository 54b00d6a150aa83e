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

void HostBackend::setConnectionState(ConnectionState state, const Error &error)
{
    m_lastError = error;
    if (state == m_connectionState)
        return;
    m_connectionState = state;
    emit connectionStateChanged(state);
}

} // namespace hvdesk
