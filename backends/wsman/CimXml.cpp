#include "CimXml.h"

#include "XmlIo.h"

namespace hvdesk::wsman {

static QString typeOf(const CimValue &value)
{
    return value.cimType().isEmpty() ? QStringLiteral("string") : value.cimType();
}

static void writeInstance(XmlOut &out, const CimInstance &instance);

static void writeValue(XmlOut &out, const CimValue &value, const QString &text)
{
    Q_UNUSED(value);
    out.raw("<VALUE>").text(text).raw("</VALUE>");
}

static void writeInstance(XmlOut &out, const CimInstance &instance)
{
    out.raw("<INSTANCE CLASSNAME=\"").attribute(instance.className()).raw("\">");
    for (const CimProperty &p : instance.properties()) {
        const CimValue &v = p.value;
        const bool embedded = v.kind() == CimValue::Kind::Instance || v.kind() == CimValue::Kind::InstanceArray;
        const bool reference = v.kind() == CimValue::Kind::Reference || v.kind() == CimValue::Kind::ReferenceArray;
        const QString type = embedded || reference ? QStringLiteral("string") : typeOf(v);
        const char *tag = v.isArray() ? "PROPERTY.ARRAY" : "PROPERTY";
        out.raw("<").raw(tag).raw(" NAME=\"").attribute(p.name).raw("\" TYPE=\"").attribute(type).raw("\"");
        if (embedded)
            out.raw(" EmbeddedObject=\"object\"");
        out.raw(">");
        QStringList texts;
        switch (v.kind()) {
        case CimValue::Kind::Null:
            break;
        case CimValue::Kind::String:
        case CimValue::Kind::StringArray:
            texts = v.texts();
            break;
        case CimValue::Kind::Reference:
        case CimValue::Kind::ReferenceArray:
            for (const Epr &epr : v.eprs())
                texts.append(epr.toWmiPath());
            break;
        case CimValue::Kind::Instance:
        case CimValue::Kind::InstanceArray:
            for (const CimInstance &inner : v.embedded())
                texts.append(CimXml::write(inner));
            break;
        }
        if (v.isArray()) {
            out.raw("<VALUE.ARRAY>");
            for (const QString &t : texts)
                writeValue(out, v, t);
            out.raw("</VALUE.ARRAY>");
        } else if (!v.isNull()) {
            writeValue(out, v, texts.value(0));
        }
        out.raw("</").raw(tag).raw(">");
    }
    out.raw("</INSTANCE>");
}

QString CimXml::write(const CimInstance &instance)
{
    XmlOut out(512);
    writeInstance(out, instance);
    return QString::fromUtf8(out.buffer());
}

bool CimXml::looksLikeInstance(QStringView text)
{
    return text.trimmed().startsWith(QLatin1String("<INSTANCE"));
}

static CimInstance readWith(XmlIn &in, Error *error, int nesting);

// Embedded objects inside embedded objects: Hyper-V uses one level; deeper is left as text.
static constexpr int MaxEmbeddedNesting = 4;

// Reads one PROPERTY or PROPERTY.ARRAY; the reader is on its start element.
static bool readProperty(XmlIn &in, CimInstance &instance, int nesting)
{
    const bool isArray = in.nameIs(QLatin1String("PROPERTY.ARRAY"));
    const QString name = in.attribute({}, QLatin1String("NAME"));
    QString type = in.attribute({}, QLatin1String("TYPE"));
    const bool embedded = !in.attribute({}, QLatin1String("EmbeddedObject")).isEmpty()
        || !in.attribute({}, QLatin1String("EMBEDDEDOBJECT")).isEmpty();
    if (name.isEmpty()) {
        in.fail(CimXml::tr("a property without a NAME"));
        return false;
    }
    if (type == QLatin1String("string"))
        type.clear(); // the default; kept empty so values compare equal to plain strings
    QStringList values;
    std::vector<CimInstance> inner;
    bool sawArray = false;
    // An embedded object is read straight from the value's bytes (no detour through a QString).
    const bool readEmbedded = embedded && nesting < MaxEmbeddedNesting;
    const auto take = [&](QByteArrayView text) {
        if (!readEmbedded) {
            values.append(text.isEmpty() ? QString() : QString::fromUtf8(text));
            return true;
        }
        Error error;
        // The view stays valid: `in` does not move while the nested reader runs.
        XmlIn nested { text };
        CimInstance i = readWith(nested, &error, nesting + 1);
        if (!error.isNull()) {
            in.fail(CimXml::tr("property %1 holds an embedded object that is not CIM-XML").arg(name));
            return false;
        }
        inner.push_back(std::move(i));
        return true;
    };
    while (in.nextChild()) {
        if (in.nameIs(QLatin1String("VALUE")) && !isArray) {
            if (!take(in.readTextUtf8()))
                return false;
        } else if (in.nameIs(QLatin1String("VALUE.ARRAY")) && isArray) {
            sawArray = true;
            while (in.nextChild()) {
                if (in.nameIs(QLatin1String("VALUE")) || in.nameIs(QLatin1String("VALUE.NULL"))) {
                    if (!take(in.readTextUtf8()))
                        return false;
                } else {
                    in.skip();
                }
            }
        } else {
            in.skip();
        }
    }
    if (in.failed())
        return false;
    CimValue value;
    if (readEmbedded) {
        if (!isArray && !inner.empty())
            value = CimValue::instance(inner.front());
        else if (isArray && sawArray)
            value = CimValue::instances(inner);
    } else if (isArray) {
        value = sawArray ? CimValue::array(values, type) : CimValue::null(type);
    } else {
        value = values.isEmpty() ? CimValue::null(type) : CimValue(values.constFirst(), type);
    }
    instance.set(name, value);
    return true;
}

static CimInstance readWith(XmlIn &in, Error *error, int nesting)
{
    CimInstance instance;
    bool root = false;
    while (!in.failed()) {
        const auto token = in.next();
        if (token == XmlIn::Token::StartElement) {
            root = true;
            break;
        }
        if (token == XmlIn::Token::EndDocument || token == XmlIn::Token::Invalid)
            break;
    }
    if (root && !in.nameIs(QLatin1String("INSTANCE")))
        in.fail(CimXml::tr("the root element is <%1>, expected <INSTANCE>").arg(in.name()));
    else if (!root && !in.failed())
        in.fail(CimXml::tr("no INSTANCE element"));
    if (!in.failed()) {
        instance.setClassName(in.attribute({}, QLatin1String("CLASSNAME")));
        if (instance.className().isEmpty())
            in.fail(CimXml::tr("the INSTANCE has no CLASSNAME"));
    }
    while (!in.failed() && in.nextChild()) {
        if (in.nameIs(QLatin1String("PROPERTY")) || in.nameIs(QLatin1String("PROPERTY.ARRAY")))
            readProperty(in, instance, nesting);
        else
            in.skip(); // QUALIFIER, PROPERTY.REFERENCE: not used by Hyper-V's embedded objects
    }
    // Nothing but whitespace may follow.
    while (!in.failed()) {
        const auto token = in.next();
        if (token == XmlIn::Token::EndDocument || token == XmlIn::Token::Invalid)
            break;
    }
    if (in.failed()) {
        if (error)
            *error = in.error(QStringLiteral("wsman.cimxml"), CimXml::tr("The embedded instance is not valid CIM-XML"));
        return CimInstance();
    }
    if (error)
        *error = Error {};
    return instance;
}

CimInstance CimXml::read(QStringView text, Error *error)
{
    XmlIn in(text.toUtf8());
    return readWith(in, error, 0);
}

CimInstance CimXml::readUtf8(QByteArrayView text, Error *error)
{
    XmlIn in(text);
    return readWith(in, error, 0);
}

bool CimXml::looksLikeInstance(QByteArrayView utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r'))
        ++i;
    return utf8.sliced(i).startsWith("<INSTANCE");
}

} // namespace hvdesk::wsman
