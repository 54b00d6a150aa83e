// The VM Settings dialog on the demo estate, offscreen, driven the way a user drives it: open it
// from the Settings action, change fields, see Apply enable, apply, read the values back from
// the backend. The simulator runs on a manual clock, so jobs finish when the test says so.
#include "SettingsDialogFixture.h"
#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/ActionsPane.h>
#include <views/MainWindow.h>
#include <views/NumberEdit.h>
#include <views/ScriptView.h>
#include <views/VmDetailsPane.h>
#include <views/settings/AddHardwarePage.h>
#include <views/settings/AdvancedFeaturesPage.h>
#include <views/settings/HardwareAccelerationPage.h>
#include <views/settings/IntegrationServicesPage.h>
#include <views/settings/NetworkAdapterPage.h>
#include <views/settings/SettingsDialog.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class SettingsDialogTest : public test::SettingsDialogFixture
{
};

const QString AdapterPage = QStringLiteral("networkAdapterPage");
const QString AccelPage = QStringLiteral("hardwareAccelerationPage");
const QString AdvancedPage = QStringLiteral("advancedFeaturesPage");
const QString ServicesPage = QStringLiteral("integrationServicesPage");

} // namespace

TEST_F(SettingsDialogTest, TheSettingsActionIsEverywhereAVmActionIs)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("sql01"))));
    QAction *settings = window->settingsAction();
    EXPECT_EQ(settings->objectName(), QStringLiteral("actionSettings"));
    EXPECT_EQ(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    EXPECT_TRUE(settings->isEnabled());
    EXPECT_NE(window->actionsPane()->findChild<QToolButton *>(QStringLiteral("pane_actionSettings")), nullptr);
    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuAction"));
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->actions().contains(settings));

    // Two VMs selected: no settings, with the reason.
    window->vmView()->selectAll();
    EXPECT_FALSE(settings->isEnabled());
    EXPECT_EQ(settings->toolTip(), QStringLiteral("Select one virtual machine to open its settings."));
}

TEST_F(SettingsDialogTest, DoubleClickOpensTheDialogWithTheHardwareTree)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("lab-web"))));
    QTableView *view = window->vmView();
    const QModelIndex current = view->currentIndex();
    const QPoint pos = view->visualRect(current).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
    auto *dialog = window->findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr) << "current row " << current.row() << " rect " << view->visualRect(current).width();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Settings for lab-web on paladin"));
    // Add Hardware, two adapters with two sub-pages each, Integration Services.
    QStringList names;
    for (SettingsPage *p : dialog->pages())
        names << p->objectName();
    EXPECT_EQ(names, QStringList({QStringLiteral("addHardwarePage"), AdapterPage, AccelPage, AdvancedPage, AdapterPage,
                                  AccelPage, AdvancedPage, ServicesPage}));
    QTreeWidget *tree = dialog->hardwareTree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *hardware = tree->topLevelItem(0);
    ASSERT_EQ(hardware->childCount(), 3);
    EXPECT_EQ(hardware->child(1)->text(0), QStringLiteral("Network Adapter\nPublic"));
    EXPECT_EQ(hardware->child(2)->text(0), QStringLiteral("Lab Network Adapter\nLab"));
    EXPECT_EQ(hardware->child(1)->child(0)->text(0), QStringLiteral("Hardware Acceleration"));
    EXPECT_EQ(hardware->child(1)->child(1)->text(0), QStringLiteral("Advanced Features"));
    // Opened on the first adapter; nothing changed yet.
    EXPECT_EQ(dialog->currentPage(), dialog->page(AdapterPage, 0));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_TRUE(dialog->pendingChange().isEmpty());
    // Keyboard: focus starts in the tree; Down moves to the next page.
    EXPECT_EQ(dialog->focusWidget(), tree);
    QTest::keyClick(tree, Qt::Key_Down);
    EXPECT_EQ(dialog->currentPage(), dialog->page(AccelPage, 0));
    // Opening again raises the same dialog.
    window->settingsAction()->trigger();
    EXPECT_EQ(window->findChildren<SettingsDialog *>().size(), 1);
}

