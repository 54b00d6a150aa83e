#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hvdesk::local {

// SR-IOV as libvirt's node device API sees it (virConnectListAllNodeDevices): the physical
// functions of PCI network cards with their virtual functions, and the network interface of
// each. Pure parsers of the device XML; the worker lists the devices.
class NodeDevices
{
public:
    struct Pci
    {
        QString name; // "pci_0000_03_00_0"
        QString address; // "0000:03:00.0"
        QString product;
        QString vendor;
        int maxVirtualFunctions = -1; // <capability type='virt_functions' maxCount=...>; -1: not a physical function
        QStringList virtualFunctions; // addresses of the enabled virtual functions
        QString physicalFunction; // for a virtual function: its physical function's address
    };
    struct Net
    {
        QString name; // "net_eth3_00_1b_21_aa_bb_cc"
        QString parent; // the PCI device it belongs to
        QString interface; // "eth3"
        int speedMbps = -1;
    };
    // A physical function and what its virtual functions are doing.
    struct PhysicalFunction
    {
        QString interface; // its network interface, or the PCI address when it has none
        QString address;
        QString description;
        int maxVirtualFunctions = 0;
        QStringList virtualFunctions;
        int speedMbps = -1;
    };

    static bool parsePci(const QString &xml, Pci *out);
    static bool parseNet(const QString &xml, Net *out);
    // "0000:03:10.1" from <address domain='0x0000' bus='0x03' slot='0x10' function='0x1'/>.
    static QString pciAddress(const QString &domain, const QString &bus, const QString &slot, const QString &function);
    // The physical functions among `pci`, each with its interface from `nets`.
    static QList<PhysicalFunction> physicalFunctions(const QList<Pci> &pci, const QList<Net> &nets);
};

} // namespace hvdesk::local
