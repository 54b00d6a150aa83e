#include "QtPrinters.h"

#include <models/NetworkFlowModel.h>
#include <models/NetworkHistory.h>
#include <models/NicReceiveScaling.h>

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

NetworkSample sample(qint64 timeMs, QList<double> percents, const QString &host = QStringLiteral("h1"))
{
    NetworkSample s;
    s.hostName = host;
    s.timeMs = timeMs;
    for (double p : percents)
        s.cores << CoreSample{p, p * 1000.0, false};
    return s;
}

FlowSample flowOf(const QString &vm, double offered, double delivered, DropCause cause = DropCause::None)
{
    FlowSample f;
    f.vmId = vm + QStringLiteral("-id");
    f.vmName = vm;
    f.adapterId = vm + QStringLiteral("-nic");
    f.adapterName = QStringLiteral("Network Adapter");
    f.path = ReceivePath::Vmq;
    f.core = 2;
    f.offeredInMbps = offered;
    f.deliveredInMbps = delivered;
    f.dropCause = cause;
    return f;
}

} // namespace

TEST(NetworkHistoryTest, EachPointIsTheMeanOfTheSamplesInOneRefreshInterval)
{
    NetworkHistory h;
    h.setHostName(QStringLiteral("h1"));
    h.setRateHz(5); // one point per 200 ms
    QSignalSpy points(&h, &NetworkHistory::pointAdded);
    for (int t = 1; t <= 10; ++t)
        h.addSample(sample(t * 100, {double(t * 10), 50.0}));
    h.addSample(sample(1100, {99.0, 99.0}, QStringLiteral("other"))); // another host: ignored
    ASSERT_EQ(h.size(), 5);
    EXPECT_EQ(points.size(), 5);
    EXPECT_EQ(h.coreCount(), 2);
    EXPECT_EQ(h.timeMs(0), 200);
    EXPECT_EQ(h.timeMs(4), 1000);
    EXPECT_FLOAT_EQ(h.corePercent(0, 0), 15.0f); // (10 + 20) / 2
    EXPECT_FLOAT_EQ(h.corePercent(4, 0), 95.0f); // (90 + 100) / 2
    EXPECT_FLOAT_EQ(h.corePercent(2, 1), 50.0f);
    EXPECT_FLOAT_EQ(h.corePackets(4, 0), 95000.0f);
    EXPECT_DOUBLE_EQ(h.latest().cores[0].percent, 95.0);
    EXPECT_EQ(h.latest().timeMs, 1000);
}

TEST(NetworkHistoryTest, TheRingKeepsTheNewestPointsOfTheChosenLength)
{
    NetworkHistory h;
    h.setRateHz(1);
    h.setHistorySeconds(60);
    EXPECT_EQ(h.capacity(), 60);
    for (int t = 1; t <= 100; ++t)
        h.addSample(sample(t * 1000, {double(t)}));
    ASSERT_EQ(h.size(), 60);
    EXPECT_EQ(h.timeMs(0), 41000);
    EXPECT_FLOAT_EQ(h.corePercent(59, 0), 100.0f);
    h.setHistorySeconds(600);
    EXPECT_EQ(h.capacity(), 600);
    EXPECT_EQ(h.size(), 60); // kept
    EXPECT_EQ(h.timeMs(0), 41000);
    h.setHistorySeconds(5); // clamped to 60 s
    EXPECT_EQ(h.historySeconds(), 60);
    h.setRateHz(50); // clamped to 10 Hz, and a new history
    EXPECT_EQ(h.rateHz(), 10);
    EXPECT_EQ(h.size(), 0);
    EXPECT_EQ(h.capacity(), 600);
}

TEST(NetworkHistoryTest, PausedIgnoresSamplesAndSeriesArePeakDecimated)
{
    NetworkHistory h;
    h.setRateHz(10);
    for (int t = 1; t <= 10; ++t)
        h.addSample(sample(t * 100, {t == 4 ? 80.0 : 10.0}));
    h.setPaused(true);
    h.addSample(sample(1100, {50.0}));
    EXPECT_EQ(h.size(), 10);
    h.setPaused(false);
    QList<QPointF> series;
    h.series(0, &series, 5);
    ASSERT_EQ(series.size(), 5);
    EXPECT_EQ(series[0], QPointF(-0.8, 10.0));
    EXPECT_EQ(series[1], QPointF(-0.6, 80.0)); // points 2-3: the peak, at its own time
    EXPECT_EQ(series[4], QPointF(0.0, 10.0));
}

