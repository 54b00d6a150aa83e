#include "XmlReader.h"

#include "Namespaces.h"

#include <algorithm>

namespace hvdesk::wsman {

namespace {

constexpr char32_t BadUtf8 = 0xFFFFFFFF;
constexpr QByteArrayView XmlNamespace("http://www.w3.org/XML/1998/namespace");
constexpr QByteArrayView XmlnsNamespace("http://www.w3.org/2000/xmlns/");

// What the text scanner must look at: 0 for a byte that is plain character data.
enum : unsigned char { Plain = 0, Stop = 1 };

struct Tables
{
    unsigned char text[256] = {}; // text: '<' '&' ']' '\r', controls, non-ASCII
    unsigned char attribute[256] = {}; // attribute values: '<' '&' quotes, whitespace controls, non-ASCII
    unsigned char nameStart[256] = {}; // ASCII only: non-ASCII names take the slow path
    unsigned char name[256] = {};
    constexpr Tables()
    {
        for (int c = 0; c < 256; ++c) {
            text[c] = (c < 0x20 && c != '\t' && c != '\n') || c >= 0x80 ? Stop : Plain;
            attribute[c] = c < 0x20 || c >= 0x80 ? Stop : Plain;
        }
        text[int('<')] = text[int('&')] = text[int(']')] = text[int('\r')] = Stop;
        attribute[int('<')] = attribute[int('&')] = attribute[int('"')] = attribute[int('\'')] = Stop;
        for (int c = 'a'; c <= 'z'; ++c)
            nameStart[c] = name[c] = 1;
        for (int c = 'A'; c <= 'Z'; ++c)
            nameStart[c] = name[c] = 1;
        nameStart[int('_')] = name[int('_')] = 1;
        for (int c = '0'; c <= '9'; ++c)
            name[c] = 1;
        name[int('-')] = name[int('.')] = 1;
    }
};
constexpr Tables tables;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// One UTF-8 sequence at p (p < end, *p >= 0x80): the code point, or BadUtf8 for an invalid,
// overlong or truncated sequence, a surrogate or a value above U+10FFFF.
inline char32_t decodeUtf8(const char *&p, const char *end)
{
    const auto b0 = uchar(*p);
    int n;
    char32_t c;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) {
        n = 1, c = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 2, c = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 3, c = b0 & 0x07, min = 0x10000;
    } else {
        return BadUtf8;
    }
    if (end - p <= n)
        return BadUtf8;
    for (int i = 1; i <= n; ++i) {
        const auto b = uchar(p[i]);
        if ((b & 0xC0) != 0x80)
            return BadUtf8;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return BadUtf8;
    p += n + 1;
    return c;
}

inline bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

bool isNameStartChar(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool isNameChar(char32_t c)
{
    return isNameStartChar(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    char buffer[4];
    int n = 0;
    if (c < 0x80) {
        buffer[n++] = char(c);
    } else if (c < 0x800) {
        buffer[n++] = char(0xC0 | (c >> 6));
        buffer[n++] = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        buffer[n++] = char(0xE0 | (c >> 12));
        buffer[n++] = char(0x80 | ((c >> 6) & 0x3F));
        buffer[n++] = char(0x80 | (c & 0x3F));
    } else {
        buffer[n++] = char(0xF0 | (c >> 18));
        buffer[n++] = char(0x80 | ((c >> 12) & 0x3F));
        buffer[n++] = char(0x80 | ((c >> 6) & 0x3F));
        buffer[n++] = char(0x80 | (c & 0x3F));
    }
    out.append(buffer, n);
}

// A reference that the scanner already checked: p at '&', returns the position after ';'.
const char *decodeReference(const char *p, QByteArray &out)
{
    ++p;
    if (*p == '#') {
        ++p;
        const bool hex = *p == 'x';
        if (hex)
            ++p;
        char32_t value = 0;
        for (; *p != ';'; ++p) {
            const char c = *p;
            const int digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        appendUtf8(out, value);
        return p + 1;
    }
    const char *semicolon = p;
    while (*semicolon != ';')
        ++semicolon;
    const QByteArrayView name(p, semicolon - p);
    char c = '&';
    if (name == "lt")
        c = '<';
    else if (name == "gt")
        c = '>';
    else if (name == "quot")
        c = '"';
    else if (name == "apos")
        c = '\'';
    out.append(c);
    return semicolon + 1;
}

// UTF-16 (endianness given) to UTF-8; false on an unpaired surrogate or an odd length.
bool utf16ToUtf8(QByteArrayView data, bool bigEndian, QByteArray &out)
{
    if (data.size() % 2)
        return false;
    out.reserve(data.size() / 2 + 16);
    const auto unit = [&](qsizetype i) -> char16_t {
        const auto a = uchar(data[i]);
        const auto b = uchar(data[i + 1]);
        return bigEndian ? char16_t((a << 8) | b) : char16_t((b << 8) | a);
    };
    for (qsizetype i = 0; i < data.size(); i += 2) {
        char32_t c = unit(i);
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (i + 3 >= data.size())
                return false;
            const char16_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            return false;
        }
        appendUtf8(out, c);
    }
    return true;
}

} // namespace

XmlReader::XmlReader(QByteArrayView data)
{
    const auto at = [&](qsizetype i) { return i < data.size() ? uchar(data[i]) : 0x100; };
    bool utf16 = false;
    bool bigEndian = false;
    if (at(0) == 0xFF && at(1) == 0xFE) {
        utf16 = true, data = data.sliced(2);
    } else if (at(0) == 0xFE && at(1) == 0xFF) {
        utf16 = true, bigEndian = true, data = data.sliced(2);
    } else if (at(0) == '<' && at(1) == 0) {
        utf16 = true;
    } else if (at(0) == 0 && at(1) == '<') {
        utf16 = true, bigEndian = true;
    } else if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        data = data.sliced(3);
    }
    if (utf16) {
        const bool ok = utf16ToUtf8(data, bigEndian, m_owned);
        m_begin = m_owned.constData();
        m_end = m_begin + m_owned.size();
        m_p = m_tokenStart = m_begin;
        if (!ok)
            fail(m_begin, tr("the document is not valid UTF-16"));
        return;
    }
    m_begin = data.data();
    m_end = m_begin + data.size();
    if (!m_begin)
        m_begin = m_end = "";
    m_p = m_tokenStart = m_begin;
}

XmlReader::XmlReader(QByteArray &&data)
    : XmlReader(QByteArrayView(data))
{
    if (m_owned.isNull() && !data.isEmpty()) {
        const qsizetype offset = m_begin - data.constData();
        m_owned = std::move(data);
        m_begin = m_owned.constData() + offset;
        m_end = m_owned.constData() + m_owned.size();
        m_p = m_tokenStart = m_begin;
    }
}

XmlReader::Token XmlReader::fail(const char *at, const QString &message)
{
    if (m_token != Token::Invalid) {
        m_errorAt = at;
        m_errorString = message;
        m_token = Token::Invalid;
    }
    return Token::Invalid;
}

void XmlReader::raiseError(const QString &message)
{
    fail(m_tokenStart, message);
}

qint64 XmlReader::lineNumber() const
{
    qint64 line = 1;
    for (const char *p = m_begin; p < m_errorAt; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 >= m_end || p[1] != '\n')))
            ++line;
    }
    return line;
}

