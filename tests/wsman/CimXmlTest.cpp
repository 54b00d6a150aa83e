// CIM-XML INSTANCE elements: the embedded-object strings of Invoke parameters and KVP items.
#include "WsmanTestUtil.h"

#include <wsman/CimXml.h>

using namespace hvdesk;
using namespace hvdesk::wsman;

namespace {

CimInstance portFeature()
{
    CimInstance i(QStringLiteral("Msvm_EthernetSwitchPortBandwidthSettingData"));
    i.set(QStringLiteral("InstanceID"), CimValue(QStringLiteral("Microsoft:A\\B")));
    i.set(QStringLiteral("Limit"), CimValue(QStringLiteral("1000000000"), QStringLiteral("uint64")));
    i.set(QStringLiteral("Reservation"), CimValue::null(QStringLiteral("uint64")));
    i.set(QStringLiteral("Weight"), CimValue(QStringLiteral("0"), QStringLiteral("uint32")));
    i.set(QStringLiteral("Enabled"), CimValue(QStringLiteral("true"), QStringLiteral("boolean")));
    i.set(QStringLiteral("Offset"), CimValue(QStringLiteral("-5"), QStringLiteral("sint16")));
    i.set(QStringLiteral("Created"), CimValue(QStringLiteral("20240115170211.901000+000"), QStringLiteral("datetime")));
    i.set(QStringLiteral("Codes"),
        CimValue::array({ QStringLiteral("1"), QStringLiteral("2") }, QStringLiteral("uint16")));
    i.set(QStringLiteral("Empty"), CimValue::array({}, QStringLiteral("uint8")));
    i.set(QStringLiteral("NullArray"), CimValue::null());
    return i;
}

} // namespace

TEST(CimXml, WritesDsp0201Shape)
{
    CimInstance i(QStringLiteral("Msvm_X"));
    i.set(QStringLiteral("A"), CimValue(QStringLiteral("v")));
    i.set(QStringLiteral("B"), CimValue::array({ QStringLiteral("1") }, QStringLiteral("uint16")));
    i.set(QStringLiteral("C"), CimValue::null());
    EXPECT_EQ(CimXml::write(i),
        QStringLiteral(
            "<INSTANCE CLASSNAME=\"Msvm_X\"><PROPERTY NAME=\"A\" TYPE=\"string\"><VALUE>v</VALUE></PROPERTY>"
            "<PROPERTY.ARRAY NAME=\"B\" TYPE=\"uint16\"><VALUE.ARRAY><VALUE>1</VALUE></VALUE.ARRAY></PROPERTY.ARRAY>"
            "<PROPERTY NAME=\"C\" TYPE=\"string\"></PROPERTY></INSTANCE>"));
}

TEST(CimXml, RoundTripKeepsTypesNullsAndOrder)
{
    const CimInstance original = portFeature();
    Error error;
    const CimInstance back = CimXml::read(CimXml::write(original), &error);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    EXPECT_EQ(back, original);
    EXPECT_TRUE(back.isNull(QStringLiteral("Reservation")));
    EXPECT_EQ(back.value(QStringLiteral("Reservation")).cimType(), QStringLiteral("uint64"));
    EXPECT_EQ(back.value(QStringLiteral("Empty")).kind(), CimValue::Kind::StringArray);
    EXPECT_TRUE(back.value(QStringLiteral("Empty")).texts().isEmpty());
    EXPECT_EQ(back.properties().at(3).name, QStringLiteral("Weight"));
}

TEST(CimXml, EscapesMarkupQuotesAndControlCharacters)
{
    CimInstance i(QStringLiteral("Msvm_KvpExchangeDataItem"));
    const QString nasty = QStringLiteral("<a href=\"x\">&amp; 'q' \r\n\t]]> \u00e9\u4e2d\U0001F600");
    i.set(QStringLiteral("Data"), CimValue(nasty));
    i.set(QStringLiteral("Control"), CimValue(QStringLiteral("bell") + QChar(7) + QStringLiteral("end")));
    const QString xml = CimXml::write(i);
    EXPECT_FALSE(xml.contains(QStringLiteral("<a href")));
    EXPECT_TRUE(xml.contains(QStringLiteral("&lt;a href=\"x\"&gt;&amp;amp;")));
    Error error;
    const CimInstance back = CimXml::read(xml, &error);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    EXPECT_EQ(back.string(QStringLiteral("Data")), nasty);
    // XML cannot carry U+0007; it becomes the replacement character rather than breaking the document.
    EXPECT_EQ(back.string(QStringLiteral("Control")), QStringLiteral("bell\ufffdend"));
}

