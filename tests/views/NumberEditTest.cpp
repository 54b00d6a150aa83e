// The numeric field on its own: it keeps every keystroke, says whether the text is a number in
// range, and its error names the field, the text typed, the range and the unit.
#include <views/NumberEdit.h>

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

struct Field
{
    QWidget parent;
    NumberEdit *edit;

    Field()
        : edit(new NumberEdit(&parent))
    {
        auto *layout = new QVBoxLayout(&parent);
        layout->addWidget(edit);
        layout->addWidget(edit->errorLabel());
        edit->setObjectName(QStringLiteral("bandwidth"));
        edit->setFieldLabel(QStringLiteral("Maximum bandwidth"));
        edit->setField(QStringLiteral("maximumBandwidth"));
        edit->setRange(0, 400000);
        edit->setUnit(QStringLiteral("Mbps"));
        edit->setSpecialValueText(QStringLiteral("0 means no limit"));
        edit->setValue(1000);
        parent.show();
    }

    void type(const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        if (!text.isEmpty())
            QTest::keyClicks(edit, text);
    }
};

} // namespace

TEST(NumberEditTest, AValueInRangeIsValid)
{
    Field f;
    EXPECT_EQ(f.edit->text(), QStringLiteral("1000"));
    EXPECT_TRUE(f.edit->isValid());
    EXPECT_EQ(f.edit->value(), 1000);
    f.type(QStringLiteral("400000"));
    EXPECT_TRUE(f.edit->isValid());
    EXPECT_EQ(f.edit->value(), 400000);
    f.type(QStringLiteral("0"));
    EXPECT_TRUE(f.edit->isValid());
    EXPECT_EQ(f.edit->value(), 0);
    f.type(QStringLiteral(" 25 "));
    EXPECT_TRUE(f.edit->isValid()) << "surrounding blanks are not part of the number";
    EXPECT_EQ(f.edit->value(), 25);
    EXPECT_TRUE(f.edit->error().isNull());
    EXPECT_FALSE(f.edit->errorLabel()->isVisible());
    EXPECT_TRUE(f.edit->toolTip().isEmpty());
}

TEST(NumberEditTest, EveryKeystrokeIsKeptAndNothingIsClamped)
{
    Field f;
    for (const QString &typed :
        { QStringLiteral("400001"), QStringLiteral("1000000000000"), QStringLiteral("-5"), QStringLiteral("1a"),
            QStringLiteral("abc"), QStringLiteral("99999999999999999999999"), QStringLiteral("1.5") }) {
        f.type(typed);
        EXPECT_EQ(f.edit->text(), typed);
        EXPECT_FALSE(f.edit->isValid()) << typed.toStdString();
    }
}

TEST(NumberEditTest, TheErrorNamesTheFieldTheTextTypedTheRangeAndTheUnit)
{
    Field f;
    f.type(QStringLiteral("1000000000000"));
    Error e = f.edit->error();
    EXPECT_EQ(e.field, QStringLiteral("maximumBandwidth"));
    EXPECT_EQ(e.message,
        QStringLiteral("Maximum bandwidth: 1000000000000 is out of range (the range is 0 to 400000 Mbps, "
                       "0 means no limit)."));
    EXPECT_EQ(e.fix, QStringLiteral("Enter a whole number from 0 to 400000 Mbps."));

    f.type(QStringLiteral("-5"));
    EXPECT_EQ(f.edit->error().message,
        QStringLiteral("Maximum bandwidth: -5 is out of range (the range is 0 to 400000 Mbps, 0 means no limit)."));

    f.type(QStringLiteral("99999999999999999999999"));
    EXPECT_EQ(f.edit->error().message,
        QStringLiteral("Maximum bandwidth: 99999999999999999999999 is out of range (the "
                       "range is 0 to 400000 Mbps, 0 means no limit)."))
        << "digits beyond 64 bits are a number out of range, not 'not a number'";

    f.type(QStringLiteral("1a"));
    EXPECT_EQ(f.edit->error().message,
        QStringLiteral(
            "Maximum bandwidth: '1a' is not a whole number (the range is 0 to 400000 Mbps, 0 means no limit)."));

    f.type(QString());
    EXPECT_EQ(f.edit->error().message,
        QStringLiteral("Maximum bandwidth: no value is entered (the range is 0 to 400000 Mbps, 0 means no limit)."));
    EXPECT_EQ(f.edit->error().fix, QStringLiteral("Enter a whole number from 0 to 400000 Mbps."));

    // Without a unit the range is plain numbers.
    f.edit->setUnit(QString());
    f.edit->setSpecialValueText(QString());
    f.edit->setRange(1, 4094);
    f.type(QStringLiteral("abc"));
    EXPECT_EQ(f.edit->error().text(),
        QStringLiteral("Maximum bandwidth: 'abc' is not a whole number (the range is 1 to 4094). Enter a whole "
                       "number from 1 to 4094."));
}

TEST(NumberEditTest, TheErrorIsShownInlineWhileTheFieldIsEnabled)
{
    Field f;
    QSignalSpy validity(f.edit, &NumberEdit::validityChanged);
    f.type(QStringLiteral("-1"));
    EXPECT_EQ(validity.count(), 1);
    EXPECT_EQ(validity.at(0).at(0).toBool(), false);
    EXPECT_TRUE(f.edit->errorLabel()->isVisible());
    EXPECT_EQ(f.edit->errorLabel()->objectName(), QStringLiteral("bandwidthError"));
    EXPECT_EQ(f.edit->errorLabel()->text(), f.edit->error().text());
    EXPECT_EQ(f.edit->toolTip(), f.edit->error().text());
    EXPECT_EQ(f.edit->accessibleDescription(), f.edit->error().text());
    EXPECT_FALSE(f.edit->styleSheet().isEmpty()) << "a red frame";

    // Disabled, the field is not applied: no error shown.
    f.edit->setEnabled(false);
    EXPECT_FALSE(f.edit->errorLabel()->isVisible());
    EXPECT_TRUE(f.edit->styleSheet().isEmpty());
    f.edit->setEnabled(true);
    EXPECT_TRUE(f.edit->errorLabel()->isVisible());

    f.type(QStringLiteral("12"));
    EXPECT_EQ(validity.count(), 2);
    EXPECT_FALSE(f.edit->errorLabel()->isVisible());
    EXPECT_TRUE(f.edit->styleSheet().isEmpty());
    EXPECT_TRUE(f.edit->accessibleDescription().isEmpty());
}

TEST(NumberEditTest, CheckIsTheSameRuleWithoutAWidget)
{
    qint64 v = -1;
    EXPECT_TRUE(
        NumberEdit::check(QStringLiteral("4096"), 1, 4096, QStringLiteral("SAs"), QString(), QString(), &v).isNull());
    EXPECT_EQ(v, 4096);
    EXPECT_FALSE(
        NumberEdit::check(QStringLiteral("4097"), 1, 4096, QStringLiteral("SAs"), QString(), QString()).isNull());
    EXPECT_FALSE(NumberEdit::check(QStringLiteral("0"), 1, 4096, QStringLiteral("SAs"), QString(), QString()).isNull());
}