TEST_F(SettingsDialogTest, AChangeEnablesApplyAndApplyWritesItToTheHost)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01"));
    ASSERT_NE(dialog, nullptr);
    auto *vlan = child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"));
    EXPECT_EQ(vlan->text(), QStringLiteral("20"));
    typeInto(vlan, QStringLiteral("25"));
    EXPECT_TRUE(dialog->applyButton()->isEnabled());
    const VmSettingsChange change = dialog->pendingChange();
    ASSERT_EQ(change.modifiedAdapters.size(), 1);
    EXPECT_EQ(change.modifiedAdapters[0].after.vlanId, 25);
    EXPECT_TRUE(change.changedServices.isEmpty());

    // Typing the old value back: nothing to apply.
    typeInto(vlan, QStringLiteral("20"));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    typeInto(vlan, QStringLiteral("25"));

    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isApplying());
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_EQ(vm(QStringLiteral("sql01")).adapters[0].settings.vlanId, 20) << "committed at the end, not before";
    // The main window's PowerShell tab keeps what was sent as the last action.
    EXPECT_TRUE(window->detailsPane()->findChild<ScriptView *>()->text().startsWith(
        QStringLiteral("# Last action\nSet-VMNetworkAdapterVlan -VMName 'sql01' -ComputerName 'crusader' -Name 'Network Adapter' "
                       "-Access -VlanId 25\n")))
        << window->detailsPane()->findChild<ScriptView *>()->text().toStdString();
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Completed);
    EXPECT_EQ(vm(QStringLiteral("sql01")).adapters[0].settings.vlanId, 25);
    EXPECT_EQ(dialog->message(), QStringLiteral("The changes were applied."));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_EQ(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"))->text(), QStringLiteral("25"));
}

TEST_F(SettingsDialogTest, OkAppliesAndClosesCancelDiscards)
{
    SettingsDialog *dialog = open(QStringLiteral("file01"));
    ASSERT_NE(dialog, nullptr);
    QPointer<SettingsDialog> guard(dialog);
    child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("dhcpGuard"))->click();
    child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_guestServices"))->click();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    ASSERT_TRUE(guard);
    sim->advance(2000);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(guard) << "closed after the job completed";
    EXPECT_TRUE(vm(QStringLiteral("file01")).adapters[0].settings.dhcpGuard);
    EXPECT_TRUE(vm(QStringLiteral("file01")).integrationServices.isEnabled(IntegrationServiceKind::GuestServices));

    dialog = open(QStringLiteral("file01"));
    guard = dialog;
    child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("routerGuard"))->click();
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(guard);
    sim->advance(2000);
    EXPECT_FALSE(vm(QStringLiteral("file01")).adapters[0].settings.routerGuard);
}

TEST_F(SettingsDialogTest, AValidationErrorJumpsToItsPageAndField)
{
    // lab-web reserves 2,000 Mbps on paladin's 10 GbE 'Public' switch (absolute mode).
    SettingsDialog *dialog = open(QStringLiteral("lab-web"));
    ASSERT_NE(dialog, nullptr);
    auto *minimum = child<NumberEdit>(dialog, AdapterPage, QStringLiteral("minimumBandwidth"));
    auto *maximum = child<NumberEdit>(dialog, AdapterPage, QStringLiteral("maximumBandwidth"));
    EXPECT_TRUE(minimum->isEnabled());
    EXPECT_EQ(minimum->value(), 2000);
    EXPECT_EQ(maximum->value(), 4000);
    auto *capacity = child<QLabel>(dialog, AdapterPage, QStringLiteral("bandwidthCapacity"));
    EXPECT_EQ(capacity->text(), QStringLiteral("Reserved on 'Public' by other adapters: 0 Mbps of 10,000 Mbps; "
                                               "10,000 Mbps left for this adapter."));

    // Minimum above maximum.
    minimum->setValue(5000);
    dialog->showPage(dialog->page(ServicesPage));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isApplying());
    EXPECT_EQ(dialog->currentPage(), dialog->page(AdapterPage, 0));
    EXPECT_EQ(QApplication::focusWidget(), minimum);
    EXPECT_EQ(dialog->message(), QStringLiteral("Network Adapter: Minimum bandwidth: 5000 Mbps is above the maximum of "
                                                "4000 Mbps. Lower the minimum or raise the maximum."));

    // More than the link: oversubscription.
    maximum->setValue(0);
    minimum->setValue(12000);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("exceeds the 10000 Mbps link of 'Public'")))
        << dialog->message().toStdString();

    // VLAN out of range names the field.
    minimum->setValue(2000);
    child<QCheckBox>(dialog, AdapterPage, QStringLiteral("vlanEnabled"), 1)->setChecked(true);
    typeInto(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"), 1), QStringLiteral("5000"));
    dialog->showPage(dialog->page(ServicesPage));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->currentPage(), dialog->page(AdapterPage, 1));
    EXPECT_EQ(dialog->message(), QStringLiteral("Lab Network Adapter: VLAN ID: 5000 is out of range (the range is 1 to "
                                                "4094). Enter a whole number from 1 to 4094."));
    EXPECT_EQ(vm(QStringLiteral("lab-web")).adapters[1].settings.vlanEnabled, false) << "nothing was sent";
}

