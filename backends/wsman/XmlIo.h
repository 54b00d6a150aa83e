#pragma once

#include <wsman/XmlReader.h>

#include <models/Error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QStringView>

namespace hvdesk::wsman {

// Compact XML output straight into a byte buffer; WS-Man envelopes need nothing more than
// escaping, and the namespaces are declared once on the envelope.
class XmlOut
{
public:
    explicit XmlOut(qsizetype reserve = 2048) { m_buffer.reserve(reserve); }

    XmlOut &raw(const char *ascii)
    {
        m_buffer.append(ascii);
        return *this;
    }
    XmlOut &raw(QLatin1String ascii)
    {
        m_buffer.append(ascii.data(), ascii.size());
        return *this;
    }
    XmlOut &raw(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        return *this;
    }
    XmlOut &raw(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
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
    void append(QStringView text, bool attribute);
    QByteArray m_buffer;
};

// Whether `name` is an XML NCName (a name without a prefix), as element and class names must be.
bool isNcName(QStringView name);

} // namespace hvdesk::wsman
