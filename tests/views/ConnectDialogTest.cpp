#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <views/ConnectDialog.h>

#include <models/BackendFactory.h>
#include <models/HostBackend.h>

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

BackendFactory simFactory()
{
    BackendFactory f;
    f.registerScheme(QStringLiteral("sim"), sim::SimulatedBackend::schemeDescription(), &sim::SimulatedBackend::create);
    return f;
}

} // namespace

TEST(ConnectDialogTest, DemoIsTheDefaultAndCreatesTheBackend)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    EXPECT_EQ(dialog.uri(), QStringLiteral("sim:demo"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    std::unique_ptr<HostBackend> b = dialog.takeBackend();
    ASSERT_TRUE(b);
    EXPECT_EQ(b->uri(), QStringLiteral("sim:demo"));
}

TEST(ConnectDialogTest, ABadUriStaysInTheDialogWithTheReason)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    dialog.setUri(QStringLiteral("wsman+https://crusader:5986"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.takeBackend());
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://crusader:5986")); // nothing lost
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Server: hvdesk cannot connect to 'wsman+https' URIs.")))
        << dialog.errorText().toStdString();
    // Typing clears the message.
    dialog.findChild<QComboBox *>(QStringLiteral("uriCombo"))->setEditText(QStringLiteral("sim:demo2"));
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST(ConnectDialogTest, AnEmptyUriIsNamedAsTheProblem)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    dialog.findChild<QRadioButton *>(QStringLiteral("otherRadio"))->setChecked(true);
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Server: enter a URI.")));
}

TEST(ConnectDialogTest, ListsTheSchemesItCanOpen)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("connectHelp"))->text().contains(QStringLiteral("sim:demo")));
}
