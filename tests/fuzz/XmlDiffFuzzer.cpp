// Differential libFuzzer target: the wsman library's XmlReader against QXmlStreamReader (the only
// place QXmlStreamReader still reads WS-Management input). Over the same bytes both must accept or
// both refuse, and when both accept, their token streams must be equal: element local names and
// namespace URIs, attributes (namespace, name, value after normalisation) and text after reference
// expansion, with adjacent text merged and comments and processing instructions left out.
//
// The comparison is limited to the documents both readers must agree on; outside it they differ
// by design, and the input only runs through XmlReader (no crash, no UB is still checked):
// - a DOCTYPE: QXmlStreamReader reads internal subsets and their entities, XmlReader refuses DTDs;
// - XmlReader's limits (depth 32, 64 attributes);
// - encodings: input that is not plain UTF-8 (a BOM, UTF-16, an encoding declaration), which
//   QXmlStreamReader decodes with its own rules;
// - control characters (U+0000-U+001F but tab, LF, CR), which XML does not allow anywhere:
//   QXmlStreamReader (Qt 6.4) takes U+0000 for the end of its buffer and may accept the document,
//   and accepts the others inside names; XmlReader refuses them;
// - input that ends inside a UTF-8 sequence: QXmlStreamReader's decoder keeps the last bytes
//   waiting for the rest and never reads them.
//
// Names: XmlReader follows XML 1.0 fifth edition (name characters by ranges), QXmlStreamReader
// the character classes of the earlier editions, so a non-ASCII name may be refused by
// QXmlStreamReader only (<\u052B/>); that refusal is no finding either.
//
// And where QXmlStreamReader accepts what XML forbids, XmlReader's refusal is no finding when its
// reason is one of knownLaxness() (each found by this target).
//
// The input's first byte is ignored, so the seeds of wsman_fuzzer (whose first byte picks a
// reader) serve here as they are.
#include <wsman/XmlIo.h>
#include <wsman/XmlReader.h>

#include <QByteArray>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

using hvdesk::wsman::XmlReader;

namespace {

struct Outcome
{
    bool accepted = false;
    bool comparable = true; // false when outside the subset both must agree on
    bool invalidName = false; // QXmlStreamReader reported a name that is not a QName
    std::string tokens;
    std::string error;
};

void appendEscaped(std::string &out, QByteArrayView text)
{
    for (const char c : text) {
        if (c == '\\' || c == '|')
            out += '\\';
        out += c;
    }
}

Outcome readWithXmlReader(QByteArrayView data)
{
    Outcome o;
    XmlReader r(data);
    QByteArray text;
    const auto flushText = [&] {
        if (!text.isEmpty()) {
            o.tokens += "T";
            appendEscaped(o.tokens, text);
            o.tokens += "|";
            text.clear();
        }
    };
    for (;;) {
        const XmlReader::Token token = r.next();
        switch (token) {
        case XmlReader::Token::StartElement:
            flushText();
            o.tokens += "S{";
            appendEscaped(o.tokens, r.namespaceUri());
            o.tokens += "}";
            appendEscaped(o.tokens, r.name());
            for (qsizetype i = 0; i < r.attributeCount(); ++i) {
                const XmlReader::Attribute &a = r.attributeAt(i);
                QByteArray value;
                XmlReader::appendAttributeValue(a, value);
                o.tokens += " {";
                appendEscaped(o.tokens, a.namespaceUri);
                o.tokens += "}";
                appendEscaped(o.tokens, a.name);
                o.tokens += "=";
                appendEscaped(o.tokens, value);
            }
            o.tokens += "|";
            break;
        case XmlReader::Token::EndElement:
            flushText();
            o.tokens += "E";
            appendEscaped(o.tokens, r.name());
            o.tokens += "|";
            break;
        case XmlReader::Token::Characters:
            if (r.depth() > 0)
                r.appendText(text);
            break;
        case XmlReader::Token::EndDocument:
            o.accepted = true;
            return o;
        default:
            o.error = r.errorString().toStdString();
            return o;
        }
    }
}

bool isQName(QStringView name)
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return hvdesk::wsman::isNcName(name);
    return hvdesk::wsman::isNcName(name.left(colon)) && hvdesk::wsman::isNcName(name.mid(colon + 1));
}

