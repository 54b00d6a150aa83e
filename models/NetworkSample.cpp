#include "NetworkSample.h"

namespace hvdesk {

int NetworkSample::flowIndex(const QString &vmId) const
{
    for (int i = 0; i < flows.size(); ++i) {
        if (flows[i].vmId == vmId)
            return i;
    }
    return -1;
}

QString NetworkNames::displayName(ReceivePath path)
{
    switch (path) {
    case ReceivePath::NotConnected: return tr("Not connected");
    case ReceivePath::SrIov: return tr("SR-IOV");
    case ReceivePath::Vmq: return tr("VMQ");
    case ReceivePath::Rss: return tr("RSS");
    case ReceivePath::DefaultQueue: return tr("Default queue");
    }
    return QString();
}

QString NetworkNames::displayName(DropCause cause)
{
    switch (cause) {
    case DropCause::None: return QString();
    case DropCause::MaximumBandwidth: return tr("Maximum bandwidth");
    case DropCause::LinkCongestion: return tr("Link congested");
    case DropCause::HostCoreSaturated: return tr("Host core saturated");
    case DropCause::VmBusBuffer: return tr("VMBus receive buffer full");
    }
    return QString();
}

QString NetworkNames::pathText(const FlowSample &flow)
{
    if ((flow.path == ReceivePath::Vmq || flow.path == ReceivePath::DefaultQueue) && flow.core >= 0)
        return tr("%1, CPU %2").arg(displayName(flow.path)).arg(flow.core);
    return displayName(flow.path);
}

} // namespace hvdesk
