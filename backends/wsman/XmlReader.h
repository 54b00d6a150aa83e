#pragma once

#include <models/Error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <cstring>
#include <vector>

namespace hvdesk::wsman {

// Byte equality for the short strings of XML (names, prefixes, namespace URIs, values), inline and
// a word at a time: QByteArrayView's operator== calls out to memcmp for every comparison.
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const char *p = a.data();
    const char *q = b.data();
    const auto word = [](const char *at) {
        std::uint64_t w;
        std::memcpy(&w, at, sizeof w);
        return w;
    };
    const auto half = [](const char *at) {
        std::uint32_t w;
        std::memcpy(&w, at, sizeof w);
        return w;
    };
    if (n >= 8) {
        // Whole words, then the last one, which may overlap the one before.
        for (qsizetype i = 0; i + 8 < n; i += 8) {
            if (word(p + i) != word(q + i))
                return false;
        }
        return word(p + n - 8) == word(q + n - 8);
    }
    if (n >= 4)
        return half(p) == half(q) && half(p + n - 4) == half(q + n - 4);
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != q[i])
            return false;
    }
    return true;
}

// A strict, non-validating XML 1.0 + Namespaces pull reader over UTF-8 bytes, for the untrusted
// envelopes of WS-Management. Names, namespace URIs, attribute values and text are views into the
// input; a string is built only when a caller asks for one (text(), attributeValue()).
//
// Well-formedness is checked as a conforming parser must: matching end tags, one root element,
// unique attributes (by name and after namespace resolution), Name/QName syntax, UTF-8 and XML Char
// ranges, '<' and '&' in text and attribute values, "]]>" in text, the five predefined entities and
// character references to valid code points, CDATA, comments, processing instructions, the XML
// declaration (UTF-8 or UTF-16 only), attribute value normalisation, scoped namespace declarations
// with xml: predefined and undeclared prefixes refused. Beyond XML, the limits of a parser of
// untrusted input: element depth, attribute count, no DTD (so no entity expansion at all).
// Input starting with a UTF-8 BOM, or in UTF-16 (BOM or "<" as the first unit), is accepted; UTF-16
// is decoded to UTF-8 first.
//
// Comments, processing instructions and the XML declaration are checked and skipped: the tokens
// are elements, text and the end of the document.
class XmlReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlReader)

public:
    static constexpr int MaxDepth = 32;
    static constexpr int MaxAttributes = 64;

    enum class Token { None, StartElement, EndElement, Characters, EndDocument, Invalid };

    struct Attribute
    {
        QByteArrayView qualifiedName;
        QByteArrayView prefix;
        QByteArrayView name; // local name
        QByteArrayView namespaceUri; // empty for an attribute without prefix
        QByteArrayView raw; // the value as written, between the quotes
        bool needsDecoding = false; // raw holds references or whitespace to normalise
    };

    // `data` must outlive the reader unless it is UTF-16 (then the reader keeps its own copy).
    explicit XmlReader(QByteArrayView data);
    // Owns the bytes.
    explicit XmlReader(QByteArray &&data);

    Token next();
    Token token() const { return m_token; }
    // Depth of the current element: 1 on the root's start tag, 0 on its end tag.
    int depth() const { return m_depth; }

    bool hasError() const { return m_token == Token::Invalid; }
    QString errorString() const { return m_errorString; }
    // Of the error (1-based), computed on demand.
    qint64 lineNumber() const;
    qint64 columnNumber() const;
    // Stops the parse with `message` at the current token.
    void raiseError(const QString &message);

    // StartElement and EndElement: the element's names and namespace (views valid until the next
    // call of next()).
    QByteArrayView qualifiedName() const { return m_qname; }
    QByteArrayView prefix() const { return m_prefix; }
    QByteArrayView name() const { return m_local; }
    QByteArrayView namespaceUri() const { return m_nsUri; }

    // StartElement: the attributes, namespace declarations excluded.
    qsizetype attributeCount() const { return qsizetype(m_attributes.size()); }
    const Attribute &attributeAt(qsizetype i) const { return m_attributes[size_t(i)]; }
    const Attribute *findAttribute(QByteArrayView namespaceUri, QByteArrayView name) const;
    // The attribute's value after references and whitespace normalisation.
    static QString attributeValue(const Attribute &attribute);
    static void appendAttributeValue(const Attribute &attribute, QByteArray &utf8);
    // StartElement: the namespace declarations on this element (prefix empty for the default).
    struct Declaration
    {
        QByteArrayView prefix;
        QByteArray uri; // raw data over the input where no decoding was needed
    };
    qsizetype declarationCount() const { return qsizetype(m_declarations.size()) - m_firstOwnDeclaration; }
    const Declaration &declarationAt(qsizetype i) const { return m_declarations[size_t(m_firstOwnDeclaration + i)]; }
    // The namespace `prefix` stands for at the current position (the predefined xml too); null
    // view when undeclared.
    QByteArrayView namespaceForPrefix(QByteArrayView prefix) const;

    // Characters: the text as written (CDATA content without its delimiters) and the decoded form.
    QByteArrayView rawText() const { return m_text; }
    bool textNeedsDecoding() const { return m_textFlags != 0; }
    bool isCdata() const { return m_textCdata; }
    QString text() const;
    void appendText(QByteArray &utf8) const;
    bool isWhitespace() const;

