#include "DomainXml.h"

#include <models/NetworkAdapterSettings.h>

#include <QXmlStreamReader>

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
                const bool multiqueue = attrs.value(QLatin1String("queues")).toInt() > 1;
                current.settings.vmqWeight = multiqueue ? NetworkAdapterSettings::DefaultVmqWeight : 0;
                current.runtime.vmqUsage = multiqueue;
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

} // namespace hvdesk::local
