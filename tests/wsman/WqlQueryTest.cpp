// The WQL subset the server evaluates for enumeration filters.
#include "WsmanTestUtil.h"

#include <wsman/WqlQuery.h>

using namespace hvdesk;
using namespace hvdesk::wsman;

namespace {

CimInstance vm(const QString &name, int state, const QString &caption = QStringLiteral("Virtual Machine"))
{
    CimInstance i(QStringLiteral("Msvm_ComputerSystem"));
    i.set(QStringLiteral("ElementName"), CimValue(name));
    i.set(QStringLiteral("EnabledState"), CimValue(QString::number(state)));
    i.set(QStringLiteral("Caption"), CimValue(caption));
    i.set(QStringLiteral("ProcessID"), state == 2 ? CimValue(QStringLiteral("4720")) : CimValue::null());
    i.set(QStringLiteral("OperationalStatus"), CimValue::array({ QStringLiteral("2"), QStringLiteral("32768") }));
    i.set(QStringLiteral("IsClustered"), CimValue(QStringLiteral("false")));
    return i;
}

bool matches(const char *wql, const CimInstance &instance)
{
    Error error;
    const WqlQuery q = WqlQuery::parse(QString::fromUtf8(wql), &error);
    EXPECT_TRUE(error.isNull()) << wql << ": " << error.message.toStdString();
    return q.matches(instance);
}

} // namespace

TEST(WqlQuery, SelectListAndClass)
{
    Error error;
    const WqlQuery all = WqlQuery::parse(QStringLiteral("select * from Msvm_ComputerSystem"), &error);
    ASSERT_TRUE(all.isValid());
    EXPECT_TRUE(all.selectsAll());
    EXPECT_FALSE(all.hasCondition());
    EXPECT_EQ(all.className(), QStringLiteral("Msvm_ComputerSystem"));

    const WqlQuery some = WqlQuery::parse(QStringLiteral("SELECT Name, elementname FROM Msvm_ComputerSystem"), &error);
    EXPECT_EQ(some.properties(), (QStringList { QStringLiteral("Name"), QStringLiteral("elementname") }));
    const CimInstance projected = some.project(vm(QStringLiteral("web01"), 2));
    ASSERT_EQ(projected.properties().size(), 1);
    EXPECT_EQ(projected.properties().constFirst().name, QStringLiteral("ElementName"));
}

TEST(WqlQuery, Comparisons)
{
    const CimInstance web = vm(QStringLiteral("web01"), 2);
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState = 2", web));
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState = 3", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState <> 3", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState != 3", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState < 10", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState >= 2", web));
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState > 2", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState <= 2.5", web));
    // Numbers compare as numbers, not text ("10" > "9").
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState < 10", vm(QStringLiteral("x"), 9)));
    // A literal on the left is mirrored.
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE 3 > EnabledState", web));
    // Strings: either quote, case-insensitive (WMI's collation), escapes.
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName = 'WEB01'", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE elementname = \"web01\"", web));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE Caption = 'Virtual Machine'", web));
    EXPECT_TRUE(
        matches(R"(SELECT * FROM Msvm_ComputerSystem WHERE ElementName = 'it\'s')", vm(QStringLiteral("it's"), 3)));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE IsClustered = FALSE", web));
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE IsClustered = true", web));
    // A missing property never compares equal.
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE NoSuch = 1", web));
    // Arrays: any element.
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE OperationalStatus = 32768", web));
}

