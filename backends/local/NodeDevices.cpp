#include "NodeDevices.h"

#include <QXmlStreamReader>

namespace hvdesk::local {

namespace {

int number(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().startsWith(QLatin1String("0x")) ? text.trimmed().mid(2).toInt(&ok, 16)
                                                                 : text.trimmed().toInt(&ok);
    return ok ? v : 0;
}

} // namespace

QString NodeDevices::pciAddress(const QString &domain, const QString &bus, const QString &slot, const QString &function)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(number(domain), 4, 16, QLatin1Char('0'))
        .arg(number(bus), 2, 16, QLatin1Char('0'))
        .arg(number(slot), 2, 16, QLatin1Char('0'))
        .arg(number(function), 1, 16);
}

bool NodeDevices::parsePci(const QString &xml, Pci *out)
{
    QXmlStreamReader r(xml);
    Pci pci;
    bool isPci = false;
    QString domain, bus, slot, function;
    QStringList capabilities; // the nesting of <capability type=...> elements
    QString element;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            element = r.name().toString();
            const auto a = r.attributes();
            if (element == QLatin1String("capability")) {
                const QString type = a.value(QLatin1String("type")).toString();
                capabilities << type;
                if (type == QLatin1String("pci") && capabilities.size() == 1)
                    isPci = true;
                else if (type == QLatin1String("virt_functions"))
                    pci.maxVirtualFunctions
                        = a.hasAttribute(QLatin1String("maxCount")) ? a.value(QLatin1String("maxCount")).toInt() : 0;
            } else if (element == QLatin1String("address") && !capabilities.isEmpty()) {
                const QString address
                    = pciAddress(a.value(QLatin1String("domain")).toString(), a.value(QLatin1String("bus")).toString(),
                        a.value(QLatin1String("slot")).toString(), a.value(QLatin1String("function")).toString());
                if (capabilities.last() == QLatin1String("virt_functions"))
                    pci.virtualFunctions << address;
                else if (capabilities.last() == QLatin1String("phys_function"))
                    pci.physicalFunction = address;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (r.name() == QLatin1String("capability") && !capabilities.isEmpty())
                capabilities.removeLast();
            element.clear();
        } else if (token == QXmlStreamReader::Characters && !r.isWhitespace()) {
            const QString text = r.text().toString().trimmed();
            if (element == QLatin1String("name") && capabilities.isEmpty())
                pci.name = text;
            else if (capabilities.size() == 1 && element == QLatin1String("domain"))
                domain = text;
            else if (capabilities.size() == 1 && element == QLatin1String("bus"))
                bus = text;
            else if (capabilities.size() == 1 && element == QLatin1String("slot"))
                slot = text;
            else if (capabilities.size() == 1 && element == QLatin1String("function"))
                function = text;
            else if (element == QLatin1String("product"))
                pci.product = text;
            else if (element == QLatin1String("vendor"))
                pci.vendor = text;
        }
    }
    if (!isPci || r.hasError())
        return false;
    pci.address = pciAddress(domain, bus, slot, function);
    *out = pci;
    return true;
}

bool NodeDevices::parseNet(const QString &xml, Net *out)
{
    QXmlStreamReader r(xml);
    Net net;
    bool isNet = false;
    int depth = 0;
    QString element;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            element = r.name().toString();
            const auto a = r.attributes();
            if (element == QLatin1String("capability") && a.value(QLatin1String("type")) == QLatin1String("net")
                && depth == 2)
                isNet = true;
            else if (element == QLatin1String("link") && a.hasAttribute(QLatin1String("speed")))
                net.speedMbps = a.value(QLatin1String("speed")).toInt();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            element.clear();
        } else if (token == QXmlStreamReader::Characters && !r.isWhitespace()) {
            const QString text = r.text().toString().trimmed();
            if (element == QLatin1String("name") && depth == 2)
                net.name = text;
            else if (element == QLatin1String("parent") && depth == 2)
                net.parent = text;
            else if (element == QLatin1String("interface") && depth == 3)
                net.interface = text;
        }
    }
    if (!isNet || r.hasError())
        return false;
    *out = net;
    return true;
}

QList<NodeDevices::PhysicalFunction> NodeDevices::physicalFunctions(const QList<Pci> &pci, const QList<Net> &nets)
{
    QList<PhysicalFunction> out;
    for (const Pci &p : pci) {
        if (p.maxVirtualFunctions < 0)
            continue;
        PhysicalFunction pf;
        pf.address = p.address;
        pf.interface = p.address;
        pf.description = p.vendor.isEmpty() ? p.product : QStringLiteral("%1 %2").arg(p.vendor, p.product);
        pf.maxVirtualFunctions = p.maxVirtualFunctions;
        pf.virtualFunctions = p.virtualFunctions;
        for (const Net &n : nets) {
            if (n.parent == p.name && !n.interface.isEmpty()) {
                pf.interface = n.interface;
                pf.speedMbps = n.speedMbps;
                break;
            }
        }
        out << pf;
    }
    return out;
}

} // namespace hvdesk::local
