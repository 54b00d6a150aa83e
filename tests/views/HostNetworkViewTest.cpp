#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/ActionsPane.h>
#include <views/Dialogs.h>
#include <views/CoreBarsWidget.h>
#include <views/CoreHeatmap.h>
#include <views/HostNetworkView.h>
#include <views/MainWindow.h>
#include <views/QueueMapWidget.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>
#include <models/NetworkFlowModel.h>
#include <models/NetworkHistory.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class HostNetworkViewTest : public test::DemoWindowFixture
{
protected:
    void selectHost(const QString &name)
    {
        QTreeView *tree = window->hostTree();
        const QModelIndex root = tree->model()->index(0, 0);
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, root);
            if (i.data(HostTreeModel::HostNameRole).toString() == name) {
                tree->setCurrentIndex(i);
                return;
            }
        }
        ADD_FAILURE() << "no host " << name.toStdString();
    }

    static const FlowSample *flow(const HostNetworkView *view, const QString &vmName)
    {
        for (const FlowSample &f : view->flowModel()->flows()) {
            if (f.vmName == vmName)
                return &f;
        }
        return nullptr;
    }

};

} // namespace

TEST_F(HostNetworkViewTest, TheHostsNetworkViewOpensFromTheActionsPaneAndShowsTheCoreZeroBottleneck)
{
    selectHost(QStringLiteral("paladin"));
    QAction *action = window->networkViewAction();
    ASSERT_TRUE(action);
    EXPECT_EQ(action->objectName(), QStringLiteral("actionNetworkView"));
    EXPECT_TRUE(action->isEnabled());
    QToolButton *button = window->actionsPane()->findChild<QToolButton *>(QStringLiteral("pane_actionNetworkView"));
    ASSERT_TRUE(button);
    button->click();
    HostNetworkView *view = window->networkView(QStringLiteral("paladin"));
    ASSERT_TRUE(view);
    EXPECT_TRUE(view->isVisible());
    QAbstractItemModelTester tester(view->flowModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    sim->advance(1000); // 10 samples at the default 5 Hz: 5 points
    EXPECT_EQ(view->history()->size(), 5);
    EXPECT_FALSE(view->usesHeatmap()); // 16 cores: lines
    const NetworkSample &latest = view->history()->latest();
    ASSERT_EQ(latest.cores.size(), 16);
    EXPECT_DOUBLE_EQ(latest.cores[0].percent, 100.0);
    EXPECT_DOUBLE_EQ(latest.cores[1].percent, 0.0);
    const FlowSample *web = flow(view, QStringLiteral("lab-web"));
    ASSERT_TRUE(web);
    EXPECT_EQ(web->dropCause, DropCause::HostCoreSaturated);
    EXPECT_NEAR(web->deliveredInMbps, 3529.41, 0.01);
    // Hovering over the bar of CPU 0 names its load and packets.
    auto *bars = view->findChild<CoreBarsWidget *>(QStringLiteral("coreBars"));
    ASSERT_TRUE(bars);
    const int x = 40 + (bars->width() - 48) / 32; // the middle of the first of 16 bars
    EXPECT_EQ(bars->coreAt(QPoint(x, bars->height() / 2)), 0);
    EXPECT_EQ(bars->textAt(QPoint(x, bars->height() / 2)),
              QStringLiteral("CPU 0: 100.0 % interrupt and DPC time, 294,118 packets/s"));
    const int row = view->flowModel()->rowOfVm(web->vmId);
    EXPECT_EQ(view->flowModel()->index(row, NetworkFlowModel::PathColumn).data().toString(), QStringLiteral("Default queue, CPU 0"));

    // The same window comes back; closing it stops the sampling.
    button->click();
    EXPECT_EQ(window->networkView(QStringLiteral("paladin")), view);
    view->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(window->networkView(QStringLiteral("paladin")));
    EXPECT_TRUE(sim->simulation().takeNetworkSamples().isEmpty());
    sim->advance(1000);
    EXPECT_TRUE(sim->simulation().takeNetworkSamples().isEmpty());
}

TEST_F(HostNetworkViewTest, TurningSrIovOnMovesTheVmsLoadOffTheHostCores)
{
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("crusader"));
    ASSERT_TRUE(view);
    view->setRateHz(10);
    sim->advance(2000);
    const FlowSample *before = flow(view, QStringLiteral("web01"));
    ASSERT_TRUE(before);
    EXPECT_EQ(before->path, ReceivePath::Vmq);
    EXPECT_GT(before->hostCorePercent, 0.0);
    const int core = before->core;
    const double webPackets = before->receivedPacketsPerSec;
    EXPECT_DOUBLE_EQ(webPackets, 950.0 * 1e6 / 9600.0); // 950 Mbps of 1,200-byte packets
    bool queued = false;
    for (const QueueAssignment &q : view->history()->latest().queues)
        queued = queued || (q.vmName == QLatin1String("web01") && q.core == core);
    EXPECT_TRUE(queued);

    // Through the backend's settings path, as the VM Settings dialog does.
    const VmInfo *vm = sim->findVm(idOf(QStringLiteral("web01")));
    ASSERT_TRUE(vm);
    VmSettingsChange change;
    change.vmId = vm->id;
    AdapterModification m{vm->adapters[0].settings, vm->adapters[0].settings};
    m.after.iovWeight = 100;
    change.modifiedAdapters << m;
    const JobPtr job = sim->applyVmSettings(change);
    sim->advance(2000);
    EXPECT_EQ(job->state(), Job::State::Completed);

    const FlowSample *after = flow(view, QStringLiteral("web01"));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->path, ReceivePath::SrIov);
    EXPECT_DOUBLE_EQ(after->hostCorePercent, 0.0);
    EXPECT_DOUBLE_EQ(after->deliveredInMbps, 950.0);
    for (const QueueAssignment &q : view->history()->latest().queues)
        EXPECT_NE(q.vmName, QStringLiteral("web01"));
    const QList<QueueMapWidget::Row> rows = view->findChild<QueueMapWidget *>(QStringLiteral("queueMap"))->rows();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.last().label, QStringLiteral("SR-IOV, no host CPU"));
    EXPECT_TRUE(rows.last().chips.join(QLatin1Char(' ')).contains(QStringLiteral("web01")));

    // And back off through the view's own toggle.
    const JobPtr off = view->setVmSrIov(vm->id, false);
    ASSERT_TRUE(off);
    sim->advance(2000);
    EXPECT_EQ(off->state(), Job::State::Completed);
    EXPECT_EQ(flow(view, QStringLiteral("web01"))->path, ReceivePath::Vmq);
}