TEST_F(SettingsDialogTest, AnInvalidStaticMacJumpsToAdvancedFeatures)
{
    SettingsDialog *dialog = open(QStringLiteral("build01")); // off: the MAC address may change
    ASSERT_NE(dialog, nullptr);
    auto *staticMac = child<QRadioButton>(dialog, AdvancedPage, QStringLiteral("macStatic"));
    ASSERT_TRUE(staticMac->isEnabled());
    staticMac->click();
    auto *mac = child<QLineEdit>(dialog, AdvancedPage, QStringLiteral("macAddress"));
    typeInto(mac, QStringLiteral("01-00-5E-00-00-01"));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->currentPage(), dialog->page(AdvancedPage));
    EXPECT_EQ(QApplication::focusWidget(), mac);
    EXPECT_EQ(dialog->message(), QStringLiteral("Network Adapter > Advanced Features: MAC address: '01-00-5E-00-00-01' is a "
                                                "multicast address (the first octet is odd). Enter 12 hexadecimal digits "
                                                "of a unicast address, e.g. 00-15-5D-01-02-03."));
    typeInto(mac, QStringLiteral("00:15:5d:aa:bb:cc"));
    ASSERT_TRUE(dialog->apply());
    sim->advance(2000);
    EXPECT_EQ(vm(QStringLiteral("build01")).adapters[0].settings.macAddress, QStringLiteral("00155DAABBCC"));
    EXPECT_TRUE(vm(QStringLiteral("build01")).adapters[0].settings.staticMacAddress);
}

TEST_F(SettingsDialogTest, AFailedApplyKeepsEveryEditAndChangesNothing)
{
    SettingsDialog *dialog = open(QStringLiteral("web01"));
    ASSERT_NE(dialog, nullptr);
    const VmInfo before = vm(QStringLiteral("web01"));
    child<QCheckBox>(dialog, AccelPage, QStringLiteral("vmqEnabled"))->click();
    child<NumberEdit>(dialog, AdapterPage, QStringLiteral("maximumBandwidth"))->setValue(2000);
    child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_guestServices"))->click();
    const VmSettingsChange pending = dialog->pendingChange();
    sim->simulation().injectApplyFault(sim->indexOfVm(idOf(QStringLiteral("web01"))),
                                       Error{QStringLiteral("32775"), QStringLiteral("Failed to modify the port settings."),
                                             QString(), QStringLiteral("Check the switch extension.")});
    ASSERT_TRUE(dialog->apply());
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Failed);
    EXPECT_EQ(dialog->message(), QStringLiteral("The changes were not applied; nothing on the host changed. Failed to "
                                                "modify the port settings. Check the switch extension.\n"
                                                "Not applied: Network Adapter (maximum bandwidth, virtual machine queue); "
                                                "Integration Services (Guest services)."));
    // The host has none of the three changes; the dialog has all of them.
    EXPECT_EQ(vm(QStringLiteral("web01")).adapters[0].settings, before.adapters[0].settings);
    EXPECT_EQ(vm(QStringLiteral("web01")).integrationServices.isEnabled(IntegrationServiceKind::GuestServices), false);
    EXPECT_EQ(dialog->pendingChange(), pending);
    EXPECT_FALSE(child<QCheckBox>(dialog, AccelPage, QStringLiteral("vmqEnabled"))->isChecked());
    EXPECT_TRUE(dialog->applyButton()->isEnabled());

    ASSERT_TRUE(dialog->apply());
    sim->advance(2000);
    ASSERT_EQ(dialog->applyJob()->state(), Job::State::Completed);
    EXPECT_EQ(vm(QStringLiteral("web01")).adapters[0].settings.vmqWeight, 0);
    EXPECT_EQ(vm(QStringLiteral("web01")).adapters[0].settings.maximumBandwidth, 2'000'000'000ULL);
    EXPECT_TRUE(vm(QStringLiteral("web01")).integrationServices.isEnabled(IntegrationServiceKind::GuestServices));
}

