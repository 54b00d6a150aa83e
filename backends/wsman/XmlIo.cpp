#include "XmlIo.h"

#include "Namespaces.h"

#include <charconv>

namespace hvdesk::wsman {

void XmlOut::grow(qsizetype size)
{
    // Geometric, so that appending stays linear; the bytes written so far move once per growth.
    const qsizetype capacity = qMax(m_size + size, qMax<qsizetype>(2 * m_capacity, 256));
    if (m_data == nullptr)
        m_buffer = QByteArray(); // after take(): a fresh buffer
    m_buffer.resize(capacity);
    m_data = m_buffer.data();
    m_capacity = capacity;
}

XmlOut &XmlOut::number(qint64 n)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    put(digits, r.ptr - digits);
    return *this;
}

XmlOut &XmlOut::unsignedNumber(quint64 n)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    put(digits, r.ptr - digits);
    return *this;
}

XmlOut &XmlOut::element(const char *qname, QStringView text)
{
    raw("<").raw(qname).raw(">");
    append(text, false);
    raw("</").raw(qname).raw(">");
    return *this;
}

static bool isNameStartChar(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

static bool isNameChar(char32_t c)
{
    return isNameStartChar(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

// The ASCII part of the rules above, as tables: every name a WMI schema uses is checked and
// copied in one pass, without decoding.
namespace {
struct AsciiTables
{
    bool nameStart[128] = {};
    bool name[128] = {};
    bool text[128] = {}; // written as it is in character data
    bool attribute[128] = {}; // written as it is in an attribute value
    constexpr AsciiTables()
    {
        for (int c = 0; c < 128; ++c) {
            nameStart[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            name[c] = nameStart[c] || (c >= '0' && c <= '9') || c == '-' || c == '.';
            text[c] = c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>';
            attribute[c] = text[c] && c != '"';
        }
    }
};
constexpr AsciiTables Ascii;
} // namespace

// Whether `name` is an ASCII NCName; false says nothing about other names.
static bool isAsciiNcName(QStringView name)
{
    const qsizetype n = name.size();
    const char16_t *s = name.utf16();
    if (n == 0 || s[0] >= 128 || !Ascii.nameStart[s[0]])
        return false;
    for (qsizetype i = 1; i < n; ++i) {
        if (s[i] >= 128 || !Ascii.name[s[i]])
            return false;
    }
    return true;
}

bool isNcName(QStringView name)
{
    if (isAsciiNcName(name))
        return true;
    if (name.isEmpty())
        return false;
    bool first = true;
    for (const char32_t c : name.toUcs4()) {
        if (!(first ? isNameStartChar(c) : isNameChar(c)))
            return false;
        first = false;
    }
    return true;
}

XmlOut &XmlOut::name(QStringView name)
{
    // Checked while copied: an ASCII NCName, the common case, goes out as it is.
    const qsizetype n = name.size();
    const char16_t *s = name.utf16();
    if (n > 0 && s[0] < 128 && Ascii.nameStart[s[0]]) {
        char *out = room(n);
        qsizetype i = 0;
        for (; i < n && s[i] < 128 && Ascii.name[s[i]]; ++i)
            out[i] = char(s[i]);
        if (i == n) {
            m_size += n;
            return *this;
        }
    }
    if (isNcName(name))
        return raw(name.toUtf8());
    QString fixed;
    bool first = true;
    for (const char32_t c : name.toUcs4()) {
        if (first ? isNameStartChar(c) : isNameChar(c))
            fixed += QString::fromUcs4(&c, 1);
        else
            fixed += QLatin1Char('_');
        first = false;
    }
    if (fixed.isEmpty())
        fixed = QStringLiteral("_");
    return raw(fixed.toUtf8());
}

static bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

void XmlOut::append(QStringView text, bool attribute)
{
    // Plain ASCII is copied as it is checked; from the first character that needs more (an
    // escape, UTF-8, a replacement) the rest goes the general way.
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    const bool *plain = attribute ? Ascii.attribute : Ascii.text;
    char *out = room(n);
    qsizetype i = 0;
    for (; i < n && s[i] < 128 && plain[s[i]]; ++i)
        out[i] = char(s[i]);
    m_size += i;
    if (i == n)
        return;
    appendEscaped(text.sliced(i), attribute);
}

void XmlOut::appendEscaped(QStringView text, bool attribute)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            raw(text.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"')
            continue;
        if (c >= 0x80 && !QChar::isSurrogate(c) && c != 0xFFFE && c != 0xFFFF)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            ++i;
            continue;
        }
        const char *replacement = nullptr;
        switch (c) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = attribute ? "&quot;" : "\"";
            break;
        case '\r':
            replacement = "&#xD;";
            break;
        case '\n':
            replacement = attribute ? "&#xA;" : "\n";
            break;
        case '\t':
            replacement = attribute ? "&#x9;" : "\t";
            break;
        default:
            // A control character or a lone surrogate: XML 1.0 cannot carry it at all.
            replacement = isXmlChar(c) ? nullptr : "\xEF\xBF\xBD";
        }
        flush(i);
        if (replacement)
            raw(replacement);
        runStart = i + 1;
    }
    flush(n);
}

} // namespace hvdesk::wsman
