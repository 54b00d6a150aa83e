#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/IntegrationReportWindow.h>
#include <views/Dialogs.h>
#include <views/IntegrationUpgrades.h>
#include <views/MainWindow.h>
#include <views/ScriptView.h>
#include <views/VmDetailsPane.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/IntegrationReportModel.h>
#include <models/IntegrationReportProxy.h>
#include <models/JobQueue.h>
#include <models/VmListModel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class IntegrationServicesViewTest : public test::DemoWindowFixture
{
protected:
    void TearDown() override
    {
        Dialogs::setNextAnswer(std::nullopt);
        DemoWindowFixture::TearDown();
    }

    QString shownVerdict(const QString &name) const
    {
        QAbstractItemModel *m = window->vmView()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, VmListModel::NameColumn).data().toString() == name)
                return m->index(row, VmListModel::IntegrationServicesColumn).data().toString();
        }
        return QStringLiteral("<not shown>");
    }

    QAction *insertDisk() const { return window->integrationUpgrades()->insertSetupDiskAction(); }

};

} // namespace

TEST_F(IntegrationServicesViewTest, ListAndSummaryShowTheVerdictAndWhatToDo)
{
    EXPECT_EQ(shownVerdict(QStringLiteral("web02")), QStringLiteral("Update required"));
    EXPECT_EQ(shownVerdict(QStringLiteral("sql01")), QStringLiteral("Up to date"));
    // appliance01 reports no version: that is no proof of no integration services.
    EXPECT_EQ(shownVerdict(QStringLiteral("appliance01")), QStringLiteral("Unknown"));
    EXPECT_EQ(shownVerdict(QStringLiteral("lab-client02")), QStringLiteral("Unknown"));
    const QModelIndex cell
        = window->vmModel()->indexOfVm(idOf(QStringLiteral("web02")), VmListModel::IntegrationServicesColumn);
    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(),
        QStringLiteral(
            "Guest: 6.1.7601.17514. Host: 6.2.9200.16433.\nThe guest runs 6.1.7601.17514, older than the "
            "host's 6.2.9200.16433.\nInsert the Integration Services Setup Disk (Action menu), install, then "
            "restart the virtual machine."));

    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web02"))));
    VmDetailsPane *d = window->detailsPane();
    EXPECT_EQ(d->fieldText(QStringLiteral("guestIs")), QStringLiteral("6.1.7601.17514"));
    EXPECT_EQ(d->fieldText(QStringLiteral("hostIs")), QStringLiteral("6.2.9200.16433 (Setup disk)"));
    EXPECT_EQ(d->fieldText(QStringLiteral("isVerdict")), QStringLiteral("Update required"));
    EXPECT_EQ(d->fieldText(QStringLiteral("isAction")),
        QStringLiteral("The guest runs 6.1.7601.17514, older than the host's 6.2.9200.16433. Insert the Integration "
                       "Services Setup Disk (Action menu), install, then restart the virtual machine."));
    EXPECT_EQ(d->fieldText(QStringLiteral("configurationVersion")), QStringLiteral("4.0"));
}

TEST_F(IntegrationServicesViewTest, UpgradeOneVmThroughToUpToDate)
{
    const QString id = idOf(QStringLiteral("web02"));
    ASSERT_TRUE(window->selectVm(id));
    ASSERT_TRUE(insertDisk()->isEnabled()) << insertDisk()->toolTip().toStdString();
    EXPECT_EQ(insertDisk()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

    Dialogs::setNextAnswer(true);
    insertDisk()->trigger();
    EXPECT_TRUE(Dialogs::lastQuestion().contains(
        QStringLiteral("web02 on crusader: installed 6.1.7601.17514, offered 6.2.9200.16433")))
        << Dialogs::lastQuestion().toStdString();
    ASSERT_EQ(window->integrationUpgrades()->queue()->runningCount(), 1);
    sim->advance(10'000);
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("isVerdict")), QStringLiteral("Update required"));
    sim->advance(10'000);
    EXPECT_EQ(window->statusBar()->currentMessage(),
        QStringLiteral("Insert Integration Services Setup Disk 'web02': Installed 6.2.9200.16433: restart required."));
    EXPECT_EQ(shownVerdict(QStringLiteral("web02")), QStringLiteral("Restart required"));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("isVerdict")), QStringLiteral("Restart required"));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("guestIs")),
        QStringLiteral("6.1.7601.17514 (6.2.9200.16433 installed, active after a restart)"));
    EXPECT_FALSE(insertDisk()->isEnabled());

    // The restart: Reset from the Action menu.
    Dialogs::setNextAnswer(true); // Reset asks first
    window->vmActions()->action(VmAction::Reset)->trigger();
    sim->advance(3'000);
    EXPECT_EQ(shownVerdict(QStringLiteral("web02")), QStringLiteral("Up to date"));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("isVerdict")), QStringLiteral("Up to date"));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("guestIs")), QStringLiteral("6.2.9200.16433"));
    EXPECT_FALSE(insertDisk()->isEnabled());
    EXPECT_EQ(insertDisk()->toolTip(),
        QStringLiteral("'web02' already runs the host's integration services 6.2.9200.16433."));
}