private:
    void init();
    Token fail(const char *at, const QString &message);
    Token failRaw(const char *at, const char *message);
    Token readStartTag();
    Token readEndTag();
    Token closeTopElement(); // the innermost open element ends
    Token readText();
    Token readCdata();
    bool skipComment();
    bool skipProcessingInstruction();
    bool readXmlDeclaration();
    const char *scanName(const char *p, bool allowColon, const char **colon);
    const char *scanReference(const char *p);
    bool scanAttributeValue(const char *&p, char quote, bool &needsDecoding);
    bool checkNonAscii(const char *&p, const char *limit);
    bool checkChars(const char *p, const char *end);
    Token failCharacter(const char *at, char32_t c);
    bool resolve();

    struct Frame
    {
        QByteArrayView qname;
        QByteArrayView prefix;
        QByteArrayView local;
        QByteArrayView nsUri;
        qsizetype declarationsBefore;
    };

    QByteArray m_owned;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_p = nullptr;
    const char *m_tokenStart = nullptr;
    const char *m_errorAt = nullptr;
    Token m_token = Token::None;
    QString m_errorString;
    int m_depth = 0;
    bool m_sawRoot = false;
    bool m_emptyPending = false; // <a/>: the EndElement comes next
    bool m_popPending = false; // the previous token was an EndElement: drop its scope now
    qsizetype m_popTo = 0;

    QByteArrayView m_qname, m_prefix, m_local, m_nsUri;
    QByteArrayView m_text;
    int m_textFlags = 0;
    bool m_textCdata = false;

    std::vector<Attribute> m_attributes;
    std::vector<Attribute> m_rawAttributes;
    std::vector<Declaration> m_declarations; // in scope, outermost first
    qsizetype m_firstOwnDeclaration = 0;
    std::vector<Frame> m_stack;
};

// The reading API of the wsman library: XmlReader with navigation for one-pass parsers (children of
// the current element, text content, skipping) and comparisons with the ASCII names and namespace
// constants of Namespaces.h. Every read goes through XmlReader::next(), so a limit or a
// well-formedness error stops the parse wherever it is hit; after an error every read is empty.
class XmlIn
{
public:
    using Token = XmlReader::Token;
    static constexpr int MaxDepth = XmlReader::MaxDepth;
    static constexpr int MaxAttributes = XmlReader::MaxAttributes;

    // UTF-8 (or UTF-16 with or without BOM); `data` must outlive the XmlIn.
    explicit XmlIn(QByteArrayView data)
        : m_reader(data)
    {
    }
    explicit XmlIn(QByteArray &&data)
        : m_reader(std::move(data))
    {
    }

    Token next() { return m_reader.next(); }
    // Moves to the next start element at the current level; false at the end of the parent.
    bool nextChild();
    // Moves onto the document's root, which must be a SOAP 1.2 Envelope; false (and failed) when
    // there is no element (`noElement` says so) or the root is something else.
    bool enterSoapEnvelope(const QString &noElement);
    // Text content of the current element (child elements are skipped), leaves it at its end.
    QString readText();
    // The same as UTF-8, valid until the next read.
    QByteArrayView readTextUtf8();
    void skip();
    int depth() const { return m_reader.depth(); }
    bool failed() const { return m_reader.hasError(); }
    void fail(const QString &message) { m_reader.raiseError(message); }

    // The current element (start or end). Names and namespaces compared here are ASCII.
    bool is(QLatin1String ns, QLatin1String name) const
    {
        return m_reader.name() == latin1(name) && m_reader.namespaceUri() == latin1(ns);
    }
    bool nameIs(QLatin1String name) const { return m_reader.name() == latin1(name); }
    bool namespaceIs(QLatin1String ns) const { return m_reader.namespaceUri() == latin1(ns); }
    QByteArrayView nameUtf8() const { return m_reader.name(); }
    QString name() const { return QString::fromUtf8(m_reader.name()); }
    QString namespaceUri() const { return QString::fromUtf8(m_reader.namespaceUri()); }
    // An attribute of the current start element (ns empty: an attribute without prefix); null
    // when absent.
    QString attribute(QLatin1String ns, QLatin1String name) const;
    bool hasAttribute(QLatin1String ns, QLatin1String name) const
    {
        return m_reader.findAttribute(latin1(ns), latin1(name)) != nullptr;
    }
    bool isNil() const;
    // Characters: the text.
    QString text() const { return m_reader.text(); }
    // The namespace a prefix stands for at the current position (for QName values such as the
    // s:Fault subcodes, whose prefixes are declared on the envelope).
    QString namespaceForPrefix(QStringView prefix) const;
    // "<what>: <reason> (line L, column C)."
    Error error(const QString &code, const QString &what) const;

    XmlReader &reader() { return m_reader; }

private:
    static QByteArrayView latin1(QLatin1String s) { return QByteArrayView(s.data(), s.size()); }

    XmlReader m_reader;
    QByteArray m_scratch;
};

} // namespace hvdesk::wsman