TEST_F(SettingsDialogTest, HardwareAccelerationShowsRequestedBesideGranted)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01"));
    ASSERT_NE(dialog, nullptr);
    dialog->showPage(dialog->page(AccelPage));
    auto *iov = child<QCheckBox>(dialog, AccelPage, QStringLiteral("iovEnabled"));
    EXPECT_TRUE(iov->isEnabled());
    EXPECT_TRUE(iov->isChecked());
    const QString iovActual = child<QLabel>(dialog, AccelPage, QStringLiteral("iovActual"))->text();
    EXPECT_TRUE(iovActual.contains(QStringLiteral("assigned, 1 queue pair; the data path is active."))) << iovActual.toStdString();
    const QString ipsec = child<QLabel>(dialog, AccelPage, QStringLiteral("ipsecActual"))->text();
    EXPECT_TRUE(ipsec.contains(QStringLiteral("48 of 512 SAs offloaded."))) << ipsec.toStdString();
    const QString capacity = child<QLabel>(dialog, AccelPage, QStringLiteral("switchCapacity"))->text();
    // crusader's X520: 16 queues, 1,024 SAs, 32 VFs; exch01 holds 512 SAs and a VF, sql01 48 SAs and a VF.
    EXPECT_TRUE(capacity.contains(QStringLiteral("IPsec SAs 464 of 1024"))) << capacity.toStdString();
    EXPECT_TRUE(capacity.contains(QStringLiteral("virtual functions 30 of 32"))) << capacity.toStdString();
    // Unchecking IPsec sends 0 SAs; the preview says so with the right parameter.
    child<QCheckBox>(dialog, AccelPage, QStringLiteral("ipsecEnabled"))->click();
    ASSERT_EQ(dialog->pendingChange().modifiedAdapters.size(), 1);
    EXPECT_EQ(dialog->pendingChange().modifiedAdapters[0].after.ipsecOffloadMaximumSecurityAssociation, 0u);
    EXPECT_FALSE(child<NumberEdit>(dialog, AccelPage, QStringLiteral("ipsecMaximumSAs"))->isEnabled());
}

TEST_F(SettingsDialogTest, SrIovAndMinimumBandwidthExplainWhyTheyAreUnavailable)
{
    // saracen's PUBLIC switch was created without SR-IOV.
    SettingsDialog *dialog = open(QStringLiteral("dc02"));
    ASSERT_NE(dialog, nullptr);
    auto *iov = child<QCheckBox>(dialog, AccelPage, QStringLiteral("iovEnabled"));
    EXPECT_FALSE(iov->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, AccelPage, QStringLiteral("iovReason"))->text(),
              QStringLiteral("SR-IOV is not available: The switch was created without SR-IOV; it cannot be converted "
                             "later (New-VMSwitch -EnableIov)."));
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // crusader's Public switch has SR-IOV: minimum bandwidth does not apply there.
    dialog = open(QStringLiteral("web01"));
    ASSERT_NE(dialog, nullptr);
    auto *minimum = child<NumberEdit>(dialog, AdapterPage, QStringLiteral("minimumBandwidth"));
    EXPECT_FALSE(minimum->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, AdapterPage, QStringLiteral("minimumBandwidthReason"))
                    ->text()
                    .startsWith(QStringLiteral("Minimum bandwidth does not apply on 'Public': it was created with SR-IOV")));
    // Moving the adapter to the Weight-mode Internal switch makes it a weight.
    auto *combo = child<QComboBox>(dialog, AdapterPage, QStringLiteral("switchCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("Internal")));
    EXPECT_TRUE(minimum->isEnabled());
    EXPECT_EQ(minimum->maximum(), 100);
    minimum->setValue(30);
    const VmSettingsChange change = dialog->pendingChange();
    ASSERT_EQ(change.modifiedAdapters.size(), 1);
    EXPECT_EQ(change.modifiedAdapters[0].after.switchName, QStringLiteral("Internal"));
    EXPECT_EQ(change.modifiedAdapters[0].after.minimumBandwidthWeight, 30);
    EXPECT_EQ(change.modifiedAdapters[0].after.minimumBandwidthAbsolute, 0u);
}

TEST_F(SettingsDialogTest, GatingFollowsTheVmStateWhileTheDialogIsOpen)
{
    SettingsDialog *dialog = open(QStringLiteral("build01"));
    ASSERT_NE(dialog, nullptr);
    auto *add = dialog->page(QStringLiteral("addHardwarePage"))->findChild<QPushButton *>(QStringLiteral("addAdapterButton"));
    auto *remove = child<QPushButton>(dialog, AdapterPage, QStringLiteral("removeAdapterButton"));
    auto *staticMac = child<QRadioButton>(dialog, AdvancedPage, QStringLiteral("macStatic"));
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(add->isEnabled());
    EXPECT_TRUE(remove->isEnabled());
    EXPECT_TRUE(staticMac->isEnabled());

    sim->changeVmState(idOf(QStringLiteral("build01")), VmAction::Start);
    sim->advance(5000);
    ASSERT_EQ(vm(QStringLiteral("build01")).state, VmState::Running);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_EQ(add->toolTip(), QStringLiteral("Network adapters can only be added while the virtual machine is off (it is running)."));
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_FALSE(staticMac->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, AdvancedPage, QStringLiteral("macReason"))->text(),
              QStringLiteral("The MAC address can only be changed while the virtual machine is off (it is running)."));
    // Now running, the VMQ line reports what the host granted.
    EXPECT_TRUE(child<QLabel>(dialog, AccelPage, QStringLiteral("vmqActual"))->text().contains(QStringLiteral("a hardware queue is assigned.")));

    sim->changeVmState(idOf(QStringLiteral("build01")), VmAction::TurnOff);
    sim->advance(5000);
    EXPECT_TRUE(add->isEnabled());
    EXPECT_TRUE(staticMac->isEnabled());
}

