// Apply is honest: the VM Settings dialog says exactly what was applied, keeps every edit after a
// failure (added adapters included), gates on the VM's state as it is now, offers to revert a
// field the running VM locked; and the details pane shows a failed action as failed. On the demo
// estate, on a manual clock, driven the way a user drives it.
#include "SettingsDialogFixture.h"
#include "QtPrinters.h"

#include <views/Dialogs.h>
#include <views/IntegrationUpgrades.h>
#include <views/MainWindow.h>
#include <views/ScriptView.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>
#include <views/VmActions.h>
#include <views/VmDetailsPane.h>

#include <models/JobQueue.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

const QString AdapterPage = QStringLiteral("networkAdapterPage");
const QString AdvancedPage = QStringLiteral("advancedFeaturesPage");
const QString ServicesPage = QStringLiteral("integrationServicesPage");

class ApplyHonestyTest : public test::SettingsDialogFixture
{
protected:
    // The adapters' nodes under Hardware (Add Hardware is the first child).
    static QStringList adapterNodes(SettingsDialog *dialog)
    {
        QStringList out;
        QTreeWidgetItem *hardware = dialog->hardwareTree()->topLevelItem(0);
        for (int i = 1; hardware && i < hardware->childCount(); ++i)
            out << hardware->child(i)->text(0);
        return out;
    }

    void setState(const QString &name, VmAction action)
    {
        sim->changeVmState(idOf(name), action);
        sim->advance(6000);
    }