qint64 XmlReader::columnNumber() const
{
    const char *lineStart = m_errorAt;
    while (lineStart > m_begin && lineStart[-1] != '\n' && lineStart[-1] != '\r')
        --lineStart;
    qint64 column = 1;
    for (const char *p = lineStart; p < m_errorAt; ++p)
        column += (uchar(*p) & 0xC0) != 0x80;
    return column;
}

XmlReader::Token XmlReader::next()
{
    if (m_token == Token::Invalid || m_token == Token::EndDocument)
        return m_token;
    if (m_popPending) {
        m_declarations.erase(m_declarations.begin() + m_popTo, m_declarations.end());
        m_popPending = false;
    }
    m_firstOwnDeclaration = qsizetype(m_declarations.size());
    if (m_emptyPending) {
        m_emptyPending = false;
        return closeTopElement();
    }
    for (;;) {
        m_tokenStart = m_p;
        if (m_p == m_end) {
            if (!m_stack.empty())
                return failRaw(m_p, QT_TR_NOOP("the document ends inside an element (premature end of document)"));
            if (!m_sawRoot)
                return failRaw(m_p, QT_TR_NOOP("the document has no root element (premature end of document)"));
            return m_token = Token::EndDocument;
        }
        if (*m_p != '<') {
            if (!m_stack.empty())
                return readText();
            // Outside the root element only whitespace may stand.
            while (m_p < m_end && isSpace(*m_p))
                ++m_p;
            if (m_p < m_end && *m_p != '<')
                return failRaw(m_p,
                    m_sawRoot ? QT_TR_NOOP("extra content at the end of the document")
                              : QT_TR_NOOP("a start tag is expected"));
            continue;
        }
        if (m_end - m_p < 2)
            return failRaw(m_end, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
        const char c = m_p[1];
        if (c == '/')
            return readEndTag();
        if (c == '?') {
            if (!skipProcessingInstruction())
                return m_token;
            continue;
        }
        if (c == '!') {
            const QByteArrayView rest(m_p, m_end - m_p);
            if (rest.startsWith("<!--")) {
                if (!skipComment())
                    return m_token;
                continue;
            }
            if (rest.startsWith("<![CDATA[")) {
                if (m_stack.empty())
                    return failRaw(m_p, QT_TR_NOOP("a CDATA section is only allowed inside an element"));
                return readCdata();
            }
            if (rest.startsWith("<!DOCTYPE"))
                return failRaw(m_p, QT_TR_NOOP("a document type declaration is not allowed in SOAP"));
            if (rest.size() < 9
                && (QByteArrayView("<!--").startsWith(rest) || QByteArrayView("<![CDATA[").startsWith(rest)
                    || QByteArrayView("<!DOCTYPE").startsWith(rest)))
                return failRaw(m_end, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
            return failRaw(m_p, QT_TR_NOOP("invalid markup after '<!'"));
        }
        return readStartTag();
    }
}

XmlReader::Token XmlReader::failRaw(const char *at, const char *message)
{
    return fail(at, tr(message));
}

XmlReader::Token XmlReader::failCharacter(const char *at, char32_t c)
{
    return fail(at, tr("the character U+%1 is not allowed in XML").arg(qulonglong(c), 4, 16, QLatin1Char('0')));
}

// Validates non-ASCII input at p (a UTF-8 sequence that must be an XML Char) and moves past it.
bool XmlReader::checkNonAscii(const char *&p, const char *limit)
{
    const char *start = p;
    const char32_t c = decodeUtf8(p, limit);
    if (c == BadUtf8) {
        failRaw(start, QT_TR_NOOP("the document is not valid UTF-8"));
        return false;
    }
    if (!isXmlChar(c)) {
        failCharacter(start, c);
        return false;
    }
    return true;
}

// Every character of [p, end) (a comment's or a processing instruction's content) is an XML Char.
bool XmlReader::checkChars(const char *p, const char *end)
{
    while (p < end) {
        const auto b = uchar(*p);
        if (b >= 0x80) {
            if (!checkNonAscii(p, end))
                return false;
            continue;
        }
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
            failCharacter(p, b);
            return false;
        }
        ++p;
    }
    return true;
}

// A Name (allowColon: a QName, prefix:local) at p; the position after it or nullptr (error set).
const char *XmlReader::scanName(const char *p, bool allowColon, const char **colon)
{
    // ASCII names (all of WS-Management's): a tight loop per part. Anything else, including every
    // error, is left to the general loop below, from the start.
    if (p < m_end && tables.nameStart[uchar(*p)]) {
        const char *q = p + 1;
        const char *c = nullptr;
        while (q < m_end && tables.name[uchar(*q)])
            ++q;
        if (allowColon && q + 1 < m_end && *q == ':' && tables.nameStart[uchar(q[1])]) {
            c = q;
            q += 2;
            while (q < m_end && tables.name[uchar(*q)])
                ++q;
        }
        if (q < m_end && uchar(*q) < 0x80 && *q != ':') {
            *colon = c;
            return q;
        }
    }
    const char *start = p;
    const char *partStart = p;
    *colon = nullptr;
    for (;;) {
        if (p == m_end)
            break;
        const auto b = uchar(*p);
        if (b < 0x80) {
            if (p == partStart ? tables.nameStart[b] : tables.name[b]) {
                ++p;
                continue;
            }
            if (b == ':' && allowColon && p != partStart && !*colon) {
                *colon = p;
                partStart = ++p;
                continue;
            }
            break;
        }
        const char *q = p;
        const char32_t c = decodeUtf8(q, m_end);
        if (c == BadUtf8) {
            failRaw(p, QT_TR_NOOP("the document is not valid UTF-8"));
            return nullptr;
        }
        if (!(p == partStart ? isNameStartChar(c) : isNameChar(c)))
            break;
        p = q;
    }
    if (p == partStart) {
        if (p < m_end && *p == ':' && allowColon && *colon)
            failRaw(p, QT_TR_NOOP("a name has more than one colon"));
        else if (p == m_end)
            failRaw(p, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
        else
            failRaw(p, p == start ? QT_TR_NOOP("a name is expected") : QT_TR_NOOP("a name ends with a colon"));
        return nullptr;
    }
    if (p < m_end && *p == ':' && allowColon) {
        failRaw(p, QT_TR_NOOP("a name has more than one colon"));
        return nullptr;
    }
    return p;
}

// An entity or character reference at p ('&'); the position after its ';' or nullptr.
const char *XmlReader::scanReference(const char *p)
{
    const char *start = p;
    ++p;
    if (p < m_end && *p == '#') {
        ++p;
        const bool hex = p < m_end && *p == 'x';
        if (hex)
            ++p;
        char32_t value = 0;
        int digits = 0;
        for (; p < m_end; ++p) {
            const char c = *p;
            int digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                digit = (c | 0x20) - 'a' + 10;
            else
                break;
            ++digits;
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (p == m_end) {
            failRaw(p, QT_TR_NOOP("the document ends inside a reference (premature end of document)"));
            return nullptr;
        }
        if (!digits || *p != ';') {
            failRaw(start, QT_TR_NOOP("a character reference is malformed"));
            return nullptr;
        }
        if (!isXmlChar(value)) {
            failRaw(start, QT_TR_NOOP("a character reference names a character XML does not allow"));
            return nullptr;
        }
        return p + 1;
    }
    const char *colon = nullptr;
    const char *nameEnd = scanName(p, false, &colon);
    if (!nameEnd)
        return nullptr;
    if (nameEnd == m_end) {
        failRaw(nameEnd, QT_TR_NOOP("the document ends inside a reference (premature end of document)"));
        return nullptr;
    }
    if (*nameEnd != ';') {
        failRaw(start, QT_TR_NOOP("an entity reference is not terminated by ';'"));
        return nullptr;
    }
    const QByteArrayView name(p, nameEnd - p);
    if (name != "lt" && name != "gt" && name != "amp" && name != "quot" && name != "apos") {
        fail(start,
            tr("the entity reference &%1; is not allowed: SOAP has no document type to declare it")
                .arg(QString::fromUtf8(name)));
        return nullptr;
    }
    return nameEnd + 1;
}

XmlReader::Token XmlReader::readText()
{
    const char *p = m_p;
    int flags = 0;
    for (;;) {
        while (p < m_end && tables.text[uchar(*p)] == Plain)
            ++p;
        if (p == m_end)
            break;
        const char c = *p;
        if (c == '<')
            break;
        switch (c) {
        case '&':
            flags |= 1;
            p = scanReference(p);
            if (!p)
                return m_token;
            continue;
        case '\r':
            flags |= 2;
            ++p;
            continue;
        case ']':
            if (m_end - p >= 3 && p[1] == ']' && p[2] == '>')
                return failRaw(p, QT_TR_NOOP("the sequence ']]>' is not allowed in text"));
            ++p;
            continue;
        case '"':
        case '\'':
        case '\t':
        case '\n':
            ++p;
            continue;
        default:
            break;
        }
        if (uchar(c) < 0x80) {
            return failCharacter(p, uchar(c));
        }
        if (!checkNonAscii(p, m_end))
            return m_token;
    }
    m_text = QByteArrayView(m_p, p - m_p);
    m_textFlags = flags;
    m_textCdata = false;
    m_p = p;
    return m_token = Token::Characters;
}

XmlReader::Token XmlReader::readCdata()
{
    const char *start = m_p + 9;
    const char *p = start;
    int flags = 0;
    for (;;) {
        while (p < m_end && tables.text[uchar(*p)] == Plain)
            ++p;
        if (p == m_end)
            return failRaw(p, QT_TR_NOOP("the document ends inside a CDATA section (premature end of document)"));
        const char c = *p;
        if (c == ']' && m_end - p >= 3 && p[1] == ']' && p[2] == '>')
            break;
        if (c == '\r')
            flags |= 2;
        if (uchar(c) >= 0x80) {
            if (!checkNonAscii(p, m_end))
                return m_token;
            continue;
        }
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return failCharacter(p, uchar(c));
        ++p;
    }
    m_text = QByteArrayView(start, p - start);
    m_textFlags = flags;
    m_textCdata = true;
    m_p = p + 3;
    return m_token = Token::Characters;
}

// Comment or PI content up to `terminator`, checked to be XML characters; nullptr at the end.
static const char *findTerminated(const char *p, const char *end, QByteArrayView terminator)
{
    const QByteArrayView rest(p, end - p);
    const qsizetype at = rest.indexOf(terminator);
    return at < 0 ? nullptr : p + at;
}

bool XmlReader::skipComment()
{
    const char *p = m_p + 4;
    const char *close = findTerminated(p, m_end, "--");
    if (!close) {
        failRaw(m_end, QT_TR_NOOP("the document ends inside a comment (premature end of document)"));
        return false;
    }
    if (close + 2 >= m_end || close[2] != '>') {
        failRaw(close, QT_TR_NOOP("'--' is not allowed inside a comment"));
        return false;
    }
    if (!checkChars(p, close))
        return false;
    m_p = close + 3;
    return true;
}

bool XmlReader::skipProcessingInstruction()
{
    const char *colon = nullptr;
    const char *nameEnd = scanName(m_p + 2, false, &colon);
    if (!nameEnd)
        return false;
    const QByteArrayView target(m_p + 2, nameEnd - m_p - 2);
    if (target.size() == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l') {
        if (target != "xml" || m_p != m_begin) {
            failRaw(m_p, QT_TR_NOOP("an XML declaration is only allowed at the start of the document"));
            return false;
        }
        return readXmlDeclaration();
    }
    const char *p = nameEnd;
    // The target ends the instruction ("?>") or whitespace separates it from the data.
    if (p < m_end && !isSpace(*p) && !(*p == '?' && (p + 1 == m_end || p[1] == '>'))) {
        failRaw(p, QT_TR_NOOP("a processing instruction's target is malformed"));
        return false;
    }
    const char *close = findTerminated(p, m_end, "?>");
    if (!close) {
        failRaw(m_end, QT_TR_NOOP("the document ends inside a processing instruction (premature end of document)"));
        return false;
    }
    if (!checkChars(p, close))
        return false;
    m_p = close + 2;
    return true;
}

// <?xml version="1.0" encoding="..." standalone="..."?> at the start of the document.
bool XmlReader::readXmlDeclaration()
{
    const char *p = m_p + 5;
    const auto premature = [&] {
        failRaw(m_end, QT_TR_NOOP("the document ends inside the XML declaration (premature end of document)"));
        return false;
    };
    const auto malformed = [&](const char *at) {
        failRaw(at, QT_TR_NOOP("the XML declaration is malformed"));
        return false;
    };
    // Pseudo-attributes in their fixed order.
    const char *const names[] = { "version", "encoding", "standalone" };
    int nextName = 0;
    for (;;) {
        const char *wsStart = p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            return premature();
        if (*p == '?') {
            if (p + 1 == m_end)
                return premature();
            if (p[1] != '>' || nextName == 0)
                return malformed(p);
            m_p = p + 2;
            return true;
        }
        if (p == wsStart)
            return malformed(p);
        const char *nameStart = p;
        while (p < m_end && ((*p >= 'a' && *p <= 'z')))
            ++p;
        const QByteArrayView name(nameStart, p - nameStart);
        int which = -1;
        for (int i = nextName; i < 3; ++i) {
            if (name == names[i]) {
                which = i;
                break;
            }
        }
        if (which < 0 || (nextName == 0 && which != 0))
            return malformed(nameStart);
        nextName = which + 1;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            return premature();
        if (*p != '=')
            return malformed(p);
        ++p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            return premature();
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return malformed(p);
        const char *valueStart = ++p;
        while (p < m_end && *p != quote && *p != '<' && *p != '?')
            ++p;
        if (p == m_end)
            return premature();
        if (*p != quote)
            return malformed(p);
        const QByteArrayView value(valueStart, p - valueStart);
        ++p;
        if (which == 0 && value != "1.0") {
            fail(valueStart, tr("XML version %1 is not supported").arg(QString::fromUtf8(value)));
            return false;
        }
        if (which == 1) {
            const QByteArray upper = value.toByteArray().toUpper();
            if (upper != "UTF-8" && upper != "UTF-16") {
                fail(valueStart,
                    tr("the document's encoding %1 is not supported: only UTF-8 and UTF-16 are read")
                        .arg(QString::fromUtf8(value)));
                return false;
            }
        }
        if (which == 2 && value != "yes" && value != "no")
            return malformed(valueStart);
    }
}

// An attribute value from p (after the opening quote) to its closing quote; p ends after it.
bool XmlReader::scanAttributeValue(const char *&p, char quote, bool &needsDecoding)
{
    for (;;) {
        while (p < m_end && tables.attribute[uchar(*p)] == Plain)
            ++p;
        if (p == m_end) {
            failRaw(p, QT_TR_NOOP("the document ends inside an attribute value (premature end of document)"));
            return false;
        }
        const char c = *p;
        if (c == quote) {
            ++p;
            return true;
        }
        switch (c) {
        case '<':
            failRaw(p, QT_TR_NOOP("'<' is not allowed in an attribute value"));
            return false;
        case '&':
            needsDecoding = true;
            p = scanReference(p);
            if (!p)
                return false;
            continue;
        case '\r':
        case '\n':
        case '\t':
            needsDecoding = true;
            ++p;
            continue;
        case ']':
        case '"':
        case '\'':
            ++p;
            continue;
        default:
            break;
        }
        if (uchar(c) < 0x80) {
            failCharacter(p, uchar(c));
            return false;
        }
        if (!checkNonAscii(p, m_end))
            return false;
    }
}

XmlReader::Token XmlReader::readStartTag()
{
    if (m_stack.empty() && m_sawRoot)
        return failRaw(m_p, QT_TR_NOOP("extra content at the end of the document"));
    const char *p = m_p + 1;
    const char *colon = nullptr;
    const char *nameEnd = scanName(p, true, &colon);
    if (!nameEnd)
        return m_token;
    const QByteArrayView qname(p, nameEnd - p);
    const QByteArrayView prefix = colon ? QByteArrayView(p, colon - p) : QByteArrayView();
    const QByteArrayView local = colon ? QByteArrayView(colon + 1, nameEnd - colon - 1) : qname;
    p = nameEnd;
    m_rawAttributes.clear();
    bool empty = false;
    for (;;) {
        const char *wsStart = p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            return failRaw(p, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 == m_end)
                return failRaw(m_end, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
            if (p[1] != '>')
                return failRaw(p, QT_TR_NOOP("'>' is expected after '/' in a tag"));
            p += 2;
            empty = true;
            break;
        }
        if (p == wsStart)
            return failRaw(p, QT_TR_NOOP("whitespace, '>' or '/>' is expected after a name in a tag"));
        if (m_rawAttributes.size() >= size_t(2 * MaxAttributes))
            return fail(p, tr("an element has more than %1 attributes").arg(MaxAttributes));
        Attribute a;
        const char *attributeColon = nullptr;
        const char *attributeEnd = scanName(p, true, &attributeColon);
        if (!attributeEnd)
            return m_token;
        a.qualifiedName = QByteArrayView(p, attributeEnd - p);
        if (attributeColon) {
            a.prefix = QByteArrayView(p, attributeColon - p);
            a.name = QByteArrayView(attributeColon + 1, attributeEnd - attributeColon - 1);
        } else {
            a.name = a.qualifiedName;
        }
        p = attributeEnd;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            return failRaw(p, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
        if (*p != '=')
            return failRaw(p, QT_TR_NOOP("'=' is expected after an attribute's name"));
        ++p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            return failRaw(p, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return failRaw(p, QT_TR_NOOP("an attribute value must be in quotes"));
        const char *valueStart = ++p;
        if (!scanAttributeValue(p, quote, a.needsDecoding))
            return m_token;
        a.raw = QByteArrayView(valueStart, p - 1 - valueStart);
        m_rawAttributes.push_back(a);
    }
    if (++m_depth > MaxDepth)
        return fail(m_p, tr("elements are nested deeper than %1 levels").arg(MaxDepth));
    m_tokenStart = m_p;
    m_qname = qname, m_prefix = prefix, m_local = local;
    m_p = p;
    if (!resolve())
        return m_token;
    // Filled in place: a temporary frame copied in costs more than the fields.
    Frame &frame = m_stack.emplace_back();
    frame.qname = qname;
    frame.prefix = prefix;
    frame.local = local;
    frame.nsUri = m_nsUri;
    frame.declarationsBefore = m_firstOwnDeclaration;
    m_sawRoot = true;
    m_emptyPending = empty;
    return m_token = Token::StartElement;
}

// Namespace declarations, the element's and the attributes' namespaces, uniqueness.
bool XmlReader::resolve()
{
    const size_t count = m_rawAttributes.size();
    if (count == 0) {
        // No attributes and no declarations: only the element's own namespace to find.
        m_attributes.clear();
        m_nsUri = namespaceForPrefix(m_prefix);
        if (!m_prefix.isEmpty() && (m_nsUri.isNull() || sameBytes(m_prefix, "xmlns"))) {
            fail(m_qname.data(), tr("the prefix %1 is not declared").arg(QString::fromUtf8(m_prefix)));
            return false;
        }
        return true;
    }
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (m_rawAttributes[i].qualifiedName == m_rawAttributes[j].qualifiedName) {
                fail(m_rawAttributes[i].qualifiedName.data(),
                    tr("the attribute %1 appears twice").arg(QString::fromUtf8(m_rawAttributes[i].qualifiedName)));
                return false;
            }
        }
    }
    m_attributes.clear();
    m_firstOwnDeclaration = qsizetype(m_declarations.size());
    for (const Attribute &a : m_rawAttributes) {
        const bool isDefault = a.prefix.isEmpty() && a.name == "xmlns";
        if (!isDefault && a.prefix != "xmlns") {
            m_attributes.push_back(a);
            continue;
        }
        Declaration d;
        d.prefix = isDefault ? QByteArrayView() : a.name;
        if (a.needsDecoding)
            appendAttributeValue(a, d.uri);
        else
            d.uri = QByteArray::fromRawData(a.raw.data(), a.raw.size());
        const char *at = a.qualifiedName.data();
        if (d.prefix == "xmlns") {
            failRaw(at, QT_TR_NOOP("the prefix xmlns cannot be declared"));
            return false;
        }
        if (d.prefix == "xml") {
            if (d.uri != XmlNamespace) {
                failRaw(at, QT_TR_NOOP("the prefix xml cannot be bound to another namespace"));
                return false;
            }
        } else if (d.uri == XmlNamespace || d.uri == XmlnsNamespace) {
            failRaw(at, QT_TR_NOOP("the xml and xmlns namespaces cannot be bound to another prefix"));
            return false;
        } else if (!isDefault && d.uri.isEmpty()) {
            failRaw(at, QT_TR_NOOP("a prefix cannot be declared with an empty namespace"));
            return false;
        }
        m_declarations.push_back(std::move(d));
    }
    if (m_attributes.size() > size_t(MaxAttributes) || declarationCount() > MaxAttributes)
        return fail(m_tokenStart, tr("an element has more than %1 attributes").arg(MaxAttributes)), false;
    const auto undeclared = [&](QByteArrayView prefix, const char *at) {
        fail(at, tr("the prefix %1 is not declared").arg(QString::fromUtf8(prefix)));
        return false;
    };
    if (m_prefix.isEmpty()) {
        m_nsUri = namespaceForPrefix(QByteArrayView());
    } else {
        m_nsUri = namespaceForPrefix(m_prefix);
        if (m_nsUri.isNull() || m_prefix == "xmlns")
            return undeclared(m_prefix, m_qname.data());
    }
    for (Attribute &a : m_attributes) {
        if (a.prefix.isEmpty())
            continue;
        a.namespaceUri = namespaceForPrefix(a.prefix);
        if (a.namespaceUri.isNull())
            return undeclared(a.prefix, a.qualifiedName.data());
    }
    for (size_t i = 0; i < m_attributes.size(); ++i) {
        const Attribute &a = m_attributes[i];
        if (a.prefix.isEmpty())
            continue;
        for (size_t j = 0; j < i; ++j) {
            const Attribute &b = m_attributes[j];
            if (!b.prefix.isEmpty() && a.name == b.name && a.namespaceUri == b.namespaceUri) {
                fail(a.qualifiedName.data(),
                    tr("the attributes %1 and %2 are the same attribute")
                        .arg(QString::fromUtf8(b.qualifiedName), QString::fromUtf8(a.qualifiedName)));
                return false;
            }
        }
    }
    return true;
}

XmlReader::Token XmlReader::readEndTag()
{
    const char *p = m_p + 2;
    // The usual end tag repeats the open element's name, which was checked as a QName on its
    // start tag, and closes right after it: compare the bytes instead of scanning a name.
    if (!m_stack.empty()) {
        const Frame &frame = m_stack.back();
        const qsizetype size = frame.qname.size();
        if (m_end - p > size && p[size] == '>' && sameBytes(QByteArrayView(p, size), frame.qname)) {
            m_p = p + size + 1;
            return closeTopElement();
        }
    }
    const char *colon = nullptr;
    const char *nameEnd = scanName(p, true, &colon);
    if (!nameEnd)
        return m_token;
    const QByteArrayView qname(p, nameEnd - p);
    if (m_stack.empty())
        return failRaw(m_p, QT_TR_NOOP("an end tag without a start tag"));
    const Frame &frame = m_stack.back();
    if (!sameBytes(qname, frame.qname)) {
        return fail(m_p,
            tr("the end tag </%1> does not match the start tag <%2>")
                .arg(QString::fromUtf8(qname), QString::fromUtf8(frame.qname)));
    }
    p = nameEnd;
    while (p < m_end && isSpace(*p))
        ++p;
    if (p == m_end)
        return failRaw(p, QT_TR_NOOP("the document ends inside a tag (premature end of document)"));
    if (*p != '>')
        return failRaw(p, QT_TR_NOOP("'>' is expected at the end of an end tag"));
    m_p = p + 1;
    return closeTopElement();
}

XmlReader::Token XmlReader::closeTopElement()
{
    // The element's names stay readable for this EndElement; its declarations go with the next token.
    const Frame &frame = m_stack.back();
    m_qname = frame.qname, m_prefix = frame.prefix, m_local = frame.local, m_nsUri = frame.nsUri;
    m_popTo = frame.declarationsBefore;
    m_popPending = true;
    m_stack.pop_back();
    --m_depth;
    return m_token = Token::EndElement;
}

QByteArrayView XmlReader::namespaceForPrefix(QByteArrayView prefix) const
{
    if (sameBytes(prefix, "xml"))
        return XmlNamespace;
    for (auto it = m_declarations.rbegin(); it != m_declarations.rend(); ++it) {
        if (sameBytes(it->prefix, prefix)) {
            // A default namespace undeclared with xmlns="" is no namespace: an empty, non-null view.
            return it->uri.isEmpty() ? QByteArrayView("") : QByteArrayView(it->uri);
        }
    }
    return prefix.isEmpty() ? QByteArrayView("") : QByteArrayView();
}

const XmlReader::Attribute *XmlReader::findAttribute(QByteArrayView namespaceUri, QByteArrayView name) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == name && a.namespaceUri == namespaceUri)
            return &a;
    }
    return nullptr;
}