TEST_F(SettingsDialogTest, AddAndRemoveAdaptersWhileOff)
{
    SettingsDialog *dialog = open(QStringLiteral("lab-sql"));
    ASSERT_NE(dialog, nullptr);
    auto *add = dialog->page(QStringLiteral("addHardwarePage"))->findChild<QPushButton *>(QStringLiteral("addAdapterButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_EQ(dialog->pendingSettings().adapters.size(), 2);
    EXPECT_EQ(dialog->currentPage(), dialog->page(AdapterPage, 1));
    auto *combo = child<QComboBox>(dialog, AdapterPage, QStringLiteral("switchCombo"), 1);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Not connected"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("Public")));
    child<QCheckBox>(dialog, AccelPage, QStringLiteral("vmqEnabled"), 1)->click();
    const VmSettingsChange change = dialog->pendingChange();
    ASSERT_EQ(change.addedAdapters.size(), 1);
    EXPECT_TRUE(change.addedAdapters[0].id.isEmpty()) << "the host names new adapters";
    EXPECT_EQ(change.addedAdapters[0].vmqWeight, 0);

    dialog->setScriptVisible(true);
    EXPECT_EQ(dialog->scriptView()->text(),
              QStringLiteral("$adapter = Add-VMNetworkAdapter -VMName 'lab-sql' -ComputerName 'paladin' -Name 'Network "
                             "Adapter' -SwitchName 'Public' -Passthru\n$adapter | Set-VMNetworkAdapter -VmqWeight 0"));
    ASSERT_TRUE(dialog->apply());
    sim->advance(2000);
    ASSERT_EQ(vm(QStringLiteral("lab-sql")).adapters.size(), 2);
    EXPECT_EQ(vm(QStringLiteral("lab-sql")).adapters[1].settings.switchName, QStringLiteral("Public"));
    EXPECT_EQ(dialog->pendingSettings().adapters[1].id, vm(QStringLiteral("lab-sql")).adapters[1].settings.id);

    // Remove the first one.
    QTest::mouseClick(child<QPushButton>(dialog, AdapterPage, QStringLiteral("removeAdapterButton"), 0), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(dialog->pendingChange().removedAdapterIds, QStringList({vm(QStringLiteral("lab-sql")).adapters[0].settings.id}));
    // Both adapters are named 'Network Adapter': the command picks the one by its Id.
    EXPECT_EQ(dialog->scriptView()->text(),
              QStringLiteral("Get-VMNetworkAdapter -VMName 'lab-sql' -ComputerName 'paladin' | Where-Object Id -eq '%1' | "
                             "Remove-VMNetworkAdapter")
                  .arg(vm(QStringLiteral("lab-sql")).adapters[0].settings.id));
    ASSERT_TRUE(dialog->apply());
    sim->advance(2000);
    ASSERT_EQ(vm(QStringLiteral("lab-sql")).adapters.size(), 1);
    EXPECT_EQ(vm(QStringLiteral("lab-sql")).adapters[0].settings.switchName, QStringLiteral("Public"));
}

TEST_F(SettingsDialogTest, ThePowerShellPreviewShowsThePendingChange)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->scriptView()->isVisible());
    QTest::mouseClick(dialog->scriptToggle(), Qt::LeftButton);
    EXPECT_TRUE(dialog->scriptView()->isVisible());
    EXPECT_EQ(dialog->scriptView()->definitionName(), QStringLiteral("PowerShell"));
    EXPECT_EQ(dialog->scriptView()->text(), QStringLiteral("# No pending changes."));

    typeInto(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId")), QStringLiteral("30"));
    child<QCheckBox>(dialog, AccelPage, QStringLiteral("iovEnabled"))->click();
    child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_timeSync"))->click();
    EXPECT_EQ(dialog->scriptView()->text(),
              QStringLiteral("Set-VMNetworkAdapterVlan -VMName 'sql01' -ComputerName 'crusader' -Name 'Network Adapter' "
                             "-Access -VlanId 30\n"
                             "Set-VMNetworkAdapter -VMName 'sql01' -ComputerName 'crusader' -Name 'Network Adapter' "
                             "-IovWeight 0\n"
                             "Disable-VMIntegrationService -VMName 'sql01' -ComputerName 'crusader' -Name 'Time Synchronization'"));
    QTest::mouseClick(dialog->scriptView()->findChild<QPushButton *>(QStringLiteral("copyScriptButton")), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), dialog->scriptView()->text());
}

TEST_F(SettingsDialogTest, IntegrationServicesShowStatusAndVersions)
{
    SettingsDialog *dialog = open(QStringLiteral("w2k3-erp")); // guest 6.1 on a 6.2 host, time sync off
    ASSERT_NE(dialog, nullptr);
    auto *page = dialog->page(ServicesPage);
    EXPECT_FALSE(child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_timeSync"))->isChecked());
    EXPECT_TRUE(child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_heartbeat"))->isChecked());
    EXPECT_FALSE(child<QCheckBox>(dialog, ServicesPage, QStringLiteral("service_guestServices"))->isChecked());
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("serviceStatus_heartbeat"))->text(),
              QStringLiteral("Protocol mismatch (the guest's component is older than the host's)"));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("serviceStatus_timeSync"))->text(), QStringLiteral("Not applicable"));
    const QString versions = page->findChild<QLabel *>(QStringLiteral("integrationVersions"))->text();
    EXPECT_TRUE(versions.contains(QStringLiteral("6.1.7601.17514"))) << versions.toStdString();
    EXPECT_TRUE(versions.contains(QStringLiteral("6.2.9200.16433")));
    EXPECT_TRUE(versions.contains(QStringLiteral("an upgrade is needed")));
    EXPECT_EQ(dialog->hardwareTree()->topLevelItem(1)->child(0)->text(0), QStringLiteral("Integration Services\nSome services offered"));
}

