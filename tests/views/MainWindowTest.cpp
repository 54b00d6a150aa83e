#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/ActionsPane.h>
#include <views/Dialogs.h>
#include <views/MainWindow.h>
#include <views/VmDetailsPane.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>
#include <models/VmFilterProxyModel.h>
#include <models/VmListModel.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class MainWindowTest : public test::DemoWindowFixture
{
protected:
    // The State column as the user sees it in the list, through the sort/filter proxy.
    QString shownState(const QString &name) const
    {
        QTableView *view = window->vmView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, VmListModel::NameColumn).data().toString() == name)
                return view->model()->index(row, VmListModel::StateColumn).data().toString();
        }
        return QStringLiteral("<not shown>");
    }

    QToolButton *paneButton(const QString &actionName) const
    {
        return window->actionsPane()->findChild<QToolButton *>(QStringLiteral("pane_") + actionName);
    }

};

} // namespace

TEST_F(MainWindowTest, OpensOnTheDemoWithEveryVmListed)
{
    EXPECT_EQ(window->vmView()->model()->rowCount(), 20);
    QTreeView *tree = window->hostTree();
    const QModelIndex root = tree->model()->index(0, 0);
    EXPECT_EQ(root.data().toString(), QStringLiteral("Hyper-V Manager"));
    EXPECT_EQ(tree->model()->rowCount(root), 3);
    EXPECT_FALSE(window->vmView()->isColumnHidden(VmListModel::HostColumn));
}

TEST_F(MainWindowTest, ChoosingAHostNarrowsTheList)
{
    QTreeView *tree = window->hostTree();
    const QModelIndex crusader = tree->model()->index(0, 0, tree->model()->index(0, 0));
    tree->setCurrentIndex(crusader);
    EXPECT_EQ(window->vmView()->model()->rowCount(), 8);
    EXPECT_TRUE(window->vmView()->isColumnHidden(VmListModel::HostColumn));
    const QModelIndex paladin = tree->model()->index(2, 0, tree->model()->index(0, 0));
    tree->setCurrentIndex(paladin);
    EXPECT_EQ(window->vmView()->model()->rowCount(), 5);
}

TEST_F(MainWindowTest, StartThroughTheActionsPaneAndWatchTheStateChange)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("build01"))));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("name")), QStringLiteral("build01"));
    QToolButton *start = paneButton(QStringLiteral("actionStart"));
    QToolButton *pause = paneButton(QStringLiteral("actionPause"));
    ASSERT_TRUE(start);
    ASSERT_TRUE(pause);
    EXPECT_TRUE(start->isEnabled());
    EXPECT_FALSE(pause->isEnabled());
    EXPECT_TRUE(window->vmActions()->action(VmAction::Pause)->toolTip().contains(QStringLiteral("start it first")));

    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_EQ(shownState(QStringLiteral("build01")), QStringLiteral("Starting"));
    EXPECT_FALSE(window->vmActions()->action(VmAction::Start)->isEnabled());
    auto *progress = window->statusBar()->findChild<QProgressBar *>(QStringLiteral("jobStatusProgress"));
    ASSERT_TRUE(progress);
    EXPECT_TRUE(progress->isVisibleTo(window.get()));

    sim->advance(2'000);
    EXPECT_EQ(progress->value(), 50);
    sim->advance(2'000);
    EXPECT_EQ(shownState(QStringLiteral("build01")), QStringLiteral("Running"));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("state")), QStringLiteral("Running"));
    EXPECT_TRUE(window->vmActions()->action(VmAction::Pause)->isEnabled());
    EXPECT_FALSE(progress->isVisibleTo(window.get()));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("completed")));
}

