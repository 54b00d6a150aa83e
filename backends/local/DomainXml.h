#pragma once

#include <models/NetworkAdapter.h>

#include <QList>
#include <QString>

namespace hvdesk::local {

// What hvdesk reads from a libvirt domain XML (DOMAIN.md section 7): the network adapters as
// Hyper-V Manager's pages show them. Pure functions, no libvirt calls.
class DomainXml
{
public:
    // libvirt bandwidth values are KiB/s; hvdesk keeps bits/s (1 KiB/s = 8192 bit/s).
    static constexpr quint64 BitsPerKiB = 8192;

    // One adapter per <interface>: source network or bridge as the switch, MAC, VLAN tag,
    // inbound average as the maximum and floor as the minimum bandwidth, multiqueue as VMQ.
    static QList<NetworkAdapter> adapters(const QString &xml);
    // The networks and bridges the domain's interfaces connect to, in document order.
    static QStringList sources(const QString &xml);
};

} // namespace hvdesk::local