TEST_F(SettingsDialogTest, EveryControlHasAnObjectNameAndAnAccessibleName)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01"));
    ASSERT_NE(dialog, nullptr);
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTreeWidget *>(w);
        if (!control || w->objectName().startsWith(QLatin1String("qt_")) || w->parent()->inherits("QAbstractSpinBox")
            || w->parent()->inherits("QComboBox"))
            continue;
        ++checked;
        EXPECT_FALSE(w->objectName().isEmpty()) << w->metaObject()->className();
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
    }
    EXPECT_GE(checked, 30);
}

TEST_F(SettingsDialogTest, AnEmptyVlanIdIsRefusedNamingTheField)
{
    SettingsDialog *dialog = open(QStringLiteral("lab-dc"));
    ASSERT_NE(dialog, nullptr);
    child<QCheckBox>(dialog, AdapterPage, QStringLiteral("vlanEnabled"))->click();
    EXPECT_TRUE(child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId"))->isEnabled());
    EXPECT_FALSE(dialog->apply());
    EXPECT_EQ(dialog->message(), QStringLiteral("Network Adapter: VLAN ID: enter the VLAN this adapter uses. Enter a VLAN ID "
                                                "from 1 to 4094, or turn off virtual LAN identification."));
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(dialog, AdapterPage, QStringLiteral("vlanId")));
}