TEST_F(HostNetworkViewTest, EnablingRssOnTheNicSpreadsPaladinsReceiveWork)
{
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("paladin"));
    ASSERT_TRUE(view);
    auto *nic = view->findChild<QComboBox *>(QStringLiteral("networkNic"));
    auto *scaling = view->findChild<QComboBox *>(QStringLiteral("networkReceiveScaling"));
    ASSERT_TRUE(nic && scaling);
    EXPECT_EQ(nic->currentText(), QStringLiteral("Ethernet 1"));
    EXPECT_EQ(scaling->currentText(), QStringLiteral("RSS and VMQ off"));
    EXPECT_TRUE(scaling->isEnabled());
    scaling->setCurrentIndex(scaling->findText(QStringLiteral("RSS")));
    Dialogs::setNextAnswer(true); // the adapter restarts: asked first
    emit scaling->activated(scaling->currentIndex());
    sim->advance(1000);
    EXPECT_TRUE(sim->host(QStringLiteral("paladin"))->nics[0].rss.enabled);
    EXPECT_DOUBLE_EQ(view->history()->latest().cores[0].percent, 325000.0 / 8 * 3400 / 1e7);
    EXPECT_DOUBLE_EQ(flow(view, QStringLiteral("lab-web"))->deliveredInMbps, 3900.0);
    EXPECT_EQ(flow(view, QStringLiteral("lab-web"))->dropCause, DropCause::None);
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("networkStatus"))
                    ->text()
                    .contains(QStringLiteral("Enable-NetAdapterRss -Name 'Ethernet 1' -CimSession 'paladin'")));
}

