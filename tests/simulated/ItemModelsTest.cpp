#include "QtPrinters.h"
#include "TestTopologies.h"

#include <simulated/SimulatedBackend.h>

#include <models/ConnectionManager.h>
#include <models/HostTreeModel.h>
#include <models/JobListModel.h>
#include <models/VmFilterProxyModel.h>
#include <models/VmListModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class ItemModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:demo"), test::demo());
        b->setClockMode(SimulatedBackend::ClockMode::Manual);
        vms = new VmListModel(&connections, &connections);
        hosts = new HostTreeModel(&connections, &connections);
        jobs = new JobListModel(&connections, &connections);
        proxy = new VmFilterProxyModel(&connections);
        proxy->setSourceModel(vms);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{vms, hosts, jobs, proxy})
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::Fatal, m);
        sim = static_cast<SimulatedBackend *>(connections.add(std::move(b)));
    }

    QString idOf(const QString &name) const
    {
        for (int i = 0; i < sim->vmCount(); ++i) {
            if (sim->vmAt(i).name == name)
                return sim->vmAt(i).id;
        }
        return {};
    }

    QString cell(const QString &name, int column) const
    {
        return vms->indexOfVm(idOf(name), column).data().toString();
    }

    ConnectionManager connections;
    VmListModel *vms = nullptr;
    HostTreeModel *hosts = nullptr;
    JobListModel *jobs = nullptr;
    VmFilterProxyModel *proxy = nullptr;
    SimulatedBackend *sim = nullptr;
};

} // namespace

TEST_F(ItemModelsTest, VmListShowsHyperVManagersColumns)
{
    ASSERT_EQ(vms->rowCount(), 20);
    const QStringList headers = {QStringLiteral("Name"), QStringLiteral("State"), QStringLiteral("CPU Usage"),
                                 QStringLiteral("Assigned Memory"), QStringLiteral("Uptime"), QStringLiteral("Status"),
                                 QStringLiteral("Configuration Version"), QStringLiteral("Integration Services"),
                                 QStringLiteral("Host")};
    for (int c = 0; c < headers.size(); ++c)
        EXPECT_EQ(vms->headerData(c, Qt::Horizontal).toString(), headers[c]);

    EXPECT_EQ(cell(QStringLiteral("sql01"), VmListModel::StateColumn), QStringLiteral("Running"));
    EXPECT_EQ(cell(QStringLiteral("sql01"), VmListModel::MemoryColumn), QStringLiteral("32,768 MB"));
    EXPECT_TRUE(cell(QStringLiteral("sql01"), VmListModel::CpuColumn).endsWith(QStringLiteral(" %")));
    EXPECT_EQ(cell(QStringLiteral("sql01"), VmListModel::StatusColumn), QStringLiteral("Operating normally"));
    EXPECT_EQ(cell(QStringLiteral("sql01"), VmListModel::ConfigurationVersionColumn), QStringLiteral("4.0"));
    EXPECT_EQ(cell(QStringLiteral("w2k3-erp"), VmListModel::IntegrationServicesColumn), QStringLiteral("Update required"));
    EXPECT_EQ(cell(QStringLiteral("sql01"), VmListModel::IntegrationServicesColumn), QStringLiteral("Up to date"));
    EXPECT_EQ(cell(QStringLiteral("appliance01"), VmListModel::IntegrationServicesColumn), QStringLiteral("Unknown"));
    EXPECT_EQ(cell(QStringLiteral("build01"), VmListModel::StateColumn), QStringLiteral("Off"));
    EXPECT_EQ(cell(QStringLiteral("build01"), VmListModel::CpuColumn), QString());
    EXPECT_EQ(cell(QStringLiteral("build01"), VmListModel::UptimeColumn), QString());
    EXPECT_EQ(cell(QStringLiteral("dc01"), VmListModel::UptimeColumn), QStringLiteral("52.12:30:00"));
}

