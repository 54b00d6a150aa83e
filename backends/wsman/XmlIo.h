#pragma once

#include <models/Error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QStringView>
#include <QXmlStreamReader>

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

// QXmlStreamReader with the limits a parser of untrusted input needs: a maximum element depth,
// a maximum attribute count per element, no DTD (no entity expansion), a maximum input size.
// Every structural read goes through next(), so a limit stops the parse wherever it is hit.
class XmlIn
{
    Q_DECLARE_TR_FUNCTIONS(XmlIn)

public:
    static constexpr int MaxDepth = 32;
    static constexpr int MaxAttributes = 64;

    explicit XmlIn(QByteArrayView data);
    explicit XmlIn(QStringView data);

    QXmlStreamReader &reader() { return m_reader; }
    QXmlStreamReader::TokenType next();
    // Moves to the next start element at the current level; false at the end of the parent.
    bool nextChild();
    // Text content of the current element (child elements are skipped), leaves it at its end.
    QString readText();
    void skip();
    int depth() const { return m_depth; }
    bool failed() const { return m_reader.hasError(); }
    void fail(const QString &message) { m_reader.raiseError(message); }
    bool is(QLatin1String ns, QLatin1String name) const
    {
        return m_reader.name() == name && m_reader.namespaceUri() == ns;
    }
    QStringView attribute(QLatin1String ns, QLatin1String name) const { return m_reader.attributes().value(ns, name); }
    bool isNil() const;
    // The namespace a prefix stands for, from every declaration read so far (enough for the
    // QName values of s:Fault, whose prefixes are declared once on the envelope).
    QString namespaceForPrefix(QStringView prefix) const { return m_prefixes.value(prefix.toString()); }
    // "not well-formed XML: <reason> (line L, column C)"
    Error error(const QString &code, const QString &what) const;

private:
    QXmlStreamReader m_reader;
    int m_depth = 0;
    QHash<QString, QString> m_prefixes;
};

} // namespace hvdesk::wsman