TEST_F(HostNetworkViewTest, ExportWritesAValidPngAndCsv)
{
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("paladin"));
    ASSERT_TRUE(view);
    view->setRateHz(2);
    sim->advance(5000);
    ASSERT_EQ(view->history()->size(), 10);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("paladin.png"));
    const QString csv = dir.filePath(QStringLiteral("paladin.csv"));
    Dialogs::setNextSavePath(png);
    view->findChild<QAction *>(QStringLiteral("actionNetworkExportPng"))->trigger();
    Dialogs::setNextSavePath(csv);
    view->findChild<QAction *>(QStringLiteral("actionNetworkExportCsv"))->trigger();

    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), view->size() * view->devicePixelRatio());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 11);
    EXPECT_EQ(lines[0], NetworkHistory::csvHeader(16));
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("time_s,cpu0_percent,cpu1_percent,")));
    EXPECT_EQ(lines[1].split(QLatin1Char(',')).size(), 1 + 16 * 2);
    EXPECT_EQ(lines[1].split(QLatin1Char(','))[1], QStringLiteral("100.0")); // core 0, saturated

    Error e;
    EXPECT_FALSE(view->exportCsv(dir.filePath(QStringLiteral("missing/x.csv")), &e));
    EXPECT_EQ(e.code, QStringLiteral("export.csv"));
    EXPECT_FALSE(e.fix.isEmpty());
}

TEST_F(HostNetworkViewTest, PauseFreezesTheChartsAndManyCoresUseTheHeatmap)
{
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("paladin"));
    ASSERT_TRUE(view);
    sim->advance(1000);
    const int points = view->history()->size();
    view->findChild<QAction *>(QStringLiteral("actionNetworkPause"))->trigger();
    sim->advance(1000);
    EXPECT_EQ(view->history()->size(), points);
    view->findChild<QAction *>(QStringLiteral("actionNetworkPause"))->trigger();
    sim->advance(1000);
    EXPECT_EQ(view->history()->size(), points + 5);

    // 64 logical processors: the heat map.
    Error error;
    auto generated = SimulatedBackend::create(QStringLiteral("sim:generate?hosts=1&vms=30"), &error);
    auto *big = static_cast<SimulatedBackend *>(connections.add(std::move(generated)));
    big->setClockMode(SimulatedBackend::ClockMode::Manual);
    HostNetworkView *wide = window->openNetworkView(big, big->hosts().first().name);
    ASSERT_TRUE(wide);
    big->advance(2000);
    EXPECT_TRUE(wide->usesHeatmap());
    auto *heatmap = wide->findChild<CoreHeatmap *>(QStringLiteral("coreHeatmap"));
    ASSERT_TRUE(heatmap);
    EXPECT_TRUE(heatmap->isVisible());
    const QString hover = heatmap->textAt(QPoint(heatmap->width() - 12, heatmap->height() / 2));
    EXPECT_TRUE(hover.startsWith(QStringLiteral("CPU "))) << hover.toStdString();
}

TEST(CoreHeatmapTest, ScrollingDrawsTheSameImageAsARedrawFromScratch)
{
    NetworkHistory history;
    history.setRateHz(10);
    history.setHistorySeconds(60); // 600 points
    CoreHeatmap incremental(&history);
    CoreHeatmap scratch(&history);
    for (CoreHeatmap *map : {&incremental, &scratch})
        map->resize(56 + 8 + 250, 200); // 600 points in 250 pixels: 3 points a column, 200 columns
    for (int t = 1; t <= 1000; ++t) {
        NetworkSample s;
        s.timeMs = t * 100;
        for (int c = 0; c < 4; ++c)
            s.cores << CoreSample{double((t * (c + 3)) % 101), 0, false};
        history.addSample(s);
        incremental.updateFromHistory();
    }
    scratch.invalidate();
    scratch.updateFromHistory();
    ASSERT_EQ(incremental.image().size(), QSize(200, 4));
    EXPECT_EQ(incremental.image(), scratch.image());
    // Columns hold points 3k..3k+2 of all ever appended: the rightmost only the 1,000th (index
    // 999), the one before it the peak of indexes 996-998.
    const int n = history.size();
    EXPECT_EQ(incremental.image().pixel(199, 1), CoreHeatmap::colorFor(history.corePercent(n - 1, 1)));
    const float peak = std::max({history.corePercent(n - 4, 1), history.corePercent(n - 3, 1), history.corePercent(n - 2, 1)});
    EXPECT_EQ(incremental.image().pixel(198, 1), CoreHeatmap::colorFor(peak));
}
