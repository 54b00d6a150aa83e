// The wsman library's XML reader: tokens, namespaces, references, CDATA, encodings, limits, and
// one document per well-formedness rule it enforces, with the error's position.
#include <wsman/XmlReader.h>

#include <gtest/gtest.h>

using namespace hvdesk::wsman;
using Token = XmlReader::Token;

namespace {

// The token stream as text: "<{ns}name a={ns}b=v>", "'text'", "</name>", "$" at the end, or
// "!message@line:column" on an error.
std::string tokens(const QByteArray &xml)
{
    XmlReader r { QByteArrayView(xml) };
    std::string out;
    for (;;) {
        switch (r.next()) {
        case Token::StartElement:
            out += "<{" + r.namespaceUri().toByteArray().toStdString() + "}" + r.name().toByteArray().toStdString();
            for (qsizetype i = 0; i < r.attributeCount(); ++i) {
                const XmlReader::Attribute &a = r.attributeAt(i);
                out += " {" + a.namespaceUri.toByteArray().toStdString() + "}" + a.name.toByteArray().toStdString()
                    + "=" + XmlReader::attributeValue(a).toStdString();
            }
            out += ">";
            break;
        case Token::EndElement:
            out += "</" + r.qualifiedName().toByteArray().toStdString() + ">";
            break;
        case Token::Characters:
            out += "'" + r.text().toStdString() + "'";
            break;
        case Token::EndDocument:
            return out + "$";
        case Token::Invalid:
            return out + "!" + r.errorString().toStdString() + "@" + std::to_string(r.lineNumber()) + ":"
                + std::to_string(r.columnNumber());
        case Token::None:
            return out + "?";
        }
    }
}

std::string error(const QByteArray &xml)
{
    const std::string all = tokens(xml);
    const size_t bang = all.find('!');
    return bang == std::string::npos ? "accepted: " + all : all.substr(bang + 1);
}

} // namespace

TEST(XmlReader, ElementsAttributesAndText)
{
    EXPECT_EQ(tokens("<a x='1' y=\"2\">hi<b/>there</a>"), "<{}a {}x=1 {}y=2>'hi'<{}b></b>'there'</a>$");
    EXPECT_EQ(tokens("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- c --><a><?pi data?></a>\n<!--after-->\n"),
        "<{}a></a>$");
    EXPECT_EQ(tokens("<a>x<!--c-->y</a>"), "<{}a>'x''y'</a>$");
}

TEST(XmlReader, ReferencesAndCdata)
{
    EXPECT_EQ(
        tokens("<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x20AC;&#128512;</a>"), "<{}a>'<>&\"'AB\u20ac\U0001F600'</a>$");
    EXPECT_EQ(tokens("<a><![CDATA[<not> &markup; ]] ]>]]></a>"), "<{}a>'<not> &markup; ]] ]>'</a>$");
    EXPECT_EQ(tokens("<a>1\r\n2\r3</a>"), "<{}a>'1\n2\n3'</a>$");
    // Attribute values: whitespace characters become spaces, references do not.
    EXPECT_EQ(tokens("<a v=\"1\t2\n3\r\n4&#10;5&lt;\"/>"), "<{}a {}v=1 2 3 4\n5<></a>$");
    // The view of plain text is the input itself; text with references is decoded on request.
    XmlReader r(QByteArrayView("<a>plain</a>"));
    ASSERT_EQ(r.next(), Token::StartElement);
    ASSERT_EQ(r.next(), Token::Characters);
    EXPECT_FALSE(r.textNeedsDecoding());
    EXPECT_EQ(r.rawText(), "plain");
}

