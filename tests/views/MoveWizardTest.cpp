#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/ActionsPane.h>
#include <views/MainWindow.h>
#include <views/NumberEdit.h>
#include <views/ScriptView.h>
#include <views/move/CompatibilityPage.h>
#include <views/move/CompletionPage.h>
#include <views/move/DestinationPage.h>
#include <views/move/HostMigrationSettingsDialog.h>
#include <views/move/MoveActions.h>
#include <views/move/MoveWizard.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>
#include <models/VmListModel.h>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class MoveWizardTest : public test::DemoWindowFixture
{
protected:
    const VmInfo *vm(const QString &name) const
    {
        for (int i = 0; i < sim->vmCount(); ++i) {
            if (sim->vmAt(i).name == name)
                return &sim->vmAt(i);
        }
        return nullptr;
    }

    void selectVms(const QStringList &names)
    {
        QTableView *view = window->vmView();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (names.contains(view->model()->index(row, VmListModel::NameColumn).data().toString()))
                view->selectionModel()->select(view->model()->index(row, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    void selectHost(const QString &name)
    {
        QTreeView *tree = window->hostTree();
        const QModelIndex root = tree->model()->index(0, 0);
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, root);
            if (i.data(HostTreeModel::HostNameRole).toString() == name)
                tree->setCurrentIndex(i);
        }
    }

    MoveWizard *openWizard()
    {
        QAction *move = window->findChild<QAction *>(QStringLiteral("actionMove"));
        EXPECT_TRUE(move && move->isEnabled());
        move->trigger();
        MoveWizard *w = window->moveActions()->wizard();
        EXPECT_TRUE(w && w->isVisible());
        return w;
    }

    static QAbstractButton *next(MoveWizard *w) { return w->button(QWizard::NextButton); }

};

} // namespace

