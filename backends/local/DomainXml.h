#pragma once

#include <models/NetworkAdapter.h>

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace hvdesk::local {

// What hvdesk reads from a libvirt domain XML (DOMAIN.md section 7): the network adapters as
// Hyper-V Manager's pages show them. Pure functions, no libvirt calls.
class DomainXml
{
    Q_DECLARE_TR_FUNCTIONS(DomainXml)

public:
    // libvirt bandwidth values are KiB/s; hvdesk keeps bits/s (1 KiB/s = 8192 bit/s).
    static constexpr quint64 BitsPerKiB = 8192;

    // One adapter per <interface>: source network or bridge as the switch, MAC, VLAN tag,
    // inbound average as the maximum and floor as the minimum bandwidth, multiqueue as VMQ.
    static QList<NetworkAdapter> adapters(const QString &xml);
    // The networks and bridges the domain's interfaces connect to, in document order.
    static QStringList sources(const QString &xml);

    // One <disk> of the domain.
    struct Disk
    {
        QString target;       // "vda"
        QString type;         // "file", "block", "network", "volume"
        QString device;       // "disk", "cdrom", "floppy", "lun"
        QString source;       // the file or block device path; for "volume" disks, pool/volume
        QString pool;         // the storage pool of a "volume" disk
        bool readOnly = false;
        bool shareable = false;
        // Copied by a shared-nothing move (VIR_MIGRATE_NON_SHARED_DISK): writable local disks.
        bool copiedByMove() const;
    };
    static QList<Disk> disks(const QString &xml);

    // The type of each <interface>, in document order ("network", "bridge", "hostdev", ...).
    static QStringList interfaceTypes(const QString &xml);
    // The XML with some interfaces connected elsewhere, for a move's destination definition
    // (VIR_MIGRATE_PARAM_DEST_XML): `mapping` takes an adapter id (DomainXml::adapters) to a
    // destination network (in `networks`) or else a host bridge. Only network and bridge
    // interfaces can be remapped, and not to nothing: on error, empty with `error` set.
    static QString withInterfaceSources(const QString &xml, const QList<QPair<QString, QString>> &mapping,
                                        const QStringList &networks, QString *error);
    // The <cpu> element of libvirt's host capabilities (what virConnectCompareCPU takes), with
    // the vendor and model it names.
    struct HostCpu
    {
        QString xml;
        QString vendor;
        QString model;
    };
    static HostCpu hostCpu(const QString &capabilitiesXml);
};

} // namespace hvdesk::local