TEST(XmlReader, Namespaces)
{
    // Default namespace, prefixes, redeclaration and scope.
    EXPECT_EQ(tokens("<a xmlns='d' xmlns:p='u1'><p:b p:x='1' y='2'><p:c xmlns:p='u2'/><p:d/></p:b><e "
                     "xmlns=''/></a>"),
        "<{d}a><{u1}b {u1}x=1 {}y=2><{u2}c></p:c><{u1}d></p:d></p:b><{}e></e></a>$");
    EXPECT_EQ(tokens("<a xml:lang='en'/>"), "<{}a {http://www.w3.org/XML/1998/namespace}lang=en></a>$");
    EXPECT_EQ(tokens("<a xmlns:p='u&amp;v'><p:b/></a>"), "<{}a><{u&v}b></p:b></a>$");
    // The namespace of a prefix is that in scope; after an element ends, its declarations are gone.
    XmlReader r(QByteArrayView("<a xmlns:p='outer'><b xmlns:p='inner'>t</b>x</a>"));
    r.next();
    r.next();
    EXPECT_EQ(r.namespaceForPrefix("p"), "inner");
    EXPECT_EQ(r.declarationCount(), 1);
    r.next();
    EXPECT_EQ(r.next(), Token::EndElement);
    EXPECT_EQ(r.namespaceForPrefix("p"), "inner"); // still the ending element's scope
    EXPECT_EQ(r.next(), Token::Characters);
    EXPECT_EQ(r.namespaceForPrefix("p"), "outer");
    EXPECT_TRUE(r.namespaceForPrefix("q").isNull());
}

TEST(XmlReader, NamespaceErrors)
{
    EXPECT_EQ(error("<p:a/>"), "the prefix p is not declared@1:2");
    EXPECT_EQ(error("<a q:x='1'/>"), "the prefix q is not declared@1:4");
    EXPECT_EQ(error("<a><p:b xmlns:p='u'/><p:c/></a>"), "the prefix p is not declared@1:23");
    EXPECT_EQ(error("<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>"),
        "the attributes p:x and q:x are the same attribute@1:36");
    EXPECT_EQ(error("<a xmlns:p=''/>"), "a prefix cannot be declared with an empty namespace@1:4");
    EXPECT_EQ(error("<a xmlns:xml='other'/>"), "the prefix xml cannot be bound to another namespace@1:4");
    EXPECT_EQ(error("<a xmlns:xmlns='u'/>"), "the prefix xmlns cannot be declared@1:4");
    EXPECT_EQ(error("<a xmlns:p='http://www.w3.org/2000/xmlns/'/>"),
        "the xml and xmlns namespaces cannot be bound to another prefix@1:4");
    EXPECT_EQ(error("<a:b:c/>"), "a name has more than one colon@1:5");
    EXPECT_EQ(error("<a: />"), "a name ends with a colon@1:4");
    EXPECT_EQ(error("<:a/>"), "a name is expected@1:2");
}

