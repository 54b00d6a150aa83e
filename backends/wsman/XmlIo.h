#pragma once

#include <wsman/XmlReader.h>

#include <models/Error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QStringView>

#include <cstring>

namespace hvdesk::wsman {

// Compact XML output straight into a byte buffer; WS-Man envelopes need nothing more than
// escaping, and the namespaces are declared once on the envelope.
class XmlOut
{
public:
    explicit XmlOut(qsizetype reserve = 2048) { m_buffer.reserve(reserve); }

    XmlOut &raw(const char *ascii)
    {
        put(ascii, qsizetype(std::strlen(ascii)));
        return *this;
    }
    XmlOut &raw(QLatin1String ascii)
    {
        put(ascii.data(), ascii.size());
        return *this;
    }
    XmlOut &raw(QByteArrayView bytes)
    {
        put(bytes.data(), bytes.size());
        return *this;
    }
    XmlOut &raw(const QByteArray &bytes)
    {
        put(bytes.constData(), bytes.size());
        return *this;
    }
    XmlOut &number(qint64 n)
    {
        m_buffer.append(QByteArray::number(n));
        return *this;
    }
    // Character data: & < > escaped, \r kept as a reference, characters XML cannot carry replaced.
    XmlOut &text(QStringView text)
    {
        append(text, false);
        return *this;
    }
    XmlOut &text(QLatin1String text)
    {
        append(QString(text), false);
        return *this;
    }
    // An attribute value in double quotes (escapes " and whitespace controls too).
    XmlOut &attribute(QStringView text)
    {
        append(text, true);
        return *this;
    }
    // An element or class name as an XML NCName: characters a name cannot hold become '_', so a
    // name from untrusted input can never break the document.
    XmlOut &name(QStringView name);
    // <prefix:name>text</prefix:name>
    XmlOut &element(const char *qname, QStringView text);
    XmlOut &element(const char *qname, QLatin1String text) { return element(qname, QString(text)); }

    QByteArray &buffer() { return m_buffer; }
    QByteArray take() { return std::move(m_buffer); }

private:
    // Bytes from outside the buffer. (QByteArray::append is a general insert; this is the
    // common case of an envelope, a few bytes at the end, many times over.)
    void put(const char *data, qsizetype size)
    {
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + size); // grows geometrically
        std::memcpy(m_buffer.data() + at, data, size_t(size));
    }
    void append(QStringView text, bool attribute);
    void appendEscaped(QStringView text, bool attribute);
    QByteArray m_buffer;
};

// Whether `name` is an XML NCName (a name without a prefix), as element and class names must be.
bool isNcName(QStringView name);

} // namespace hvdesk::wsman
