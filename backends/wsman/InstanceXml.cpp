#include "InstanceXml.h"

#include "CimXml.h"
#include "Namespaces.h"

#include <QHash>

#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

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

// The name as an element name, returning where it starts in the buffer and its size: a name
// checked and written once, then repeated in the end tag.
static qsizetype writeName(XmlOut &out, const QString &name, qsizetype *size)
{
    const qsizetype from = out.size();
    out.name(name);
    *size = out.size() - from;
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
            out.raw("<cim:Datetime>").text(value.textAt(index)).raw("</cim:Datetime>");
        else
            out.text(value.textAt(index));
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
    out.repeat(nameAt, nameSize);
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
            count = v.textCount();
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
    out.repeat(nameAt, nameSize);
    out.raw("_Type\">");
    writeProperties(out, instance.properties());
    out.raw("</p:");
    out.repeat(nameAt, nameSize);
    out.raw(">");
}

QList<Selector> readSelectorSet(XmlIn &in)
{
    QList<Selector> selectors;
    while (in.nextChild()) {
        if (in.is(ns::Wsman, QLatin1String("Selector"))) {
            const QString name = in.attribute({}, QLatin1String("Name"));
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

// The reader is on a child of an EPR element: its address or reference parameters.
static void readEprParts(XmlIn &in, Epr &epr)
{
    if (in.is(ns::Addressing, QLatin1String("Address")))
        epr.address = in.readText().trimmed();
    else if (in.is(ns::Addressing, QLatin1String("ReferenceParameters")))
        readReferenceParameters(in, epr);
    else
        in.skip();
}

Epr readEpr(XmlIn &in)
{
    Epr epr;
    if (in.is(ns::Addressing, QLatin1String("ReferenceParameters"))) {
        readReferenceParameters(in, epr);
        return epr;
    }
    while (in.nextChild())
        readEprParts(in, epr);
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

// The strings every list repeats (property and class names, namespaces, values such as
// "Virtual Machine" or "2"), kept once for the process and handed out as QString::fromRawData
// over the pool's memory: such a string has no reference count, so copying and destroying it, as
// each parsed object does for each property, costs no atomic operation. The pool only grows, up
// to a fixed budget (the vocabulary of WMI classes is small; a hostile server can fill the budget,
// never exceed it); past it, strings are ordinary shared ones again. Thread-safe.
class StringPool
{
public:
    static constexpr qsizetype MaxLength = 128; // UTF-16 units per string
    static constexpr qsizetype Budget = qsizetype(1) << 19; // UTF-16 units in all (1 MiB)

    // The pooled equal of `s`, or `s` itself when it is too long or the budget is spent.
    QString intern(const QString &s)
    {
        if (s.isEmpty() || s.size() > MaxLength)
            return s;
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_strings.constFind(s); it != m_strings.cend())
            return *it;
        if (m_used + s.size() > Budget)
            return s;
        auto &block = m_blocks.emplace_back(new char16_t[size_t(s.size())]);
        std::memcpy(block.get(), s.constData(), size_t(s.size()) * sizeof(char16_t));
        m_used += s.size();
        const QString pooled = QString::fromRawData(reinterpret_cast<const QChar *>(block.get()), s.size());
        m_strings.insert(pooled, pooled);
        return pooled;
    }

    static StringPool &instance()
    {
        // Never destroyed: pooled strings may be alive until the very end of the process.
        static StringPool *pool = new StringPool;
        return *pool;
    }

private:
    std::mutex m_mutex;
    QHash<QString, QString> m_strings;
    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    qsizetype m_used = 0;
};

static QString pooled(const QString &s)
{
    return StringPool::instance().intern(s);
}

static CimValue readValue(XmlIn &in, const QString &ownNamespace, ListCache::Property *reuse = nullptr);

static CimInstance readEmbedded(
    XmlIn &in, const QString &className, const QString &resourceUri, QString *firstChildName, CimValue *firstChild)
{
    // The first child was already read by the caller (it decided this is not an EPR).
    CimInstance instance(className, resourceUri);
    instance.set(*firstChildName, *firstChild);
    while (in.nextChild()) {
        const QString name = in.name();
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
// With `reuse`: a plain value whose bytes equal the last one's is that value again.
static CimValue readValue(XmlIn &in, const QString &ownNamespace, ListCache::Property *reuse)
{
    // Most property elements carry no attribute at all, and this runs for every one.
    const bool plain = in.reader().attributeCount() == 0;
    if (!plain && in.isNil()) {
        in.skip();
        return CimValue::null();
    }
    // Null unless present.
    const QString type = plain ? QString() : in.attribute(ns::Xsi, QLatin1String("type"));
    // One piece of text without references (the usual case) stays a view into the input.
    QByteArrayView single;
    QByteArray joined;
    bool any = false;
    bool buffered = false;
    const int level = in.depth();
    for (;;) {
        const auto token = in.next();
        if (token == XmlIn::Token::Invalid || token == XmlIn::Token::EndDocument)
            return CimValue();
        if (token == XmlIn::Token::EndElement && in.depth() < level)
            break;
        if (token == XmlIn::Token::Characters) {
            const XmlReader &r = in.reader();
            if (!any && !r.textNeedsDecoding()) {
                single = r.rawText();
            } else {
                if (!buffered)
                    joined.append(single);
                buffered = true;
                r.appendText(joined);
            }
            any = true;
            continue;
        }
        if (token != XmlIn::Token::StartElement)
            continue;
        // A child element decides what the value is.
        if (in.namespaceIs(ns::Addressing)) {
            // Read the rest of the EPR's parts at this level.
            Epr epr;
            readEprParts(in, epr);
            while (in.nextChild())
                readEprParts(in, epr);
            return CimValue::reference(epr);
        }
        if (in.namespaceIs(ns::Cim)) {
            // <cim:Datetime>, <cim:Interval>, <cim:Date>, <cim:Time>
            const QString value = in.readText().trimmed();
            while (in.nextChild())
                in.skip();
            return CimValue(value, QStringLiteral("datetime"));
        }
        QString childName = in.name();
        CimValue child = readValue(in, ownNamespace);
        const QString className = type.isEmpty() ? QString() : classFromType(type);
        CimInstance embedded = readEmbedded(in, className, ownNamespace, &childName, &child);
        return CimValue::instance(embedded);
    }
    const QByteArrayView text = buffered ? QByteArrayView(joined) : single;
    // Only a view into the envelope outlives this call.
    const bool reusable = reuse && !buffered && !text.isEmpty() && type.isNull();
    if (reusable && sameBytes(reuse->text, text)) {
        // Repeated: worth keeping in the pool.
        if (!reuse->pooled) {
            reuse->value = pooled(reuse->value);
            reuse->pooled = true;
        }
        return CimValue(reuse->value);
    }
    Error error;
    // CIM-XML starts with '<' (after whitespace): most values are ruled out by their first byte.
    const char first = text.isEmpty() ? '\0' : text.front();
    if ((first == '<' || first == ' ' || first == '\t' || first == '\n' || first == '\r')
        && CimXml::looksLikeInstance(text)) {
        CimInstance embedded = CimXml::readUtf8(text, &error);
        if (error.isNull()) {
            if (reusable)
                reuse->text = QByteArrayView(); // only text is shared
            return CimValue::instance(embedded);
        }
    }
    QString value = text.isEmpty() ? QString() : QString::fromUtf8(text);
    if (reusable) {
        reuse->text = text;
        QString shared(value); // a reference more, not a copy of the text
        reuse->value.swap(shared);
        reuse->pooled = false;
    }
    return CimValue(std::move(value));
}

// The class of an object from its element's local name, or from xsi:type when that names one.
static QString classOf(XmlIn &in)
{
    const QString type = in.attribute(ns::Xsi, QLatin1String("type"));
    if (!type.isEmpty()) {
        const QString fromType = classFromType(type);
        if (!fromType.isEmpty())
            return fromType;
    }
    return in.name();
}

CimInstance readInstance(XmlIn &in, ListCache *cache)
{
    const XmlReader &r = in.reader();
    QString className;
    if (cache) {
        // The same element name and the same raw xsi:type make the same class.
        const XmlReader::Attribute *typeAttribute = r.findAttribute(QByteArrayView(ns::Xsi.data(), ns::Xsi.size()), "type");
        const QByteArrayView type = typeAttribute ? typeAttribute->raw : QByteArrayView();
        const bool cacheable = !typeAttribute || !typeAttribute->needsDecoding;
        if (cache->hasClass && cacheable && sameBytes(cache->element, r.name()) && sameBytes(cache->type, type)
            && cache->type.isNull() == type.isNull()) {
            className = cache->className;
        } else {
            className = pooled(classOf(in));
            cache->hasClass = cacheable;
            cache->element = r.name();
            cache->type = type;
            cache->className = className;
        }
    } else {
        className = classOf(in);
    }
    QString resourceUri;
    const QByteArrayView uri = r.namespaceUri();
    if (cache && !uri.isEmpty() && !cache->resourceUri.isNull() && sameBytes(cache->resourceUriUtf8, uri)) {
        resourceUri = cache->resourceUri;
    } else {
        resourceUri = in.namespaceUri();
        if (cache) {
            resourceUri = pooled(resourceUri);
            cache->resourceUriUtf8 = uri.toByteArray();
            cache->resourceUri = resourceUri;
        }
    }
    CimInstance instance(className, resourceUri);
    if (cache)
        instance.reserve(qsizetype(cache->properties.size()));
    size_t index = 0;
    QByteArrayView previousName; // the last property's element name, in the envelope
    QString ownName;
    while (in.nextChild()) {
        const QByteArrayView rawName = r.name();
        // Objects of one enumeration share their property names: reuse the previous object's
        // strings (implicitly shared) instead of allocating new ones.
        ListCache::Property *shared = nullptr;
        if (cache) {
            if (index < cache->properties.size() && sameBytes(cache->properties[index].rawName, rawName)) {
                shared = &cache->properties[index];
            } else {
                cache->properties.resize(index + 1);
                shared = &cache->properties[index];
                *shared = ListCache::Property { rawName, pooled(in.name()), {}, {}, false };
            }
        } else {
            ownName = in.name();
        }
        ++index;
        // Repeated elements are an array; they are adjacent on the wire.
        const bool repeated = !previousName.isNull() && sameBytes(previousName, rawName);
        previousName = rawName;
        CimValue value = readValue(in, resourceUri, shared);
        if (repeated) {
            instance.appendToLast(value);
            continue;
        }
        instance.add(shared ? shared->name : ownName, std::move(value));
    }
    return instance;
}

} // namespace hvdesk::wsman::InstanceXml