TEST(XmlReader, WellFormednessErrorsWithPosition)
{
    EXPECT_EQ(error(""), "the document has no root element (premature end of document)@1:1");
    EXPECT_EQ(error("  \n "), "the document has no root element (premature end of document)@2:2");
    EXPECT_EQ(error("text"), "a start tag is expected@1:1");
    EXPECT_EQ(error("<a>\n<b></a>"), "the end tag </a> does not match the start tag <b>@2:4");
    EXPECT_EQ(error("<a></a><b/>"), "extra content at the end of the document@1:8");
    EXPECT_EQ(error("<a></a>x"), "extra content at the end of the document@1:8");
    EXPECT_EQ(error("<a>"), "the document ends inside an element (premature end of document)@1:4");
    EXPECT_EQ(error("<a x='1' x='2'/>"), "the attribute x appears twice@1:10");
    EXPECT_EQ(error("<a x='1'y='2'/>"), "whitespace, '>' or '/>' is expected after a name in a tag@1:9");
    EXPECT_EQ(error("<a x=1/>"), "an attribute value must be in quotes@1:6");
    EXPECT_EQ(error("<a x='<'/>"), "'<' is not allowed in an attribute value@1:7");
    EXPECT_EQ(error("<a>x & y</a>"), "a name is expected@1:7");
    EXPECT_EQ(error("<a>&amp</a>"), "an entity reference is not terminated by ';'@1:4");
    EXPECT_EQ(error("<a>a]]>b</a>"), "the sequence ']]>' is not allowed in text@1:5");
    EXPECT_EQ(error("<a>\x01</a>"), "the character U+0001 is not allowed in XML@1:4");
    EXPECT_EQ(error("<a>\xEF\xBF\xBE</a>"), "the character U+fffe is not allowed in XML@1:4");
    EXPECT_EQ(error("<a>\xC0\xAF</a>"), "the document is not valid UTF-8@1:4"); // overlong '/'
    EXPECT_EQ(error("<a>\xED\xA0\x80</a>"), "the document is not valid UTF-8@1:4"); // a surrogate
    EXPECT_EQ(error("<a>\xE2\x82</a>"), "the document is not valid UTF-8@1:4"); // truncated
    EXPECT_EQ(error("<a>&#0;</a>"), "a character reference names a character XML does not allow@1:4");
    EXPECT_EQ(error("<a>&#xD800;</a>"), "a character reference names a character XML does not allow@1:4");
    EXPECT_EQ(error("<a>&#x110000;</a>"), "a character reference names a character XML does not allow@1:4");
    EXPECT_EQ(
        error("<a>&#99999999999999999999;</a>"), "a character reference names a character XML does not allow@1:4");
    EXPECT_EQ(error("<a>&#x;</a>"), "a character reference is malformed@1:4");
    EXPECT_EQ(error("<a>&#X41;</a>"), "a character reference is malformed@1:4");
    EXPECT_EQ(error("<a><!-- a -- b --></a>"), "'--' is not allowed inside a comment@1:11");
    EXPECT_EQ(error("<a><!-- a ---></a>"), "'--' is not allowed inside a comment@1:11");
    EXPECT_EQ(error("<!DOCTYPE a><a/>"), "a document type declaration is not allowed in SOAP@1:1");
    EXPECT_EQ(error("<a>&ent;</a>"),
        "the entity reference &ent; is not allowed: SOAP has no document type to declare it@1:4");
    EXPECT_EQ(error("<![CDATA[x]]><a/>"), "a CDATA section is only allowed inside an element@1:1");
    EXPECT_EQ(error("<a><![CDATA[x</a>"), "the document ends inside a CDATA section (premature end of document)@1:18");
    EXPECT_EQ(error("<a><!x></a>"), "invalid markup after '<!'@1:4");
    EXPECT_EQ(error("<1a/>"), "a name is expected@1:2");
    EXPECT_EQ(error("<a\xC3\x97/>"), "whitespace, '>' or '/>' is expected after a name in a tag@1:3"); // U+00D7
    EXPECT_EQ(tokens("<\xC3\xA9t\xC3\xA9/>"), "<{}\xC3\xA9t\xC3\xA9></\xC3\xA9t\xC3\xA9>$");
    // The XML declaration: only at the very start, version 1.0, UTF-8 or UTF-16.
    EXPECT_EQ(
        error(" <?xml version='1.0'?><a/>"), "an XML declaration is only allowed at the start of the document@1:2");
    EXPECT_EQ(error("<?xml version='1.1'?><a/>"), "XML version 1.1 is not supported@1:16");
    EXPECT_EQ(error("<?xml version='1.0' encoding='ISO-8859-1'?><a/>"),
        "the document's encoding ISO-8859-1 is not supported: only UTF-8 and UTF-16 are read@1:31");
    EXPECT_EQ(error("<?xml encoding='UTF-8'?><a/>"), "the XML declaration is malformed@1:7");
    // Found by fuzzing: a '?' after the target that does not end the instruction.
    EXPECT_EQ(error("<a><?xm?/>?></a>"), "a processing instruction's target is malformed@1:8");
    EXPECT_EQ(tokens("<a><?pi?><?pi data?><?pi\n?></a>"), "<{}a></a>$");
    EXPECT_EQ(error("<a><?XML x?></a>"), "an XML declaration is only allowed at the start of the document@1:4");
    EXPECT_EQ(tokens("<?xml version='1.0' standalone='yes'?><a/>"), "<{}a></a>$");
}