TEST_F(MoveWizardTest, MoveIsOfferedInTheMenusAndThePaneWithTheReasonWhenUnavailable)
{
    QAction *move = window->findChild<QAction *>(QStringLiteral("actionMove"));
    ASSERT_TRUE(move);
    EXPECT_FALSE(move->isEnabled());
    EXPECT_EQ(move->toolTip(), QStringLiteral("Select one or more virtual machines."));
    EXPECT_EQ(move->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QMenu *actionMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuAction"));
    ASSERT_TRUE(actionMenu);
    EXPECT_TRUE(actionMenu->actions().contains(move));
    EXPECT_TRUE(actionMenu->actions().contains(window->findChild<QAction *>(QStringLiteral("actionHyperVSettings"))));

    selectVms({QStringLiteral("web01")});
    EXPECT_TRUE(move->isEnabled());
    auto *paneButton = window->actionsPane()->findChild<QToolButton *>(QStringLiteral("pane_actionMove"));
    ASSERT_TRUE(paneButton);
    EXPECT_TRUE(paneButton->isEnabled());

    // A VM in the middle of a state change cannot move yet.
    sim->changeVmState(vm(QStringLiteral("build01"))->id, VmAction::Start);
    selectVms({QStringLiteral("build01")});
    EXPECT_FALSE(move->isEnabled());
    EXPECT_EQ(move->toolTip(), QStringLiteral("'build01' is starting: wait until it has finished."));
}

TEST_F(MoveWizardTest, ASharedNothingMoveWalkedThroughTheWizardEndsWithTheVmOnTheDestination)
{
    selectVms({QStringLiteral("web01")});
    MoveWizard *w = openWizard();
    ASSERT_TRUE(w);
    EXPECT_EQ(w->currentId(), MoveWizard::BeforeYouBeginPageId);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::MoveTypePageId);
    EXPECT_TRUE(w->findChild<QRadioButton *>(QStringLiteral("moveTypeVm"))->isChecked());
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::DestinationPageId);
    EXPECT_FALSE(next(w)->isEnabled()); // nothing chosen yet
    auto *destinations = w->findChild<QTreeWidget *>(QStringLiteral("destinationList"));
    ASSERT_EQ(destinations->topLevelItemCount(), 3);
    EXPECT_EQ(destinations->topLevelItem(0)->text(4), QStringLiteral("The virtual machine is on this host."));
    EXPECT_EQ(destinations->topLevelItem(2)->text(3), QStringLiteral("Disabled"));
    EXPECT_FALSE(w->findChild<DestinationPage *>()->selectHost(QStringLiteral("crusader")));
    ASSERT_TRUE(w->findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen")));
    EXPECT_TRUE(next(w)->isEnabled());
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::OptionsPageId);
    // On the cluster's CSV: the VM alone by default; here its data goes to a local folder too.
    EXPECT_TRUE(w->findChild<QRadioButton *>(QStringLiteral("optionVmOnly"))->isChecked());
    w->findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::LocationsPageId);
    EXPECT_EQ(w->findChild<QLineEdit *>(QStringLiteral("destinationFolder"))->text(), QStringLiteral("D:\\Hyper-V\\web01"));
    w->next();

    ASSERT_EQ(w->currentId(), MoveWizard::CompatibilityPageId);
    auto *compat = w->findChild<CompatibilityPage *>();
    EXPECT_EQ(compat->errorCount(), 1);
    EXPECT_FALSE(next(w)->isEnabled());
    QTableWidget *findings = compat->findings();
    ASSERT_GE(findings->rowCount(), 1);
    EXPECT_EQ(findings->item(0, 0)->text(), QStringLiteral("Error"));
    EXPECT_EQ(findings->item(0, 3)->text(), QStringLiteral("Map the adapter to switch 'PUBLIC', or disconnect it."));
    ASSERT_EQ(compat->adapterFixes()->rowCount(), 1);
    auto *fix = w->findChild<QComboBox *>(QStringLiteral("switchFix0"));
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->itemText(1), QStringLiteral("Map this adapter to switch 'PUBLIC'"));
    EXPECT_EQ(fix->itemText(fix->count() - 1), QStringLiteral("Disconnect this adapter"));
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("applySuggestedFixes")), Qt::LeftButton);
    EXPECT_EQ(fix->currentIndex(), 1);
    EXPECT_EQ(compat->errorCount(), 0);
    EXPECT_TRUE(next(w)->isEnabled());
    w->next();

    ASSERT_EQ(w->currentId(), MoveWizard::SummaryPageId);
    const QString script = w->findChild<ScriptView *>(QStringLiteral("summaryScript"))->text();
    EXPECT_EQ(script, QStringLiteral("$report = Compare-VM -Name 'web01' -ComputerName 'crusader' -DestinationHost 'saracen' `\n"
                                     "    -IncludeStorage `\n    -DestinationStoragePath 'D:\\Hyper-V\\web01'\n"
                                     "$report.Incompatibilities | Where-Object { $_.MessageId -eq 33012 -and "
                                     "$_.Source.Name -eq 'Network Adapter' } |\n"
                                     "    ForEach-Object { Connect-VMNetworkAdapter -VMNetworkAdapter $_.Source "
                                     "-SwitchName 'PUBLIC' }\n"
                                     "Move-VM -CompatibilityReport $report"));
    EXPECT_EQ(w->button(QWizard::CommitButton)->text(), QStringLiteral("&Move"));
    w->next();

    ASSERT_EQ(w->currentId(), MoveWizard::CompletionPageId);
    ASSERT_EQ(w->jobs().size(), 1);
    QTableWidget *jobs = w->findChild<CompletionPage *>()->jobTable();
    EXPECT_EQ(jobs->item(0, 2)->text(), QStringLiteral("Running"));
    sim->advance(10'000);
    EXPECT_EQ(jobs->item(0, 4)->text(), QStringLiteral("Copying storage to saracen over 10.0.50.0/24"));
    for (int i = 0; i < 120 && !w->jobs().first()->isFinished(); ++i)
        sim->advance(1'000);
    EXPECT_EQ(jobs->item(0, 2)->text(), QStringLiteral("Completed"));
    EXPECT_EQ(vm(QStringLiteral("web01"))->hostName, QStringLiteral("saracen"));
    EXPECT_EQ(vm(QStringLiteral("web01"))->state, VmState::Running);
    EXPECT_EQ(vm(QStringLiteral("web01"))->disks[0].path, QStringLiteral("D:\\Hyper-V\\web01\\Virtual Hard Disks\\web01.vhdx"));
    w->accept();
}

TEST_F(MoveWizardTest, SeveralVmsMoveToOneHostAndQueueBeyondTheHostsLimit)
{
    const QStringList names{QStringLiteral("dc01"), QStringLiteral("web01"), QStringLiteral("web02"),
                            QStringLiteral("vdi-pool01")};
    selectVms(names);
    MoveWizard *w = openWizard();
    ASSERT_TRUE(w);
    EXPECT_TRUE(w->isBulk());
    w->next();
    w->next();
    ASSERT_TRUE(w->findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen")));
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::OptionsPageId);
    EXPECT_FALSE(w->findChild<QRadioButton *>(QStringLiteral("optionPerItem"))->isEnabled());
    w->findChild<QRadioButton *>(QStringLiteral("optionVmOnly"))->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::CompatibilityPageId); // a live move needs no location
    auto *compat = w->findChild<CompatibilityPage *>();
    EXPECT_EQ(compat->errorCount(), 4);
    EXPECT_EQ(compat->adapterFixes()->rowCount(), 4);
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("applySuggestedFixes")), Qt::LeftButton);
    EXPECT_EQ(compat->errorCount(), 0);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::SummaryPageId);
    EXPECT_EQ(w->findChild<ScriptView *>(QStringLiteral("summaryScript"))->text().count(QStringLiteral("Compare-VM")), 4);
    w->next();
    ASSERT_EQ(w->jobs().size(), 4);
    QTableWidget *jobs = w->findChild<CompletionPage *>()->jobTable();
    EXPECT_EQ(jobs->item(0, 2)->text(), QStringLiteral("Running"));
    EXPECT_EQ(jobs->item(1, 2)->text(), QStringLiteral("Running"));
    EXPECT_EQ(jobs->item(2, 2)->text(), QStringLiteral("Queued"));
    EXPECT_EQ(jobs->item(3, 2)->text(), QStringLiteral("Queued"));
    EXPECT_EQ(w->findChild<QLabel *>(QStringLiteral("completionText"))->text(),
              QStringLiteral("The moves run in the background; you can close the wizard and follow them in View > Jobs "
                             "(Ctrl+J). Waiting for a free migration slot: 2."));
    for (int i = 0; i < 600; ++i)
        sim->advance(1'000);
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(jobs->item(row, 2)->text(), QStringLiteral("Completed"));
    EXPECT_EQ(w->findChild<QLabel *>(QStringLiteral("completionText"))->text(), QStringLiteral("All moves completed."));
    for (const QString &name : names)
        EXPECT_EQ(vm(name)->hostName, QStringLiteral("saracen"));
    w->accept();
}

