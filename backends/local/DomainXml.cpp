#include "DomainXml.h"

#include "NodeDevices.h"

#include <models/NetworkAdapterSettings.h>

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hvdesk::local {

namespace {

quint64 kibToBits(QStringView value)
{
    bool ok = false;
    const quint64 kib = value.toULongLong(&ok);
    return ok ? kib * DomainXml::BitsPerKiB : 0;
}

} // namespace

QList<NetworkAdapter> DomainXml::adapters(const QString &xml)
{
    QList<NetworkAdapter> out;
    QXmlStreamReader r(xml);
    int depthInInterface = 0;
    NetworkAdapter current;
    QString type;
    bool inSource = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = r.name();
            const auto attrs = r.attributes();
            if (depthInInterface == 0 && name == QLatin1String("interface")) {
                depthInInterface = 1;
                current = NetworkAdapter();
                current.settings.vmqWeight = 0;
                current.settings.ipsecOffloadMaximumSecurityAssociation = 0;
                current.settings.staticMacAddress = true;
                current.settings.protectedNetwork = false;
                current.settings.name = QStringLiteral("Network Adapter");
                type = attrs.value(QLatin1String("type")).toString();
                continue;
            }
            if (depthInInterface == 0)
                continue;
            ++depthInInterface;
            if (depthInInterface == 2)
                inSource = name == QLatin1String("source");
            if (name == QLatin1String("mac")) {
                current.settings.macAddress = NetworkAdapterRules::normalizeMac(attrs.value(QLatin1String("address")).toString());
                current.runtime.macAddress = current.settings.macAddress;
            } else if (name == QLatin1String("source") && depthInInterface == 2) {
                if (attrs.hasAttribute(QLatin1String("network")))
                    current.settings.switchName = attrs.value(QLatin1String("network")).toString();
                else if (attrs.hasAttribute(QLatin1String("bridge")))
                    current.settings.switchName = attrs.value(QLatin1String("bridge")).toString();
                else if (attrs.hasAttribute(QLatin1String("dev")))
                    current.settings.switchName = attrs.value(QLatin1String("dev")).toString();
            } else if (name == QLatin1String("target")) {
                current.settings.name = attrs.value(QLatin1String("dev")).toString();
            } else if (name == QLatin1String("tag")) {
                bool ok = false;
                const int id = attrs.value(QLatin1String("id")).toInt(&ok);
                if (ok && !current.settings.vlanEnabled) {
                    current.settings.vlanEnabled = true;
                    current.settings.vlanId = id;
                }
            } else if (name == QLatin1String("inbound")) {
                current.settings.maximumBandwidth = kibToBits(attrs.value(QLatin1String("average")));
                current.settings.minimumBandwidthAbsolute = kibToBits(attrs.value(QLatin1String("floor")));
            } else if (name == QLatin1String("driver")) {
                // virtio-net multiqueue spreads receive work over cores: the VMQ/vRSS analogue.
                const int queues = attrs.value(QLatin1String("queues")).toInt();
                const bool multiqueue = queues > 1;
                current.settings.vmqWeight = multiqueue ? NetworkAdapterSettings::DefaultVmqWeight : 0;
                current.runtime.vmqUsage = multiqueue;
                current.runtime.queuePairs = multiqueue ? queues : 0;
            } else if (name == QLatin1String("address") && depthInInterface == 3 && type == QLatin1String("hostdev")
                       && attrs.value(QLatin1String("type")) == QLatin1String("pci") && inSource) {
                // The virtual function passed to the guest: its host PCI address.
                current.runtime.vfPciAddress = NodeDevices::pciAddress(
                    attrs.value(QLatin1String("domain")).toString(), attrs.value(QLatin1String("bus")).toString(),
                    attrs.value(QLatin1String("slot")).toString(), attrs.value(QLatin1String("function")).toString());
            } else if (name == QLatin1String("alias")) {
                current.settings.id = attrs.value(QLatin1String("name")).toString();
            }
        } else if (token == QXmlStreamReader::EndElement && depthInInterface > 0) {
            if (--depthInInterface == 0) {
                if (type == QLatin1String("hostdev")) {
                    // An SR-IOV virtual function passed to the guest: no switch in the path.
                    current.settings.iovWeight = 100;
                    current.runtime.iovUsage = true;
                    current.runtime.vfDataPathActive = true;
                }
                if (current.settings.id.isEmpty())
                    current.settings.id = current.settings.macAddress.isEmpty() ? QStringLiteral("net%1").arg(out.size())
                                                                                 : current.settings.macAddress.toLower();
                if (current.settings.name.isEmpty())
                    current.settings.name = QStringLiteral("Network Adapter");
                out << current;
            }
        }
    }
    return out;
}

QStringList DomainXml::sources(const QString &xml)
{
    QStringList out;
    for (const NetworkAdapter &a : adapters(xml)) {
        if (!a.settings.switchName.isEmpty() && !out.contains(a.settings.switchName))
            out << a.settings.switchName;
    }
    return out;
}

bool DomainXml::Disk::copiedByMove() const
{
    return !readOnly && !shareable && device != QLatin1String("cdrom") && device != QLatin1String("floppy")
        && type != QLatin1String("network") && !source.isEmpty();
}