TEST_F(IntegrationServicesViewTest, DecliningTheConfirmationStartsNothing)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web02"))));
    Dialogs::setNextAnswer(false);
    insertDisk()->trigger();
    EXPECT_EQ(window->integrationUpgrades()->queue()->totalCount(), 0);
    sim->advance(20'000);
    EXPECT_EQ(shownVerdict(QStringLiteral("web02")), QStringLiteral("Update required"));
}

TEST_F(IntegrationServicesViewTest, TheActionSaysWhyItIsUnavailable)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("lab-client02"))));
    EXPECT_FALSE(insertDisk()->isEnabled());
    EXPECT_EQ(insertDisk()->toolTip(),
        QStringLiteral("'lab-client02' is off: setup runs inside the guest, which must be "
                       "running. Start the virtual machine, then insert the setup disk."));
    QAction *config = window->integrationUpgrades()->upgradeConfigurationAction();
    EXPECT_FALSE(config->isEnabled());
    EXPECT_EQ(config->toolTip(),
        QStringLiteral("'lab-client02' already has configuration version 4.0, the highest paladin supports."));
}

TEST_F(IntegrationServicesViewTest, ADiskSpaceFailureIsExplainedInTheStatusBar)
{
    const QString id = idOf(QStringLiteral("web02"));
    GuestInstallerState full;
    full.freeDiskBytes = 50ULL * 1024 * 1024;
    sim->simulation().upgrades().setGuest(id, full);
    ASSERT_TRUE(window->selectVm(id));
    Dialogs::setNextAnswer(true);
    insertDisk()->trigger();
    sim->advance(6'000);
    EXPECT_EQ(window->statusBar()->currentMessage(),
        QStringLiteral(
            "Insert Integration Services Setup Disk 'web02' failed: Setup failed in 'web02': it needs 200 MB "
            "free on the guest's system drive, and 50 MB are free. Free space in the guest (Disk Cleanup, or "
            "extend the virtual disk), then insert the setup disk again."));
    EXPECT_EQ(shownVerdict(QStringLiteral("web02")), QStringLiteral("Update required"));
}

TEST_F(IntegrationServicesViewTest, BulkUpgradeFromTheListSkipsWhatCannotBeUpgraded)
{
    QList<VmSelection> selection;
    for (const QString &name : { QStringLiteral("web02"), QStringLiteral("w2k3-erp"), QStringLiteral("print01"),
             QStringLiteral("appliance01") })
        selection << VmSelection { sim, idOf(name) };
    Dialogs::setNextAnswer(true);
    EXPECT_EQ(window->integrationUpgrades()->insertSetupDisk(selection), 2);
    const QString q = Dialogs::lastQuestion();
    EXPECT_TRUE(q.contains(QStringLiteral("Skipped:\n'print01' is paused: setup runs inside the guest")))
        << q.toStdString();
    EXPECT_TRUE(q.contains(QStringLiteral("The setup disk holds Windows installers; 'appliance01' runs FreeBSD 9.1.")))
        << q.toStdString();
    sim->advance(20'000);
    EXPECT_EQ(shownVerdict(QStringLiteral("web02")), QStringLiteral("Restart required"));
    EXPECT_EQ(shownVerdict(QStringLiteral("w2k3-erp")), QStringLiteral("Restart required"));
}

TEST_F(IntegrationServicesViewTest, ReportWindowFromTheToolsMenuFiltersExportsAndLinksToEvents)
{
    auto *tools = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuTools"));
    ASSERT_TRUE(tools);
    QAction *open = window->findChild<QAction *>(QStringLiteral("actionIntegrationReport"));
    ASSERT_TRUE(open);
    EXPECT_TRUE(tools->actions().contains(open));
    open->trigger();
    auto *report = window->findChild<IntegrationReportWindow *>(QStringLiteral("integrationReportWindow"));
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->isVisible());
    new QAbstractItemModelTester(report->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal, report);
    EXPECT_EQ(report->summaryText(),
        QStringLiteral("3 of 20 VMs need an update on 2 hosts. 7 unknown."));
    EXPECT_EQ(report->table()->model()->rowCount(), 20);

    auto *filter = report->findChild<QComboBox *>(QStringLiteral("reportVerdictFilter"));
    ASSERT_TRUE(filter);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Update required")));
    ASSERT_EQ(report->table()->model()->rowCount(), 3);
    report->table()->sortByColumn(IntegrationReportModel::VmColumn, Qt::AscendingOrder);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    Dialogs::setNextSavePath(path);
    report->findChild<QPushButton *>(QStringLiteral("reportExportButton"))->click();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], IntegrationReportModel::csvHeader().join(QLatin1Char(',')));
    EXPECT_TRUE(lines[1].startsWith(
        QStringLiteral("saracen,warrior,print01,Paused,6.1.7601.17514,6.2.9200.16433,UpdateRequired,")));
    EXPECT_TRUE(lines[2].startsWith(
        QStringLiteral("saracen,warrior,w2k3-erp,Running,6.1.7601.17514,6.2.9200.16433,UpdateRequired,")));
    EXPECT_TRUE(lines[3].startsWith(
        QStringLiteral("crusader,warrior,web02,Running,6.1.7601.17514,6.2.9200.16433,UpdateRequired,")));
    EXPECT_EQ(report->findChild<QLabel *>(QStringLiteral("reportStatus"))->text(),
        QStringLiteral("Exported 3 virtual machines to %1.").arg(path));

    // The events each host would log, linked from the selected row.
    report->table()->setCurrentIndex(report->table()->model()->index(0, 0));
    report->findChild<QPushButton *>(QStringLiteral("reportEventsButton"))->click();
    QTreeWidget *events = report->events();
    ASSERT_EQ(events->topLevelItemCount(), 2);
    EXPECT_EQ(events->topLevelItem(0)->text(1), QStringLiteral("saracen"));
    EXPECT_EQ(events->topLevelItem(0)->text(3), QStringLiteral("w2k3-erp"));
    EXPECT_EQ(events->topLevelItem(1)->text(3), QStringLiteral("print01"));
    report->showEvents(QString());
    EXPECT_EQ(events->topLevelItemCount(), 3);
}