TEST_F(SettingsDialogTest, ALostConnectionKeepsTheEditsAndBlocksApply)
{
    SettingsDialog *dialog = open(QStringLiteral("sp01"));
    ASSERT_NE(dialog, nullptr);
    child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("routerGuard"))->click();
    EXPECT_TRUE(dialog->applyButton()->isEnabled());
    sim->setReachable(false);
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_EQ(dialog->message(), QStringLiteral("The connection to the host is not available: changes cannot be applied "
                                                "until it is back. Your edits are kept."));
    EXPECT_EQ(dialog->pendingChange().modifiedAdapters.size(), 1);
    sim->setReachable(true);
    EXPECT_TRUE(dialog->applyButton()->isEnabled());
    EXPECT_EQ(dialog->message(), QString());
}

namespace {

// A connection that offers adapter settings and integration services but none of the extras.
class LimitedBackend : public SimulatedBackend
{
public:
    using SimulatedBackend::SimulatedBackend;
    Capabilities capabilities() const override
    {
        return Capability::VmStateChange | Capability::NetworkAdapterSettings | Capability::IntegrationServices;
    }
};

} // namespace

TEST(SettingsDialogCapabilityTest, ControlsAConnectionDoesNotOfferAreDisabledWithTheReason)
{
    LimitedBackend backend(QStringLiteral("sim:limited"), TopologyLoader::demo());
    backend.setClockMode(SimulatedBackend::ClockMode::Manual);
    backend.open();
    QString id;
    for (int i = 0; i < backend.vmCount(); ++i) {
        if (backend.vmAt(i).name == QLatin1String("lab-sql")) // off: only capabilities gate
            id = backend.vmAt(i).id;
    }
    SettingsDialog dialog(&backend, id);
    dialog.show();
    auto find = [&](const QString &page, const QString &name) {
        QWidget *w = dialog.page(page)->findChild<QWidget *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    };
    QWidget *iov = find(AccelPage, QStringLiteral("iovEnabled"));
    EXPECT_FALSE(iov->isEnabled());
    EXPECT_EQ(iov->toolTip(), QStringLiteral("Not offered by this connection: SR-IOV."));
    EXPECT_FALSE(find(AccelPage, QStringLiteral("vmqEnabled"))->isEnabled());
    EXPECT_FALSE(find(AccelPage, QStringLiteral("ipsecEnabled"))->isEnabled());
    EXPECT_FALSE(find(AdapterPage, QStringLiteral("vlanEnabled"))->isEnabled());
    EXPECT_EQ(find(AdapterPage, QStringLiteral("vlanEnabled"))->toolTip(), QStringLiteral("Not offered by this connection: VLAN identification."));
    EXPECT_FALSE(find(AdvancedPage, QStringLiteral("dhcpGuard"))->isEnabled());
    EXPECT_FALSE(find(AdvancedPage, QStringLiteral("macStatic"))->isEnabled());
    EXPECT_FALSE(find(AdapterPage, QStringLiteral("removeAdapterButton"))->isEnabled());
    auto *add = dialog.page(QStringLiteral("addHardwarePage"))->findChild<QPushButton *>(QStringLiteral("addAdapterButton"));
    EXPECT_FALSE(add->isEnabled());
    EXPECT_EQ(add->toolTip(), QStringLiteral("Not offered by this connection: Adding and removing network adapters."));
    // What is offered stays usable.
    EXPECT_TRUE(find(AdapterPage, QStringLiteral("switchCombo"))->isEnabled());
    EXPECT_TRUE(find(ServicesPage, QStringLiteral("service_heartbeat"))->isEnabled());
}

TEST_F(SettingsDialogTest, ClosingTheConnectionLeavesADialogThatSaysSo)
{
    SettingsDialog *dialog = open(QStringLiteral("sp01"));
    ASSERT_NE(dialog, nullptr);
    QPointer<SettingsDialog> guard(dialog);
    child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("dhcpGuard"))->click();
    connections.remove(sim);
    sim = nullptr;
    ASSERT_TRUE(guard);
    EXPECT_EQ(dialog->message(), QStringLiteral("The connection to the host was closed: these settings can no longer be applied."));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->cancelButton()->isEnabled());
    EXPECT_FALSE(dialog->apply());
}