QList<DomainXml::Disk> DomainXml::disks(const QString &xml)
{
    QList<Disk> out;
    QXmlStreamReader r(xml);
    int depth = 0;
    Disk current;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = r.attributes();
            if (depth == 0 && r.name() == QLatin1String("disk")) {
                depth = 1;
                current = Disk();
                current.type = a.value(QLatin1String("type")).toString();
                current.device = a.hasAttribute(QLatin1String("device")) ? a.value(QLatin1String("device")).toString()
                                                                         : QStringLiteral("disk");
                continue;
            }
            if (depth == 0)
                continue;
            ++depth;
            if (depth != 2)
                continue;
            if (r.name() == QLatin1String("source")) {
                for (const char *key : {"file", "dev", "name"}) {
                    if (current.source.isEmpty() && a.hasAttribute(QLatin1String(key)))
                        current.source = a.value(QLatin1String(key)).toString();
                }
                if (a.hasAttribute(QLatin1String("pool"))) {
                    current.pool = a.value(QLatin1String("pool")).toString();
                    current.source = current.pool + QLatin1Char('/') + a.value(QLatin1String("volume")).toString();
                }
            } else if (r.name() == QLatin1String("target")) {
                current.target = a.value(QLatin1String("dev")).toString();
            } else if (r.name() == QLatin1String("readonly")) {
                current.readOnly = true;
            } else if (r.name() == QLatin1String("shareable")) {
                current.shareable = true;
            }
        } else if (token == QXmlStreamReader::EndElement && depth > 0) {
            if (--depth == 0)
                out << current;
        }
    }
    return out;
}

QStringList DomainXml::interfaceTypes(const QString &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    int depth = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 0 && r.name() == QLatin1String("interface"))
                out << r.attributes().value(QLatin1String("type")).toString();
            if (depth > 0 || r.name() == QLatin1String("interface"))
                ++depth;
        } else if (token == QXmlStreamReader::EndElement && depth > 0) {
            --depth;
        }
    }
    return out;
}

QString DomainXml::withInterfaceSources(const QString &xml, const QList<QPair<QString, QString>> &mapping,
                                        const QStringList &networks, QString *error)
{
    const QList<NetworkAdapter> adapters = DomainXml::adapters(xml);
    const QStringList types = interfaceTypes(xml);
    QList<QString> newSource(adapters.size());
    QList<bool> mapped(adapters.size(), false);
    for (const auto &[adapterId, target] : mapping) {
        int i = 0;
        while (i < adapters.size() && adapters[i].settings.id != adapterId)
            ++i;
        if (i == adapters.size())
            continue;
        const QString type = types.value(i);
        if (type != QLatin1String("network") && type != QLatin1String("bridge")) {
            if (error)
                *error = tr("'%1' is a %2 interface; only network and bridge interfaces can be connected elsewhere.")
                             .arg(adapters[i].settings.name, type);
            return QString();
        }
        if (target.isEmpty()) {
            if (error)
                *error = tr("'%1' cannot move disconnected: libvirt keeps the guest's devices as they are during a move.")
                             .arg(adapters[i].settings.name);
            return QString();
        }
        newSource[i] = target;
        mapped[i] = true;
    }
    QString out;
    QXmlStreamReader r(xml);
    QXmlStreamWriter w(&out);
    int index = -1;
    int depth = 0; // inside the current <interface>
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartDocument)
            continue; // the definition goes to libvirt as a string, without a prolog
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 0 && r.name() == QLatin1String("interface")) {
                ++index;
                depth = 1;
                if (mapped.value(index)) {
                    w.writeStartElement(r.name().toString());
                    for (const QXmlStreamAttribute &a : r.attributes()) {
                        if (a.name() == QLatin1String("type"))
                            w.writeAttribute(QStringLiteral("type"), networks.contains(newSource[index]) ? QStringLiteral("network")
                                                                                                         : QStringLiteral("bridge"));
                        else
                            w.writeAttribute(a);
                    }
                    continue;
                }
            } else if (depth > 0) {
                ++depth;
                if (depth == 2 && r.name() == QLatin1String("source") && mapped.value(index)) {
                    const bool network = networks.contains(newSource[index]);
                    w.writeStartElement(QStringLiteral("source"));
                    w.writeAttribute(network ? QStringLiteral("network") : QStringLiteral("bridge"), newSource[index]);
                    w.writeEndElement();
                    r.skipCurrentElement();
                    --depth;
                    continue;
                }
            }
        } else if (token == QXmlStreamReader::EndElement && depth > 0) {
            --depth;
        }
        w.writeCurrentToken(r);
    }
    if (r.hasError()) {
        if (error)
            *error = tr("The domain XML cannot be read: %1").arg(r.errorString());
        return QString();
    }
    return out;
}

DomainXml::HostCpu DomainXml::hostCpu(const QString &capabilitiesXml)
{
    HostCpu out;
    QXmlStreamReader r(capabilitiesXml);
    bool inHost = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement && r.name() == QLatin1String("host")) {
            inHost = true;
        } else if (token == QXmlStreamReader::EndElement && r.name() == QLatin1String("host")) {
            inHost = false;
        } else if (token == QXmlStreamReader::StartElement && inHost && r.name() == QLatin1String("cpu")) {
            // Copy the element as it is; note vendor and model on the way.
            QXmlStreamWriter w(&out.xml);
            w.writeCurrentToken(r);
            int depth = 1;
            QString element;
            while (depth > 0 && !r.atEnd()) {
                const auto t = r.readNext();
                if (t == QXmlStreamReader::StartElement) {
                    ++depth;
                    element = r.name().toString();
                } else if (t == QXmlStreamReader::EndElement) {
                    --depth;
                    element.clear();
                } else if (t == QXmlStreamReader::Characters && !r.isWhitespace()) {
                    if (element == QLatin1String("vendor") && depth == 2)
                        out.vendor = r.text().toString().trimmed();
                    else if (element == QLatin1String("model") && depth == 2)
                        out.model = r.text().toString().trimmed();
                }
                w.writeCurrentToken(r);
            }
            return out;
        }
    }
    return out;
}

} // namespace hvdesk::local