TEST_F(MainWindowTest, PauseResumeSaveAndTurnOffThroughTheMenuActions)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web01"))));
    window->vmActions()->action(VmAction::Pause)->trigger();
    sim->advance(500);
    EXPECT_EQ(shownState(QStringLiteral("web01")), QStringLiteral("Paused"));
    window->vmActions()->action(VmAction::Resume)->trigger();
    sim->advance(500);
    EXPECT_EQ(shownState(QStringLiteral("web01")), QStringLiteral("Running"));
    window->vmActions()->action(VmAction::Save)->trigger();
    sim->advance(3'000);
    EXPECT_EQ(shownState(QStringLiteral("web01")), QStringLiteral("Saved"));
    window->vmActions()->action(VmAction::Start)->trigger();
    sim->advance(3'000);
    Dialogs::setNextAnswer(true); // Turn Off asks first
    window->vmActions()->action(VmAction::TurnOff)->trigger();
    sim->advance(1'000);
    EXPECT_EQ(shownState(QStringLiteral("web01")), QStringLiteral("Off"));
}

TEST_F(MainWindowTest, AFailedStartSaysWhyInTheStatusBar)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("lab-sql"))));
    window->vmActions()->action(VmAction::Start)->trigger();
    EXPECT_EQ(shownState(QStringLiteral("lab-sql")), QStringLiteral("Off"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("not enough memory on paladin")))
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(MainWindowTest, MultiSelectEnablesWhatEverySelectedVmAllows)
{
    QTableView *view = window->vmView();
    view->selectAll();
    // Running, off, saved and paused together: no single action fits all.
    for (VmAction a : VmStates::allActions())
        EXPECT_FALSE(window->vmActions()->action(a)->isEnabled()) << VmStates::key(a).toStdString();
    window->vmProxy()->setNameFilter(QStringLiteral("web0"));
    view->selectAll();
    EXPECT_EQ(window->vmActions()->selection().size(), 2);
    EXPECT_TRUE(window->vmActions()->action(VmAction::Save)->isEnabled());
    window->vmActions()->action(VmAction::Save)->trigger();
    EXPECT_EQ(shownState(QStringLiteral("web01")), QStringLiteral("Saving"));
    EXPECT_EQ(shownState(QStringLiteral("web02")), QStringLiteral("Saving"));
    EXPECT_TRUE(window->statusBar()->findChild<QLabel *>(QStringLiteral("jobStatusLabel"))->text().contains(QStringLiteral("2")));
}

TEST_F(MainWindowTest, TheFilterFindsVmsByName)
{
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("vmFilter"));
    ASSERT_TRUE(filter);
    QTest::keyClicks(filter, QStringLiteral("lab"));
    EXPECT_EQ(window->vmView()->model()->rowCount(), 5);
}

TEST_F(MainWindowTest, ALostConnectionGreysTheHostAndDisablesActions)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("sql01"))));
    EXPECT_TRUE(window->vmActions()->action(VmAction::Save)->isEnabled());
    sim->setReachable(false);
    EXPECT_FALSE(window->vmActions()->action(VmAction::Save)->isEnabled());
    EXPECT_TRUE(window->vmActions()->action(VmAction::Save)->toolTip().contains(QStringLiteral("not available")));
    EXPECT_EQ(shownState(QStringLiteral("sql01")), QStringLiteral("Running")); // last known state kept
    const QModelIndex row = window->vmView()->model()->index(0, 0);
    EXPECT_TRUE(row.data(VmListModel::StaleRole).toBool());
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("last known")));
}

TEST_F(MainWindowTest, ThePowerShellTabShowsTheLastAction)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("dc01"))));
    window->vmActions()->action(VmAction::Save)->trigger();
    auto *script = window->detailsPane()->findChild<QPlainTextEdit *>(QStringLiteral("scriptText"));
    ASSERT_TRUE(script);
    EXPECT_TRUE(script->toPlainText().contains(QStringLiteral("Save-VM -Name 'dc01' -ComputerName 'crusader'")));
}

TEST_F(MainWindowTest, ConnectionsAndLayoutPersist)
{
    QString error;
    EXPECT_TRUE(window->connectTo(QStringLiteral("sim:generate?hosts=1&vms=3"), &error));
    EXPECT_EQ(window->vmView()->model()->rowCount(), 23);
    EXPECT_FALSE(window->connectTo(QStringLiteral("sim:generate?hosts=0"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("hosts")));
    window->close();
    EXPECT_EQ(MainWindow::savedConnections(),
              (QStringList{QStringLiteral("sim:demo"), QStringLiteral("sim:generate?hosts=1&vms=3")}));
    EXPECT_FALSE(QSettings().value(QStringLiteral("MainWindow/geometry")).toByteArray().isEmpty());
}

TEST_F(MainWindowTest, EveryActionHasAnObjectNameAndTheVmActionsHaveShortcuts)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || a->text().isEmpty())
            continue;
        EXPECT_FALSE(a->objectName().isEmpty()) << a->text().toStdString();
    }
    for (VmAction a : VmStates::allActions())
        EXPECT_FALSE(window->vmActions()->action(a)->shortcut().isEmpty()) << VmStates::key(a).toStdString();
}