TEST_F(MoveWizardTest, HostMigrationSettingsAreValidatedThenAppliedAsAJob)
{
    QAction *settings = window->findChild<QAction *>(QStringLiteral("actionHyperVSettings"));
    ASSERT_TRUE(settings);
    EXPECT_FALSE(settings->isEnabled());
    EXPECT_EQ(settings->toolTip(), QStringLiteral("Select a host in the Servers list."));
    selectHost(QStringLiteral("paladin"));
    ASSERT_TRUE(settings->isEnabled());
    EXPECT_TRUE(window->actionsPane()->findChild<QToolButton *>(QStringLiteral("pane_actionHyperVSettings")));
    settings->trigger();
    HostMigrationSettingsDialog *dialog = window->moveActions()->hostSettingsDialog();
    ASSERT_TRUE(dialog);
    auto *enabled = dialog->findChild<QCheckBox *>(QStringLiteral("liveMigrationEnabled"));
    EXPECT_FALSE(enabled->isChecked());
    EXPECT_FALSE(dialog->findChild<NumberEdit *>(QStringLiteral("simultaneousLive"))->isEnabled());
    enabled->setChecked(true);
    dialog->findChild<NumberEdit *>(QStringLiteral("simultaneousLive"))->setValue(4);
    dialog->findChild<QRadioButton *>(QStringLiteral("useTheseNetworks"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addNetwork")), Qt::LeftButton);
    auto *networks = dialog->findChild<QListWidget *>(QStringLiteral("migrationNetworks"));
    ASSERT_EQ(networks->count(), 1);
    networks->item(0)->setText(QStringLiteral("10.0.300.0/24"));
    EXPECT_EQ(dialog->findChild<ScriptView *>(QStringLiteral("settingsScript"))->text(),
              QStringLiteral("Enable-VMMigration -ComputerName 'paladin'\n"
                             "Set-VMHost -ComputerName 'paladin' -MaximumVirtualMachineMigrations 4 "
                             "-UseAnyNetworkForMigration $false\n"
                             "Add-VMMigrationNetwork -ComputerName 'paladin' '10.0.300.0/24' -Priority 1"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()); // refused, edits kept
    EXPECT_EQ(dialog->errorLabel()->text(), QStringLiteral("Migration network: '10.0.300.0' is not an IPv4 address such "
                                                           "as 10.0.50.0. Correct or remove the entry."));
    EXPECT_EQ(networks->item(0)->text(), QStringLiteral("10.0.300.0/24"));

    networks->item(0)->setText(QStringLiteral("10.0.60.0/24"));
    dialog->accept();
    ASSERT_TRUE(dialog->job());
    EXPECT_EQ(dialog->job()->state(), Job::State::Running);
    EXPECT_TRUE(dialog->isVisible());
    sim->advance(1'000);
    EXPECT_FALSE(window->moveActions()->hostSettingsDialog() && window->moveActions()->hostSettingsDialog()->isVisible());
    const HostMigrationSettings applied = sim->host(QStringLiteral("paladin"))->migration;
    EXPECT_TRUE(applied.liveMigrationEnabled);
    EXPECT_EQ(applied.simultaneousLiveMigrations, 4);
    EXPECT_EQ(applied.migrationNetworks, QStringList{QStringLiteral("10.0.60.0/24")});
}

TEST_F(MoveWizardTest, AStorageMoveWithAPathPerItemKeepsTheVmRunningOnItsHost)
{
    selectVms({QStringLiteral("exch01")});
    MoveWizard *w = openWizard();
    ASSERT_TRUE(w);
    w->next();
    w->findChild<QRadioButton *>(QStringLiteral("moveTypeStorage"))->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::OptionsPageId);
    EXPECT_FALSE(w->findChild<QRadioButton *>(QStringLiteral("optionVmOnly"))->isEnabled());
    EXPECT_EQ(w->findChild<QLabel *>(QStringLiteral("optionVmOnlyReason"))->text(), QStringLiteral("A storage move moves files."));
    w->findChild<QRadioButton *>(QStringLiteral("optionPerItem"))->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::LocationsPageId);
    auto *items = w->findChild<QTableWidget *>(QStringLiteral("itemLocations"));
    ASSERT_EQ(items->rowCount(), 5); // two disks, configuration, checkpoints, smart paging
    EXPECT_EQ(items->item(1, 3)->text(), QStringLiteral("D:\\Hyper-V\\exch01\\Virtual Hard Disks\\exch01-data1.vhdx"));
    items->item(1, 3)->setText(QStringLiteral("D:\\Data\\exch01-data1.vhdx"));
    auto *volumes = w->findChild<QTreeWidget *>(QStringLiteral("destinationVolumes"));
    ASSERT_EQ(volumes->topLevelItemCount(), 3);
    EXPECT_EQ(volumes->topLevelItem(2)->text(0), QStringLiteral("D:\\"));
    EXPECT_EQ(volumes->topLevelItem(2)->text(3), QStringLiteral("240.1 GB")); // 80 + 160 GB and the configuration
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::CompatibilityPageId);
    EXPECT_EQ(w->findChild<CompatibilityPage *>()->errorCount(), 0);
    w->next();
    const QString script = w->findChild<ScriptView *>(QStringLiteral("summaryScript"))->text();
    EXPECT_TRUE(script.startsWith(QStringLiteral("Move-VMStorage -VMName 'exch01' -ComputerName 'crusader' `\n"
                                                 "    -VirtualMachinePath 'D:\\Hyper-V\\exch01'")))
        << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("@{SourceFilePath = 'C:\\ClusterStorage\\Volume1\\exch01\\Virtual Hard Disks\\"
                                               "exch01-data1.vhdx'; DestinationFilePath = 'D:\\Data\\exch01-data1.vhdx'}")))
        << script.toStdString();
    w->next();
    ASSERT_EQ(w->jobs().size(), 1);
    for (int i = 0; i < 900 && !w->jobs().first()->isFinished(); ++i)
        sim->advance(1'000);
    EXPECT_EQ(w->jobs().first()->state(), Job::State::Completed);
    EXPECT_EQ(vm(QStringLiteral("exch01"))->hostName, QStringLiteral("crusader"));
    EXPECT_EQ(vm(QStringLiteral("exch01"))->state, VmState::Running);
    EXPECT_EQ(vm(QStringLiteral("exch01"))->disks[1].path, QStringLiteral("D:\\Data\\exch01-data1.vhdx"));
    EXPECT_EQ(vm(QStringLiteral("exch01"))->disks[0].path,
              QStringLiteral("D:\\Hyper-V\\exch01\\Virtual Hard Disks\\exch01.vhdx"));
    w->accept();
}