void XmlReader::appendAttributeValue(const Attribute &attribute, QByteArray &utf8)
{
    if (!attribute.needsDecoding) {
        utf8.append(attribute.raw);
        return;
    }
    const char *p = attribute.raw.data();
    const char *end = p + attribute.raw.size();
    while (p < end) {
        const char c = *p;
        if (c == '&') {
            p = decodeReference(p, utf8);
            continue;
        }
        if (c == '\r' || c == '\n' || c == '\t') {
            utf8.append(' ');
            p += c == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
            continue;
        }
        const char *run = p;
        while (p < end && *p != '&' && *p != '\r' && *p != '\n' && *p != '\t')
            ++p;
        utf8.append(run, p - run);
    }
}

QString XmlReader::attributeValue(const Attribute &attribute)
{
    if (!attribute.needsDecoding)
        return QString::fromUtf8(attribute.raw);
    QByteArray utf8;
    appendAttributeValue(attribute, utf8);
    return QString::fromUtf8(utf8);
}

void XmlReader::appendText(QByteArray &utf8) const
{
    if (!m_textFlags) {
        utf8.append(m_text);
        return;
    }
    const char *p = m_text.data();
    const char *end = p + m_text.size();
    while (p < end) {
        const char c = *p;
        if (c == '&' && !m_textCdata) {
            p = decodeReference(p, utf8);
            continue;
        }
        if (c == '\r') {
            utf8.append('\n');
            p += p + 1 < end && p[1] == '\n' ? 2 : 1;
            continue;
        }
        const char *run = p;
        while (p < end && *p != '\r' && (m_textCdata || *p != '&'))
            ++p;
        utf8.append(run, p - run);
    }
}