    // build01 (off, one adapter on Public, VLAN 40): an adapter added on Public, VLAN 41 on the
    // first adapter, Guest services on.
    void editBuild01(SettingsDialog *dialog)
    {
        QTest::mouseClick(dialog->page(QStringLiteral("addHardwarePage"))
                              ->findChild<QPushButton *>(QStringLiteral("addAdapterButton")),
            Qt::LeftButton);
        ASSERT_EQ(dialog->pendingSettings().adapters.size(), 2);
        auto *combo = child<QComboBox>(dialog, AdapterPage, QStringLiteral("switchCombo"), 1);
        combo->setCurrentIndex(combo->findData(QStringLiteral("Public")));
        typeInto(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"), 0), QStringLiteral("41"));
        child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_guestServices"))->click();
    }

    void expectBuild01EditsPending(SettingsDialog *dialog)
    {
        const VmSettingsChange change = dialog->pendingChange();
        ASSERT_EQ(change.addedAdapters.size(), 1);
        EXPECT_EQ(change.addedAdapters[0].switchName, QStringLiteral("Public"));
        ASSERT_EQ(change.modifiedAdapters.size(), 1);
        EXPECT_EQ(change.modifiedAdapters[0].after.vlanId, 41);
        ASSERT_EQ(change.changedServices.size(), 1);
        EXPECT_EQ(change.changedServices[0].kind, IntegrationServiceKind::GuestServices);
        EXPECT_EQ(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"), 0)->text(), QStringLiteral("41"));
        EXPECT_TRUE(child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_guestServices"))->isChecked());
    }
};

} // namespace

TEST_F(ApplyHonestyTest, AnAdapterAddedBeforeTheVmStartedStaysAndIsAppliedOnceItIsOffAgain)
{
    SettingsDialog *dialog = open(QStringLiteral("build01"));
    ASSERT_NE(dialog, nullptr);
    editBuild01(dialog);
    const QStringList nodes = adapterNodes(dialog);
    ASSERT_EQ(nodes.size(), 2);

    // Started with the dialog open: while it is starting, Apply says so, as it is now.
    sim->changeVmState(idOf(QStringLiteral("build01")), VmAction::Start);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Starting);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("starting"))) << dialog->message().toStdString();
    EXPECT_FALSE(dialog->message().contains(QStringLiteral("Part of"))) << dialog->message().toStdString();

    // Running now: the message follows at once, and Apply names the running state, not the
    // stale "starting".
    sim->advance(6000);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Running);
    EXPECT_FALSE(dialog->message().contains(QStringLiteral("starting"))) << dialog->message().toStdString();
    EXPECT_FALSE(
        child<QPushButton>(dialog, QStringLiteral("addHardwarePage"), QStringLiteral("addAdapterButton"))->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    const QString message = dialog->message();
    EXPECT_FALSE(message.contains(QStringLiteral("Part of"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("starting"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("running"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("network adapters can only be added"))) << message.toStdString();
    // Nothing changed on the host; every edit is still in the dialog, the new adapter in the tree.
    EXPECT_EQ(vm(QStringLiteral("build01")).adapters.size(), 1);
    EXPECT_EQ(vm(QStringLiteral("build01")).adapters[0].settings.vlanId, 40);
    EXPECT_EQ(adapterNodes(dialog), nodes);
    expectBuild01EditsPending(dialog);

    // Off again: Apply sends all of it.
    setState(QStringLiteral("build01"), VmAction::TurnOff);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Off);
    ASSERT_TRUE(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->applyJob());
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Completed) << dialog->applyJob()->error().text().toStdString();
    EXPECT_EQ(dialog->message(), QStringLiteral("The changes were applied."));
    const VmInfo &after = vm(QStringLiteral("build01"));
    ASSERT_EQ(after.adapters.size(), 2);
    EXPECT_EQ(after.adapters[0].settings.vlanId, 41);
    EXPECT_EQ(after.adapters[1].settings.switchName, QStringLiteral("Public"));
    EXPECT_TRUE(after.integrationServices.isEnabled(IntegrationServiceKind::GuestServices));
}

TEST_F(ApplyHonestyTest, AnInvalidMacTheRunningVmLockedCanBeRevertedKeepingTheOtherEdits)
{
    SettingsDialog *dialog = open(QStringLiteral("build01"));
    ASSERT_NE(dialog, nullptr);
    const NetworkAdapterSettings original = vm(QStringLiteral("build01")).adapters[0].settings;
    ASSERT_FALSE(original.staticMacAddress);
    child<QRadioButton>(dialog, AdvancedPage, QStringLiteral("macStatic"))->click();
    typeInto(child<QLineEdit>(dialog, AdvancedPage, QStringLiteral("macAddress")), QStringLiteral("01-00-5E-00-00-01"));
    typeInto(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId")), QStringLiteral("41"));
    child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_guestServices"))->click();

    setState(QStringLiteral("build01"), VmAction::Start);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Running);
    EXPECT_FALSE(child<QRadioButton>(dialog, AdvancedPage, QStringLiteral("macStatic"))->isEnabled());

    // Apply stops at the MAC address, which cannot be edited now: the error offers Revert.
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("MAC address"))) << dialog->message().toStdString();
    auto *revert = dialog->findChild<QPushButton *>(QStringLiteral("revertChangeButton"));
    ASSERT_NE(revert, nullptr);
    EXPECT_TRUE(revert->isVisible());
    EXPECT_EQ(revert->text().remove(QLatin1Char('&')), QStringLiteral("Revert this change"));
    QTest::mouseClick(revert, Qt::LeftButton);

    // Only the MAC address is back; the VLAN and the service stay.
    EXPECT_FALSE(revert->isVisible());
    EXPECT_TRUE(child<QRadioButton>(dialog, AdvancedPage, QStringLiteral("macDynamic"))->isChecked());
    const VmSettingsChange change = dialog->pendingChange();
    ASSERT_EQ(change.modifiedAdapters.size(), 1);
    EXPECT_FALSE(change.modifiedAdapters[0].after.staticMacAddress);
    EXPECT_EQ(change.modifiedAdapters[0].after.macAddress, original.macAddress);
    EXPECT_EQ(change.modifiedAdapters[0].after.vlanId, 41);
    ASSERT_EQ(change.changedServices.size(), 1);
    EXPECT_EQ(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"))->text(), QStringLiteral("41"));

    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->applyJob());
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Completed) << dialog->applyJob()->error().text().toStdString();
    const VmInfo &after = vm(QStringLiteral("build01"));
    EXPECT_EQ(after.adapters[0].settings.vlanId, 41);
    EXPECT_FALSE(after.adapters[0].settings.staticMacAddress);
    EXPECT_TRUE(after.integrationServices.isEnabled(IntegrationServiceKind::GuestServices));
}

TEST_F(ApplyHonestyTest, AnAddedAdapterTheRunningVmRefusesCanBeRevertedKeepingTheOtherEdits)
{
    SettingsDialog *dialog = open(QStringLiteral("build01"));
    ASSERT_NE(dialog, nullptr);
    editBuild01(dialog);
    setState(QStringLiteral("build01"), VmAction::Start);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    auto *revert = dialog->findChild<QPushButton *>(QStringLiteral("revertChangeButton"));
    ASSERT_NE(revert, nullptr);
    ASSERT_TRUE(revert->isVisible()) << dialog->message().toStdString();
    QTest::mouseClick(revert, Qt::LeftButton);
    EXPECT_EQ(adapterNodes(dialog).size(), 1);
    const VmSettingsChange change = dialog->pendingChange();
    EXPECT_TRUE(change.addedAdapters.isEmpty());
    ASSERT_EQ(change.modifiedAdapters.size(), 1);
    EXPECT_EQ(change.modifiedAdapters[0].after.vlanId, 41);
    EXPECT_EQ(change.changedServices.size(), 1);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->applyJob());
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Completed) << dialog->applyJob()->error().text().toStdString();
    EXPECT_EQ(vm(QStringLiteral("build01")).adapters[0].settings.vlanId, 41);
}