TEST_F(MoveWizardTest, HostsOfAnotherConnectionAreListedButCannotBeChosen)
{
    Error e;
    auto other = SimulatedBackend::create(QStringLiteral("sim:generate?hosts=2&vms=3"), &e);
    ASSERT_TRUE(other);
    static_cast<SimulatedBackend *>(other.get())->setClockMode(SimulatedBackend::ClockMode::Manual);
    HostBackend *second = connections.add(std::move(other));
    ASSERT_EQ(second->hosts().size(), 2);
    const QString otherHost = second->hosts().first().name;
    selectVms({QStringLiteral("web01")});
    MoveWizard *w = openWizard();
    ASSERT_TRUE(w);
    w->next();
    w->next();
    auto *destinations = w->findChild<QTreeWidget *>(QStringLiteral("destinationList"));
    ASSERT_EQ(destinations->topLevelItemCount(), 5);
    EXPECT_EQ(destinations->topLevelItem(3)->text(0), otherHost);
    EXPECT_EQ(destinations->topLevelItem(3)->text(4),
              QStringLiteral("On another connection (sim:generate?hosts=2&vms=3): moves between connections are not "
                             "supported; connect to both hosts through one connection."));
    EXPECT_FALSE(w->findChild<DestinationPage *>()->selectHost(otherHost));
    w->reject();
}

