// XmlOut's output against a plain reference (every run converted to UTF-8, every name decoded to
// code points), on fixed and random strings: its ASCII fast paths must not change a byte. And
// the envelope an item-by-item EnumerationResponseWriter writes against ResponseWriter's, with
// items written by the caller or kept as written.
#include <wsman/InstanceXml.h>
#include <wsman/ResponseWriter.h>
#include <wsman/XmlIo.h>

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <limits>

#include <QtPrinters.h>

using namespace hvdesk::wsman;

namespace {

bool referenceIsXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// Character data and attribute values as XmlOut has always written them.
QByteArray referenceEscape(QStringView text, bool attribute)
{
    QByteArray out;
    const qsizetype n = text.size();
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(text.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"')
            continue;
        if (c >= 0x80 && !QChar::isSurrogate(c) && c != 0xFFFE && c != 0xFFFF)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
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
            replacement = referenceIsXmlChar(c) ? nullptr : "\xEF\xBF\xBD";
        }
        flush(i);
        if (replacement)
            out.append(replacement);
        runStart = i + 1;
    }
    flush(n);
    return out;
}

bool referenceNameStart(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool referenceNameChar(char32_t c)
{
    return referenceNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

bool referenceIsNcName(QStringView name)
{
    bool first = true;
    for (const char32_t c : name.toUcs4()) {
        if (!(first ? referenceNameStart(c) : referenceNameChar(c)))
            return false;
        first = false;
    }
    return !name.isEmpty();
}

// An element name as XmlOut has always written it: a valid one as UTF-8, invalid characters
// of any other replaced by '_'.
QByteArray referenceName(QStringView name)
{
    if (referenceIsNcName(name))
        return name.toUtf8();
    QString fixed;
    bool first = true;
    for (const char32_t c : name.toUcs4()) {
        fixed
            += (first ? referenceNameStart(c) : referenceNameChar(c)) ? QString::fromUcs4(&c, 1) : QStringLiteral("_");
        first = false;
    }
    return fixed.isEmpty() ? QByteArrayLiteral("_") : fixed.toUtf8();
}

QString randomText(QRandomGenerator &random, bool nameLike)
{
    // Mostly plain ASCII, as real values are, with everything else mixed in.
    static const char16_t others[] = { '&', '<', '>', '"', '\r', '\n', '\t', 0x01, 0x1F, 0x7F, 0x80, 0xB7, 0xE9, 0x300,
        0x2040, 0x4E2D, 0xD800, 0xDC00, 0xFFFE, 0xFFFF, 0xFFFD, ':', ' ', '-', '.', '0', '9' };
    QString s;
    const int length = int(random.bounded(nameLike ? 12 : 40));
    for (int i = 0; i < length; ++i) {
        const quint32 pick = random.bounded(10);
        if (pick < 7) {
            s += QChar(char16_t(nameLike ? 'a' + random.bounded(26) : 0x20 + random.bounded(0x5F)));
        } else if (pick < 9) {
            s += QChar(others[random.bounded(quint32(std::size(others)))]);
        } else { // a surrogate pair: a character outside the BMP
            s += QChar(char16_t(0xD83D));
            s += QChar(char16_t(0xDE00 + random.bounded(0x40)));
        }
    }
    return s;
}

} // namespace

TEST(XmlOut, TextAndAttributesAreWrittenAsByTheReference)
{
    const QStringList fixed = { QString(), QStringLiteral("Virtual Machine"), QStringLiteral("a&b<c>d\"e"),
        QStringLiteral("line\r\nnext\ttab"), QStringLiteral("caf\u00e9 \u4e2d\u6587"), QString(QChar(char16_t(0x7F))),
        QStringLiteral("x") + QChar(char16_t(0x01)) + QChar(char16_t(0xFFFE)) + QChar(char16_t(0xD800)),
        QStringLiteral("\U0001F600 end"), QStringLiteral("plain ascii then \u00e9 then & more") };
    for (const QString &s : fixed) {
        for (const bool attribute : { false, true }) {
            XmlOut out;
            if (attribute)
                out.attribute(s);
            else
                out.text(s);
            EXPECT_EQ(out.take(), referenceEscape(s, attribute)) << s.toStdString();
        }
    }
    EXPECT_EQ(XmlOut().text(QStringLiteral("a&b\"c")).take(), QByteArray("a&amp;b\"c"));
    EXPECT_EQ(XmlOut().attribute(QStringLiteral("a&b\"c\n")).take(), QByteArray("a&amp;b&quot;c&#xA;"));

    QRandomGenerator random(7);
    for (int i = 0; i < 3000; ++i) {
        const QString s = randomText(random, false);
        const bool attribute = i % 2;
        XmlOut out;
        out.raw("<").text(s); // after other output, as in an envelope
        if (attribute)
            out.attribute(s);
        EXPECT_EQ(out.take(),
            QByteArray("<" + referenceEscape(s, false) + (attribute ? referenceEscape(s, true) : QByteArray())))
            << s.toStdString();
    }
}

TEST(XmlOut, NamesAreWrittenAsByTheReference)
{
    const QStringList fixed = { QStringLiteral("Msvm_ComputerSystem"), QStringLiteral("_x-1.2"), QStringLiteral("1st"),
        QStringLiteral("a:b"), QStringLiteral("Gr\u00f6\u00dfe"), QStringLiteral("\u00b7start"), QString(),
        QStringLiteral("Bad Name:<x>"), QStringLiteral("ok\U0001F600") };
    for (const QString &s : fixed)
        EXPECT_EQ(XmlOut().name(s).take(), referenceName(s)) << s.toStdString();
    EXPECT_EQ(XmlOut().name(QStringLiteral("1st prop")).take(), QByteArray("_st_prop"));

    QRandomGenerator random(11);
    for (int i = 0; i < 3000; ++i) {
        const QString s = randomText(random, true);
        EXPECT_EQ(XmlOut().raw("p:").name(s).take(), QByteArray("p:" + referenceName(s))) << s.toStdString();
        EXPECT_EQ(isNcName(s), referenceIsNcName(s)) << s.toStdString();
    }
}

namespace {

CimInstance item(int n)
{
    CimInstance i(QStringLiteral("Msvm_ComputerSystem"), QStringLiteral("http://example/Msvm_ComputerSystem"));
    i.add(QStringLiteral("ElementName"), CimValue(QStringLiteral("vm & %1").arg(n)));
    i.add(QStringLiteral("Status"), CimValue::null());
    return i;
}

// Envelopes differ in their MessageID only.
QByteArray withoutMessageId(QByteArray envelope)
{
    const qsizetype start = envelope.indexOf("<a:MessageID>");
    const qsizetype end = envelope.indexOf("</a:MessageID>");
    return start < 0 || end < start ? envelope : envelope.remove(start, end - start);
}

} // namespace

TEST(EnumerationResponseWriter, WritesWhatResponseWriterWrites)
{
    Request enumerate = Request::enumerate(QStringLiteral("http://example/Msvm_ComputerSystem"), QString(), 10);
    enumerate.messageId = QStringLiteral("uuid:1");
    const std::vector<CimInstance> three = { item(1), item(2), item(3) };
    const std::vector<CimInstance> two = { item(1), item(2) };

    for (const bool pull : { false, true }) {
        const Request request = pull ? Request::pull(enumerate.resourceUri, QStringLiteral("ctx"), 10) : enumerate;
        const auto reference = [&](const std::vector<CimInstance> &items, const QString &context, bool end) {
            return withoutMessageId(pull ? ResponseWriter::pull(request, items, context, end)
                                         : ResponseWriter::enumerate(request, items, context, end));
        };
        // Filled up, the last item taken back, the enumeration going on.
        EnumerationResponseWriter more(request, pull, QStringLiteral("ctx"));
        for (const CimInstance &i : three)
            EXPECT_GT(more.add(i), 100);
        more.dropLast();
        EXPECT_EQ(more.count(), 2);
        EXPECT_EQ(withoutMessageId(more.finish(false)), reference(two, QStringLiteral("ctx"), false));

        // Everything fitted: the context is left out again.
        EnumerationResponseWriter last(request, pull, QStringLiteral("ctx"));
        for (const CimInstance &i : two)
            last.add(i);
        const QByteArray ended = last.finish(true, false);
        EXPECT_EQ(withoutMessageId(ended), reference(two, QString(), true));
        EXPECT_FALSE(ended.contains("ctx"));
        EXPECT_TRUE(ended.startsWith("<s:Envelope "));

        // The only item taken back: no Items element where ResponseWriter writes none.
        EnumerationResponseWriter none(request, pull, QStringLiteral("ctx"));
        none.add(item(1));
        none.dropLast();
        EXPECT_EQ(withoutMessageId(none.finish(false)), reference({}, QStringLiteral("ctx"), false));
    }
}

TEST(XmlOut, GrowsFromASmallReserveAndRepeatsWhatItWrote)
{
    // Many small appends from a tiny reserve: every growth keeps what was written, and a repeat of
    // earlier bytes reads them from where they are after the move.
    XmlOut out(1);
    QByteArray expected;
    for (int i = 0; i < 2000; ++i) {
        const qsizetype at = out.size();
        out.raw("<p:").name(QStringLiteral("Name%1").arg(i));
        const qsizetype size = out.size() - at;
        out.raw(">").number(-i).raw("/").unsignedNumber(quint64(i) * 1000003).raw("</");
        out.repeat(at + 1, size - 1);
        out.raw(">");
        const QByteArray name = "p:Name" + QByteArray::number(i);
        expected += "<" + name + ">" + QByteArray::number(-i) + "/" + QByteArray::number(quint64(i) * 1000003) + "</"
            + name + ">";
    }
    EXPECT_EQ(out.size(), expected.size());
    EXPECT_EQ(out.buffer(), QByteArrayView(expected));
    // The extremes of both number kinds, as QByteArray::number writes them.
    out.truncate(0);
    out.number(std::numeric_limits<qint64>::min()).raw(" ").unsignedNumber(std::numeric_limits<quint64>::max());
    EXPECT_EQ(out.take(),
        QByteArray::number(std::numeric_limits<qint64>::min()) + " "
            + QByteArray::number(std::numeric_limits<quint64>::max()));
    // After take() the writer starts again with a buffer of its own.
    out.raw("again");
    EXPECT_EQ(out.take(), QByteArray("again"));
}

TEST(EnumerationResponseWriter, ItemsWrittenByTheCallerOrKeptAsWrittenAreTheSame)
{
    const Request request = Request::enumerate(QStringLiteral("http://example/Msvm_ComputerSystem"), QString(), 10);
    EnumerationResponseWriter byObject(request, false, QStringLiteral("ctx"));
    EnumerationResponseWriter byCaller(request, false, QStringLiteral("ctx"));
    EnumerationResponseWriter byCopy(request, false, QStringLiteral("ctx"));
    for (int n = 1; n <= 3; ++n) {
        const qsizetype size = byObject.add(item(n));
        InstanceXml::writeInstance(byCaller.beginItem(), item(n), request.resourceUri);
        EXPECT_EQ(byCaller.endItem(), size);
        // The first item's size includes the Items element's open tag.
        const QByteArrayView written = byObject.lastItem();
        EXPECT_EQ(size, written.size() + (n == 1 ? EnumerationResponseWriter::ItemsTagSize : 0));
        EXPECT_TRUE(written.startsWith("<p:Msvm_ComputerSystem "));
        EXPECT_TRUE(written.endsWith("</p:Msvm_ComputerSystem>"));
        EXPECT_EQ(byCopy.addWritten(written.toByteArray()), size);
    }
    byCopy.dropLast();
    byCopy.addWritten(byObject.lastItem().toByteArray());
    const QByteArray reference = withoutMessageId(byObject.finish(true));
    EXPECT_EQ(withoutMessageId(byCaller.finish(true)), reference);
    EXPECT_EQ(withoutMessageId(byCopy.finish(true)), reference);
}
