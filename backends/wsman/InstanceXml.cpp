#include "InstanceXml.h"

#include "CimXml.h"
#include "Namespaces.h"

#include <cstring>

namespace hvdesk::wsman::InstanceXml {

void writeSelectorSet(XmlOut &out, const QList<Selector> &selectors)
{
    out.raw("<w:SelectorSet>");
    for (const Selector &s : selectors)
        out.raw("<w:Selector Name=\"").attribute(s.name).raw("\">").text(s.value).raw("</w:Selector>");
    out.raw("</w:SelectorSet>");
}

void writeEprContent(XmlOut &out, const Epr &epr)
{
    out.element("a:Address", epr.address.isEmpty() ? QString(AnonymousAddress) : epr.address);
    out.raw("<a:ReferenceParameters>");
    out.element("w:ResourceURI", epr.resourceUri);
    if (!epr.selectors.isEmpty())
        writeSelectorSet(out, epr.selectors);
    out.raw("</a:ReferenceParameters>");
}

// Appends a copy of `size` bytes written at `from`: a name checked and written once, repeated in
// the end tag.
static void repeat(XmlOut &out, qsizetype from, qsizetype size)
{
    QByteArray &buffer = out.buffer();
    const qsizetype at = buffer.size();
    buffer.resize(at + size);
    char *data = buffer.data();
    std::memcpy(data + at, data + from, size_t(size));
}

// The name as an element name, returning where it starts in the buffer and its size.
static qsizetype writeName(XmlOut &out, const QString &name, qsizetype *size)
{
    const qsizetype from = out.buffer().size();
    out.name(name);
    *size = out.buffer().size() - from;
    return from;
}

static void writeOne(XmlOut &out, const QString &name, const CimValue &value, qsizetype index)
{
    qsizetype nameSize = 0;
    out.raw("<p:");
    const qsizetype nameAt = writeName(out, name, &nameSize);
    out.raw(">");
    switch (value.kind()) {
    case CimValue::Kind::String:
    case CimValue::Kind::StringArray:
        if (value.cimType().size() == 8 && value.cimType() == QLatin1String("datetime"))
            out.raw("<cim:Datetime>").text(value.texts().at(index)).raw("</cim:Datetime>");
        else
            out.text(value.texts().at(index));
        break;
    case CimValue::Kind::Reference:
    case CimValue::Kind::ReferenceArray:
        writeEprContent(out, value.eprs().at(index));
        break;
    case CimValue::Kind::Instance:
    case CimValue::Kind::InstanceArray:
        out.text(CimXml::write(value.embedded().at(size_t(index))));
        break;
    case CimValue::Kind::Null:
        break;
    }
    out.raw("</p:");
    repeat(out, nameAt, nameSize);
    out.raw(">");
}

void writeProperties(XmlOut &out, const QList<CimProperty> &properties)
{
    for (const CimProperty &p : properties) {
        const QString &name = p.name;
        const CimValue &v = p.value;
        qsizetype count = 0;
        switch (v.kind()) {
        case CimValue::Kind::Null:
            out.raw("<p:").name(name).raw(" xsi:nil=\"true\"/>");
            continue;
        case CimValue::Kind::String:
        case CimValue::Kind::StringArray:
            count = v.texts().size();
            break;
        case CimValue::Kind::Reference:
        case CimValue::Kind::ReferenceArray:
            count = v.eprs().size();
            break;
        case CimValue::Kind::Instance:
        case CimValue::Kind::InstanceArray:
            count = qsizetype(v.embedded().size());
            break;
        }
        for (qsizetype i = 0; i < count; ++i)
            writeOne(out, name, v, i);
    }
}

void writeInstance(XmlOut &out, const CimInstance &instance, const QString &fallbackResourceUri)
{
    const QString &cls = instance.className();
    const QString &uri = instance.resourceUri().isEmpty() ? fallbackResourceUri : instance.resourceUri();
    qsizetype nameSize = 0;
    out.raw("<p:");
    const qsizetype nameAt = writeName(out, cls, &nameSize);
    out.raw(" xmlns:p=\"").attribute(uri).raw("\" xsi:type=\"p:");
    repeat(out, nameAt, nameSize);
    out.raw("_Type\">");
    writeProperties(out, instance.properties());
    out.raw("</p:");
    repeat(out, nameAt, nameSize);
    out.raw(">");
}

QList<Selector> readSelectorSet(XmlIn &in)
{
    QList<Selector> selectors;
    while (in.nextChild()) {
        if (in.is(ns::Wsman, QLatin1String("Selector"))) {
            const QString name = in.attribute(QLatin1String(""), QLatin1String("Name")).toString();
            selectors.append({ name, in.readText().trimmed() });
        } else {
            in.skip();
        }
    }
    return selectors;
}

static void readReferenceParameters(XmlIn &in, Epr &epr)
{
    while (in.nextChild()) {
        if (in.is(ns::Wsman, QLatin1String("ResourceURI")))
            epr.resourceUri = in.readText().trimmed();
        else if (in.is(ns::Wsman, QLatin1String("SelectorSet")))
            epr.selectors = readSelectorSet(in);
        else
            in.skip();
    }
}

Epr readEpr(XmlIn &in)
{
    Epr epr;
    if (in.is(ns::Addressing, QLatin1String("ReferenceParameters"))) {
        readReferenceParameters(in, epr);
        return epr;
    }
    while (in.nextChild()) {
        if (in.is(ns::Addressing, QLatin1String("Address")))
            epr.address = in.readText().trimmed();
        else if (in.is(ns::Addressing, QLatin1String("ReferenceParameters")))
            readReferenceParameters(in, epr);
        else
            in.skip();
    }
    return epr;
}

static QString classFromType(QStringView type)
{
    // xsi:type="p:Msvm_ComputerSystem_Type"
    const qsizetype colon = type.indexOf(QLatin1Char(':'));
    QStringView name = colon < 0 ? type : type.mid(colon + 1);
    if (name.endsWith(QLatin1String("_Type")))
        name.chop(5);
    // Anything but a plain name is not a class: the caller falls back to the element's name.
    return isNcName(name) ? name.toString() : QString();
}

static CimValue readValue(XmlIn &in, const QString &ownNamespace);

static CimInstance readEmbedded(
    XmlIn &in, const QString &className, const QString &resourceUri, QString *firstChildName, CimValue *firstChild)
{
    // The first child was already read by the caller (it decided this is not an EPR).
    CimInstance instance(className, resourceUri);
    instance.set(*firstChildName, *firstChild);
    QXmlStreamReader &r = in.reader();
    while (in.nextChild()) {
        const QString name = r.name().toString();
        const CimValue value = readValue(in, resourceUri);
        if (const CimValue *existing = instance.find(name)) {
            CimValue merged = *existing;
            merged.append(value);
            instance.set(name, merged);
        } else {
            instance.set(name, value);
        }
    }
    return instance;
}

// The reader is on a property element (of an object in `ownNamespace`); reads it to its end.
static CimValue readValue(XmlIn &in, const QString &ownNamespace)
{
    QXmlStreamReader &r = in.reader();
    if (in.isNil()) {
        in.skip();
        return CimValue::null();
    }
    // Kept only when present: most properties carry no type, and this runs for every one.
    const QStringView typeView = in.attribute(ns::Xsi, QLatin1String("type"));
    const QString type = typeView.isEmpty() ? QString() : typeView.toString();
    QString text;
    const int level = in.depth();
    for (;;) {
        const auto token = in.next();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return CimValue();
        if (token == QXmlStreamReader::EndElement && in.depth() < level)
            break;
        if (token == QXmlStreamReader::Characters) {
            text += r.text();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        // A child element decides what the value is.
        if (r.namespaceUri() == ns::Addressing) {
            Epr epr;
            // Read the rest of the EPR's parts at this level.
            if (in.is(ns::Addressing, QLatin1String("Address")))
                epr.address = in.readText().trimmed();
            else if (in.is(ns::Addressing, QLatin1String("ReferenceParameters")))
                readReferenceParameters(in, epr);
            else
                in.skip();
            while (in.nextChild()) {
                if (in.is(ns::Addressing, QLatin1String("Address")))
                    epr.address = in.readText().trimmed();
                else if (in.is(ns::Addressing, QLatin1String("ReferenceParameters")))
                    readReferenceParameters(in, epr);
                else
                    in.skip();
            }
            return CimValue::reference(epr);
        }
        if (r.namespaceUri() == ns::Cim) {
            // <cim:Datetime>, <cim:Interval>, <cim:Date>, <cim:Time>
            const QString value = in.readText().trimmed();
            while (in.nextChild())
                in.skip();
            return CimValue(value, QStringLiteral("datetime"));
        }
        QString childName = r.name().toString();
        CimValue child = readValue(in, ownNamespace);
        const QString className = type.isEmpty() ? QString() : classFromType(type);
        CimInstance embedded = readEmbedded(in, className, ownNamespace, &childName, &child);
        return CimValue::instance(embedded);
    }
    if (CimXml::looksLikeInstance(text)) {
        Error error;
        CimInstance embedded = CimXml::read(text, &error);
        if (error.isNull())
            return CimValue::instance(embedded);
    }
    return CimValue(text);
}

CimInstance readInstance(XmlIn &in, QList<QString> *names)
{
    QXmlStreamReader &r = in.reader();
    QString className = r.name().toString();
    const QStringView type = in.attribute(ns::Xsi, QLatin1String("type"));
    if (!type.isEmpty()) {
        const QString fromType = classFromType(type);
        if (!fromType.isEmpty())
            className = fromType;
    }
    CimInstance instance(className, r.namespaceUri().toString());
    if (names)
        instance.reserve(names->size());
    qsizetype index = 0;
    while (in.nextChild()) {
        // Objects of one enumeration share their property names: reuse the previous object's
        // strings (implicitly shared) instead of allocating new ones.
        QString name;
        if (names && index < names->size() && names->at(index) == r.name()) {
            name = names->at(index);
        } else {
            name = r.name().toString();
            if (names) {
                names->resize(index + 1);
                (*names)[index] = name;
            }
        }
        ++index;
        CimValue value = readValue(in, instance.resourceUri());
        // Repeated elements are an array; they are adjacent on the wire.
        const QList<CimProperty> &props = instance.properties();
        if (!props.isEmpty() && props.constLast().name == name) {
            CimValue merged = props.constLast().value;
            merged.append(value);
            instance.set(name, merged);
            continue;
        }
        instance.add(name, value);
    }
    return instance;
}

} // namespace hvdesk::wsman::InstanceXml
