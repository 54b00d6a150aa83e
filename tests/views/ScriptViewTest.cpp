#include "QtPrinters.h"

#include <views/ScriptView.h>

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace hvdesk;

TEST(ScriptViewTest, HighlightsPowerShellWithKdeSyntaxHighlighting)
{
    ScriptView view(QStringLiteral("PowerShell"));
    EXPECT_EQ(view.definitionName(), QStringLiteral("PowerShell"));
    view.setText(QStringLiteral("Start-VM -Name 'web01' -ComputerName 'crusader'"));
    view.show();
    QApplication::processEvents();
    auto *editor = view.findChild<QPlainTextEdit *>(QStringLiteral("scriptText"));
    ASSERT_TRUE(editor);
    // The highlighter formats the line: more than one format range means real highlighting.
    const QList<QTextLayout::FormatRange> formats = editor->document()->firstBlock().layout()->formats();
    EXPECT_GE(formats.size(), 2);
}

TEST(ScriptViewTest, CopyPutsTheScriptOnTheClipboard)
{
    ScriptView view(QStringLiteral("PowerShell"));
    view.setText(QStringLiteral("Save-VM -Name 'dc01'"));
    view.findChild<QPushButton *>(QStringLiteral("copyScriptButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Save-VM -Name 'dc01'"));
}

TEST(ScriptViewTest, XmlIsAvailableToo)
{
    ScriptView view(QStringLiteral("XML"));
    EXPECT_EQ(view.definitionName(), QStringLiteral("XML"));
}
