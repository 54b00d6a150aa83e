#include "QtPrinters.h"

#include <models/Version.h>

#include <gtest/gtest.h>

using namespace hvdesk;

TEST(VersionTest, ComparesNumericallyNotAsText)
{
    const Version w2012 = Version::parse(QStringLiteral("6.2.9200.16433"));
    const Version w2008r2 = Version::parse(QStringLiteral("6.1.7601.17514"));
    ASSERT_TRUE(w2012.isValid());
    ASSERT_TRUE(w2008r2.isValid());
    EXPECT_TRUE(w2012 > w2008r2);
    // As text "10.0" < "6.3"; as versions it is newer.
    EXPECT_TRUE(Version::parse(QStringLiteral("10.0.14393.0")) > Version::parse(QStringLiteral("6.3.9600.18692")));
    EXPECT_TRUE(Version::parse(QStringLiteral("6.2.9200.9")) < Version::parse(QStringLiteral("6.2.9200.16433")));
}

TEST(VersionTest, MissingPartsCountAsZero)
{
    EXPECT_EQ(Version::compare(Version::parse(QStringLiteral("6.2")), Version::parse(QStringLiteral("6.2.0.0"))), 0);
    EXPECT_TRUE(Version::parse(QStringLiteral("6.2")) < Version::parse(QStringLiteral("6.2.0.1")));
}

TEST(VersionTest, MalformedStringsAreInvalidWithAReason)
{
    const QStringList bad = {QString(), QStringLiteral("  "), QStringLiteral("6.2.x.1"), QStringLiteral("6..2"),
                             QStringLiteral("1.2.3.4.5"), QStringLiteral("+6.2"), QStringLiteral("6.2 beta")};
    for (const QString &text : bad) {
        QString why;
        EXPECT_FALSE(Version::parse(text, &why).isValid()) << text.toStdString();
        EXPECT_FALSE(why.isEmpty()) << text.toStdString();
    }
}

TEST(VersionTest, RoundTripsItsText)
{
    EXPECT_EQ(Version::parse(QStringLiteral(" 6.2.9200.16433 ")).toString(), QStringLiteral("6.2.9200.16433"));
}

TEST(VersionTest, AFullVersionHasFourParts)
{
    EXPECT_TRUE(Version::parse(QStringLiteral("6.2.9200.16433")).isComplete());
    EXPECT_TRUE(Version::parse(QStringLiteral("6.2")).isValid());
    EXPECT_FALSE(Version::parse(QStringLiteral("6.2")).isComplete());
    EXPECT_FALSE(Version::parse(QStringLiteral("6.2.9200")).isComplete());
    EXPECT_FALSE(Version::parse(QString()).isComplete());
}