TEST_F(IntegrationServicesViewTest, ThePowerShellTabShowsTheSetupDiskCommand)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web02"))));
    Dialogs::setNextAnswer(true);
    insertDisk()->trigger();
    auto *script = window->detailsPane()->findChild<ScriptView *>();
    ASSERT_TRUE(script);
    EXPECT_TRUE(script->text().contains(QStringLiteral(
        "Set-VMDvdDrive -VMName 'web02' -ComputerName 'crusader' -Path 'C:\\Windows\\System32\\vmguest.iso'")))
        << script->text().toStdString();
}

TEST_F(IntegrationServicesViewTest, ConfigurationVersionUpgradeAsksThenRaisesTheVersion)
{
    Error e;
    auto topology = TopologyLoader::fromJson(R"({
      "hosts": [{"name": "templar", "os": "Windows Server 2016 Datacenter", "build": "10.0.14393",
                 "processor": {"logicalProcessors": 8}, "memoryGB": 64,
                 "integrationServicesVersion": "10.0.14393.0", "maxConfigurationVersion": "8.0"}],
      "vms": [{"name": "legacy", "host": "templar", "state": "off", "memory": {"startupMB": 2048},
               "configurationVersion": "5.0", "os": "Windows Server 2012 R2 Datacenter",
               "integrationServices": {"version": "6.3.9600.16384"}}]
    })",
        QStringLiteral("templar.json"), &e);
    ASSERT_TRUE(topology.has_value()) << e.message.toStdString();
    auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:templar"), *topology);
    b->setClockMode(SimulatedBackend::ClockMode::Manual);
    auto *templar = static_cast<SimulatedBackend *>(connections.add(std::move(b)));
    const QString id = templar->vmAt(0).id;
    ASSERT_TRUE(window->selectVm(id));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("configurationVersion")),
        QStringLiteral("5.0 (the host supports up to 8.0)"));
    // Windows Server 2016 has no setup disk: the action says so.
    EXPECT_FALSE(insertDisk()->isEnabled());
    EXPECT_TRUE(insertDisk()->toolTip().startsWith(
        QStringLiteral("templar (build 10.0.14393) has no Integration Services Setup Disk")));

    QAction *config = window->integrationUpgrades()->upgradeConfigurationAction();
    ASSERT_TRUE(config->isEnabled()) << config->toolTip().toStdString();
    Dialogs::setNextAnswer(true);
    config->trigger();
    EXPECT_EQ(Dialogs::lastQuestion(),
        QStringLiteral("Upgrade the configuration version of 'legacy'? This cannot be undone: an upgraded virtual "
                       "machine no longer runs on hosts that support only its current version.\n\n"
                       "legacy on templar: 5.0 to 8.0"));
    templar->advance(3'000);
    EXPECT_EQ(window->vmModel()->indexOfVm(id, VmListModel::ConfigurationVersionColumn).data().toString(),
        QStringLiteral("8.0"));
    EXPECT_EQ(window->detailsPane()->fieldText(QStringLiteral("configurationVersion")), QStringLiteral("8.0"));
    EXPECT_FALSE(config->isEnabled());
}