TEST_F(ApplyHonestyTest, AFailedStartShowsAsFailedAsTheLastAction)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("build01"))));
    const QString reason = QStringLiteral("The virtual machine could not initialize.");
    sim->simulation().injectFault(sim->indexOfVm(idOf(QStringLiteral("build01"))), VmAction::Start,
        Error { QStringLiteral("32768"), reason, QString(), QString() });
    QAction *start = window->vmActions()->action(VmAction::Start);
    ASSERT_TRUE(start->isEnabled());
    start->trigger();
    auto *status = window->detailsPane()->findChild<QLabel *>(QStringLiteral("lastActionStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isHidden()) << "not failed yet";
    sim->advance(6000);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Off);

    const QString script = window->detailsPane()->findChild<ScriptView *>()->text();
    EXPECT_TRUE(script.startsWith(QStringLiteral("# Last action\nStart-VM"))) << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("\n# Failed: ") + reason)) << script.toStdString();
    EXPECT_FALSE(status->isHidden());
    EXPECT_TRUE(status->text().contains(QStringLiteral("Failed: ") + reason)) << status->text().toStdString();
    EXPECT_NE(
        status->palette().color(QPalette::WindowText), window->detailsPane()->palette().color(QPalette::WindowText));
    EXPECT_EQ(status->palette().color(QPalette::WindowText).red(), 0xb0);

    // The next action that works clears it.
    sim->simulation().clearFault(sim->indexOfVm(idOf(QStringLiteral("build01"))), VmAction::Start);
    start->trigger();
    sim->advance(6000);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Running);
    EXPECT_TRUE(status->isHidden());
    EXPECT_FALSE(window->detailsPane()->findChild<ScriptView *>()->text().contains(QStringLiteral("# Failed")));
}

TEST_F(ApplyHonestyTest, AFailedApplyShowsAsFailedAsTheLastAction)
{
    SettingsDialog *dialog = open(QStringLiteral("build01"));
    ASSERT_NE(dialog, nullptr);
    typeInto(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId")), QStringLiteral("41"));
    sim->simulation().injectApplyFault(sim->indexOfVm(idOf(QStringLiteral("build01"))),
        Error { QStringLiteral("32775"), QStringLiteral("Failed to modify the port settings."), QString(), QString() });
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Failed);
    const QString script = window->detailsPane()->findChild<ScriptView *>()->text();
    EXPECT_TRUE(script.contains(QStringLiteral("Set-VMNetworkAdapterVlan"))) << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("\n# Failed: Failed to modify the port settings.")))
        << script.toStdString();
    auto *status = window->detailsPane()->findChild<QLabel *>(QStringLiteral("lastActionStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->isHidden());
}

TEST_F(ApplyHonestyTest, AFailedQueuedSetupDiskShowsAsFailedAsTheLastAction)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web02"))));
    QAction *insert = window->integrationUpgrades()->insertSetupDiskAction();
    ASSERT_TRUE(insert->isEnabled()) << insert->toolTip().toStdString();
    Dialogs::setNextAnswer(true);
    insert->trigger();
    JobQueue *queue = window->integrationUpgrades()->queue();
    ASSERT_EQ(queue->jobs().size(), 1);
    // Turned off while setup runs in the guest: the job fails.
    sim->changeVmState(idOf(QStringLiteral("web02")), VmAction::TurnOff);
    for (int i = 0; i < 600 && !queue->jobs().first()->isFinished(); ++i)
        sim->advance(1000);
    ASSERT_EQ(queue->jobs().first()->state(), Job::State::Failed);

    const QString script = window->detailsPane()->findChild<ScriptView *>()->text();
    EXPECT_TRUE(script.startsWith(QStringLiteral("# Last action\nSet-VMDvdDrive"))) << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("\n# Failed: ") + queue->jobs().first()->error().text()))
        << script.toStdString();
    auto *status = window->detailsPane()->findChild<QLabel *>(QStringLiteral("lastActionStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->isHidden());
}