TEST_F(ItemModelsTest, ALiveRefreshIsOneDataChangedForTheWholeBatch)
{
    QSignalSpy spy(vms, &QAbstractItemModel::dataChanged);
    sim->advance(1'000);
    ASSERT_EQ(spy.count(), 1);
    const QModelIndex top = spy.first()[0].value<QModelIndex>();
    const QModelIndex bottom = spy.first()[1].value<QModelIndex>();
    EXPECT_EQ(top.column(), int(VmListModel::StateColumn)); // names do not change on a refresh
    EXPECT_EQ(bottom.column(), VmListModel::ColumnCount - 1);
    EXPECT_LE(top.row(), vms->indexOfVm(idOf(QStringLiteral("dc01"))).row());
    EXPECT_GE(bottom.row(), vms->indexOfVm(idOf(QStringLiteral("lab-web"))).row());
}

TEST_F(ItemModelsTest, StateChangesReachTheList)
{
    const QString id = idOf(QStringLiteral("lync01"));
    sim->changeVmState(id, VmAction::Start);
    EXPECT_EQ(cell(QStringLiteral("lync01"), VmListModel::StateColumn), QStringLiteral("Starting"));
    EXPECT_EQ(cell(QStringLiteral("lync01"), VmListModel::StatusColumn), QStringLiteral("Starting (0 %)"));
    sim->advance(4'000);
    EXPECT_EQ(cell(QStringLiteral("lync01"), VmListModel::StateColumn), QStringLiteral("Running"));
    ASSERT_EQ(jobs->rowCount(), 1);
    EXPECT_EQ(jobs->index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("Completed"));
    EXPECT_EQ(jobs->index(0, JobListModel::TargetColumn).data().toString(), QStringLiteral("lync01"));
    EXPECT_EQ(jobs->index(0, JobListModel::MessageColumn).data().toString(), QString()); // no stale phase

    // A refused request is listed too, with its reason.
    sim->changeVmState(id, VmAction::Resume);
    ASSERT_EQ(jobs->rowCount(), 2);
    EXPECT_EQ(jobs->index(1, JobListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(jobs->index(1, JobListModel::MessageColumn).data().toString().startsWith(
        QStringLiteral("Cannot resume 'lync01': the virtual machine is running.")));
}

TEST_F(ItemModelsTest, TheProxyFiltersByHostAndNameAndSortsByValue)
{
    proxy->setHostFilter(sim, QStringLiteral("crusader"));
    EXPECT_EQ(proxy->rowCount(), 8);
    proxy->setHostFilter(sim, QStringLiteral("saracen"));
    EXPECT_EQ(proxy->rowCount(), 7);
    proxy->setHostFilter(sim, QStringLiteral("paladin"));
    EXPECT_EQ(proxy->rowCount(), 5);
    proxy->setHostFilter(sim, QString());
    EXPECT_EQ(proxy->rowCount(), 20);
    proxy->setHostFilter(nullptr, QString());
    proxy->setNameFilter(QStringLiteral("LAB-"));
    EXPECT_EQ(proxy->rowCount(), 5);
    proxy->setNameFilter(QString());

    // Memory sorts as a number (32,768 MB above 8,192 MB), not as text.
    proxy->sort(VmListModel::MemoryColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy->index(0, VmListModel::NameColumn).data().toString(), QStringLiteral("sql01"));
    proxy->sort(VmListModel::UptimeColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy->index(0, VmListModel::NameColumn).data().toString(), QStringLiteral("appliance01"));
}

TEST_F(ItemModelsTest, HostTreeFollowsConnectionState)
{
    const QModelIndex root = hosts->rootIndex();
    EXPECT_EQ(root.data().toString(), QStringLiteral("Hyper-V Manager"));
    ASSERT_EQ(hosts->rowCount(root), 3);
    EXPECT_EQ(hosts->index(0, 0, root).data().toString(), QStringLiteral("crusader"));
    EXPECT_EQ(hosts->index(0, 0, root).data(HostTreeModel::ClusterRole).toString(), QStringLiteral("warrior"));
    EXPECT_EQ(ConnectionState(hosts->index(0, 0, root).data(HostTreeModel::ConnectionStateRole).toInt()),
              ConnectionState::Connected);
    sim->setReachable(false);
    EXPECT_EQ(ConnectionState(hosts->index(2, 0, root).data(HostTreeModel::ConnectionStateRole).toInt()),
              ConnectionState::Stale);
    EXPECT_TRUE(hosts->index(2, 0, root).data(Qt::ToolTipRole).toString().contains(QStringLiteral("was lost")));
    EXPECT_TRUE(vms->index(0, 0).data(VmListModel::StaleRole).toBool());
    EXPECT_EQ(vms->rowCount(), 20);
}

TEST_F(ItemModelsTest, SeveralConnectionsShareOneList)
{
    Error e;
    connections.add(SimulatedBackend::create(QStringLiteral("sim:generate?hosts=2&vms=30"), &e));
    EXPECT_EQ(vms->rowCount(), 50);
    EXPECT_EQ(hosts->rowCount(hosts->rootIndex()), 5);
    EXPECT_EQ(cell(QStringLiteral("sql01"), VmListModel::HostColumn), QStringLiteral("crusader"));
    connections.remove(connections.at(1));
    EXPECT_EQ(vms->rowCount(), 20);
    EXPECT_EQ(hosts->rowCount(hosts->rootIndex()), 3);
    connections.remove(sim);
    EXPECT_EQ(vms->rowCount(), 0);
    EXPECT_EQ(hosts->rowCount(hosts->rootIndex()), 0);
}