TEST(CimXml, NestedEmbeddedObjects)
{
    CimInstance inner(QStringLiteral("Msvm_KvpExchangeDataItem"));
    inner.set(QStringLiteral("Name"), CimValue(QStringLiteral("OSVersion")));
    inner.set(QStringLiteral("Data"), CimValue(QStringLiteral("10.0.17763")));
    inner.set(QStringLiteral("Source"), CimValue(QStringLiteral("2"), QStringLiteral("uint16")));
    CimInstance outer(QStringLiteral("Msvm_Holder"));
    outer.set(QStringLiteral("One"), CimValue::instance(inner));
    outer.set(QStringLiteral("Many"), CimValue::instances({ inner, inner }));
    const QString xml = CimXml::write(outer);
    EXPECT_TRUE(xml.contains(QStringLiteral("EmbeddedObject=\"object\"")));
    Error error;
    const CimInstance back = CimXml::read(xml, &error);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    EXPECT_EQ(back, outer);
}

TEST(CimXml, ReadsWhatWindowsWritesForKvpItems)
{
    // One element of Msvm_KvpExchangeComponent.GuestIntrinsicExchangeItems, as Windows writes it.
    const QString text
        = QStringLiteral("<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Caption\" "
                         "PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                         "<PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>6.3.9600.18692</VALUE></PROPERTY>"
                         "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>IntegrationServicesVersion</VALUE></PROPERTY>"
                         "<PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>2</VALUE></PROPERTY></INSTANCE>");
    Error error;
    const CimInstance item = CimXml::read(text, &error);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    EXPECT_EQ(item.className(), QStringLiteral("Msvm_KvpExchangeDataItem"));
    EXPECT_TRUE(item.isNull(QStringLiteral("Caption")));
    EXPECT_EQ(item.string(QStringLiteral("Data")), QStringLiteral("6.3.9600.18692"));
    EXPECT_EQ(item.int64(QStringLiteral("Source")), 2);
    EXPECT_EQ(item.value(QStringLiteral("Source")).cimType(), QStringLiteral("uint16"));
}

TEST(CimXml, ErrorsCarryLineAndColumn)
{
    Error error;
    CimXml::read(
        QStringLiteral("<INSTANCE CLASSNAME=\"X\">\n<PROPERTY NAME=\"A\"><VALUE>1</VALUE></PROPERTYY></INSTANCE>"),
        &error);
    EXPECT_EQ(error.code, QStringLiteral("wsman.cimxml"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("line 2"))) << error.message.toStdString();

    CimXml::read(QStringLiteral("<CLASS NAME=\"X\"/>"), &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("INSTANCE"))) << error.message.toStdString();
    CimXml::read(QStringLiteral("<INSTANCE/>"), &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("CLASSNAME"))) << error.message.toStdString();
    CimXml::read(QStringLiteral(""), &error);
    EXPECT_FALSE(error.isNull());
    CimXml::read(QStringLiteral("<INSTANCE CLASSNAME=\"X\"><PROPERTY TYPE=\"string\"/></INSTANCE>"), &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("NAME"))) << error.message.toStdString();
    // Entity expansion is refused outright.
    CimXml::read(QStringLiteral("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><INSTANCE CLASSNAME=\"X\"/>"), &error);
    EXPECT_FALSE(error.isNull());
}

TEST(CimXml, DeepNestingIsAnErrorNotACrash)
{
    QString deep = QStringLiteral("<INSTANCE CLASSNAME=\"X\">");
    for (int i = 0; i < 10000; ++i)
        deep += QStringLiteral("<a>");
    Error error;
    CimXml::read(deep, &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("deeper"))) << error.message.toStdString();
}