QString XmlReader::text() const
{
    if (!m_textFlags)
        return QString::fromUtf8(m_text);
    QByteArray utf8;
    utf8.reserve(m_text.size());
    appendText(utf8);
    return QString::fromUtf8(utf8);
}

bool XmlReader::isWhitespace() const
{
    for (const char c : m_text) {
        if (!isSpace(c))
            return false;
    }
    // A reference is never whitespace in this sense (QXmlStreamReader agrees: &#32; is text).
    return m_textCdata || !(m_textFlags & 1);
}

bool XmlIn::enterSoapEnvelope(const QString &noElement)
{
    if (!nextChild()) {
        if (!failed())
            fail(noElement);
        return false;
    }
    if (!is(ns::Soap, QLatin1String("Envelope"))) {
        fail(XmlReader::tr("the root element is <%1> in namespace '%2', expected a SOAP 1.2 Envelope")
                 .arg(name(), namespaceUri()));
        return false;
    }
    return true;
}

bool XmlIn::nextChild()
{
    const int level = depth();
    for (;;) {
        const Token token = next();
        if (token == Token::Invalid || token == Token::EndDocument)
            return false;
        if (token == Token::StartElement && depth() == level + 1)
            return true;
        if (token == Token::EndElement && depth() < level)
            return false;
    }
}