// An end tag that repeats its start tag's name byte for byte is matched without scanning the
// name again; everything else takes the full path, with the same errors.
TEST(XmlReader, EndTagsMatchTheirStartTagByName)
{
    EXPECT_EQ(tokens("<ab><a></a></ab>"), "<{}ab><{}a></a></ab>$");
    EXPECT_EQ(tokens("<p:a xmlns:p='u'><p:b></p:b ></p:a\n>"), "<{u}a><{u}b></p:b></p:a>$");
    EXPECT_EQ(error("<a></ab>"), "the end tag </ab> does not match the start tag <a>@1:4");
    EXPECT_EQ(error("<ab></a>"), "the end tag </a> does not match the start tag <ab>@1:5");
    EXPECT_EQ(error("<p:a xmlns:p='u'></q:a>"), "the end tag </q:a> does not match the start tag <p:a>@1:18");
    EXPECT_EQ(error("<a></a"), "the document ends inside a tag (premature end of document)@1:7");
    EXPECT_EQ(error("<a></a/>"), "'>' is expected at the end of an end tag@1:7");
    EXPECT_EQ(error("</a>"), "an end tag without a start tag@1:1");
}

TEST(XmlReader, Limits)
{
    QByteArray deep;
    for (int i = 0; i < XmlReader::MaxDepth; ++i)
        deep += "<a>";
    for (int i = 0; i < XmlReader::MaxDepth; ++i)
        deep += "</a>";
    EXPECT_EQ(tokens(deep).back(), '$');
    EXPECT_EQ(error("<b>" + deep + "</b>"), "elements are nested deeper than 32 levels@1:97");

    QByteArray attributes = "<a";
    for (int i = 0; i < XmlReader::MaxAttributes; ++i)
        attributes += " a" + QByteArray::number(i) + "='1'";
    EXPECT_EQ(tokens(attributes + "/>").back(), '$');
    EXPECT_EQ(error(attributes + " last='1'/>"), "an element has more than 64 attributes@1:1");
    QByteArray flood = "<a";
    for (int i = 0; i < 100000; ++i)
        flood += " a" + QByteArray::number(i) + "='1'";
    EXPECT_EQ(error(flood + "/>").substr(0, 38), "an element has more than 64 attributes");
}

TEST(XmlReader, Utf16AndByteOrderMarks)
{
    const QString text = QStringLiteral("<a x='\u00e9'>\u20ac\U0001F600</a>");
    const std::string expected = "<{}a {}x=\u00e9>'\u20ac\U0001F600'</a>$";
    QByteArray le;
    QByteArray be;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    EXPECT_EQ(tokens(QByteArray("\xFF\xFE", 2) + le), expected);
    EXPECT_EQ(tokens(QByteArray("\xFE\xFF", 2) + be), expected);
    EXPECT_EQ(tokens(le), expected);
    EXPECT_EQ(tokens(be), expected);
    EXPECT_EQ(tokens("\xEF\xBB\xBF" + text.toUtf8()), expected);
    EXPECT_EQ(tokens(QByteArray("\xFF\xFE<\0?", 5)), "!the document is not valid UTF-16@1:1");
    EXPECT_EQ(tokens(QByteArray("\xFF\xFE<\0\x00\xD8>\0", 8)), "!the document is not valid UTF-16@1:1");
    // A declared UTF-16 encoding is what was read.
    const QString declared = QStringLiteral("<?xml version='1.0' encoding='UTF-16'?><a/>");
    EXPECT_EQ(tokens(QByteArray("\xFF\xFE", 2)
                  + QByteArray(reinterpret_cast<const char *>(declared.utf16()), declared.size() * 2)),
        "<{}a></a>$");
}

TEST(XmlReader, RaisedErrorsStopTheParseAtTheToken)
{
    XmlReader r(QByteArrayView("<a>\n  <b/></a>"));
    r.next();
    r.next();
    ASSERT_EQ(r.next(), Token::StartElement);
    r.raiseError(QStringLiteral("no b here"));
    EXPECT_TRUE(r.hasError());
    EXPECT_EQ(r.errorString(), QStringLiteral("no b here"));
    EXPECT_EQ(r.lineNumber(), 2);
    EXPECT_EQ(r.columnNumber(), 3);
    EXPECT_EQ(r.next(), Token::Invalid);
}