TEST_F(MoveWizardTest, AMoveCancelledFromTheCompletionPageLeavesTheVmOnItsHost)
{
    selectVms({QStringLiteral("web01")});
    MoveWizard *w = openWizard();
    ASSERT_TRUE(w);
    w->next();
    w->next();
    ASSERT_TRUE(w->findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen")));
    w->next();
    w->findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->setChecked(true);
    w->next(); // all data to a single location
    w->next();
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("applySuggestedFixes")), Qt::LeftButton);
    w->next();
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::CompletionPageId);
    sim->advance(5'000);
    auto *cancel = w->findChild<QPushButton *>(QStringLiteral("cancelMoveButton"));
    ASSERT_TRUE(cancel);
    EXPECT_FALSE(cancel->isEnabled()); // nothing selected
    QTableWidget *jobs = w->findChild<CompletionPage *>()->jobTable();
    jobs->selectRow(0);
    ASSERT_TRUE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(w->jobs().first()->state(), Job::State::Cancelled);
    EXPECT_EQ(jobs->item(0, 2)->text(), QStringLiteral("Cancelled"));
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_EQ(w->findChild<QLabel *>(QStringLiteral("completionText"))->text(),
              QStringLiteral("The moves have ended; cancelled: 1."));
    sim->advance(1'000);
    EXPECT_EQ(vm(QStringLiteral("web01"))->hostName, QStringLiteral("crusader"));
    EXPECT_EQ(vm(QStringLiteral("web01"))->state, VmState::Running);
    EXPECT_EQ(vm(QStringLiteral("web01"))->disks[0].path,
              QStringLiteral("C:\\ClusterStorage\\Volume1\\web01\\Virtual Hard Disks\\web01.vhdx"));
    w->accept();
}