QByteArrayView XmlIn::readTextUtf8()
{
    // One piece of text without references (the usual case) stays a view into the input.
    QByteArrayView single;
    bool any = false;
    bool buffered = false;
    const int level = depth();
    for (;;) {
        const Token token = next();
        if (token == Token::Invalid || token == Token::EndDocument)
            return {};
        if (token == Token::EndElement && depth() < level)
            break;
        if (token != Token::Characters || depth() != level)
            continue;
        if (!any && !m_reader.textNeedsDecoding()) {
            single = m_reader.rawText();
        } else {
            if (!buffered) {
                m_scratch.clear();
                m_scratch.append(single);
                buffered = true;
            }
            m_reader.appendText(m_scratch);
        }
        any = true;
    }
    return buffered ? QByteArrayView(m_scratch) : single;
}

QString XmlIn::readText()
{
    const QByteArrayView text = readTextUtf8();
    return text.isEmpty() ? QString() : QString::fromUtf8(text);
}

void XmlIn::skip()
{
    const int level = depth();
    for (;;) {
        const Token token = next();
        if (token == Token::Invalid || token == Token::EndDocument)
            return;
        if (token == Token::EndElement && depth() < level)
            return;
    }
}

QString XmlIn::attribute(QLatin1String ns, QLatin1String name) const
{
    const XmlReader::Attribute *a = m_reader.findAttribute(latin1(ns), latin1(name));
    return a ? XmlReader::attributeValue(*a) : QString();
}

bool XmlIn::isNil() const
{
    const XmlReader::Attribute *a = m_reader.findAttribute(latin1(ns::Xsi), "nil");
    if (!a)
        return false;
    if (!a->needsDecoding)
        return a->raw == "true" || a->raw == "1";
    const QString value = XmlReader::attributeValue(*a);
    return value == QLatin1String("true") || value == QLatin1String("1");
}

QString XmlIn::namespaceForPrefix(QStringView prefix) const
{
    const QByteArrayView uri = m_reader.namespaceForPrefix(prefix.toUtf8());
    return uri.isNull() ? QString() : QString::fromUtf8(uri);
}

Error XmlIn::error(const QString &code, const QString &what) const
{
    return Error { code,
        XmlReader::tr("%1: %2 (line %3, column %4).")
            .arg(what, m_reader.errorString())
            .arg(m_reader.lineNumber())
            .arg(m_reader.columnNumber()),
        {}, {} };
}

} // namespace hvdesk::wsman
