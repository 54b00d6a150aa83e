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
// escaping, and the namespaces are declared once on the envelope. The buffer is kept at its
// capacity and filled through a cursor: an envelope is tens of thousands of small appends.
class XmlOut
{
public:
    explicit XmlOut(qsizetype reserve = 2048) { grow(qMax<qsizetype>(reserve, 64)); }
    // It writes through a pointer into its own buffer: never shared by a copy.
    XmlOut(const XmlOut &) = delete;
    XmlOut &operator=(const XmlOut &) = delete;

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
    XmlOut &number(qint64 n);
    XmlOut &unsignedNumber(quint64 n);
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
    // Appends a copy of `size` bytes already written at `from` (a name repeated in its end tag).
    XmlOut &repeat(qsizetype from, qsizetype size)
    {
        char *to = room(size); // may move the buffer: `from` is an offset
        std::memcpy(to, m_data + from, size_t(size));
        m_size += size;
        return *this;
    }

    // What is written so far, valid until the next append.
    QByteArrayView buffer() const { return QByteArrayView(m_data, m_size); }
    qsizetype size() const { return m_size; }
    // Forgets what was written from `size` on.
    void truncate(qsizetype size) { m_size = qBound<qsizetype>(0, size, m_size); }
    QByteArray take()
    {
        m_buffer.truncate(m_size);
        m_data = nullptr;
        m_size = m_capacity = 0;
        return std::move(m_buffer);
    }

private:
    // Room for `size` more bytes at the cursor.
    char *room(qsizetype size)
    {
        if (m_capacity - m_size < size)
            grow(size);
        return m_data + m_size;
    }
    void grow(qsizetype size);
    // Bytes from outside the buffer.
    void put(const char *data, qsizetype size)
    {
        std::memcpy(room(size), data, size_t(size));
        m_size += size;
    }
    void append(QStringView text, bool attribute);
    void appendEscaped(QStringView text, bool attribute);
    QByteArray m_buffer; // its size is the capacity; m_size bytes of it are written
    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// Whether `name` is an XML NCName (a name without a prefix), as element and class names must be.
bool isNcName(QStringView name);

} // namespace hvdesk::wsman