TEST(NetworkHistoryTest, CsvHasAHeaderAndOneRowPerPoint)
{
    NetworkHistory h;
    h.setRateHz(10);
    h.addSample(sample(100, {12.5, 0.0}));
    h.addSample(sample(200, {100.0, 3.5}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Error e;
    ASSERT_TRUE(h.writeCsv(&buffer, &e)) << e.message.toStdString();
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("time_s,cpu0_percent,cpu1_percent,cpu0_packets_per_s,cpu1_packets_per_s"));
    EXPECT_EQ(lines[1], QStringLiteral("0.1,12.5,0.0,12500,0"));
    EXPECT_EQ(lines[2], QStringLiteral("0.2,100.0,3.5,100000,3500"));

    QBuffer closed;
    EXPECT_FALSE(h.writeCsv(&closed, &e));
    EXPECT_EQ(e.code, QStringLiteral("export.csv"));
}

TEST(NetworkFlowModelTest, OneDataChangedPerSampleAndAResetWhenTheAdaptersChange)
{
    NetworkFlowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    NetworkSample s;
    s.flows << flowOf(QStringLiteral("web01"), 950, 950) << flowOf(QStringLiteral("sql01"), 3000, 950, DropCause::HostCoreSaturated);
    model.setSample(s);
    EXPECT_EQ(resets.size(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), NetworkFlowModel::ColumnCount);
    EXPECT_EQ(model.index(1, NetworkFlowModel::VmColumn).data().toString(), QStringLiteral("sql01"));
    EXPECT_EQ(model.index(1, NetworkFlowModel::PathColumn).data().toString(), QStringLiteral("VMQ, CPU 2"));
    EXPECT_EQ(model.index(1, NetworkFlowModel::OfferedInColumn).data().toString(), QStringLiteral("3.00 Gbps"));
    EXPECT_EQ(model.index(1, NetworkFlowModel::DeliveredInColumn).data().toString(), QStringLiteral("950 Mbps"));
    EXPECT_EQ(model.index(1, NetworkFlowModel::CauseColumn).data().toString(), QStringLiteral("Host core saturated"));
    EXPECT_EQ(model.index(0, NetworkFlowModel::CauseColumn).data().toString(), QString());
    EXPECT_DOUBLE_EQ(model.index(1, NetworkFlowModel::DeliveredInColumn).data(NetworkFlowModel::ValueRole).toDouble(), 950.0);
    EXPECT_EQ(model.rowOfVm(QStringLiteral("sql01-id")), 1);

    s.flows[1].deliveredInMbps = 3000;
    model.setSample(s);
    EXPECT_EQ(resets.size(), 1);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first()[0].toModelIndex(), model.index(0, 0));
    EXPECT_EQ(changes.first()[1].toModelIndex(), model.index(1, NetworkFlowModel::ColumnCount - 1));

    s.flows.removeFirst();
    model.setSample(s);
    EXPECT_EQ(resets.size(), 2);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(NicReceiveScalingTest, NamesAndThePowerShellThatMakesTheSameChange)
{
    NicReceiveScaling s;
    EXPECT_EQ(NicReceiveScalingNames::displayName(s), QStringLiteral("RSS and VMQ off"));
    s.mode = NicReceiveScaling::Mode::Vmq;
    EXPECT_EQ(NicReceiveScalingNames::displayName(s), QStringLiteral("Dynamic VMQ"));
    s.dynamicVmq = false;
    EXPECT_EQ(NicReceiveScalingNames::displayName(s), QStringLiteral("Static VMQ"));
    s.mode = NicReceiveScaling::Mode::Rss;
    EXPECT_EQ(NicReceiveScalingNames::powerShell(QStringLiteral("paladin"), QStringLiteral("Ethernet 1"), s),
              QStringLiteral("Disable-NetAdapterVmq -Name 'Ethernet 1' -CimSession 'paladin'\n"
                             "Enable-NetAdapterRss -Name 'Ethernet 1' -CimSession 'paladin'"));
    const Error e = NicReceiveScalingNames::unknownNic(QStringLiteral("paladin"), QStringLiteral("Ethernet 9"));
    EXPECT_EQ(e.code, QStringLiteral("nic.unknown"));
    EXPECT_EQ(e.field, QStringLiteral("nic"));
    EXPECT_FALSE(e.fix.isEmpty());
}