TEST(WqlQuery, NullLikeAndLogic)
{
    const CimInstance off = vm(QStringLiteral("lab-sql"), 3);
    const CimInstance on = vm(QStringLiteral("web01"), 2);
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ProcessID IS NULL", off));
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ProcessID IS NULL", on));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ProcessID is not null", on));
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ProcessID = 4720", off)) << "null compares false";
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE NoSuch IS NULL", on));

    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE 'WEB%'", on));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE 'web0_'", on));
    EXPECT_FALSE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE 'web_'", on));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE '[a-w]%'", on));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName NOT LIKE 'lab%'", on));
    EXPECT_TRUE(
        matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE 'a.b%'", vm(QStringLiteral("a.b.c"), 2)));
    EXPECT_FALSE(
        matches("SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE 'a.b%'", vm(QStringLiteral("axb"), 2)))
        << "regex characters in a pattern are literal";

    EXPECT_TRUE(
        matches("SELECT * FROM Msvm_ComputerSystem WHERE Caption = 'Virtual Machine' AND EnabledState = 3", off));
    EXPECT_FALSE(
        matches("SELECT * FROM Msvm_ComputerSystem WHERE Caption = 'Virtual Machine' AND EnabledState = 2", off));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE EnabledState = 2 OR EnabledState = 3", off));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE NOT EnabledState = 2", off));
    // AND binds tighter than OR; parentheses override.
    EXPECT_TRUE(matches(
        "SELECT * FROM Msvm_ComputerSystem WHERE EnabledState = 3 OR EnabledState = 2 AND ElementName = 'x'", off));
    EXPECT_FALSE(matches(
        "SELECT * FROM Msvm_ComputerSystem WHERE (EnabledState = 3 OR EnabledState = 2) AND ElementName = 'x'", off));
    EXPECT_TRUE(matches("SELECT * FROM Msvm_ComputerSystem WHERE NOT (ElementName = 'x' OR EnabledState = 2)", off));
}

TEST(WqlQuery, ErrorsNameThePosition)
{
    struct Case
    {
        const char *query;
        int position;
        const char *fragment;
    };
    const Case cases[] = {
        { "SELEC * FROM X", 1, "SELECT" },
        { "SELECT FROM X", 8, "property" },
        { "SELECT * X", 10, "FROM" },
        { "SELECT * FROM", 14, "class" },
        { "SELECT * FROM X WHERE", 22, "ends too early" },
        { "SELECT * FROM X WHERE A = 'open", 27, "not closed" },
        { "SELECT * FROM X WHERE (A = 1", 29, "')'" },
        { "SELECT * FROM X WHERE A ~ 1", 25, "unexpected character" },
        { "SELECT * FROM X WHERE A IS 1", 28, "NULL" },
        { "SELECT * FROM X WHERE A LIKE 5", 30, "quoted" },
        { "SELECT * FROM X WHERE A = 1 B", 29, "unexpected" },
        { "ASSOCIATORS OF {X} WHERE ResultClass = Y", 1, "not supported" },
    };
    for (const Case &c : cases) {
        Error error;
        const WqlQuery q = WqlQuery::parse(QString::fromUtf8(c.query), &error);
        EXPECT_FALSE(q.isValid()) << c.query;
        EXPECT_EQ(error.code, QStringLiteral("wql.syntax")) << c.query;
        EXPECT_EQ(error.field, QStringLiteral("filter"));
        EXPECT_TRUE(error.message.contains(QStringLiteral("position %1 ").arg(c.position)))
            << c.query << " -> " << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(c.fragment), Qt::CaseInsensitive))
            << c.query << " -> " << error.message.toStdString();
    }
}

TEST(WqlQuery, DeepParenthesesAreBounded)
{
    QString text = QStringLiteral("SELECT * FROM X WHERE ");
    for (int i = 0; i < 5000; ++i)
        text += QLatin1Char('(');
    Error error;
    EXPECT_FALSE(WqlQuery::parse(text, &error).isValid());
    EXPECT_TRUE(error.message.contains(QStringLiteral("too deeply"))) << error.message.toStdString();
}

TEST(WqlQuery, CopiesAreIndependent)
{
    Error error;
    WqlQuery a = WqlQuery::parse(QStringLiteral("SELECT * FROM X WHERE A = 1"), &error);
    WqlQuery b = a;
    a = WqlQuery::parse(QStringLiteral("SELECT * FROM X WHERE A = 2"), &error);
    CimInstance i(QStringLiteral("X"));
    i.set(QStringLiteral("A"), CimValue(QStringLiteral("1")));
    EXPECT_TRUE(b.matches(i));
    EXPECT_FALSE(a.matches(i));
}