Outcome readWithQt(const QByteArray &data)
{
    Outcome o;
    QXmlStreamReader r(data);
    QString text;
    int depth = 0;
    const auto flushText = [&] {
        if (!text.isEmpty()) {
            o.tokens += "T";
            appendEscaped(o.tokens, text.toUtf8());
            o.tokens += "|";
            text.clear();
        }
    };
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            flushText();
            if (++depth > XmlReader::MaxDepth || r.attributes().size() > XmlReader::MaxAttributes
                || r.namespaceDeclarations().size() > XmlReader::MaxAttributes) {
                o.comparable = false;
                return o;
            }
            o.invalidName = o.invalidName || !isQName(r.qualifiedName());
            for (const QXmlStreamAttribute &a : r.attributes())
                o.invalidName = o.invalidName || !isQName(a.qualifiedName());
            for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
                o.invalidName = o.invalidName || (!d.prefix().isEmpty() && !hvdesk::wsman::isNcName(d.prefix()));
            o.tokens += "S{";
            appendEscaped(o.tokens, r.namespaceUri().toUtf8());
            o.tokens += "}";
            appendEscaped(o.tokens, r.name().toUtf8());
            for (const QXmlStreamAttribute &a : r.attributes()) {
                o.tokens += " {";
                appendEscaped(o.tokens, a.namespaceUri().toUtf8());
                o.tokens += "}";
                appendEscaped(o.tokens, a.name().toUtf8());
                o.tokens += "=";
                appendEscaped(o.tokens, a.value().toUtf8());
            }
            o.tokens += "|";
            break;
        }
        case QXmlStreamReader::EndElement:
            flushText();
            --depth;
            o.tokens += "E";
            appendEscaped(o.tokens, r.name().toUtf8());
            o.tokens += "|";
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0)
                text += r.text();
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            o.comparable = false;
            return o;
        default:
            break;
        }
    }
    o.accepted = !r.hasError();
    if (r.hasError())
        o.error = r.errorString().toStdString();
    return o;
}

// Input XmlReader and QXmlStreamReader read under different rules (see the top of the file).
bool inSubset(QByteArrayView data)
{
    if (data.size() >= 2 && (uchar(data[0]) >= 0xEF || data[0] == 0 || data[1] == 0))
        return false;
    for (qsizetype i = data.size() - 1, continuations = 0; i >= 0 && i >= data.size() - 4; --i) {
        const auto b = uchar(data[i]);
        if ((b & 0xC0) == 0x80) {
            ++continuations;
            continue;
        }
        const int needed = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
        if (continuations < needed)
            return false;
        break;
    }
    for (const char c : data) {
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return !data.contains("<!DOCTYPE") && !data.contains("encoding");
}

// Documents QXmlStreamReader (Qt 6.4) accepts although they are not well-formed, by the reason
// XmlReader gives for refusing them.
bool knownLaxness(const std::string &reason)
{
    static const char *const reasons[] = {
        // <a xmlns:x="u" xmlns:x="v">: a repeated namespace declaration (Unique Att Spec).
        "the attribute xmlns",
    };
    for (const char *r : reasons) {
        if (reason.find(r) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1 || size > 1 << 20)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    const Outcome ours = readWithXmlReader(data);
    if (!inSubset(data))
        return 0;
    const Outcome qt = readWithQt(data.toByteArray());
    if (!qt.comparable)
        return 0;
    // QXmlStreamReader does not check the characters of names (<a~b/>, <a b~="1"/>).
    if (!ours.accepted && qt.accepted && (qt.invalidName || knownLaxness(ours.error)))
        return 0;
    if (ours.accepted && !qt.accepted && qt.error == "Invalid XML name."
        && std::any_of(data.begin(), data.end(), [](char c) { return uchar(c) >= 0x80; }))
        return 0;
    if (ours.accepted != qt.accepted) {
        std::fprintf(stderr, "xml diff fuzzer: XmlReader %s (%s), QXmlStreamReader %s (%s)\n",
            ours.accepted ? "accepts" : "refuses", ours.error.c_str(), qt.accepted ? "accepts" : "refuses",
            qt.error.c_str());
        std::abort();
    }
    if (ours.accepted && ours.tokens != qt.tokens) {
        std::fprintf(stderr, "xml diff fuzzer: token streams differ\n XmlReader:        %s\n QXmlStreamReader: %s\n",
            ours.tokens.c_str(), qt.tokens.c_str());
        std::abort();
    }
    return 0;
}
